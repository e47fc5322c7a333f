"""`make bench`: speed figures, each as a ratio against a baseline measured in the same run.

    python -m tests.bench [--only tagger,...]

Sections:
- tagger: words per second of the whole sectorwatch tagger beside the bare statistical
  model (the same spaCy package, no sectorwatch components) on the same texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _texts() -> list[str]:
    from pipelines.boilerplate import clean_text

    paths = sorted((HERE / "files" / "seeds").glob("*.txt")) + sorted((HERE / "devset").glob("*/*.txt"))
    return [clean_text(p.read_text(encoding="utf-8")) for p in paths]


def _best_of(runs: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def bench_tagger() -> None:
    import spacy

    from nlp.pipeline import DEFAULT_MODEL, build_nlp, tag_doc

    texts = _texts()
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL)
    ours = build_nlp(DEFAULT_MODEL)
    for text in texts[:3]:  # warm both up
        bare(text)
        tag_doc(ours, text)
    bare_s = _best_of(3, lambda: [bare(t) for t in texts])
    ours_s = _best_of(3, lambda: [tag_doc(ours, t) for t in texts])
    print(f"tagger: {len(texts)} articles, {words} words, best of 3 runs")
    print(f"  bare model ({DEFAULT_MODEL}, all components): {words / bare_s:8.0f} words/s")
    print(f"  sectorwatch tagger:                       {words / ours_s:8.0f} words/s")
    print(f"  tagger time / bare model time: {ours_s / bare_s:.2f}  (target: at most 1.50)")


SECTIONS: dict[str, Callable[[], None]] = {"tagger": bench_tagger}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated: {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    for name in args.only.split(","):
        SECTIONS[name.strip()]()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
