"""A headline in Title Case or capitals read with the case its words have in the article.

Press releases and some papers capitalise every word of a headline ("Children's Services
Rated Inadequate By Ofsted") or all of it. The statistical model then tags the words as
proper nouns, and the parse the judgements are read from falls apart: measured on the
corpus's `dev` split with its headlines put in Title Case, alerts F1 fell from 0.955 to
0.925 and judgements F1 from 0.896 to 0.868. `truecase_headline(text)` gives each word of
such a headline the case the article's body writes it in: lower case when the body writes
it so more often than capitalised inside a sentence ("Rated", "Services", "Good"), as the
body has it otherwise ("KENT" -> "Kent", "OFSTED" -> "Ofsted"); a word the body does not
use is lowered only if it is a function word ("By", "Of", "The") or one of the judgement
reader's own words (grades, rating verbs and nouns: "Rates", "Inadequate"), and otherwise kept
(a name is a name). Only ASCII letters change case, so the text keeps its length and every offset.
A headline already in sentence case, or too short to tell, is left alone.

Since grades in capitals are also read in lower case (nlp/gradeform.py), this module's own
share on that Title Case form of `dev` is judgements F1 0.875 -> 0.896 and authorities
0.979 -> 0.981 (alerts 0.955 and people 0.992 either way; measured by replacing
truecase_headline with the identity).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

JUDGEMENT_WORDS = Path(__file__).resolve().parent / "patterns" / "judgements.json"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
MIN_WORDS = 3  # a headline of fewer words than this (longer than 3 letters) is not judged
MIN_BODY_WORDS = 8  # a body shorter than this is not one to learn the words' case from
TITLE_SHARE = 0.75  # of its longer words capitalised: a Title Case headline
_KEEP = {"I"}  # the pronoun stays as it is


def _headline(text: str) -> tuple[int, int]:
    """Start and end offsets of the first non-empty line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _has_body(text: str, headline_end: int) -> bool:
    """Whether there is a body after the headline to take the words' case from (a text of one
    line is a sentence, whatever its capitals)."""
    words = _WORD.finditer(text, headline_end)
    return sum(1 for _ in islice(words, MIN_BODY_WORDS)) == MIN_BODY_WORDS  # (stops there)


def _styled(words: list[str]) -> bool:
    """Whether the headline's case says nothing of its words: Title Case or capitals."""
    longer = [w for w in words if len(w) > 3]
    if len(longer) < MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in longer)
    return capitalised >= TITLE_SHARE * len(longer)


def _body_forms(body: str) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """How often each word is written in lower case in the body, and its other written forms
    inside a sentence (not after a full stop or at a line's start)."""
    lower: Counter[str] = Counter()
    others: dict[str, Counter[str]] = {}
    for match in _WORD.finditer(body):
        word = match.group().replace("’", "'")
        if word.islower():
            lower[word] += 1
            continue
        before = body[max(0, match.start() - 3) : match.start()]
        if not before.strip() or re.search(r"[.!?:\n\"“‘'(]\s*$", before):
            continue  # a capital at a sentence's or line's start says nothing
        others.setdefault(word.lower(), Counter())[word] += 1
    return lower, others


def _ascii_case(original: str, wanted: str) -> str:
    """`wanted`'s case on `original`'s letters, changing only ASCII letters (same length)."""
    return "".join(
        w if (o.isascii() and w.isascii() and o.lower() == w.lower()) else o
        for o, w in zip(original, wanted, strict=True)
    )


@lru_cache(maxsize=1)
def rating_words() -> frozenset[str]:
    """The judgement reader's own vocabulary (nlp/patterns/judgements.json): its rating, award,
    movement and state verbs, rating nouns and the grades. A headline writes them capitalised,
    the reader needs them as the words they are; none of them is a name of a council or body
    (unlike "Children's" or "Services": "Leeds Children's Safeguarding Partnership")."""
    cues = json.loads(JUDGEMENT_WORDS.read_text(encoding="utf-8"))
    words = {"outstanding", "good", "requires", "require", "improvement", "inadequate"}
    for key in ("rating_verbs", "award_verbs", "move_verbs", "state_verbs", "rating_nouns"):
        words |= {w for w in cues[key] if " " not in w}
    return frozenset(words)


