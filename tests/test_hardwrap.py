"""Hard-wrapped text (nlp/hardwrap.py): wraps read as spaces, everything else left alone.

Community Care's older archive pages, some blogs and e-mailed statements come wrapped at a
fixed width; the tagger treats a line break as a sentence's end, so a rating split over two
lines was lost. The texts here are written for these tests.
"""

from __future__ import annotations

from nlp.hardwrap import is_hard_wrapped, unwrap
from nlp.pipeline import tag_text

WRAPPED = """Council vows to act on damning report

Inspectors from Ofsted have rated the children's services run by
Sefton Council as inadequate, in a report published on Tuesday
after a three-week visit in the spring.
Picture: Sam Reed
The report said that social workers in the borough carried high
caseloads and that managers had not
checked on children at risk often enough.
The council's director of children's services, Helen
Marsh, said the authority accepted every finding.
"""

ONE_PARAGRAPH_PER_LINE = """Ofsted rates Sefton children's services inadequate
Inspectors found children at risk were not seen often enough.
social workers said caseloads were too high, the report noted.
The council said it accepted the findings.
"""

AGENDA = """Scrutiny panel: children's services budget

Minutes:
a) The panel noted the position at the end of the quarter;
b) placements had cost more than planned;
i. fostering recruitment;
ii. the new residential homes.
"""


def test_a_wrapped_text_is_joined_at_its_wraps_and_keeps_its_length() -> None:
    joined = unwrap(WRAPPED)
    assert len(joined) == len(WRAPPED)  # offsets into the text stay valid
    assert "run by Sefton Council as inadequate" in joined
    assert "Helen Marsh" in joined
    # a line ending its sentence keeps its break; the headline and paragraphs keep theirs
    assert "spring.\nPicture: Sam Reed\nThe report" in joined  # a short line is a line

    assert joined.startswith("Council vows to act on damning report\n\n")


def test_texts_that_are_not_wrapped_come_out_unchanged() -> None:
    # one line that carries on in lower case is no wrapped text; nor is a list of items
    assert not is_hard_wrapped(ONE_PARAGRAPH_PER_LINE)
    assert unwrap(ONE_PARAGRAPH_PER_LINE) == ONE_PARAGRAPH_PER_LINE
    assert unwrap(AGENDA) == AGENDA
    assert unwrap("") == ""
    assert unwrap("A headline only") == "A headline only"


def test_a_rating_and_a_name_split_by_wraps_are_read(nlp) -> None:
    tags = tag_text(nlp, WRAPPED, published="2024-05-10")
    assert tags["alert"]
    assert [(j["code"], j["grade"], j["current"]) for j in tags["judgements"]] == [
        ("E08000014", "inadequate", True)
    ]
    assert [p["name"] for p in tags["people"]] == ["Helen Marsh"]
