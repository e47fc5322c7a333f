"""Robustness of the report reader: the 24 real samples' page text, laid out as other years'
and other councils' PDFs come out, must still give the same council, framework, inspection
dates and every judgement.

The reader is fitted to nothing if it reads the same report however its text comes out of
the PDF: lines wrapped at other widths, the judgement table read column-wise or row-wise,
"Requires improvement to be good" broken over lines, page headers inside the table, the
typography of other producers (straight or curly apostrophes, non-breaking spaces, soft
hyphens, ligatures, doubled spaces, tabs), upper-case headings, the council named in its
other styles (or another council in its place), and the inspection dates written otherwise.
Each variation is applied to the text PDFium gives for each sample (`read_text`, the seam
after extraction: no PDF is written) and the result compared with the untouched sample's
(itself checked against index.csv by tests/test_report_reader.py).

The samples are read from ../shared/data/ofsted-reports (Crown copyright, never copied here):
without ../shared these tests skip, with CI set they fail.

    python -m tests.test_report_robustness      # the table of variations x samples exact

Measured first, before the reader was changed (62 variations of the 24 samples; a date
form does not apply to South Tyneside's split fieldwork): 53 variations exact on every
sample, 1278 of 1475 readings exact. The nine that were not:

     0/24  soft hyphens at line breaks (a word broken over two lines stayed broken)
    18/24  table row-wise, grade before its label (SIF lists paired off by one)
     0/24  page footer '1' and header between rows (the rows after it lost: None, no error)
     0/24  page footer 'Page 1 of 12' and header between rows (the same)
     0/24  page footer 'ofsted.gov.uk' and header between rows (the same)
     0/24  page footer and header between a label and its grade (the same)
     0/24  table split over two pages (the rows on page 2 lost)
     0/23  dates as 'Monday 1 May to Friday 12 May 2023' (no dates)
     0/24  the first header variation with doubled spaces and bare LF

Worst, a table read in part gave None for the rest, which for the overall judgement is
what an April 2026 report looks like: an inadequate report would not have alerted.

After the reader was changed: 62 of 62 variations exact on every sample, 1466 of 1466 readings
(the year-end moves no longer apply to the three April 2026 reports: none of those crossed
a year end). What changed, as rules of how reports are printed rather than of these files:
a soft hyphen at a line end joins the word; a day's name before a date is skipped; the
table (or SIF list) is read from page 1 and the page after it, with running heads and feet
(the running title, its dates, page numbers, "Page N of M", web addresses, the repeated
"Judgement Grade" header) taken out of it first; grades come before their labels only when
a grade sits right before the first label and none right after the last (SIF lists too);
and a table read in part is a ReportError, never a None: every ILACS table has the leaders,
help and protection and children in care rows (care leavers with it or on its own row) and,
for inspections wholly before April 2026, overall effectiveness; every SIF list has its four
main items.

A second round added seven variations (the overall row first, the table after page 1's
narrative or before the title, SIF's headline in each era's wording) and measured them
before changing anything: 68 of 69 variations exact, 1555 of 1559 readings; the table before
the title lost the council where it is printed above the title ("London Borough of
Hillingdon" then "Inspection of local authority children's services"): the lines just above
the title are now read for it. After: 69 of 69, 1559 of 1559.

A third round (apostrophes dropped; a page number or the logo's text before the title on its
line; the title not in the text at all, as when it is an image) measured 70 of 74 exact,
1607 of 1679 before: with "2 " before the title 8 of 24, and Newham read as an ungraded
focused visit (its page 1 mentions "the focused visit of 2018") with every grade None; with
no title, the SIF reports unrecognised and eight ILACS councils unknown. Now a page number or
"Ofsted" may precede the title; a table with no title is a report unless the page is a
letter; SIF's numbered list marks a SIF report; the running head of the next pages names
the council. After: 74 of 74, 1679 of 1679 (a SIF re-inspection without its title reads as
SIF: nothing else in its text says it is a re-inspection).

A fourth round: footnote numbers, as a real SIF report not among the samples prints one
between its leadership row and the grade. On a line of their own they were already read;
glued to each label 18 of 24 (the SIF lists paired off by one, silently) and glued to each
grade 5 of 24 (75 of 77 variations, 1726 of 1751 readings). A footnote number may now stand
between a label and its grade, and a grade ends at any non-letter. After: 77 of 77, 1751 of
1751. Then "Inspection date(s):" as the dates' label: 0 of 24, now read (78 of 78, 1775 of
1775). Apostrophes lost by the font (U+FFFD) were already read (79 of 79).

A fifth round, from real reports the reader had never seen (tests/real_reports.py): a page
whose line breaks were lost. Page 1 on one line, 17 of 24 before (every SIF sample's council
lost: its name ran into the title); every page on one line, 17 of 24 before the council was
found and 19 of 24 after (the LSCB's grade, a heading of its own in later reports, no longer
started a line). The name before the SIF title and an LSCB grade starting a sentence are now
read: 81 of 81, 1847 of 1847.

Since the section headings of ILACS reports from 2019 on now decide how a table pairs up,
the table layouts are also read without them (their colons taken out): 23 layouts, every
one exact on every sample, 541 of 541 readings.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import pytest

from pipelines.pdf_text import pdf_pages
from pipelines.report_reader import JUDGEMENT_KEYS, InspectionReport, ReportError, read_text
from tests.test_report_reader import SAMPLES, _expected, _index, shared_or_skip

# -- the samples --------------------------------------------------------------------------


@dataclass
class Sample:
    row: dict
    pages: list[str]
    reference: InspectionReport

    @property
    def sif(self) -> bool:
        return self.row["framework"].startswith("SIF")


@cache
def _samples() -> dict[str, Sample]:
    samples = {}
    for row in _index():
        pages = pdf_pages((SAMPLES / row["file"]).read_bytes())
        samples[row["file"]] = Sample(row, pages, _read(pages, row))
    return samples


def _read(pages: list[str], row: dict) -> InspectionReport:
    return read_text(pages, published=row["publication_date"])


def _facts(report: InspectionReport) -> dict:
    return {
        "authority_code": report.authority_code,
        "framework": report.framework,
        "inspection_start": report.inspection_start,
        "inspection_end": report.inspection_end,
        "judgements": dict(report.judgements),
    }


# -- variations: each takes a sample and gives (pages, what must change in the facts), or
# None where it does not apply (a date form for a split inspection) -------------------------

Variant = tuple[list[str], dict] | None
VARIATIONS: dict[str, Callable[[Sample], Variant]] = {}


def variation(name: str) -> Callable:
    def register(make: Callable[[Sample], Variant]) -> Callable[[Sample], Variant]:
        VARIATIONS[name] = make
        return make

    return register


def _lines(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def _each_page(sample: Sample, change: Callable[[str], str]) -> Variant:
    return [change(page) for page in sample.pages], {}


# Lines wrapped at other widths: narrower columns split every long line; a wider layout
# joins the lines of a sentence (the next starts in lower case) and wraps them again.
for _width in (28, 45, 70):

    def _wrap(sample: Sample, width: int = _width) -> Variant:
        def change(page: str) -> str:
            out = []
            for line in _lines(page):
                out.extend(textwrap.wrap(line, width, break_long_words=False) or [line])
            return "\r\n".join(out)

        return _each_page(sample, change)

    variation(f"wrapped at {_width}")(_wrap)


def _joined(page: str) -> list[str]:
    out: list[str] = []
    for line in _lines(page):
        if out and line[:1].islower():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


@variation("sentences joined")
def _sentences_joined(sample: Sample) -> Variant:
    return _each_page(sample, lambda page: "\n".join(_joined(page)))


@variation("joined, wrapped at 110")
def _wide(sample: Sample) -> Variant:
    def change(page: str) -> str:
        out = []
        for line in _joined(page):
            out.extend(textwrap.wrap(line, 110, break_long_words=False) or [line])
        return "\n".join(out)

    return _each_page(sample, change)


# Line breaks lost, as some extractions and the doc-sharing sites' renderings of real reports
# give a page (tests/real_reports.py): the council's name runs into the title, an LSCB
# heading into its grade and the next heading.
@variation("page 1 on one line")
def _page1_one_line(sample: Sample) -> Variant:
    return [re.sub(r"\s*[\r\n]+\s*", " ", sample.pages[0]), *sample.pages[1:]], {}


@variation("every page on one line")
def _pages_one_line(sample: Sample) -> Variant:
    return _each_page(sample, lambda page: re.sub(r"\s*[\r\n]+\s*", " ", page))


@variation("soft hyphens at line breaks")
def _soft_hyphen_breaks(sample: Sample) -> Variant:
    """Long words broken across lines with a soft hyphen (U+00AD) where the line ends."""

    def change(page: str) -> str:
        def split(match: re.Match[str]) -> str:
            word = match.group(0)
            return word[: len(word) // 2] + "\u00ad\n" + word[len(word) // 2 :]

        return re.sub(r"\b[a-z]{11,}\b", split, page)

    return _each_page(sample, change)


# -- the judgement table -------------------------------------------------------------------

_GRADE_WORDS = re.compile(
    r"\b(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|not\s+judged)\b",
    re.I,
)


@dataclass
class Table:
    start: int  # where the rows start (after the "Judgement Grade" header)
    end: int  # the end of the last grade
    header: str
    labels: list[str] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)


def _rows_expected(sample: Sample) -> int:
    if sample.sif:
        return 5  # 1, 2, 2.1, 2.2, 3
    judged = sample.reference.judgements
    return sum(judged[k] is not None for k in JUDGEMENT_KEYS[:5])


def _table(sample: Sample) -> Table:
    page = sample.pages[0]
    if sample.sif:
        match = re.search(r"1\.?\s*children\s+who\s+need", page, re.I)
        assert match, sample.row["file"]
        table = Table(match.start(), match.start(), "")
    else:
        match = re.search(r"judgements?\s+grades?", page, re.I)
        assert match, sample.row["file"]
        table = Table(match.end(), match.end(), match.group(0))
    for grade in _GRADE_WORDS.finditer(page, table.start):
        table.labels.append(" ".join(page[table.end : grade.start()].split()))
        table.grades.append(" ".join(grade.group(0).split()))
        table.end = grade.end()
        if len(table.grades) == _rows_expected(sample):
            break
    return table


def _with_table(sample: Sample, render: Callable[[Table], str]) -> Variant:
    table = _table(sample)
    page = sample.pages[0]
    start = table.start - len(table.header)
    pages = [page[:start] + "\n" + render(table).strip("\n") + "\n" + page[table.end :]]
    return pages + sample.pages[1:], {}


def _ri(lines: int) -> Callable[[str], str]:
    """'Requires improvement to be good' broken over `lines` lines."""
    forms = {
        1: "Requires improvement to be good",
        2: "Requires improvement\nto be good",
        3: "Requires\nimprovement to\nbe good",
    }

    def change(grade: str) -> str:
        return forms[lines] if grade.lower().startswith("requires improvement to") else grade

    return change


def _header(table: Table, default: str = "Judgement Grade") -> str:
    return (table.header or "") and default


for _lines_ri in (1, 2, 3):

    def _columns(sample: Sample, n: int = _lines_ri) -> Variant:
        ri = _ri(n)

        def render(table: Table) -> str:
            head, grade_head = ("Judgement\n", "Grade\n") if table.header else ("", "")
            return (
                head
                + "\n".join(table.labels)
                + "\n"
                + grade_head
                + "\n".join(ri(g) for g in table.grades)
            )

        return _with_table(sample, render)

    def _rows_split(sample: Sample, n: int = _lines_ri) -> Variant:
        ri = _ri(n)
        return _row_by_row(sample, lambda label, g: f"{label}\n{ri(g)}")

    variation(f"table column-wise, RI on {_lines_ri} line(s)")(_columns)
    variation(f"table row-wise, grade below, RI on {_lines_ri} line(s)")(_rows_split)


def _row_by_row(sample: Sample, row: Callable[[str, str], str]) -> Variant:
    """The table under its header, one row after another, each row written by `row(label, grade)`."""
    return _with_table(
        sample,
        lambda t: (
            _header(t)
            + "\n"
            + "\n".join(row(label, g) for label, g in zip(t.labels, t.grades, strict=True))
        ),
    )


variation("table row-wise, grade beside")(
    lambda sample: _row_by_row(sample, lambda label, g: f"{label} {g}")
)
variation("table row-wise, grade before its label")(
    lambda sample: _row_by_row(sample, lambda label, g: f"{g}\n{label}")
)


# Footnote markers, as a real SIF report prints one on its leadership row ("governance" then
# "1" then "Outstanding"): on a line between a label and its grade, or glued to either.
variation("footnote number between a label and its grade")(
    lambda sample: _row_by_row(sample, lambda label, g: f"{label}\n1\n{g}")
)
variation("footnote number glued to each label")(
    lambda sample: _row_by_row(sample, lambda label, g: f"{label}1\n{g}")
)
variation("footnote number glued to each grade")(
    lambda sample: _row_by_row(sample, lambda label, g: f"{label}\n{g}2")
)


@variation("RI on 3 lines in place")
def _ri_in_place(sample: Sample) -> Variant:
    return _each_page(
        sample,
        lambda page: re.sub(
            r"(Requires|requires)\s+improvement\s+to\s+be\s+good",
            r"\1\nimprovement to\nbe good",
            page,
        ),
    )


def _running_header(sample: Sample) -> str:
    name = sample.row["la_name"]
    dates = _date_text(sample)
    return f"Inspection of {name} local authority children’s services\n{dates or ''} 2"


def _footer_header(sample: Sample, footer: str) -> str:
    return f"{footer}\n{_running_header(sample)}"


for _footer in ("1", "Page 1 of 12", "ofsted.gov.uk"):

    def _header_between_rows(sample: Sample, footer: str = _footer) -> Variant:
        block = _footer_header(sample, footer)

        def render(table: Table) -> str:
            rows = [f"{label}\n{g}" for label, g in zip(table.labels, table.grades, strict=True)]
            rows.insert(2, block)
            return _header(table) + "\n" + "\n".join(rows)

        return _with_table(sample, render)

    variation(f"page footer {_footer!r} and header between rows")(_header_between_rows)


@variation("page footer and header between a label and its grade")
def _header_in_row(sample: Sample) -> Variant:
    block = _footer_header(sample, "1")

    def render(table: Table) -> str:
        rows = [f"{label}\n{g}" for label, g in zip(table.labels, table.grades, strict=True)]
        rows[1] = f"{table.labels[1]}\n{block}\n{table.grades[1]}"
        return _header(table) + "\n" + "\n".join(rows)

    return _with_table(sample, render)


@variation("table split over two pages")
def _table_over_pages(sample: Sample) -> Variant:
    """The page ends after the second row; the next opens with the running header."""
    table = _table(sample)
    page = sample.pages[0]
    rows = [f"{label}\n{g}" for label, g in zip(table.labels, table.grades, strict=True)]
    start = table.start - len(table.header)
    first = page[:start] + "\n" + _header(table) + "\n" + "\n".join(rows[:2]) + "\n1"
    second = _running_header(sample) + "\n" + "\n".join(rows[2:]) + "\n" + page[table.end :]
    return [first, second, *sample.pages[1:]], {}


@variation("table with the overall row first")
def _overall_first(sample: Sample) -> Variant:
    table = _table(sample)
    if sample.sif or not table.labels[-1].lower().startswith("overall"):
        return None
    rows = [f"{label} {g}" for label, g in zip(table.labels, table.grades, strict=True)]
    return _with_table(sample, lambda t: _header(t) + "\n" + "\n".join(rows[-1:] + rows[:-1]))


def _moved_table(sample: Sample, to_end: bool) -> Variant:
    """The table's text where a producer's content order puts it: after page 1's narrative,
    or before the title."""
    table = _table(sample)
    page = sample.pages[0]
    start = table.start - len(table.header)
    block = page[start : table.end]
    rest = page[:start] + "\n" + page[table.end :]
    return [rest + "\n" + block if to_end else block + "\n" + rest, *sample.pages[1:]], {}


variation("table after page 1's narrative")(lambda sample: _moved_table(sample, True))
variation("table before the title")(lambda sample: _moved_table(sample, False))


for _prefix in ("2 ", "Ofsted ", "Ofsted | "):

    def _title_prefixed(sample: Sample, prefix: str = _prefix) -> Variant:
        """Something printed on the title's line before it: a page number, the logo's text."""
        page = re.sub(
            r"(?m)^((?:Re-)?Inspection of)", lambda m: prefix + m.group(1), sample.pages[0], count=1
        )
        return [page, *sample.pages[1:]], {}

    variation(f"title line begins {_prefix!r}")(_title_prefixed)


@variation("title not in the text (printed as an image)")
def _title_dropped(sample: Sample) -> Variant:
    page = sample.pages[0]
    match = re.search(r"(?im)^(?:re-)?inspection of[\s\S]*?(?=^inspection dates?|^and\s*$)", page)
    assert match, sample.row["file"]
    # Only the title says a SIF report is a re-inspection: without it, it reads as SIF.
    changes = {"framework": "SIF"} if sample.row["framework"] == "SIF re-inspection" else {}
    return [page[: match.start()] + page[match.end() :], *sample.pages[1:]], changes


def _headline_grade(sample: Sample) -> str:
    overall = sample.reference.judgements["overall_effectiveness"]
    assert overall
    return overall


# SIF's headline in each era's wording (OFSTED.md 4a), for every SIF sample's own grade.
HEADLINES: dict[str, Callable[[str, str], str]] = {
    "The overall judgement is G": lambda name, g: f"The overall judgement is {g}",
    "The overall judgement is that children’s services are G": lambda name, g: (
        "The overall judgement is that children’s services "
        + ("require improvement" if g.startswith("requires") else f"are {g}")
    ),
    "Children’s services in X are G": lambda name, g: (
        f"Children’s services in {name} "
        + ("require improvement to be good" if g.startswith("requires") else f"are {g}")
    ),
    "Children’s services in the London Borough of X are G": lambda name, g: (
        f"Children’s services in the London Borough of {name} "
        + ("require\nimprovement to be good" if g.startswith("requires") else f"are\n{g}")
    ),
}
for _form, _write in HEADLINES.items():

    def _headline(sample: Sample, write: Callable[[str, str], str] = _write) -> Variant:
        if not sample.sif:
            return None
        page = sample.pages[0]
        match = re.search(r"(report\s+published:[^\n]*\n)([^\n]*)", page, re.I)
        assert match
        line = write(sample.row["la_name"], _headline_grade(sample))
        return [page[: match.start(2)] + line + page[match.end(2) :], *sample.pages[1:]], {}

    variation(f"SIF headline {_form!r}")(_headline)


# -- typography ----------------------------------------------------------------------------

_TYPOGRAPHY: dict[str, Callable[[str], str]] = {
    "straight apostrophes": lambda t: t.replace("’", "'").replace("‘", "'"),
    "curly apostrophes": lambda t: t.replace("'", "’"),
    "apostrophes dropped": lambda t: t.replace("’s", "s").replace("'s", "s"),
    "apostrophes lost by the font (U+FFFD)": lambda t: t.replace("’", "\ufffd"),
    "non-breaking spaces": lambda t: t.replace(" ", "\u00a0"),
    "soft hyphens inside words": lambda t: re.sub(
        r"\b([a-z]{4})([a-z]{4,})", "\\1\u00ad\\2", t, flags=re.I
    ),
    "ligatures": lambda t: (
        t.replace("ffi", "\ufb03")
        .replace("ff", "\ufb00")
        .replace("fi", "\ufb01")
        .replace("fl", "\ufb02")
    ),
    "doubled spaces": lambda t: t.replace(" ", "  "),
    "tabs for spaces": lambda t: t.replace(" ", "\t"),
    "bare LF": lambda t: t.replace("\r\n", "\n"),
    "bare CR": lambda t: t.replace("\r\n", "\r"),
    "trailing spaces": lambda t: re.sub(r"\r?\n", " \r\n", t),
}
for _name, _change in _TYPOGRAPHY.items():
    variation(_name)(lambda sample, change=_change: _each_page(sample, change))


@variation("upper-case headings and table")
def _upper_head(sample: Sample) -> Variant:
    table = _table(sample)
    page = sample.pages[0]
    return [page[: table.end].upper() + page[table.end :], *sample.pages[1:]], {}


@variation("upper-case title only")
def _upper_title(sample: Sample) -> Variant:
    page = sample.pages[0]
    match = re.search(r"inspection\s+dates?", page, re.I)
    assert match
    return [page[: match.start()].upper() + page[match.start() :], *sample.pages[1:]], {}


# -- the council -----------------------------------------------------------------------------


def _name_pattern(name: str) -> str:
    """The council's name as the report writes it, with any style around it."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return (
        r"(?:(?:the\s+)?(?:London|Royal)\s+Borough\s+of\s+|City\s+of\s+)?"
        rf"(?<!North )(?<!North East )\b{words}\b"
        r"(?:\s+(?:City|County|Borough|Metropolitan\s+Borough|Metropolitan\s+District)?\s*Council)?"
    )


