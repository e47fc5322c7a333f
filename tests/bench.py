"""`make bench`: speed figures, each as a ratio against a baseline measured in the same run.

    python -m tests.bench [--only tagger,...]

Sections:
- tagger: words per second of the whole sectorwatch tagger beside the bare statistical
  model (the same spaCy package, no sectorwatch components) on the same texts.
- extraction: the article-extraction benchmark (tests/files/article-extraction, 181
  pages) scored with its own token-level metric, for trafilatura's default,
  favor_precision and favor_recall modes and for sectorwatch's extraction (whole process:
  text, metadata, cleanup), with pages per second for each;
- crawl: a 500-article local site (feed and gzipped news sitemap) crawled twice into a new
  database; the second night's time as a share of the first's, and the rows it wrote.
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

    paths = sorted((HERE / "files" / "seeds").glob("*.txt")) + sorted((HERE / "constructed").glob("*/*.txt"))
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


def bench_crawl(n: int = 500) -> None:
    import os
    import sqlite3
    import subprocess
    import tempfile

    from crawler.replay import ReplayServer

    root = HERE.parent
    fast = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "AUTOTHROTTLE_MAX_DELAY=0.5"]
    env = {**os.environ, "PYTHONPATH": str(root)}
    with ReplayServer(port=0) as server, tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "bigsite"\nfeeds = ["{server.origin}/bigsite/{n}/feed/"]\n'
            f'sitemaps = ["{server.origin}/bigsite/{n}/sitemap.xml"]\n',
            encoding="utf-8",
        )
        db = Path(tmp) / "bench.db"

        def night() -> tuple[float, list]:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db), *fast],
                           cwd=root, env=env, check=True, capture_output=True)
            with sqlite3.connect(db) as conn:
                rows = conn.execute("select id, url, content_hash, fetched_at from articles order by id").fetchall()
            return time.perf_counter() - started, rows

        first_s, first_rows = night()
        article_hits = server.hits(f"/bigsite/{n}/article/")
        second_s, second_rows = night()
        refetched = server.hits(f"/bigsite/{n}/article/") - article_hits
    print(f"crawl: a {n}-article local site (Atom feed + gzipped news sitemap), whole `sectorwatch crawl` process")
    print(f"  first night:  {first_s:6.2f} s, {len(first_rows)} articles stored")
    print(f"  second night: {second_s:6.2f} s, {refetched} articles fetched again, "
          f"{sum(1 for a, b in zip(first_rows, second_rows) if a != b) + abs(len(first_rows) - len(second_rows))} article rows written")
    print(f"  second night / first night: {second_s / first_s:.3f}  (target: at most 0.050)")


def bench_extraction() -> None:
    import trafilatura

    from pipelines.extract import extract_article
    from tests.extraction_score import load, score

    pages, truth = load()
    runs: dict[str, Callable[[str], str]] = {
        "trafilatura default": lambda h: trafilatura.extract(h, include_comments=False) or "",
        "trafilatura favor_precision": lambda h: trafilatura.extract(h, include_comments=False, favor_precision=True) or "",
        "trafilatura favor_recall": lambda h: trafilatura.extract(h, include_comments=False, favor_recall=True) or "",
        "sectorwatch (text + metadata)": lambda h: (extract_article(h) or {}).get("text") or "",
    }
    results = {}
    for name, run in runs.items():
        outputs: dict[str, str] = {}

        def work(run: Callable[[str], str] = run, outputs: dict[str, str] = outputs) -> None:
            outputs.update({page_id: run(html) for page_id, html in pages.items()})

        seconds = _best_of(2, work)
        results[name] = (score(outputs, truth), seconds)
    print(f"extraction: {len(pages)} pages of the article-extraction benchmark, best of 2 runs")
    for name, (result, seconds) in results.items():
        print(f"  {name:31s} P {result.precision:.4f}  R {result.recall:.4f}  F1 {result.f1:.4f}  {len(pages) / seconds:6.1f} pages/s")
    ours, base = results["sectorwatch (text + metadata)"], results["trafilatura favor_precision"]
    print(f"  sectorwatch F1 - favor_precision F1: {ours[0].f1 - base[0].f1:+.4f}  (target: >= 0, aim: F1 > 0.97)")
    print(f"  sectorwatch time / favor_precision time: {ours[1] / base[1]:.2f}  (target: at most 1.30)")


SECTIONS: dict[str, Callable[[], None]] = {"tagger": bench_tagger, "extraction": bench_extraction, "crawl": bench_crawl}


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
