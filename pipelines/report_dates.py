"""Dates as Ofsted's reports write them: "16 April to 27 April 2018", "29 April – 22 May 2014",
"5 to 9 December 2022 and 14 to 15 February 2023", "28 December 2015 to 8 January 2016".

A day without its month or year takes the next one written (English writes "5 to 9 December
2022"); a range that would then run backwards crossed a year end, so its start goes back a
year. Ranges joined by "and" are separate stretches of fieldwork: their lengths are summed,
which is how a split inspection (South Tyneside 2023) still counts as a one-week one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES.split(), start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_TOKEN = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s+({_MONTH})\b\.?)?(?:,?\s+(\d{{4}})\b)?|\b(and|&)\b",
    re.I,
)
_SPLIT_YEAR = re.compile(
    rf"\b({_MONTH})\s+(20)\s+(\d\d)\b", re.I
)  # "June 20 19": a year split by the extraction
# A day's name before its date ("Monday 16 April to Friday 27 April 2018") says nothing more.
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
# One date expression: days, months, years, and the words between them, nothing else.
DATE_RUN = re.compile(
    rf"{WEEKDAY}?\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s+|\s*[-–—─]\s*|,\s*|\s+(?:to|and|until|till)\s+){WEEKDAY}?(?:\d{{1,4}}(?:st|nd|rd|th)?|{_MONTH}\b\.?))*",
    re.I,
)


@dataclass(frozen=True)
class Span:
    start: date
    end: date
    days: int  # days of fieldwork: each stretch counted from its first to its last day


def parse_span(text: str, before: date | None = None) -> Span | None:
    """The first and last date in a date expression, and the days of fieldwork it covers.

    `before` (the publication date, when known) supplies a year the expression leaves out
    ("15 to 26 November"): the latest such date before it."""
    text = _SPLIT_YEAR.sub(r"\1 \2\3", text)
    tokens: list[list] = []  # [day, month|None, year|None, stretch]
    stretch = 0
    for match in _TOKEN.finditer(text):
        if match.group(4):
            stretch += 1
            continue
        month = MONTHS.get(match.group(2).lower().rstrip(".")) if match.group(2) else None
        year = int(match.group(3)) if match.group(3) else None
        tokens.append([int(match.group(1)), month, year, stretch])
    # a page number after the dates
    while tokens and (tokens[-1][1] is None or (tokens[-1][2] is None and before is None)):
        tokens.pop()
    if not tokens:
        return None
    if tokens[-1][2] is not None:
        return _span_of(tokens)
    assert before is not None  # a last date without its year was dropped above otherwise
    # no year written: that of publication, or the one before
    for year in (before.year, before.year - 1):
        span = _span_of(
            [[*t[:2], year if i == len(tokens) - 1 else t[2], t[3]] for i, t in enumerate(tokens)]
        )
        if span and span.end <= before:
            return span
    return None


def _span_of(tokens: list[list]) -> Span | None:
    tokens = [list(t) for t in tokens]
    borrowed = [False] * len(tokens)
    for i in range(len(tokens) - 2, -1, -1):  # fill from the right: "5 to 9 December 2022"
        if tokens[i][1] is None:
            tokens[i][1] = tokens[i + 1][1]
        if tokens[i][2] is None:
            tokens[i][2], borrowed[i] = tokens[i + 1][2], True
    try:
        dates = [date(y, m, d) for d, m, y, _ in tokens]
    except ValueError:
        return None
    for i in range(len(dates) - 2, -1, -1):  # "28 December to 8 January 2016" crossed a year end
        if borrowed[i] and dates[i] > dates[i + 1]:
            try:
                dates[i] = dates[i].replace(year=dates[i].year - 1)
            except ValueError:
                return None
    days = 0
    for part in sorted({t[3] for t in tokens}):
        in_part = [d for d, t in zip(dates, tokens, strict=False) if t[3] == part]
        days += (max(in_part) - min(in_part)).days + 1
    return Span(min(dates), max(dates), days)


def parse_date(text: str) -> date | None:
    """One date ("23 May 2014", "09 April 2014")."""
    span = parse_span(text)
    return span.end if span and span.start == span.end else None


def first_span_after(text: str, label: re.Pattern[str], before: date | None = None) -> Span | None:
    """The date expression that follows `label` (e.g. "Inspection dates:") in `text`."""
    match = label.search(text)
    if not match:
        return None
    run = DATE_RUN.search(text, match.end(), match.end() + 200)
    if not run or text[match.end() : run.start()].strip(" :\t\n.–-") not in ("", "from", "between"):
        return None
    return parse_span(run.group(0), before)