def _renamed(sample: Sample, name: str, styled: str) -> list[str]:
    """Every mention of the sample's council replaced: `styled` where it is styled (the
    title, "London Borough of X"), `name` where it is bare ("children in X")."""
    pattern = re.compile(_name_pattern(sample.row["la_name"]))

    def replace(match: re.Match[str]) -> str:
        bare = " ".join(match.group(0).split()) == sample.row["la_name"]
        return name if bare else styled

    pages = [pattern.sub(replace, page) for page in sample.pages]
    # the title names it bare in ILACS ("Inspection of Brent local authority..."): style it
    pages[0] = re.sub(
        rf"(Inspection of\s+){re.escape(name)}\b", lambda m: m.group(1) + styled, pages[0], count=1
    )
    return pages


STYLES = (
    "London Borough of {}",
    "{} City Council",
    "Royal Borough of {}",
    "City of {}",
    "{} Council",
    "{} Metropolitan Borough Council",
    "{} County Council",
)
for _style in STYLES:

    def _styled(sample: Sample, style: str = _style) -> Variant:
        name = sample.row["la_name"]
        return _renamed(sample, name, style.format(name)), {}

    variation(f"council styled {_style.format('X')!r}")(_styled)


# Other councils in the sample's place, as Ofsted styles them: (bare name, styled, GSS code).
OTHER_COUNCILS = (
    ("Kensington and Chelsea", "Royal Borough of Kensington and Chelsea", "E09000020"),
    ("Isles of Scilly", "Council of the Isles of Scilly", "E06000053"),
    ("York", "City of York Council", "E06000014"),
    ("Tower Hamlets", "London Borough of Tower Hamlets", "E09000030"),
    ("Leeds", "Leeds City Council", "E08000035"),
    ("Hull", "Hull City Council", "E06000010"),
    ("Bristol", "Bristol City Council", "E06000023"),
    ("Bristol", "City of Bristol", "E06000023"),
    ("City of London", "City of London", "E09000001"),
    ("Windsor and Maidenhead", "Royal Borough of Windsor and Maidenhead", "E06000040"),
    ("Wolverhampton", "City of Wolverhampton Council", "E08000031"),
    ("County Durham", "Durham County Council", "E06000047"),
    ("Stoke-on-Trent", "Stoke-on-Trent City Council", "E06000021"),
    ("Brighton and Hove", "Brighton and Hove City Council", "E06000043"),
    ("Bath and North East Somerset", "Bath and North East Somerset Council", "E06000022"),
    ("Southend-on-Sea", "Southend-on-Sea City Council", "E06000033"),
    ("Herefordshire", "Herefordshire Council", "E06000019"),
    ("Richmond upon Thames", "London Borough of Richmond upon Thames", "E09000027"),
    ("North East Lincolnshire", "North East Lincolnshire Council", "E06000012"),
    ("St Helens", "St Helens Borough Council", "E08000013"),
    ("Bournemouth, Christchurch and Poole", "BCP Council", "E06000058"),
    ("Kingston upon Thames", "Royal Borough of Kingston upon Thames", "E09000021"),
    ("Greenwich", "Royal Borough of Greenwich", "E09000011"),
    ("Westminster", "City of Westminster", "E09000033"),
)
OTHERS_PER_SAMPLE = 4  # each sample takes four of them in turn: every one is used four times


