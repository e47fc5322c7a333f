"""Reading Ofsted's report PDFs: the 24 real samples in ../shared, PDFs the project generates in
the reports' layout (round trip), the kinds of text the reports are written in, and bad input.

The real samples are read from ../shared/data/ofsted-reports (Crown copyright, never copied
into the repository): without ../shared those tests skip, with CI set they fail.
"""

from __future__ import annotations

import csv
import os
import zlib
from pathlib import Path

import pytest

from crawler.replay.report_pdf import _Pages, make_report_pdf
from pipelines import pdf_text
from pipelines.pdf_text import MAX_PAGES
from pipelines.report_reader import (
    JUDGEMENT_KEYS,
    InspectionReport,
    ReportError,
    read_report,
    read_text,
)

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ofsted-reports"
NOT_GRADED = ("not_graded_post_april_2026", "not_separately_graded")


def shared_or_skip(path: Path) -> Path:
    """`path` under ../shared; skip without it, but fail under CI (where ../shared is laid out)."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} is not here (../shared is the project's read-only reference material)")
    return path


def _index() -> list[dict]:
    index = SAMPLES / "index.csv"
    if not index.exists():
        return []
    with open(index, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _expected(row: dict) -> dict[str, str | None]:
    expected = {k: (None if row[k] in NOT_GRADED else row[k]) for k in JUDGEMENT_KEYS[:5]}
    if row["file"] == "E10000025_2018-05-22_ilacs-short.pdf":
        # The index's one known error (../shared/data/ofsted-reports/README.md): the PDF grades
        # children in care and care leavers good; help and protection is the only RI.
        expected["children_in_care"] = "good"
    return expected


# What the index does not hold, read off the PDFs by eye: inspection dates, SIF's adoption and
# LSCB judgements, lead inspectors.
DATES = {
    "E08000025_2014-05-23_sif.pdf": ("2014-03-18", "2014-04-09"),  # "18 March 2014 – 09 April 2014"
    "E09000002_2014-07-07_sif.pdf": ("2014-04-29", "2014-05-22"),  # "29 April – 22 May 2014"
    "E10000030_2018-05-16_sif-re-inspection.pdf": (
        "2018-02-26",
        "2018-03-22",
    ),  # "26 February 2018–22 March 2018"
    "E09000017_2018-05-30_ilacs-standard.pdf": ("2018-04-16", "2018-04-27"),
    "E08000023_2023-05-10_ilacs-short.pdf": (
        "2022-12-05",
        "2023-02-15",
    ),  # "5 to 9 December 2022 and 14 to 15 February 2023"
    "E08000032_2026-05-21_ilacs-standard.pdf": ("2026-01-12", "2026-01-23"),
    "E08000009_2026-08-03_ilacs-standard.pdf": (
        "2026-06-08",
        "2026-06-19",
    ),  # "8 June 2026 to 19 June 2026"
}
SIF_EXTRA = {  # (adoption, lscb)
    "E08000025_2014-05-23_sif.pdf": ("inadequate", "inadequate"),
    "E09000002_2014-07-07_sif.pdf": ("requires improvement", "requires improvement"),
    "E08000037_2016-03-11_sif.pdf": ("good", "requires improvement"),
    "E09000016_2016-12-09_sif.pdf": ("requires improvement", "requires improvement"),
    "E09000003_2017-07-07_sif.pdf": ("requires improvement", "inadequate"),
    "E09000019_2017-07-14_sif.pdf": ("good", "good"),
    "E06000013_2017-09-04_sif.pdf": ("outstanding", "outstanding"),
    "E10000030_2018-05-16_sif-re-inspection.pdf": ("good", None),  # re-inspections review no LSCB
}
LEADS = {
    "E08000025_2014-05-23_sif.pdf": "Marie McGuinness",  # "Marie McGuinness Senior HMI"
    "E09000025_2019-03-25_ilacs-standard.pdf": "Dawn Godfrey",  # name and title on two lines
    "E10000025_2018-05-22_ilacs-short.pdf": "Donna Marriott",  # "Donna Marriott HMI"
    "E09000005_2026-06-17_ilacs-short.pdf": "Monique Lindsay",
}


@pytest.fixture(scope="module")
def samples() -> dict[str, InspectionReport]:
    shared_or_skip(SAMPLES / "index.csv")
    return {
        row["file"]: read_report(
            (SAMPLES / row["file"]).read_bytes(), published=row["publication_date"]
        )
        for row in _index()
    }


@pytest.mark.parametrize(
    "row", _index() or [pytest.param({}, id="no-samples")], ids=lambda r: r.get("file", "none")
)
def test_real_sample(samples: dict[str, InspectionReport], row: dict) -> None:
    if not row:
        shared_or_skip(SAMPLES / "index.csv")
    report = samples[row["file"]]
    assert report.kind == "inspection"
    assert {k: report.judgements[k] for k in JUDGEMENT_KEYS[:5]} == _expected(row)
    assert (report.authority_code, report.authority_name) == (row["gss_code"], row["la_name"])
    assert report.framework == row["framework"]
    assert report.published == row["publication_date"]  # SIF: its own "Report published" line
    assert (
        report.inspection_start
        and report.inspection_end
        and report.inspection_start <= report.inspection_end
    )
    assert report.inspection_end < report.published
    if row["file"] in DATES:
        assert (report.inspection_start, report.inspection_end) == DATES[row["file"]]
    if row["framework"].startswith("SIF"):
        assert (report.judgements["adoption"], report.judgements["lscb"]) == SIF_EXTRA[row["file"]]
    else:
        assert report.judgements["adoption"] is report.judgements["lscb"] is None
    if row["file"] in LEADS:
        assert report.lead_inspector == LEADS[row["file"]]
    assert report.lead_inspector
    expected = _expected(row)
    overall = expected["overall_effectiveness"]
    assert report.alerting() == (
        overall == "inadequate" if overall else "inadequate" in expected.values()
    )


def test_sif_report_published_line_beats_the_link(samples: dict[str, InspectionReport]) -> None:
    shared_or_skip(SAMPLES / "index.csv")
    data = (SAMPLES / "E08000025_2014-05-23_sif.pdf").read_bytes()
    assert read_report(data, published="2014-06-01").published == "2014-05-23"


def test_urn_decides_the_council() -> None:
    pdf = make_report_pdf(
        authority_name="Leeds",
        framework="ILACS short",
        inspection_start="2024-11-25",
        inspection_end="2024-11-29",
        published=None,
        lead_inspector="Ann Example",
        judgements={
            "overall_effectiveness": "good",
            "impact_of_leaders": "good",
            "help_and_protection": "good",
            "children_in_care": "good",
            "care_leavers": "good",
        },
    )
    report = read_report(pdf)
    assert (report.authority_code, report.urn) == ("E08000035", "80481")
    assert read_report(pdf, urn="80429").authority_code == "E08000025"  # Birmingham's provider page


# -- round trip: what make_report_pdf writes, read_report reads back -------------------------------

ALL_NONE = dict.fromkeys(JUDGEMENT_KEYS)
ROUND_TRIPS = [
    dict(
        authority_name="Manchester",
        framework="SIF",
        inspection_start="2014-06-02",
        inspection_end="2014-06-25",
        published="2014-09-04",
        lead_inspector="Ann Example",
        judgements=dict(
            overall_effectiveness="inadequate",
            impact_of_leaders="inadequate",
            help_and_protection="inadequate",
            children_in_care="requires improvement",
            care_leavers="requires improvement",
            adoption="good",
            lscb="inadequate",
        ),
    ),
    dict(
        authority_name="Surrey",
        framework="SIF re-inspection",
        inspection_start="2017-12-28",
        inspection_end="2018-01-19",
        published="2018-03-16",
        lead_inspector="Bob Example",
        judgements=dict(
            overall_effectiveness="requires improvement",
            impact_of_leaders="good",
            help_and_protection="requires improvement",
            children_in_care="good",
            care_leavers="outstanding",
            adoption=None,
            lscb=None,
        ),
    ),
    dict(
        authority_name="Kingston upon Hull",
        framework="ILACS standard",
        inspection_start="2019-01-07",
        inspection_end="2019-01-18",
        published="2019-03-01",
        lead_inspector="Cy Example",
        judgements=dict(
            ALL_NONE,
            overall_effectiveness="good",
            impact_of_leaders="outstanding",
            help_and_protection="good",
            children_in_care="requires improvement",
        ),
    ),
    dict(
        authority_name="Westmorland and Furness",
        framework="ILACS standard",
        inspection_start="2024-04-22",
        inspection_end="2024-05-03",
        published="2024-07-12",
        lead_inspector="Di Example",
        judgements=dict(
            ALL_NONE,
            overall_effectiveness="inadequate",
            impact_of_leaders="inadequate",
            help_and_protection="good",
            children_in_care="outstanding",
            care_leavers="requires improvement",
        ),
    ),
    dict(
        authority_name="Leeds",
        framework="ILACS short",
        inspection_start="2024-11-25",
        inspection_end="2024-11-29",
        published="2025-01-10",
        lead_inspector="Ed Example",
        judgements=dict(
            ALL_NONE,
            overall_effectiveness="outstanding",
            impact_of_leaders="outstanding",
            help_and_protection="good",
            children_in_care="outstanding",
            care_leavers="good",
        ),
    ),
    dict(
        authority_name="Trafford",
        framework="ILACS standard",
        inspection_start="2026-06-08",
        inspection_end="2026-06-19",
        published="2026-08-03",
        lead_inspector="Flo Example",
        judgements=dict(
            ALL_NONE,
            impact_of_leaders="inadequate",
            help_and_protection="inadequate",
            children_in_care="good",
            care_leavers="requires improvement",
        ),
    ),
    dict(
        authority_name="City of Bristol",
        framework=None,
        kind="focused visit",
        inspection_start="2019-06-05",
        inspection_end="2019-06-06",
        published="2019-07-01",
        lead_inspector="Gus Example",
        judgements=ALL_NONE,
    ),
    dict(
        authority_name="Sandwell",
        framework=None,
        kind="monitoring visit",
        inspection_start="2020-12-30",
        inspection_end="2021-01-02",
        published="2021-02-01",
        lead_inspector="Hal Example",
        judgements=ALL_NONE,
    ),
]


@pytest.mark.parametrize(
    "values",
    ROUND_TRIPS,
    ids=lambda v: f"{v.get('kind', 'inspection')}-{v['framework']}-{v['authority_name']}",
)
def test_round_trip(values: dict) -> None:
    report = read_report(make_report_pdf(**values), published=values["published"])
    assert {
        "authority_name": report.authority_name,
        "framework": report.framework,
        "inspection_start": report.inspection_start,
        "inspection_end": report.inspection_end,
        "published": report.published,
        "lead_inspector": report.lead_inspector,
        "judgements": report.judgements,
        "kind": report.kind,
    } == {"kind": "inspection", **values}
    overall = values["judgements"]["overall_effectiveness"]
    assert report.alerting() == (
        overall == "inadequate"
        or (
            overall is None
            and report.kind == "inspection"
            and "inadequate" in values["judgements"].values()
        )
    )


def test_generator_refuses_a_framework_the_dates_contradict() -> None:
    with pytest.raises(ValueError, match="days of fieldwork"):
        make_report_pdf(**dict(ROUND_TRIPS[4], framework="ILACS standard"))
    with pytest.raises(ValueError, match="unknown council"):
        make_report_pdf(**dict(ROUND_TRIPS[4], authority_name="Atlantis"))


# -- the kinds of text reports are written in (rules, not fits to the samples) --------------------

OFSTED_BACK = "\f © Crown copyright. Ofsted, the Office for Standards in Education, Children's Services and Skills."


def _read(*pages: str, **kw: str) -> InspectionReport:
    return read_text([*pages, OFSTED_BACK * 3], **kw)


def _assert_sif(report: InspectionReport, dates: tuple[str, str], **grades: str) -> None:
    """A SIF report with these inspection dates and these grades (the rest None)."""
    assert report.framework == "SIF"
    assert (report.inspection_start, report.inspection_end) == dates
    assert report.judgements == dict(ALL_NONE, **grades)


def test_sif_2015_wording_and_not_judged_adoption() -> None:
    page = (
        "1\nCity of London\nInspection of services for children in need of help and\nprotection, children looked after "
        "and care leavers\nInspection date: 28 December 2015 to 14 January 2016\nReport published: 4 March 2016\n"
        "The overall judgement is that children’s services require improvement\n"
        "1. Children who need help and protection Requires\nimprovement\n2. Children looked after and achieving\n"
        "permanence\nGood\n2.1 Adoption performance Not judged\n2.2 Experiences and progress of care leavers\nGood\n"
        "3. Leadership, management and governance Requires improvement\n"
    ) + "Narrative about the service. " * 20
    report = _read(page)
    assert report.authority_code == "E09000001"
    _assert_sif(
        report,
        ("2015-12-28", "2016-01-14"),
        overall_effectiveness="requires improvement",
        impact_of_leaders="requires improvement",
        help_and_protection="requires improvement",
        children_in_care="good",
        care_leavers="good",
    )


_SIF_ONE_LINE = (
    "{name} Inspection of services for children in need of help and protection, children looked after "
    "and care leavers and Review of the effectiveness of the local safeguarding children board 1 "
    "Inspection date: 12 January 2015 – 3 February 2015 Report published: 20 March 2015 "
    "The overall judgement is that children’s services are inadequate Some words on the service "
    "that mention Ofsted’s expectations. The judgements on areas of the service that contribute to "
    "overall effectiveness are: 1. Children who need help and protection Inadequate 2. Children "
    "looked after and achieving permanence Requires improvement 2.1 Adoption performance Good "
    "2.2 Experiences and progress of care leavers Requires improvement 3. Leadership, management "
    "and governance Inadequate 1 A footnote about the report."
)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_SIF_ONE_LINE.format(name="Derby City"), id="page on one line, 'X City'"),
        pytest.param(
            _SIF_ONE_LINE.format(name="Wigan Council"), id="page on one line, 'X Council'"
        ),
        pytest.param(
            _SIF_ONE_LINE.format(name="Wigan Council").replace(
                " Inspection date", "\nInspection date"
            ),
            id="name and title sharing a line",
        ),
    ],
)
def test_sif_title_run_into_the_councils_name(page: str) -> None:
    """A SIF report's title follows the council's name; when a page's line breaks are lost
    (or name and title share a line), the name runs straight into the title and the
    "Ofsted" in the page's sentences must not hide it (real renderings, tests/real_reports.py)."""
    report = _read(page + " Narrative about the service." * 10)
    assert report.authority_name in ("Derby", "Wigan")
    _assert_sif(
        report,
        ("2015-01-12", "2015-02-03"),
        overall_effectiveness="inadequate",
        impact_of_leaders="inadequate",
        help_and_protection="inadequate",
        children_in_care="requires improvement",
        care_leavers="requires improvement",
        adoption="good",
    )
    assert report.alerting()


