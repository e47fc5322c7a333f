"""Reading Ofsted's inspection reports on councils' children's services (PDF -> judgements).

`read_report(pdf_bytes)` gives the council (GSS code), the kind of publication, the
framework, the inspection dates, the lead inspector and every judgement. The rules follow
how the reports are written in each era (../shared/OFSTED.md sections 4 and 5), not the 24
sample files:

- SIF (2013-2018): the headline sentence gives the overall judgement ("The overall
  judgement is ...", "Children's services in X are ..."), a numbered list the others
  (help and protection, children looked after, 2.1 adoption, 2.2 care leavers, leadership);
  the LSCB's judgement is a sentence or a heading of its own. "Re-inspection of services"
  in the title makes it a SIF re-inspection.
- ILACS (2018 on): a "Judgement | Grade" table. Which rows it has decides what is graded:
  a combined "children in care and care leavers" row (inspected before 2023) grades children
  in care and leaves care leavers None; no "Overall effectiveness" row (inspected from April
  2026) leaves the overall None. A label is matched loosely (words may wrap, "social work"
  may be missing, "children care leavers" is Ofsted's own slip); its grade is the grade
  written right after it, or before it, or the table's grades are paired with its labels in
  order, whichever way the table's text came out; where the section headings further in
  ("...help and protection: inadequate") give grades, they decide. Short or standard is not
  printed: it is inferred from the days of fieldwork (up to 7: short), as Data to Insight does.
- Focused visits, monitoring visits, assurance visits (2020-21), JTAIs and area SEND
  inspections carry no grade: they get their kind and dates, and every judgement None,
  whatever grade words their text quotes.

Nothing here depends on how one PDF producer lays a page out (tests/test_report_robustness.py
reads the samples' text in other layouts): a table or list is read from page 1 and the page
after (it may run on over the break), with the running heads and feet that a break puts in it
taken out; a title may be preceded by a page number, missing (an image), or come after the
table. A table or list read in part is a ReportError, never a None: every ILACS table has
its leaders, help and protection and children in care rows (care leavers with them or on its
own row) and, for inspections wholly before April 2026, overall effectiveness.

Anything that is not an Ofsted report on an English council's children's services raises
ReportError with the reason (a school's or children's home's report, a council's committee
paper or press release, Ofsted's guidance), as does a file that is not a readable PDF. PDF
text comes from pipelines.pdf_text (a child process with a timeout and a memory limit:
nothing can hang).
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from crawler.payloads import JUDGEMENT_KEYS
from pipelines.pdf_text import PdfTextError, extract_pages
from pipelines.report_dates import (
    DATE_RUN,
    WEEKDAY,
    Span,
    first_span_after,
    parse_date,
    parse_span,
)

GRADES = ("outstanding", "good", "requires improvement", "inadequate")
KINDS = (
    "inspection",
    "focused visit",
    "monitoring visit",
    "assurance visit",
    "JTAI",
    "area SEND",
    "other",
)
FRAMEWORKS = ("SIF", "SIF re-inspection", "ILACS standard", "ILACS short")
SHORT_ILACS_MAX_DAYS = 7  # one week of fieldwork; a standard inspection takes two

DATA = Path(__file__).resolve().parent.parent / "nlp" / "data"


class ReportError(Exception):
    """The file is not a readable Ofsted report on a council's children's services (the message says why)."""


@dataclass
class InspectionReport:
    kind: str
    framework: str | None
    authority_name: str | None
    authority_code: str | None
    urn: str | None
    inspection_start: str | None
    inspection_end: str | None
    published: str | None
    lead_inspector: str | None
    judgements: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(JUDGEMENT_KEYS))
    text: str = ""

    def alerting(self) -> bool:
        """Overall inadequate; or, with no overall grade (April 2026 framework), any area inadequate."""
        overall = self.judgements.get("overall_effectiveness")
        if overall is not None:
            return overall == "inadequate"
        return self.kind == "inspection" and "inadequate" in self.judgements.values()

    def as_dict(self) -> dict:
        return {**asdict(self), "judgements": dict(self.judgements), "alert": self.alerting()}


# -- text ----------------------------------------------------------------------------------

# Spaces of every width, and the bullets and private-use glyphs a PDF's symbol fonts give.
_SPACES = re.compile("[ \t\u00a0\u2000-\u200b\u202f\ue000-\uf8ff\u25fc\u2022\u25aa\u25cf]+")
_BLANK_LINES = re.compile(r"(?: ?\n ?)+")
# Typography that would keep a label from matching: ligatures ("eﬀectiveness"), hyphens
# ("Re‑inspection"), PDFium's mark for a word hyphenated at a line end, soft hyphens.
_TYPOGRAPHY = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\u2010": "-",
    "\u2011": "-",
    "\ufffe": "-",
    "\u00ad": "",
    "\u2500": "–",
    "\u02bc": "’",
    "\u2032": "’",
    "\r": "\n",
}
# A regex, not str.translate: these characters are rare, and translate visits every character.
_TYPOGRAPHIC = re.compile("[" + "".join(_TYPOGRAPHY) + "]")
_BROKEN_WORD = re.compile("\u00ad[ \t\u00a0]*(?:\r\n|\r|\n)[ \t\u00a0]*")


def normalise(text: str) -> str:
    """One space between words, one line per line, ligatures undone; dashes and quotes as printed.
    A word broken at a line end with a soft hyphen is joined again ("effec\u00ad\ntiveness")."""
    text = _BROKEN_WORD.sub("", text).replace("\r\n", "\n")
    text = _TYPOGRAPHIC.sub(lambda m: _TYPOGRAPHY[m.group(0)], text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def flat(text: str) -> str:
    """Lines joined: labels and grades wrap across lines in the reports."""
    return re.sub(r"\s+", " ", text)


_GRADE = r"outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate"
GRADE_RE = re.compile(rf"\b({_GRADE})\b", re.I)


def grade(word: str | None) -> str | None:
    """'Requires improvement to be good', 'require improvement' -> 'requires improvement'."""
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.lower())
    if word.startswith("require"):
        return "requires improvement"
    return word if word in GRADES else None


# -- the council ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Authority:
    name: str
    code: str
    urn: str | None
    current: bool


def _key(name: str) -> str:
    name = name.lower().replace("&", " and ").replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9' -]", " ", name)).strip()


@lru_cache(maxsize=1)
def _authorities() -> tuple[dict[str, Authority], dict[str, list[Authority]]]:
    """(URN -> authority, lower-cased name or alias -> authorities), England only (Ofsted's remit)."""
    by_urn: dict[str, Authority] = {}
    by_name: dict[str, list[Authority]] = {}
    by_code: dict[str, Authority] = {}
    with open(DATA / "uk_childrens_services_authorities.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["nation"] != "England":
                continue
            authority = Authority(
                row["name"], row["gss_code"], row["ofsted_urn"] or None, row["current"] == "True"
            )
            by_code[authority.code] = authority
            if authority.urn:
                by_urn[authority.urn] = authority
            names = {
                row["name"],
                row["official_name"],
                row["ofsted_scrape_name"],
                *row["alt_names"].split("|"),
            }
            if "," in row["name"]:  # "Bristol, City of" is also written "City of Bristol"
                head, _, tail = row["name"].partition(",")
                names.add(f"{tail.strip()} {head.strip()}")
            for name in filter(None, names):
                if len(_key(name)) >= 3:
                    by_name.setdefault(_key(name), []).append(authority)
    with open(DATA / "la_aliases_curated.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(
            fh
        ):  # children's trusts and the like, when they stand for one council
            codes = row["gss_codes"].split("|")
            if (
                row["alias_type"] in ("delivery_trust", "former_authority")
                and len(codes) == 1
                and codes[0] in by_code
            ):
                by_name.setdefault(_key(row["alias"]), []).append(by_code[codes[0]])
    return by_urn, by_name


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    names = sorted(_authorities()[1], key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(n) for n in names) + r")(?![a-z0-9])")


def _pick(candidates: list[Authority]) -> Authority | None:
    current = {a.code: a for a in candidates if a.current} or {a.code: a for a in candidates}
    return next(iter(current.values())) if len(current) == 1 else None


def find_authority(text: str) -> Authority | None:
    """The council named in `text`: the longest name or alias found (the first on a tie)."""
    by_name = _authorities()[1]
    found = [(m.start(), m.group(1)) for m in _name_pattern().finditer(_key(text))]
    if not found:
        return None
    longest = max(len(name) for _, name in found)
    for _, name in found:
        if len(name) == longest and (authority := _pick(by_name[name])):
            return authority
    return None


def authority_by_urn(urn: str | None) -> Authority | None:
    return _authorities()[0].get(str(urn).strip()) if urn else None


# Ofsted's own offices, on letters' headers: never the council inspected.
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|piccadilly gate|store street|agora|cumberland place|"
    r"petty france|clive house|ofsted|www\.|@|tel(?:ephone)?\b",
    re.I,
)
_SUBJECT = re.compile(
    r"\b(?:inspection|visit|review)\s+(?:of|to|in)\s+(?:the\s+)?(.{3,160}?)"
    r"(?=\s+(?:local\s+authority\s+)?children[’']s\s+(?:social\s+care\s+)?services|\s+local\s+area\s+partnership|"
    r"\s+(?:on|between|from)\s+\d|[.;:]|$)",
    re.I,
)


