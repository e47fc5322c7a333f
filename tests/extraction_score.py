"""Article-extraction benchmarks and their metric.

The benchmark data is third-party and is READ from `../shared/benchmarks/` (beside the
checkout; SECTORWATCH_SHARED points elsewhere), never copied into the repository. Without
it, tests and the benchmark skip with a message saying so; with the environment variable
CI set, a missing folder is a failure instead.

The metric is the article-extraction benchmark's own (../shared/benchmarks/
article-extraction/README.md): tokens are `\\w+` runs, each text the multiset of its
4-token shingles; precision is averaged over non-empty predictions, recall over all pages.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SECTORWATCH_SHARED") or ROOT.parent / "shared")
BENCHMARK = SHARED / "benchmarks" / "article-extraction"
TOKEN = re.compile(r"\w+")


class MissingData(Exception):
    """Third-party benchmark data is not where it is read from."""


def shared_path(path: Path) -> Path:
    """`path` if it exists; else MissingData with a message that says where to put it."""
    if not path.exists():
        raise MissingData(
            f"{path} is absent: the benchmark data is read from ../shared (or $SECTORWATCH_SHARED), not kept in the repository"
        )
    return path


def shared_or_skip(path: Path) -> Path:
    """For tests: the path, or a skip (a failure when CI is set) when it is absent."""
    import pytest

    try:
        return shared_path(path)
    except MissingData as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class Result:
    precision: float
    recall: float
    pages: int
    empty: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predictions: dict[str, str], truth: dict[str, str]) -> Result:
    precisions, recalls, empty = [], [], 0
    for page_id, expected in truth.items():
        gold, pred = shingles(expected), shingles(predictions.get(page_id, ""))
        tp = sum((gold & pred).values())
        recalls.append(tp / sum(gold.values()) if gold else 0.0)
        if pred:
            precisions.append(tp / sum(pred.values()))
        else:
            empty += 1
    return Result(
        sum(precisions) / len(precisions) if precisions else 0.0,
        sum(recalls) / len(recalls),
        len(truth),
        empty,
    )


def load(benchmark: Path = BENCHMARK) -> tuple[dict[str, bytes], dict[str, str]]:
    """(page id -> the page's bytes, page id -> expected article body) of the 181-page benchmark."""
    shared_path(benchmark)
    truth = {
        k: v["articleBody"]
        for k, v in json.loads(
            (benchmark / "ground-truth.json").read_text(encoding="utf-8")
        ).items()
    }
    pages = {
        p.name.split(".")[0]: gzip.decompress(p.read_bytes())
        for p in sorted((benchmark / "html").glob("*.html.gz"))
    }
    return pages, truth