for _slot in range(OTHERS_PER_SAMPLE):

    def _other_council(sample: Sample, slot: int = _slot) -> Variant:
        index = [row["file"] for row in _index()].index(sample.row["file"])
        name, styled, code = OTHER_COUNCILS[
            (index * OTHERS_PER_SAMPLE + slot) % len(OTHER_COUNCILS)
        ]
        return _renamed(sample, name, styled), {"authority_code": code}

    variation(f"another council in its place ({_slot + 1})")(_other_council)


# -- the inspection dates --------------------------------------------------------------------

_DATE_LINE = re.compile(
    r"(inspection\s+dates?\s*:?\s*)(.+?)\s*(?=\r?\n|$)", re.I
)  # page 1's "Inspection date(s): ..."


def _date_text(sample: Sample) -> str | None:
    match = _DATE_LINE.search(sample.pages[0])
    return match.group(2) if match else None


def _single_stretch(sample: Sample) -> tuple[date, date] | None:
    text = _date_text(sample)
    if not text or re.search(r"\band\b", text):
        return None  # a split inspection: its own case in tests/test_report_reader.py
    ref = sample.reference
    assert ref.inspection_start and ref.inspection_end
    return date.fromisoformat(ref.inspection_start), date.fromisoformat(ref.inspection_end)