def _report_authority(page1: str, later: list[str]) -> Authority | None:
    """The council the report is about: named in its subject line, else just above its title
    (a content order may put the judgement table first), else in its header, else in the
    running head of the pages after (`later`)."""
    head = flat(page1[:3000])
    for match in _SUBJECT.finditer(head):
        if authority := find_authority(match.group(1)):
            return authority
    # A SIF title follows the council's name; where the page's line breaks were lost (or the
    # name and title share a line) the name runs straight into it: "Leeds City Council
    # Inspection of services for children in need of help and protection ...".
    for match in _SIF_TITLE.finditer(head):
        before = re.split(r"[.:;!?](?:\s|$)", head[max(0, match.start() - 100) : match.start()])[-1]
        if not _ADDRESS.search(before) and (authority := find_authority(before)):
            return authority
    lines = page1.split("\n")
    for i, line in enumerate(lines[:60]):  # the lines just above the title, wherever it is
        if re.match(_TITLE_START, line, re.I):
            near = [above for above in lines[max(0, i - 3) : i] if not _ADDRESS.search(above)]
            if authority := find_authority(" ".join(near)):
                return authority
            break
    header_lines = []
    for line in lines[:25]:
        if re.match(
            r"(inspection dates?|dates? of inspection|lead inspector|judgement|dear)\b", line, re.I
        ):
            break
        if not _ADDRESS.search(line):
            header_lines.append(line)
    if authority := find_authority(" ".join(header_lines)):
        return authority
    for page in later:  # a title that did not come out as text is repeated as the running head
        for match in _SUBJECT.finditer(flat(page[:400])):
            if authority := find_authority(match.group(1)):
                return authority
    return None


