"""`make eval`: precision, recall and F1 of the tagger on labelled article sets.

    python -m tests.evaluate [--set seeds|dev|heldout|all] [--errors] [--model NAME]

Sets (each a folder with articles and a labels.jsonl):
- seeds:   the five real articles (tests/files/seeds), labelled from their README;
- dev:     articles we wrote in the style of real coverage, used to develop the tagger;
- heldout: articles written separately and never used for tuning: the honest figure.

Scores, micro-averaged over the articles of a set:
- authorities: GSS codes per article;
- people: (name, role) pairs, roles compared by kind (see role_key);
- judgements: (authority, grade, subject, current) tuples;
- alerts: the article-level alert decision (precision and recall of "alert").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from pipelines.boilerplate import clean_text

HERE = Path(__file__).resolve().parent
SETS = {
    "seeds": HERE / "files" / "seeds",
    "dev": HERE / "devset" / "dev",
    "heldout": HERE / "devset" / "heldout",
}
TITLES = re.compile(r"^(?:cllr|councillor|coun|mr|mrs|ms|miss|mx|dr|dame|sir|lord|lady|baroness|professor|prof)\.?\s+", re.I)
# Role wordings that name the same job.
ROLE_KINDS = [
    ("dcs", r"director.*\b(?:children|families|people|young people)\b|\bdcs\b"),
    ("lead member", r"(?:executive|cabinet|lead|portfolio)\s+(?:member|holder|councillor|lead)|lead member"),
    ("deputy leader", r"deputy leader"),
    ("council leader", r"\bleader\b"),
    ("chief executive", r"chief executive|\bceo\b"),
    ("ofsted regional director", r"regional director"),
    ("ofsted national director", r"national director"),
    ("chief inspector", r"chief inspector"),
    ("inspector", r"\bhmi\b|inspector"),
    ("children's commissioner", r"children'?s commissioner"),
    ("commissioner", r"commissioner"),
    ("minister", r"minister|secretary of state|education secretary"),
    ("adcs president", r"president"),
    ("mp", r"\bmp\b|member of parliament"),
    ("assistant director", r"assistant director"),
    ("director", r"director"),
]


def role_key(role: str | None) -> str | None:
    if not role:
        return None
    role = role.lower().replace("’", "'")
    for key, pattern in ROLE_KINDS:
        if re.search(pattern, role):
            return key
    return re.sub(r"\s+", " ", role).strip()


def name_key(name: str) -> str:
    return TITLES.sub("", name.replace("’", "'")).strip().lower()


def load_set(name: str) -> list[dict]:
    folder = SETS[name]
    labels = folder / "labels.jsonl"
    if not labels.exists():
        return []
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["_path"] = folder / row["file"]
    return rows


def predict(nlp, row: dict) -> dict:
    from nlp.pipeline import tag_text

    text = clean_text(row["_path"].read_text(encoding="utf-8"))
    return tag_text(nlp, text, published=row.get("published"))


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def line(self, label: str) -> str:
        return f"  {label:<12} P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}   (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def item_sets(row: dict, result: dict) -> dict[str, tuple[set, set]]:
    gold_j = {(j["authority"], j["grade"], j["subject"], bool(j["current"])) for j in row["judgements"]}
    pred_j = {(j["code"], j["grade"], j["subject"], bool(j["current"])) for j in result["judgements"]}
    gold_p = {(name_key(p["name"]), role_key(p.get("role"))) for p in row["people"]}
    pred_p = {(name_key(p["name"]), role_key(p.get("role"))) for p in result["people"]}
    return {
        "authorities": (set(row["authorities"]), {a["code"] for a in result["authorities"]}),
        "people": (gold_p, pred_p),
        "people_name": ({n for n, _ in gold_p}, {n for n, _ in pred_p}),
        "judgements": (gold_j, pred_j),
        "alerts": ({row["id"]} if row["alert"] else set(), {row["id"]} if result["alert"] else set()),
    }


def evaluate(nlp, rows: list[dict], show_errors: bool = False) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for row in rows:
        result = predict(nlp, row)
        for key, (gold, pred) in item_sets(row, result).items():
            scores[key].add(gold, pred)
            if show_errors and gold != pred and key != "people_name":
                print(f"{row['id']} {row['file']} {key}:", file=sys.stderr)
                for missing in sorted(gold - pred, key=str):
                    print(f"    missing  {missing}", file=sys.stderr)
                for extra in sorted(pred - gold, key=str):
                    print(f"    extra    {extra}", file=sys.stderr)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="print each article's missing and extra items to stderr")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    from nlp.pipeline import get_nlp

    nlp = get_nlp(args.model)
    for name in SETS if args.set == "all" else [args.set]:
        rows = load_set(name)
        if not rows:
            print(f"{name}: no labelled articles")
            continue
        scores = evaluate(nlp, rows, args.errors)
        alerts = sum(1 for r in rows if r["alert"])
        print(f"{name}: {len(rows)} articles ({alerts} alerting)")
        for key in ("authorities", "people", "people_name", "judgements", "alerts"):
            print(scores[key].line(key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
