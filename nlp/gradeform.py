"""Grades read the same however an outlet capitalises them.

Outlets write the same rating as rated inadequate, rated Inadequate or rated INADEQUATE
("Requires Improvement to be Good" is how some councils' statements write Ofsted's term).
Capitals make the model tag the grade a proper noun, which gives the parse the judgements
are read from another shape: measured on the corpus's `dev` split (tests/perturb.py) with
every grade in capitals, judgements F1 fell from 0.896 to 0.829, and with every grade
capitalised to 0.852. `plain_grades(text)` lowers a grade phrase written in Title Case or
capitals inside a sentence ("good" only after a rating verb or "as", "be", "remains", where
it can only be the grade); a capitalised first word of a sentence keeps its case. Quote marks
around a grade are left as they are: taking them off (or making them one kind) moved dev
down, since the readings of quoted grades were tuned with them (tests/perturb.py).

Only ASCII letters change case, so the text keeps its length and every offset (evidence is
quoted from the text as written: nlp/pipeline.py). The grade words and rating verbs are the
judgement reader's (patterns/judgements.json).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

CUES = Path(__file__).resolve().parent / "patterns" / "judgements.json"
QUOTE_OPEN, QUOTE_CLOSE = "'\"‘“", "'\"’”"


@lru_cache(maxsize=1)
def _grade_phrase() -> re.Pattern[str]:
    with open(CUES, encoding="utf-8") as fh:
        cues = json.load(fh)
    leads = sorted({*cues["rating_verbs"], *cues["plain_grade_leads"]}, key=len, reverse=True)
    grades = "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in cues["plain_grades"])
    return re.compile(
        rf"(?:\b(?P<lead>{'|'.join(leads)})\s+)?"
        rf"(?P<open>[{QUOTE_OPEN}]?)(?P<grade>\b(?:{grades}|(?P<good>good))\b)"
        rf"(?P<close>[{QUOTE_CLOSE}]?)(?![\w'’])",
        re.I,
    )


def _lowered(grade: str, at_start: bool) -> str:
    """The grade in lower case, unless its case is the sentence's (a first word)."""
    if grade.islower():
        return grade
    if at_start and grade[:1].isupper() and grade[1:2].islower():
        return grade  # "Inadequate services were ..." at a sentence start: ordinary case
    return "".join(c.lower() if c.isascii() else c for c in grade)


def plain_grades(text: str) -> str:
    """`text` with its grades in lower case (the same length)."""

    def swap(m: re.Match[str]) -> str:
        lead = m["lead"]
        if m["good"] and not lead:
            return m.group(0)  # "a Good Shepherd", "Good news": no grade without a rating verb
        before = text[: m.start("grade")].rstrip(QUOTE_OPEN + " ")
        at_start = not before or before[-1] in ".!?:\n"
        grade = _lowered(m["grade"], at_start)
        return text[m.start() : m.start("grade")] + grade + m["close"]

    return _grade_phrase().sub(swap, text)