# -- what kind of publication ----------------------------------------------------------------

_SIF_TITLE = re.compile(
    r"\b(re-?\s?inspection|inspection)\s+of\s+services\s+for\s+children\s+in\s+need\s+of\s+help\s+and\s+protection",
    re.I,
)
_ILACS_LABEL = re.compile(
    r"impact\s+of\s+leaders\s+on\s+(?:\w+\s+){0,3}practice|overall\s+effectiveness", re.I
)
# A title line; a page number or the logo's text may come before it on the line (not other
# words: "Area SEND inspection of", "Joint targeted area inspection of" are other kinds).
_TITLE_START = r"(?:(?:\d{1,3}|ofsted)\s*[|:–-]?\s*)?(?:re-?\s?)?inspection\s+of\b"
_TITLE_LINE = re.compile(rf"(?:^|\n){_TITLE_START}", re.I)
# A letter (a visit's findings) says so; a report does not.
_LETTER = re.compile(r"^(?:dear\b|yours\s+sincerely\b|this\s+letter\b)", re.I | re.M)
_UNGRADED = (
    (
        "focused visit",
        re.compile(
            r"\bfocused\s+visit\s+(?:to|of)\b|\bfindings\s+of\s+(?:the|a|this|our)\s+focused\s+visit|"
            r"^children[’']s\s+services\s+focused\s+visit",
            re.I,
        ),
    ),
    (
        "monitoring visit",
        re.compile(
            r"\bmonitoring\s+visit\s+(?:to|of)\b|\bfindings\s+of\s+(?:the|a|this|our)\s+(?:\w+\s+)?monitoring\s+visit|"
            r"^monitoring\s+visit",
            re.I,
        ),
    ),
    (
        # Autumn 2020 to spring 2021, in place of inspections: a letter, never graded.
        "assurance visit",
        re.compile(
            r"\bassurance\s+visit\s+(?:to|of)\b|\bfindings\s+of\s+(?:the|a|this|our)\s+assurance\s+visit|"
            r"^assurance\s+visit",
            re.I,
        ),
    ),
    (
        "JTAI",
        re.compile(
            r"\bjoint\s+targeted\s+area\s+inspection|\bjoint\s+area\s+child\s+protection\s+inspection|"
            r"\bjoint\s+inspection\s+of\s+(?:the\s+)?multi-agency",
            re.I,
        ),
    ),
    (
        "area SEND",
        re.compile(
            r"\b[Aa]rea SEND\b|\bSEND inspection|\b[Ll]ocal [Aa]rea [Pp]artnership|"
            r"\bspecial educational needs and/or disabilit|^[Aa]rea SEND"
        ),
    ),
)
# Older publications on a council's children's services (before the SIF): kept, never graded.
_OLDER = re.compile(
    r"\binspection\s+of\s+(?:safeguarding\s+and\s+looked\s+after\s+children|services\s+for\s+looked\s+after\s+"
    r"children|local\s+authority\s+arrangements\s+for\s+the\s+protection\s+of\s+children)|\bjoint\s+area\s+review|"
    r"\bannual\s+performance\s+assessment|\blooked\s+after\s+children\s+inspection",
    re.I,
)
_OFSTED = re.compile(r"\bofsted\b|majesty[’']s\s+inspector|\bHMI\b", re.I)
# Ofsted's reports on providers (children's homes, schools, nurseries) carry these; councils' do not.
_NOT_LA = re.compile(
    r"\bunique\s+reference\s+number\b|\bregistered\s+(?:manager|provider|person)\s*:", re.I
)
# ...and their titles (the first lines of page 1) name the provider: "Inspection of Riverside
# Primary School", "School report", "Hillside House children's home". A council's report is
# titled with the council and its children's services; a letter opens with Ofsted's address.
_PROVIDER_TITLE = re.compile(
    r"\b(?:school|academy|college|nursery|pre-?school|childminder|children[’']s\s+home|"
    r"residential\s+(?:special\s+)?school|boarding|further\s+education|apprenticeship|"
    r"(?:independent\s+)?fostering\s+agency|adoption\s+(?:support\s+)?agency|secure\s+training\s+centre|"
    r"residential\s+family\s+centre|supported\s+accommodation|holiday\s+scheme)s?\b",
    re.I,
)
PROVIDER_TITLE_CHARS = 400  # title, address and dates of a provider's report; not its narrative
# Not Ofsted's report but a paper about one: a council's committee or cabinet report (two of
# its headings on page 1), a press release, Ofsted's own guidance for inspectors.
_COMMITTEE = re.compile(
    r"^\s*(?:(agenda\s+item)|(report\s+(?:to|of|author|by)\s*:)|(date\s+of\s+(?:the\s+)?meeting|meeting\s+date)|"
    r"(wards?\s+affected)|(key\s+decision)|(purpose\s+of\s+(?:the\s+|this\s+)?report)|"
    r"(background\s+papers)|(exempt\s+information|not\s+exempt)|(decision\s+maker)|"
    r"(\d+\.?\s*recommendations?\s*$|recommendations?\s*:?\s*$)|(cabinet\s+member\s*:|portfolio\s*:))",
    re.I | re.M,
)
RELEASE_TITLE_CHARS = 250  # the heading, not the narrative ("...when\ninspecting...")
_RELEASE = re.compile(
    r"^\s*(?:news|press|media)\s+release\b|^\s*(?:inspecting|guidance\s+for|handbook)\b|"
    r"\binspection\s+handbook\b|\bguidance\s+for\s+inspectors\b",
    re.I | re.M,
)