def test_sif_headline_worded_otherwise() -> None:
    page = (
        "1\nLondon Borough of Sutton\nInspection of services for children in need of help and protection, children looked "
        "after and care leavers\nInspection date: 3 March 2014 – 26 March 2014\nReport published: 19 May 2014\n"
        "Services for children and young people in Sutton are judged to be good\n"
        "1. Children who need help and protection Good\n2. Children looked after and achieving permanence Good\n"
        "2.1 Adoption performance Outstanding\n2.2 Experiences and progress of care leavers Good\n"
        "3. Leadership, management and governance Good\n"
    ) + "Narrative about the service. " * 20
    report = _read(page)
    assert (report.judgements["overall_effectiveness"], report.judgements["adoption"]) == (
        "good",
        "outstanding",
    )


def test_ilacs_table_with_grades_before_labels_and_a_trust_title() -> None:
    page = (
        "Inspection of Sandwell Children’s Trust\nInspection dates: 3 to 14 October 2022\n"
        "Lead inspector: Ann Example, His Majesty’s Inspector\nJudgement Grade\nRequires improvement to be good\n"
        "The impact of leaders on social work practice with children and families\nInadequate\n"
        "The experiences and progress of children who need help and protection\nRequires improvement to be good\n"
        "The experiences and progress of children in care and care leavers\nInadequate\nOverall effectiveness\n"
        "Since the last inspection, when overall effectiveness was judged good, services have declined. "
    ) * 1
    report = _read(page + "More narrative. " * 30)
    assert (report.authority_code, report.framework) == ("E08000028", "ILACS standard")
    assert report.judgements == dict(
        ALL_NONE,
        impact_of_leaders="requires improvement",
        help_and_protection="inadequate",
        children_in_care="requires improvement",
        overall_effectiveness="inadequate",
    )
    assert report.alerting()