def _stem(word: str) -> str:
    """A crude stem, so that "Rates" finds the body's "rated" and "Inspectors" its "inspector"."""
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word) if len(word) > 4 else word


def _case_of(
    word: str, lower: Counter[str], others: dict[str, Counter[str]], capitals: bool
) -> str:
    key = word.lower().replace("’", "'")
    written = others.get(key, Counter())
    if lower[key] > sum(written.values()):
        return key
    if written:
        return written.most_common(1)[0][0]
    if key in STOP_WORDS or key in rating_words():
        return key
    stem = _stem(key)
    lowered = sum(n for w, n in lower.items() if _stem(w) == stem)
    capitalised = sum(sum(c.values()) for w, c in others.items() if _stem(w) == stem)
    if lowered > capitalised:
        return key  # the body writes the word's other forms in lower case
    if capitals and word.isupper() and len(word) > 4:
        return word[0] + word[1:].lower()  # a name, as far as can be told ("SEFTON": "Sefton")
    return word


def truecase_headline(text: str) -> str:
    """The text with its headline's words in the case the body writes them, if the headline
    is in Title Case or capitals; else the text itself. Same length as the text."""
    start, end = _headline(text)
    headline = text[start:end]
    words = list(_WORD.finditer(headline))
    if not _has_body(text, end) or not _styled([m.group() for m in words]):
        return text
    lower, others = _body_forms(text[end:])
    longer = [m.group() for m in words if len(m.group()) > 3]
    capitals = sum(w.isupper() for w in longer) >= TITLE_SHARE * len(longer)
    out = list(headline)
    for index, match in enumerate(words):
        word = match.group()
        if word in _KEEP:
            continue
        wanted = _case_of(word, lower, others, capitals)
        if index == 0 and wanted.islower():
            wanted = wanted[0].upper() + wanted[1:]  # the headline's first word keeps a capital
        if len(wanted) != len(word):
            continue
        out[match.start() : match.end()] = _ascii_case(word, wanted)
    return text[:start] + "".join(out) + text[end:]


def headline_only(name: str, text: str) -> bool:
    """Whether `name` is a word run of a Title Case or capitals headline that the body does not
    back: some word of it (longer than two letters) is never written with a capital in the body.
    Such a "person" is the headline's capitalised verbs and nouns ("Councillors Told Of ...",
    "Devon Appoints ...", "Took Sefton"), not a name: a person a headline names, the body
    names in full."""
    start, end = _headline(text)
    if not _has_body(text, end) or not _styled(
        [m.group() for m in _WORD.finditer(text[start:end])]
    ):
        return False
    body = text[end:]
    words = [w for w in _WORD.findall(name) if len(w) > 2]
    # (a capital first, the rest in any case, glued or not: "JOHN Smith", "CouncillorJalal")
    return not all(re.search(rf"{w[0].upper()}(?i:{re.escape(w[1:])})\b", body) for w in words)


BODIES = Path(__file__).resolve().parent / "patterns" / "bodies.jsonl"


@lru_cache(maxsize=1)
def _body_names() -> dict[str, str]:
    """The one-word names of bodies (nlp/patterns/bodies.jsonl) written in mixed case, by their
    capitals: {"OFSTED": "Ofsted", "CAFCASS": "Cafcass", ...}."""
    names: dict[str, str] = {}
    for line in BODIES.read_text(encoding="utf-8").splitlines():
        pattern = json.loads(line)["pattern"] if line.strip() else None
        if (
            isinstance(pattern, str)
            and _WORD.fullmatch(pattern)
            and len(pattern) > 4
            and not pattern.isupper()
            and pattern.lower() not in STOP_WORDS
            and len(pattern.upper()) == len(pattern)  # (the text keeps its length)
        ):
            names[pattern.upper()] = pattern
    return names


def truecase_names(text: str) -> str:
    """A body's name written in capitals ("OFSTED") as it is written in mixed case ("Ofsted"):
    some papers print it so, and the parse of its sentence then changes (same length)."""
    names = _body_names()
    return re.sub(r"\b[A-Z][A-Z'’]{4,}\b", lambda m: names.get(m.group(), m.group()), text)