_TITLE_END = re.compile(
    r"inspection\s+dates?|dates?\s+of\s+(?:the\s+)?inspection|lead\s+inspector|judgements?\b|"
    r"inspection\s+outcome|this\s+letter|[.!?](?:\s|$)",
    re.I,
)


def _title(page1: str) -> str:
    """Page 1's title: what comes before its dates, inspector, table or first sentence; in a
    letter, its subject line (the address may be a "Children, Schools and Families" director's)."""
    if dear := re.search(r"^dear\b[^\n]*\n", page1[:1500], re.I | re.M):
        page1 = page1[dear.end() :]
    head = page1[:PROVIDER_TITLE_CHARS]
    end = _TITLE_END.search(head)
    return flat(head[: end.start()] if end else "\n".join(head.split("\n")[:3]))


def _not_a_council_report(page1: str) -> str | None:
    """Why page 1 is not of Ofsted's report on a council's children's services, if it shows."""
    if _NOT_LA.search(flat(page1)[:3000]) or _PROVIDER_TITLE.search(_title(page1)):
        return "an Ofsted report on a provider (a school, children's home, college or nursery), not on a council's children's services"
    headings = {
        next(i for i, group in enumerate(m.groups()) if group)
        for m in _COMMITTEE.finditer(page1[:4000])
    }
    if len(headings) >= 2:
        return "a council's own paper about an Ofsted inspection (a committee or cabinet report), not Ofsted's report"
    if _RELEASE.search(page1[:RELEASE_TITLE_CHARS]):
        return "a press release or Ofsted's guidance about inspections, not Ofsted's report on a council"
    return None


def _kind(page1: str, head: str) -> tuple[str, str | None]:
    """(kind, "SIF" | "SIF re-inspection" | "ILACS" | None): the title that page 1 opens with
    decides. Later on the page a report quotes other kinds ("at the focused visit in 2020")."""
    marks: list[tuple[int, str, str | None]] = []
    if match := _SIF_TITLE.search(head):
        family = "SIF" if match.group(1).lower() == "inspection" else "SIF re-inspection"
        marks.append((match.start(), "inspection", family))
    title = _TITLE_LINE.search(page1[:1500])
    table = _ILACS_LABEL.search(head)
    if table and (
        re.search(r"\bjudgements?\s+grades?\b", head, re.I)
        or len(_table_rows(_table_region(page1))) >= 2
    ):
        if title:
            marks.append((len(flat(page1[: title.start()])), "inspection", "ILACS"))
        elif not _LETTER.search(page1):  # a title that did not come out as one: the table decides
            marks.append((table.start(), "inspection", "ILACS"))
    sif_titled = any(family and family.startswith("SIF") for *_, family in marks)
    if not sif_titled and len(rows := _rows(head, _SIF_ITEMS)) >= 4 and not _LETTER.search(page1):
        # SIF's numbered list with no title that came out as text. (Nothing else in a
        # re-inspection's text says it is one: it reads as a SIF report.)
        marks.append((rows[0][0], "inspection", "SIF"))
    for kind, pattern in _UNGRADED:
        if match := pattern.search(head):
            marks.append((match.start(), kind, None))
    if match := _OLDER.search(head[:1500]):
        marks.append((match.start(), "other", None))
    if not marks:
        return "unknown", None
    _, kind, first_family = min(marks, key=lambda mark: mark[0])
    return kind, first_family