def test_ilacs_table_labels_then_grades() -> None:
    page = (
        "Inspection of Derby local authority children’s services\nInspection dates: 2 to 6 March 2020\n"
        "Lead inspector: Bo Example HMI\nJudgement\nThe impact of leaders on social work practice with children and families\n"
        "The experiences and progress of children who need help and protection\n"
        "The experiences and progress of children in care and care leavers\nOverall effectiveness\n"
        "Grade\nOutstanding\nGood\nGood\nGood\nServices for children in Derby are good. "
    ) + "Narrative. " * 40
    report = _read(page)
    assert (report.framework, report.lead_inspector) == ("ILACS short", "Bo Example")
    assert report.judgements == dict(
        ALL_NONE,
        impact_of_leaders="outstanding",
        help_and_protection="good",
        children_in_care="good",
        overall_effectiveness="good",
    )


LETTER_HEAD = "Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\nT 0300 123 1231\n12 July 2023\nDirector of Children’s Services\n"


@pytest.mark.parametrize(
    "kind, subject, dates",
    [
        (
            "focused visit",
            "Focused visit to Nottinghamshire County Council children’s services\nThis letter summarises the findings "
            "of the focused visit to Nottinghamshire children’s services on 6 and 7 June 2023.",
            ("2023-06-06", "2023-06-07"),
        ),
        (
            "monitoring visit",
            "Monitoring visit to Nottinghamshire children’s services\nThis letter summarises the findings of the "
            "monitoring visit to Nottinghamshire children’s services on 30 May to 1 June 2023.",
            ("2023-05-30", "2023-06-01"),
        ),
        (
            "JTAI",
            "Joint targeted area inspection of the multi-agency response to children at risk of criminal exploitation in "
            "Nottinghamshire\nBetween 5 and 9 June 2023, Ofsted, the Care Quality Commission and HMICFRS carried out a joint "
            "inspection.",
            ("2023-06-05", "2023-06-09"),
        ),
        (
            "area SEND",
            "Area SEND inspection of Nottinghamshire Local Area Partnership\nInspection dates: 5 to 9 June 2023\n"
            "Dates of previous inspection: 3 to 7 October 2019",
            ("2023-06-05", "2023-06-09"),
        ),
    ],
)
def test_ungraded_publications_never_read_a_grade(
    kind: str, subject: str, dates: tuple[str, str]
) -> None:
    body = (
        "\nAt the last inspection, in 2019, overall effectiveness was judged inadequate. The experiences and progress "
        "of children who need help and protection: requires improvement to be good. Children’s services in "
        "Nottinghamshire are good at listening. Leaders have improved practice. " * 3
    )
    report = _read(
        LETTER_HEAD + subject + body + "\nYours sincerely\nCara Example\nHis Majesty’s Inspector"
    )
    assert (report.kind, report.framework) == (kind, None)
    assert (report.authority_name, report.authority_code) == (
        "Nottinghamshire",
        "E10000024",
    )  # not Manchester, Ofsted's office
    assert (report.inspection_start, report.inspection_end) == dates
    assert report.judgements == ALL_NONE and not report.alerting()


