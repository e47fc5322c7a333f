"""The article-extraction benchmark's metric, and its data read from ../shared.

The benchmark (Zyte's article-extraction-benchmark, MIT; 181 third-party pages) stays in
../shared/benchmarks/article-extraction (its README says where it came from); it is never
copied into this repository. The metric, as upstream defines it: tokens are `\w+` runs; each
text becomes the multiset of its overlapping 4-token shingles (texts of 1 to 3 tokens give
one short shingle); per page, TP/FP/FN from the multiset overlap; precision is averaged over
pages with a non-empty prediction, recall over all pages; F1 is 2PR/(P+R) of the two means.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "article-extraction"
TOKEN = re.compile(r"\w+")


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
    return Result(sum(precisions) / len(precisions) if precisions else 0.0, sum(recalls) / len(recalls), len(truth), empty)


def load() -> tuple[dict[str, str], dict[str, str]]:
    """(page id -> HTML, page id -> expected article body).

    Raises FileNotFoundError, naming the folder, when ../shared is not beside the checkout.
    """
    if not (BENCHMARK / "ground-truth.json").is_file():
        raise FileNotFoundError(f"the article-extraction benchmark is read from {BENCHMARK}, which is absent")
    truth = {k: v["articleBody"] for k, v in json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8")).items()}
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((BENCHMARK / "html").glob("*.html.gz"))}
    return pages, truth