# -- judgements ------------------------------------------------------------------------------
# SIF's numbered list and ILACS's table are read the same way: rows are labels one after
# another with nothing but grades between them (where the list or table ends, the narrative
# begins, and it quotes labels too: "when overall effectiveness was judged inadequate").
# A row's grade is the one written right after its label; if the text came out otherwise,
# grades printed before their labels, or all labels then all grades, they pair in order.

# A grade cell; a footnote number may be glued to it ("Outstanding1") or to the label before it.
_CELL = re.compile(rf"\b({_GRADE}|not\s+judged)(?![a-z])", re.I)
_G = rf"(?:\d{{1,2}}\b)?[\s:|–-]*(?:\d{{1,2}}\s+)?({_GRADE}|not\s+judged)(?![a-z])"
Rows = list[tuple[int, int, str]]  # (start, end, key) of each row's label


def _rows(region: str, labels: dict[str, str]) -> Rows:
    found = sorted(
        (m.start(), -m.end(), key)
        for key, label in labels.items()
        for m in re.finditer(label, region, re.I)
    )
    rows: Rows = []
    for start, neg_end, key in found:
        if rows:
            if start < rows[-1][1] or key in {k for *_, k in rows}:
                continue
            if len(re.sub(r"[\W_]+", "", _CELL.sub("", region[rows[-1][1] : start]))) > 12:
                break
        rows.append((start, -neg_end, key))
    return rows


def _grades_before(region: str, rows: Rows) -> bool:
    """Grades printed before their labels: a grade right before the first label and none right
    after the last (a headline ending in a grade before a list read the usual way has both)."""
    first, last = rows[0][0], rows[-1][1]
    before = re.search(
        rf"(?:{_GRADE}|not\s+judged)[\s:|–.-]*$", region[max(0, first - 60) : first], re.I
    )
    return bool(before) and not re.match(_G, region[last : last + 60], re.I)


def _grades_after(region: str, rows: Rows) -> dict[str, str]:
    cells: dict[str, str] = {}
    for _, end, key in rows:
        if match := re.match(_G, region[end : end + 60], re.I):
            cells[key] = match.group(1)
    return cells


def _grades_before_labels(region: str, rows: Rows) -> dict[str, str]:
    cells: dict[str, str] = {}
    bounds = [max(0, rows[0][0] - 60)] + [end for _, end, _ in rows]
    for (start, _, key), previous_end in zip(rows, bounds, strict=False):
        if before := _CELL.findall(region[previous_end:start]):
            cells[key] = before[-1]
    return cells


def _labels_then_grades(region: str, rows: Rows) -> dict[str, str]:
    first = rows[0][0]
    stripped = region[first : rows[-1][1] + 300]
    for start, end, _ in sorted(rows, reverse=True):
        stripped = stripped[: start - first] + " | " + stripped[end - first :]
    found = _CELL.findall(stripped)
    if len(found) < len(rows):
        return {}
    return {key: cell for (_, _, key), cell in zip(rows, found, strict=False)}


def _cells(region: str, rows: Rows, headings: dict[str, str] | None = None) -> dict[str, str]:
    """Each row's grade cell as printed ("Requires improvement to be good", "Not judged").

    The ways a table's text can come out, the likeliest first by the table's own ends; with
    `headings` (the grades the report's section headings give), the way that agrees with most."""
    ways = [_grades_after, _grades_before_labels]
    if _grades_before(region, rows):
        ways.reverse()
    candidates = []
    for way in ways:
        cells = way(region, rows)
        if len(cells) < len(rows):  # all labels, then all grades
            cells = _labels_then_grades(region, rows) or cells
        candidates.append(cells)
    if headings:
        return max(
            candidates,
            key=lambda cells: sum(grade(cells.get(k)) == v for k, v in headings.items()),
        )
    return candidates[0]


# What a page break puts inside a table that runs on (or a producer repeats on every page):
# the running title, "Page 2 of 12", Ofsted's web address, the table's header again, and the
# dates and page numbers of the running head. Taken out of the table's text before it is read.
_FURNITURE = re.compile(
    r"\binspection\s+of\s+[^.:;|]{3,120}?children[’']s\s+(?:social\s+care\s+)?services\b"
    r"|\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b|(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:gov|org)\.uk\S*"
    r"|\bjudgements?\s+grades?\b",
    re.I,
)
TABLE_REACH = 4000
_PAGE_NUMBER = re.compile(r"(?<![\d.])\b\d{1,3}\b(?![\d.])")  # not "1." or "2.1" (SIF's numbering)


def _unfurnished(text: str) -> str:
    text = _FURNITURE.sub(" ", text)
    text = DATE_RUN.sub(lambda m: " " if re.search(r"\d{4}", m.group(0)) else m.group(0), text)
    return _PAGE_NUMBER.sub(" ", text)