def _d(day: date, *parts: str) -> str:
    out = {"d": str(day.day), "M": day.strftime("%B"), "Y": str(day.year), "W": day.strftime("%A")}
    ordinal = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    out["o"] = f"{day.day}{ordinal}"
    return " ".join(out[p] for p in parts)


DATE_FORMS: dict[str, Callable[[date, date], str]] = {
    "1 to 12 May 2023": lambda s, e: (
        f"{s.day} to {_d(e, 'd', 'M', 'Y')}"
        if (s.month, s.year) == (e.month, e.year)
        else f"{_d(s, 'd', 'M')} to {_d(e, 'd', 'M', 'Y')}"
    ),
    "1 May to 12 May 2023": lambda s, e: f"{_d(s, 'd', 'M')} to {_d(e, 'd', 'M', 'Y')}",
    "1 May 2023 to 12 May 2023": lambda s, e: f"{_d(s, 'd', 'M', 'Y')} to {_d(e, 'd', 'M', 'Y')}",
    "30 April – 11 May 2023": lambda s, e: f"{_d(s, 'd', 'M')} – {_d(e, 'd', 'M', 'Y')}",
    "30 April–11 May 2023": lambda s, e: f"{_d(s, 'd', 'M')}–{_d(e, 'd', 'M', 'Y')}",
    "1-12 May 2023": lambda s, e: (
        f"{s.day}-{_d(e, 'd', 'M', 'Y')}"
        if (s.month, s.year) == (e.month, e.year)
        else f"{_d(s, 'd', 'M')}-{_d(e, 'd', 'M', 'Y')}"
    ),
    "1 – 12 May 2023": lambda s, e: (
        f"{s.day} – {_d(e, 'd', 'M', 'Y')}"
        if (s.month, s.year) == (e.month, e.year)
        else f"{_d(s, 'd', 'M')} – {_d(e, 'd', 'M', 'Y')}"
    ),
    "1st to 12th May 2023": lambda s, e: f"{_d(s, 'o', 'M')} to {_d(e, 'o', 'M', 'Y')}",
    "Monday 1 May to Friday 12 May 2023": lambda s, e: (
        f"{_d(s, 'W', 'd', 'M')} to {_d(e, 'W', 'd', 'M', 'Y')}"
    ),
}


