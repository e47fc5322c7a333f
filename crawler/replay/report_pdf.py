"""PDFs in the layout of Ofsted's reports, with text the project wrote itself.

For the local replica of the reports site, the demo and the tests: real reports are Crown
copyright and stay in ../shared, so the replica serves these. The layout follows the real
ones (../shared/OFSTED.md section 4): a SIF report's page 1 (council, title, "Inspection
date:", "Report published:", headline sentence, numbered list, LSCB sentence), an ILACS
report's page 1 (title, "Inspection dates:", "Lead inspector:", the "Judgement Grade" table
with labels wrapping over two lines and its rows as the inspection date decides), a focused
or monitoring visit letter; narrative pages and Ofsted's back page follow.

The PDF itself is written here (about a hundred lines: Helvetica, WinAnsi text, Flate
streams), so the project needs no PDF-writing dependency; PDFium reads it like a real one.
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import date

from pipelines.report_reader import JUDGEMENT_KEYS, SHORT_ILACS_MAX_DAYS, _authorities

PAGE_W, PAGE_H, MARGIN = 595, 842, 56
GRADE_WORDS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires improvement": "Requires improvement to be good",
    "inadequate": "Inadequate",
    None: "Not judged",
}
ILACS_LABELS = {
    "impact_of_leaders": "The impact of leaders on social work practice with children and families",
    "help_and_protection": "The experiences and progress of children who need help and protection",
    "children_in_care": "The experiences and progress of children in care",
    "combined": "The experiences and progress of children in care and care leavers",
    "care_leavers": "The experiences and progress of care leavers",
    "overall_effectiveness": "Overall effectiveness",
}
NARRATIVE = [
    "Inspectors met children, young people, parents and carers, and spoke with social workers, managers and "
    "partner agencies. They looked at the records of the help and care that children receive.",
    "Most children are seen regularly by social workers who know them well. Where practice is weaker, plans lack "
    "clear timescales and some children wait too long for decisions about their future.",
    "Senior leaders have a clear view of the service. At the previous inspection, services were judged to be "
    "requires improvement to be good; the areas identified then have been the focus of the improvement plan.",
    "Care leavers told inspectors that their personal advisers keep in touch and help them with housing, "
    "education and work. Some would like more help to understand their health histories.",
]


# -- a minimal PDF writer ------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class _Pages:
    """Lines of text placed top to bottom, a new page when one is full."""

    def __init__(self) -> None:
        self.pages: list[list[bytes]] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - MARGIN
        number = str(len(self.pages))
        self.pages[-1].append(
            b"BT /F1 9 Tf %d %d Td %s Tj ET" % (PAGE_W // 2, 30, _pdf_string(number))
        )

    def line(
        self,
        text: str,
        *,
        size: float = 11,
        bold: bool = False,
        x: float = MARGIN,
        advance: bool = True,
    ) -> None:
        if self.y < MARGIN + size:
            self.new_page()
        font = b"/F2" if bold else b"/F1"
        self.pages[-1].append(
            b"BT %s %.1f Tf %.1f %.1f Td %s Tj ET" % (font, size, x, self.y, _pdf_string(text))
        )
        if advance:
            self.y -= size * 1.45

    def paragraph(
        self, text: str, *, size: float = 11, bold: bool = False, width: int = 88
    ) -> None:
        for part in textwrap.wrap(text, width=width):
            self.line(part, size=size, bold=bold)
        self.y -= size * 0.6

    def pdf(self) -> bytes:
        objects: list[bytes] = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"",  # the page tree, once the pages' numbers are known
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ]
        kids = []
        for content in self.pages:
            stream = zlib.compress(b"\n".join(content))
            objects.append(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                % (len(stream), stream)
            )
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"
                % (PAGE_W, PAGE_H, len(objects))
            )
            kids.append(b"%d 0 R" % len(objects))
        objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1,
            xref,
        )
        return bytes(out)


# -- the reports' layout ------------------------------------------------------------------------


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def _range(start: str, end: str) -> str:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    if a == b:
        return _day(start)
    if a.year != b.year:
        return f"{_day(start)} to {_day(end)}"
    if a.month != b.month:
        return f"{a.day} {a:%B} to {_day(end)}"
    return f"{a.day} to {_day(end)}"


def _official_name(name: str) -> str:
    if any(a.name == name for a in _authorities()[0].values()):
        return name
    raise ValueError(
        f"unknown council {name!r}: use a `name` from nlp/data/uk_childrens_services_authorities.csv"
    )


def _back_page(doc: _Pages, year: int) -> None:
    doc.new_page()
    doc.paragraph(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects "
        "to achieve excellence in the care of children and young people, and in education and skills for "
        "learners of all ages."
    )
    doc.paragraph(
        "This publication is available at https://www.gov.uk/government/organisations/ofsted."
    )
    doc.paragraph(f"© Crown copyright {year}")


def _sif(
    doc: _Pages,
    name: str,
    framework: str,
    start: str,
    end: str,
    published: str | None,
    lead: str,
    judgements: dict[str, str | None],
) -> None:
    doc.line(name, size=16, bold=True)
    verb = "Re-inspection" if framework == "SIF re-inspection" else "Inspection"
    doc.paragraph(
        f"{verb} of services for children in need of help and protection, children looked after and care leavers",
        size=14,
        bold=True,
        width=60,
    )
    if framework == "SIF":
        doc.paragraph(
            "and Review of the effectiveness of the Local Safeguarding Children Board",
            size=14,
            bold=True,
            width=60,
        )
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    doc.line(f"Inspection date: {a.day} {a:%B %Y} – {b.day} {b:%B %Y}")
    if published:
        doc.line(f"Report published: {_day(published)}")
    overall = judgements.get("overall_effectiveness")
    if overall:
        verb = (
            "require improvement to be good"
            if overall == "requires improvement"
            else f"are {overall}"
        )
        doc.paragraph(f"Children’s services in {name} {verb}", size=13, bold=True)
    items = (
        ("1. Children who need help and protection", "help_and_protection"),
        ("2. Children looked after and achieving permanence", "children_in_care"),
        ("2.1 Adoption performance", "adoption"),
        ("2.2 Experiences and progress of care leavers", "care_leavers"),
        ("3. Leadership, management and governance", "impact_of_leaders"),
    )
    for label, key in items:
        doc.line(label, advance=False)
        doc.line(GRADE_WORDS[judgements.get(key)], x=360)
    if judgements.get("lscb"):
        doc.y -= 8
        lscb = judgements["lscb"]
        doc.line(
            f"The effectiveness of the Local Safeguarding Children Board (LSCB) is {lscb}",
            bold=True,
        )
    doc.new_page()
    for paragraph in NARRATIVE:
        doc.paragraph(paragraph)
    doc.line("The inspection team", bold=True)
    doc.line(f"Lead inspector: {lead}")


def _ilacs(
    doc: _Pages, name: str, start: str, end: str, lead: str, judgements: dict[str, str | None]
) -> None:
    for part in textwrap.wrap(
        f"Inspection of {name} local authority children’s services", width=38
    ):
        doc.line(part, size=20, bold=True)
    doc.y -= 6
    doc.line(f"Inspection dates: {_range(start, end)}")
    doc.line(f"Lead inspector: {lead}, His Majesty’s Inspector")
    doc.y -= 8
    doc.line("Judgement", bold=True, advance=False)
    doc.line("Grade", bold=True, x=360)
    rows = ["impact_of_leaders", "help_and_protection"]
    rows += (
        ["combined"]
        if judgements.get("care_leavers") is None
        else ["children_in_care", "care_leavers"]
    )
    rows += ["overall_effectiveness"] if judgements.get("overall_effectiveness") else []
    for row in rows:
        value = judgements["children_in_care" if row == "combined" else row]
        for part in textwrap.wrap(ILACS_LABELS[row], width=44):
            doc.line(part)
        doc.y += 11 * 1.45
        doc.line(GRADE_WORDS[value], x=360)
        doc.y -= 4
    doc.y -= 8
    for paragraph in NARRATIVE:
        doc.paragraph(paragraph)


def _letter(doc: _Pages, name: str, kind: str, start: str, end: str, lead: str) -> None:
    doc.line("Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", size=9)
    doc.y -= 10
    doc.line("Director of Children’s Services")
    doc.y -= 10
    doc.line("Dear Director")
    title = "Focused visit" if kind == "focused visit" else "Monitoring visit"
    doc.paragraph(f"{title} to {name} children’s services", size=13, bold=True)
    days = _range(start, end)
    if (
        date.fromisoformat(end) - date.fromisoformat(start)
    ).days == 1:  # letters write "5 and 6 June 2019"
        days = days.replace(" to ", " and ", 1)
    doc.paragraph(
        f"This letter summarises the findings of the {kind} to {name} children’s services on {days}."
    )
    doc.paragraph(
        "At the previous inspection, services were judged to be inadequate. This visit looked at the "
        "arrangements for children in need and for children subject to a child protection plan."
    )
    for paragraph in NARRATIVE[:2]:
        doc.paragraph(paragraph)
    doc.line("Yours sincerely")
    doc.y -= 8
    doc.line(lead)
    doc.line("His Majesty’s Inspector")


def make_report_pdf(
    *,
    authority_name: str,
    framework: str | None,
    inspection_start: str,
    inspection_end: str,
    published: str | None,
    lead_inspector: str,
    judgements: dict[str, str | None],
    kind: str = "inspection",
) -> bytes:
    """A report PDF in Ofsted's layout that `read_report` reads back as these values.

    `authority_name` is a council's `name` in nlp/data/uk_childrens_services_authorities.csv.
    For ILACS, the days of fieldwork must fit the framework as the reader infers it (up to 7
    days: short); care_leavers None gives the combined row, overall None no overall row.
    Kinds other than "inspection" ("focused visit", "monitoring visit") are ungraded letters.
    """
    name = _official_name(authority_name)
    unknown = set(judgements) - set(JUDGEMENT_KEYS)
    if unknown:
        raise ValueError(f"unknown judgement keys: {sorted(unknown)}")
    doc = _Pages()
    if kind != "inspection":
        if kind not in ("focused visit", "monitoring visit"):
            raise ValueError(
                f"kind {kind!r}: generated letters are 'focused visit' or 'monitoring visit'"
            )
        _letter(doc, name, kind, inspection_start, inspection_end, lead_inspector)
    elif framework in ("SIF", "SIF re-inspection"):
        _sif(
            doc,
            name,
            framework,
            inspection_start,
            inspection_end,
            published,
            lead_inspector,
            judgements,
        )
    elif framework in ("ILACS short", "ILACS standard"):
        days = (date.fromisoformat(inspection_end) - date.fromisoformat(inspection_start)).days + 1
        if (days <= SHORT_ILACS_MAX_DAYS) != (framework == "ILACS short"):
            raise ValueError(
                f"{framework} with {days} days of fieldwork: the reader infers short for up to "
                f"{SHORT_ILACS_MAX_DAYS} days, standard for more"
            )
        _ilacs(doc, name, inspection_start, inspection_end, lead_inspector, judgements)
    else:
        raise ValueError(
            f"framework {framework!r} is not one of SIF, SIF re-inspection, ILACS standard, ILACS short"
        )
    _back_page(doc, date.fromisoformat(published or inspection_end).year)
    return doc.pdf()