def _from_table(head: str, start: int) -> str:
    """`head` with the furniture taken out of the table that starts at `start` (the table and
    its continuation over a page break fit well within TABLE_REACH characters)."""
    end = start + TABLE_REACH
    return head[:start] + _unfurnished(head[start:end]) + head[end:]


_SIF_ITEMS = {
    "help_and_protection": r"(?:1\.?\s*)?children\s+who\s+need\s+help\s+and\s+protection",
    "children_in_care": r"(?:2\.?\s*)?children\s+looked\s+after\s+and\s+achieving\s+permanence",
    "adoption": r"(?:2\.1\.?\s*)?adoption\s+performance",
    "care_leavers": r"(?:2\.2\.?\s*)?(?:the\s+)?experiences\s+and\s+progress\s+of\s+care\s+leavers",
    "impact_of_leaders": r"(?:3\.?\s*)?leadership,?\s+management\s+and\s+governance",
}
_SIF_OVERALL = (
    re.compile(
        rf"overall\s+judgement\s+is\s+(?:that\s+(?:the\s+)?children[’']s\s+services\s+(?:are|is|require)\s+)?({_GRADE}|improvement(?:\s+to\s+be\s+good)?)\b",
        re.I,
    ),
    re.compile(
        rf"children[’']s\s+services\s+in\s+[^.]{{1,80}}?\s+(?:are|is|require)\s+({_GRADE}|improvement(?:\s+to\s+be\s+good)?)\b",
        re.I,
    ),
)
# The LSCB's grade is a line (or heading) of its own; where a page's line breaks were lost it
# still starts a sentence ("The ...", or after a stop), and the next heading (a capital) ends it.
_LSCB = re.compile(
    rf"(?:^|\n|(?<=[.:;]\s)|(?<=\s)(?=(?-i:The)\s))"
    rf"(?:the\s+effectiveness\s+of\s+)?(?:the\s+)?(?:local\s+safeguarding\s+children[’']?s?\s+board|LSCB)"
    rf"(?:\s+\(LSCB\))?\s+(?:is\s+|are\s+)?({_GRADE}|requires\s+improvement)(?:\s+to\s+be\s+good)?"
    rf"\s*(?:\n|$|\.|(?=(?-i:[A-Z\d])))",
    re.I,
)


_SIF_REQUIRED = ("help_and_protection", "children_in_care", "care_leavers", "impact_of_leaders")


def _sif_judgements(page1: str, opening: str, text: str) -> dict[str, str | None]:
    """`opening`: page 1 and the page after it (a list that runs on over the page break)."""
    judgements: dict[str, str | None] = dict.fromkeys(JUDGEMENT_KEYS)
    head = flat(page1)
    region = flat(opening)
    if first := re.search(_SIF_ITEMS["help_and_protection"], region, re.I):
        region = _from_table(region, first.start())
    rows = _rows(region, _SIF_ITEMS)
    cells = _cells(region, rows) if rows else {}
    missing = [key for key in _SIF_REQUIRED if key not in cells]
    if missing:  # a list read in part is a wrong record, not a report without those grades
        raise ReportError(
            f"an Ofsted SIF report whose list of judgements could not be read ({', '.join(missing)})"
        )
    for key, cell in cells.items():
        judgements[key] = grade(cell)  # "Not judged" (adoption, City of London 2016) stays None
    for pattern in _SIF_OVERALL:
        if match := pattern.search(head):
            word = match.group(1)
            judgements["overall_effectiveness"] = grade(
                "requires improvement" if word.lower().startswith("improvement") else word
            )
            break
    else:  # a headline worded otherwise: the grade it gives between the dates and the numbered list
        dates = re.search(r"(?:report\s+published|inspection\s+dates?)\s*:[^.]*?\d{4}", head, re.I)
        if dates and rows and (match := GRADE_RE.search(region, dates.end(), rows[0][0])):
            judgements["overall_effectiveness"] = grade(match.group(1))
    if match := _LSCB.search(text):  # page 1 in 2014, a section heading of its own later
        judgements["lscb"] = grade(match.group(1))
    return judgements


_THE = r"(?:the\s+)?"
_EXP = rf"{_THE}experiences\s+and\s+progress\s+of\s+"
_ILACS_ROWS = {
    "impact_of_leaders": rf"{_THE}impact\s+of\s+leaders\s+on\s+(?:\w+\s+){{0,3}}practice\s+with\s+children(?:\s+and\s+families)?",
    "help_and_protection": rf"{_EXP}children\s+(?:who\s+need|in\s+need\s+of)\s+help\s+and\s+protection",
    "combined": rf"{_EXP}children\s+(?:in\s+care|looked\s+after)\s+and\s+care\s+leavers",
    "children_in_care": rf"{_EXP}children\s+(?:in\s+care|looked\s+after)(?!\s+and\s+care\s+leavers)",
    "care_leavers": rf"{_EXP}(?:children\s+)?care\s+leavers",
    "overall_effectiveness": r"overall\s+effectiveness",
}
_TABLE_HEADER = re.compile(r"\bjudgements?\s+grades?\b", re.I)


