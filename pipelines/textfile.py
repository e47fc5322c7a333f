"""A plain-text article for `sectorwatch analyse` and `make eval`: its header, then its text.

Articles kept as text files often open with a header of "Field: value" lines and a blank
line (the labelled corpus's "URL:", "TITLE:", "PUBLISHED:", "OUTLET:"; an e-mail-like
"Date:" or "Source:"). Read as prose, that header would become the headline ("URL: https://...")
and the publication date would be lost, so every reference to time ("last year", "in
June") would be read against no date. The header is taken apart instead: the title is the
headline (put first when the text does not already start with it), the date is the
reference date, the URL and the outlet are kept. A text without such a header is read as it
stands: its first short line is the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from pipelines.boilerplate import clean_text
from pipelines.report_dates import parse_date

# A header line: a short field name, a colon, a value; a value may be empty ("PUBLISHED:").
_FIELD = re.compile(r"^([A-Za-z][A-Za-z _-]{0,23}):(?:[ \t]+(.*?))?\s*$")
# Field names, lower-cased, for each thing a header may give.
TITLE_FIELDS = ("title", "headline", "subject")
DATE_FIELDS = ("published", "date", "publication date", "published date", "pubdate")
URL_FIELDS = ("url", "link", "source url")
OUTLET_FIELDS = ("outlet", "source", "site", "sitename", "publication", "publisher")
KNOWN_FIELDS = frozenset(TITLE_FIELDS + DATE_FIELDS + URL_FIELDS + OUTLET_FIELDS)
MAX_HEADER_LINES = 20
# Dates as headers write them besides ISO (YYYY-MM-DD, YYYY-MM, YYYY), an e-mail's date and
# the British "18 May 2015" (pipelines/report_dates.py reads those).
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d/%m/%Y")


@dataclass
class TextArticle:
    title: str | None
    published: str | None  # ISO: YYYY-MM-DD, or YYYY-MM / YYYY when the header gives no more
    url: str | None
    outlet: str | None
    text: str  # the text to tag: the headline first, then the article


def iso_date(value: str) -> str | None:
    """An ISO date (or ISO month, or year) from a header's date, else None."""
    value = value.strip()
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])", value)
    if match:
        return "-".join(part for part in match.groups() if part)
    try:  # an e-mail's "Mon, 18 May 2015 09:30:00 +0100"
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    british = parse_date(value)  # "18 May 2015", "Monday 18th May 2015": the reports' reader's
    if british:
        return british.isoformat()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _is_header(fields: dict[str, str]) -> bool:
    """A header, not a headline with a colon ("Ofsted: Kent's services inadequate"): a URL, a
    date that reads as one, or a title with other known fields."""
    url, date = _first(fields, URL_FIELDS), _first(fields, DATE_FIELDS)
    return bool(
        (url and re.match(r"https?://", url))
        or (date and iso_date(date))
        or (_first(fields, TITLE_FIELDS) and len(KNOWN_FIELDS & fields.keys()) >= 2)
    )


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """({field name lower-cased: value}, the rest) when the text opens with a header block
    (see _is_header) ending at a blank line; else ({}, the text)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        if not line.strip():
            if _is_header(fields):
                return fields, "\n".join(lines[index + 1 :])
            break
        match = _FIELD.match(line)
        if not match:
            break
        fields.setdefault(match.group(1).strip().lower(), (match.group(2) or "").strip())
    return {}, raw


def _first(fields: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((fields[name] for name in names if fields.get(name)), None)


def title_of_text(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no full stop at its end)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if first and len(first) <= 200 and not first.endswith(".") else None


def read_text_article(raw: str) -> TextArticle:
    """A text file's article: header fields taken apart, boilerplate dropped, headline first."""
    fields, body = split_header(raw)
    body = clean_text(body)
    title = _first(fields, TITLE_FIELDS)
    text = body
    if title and body.lstrip().split("\n", 1)[0].strip() != title:
        text = f"{title}\n\n{body}"
    return TextArticle(
        title=title or title_of_text(body),
        published=iso_date(_first(fields, DATE_FIELDS) or ""),
        url=_first(fields, URL_FIELDS),
        outlet=_first(fields, OUTLET_FIELDS),
        text=text,
    )