def test_a_report_that_names_no_council_needs_its_urn() -> None:
    page = (
        "Inspection of the local authority children’s services\nInspection dates: 2 to 6 March 2020\n"
        "Judgement Grade\nThe impact of leaders on social work practice with children and families Good\n"
        "The experiences and progress of children who need help and protection Good\n"
        "The experiences and progress of children in care and care leavers Good\nOverall effectiveness Good\n"
    ) + "Text. " * 50
    with pytest.raises(ReportError, match="council could not be recognised"):
        _read(page)
    assert _read(page, urn="80459").authority_name == "Derby"


# -- bad input: a clear ReportError, fast ------------------------------------------------------------


def _raw_pdf(content: bytes, *, extra_trailer: bytes = b"") -> bytes:
    """A one-page PDF around an already compressed content stream (for hostile inputs)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        extra_trailer,
        xref,
    )
    return bytes(out)


def flate_bomb(
    total: int = 1 << 30, fill: bytes = b"(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj "
) -> bytes:
    """`total` bytes of content stream in about total/1000 bytes: one block compressed once, repeated."""
    block = fill * ((1 << 20) // len(fill))
    co = zlib.compressobj(9)
    first = co.compress(b"BT /F1 1 Tf 10 10 Td " + block) + co.flush(zlib.Z_FULL_FLUSH)
    again = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    return first + again * (total // len(block) - 1) + co.flush()


def _many_pages(count: int) -> bytes:
    doc = _Pages()
    for _ in range(count - 1):
        doc.new_page()
    return doc.pdf()


def _not_ofsted_pdf() -> bytes:
    doc = _Pages()
    doc.line("Riverside Borough Council newsletter", size=16, bold=True)
    for _ in range(6):
        doc.paragraph(
            "Our children's services team has opened a new family hub beside the library. Inspection of "
            "the new building by the fire service went well, and the leisure centre reopens in June."
        )
    return doc.pdf()


BAD_INPUTS = {
    "text file": (
        lambda: b"Manchester children's services were judged inadequate by Ofsted.\n" * 20,
        "not a PDF",
    ),
    "HTML page": (
        lambda: (
            b"<!doctype html><html><head><title>Ofsted report</title></head><body>%PDF-</body></html>"
        ),
        "not a PDF",
    ),
    "truncated PDF": (lambda: make_report_pdf(**ROUND_TRIPS[0])[:700], "broken|no text|no pages"),
    "not Ofsted": (_not_ofsted_pdf, "not an Ofsted report"),
    "encrypted": (
        lambda: _raw_pdf(
            zlib.compress(b"BT /F1 12 Tf 72 720 Td (Ofsted) Tj ET"),
            extra_trailer=(
                b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <"
                + b"11" * 32
                + b"> /U <"
                + b"22" * 32
                + b"> /P -44 >> "
                b"/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "
            ),
        ),
        "encrypted",
    ),
    "too many pages": (lambda: _many_pages(MAX_PAGES + 1), "pages"),
    "flate bomb": (lambda: _raw_pdf(flate_bomb()), "memory|died|characters|timed out"),
    "empty": (lambda: b"", "not a PDF"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_gives_report_error(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pdf_text, "MEMORY_BUDGET", 256 * 1024 * 1024
    )  # the bomb hits the limit sooner (the child is forked)
    make, reason = BAD_INPUTS[name]
    with pytest.raises(ReportError, match=reason):
        read_report(make(), timeout=20)


def test_a_reader_that_takes_too_long_is_stopped() -> None:
    with pytest.raises(ReportError, match="timed out"):
        read_report(make_report_pdf(**ROUND_TRIPS[0]), timeout=0.0001)


def test_not_bytes() -> None:
    with pytest.raises(ReportError, match="bytes"):
        read_report("a path, not the file")  # type: ignore[arg-type]


# -- sectorwatch analyse REPORT.pdf --------------------------------------------------------------


def test_analyse_prints_reports_and_reports_bad_files(tmp_path: Path) -> None:
    import json

    from tests.helpers import invoke

    good = tmp_path / "trafford.pdf"
    good.write_bytes(make_report_pdf(**ROUND_TRIPS[5]))
    named_otherwise = tmp_path / "report.bin"  # a PDF by its first bytes, whatever its name
    named_otherwise.write_bytes(make_report_pdf(**ROUND_TRIPS[6]))
    fake = tmp_path / "fake.pdf"
    fake.write_text("<html><body>Not found</body></html>", encoding="utf-8")
    other = tmp_path / "newsletter.pdf"
    other.write_bytes(_not_ofsted_pdf())
    result = invoke("analyse", "--jsonl", str(fake), str(good), str(other), str(named_otherwise))
    assert result.exit_code == 1, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["path"] for p in printed] == [str(good), str(named_otherwise)]
    trafford, visit = printed
    assert trafford["kind"] == "inspection_report" and trafford["publication_type"] == "inspection"
    assert trafford["authority"] == {"name": "Trafford", "code": "E08000009"}
    assert (trafford["framework"], trafford["inspection_start"], trafford["inspection_end"]) == (
        "ILACS standard",
        "2026-06-08",
        "2026-06-19",
    )
    assert trafford["judgements"] == ROUND_TRIPS[5]["judgements"] and trafford["alert"] is True
    assert (visit["publication_type"], visit["framework"], visit["alert"]) == (
        "focused visit",
        None,
        False,
    )
    assert set(visit["judgements"]) == set(JUDGEMENT_KEYS) and not any(visit["judgements"].values())
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {fake}: not a PDF (an HTML or XML page)",
        f"error: {other}: not an Ofsted report (no mention of Ofsted or His/Her Majesty's Inspectors)",
    ]


# -- dates as the reports write them ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, before, expected",
    [
        ("18 March 2014 – 09 April 2014", None, ("2014-03-18", "2014-04-09", 23)),
        ("29 April – 22 May 2014", None, ("2014-04-29", "2014-05-22", 24)),
        ("19 November–30 November 2018", None, ("2018-11-19", "2018-11-30", 12)),
        ("5 to 9 December 2022 and 14 to 15 February 2023", None, ("2022-12-05", "2023-02-15", 7)),
        (
            "8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019",
            None,
            ("2019-07-08", "2019-08-08", 7),
        ),
        ("28 December 2015 to 8 January 2016", None, ("2015-12-28", "2016-01-08", 12)),
        ("28 December to 8 January", "2016-03-01", ("2015-12-28", "2016-01-08", 12)),
        ("15 to 26 November", "2019-01-10", ("2018-11-15", "2018-11-26", 12)),
        ("3 to 7 June 20 24", None, ("2024-06-03", "2024-06-07", 5)),
        (
            "12 to 23 January 2026\n1\n",
            None,
            ("2026-01-12", "2026-01-23", 12),
        ),  # a page number after the dates
        ("15 to 26 November", None, None),
    ],
)
def test_date_spans(text: str, before: str | None, expected: tuple | None) -> None:
    from datetime import date

    from pipelines.report_dates import parse_span

    span = parse_span(text, date.fromisoformat(before) if before else None)
    if expected is None:
        assert span is None
    else:
        assert (span.start.isoformat(), span.end.isoformat(), span.days) == expected


def test_real_reports_harness_turns_a_rendering_into_pages() -> None:
    """tests/real_reports.py's rules about doc-sharing sites (their chrome, their summary copy,
    their page markers), on a made-up rendering; they look at the sites, never the reader."""
    from tests.real_reports import half, pages_of

    rendering = (
        "URL: https://pdfslide.example/documents/a-report.html\n30\n"
        "Short summary copy of page one.\n\nA Council - Ofsted · site description\n\n"
        "Embed Size (px)\n\nCitation preview\n\n1\n\nFirst page, first line\n\nfirst page, more\n\n"
        "2\n\nSecond page text\n"
    )
    assert pages_of(rendering) == ["First page, first line\n\nfirst page, more", "Second page text"]
    transcript = (
        "URL: https://x.example/d\n+ All Categories\nPage 1: chrome\nOne\nPage 2: chrome\nTwo\n"
    )
    assert pages_of(transcript) == ["One", "Two"]
    assert half("https://a.example/1") in ("study", "check")