def _table_region(opening: str) -> str:
    head = flat(opening)
    start = _TABLE_HEADER.search(head) or _ILACS_LABEL.search(head)
    return _from_table(head, start.end())[start.start() :] if start else head


def _table_rows(region: str) -> Rows:
    return _rows(region, _ILACS_ROWS)


REFORM = date(2026, 4, 1)  # inspections from then give no overall effectiveness judgement


_HEADING_GRADE = re.compile(rf":\s*({_GRADE})(?![a-z])", re.I)


def _section_headings(body: str, keys: set[str]) -> dict[str, str]:
    """The grade of each judgement in `keys` that the section headings give (one per heading:
    a judgement whose headings disagree has none)."""
    found: dict[str, set[str | None]] = {}
    for match in _HEADING_GRADE.finditer(body):  # few: a colon and a grade; then the label
        before = body[max(0, match.start() - 200) : match.start()]
        for key in keys:
            if re.search(_ILACS_ROWS[key] + r"\s*$", before, re.I):
                found.setdefault(key, set()).add(grade(match.group(1)))
    return {
        key: value
        for key, grades in found.items()
        if len(grades) == 1 and (value := next(iter(grades)))
    }


def _ilacs_judgements(opening: str, later: str, span: Span | None) -> dict[str, str | None]:
    """`opening`: page 1 and the page after it (a table that runs on over the page break);
    `later`: the pages after page 1."""
    region = _table_region(opening)
    rows = _table_rows(region)
    if not rows:
        raise ReportError("an Ofsted inspection report with no judgement table that could be read")
    found = {key for *_, key in rows}
    # The rows every table has: a row missed is a table read in part, never a grade not given.
    required = {"impact_of_leaders", "help_and_protection"}
    required |= {"combined"} if "combined" in found else {"children_in_care", "care_leavers"}
    if span is not None and span.end < REFORM:  # wholly before the reform: an overall row too
        required.add("overall_effectiveness")
    # The section headings further in ("...help and protection: inadequate") give the same
    # grades as running text, which no layout reorders: where one heading per judgement is
    # found, it decides how the table's text pairs up, and fills or decides that grade.
    headings = _section_headings(flat(later), found | required)
    graded = {key: grade(cell) for key, cell in _cells(region, rows, headings).items()}
    graded.update(headings)
    missing = [key for key in sorted(found | required) if graded.get(key) is None]
    if missing:
        raise ReportError(
            f"an Ofsted inspection report whose judgement table could not be read ({', '.join(missing)})"
        )
    judgements: dict[str, str | None] = dict.fromkeys(JUDGEMENT_KEYS)
    for key, value in graded.items():
        judgements["children_in_care" if key == "combined" else key] = value
    return judgements


# -- dates and people ------------------------------------------------------------------------

_INSPECTION_DATES = re.compile(
    r"\b(?:inspection\s+date(?:s|\(s\))?|dates?\s+of\s+(?:the\s+)?inspection|inspection\s+took\s+place)\s*:?",
    re.I,
)
_VISIT_DATES = re.compile(
    rf"\b(?:visit|inspection|visited|inspected)\b[^.]{{0,160}}?\b(?:on|between|from)\s+(?=\d|{WEEKDAY})",
    re.I,
)
_PUBLISHED = re.compile(
    r"\b(?:report\s+)?published\s*:?\s*(\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?\s+\d{4})", re.I
)
_LEAD = re.compile(r"(?<!deputy )\blead\s+inspector\s*:\s*([^\n,]+)", re.I)
_SIGNED = re.compile(
    r"yours\s+sincerely\s*\n+\s*([^\n]+)\n+\s*(?:senior\s+)?(?:her|his)\s+majesty[’']s\s+inspector",
    re.I,
)
_TITLE_WORDS = re.compile(
    r",?\s*\(?\b(?:senior\s+)?(?:HMIs?|SHMI|OI|(?:her|his)\s+majesty[’']s\s+inspector)\b\)?\.?$",
    re.I,
)


def _span(page1: str, text: str, kind: str, before: date | None) -> Span | None:
    if span := first_span_after(page1, _INSPECTION_DATES, before):
        return span
    if (
        kind != "inspection"
    ):  # letters: "the findings of the focused visit to X on 5 and 6 June 2019"
        head = flat(page1)
        for match in _VISIT_DATES.finditer(head):
            run = DATE_RUN.match(head, match.end())
            if run and (span := parse_span(run.group(0), before)):
                return span
    return first_span_after(text, _INSPECTION_DATES, before)


_COPYRIGHT = re.compile(r"©\s*crown\s+copyright\s+(\d{4})", re.I)


def _latest_possible(published: str | None, text: str) -> date | None:
    """The day the inspection ended by at the latest: publication, else the end of the copyright year."""
    if published:
        try:
            return date.fromisoformat(published)
        except ValueError:
            pass
    if match := _COPYRIGHT.search(text):
        return date(int(match.group(1)), 12, 31)
    return None