def _with_dates(sample: Sample, text: str, label: str | None = None) -> list[str]:
    old = _date_text(sample)
    assert old
    pages = [page.replace(old, text) for page in sample.pages]
    if label:
        pages[0] = re.sub(r"inspection\s+dates?\s*:", label, pages[0], count=1, flags=re.I)
    return pages


for _form, _write in DATE_FORMS.items():

    def _date_form(sample: Sample, write: Callable[[date, date], str] = _write) -> Variant:
        span = _single_stretch(sample)
        return (_with_dates(sample, write(*span)), {}) if span else None

    variation(f"dates as {_form!r}")(_date_form)


def _across_year_end(sample: Sample) -> tuple[date, date] | None:
    """The same length of fieldwork moved to end a few days into the year it ended in (not for
    the April 2026 framework: none of its inspections crossed a year end before 2026's reports)."""
    span = _single_stretch(sample)
    if not span or sample.reference.judgements["overall_effectiveness"] is None:
        return None
    start, end = span
    length = end - start
    new_end = date(end.year, 1, 2 + min(length.days // 2, 7))
    if new_end > end:
        new_end = new_end.replace(year=end.year - 1)
    return new_end - length, new_end


for _form in ("1 May to 12 May 2023", "30 April – 11 May 2023", "1 May 2023 to 12 May 2023"):

    def _year_end(
        sample: Sample, write: Callable[[date, date], str] = DATE_FORMS[_form]
    ) -> Variant:
        span = _across_year_end(sample)
        if not span:
            return None
        start, end = span
        return _with_dates(sample, write(start, end)), {
            "inspection_start": start.isoformat(),
            "inspection_end": end.isoformat(),
        }

    variation(f"across a year end, as {_form!r}")(_year_end)


for _label in (
    "Dates of inspection:",
    "INSPECTION DATES:",
    "Inspection dates",
    "Inspection date(s):",
):

    def _date_label(sample: Sample, label: str = _label) -> Variant:
        text = _date_text(sample)
        return (_with_dates(sample, text, label), {}) if text else None

    variation(f"dates labelled {_label!r}")(_date_label)


# -- several at once ---------------------------------------------------------------------------


def _then(sample: Sample, *names: str) -> Variant:
    expected: dict = {}
    for name in names:
        made = VARIATIONS[name](sample)
        if made is None:
            return None
        pages, changes = made
        sample = Sample(sample.row, pages, sample.reference)
        expected.update(changes)
    return sample.pages, expected


COMBINATIONS = (
    ("page footer 'Page 1 of 12' and header between rows", "doubled spaces", "bare LF"),
    ("table row-wise, grade below, RI on 2 line(s)", "upper-case headings and table", "ligatures"),
    ("wrapped at 28", "non-breaking spaces", "straight apostrophes"),
    ("another council in its place (1)", "dates as '1-12 May 2023'", "tabs for spaces"),
)
for _names in COMBINATIONS:
    variation(" + ".join(_names))(lambda sample, names=_names: _then(sample, *names))


# -- measuring ---------------------------------------------------------------------------------


_HEADING_COLON = re.compile(r":(\s*)(?=outstanding|good|requires?\s|inadequate)", re.I)


def without_headings(pages: list[str]) -> list[str]:
    """The pages after page 1 with their section headings' colons taken out ("...help and
    protection: good" becomes running text), so that the judgement table alone decides."""
    return [pages[0], *(_HEADING_COLON.sub(r" \1", page) for page in pages[1:])]


def outcome(sample: Sample, name: str, table_alone: bool = False) -> str | None:
    """None when the variation read exactly as the sample; else what differed (or "n/a").
    `table_alone`: without the section headings that confirm an ILACS table."""
    made = VARIATIONS[name](sample)
    if made is None:
        return "n/a"
    pages, changes = made
    if table_alone:
        pages = without_headings(pages)
    want = {**_facts(sample.reference), **changes}
    try:
        got = _facts(_read(pages, sample.row))
    except Exception as exc:  # noqa: BLE001 - a ReportError is a miss like a wrong grade
        return f"{type(exc).__name__}: {exc}"
    wrong = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
    if "judgements" in wrong:
        g, w = wrong.pop("judgements")
        wrong.update({k: (g[k], w[k]) for k in w if g[k] != w[k]})
    return "; ".join(f"{k}: {g!r} (not {w!r})" for k, (g, w) in wrong.items()) or None


def measure(
    names: list[str] | None = None, table_alone: bool = False
) -> list[tuple[str, int, int, list[str]]]:
    """(variation, samples exact, samples it applies to, what went wrong) for each variation."""
    results = []
    for name in names or list(VARIATIONS):
        exact, applies, misses = 0, 0, []
        for file, sample in _samples().items():
            result = outcome(sample, name, table_alone)
            if result == "n/a":
                continue
            applies += 1
            if result is None:
                exact += 1
            else:
                misses.append(f"{file}: {result}")
        results.append((name, exact, applies, misses))
    return results


# -- the tests ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples() -> dict[str, Sample]:
    shared_or_skip(SAMPLES / "index.csv")
    samples = _samples()
    for file, sample in samples.items():  # the reference itself is right
        judged = {k: sample.reference.judgements[k] for k in JUDGEMENT_KEYS[:5]}
        assert judged == _expected(sample.row), file
        assert sample.reference.authority_code == sample.row["gss_code"], file
        # and read the same without the provider page's publication date (`sectorwatch analyse`)
        assert _facts(read_text(sample.pages)) == _facts(sample.reference), file
    return samples


@pytest.mark.parametrize("name", list(VARIATIONS))
def test_variation_reads_every_sample_exactly(samples: dict[str, Sample], name: str) -> None:
    results = {file: outcome(sample, name) for file, sample in samples.items()}
    assert any(result != "n/a" for result in results.values()), f"{name} applies to no sample"
    misses = [
        f"{file}: {result}" for file, result in results.items() if result not in (None, "n/a")
    ]
    assert not misses, "\n".join(misses)


TABLE_LAYOUTS = [n for n in VARIATIONS if re.search(r"table|RI |footnote|header", n)]


@pytest.mark.parametrize("name", TABLE_LAYOUTS)
def test_table_layout_read_without_section_headings(samples: dict[str, Sample], name: str) -> None:
    """Section headings decide an ILACS table's pairing where they exist: the table's own
    reading is checked without them (SIF lists and the 2018 reports have none anyway)."""
    misses = [
        f"{file}: {result}"
        for file, sample in samples.items()
        if (result := outcome(sample, name, table_alone=True)) not in (None, "n/a")
    ]
    assert not misses, "\n".join(misses)


# -- publications that carry no grade, however their text quotes grades ------------------------
# Synthetic letters in the project's own words, laid out as Ofsted's are: its office's address,
# the date, the council's director, the subject line, then the findings.

OFSTED_FOOT = (
    "\f© Crown copyright 2025. This publication is licensed under the terms of the Open "
    "Government Licence. Ofsted, the Office for Standards in Education, Children’s Services "
    "and Skills, inspects services for children and young people.\n"
)
LETTER_HEAD = (
    "Ofsted\nAgora\n6 Cumberland Place\nNottingham NG1 6HJ\nT 0300 123 1231\nwww.gov.uk/ofsted\n"
    "21 March 2025\nPat Example\nDirector of Children, Schools and Families\nSwindon Borough Council\n"
    "Civic Offices\nEuclid Street\nSwindon SN1 2JH\nDear Pat Example\n"
)
QUOTED_TABLE = (
    "When the local authority was last inspected, in July 2023, the judgements were:\n"
    "Judgement Grade\nThe impact of leaders on social work practice with children and families "
    "Inadequate\nThe experiences and progress of children who need help and protection "
    "Inadequate\nThe experiences and progress of children in care Inadequate\n"
    "The experiences and progress of care leavers Requires improvement to be good\n"
    "Overall effectiveness Inadequate\n"
)
FINDINGS = (
    "Inspectors found that leaders now understand where practice is weakest. Children "
    "who need help and protection are seen sooner than at the\ninspection of Swindon’s services "
    "in 2023, when help and protection was judged inadequate and overall effectiveness was "
    "inadequate. Some children in care still wait too long for plans to be agreed, and the "
    "experiences and progress of care leavers: requires improvement to be good is how the last "
    "report put it. Managers’ oversight is good in the front door and inadequate elsewhere. "
)
SIGN_OFF = "\nYours sincerely\nSam Example\nHis Majesty’s Inspector\n"

LETTERS = {
    "monitoring visit": (
        "Monitoring visit to Swindon children’s services\nThis letter summarises the findings of "
        "the fourth monitoring visit to Swindon children’s services on 4 and 5 February 2025. "
        "This was the fourth visit since the local authority was judged inadequate in September "
        "2023. His Majesty’s Inspectors Sam Example and Lee Example carried out the visit.\n",
        ("2025-02-04", "2025-02-05"),
    ),
    "focused visit": (
        "Focused visit to Swindon local authority children’s services\nThis letter summarises "
        "the findings of the focused visit to Swindon children’s services on 11 to 12 February "
        "2025. Inspectors looked at the local authority’s arrangements for children in care, "
        "including those living in children’s homes and attending the virtual school.\n",
        ("2025-02-11", "2025-02-12"),
    ),
    "assurance visit": (
        "Assurance visit to Swindon children’s services\nThis letter summarises the findings of "
        "the assurance visit to Swindon children’s services on 2 and 3 December 2020. Inspectors "
        "looked at how the local authority kept children safe during the pandemic.\n",
        ("2020-12-02", "2020-12-03"),
    ),
    "JTAI": (
        "Joint targeted area inspection of the multi-agency response to children who go missing "
        "in Swindon\nBetween 10 and 14 February 2025, Ofsted, the Care Quality Commission and His "
        "Majesty’s Inspectorate of Constabulary and Fire & Rescue Services carried out a joint "
        "inspection of the multi-agency response in Swindon.\nHeadline findings\n",
        ("2025-02-10", "2025-02-14"),
    ),
    "area SEND": (
        "Area SEND inspection of Swindon Local Area Partnership\nInspection dates: 10 to 14 "
        "February 2025\nDates of previous inspection: 6 to 10 March 2017\nInspection outcome\n"
        "The local area partnership’s special educational needs and/or disabilities (SEND) "
        "arrangements lead to inconsistent experiences and outcomes for children and young "
        "people with SEND. Leaders in schools and colleges say that they are listened to.\n",
        ("2025-02-10", "2025-02-14"),
    ),
}
LETTER_LAYOUTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "wrapped at 40": lambda t: "\n".join(
        w for line in t.split("\n") for w in (textwrap.wrap(line, 40) or [line])
    ),
    "sentences joined": lambda t: "\n".join(_joined(t)),
    "upper-case subject": lambda t: re.sub(
        r"(?m)^(?:Monitoring visit|Focused visit|Assurance visit|Joint targeted|Area SEND).*$",
        lambda m: m.group(0).upper(),
        t,
    ),
    "typography": _TYPOGRAPHY["non-breaking spaces"],
    "straight apostrophes": _TYPOGRAPHY["straight apostrophes"],
}


@pytest.mark.parametrize("layout", LETTER_LAYOUTS)
@pytest.mark.parametrize("kind", LETTERS)
def test_visits_stay_ungraded_whatever_they_quote(kind: str, layout: str) -> None:
    subject, dates = LETTERS[kind]
    page = LETTER_HEAD + subject + QUOTED_TABLE + FINDINGS * 3 + SIGN_OFF
    report = read_text([LETTER_LAYOUTS[layout](page), OFSTED_FOOT])
    assert (report.kind, report.framework) == (kind, None)
    assert (report.authority_name, report.authority_code) == ("Swindon", "E06000030")
    assert (report.inspection_start, report.inspection_end) == dates
    assert report.judgements == dict.fromkeys(JUDGEMENT_KEYS)
    assert not report.alerting()


# -- files that are not Ofsted's reports on a council's children's services ------------------------
# Before the reader checked for them, two of these gave a wrong record: the school report was
# an ungraded "area SEND" publication for Swindon (it mentions pupils with special educational
# needs and/or disabilities) and the committee paper an inadequate inspection that alerted (it
# quotes the judgement table, and a wrapped line began "inspection of Swindon ..."). The
# others were refused, some for the wrong reason. A letter's address may name a director "of
# Children, Schools and Families", and a visit's first lines may mention children's homes or
# schools (both in LETTERS above, where the first check, on page 1's first 400 characters,
# refused them): only the title, or a letter's subject line, says what a report is about.

NOT_COUNCIL_REPORTS = {
    "school report": (
        "Inspection of Riverside Primary School\nMill Lane, Swindon SN1 1AA\n"
        "Inspection dates: 14 and 15 March 2023\nOverall effectiveness Requires improvement\n"
        "The quality of education Requires improvement\nBehaviour and attitudes Good\n"
        "Personal development Good\nLeadership and management Requires improvement\n"
        "Early years provision Good\nPrevious inspection grade Good\n"
        "What is it like to attend this school?\nPupils are kind to one another. Pupils with "
        "special educational needs and/or disabilities (SEND) are supported well by staff. "
        "Leaders work with Swindon children’s services when pupils need help and protection. "
    ),
    "school report, older layout": (
        "School report\nRiverside Academy\nMill Lane, Swindon SN1 1AA\n"
        "Inspection dates 14–15 March 2017\nOverall effectiveness Inadequate\n"
        "Effectiveness of leadership and management Inadequate\nQuality of teaching, learning "
        "and assessment Requires improvement\nOutcomes for pupils Inadequate\n"
        "Summary of key findings for parents and pupils\nThis is an inadequate school. "
    ),
    "children's home report": (
        "Hillside House children’s home\nSwindon\nInspection dates: 5 to 6 June 2024\n"
        "Overall experiences and progress of children and young people, taking into account "
        "Good\nHow well children and young people are helped and protected Inadequate\n"
        "The effectiveness of leaders and managers Requires improvement to be good\n"
        "The children’s home provides care for up to four children. Swindon Borough Council "
        "places children here; the experiences and progress of children in care are reviewed "
        "with the home’s manager. "
    ),
    "council committee paper": (
        "Swindon Borough Council\nAgenda Item 7\nReport to: Children’s Services Scrutiny "
        "Committee\nDate of meeting: 12 October 2023\nReport of: Director of Children’s "
        "Services\nWards affected: All\nOfsted inspection of local authority children’s services\n"
        "1. Purpose of the report\n1.1 To inform members of the outcome of the Ofsted\n"
        "inspection of Swindon Borough Council local authority children’s services, which took\n"
        "place between 17 and 28 July 2023. The judgements were:\nJudgement Grade\n"
        "The impact of leaders on social work practice with children and families Inadequate\n"
        "The experiences and progress of children who need help and protection Inadequate\n"
        "The experiences and progress of children in care Inadequate\n"
        "The experiences and progress of care leavers Requires improvement to be good\n"
        "Overall effectiveness Inadequate\n2. Recommendations\n2.1 That the committee notes "
        "the report and the improvement plan. "
    ),
    "council press release": (
        "News release\nSwindon Borough Council responds to Ofsted report\n11 September 2023\n"
        "Inspection of Swindon’s children’s services: the council accepts the findings.\n"
        "Ofsted inspected the council’s services from 17 to 28 July 2023 and judged overall "
        "effectiveness inadequate. The experiences and progress of care leavers were judged to "
        "require improvement. The cabinet member for children said the council would act. "
    ),
    "school monitoring letter": (
        LETTER_HEAD.replace("Director of Children, Schools and Families", "Headteacher")
        + "Special measures monitoring inspection of Riverside Academy\nFollowing my visit to "
        "your school on 4 and 5 February 2025, I write on behalf of His Majesty’s Chief "
        "Inspector. The school was judged inadequate in March 2023; leaders are taking "
        "effective action. Swindon children’s services are good partners. "
    ),
    "Ofsted's inspection handbook": (
        "Inspecting local authority children’s services\nGuidance for inspectors and local "
        "authorities\nInspection of local authority children’s services: the judgements\n"
        "Judgement Grade\nThe impact of leaders on social work practice with children and "
        "families Outstanding Good Requires improvement to be good Inadequate\nOverall "
        "effectiveness Outstanding Good Requires improvement to be good Inadequate\n"
        "Inspectors of Ofsted make the judgements, in Swindon as anywhere. "
    ),
}


@pytest.mark.parametrize("name", NOT_COUNCIL_REPORTS)
def test_not_a_council_report_is_a_clear_error(name: str) -> None:
    page = NOT_COUNCIL_REPORTS[name] + "More text about the same things. " * 20
    with pytest.raises(ReportError) as raised:
        read_text([page, OFSTED_FOOT])
    assert str(raised.value)


# -- a table no layout rule can read alone -----------------------------------------------------


def test_section_headings_decide_a_table_read_otherwise() -> None:
    """Grades printed before their labels, and the narrative after the table opening with a
    grade word: by the table alone each label takes the grade after it (the next row's). The
    section headings further in give each judgement as running text, and decide."""
    page1 = (
        "Inspection of Swindon local authority children’s services\nInspection dates: 3 to 14 "
        "March 2025\nLead inspector: Sam Example, His Majesty’s Inspector\nJudgement Grade\n"
        "Inadequate\nThe impact of leaders on social work practice with children and families\n"
        "Requires improvement to be good\nThe experiences and progress of children who need "
        "help and protection\nGood\nThe experiences and progress of children in care\n"
        "Outstanding\nThe experiences and progress of care leavers\nInadequate\nOverall "
        "effectiveness\nGood progress has been made with care leavers since the last inspection. "
    ) + "Leaders know their services. " * 20
    later = (
        "Inspection of Swindon local authority children’s services\n3 to 14 March 2025 2\n"
        "The experiences and progress of children who need help and protection: requires "
        "improvement to be good\n" + "Practice varies. " * 30 + "\nThe experiences and progress "
        "of children in care: good\n" + "Children are settled. " * 30 + "\nThe experiences "
        "and progress of care leavers: outstanding\n" + "Care leavers thrive. " * 30 + "\nThe "
        "impact of leaders on social work practice with children and families: inadequate\n"
    )
    report = read_text([page1, later, OFSTED_FOOT])
    assert report.judgements == dict(
        dict.fromkeys(JUDGEMENT_KEYS),
        impact_of_leaders="inadequate",
        help_and_protection="requires improvement",
        children_in_care="good",
        care_leavers="outstanding",
        overall_effectiveness="inadequate",
    )
    assert report.alerting()


if __name__ == "__main__":
    shared_or_skip(SAMPLES / "index.csv")
    rows = measure()
    for name, exact, applies, misses in rows:
        print(f"{exact:3d}/{applies:<3d} {name}")
        for miss in misses[:3]:
            print(f"          {miss[:200]}")
    total_exact = sum(r[1] for r in rows)
    total = sum(r[2] for r in rows)
    full = sum(r[1] == r[2] for r in rows)
    print(
        f"{len(rows)} variations, {full} exact on every sample; {total_exact}/{total} variation x sample readings exact"
    )
    alone = measure(TABLE_LAYOUTS, table_alone=True)
    print(
        f"table layouts without the section headings: {sum(r[1] == r[2] for r in alone)} of "
        f"{len(alone)} exact on every sample; {sum(r[1] for r in alone)}/{sum(r[2] for r in alone)}"
    )


# -- a table read in part is an error, never a grade not given ---------------------------------------

ILACS_PAGE = (
    "Inspection of Swindon local authority children’s services\nInspection dates: {dates}\n"
    "Lead inspector: Sam Example, His Majesty’s Inspector\nJudgement Grade\n"
    "The impact of leaders on social work practice with children and families Inadequate\n"
    "The experiences and progress of children who need help and protection Inadequate\n"
    "The experiences and progress of children in care Good\n"
    "The experiences and progress of care leavers Good\n{overall}"
    "Leaders have not acted on what they know. "
) + "The service has weakened since the last inspection. " * 15


@pytest.mark.parametrize(
    "dates, overall, expected",
    [
        ("3 to 14 March 2025", "Overall effectiveness Inadequate\n", "inadequate"),
        ("3 to 14 March 2025", "", ReportError),  # before the reform: the overall row was lost
        ("8 to 19 June 2026", "", None),  # the April 2026 framework: no overall row
    ],
)
def test_overall_row_missing_before_the_reform_is_an_error(
    dates: str, overall: str, expected: object
) -> None:
    pages = [ILACS_PAGE.format(dates=dates, overall=overall), OFSTED_FOOT]
    if expected is ReportError:
        with pytest.raises(ReportError, match="overall_effectiveness"):
            read_text(pages)
        return
    report = read_text(pages)
    assert report.judgements["overall_effectiveness"] == expected
    assert report.alerting()  # inadequate overall, or (from April 2026) an area inadequate


def test_sif_list_read_in_part_is_an_error() -> None:
    page = (
        "Swindon Borough Council\nInspection of services for children in need of help and "
        "protection, children looked after and care leavers\nInspection date: 2 March 2015 – 24 "
        "March 2015\nReport published: 12 May 2015\nChildren’s services in Swindon are inadequate\n"
        "1. Children who need help and protection Inadequate\n2. Children looked after and "
        "achieving permanence Requires improvement\nThe local authority has not acted. "
    ) + "Narrative about the service. " * 20
    with pytest.raises(ReportError, match="care_leavers, impact_of_leaders"):
        read_text([page, OFSTED_FOOT])