def _lead_inspector(page1: str, text: str) -> str | None:
    match = _LEAD.search(page1) or _LEAD.search(text) or _SIGNED.search(text)
    if not match:
        return None
    name = _TITLE_WORDS.sub("", match.group(1).strip()).strip(" ,.")
    return name or None


def _published(page1: str, given: str | None) -> str | None:
    if match := _PUBLISHED.search(flat(page1)):
        if day := parse_date(match.group(1)):
            return day.isoformat()
    return given


# -- the whole report ------------------------------------------------------------------------


def read_text(
    pages: list[str],
    *,
    urn: str | None = None,
    published: str | None = None,
    link_text: str | None = None,
) -> InspectionReport:
    """A report from its pages' text (what `read_report` does after extraction)."""
    pages = [normalise(p) for p in pages]
    text = "\n\f\n".join(pages).strip()
    if len(re.sub(r"\W", "", text)) < 200:
        raise ReportError("the PDF has no text layer worth reading (a scan or an empty file?)")
    first = next((i for i, p in enumerate(pages) if len(p) > 200), 0)
    page1 = pages[first]
    opening = "\n".join(pages[first : first + 2])  # a table may run on over the page break
    head = flat(page1)
    if not _OFSTED.search(text):
        raise ReportError(
            "not an Ofsted report (no mention of Ofsted or His/Her Majesty's Inspectors)"
        )
    if reason := _not_a_council_report(page1):
        raise ReportError(reason)
    kind, family = _kind(page1, head)
    if kind in ("unknown", "other") and link_text:  # the provider page's link says what it is
        kind = next((k for k, pattern in _UNGRADED if pattern.search(link_text)), kind)
    if kind == "unknown":
        raise ReportError(
            "not an Ofsted report on a council's children's services (no title of an inspection or visit of one)"
        )
    authority = authority_by_urn(urn) or _report_authority(page1, pages[first + 1 : first + 4])
    if authority is None:
        raise ReportError(
            f"an Ofsted {kind} report whose council could not be recognised (and no URN was given)"
        )
    published = (
        _published(page1, published) if kind == "inspection" and family != "ILACS" else published
    )
    span = _span(page1, text, kind, _latest_possible(published, text))
    framework: str | None = None
    judgements: dict[str, str | None] = dict.fromkeys(JUDGEMENT_KEYS)
    if family in ("SIF", "SIF re-inspection"):
        framework = family
        judgements = _sif_judgements(page1, opening, text)
    elif family == "ILACS":
        if (
            span is not None
        ):  # without dates, short or standard cannot be told: the judgements still count
            framework = "ILACS short" if span.days <= SHORT_ILACS_MAX_DAYS else "ILACS standard"
        judgements = _ilacs_judgements(opening, "\n".join(pages[first + 1 :]), span)
    if kind == "inspection" and not any(judgements.values()):
        raise ReportError("an Ofsted inspection report with no judgement that could be read")
    return InspectionReport(
        kind=kind,
        framework=framework,
        authority_name=authority.name,
        authority_code=authority.code,
        urn=str(urn) if urn else authority.urn,
        inspection_start=span.start.isoformat() if span else None,
        inspection_end=span.end.isoformat() if span else None,
        published=published,
        lead_inspector=_lead_inspector(page1, text),
        judgements=judgements,
        text=text,
    )


def read_report(
    data: bytes,
    *,
    urn: str | None = None,
    published: str | None = None,
    link_text: str | None = None,
    timeout: float = 60.0,
) -> InspectionReport:
    """Read one report PDF. Raises ReportError (not a PDF, encrypted, broken, too big, timed out,
    no text, not an Ofsted report on a council's children's services)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ReportError(f"expected the PDF's bytes, got {type(data).__name__}")
    try:
        pages = extract_pages(bytes(data), timeout=timeout)
    except PdfTextError as exc:
        raise ReportError(str(exc)) from None
    return read_text(pages, urn=urn, published=published, link_text=link_text)


def analyse_pdf(path: Path, *, timeout: float = 60.0) -> dict:
    """What `sectorwatch analyse REPORT.pdf` prints for one report (raises ReportError, OSError)."""
    report = read_report(Path(path).read_bytes(), timeout=timeout)
    return {
        "path": str(path),
        "kind": "inspection_report",
        "publication_type": report.kind,
        "authority": {"name": report.authority_name, "code": report.authority_code},
        "urn": report.urn,
        "framework": report.framework,
        "inspection_start": report.inspection_start,
        "inspection_end": report.inspection_end,
        "published": report.published,
        "lead_inspector": report.lead_inspector,
        "judgements": dict(report.judgements),
        "alert": report.alerting(),
    }


def looks_like_pdf(path: Path) -> bool:
    """A .pdf name, or a file that starts as a PDF does (whatever it is called)."""
    if Path(path).suffix.lower() == ".pdf":
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False
