"""Headlines in Title Case or capitals (nlp/truecase.py) read as the body writes their words.

Measured on the corpus's `dev` split with every headline put in Title Case: alerts F1 fell
from 0.955 to 0.925 before this, and stays at 0.955 with it (see the module's docstring).
The texts below are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.pipeline import tag_text
from nlp.truecase import headline_only, truecase_headline

BODY = (
    "\n\nThe rating follows a three-week inspection in March, and the report was published on "
    "Tuesday. Sefton Council said it was disappointed and would act on every recommendation "
    "the inspectors made during the visit."
)


def test_a_title_case_headline_takes_the_bodys_case_and_keeps_its_length() -> None:
    text = "Inspectors Rate Sefton Children's Services Inadequate After The Visit" + BODY
    out = truecase_headline(text)
    assert len(out) == len(text)
    # ("Children's Services" stays: the body does not write it, and such words name bodies too)
    assert out.startswith("Inspectors rate Sefton Children's Services inadequate after the visit")
    assert out.endswith(BODY)


def test_a_headline_in_capitals_takes_the_bodys_case() -> None:
    text = "INSPECTORS RATE SEFTON COUNCIL INADEQUATE" + BODY
    assert truecase_headline(text).startswith("Inspectors rate Sefton Council inadequate")


@pytest.mark.parametrize(
    "headline",
    [
        "Inspectors rate Sefton children's services inadequate",  # sentence case already
        "Sefton Inadequate",  # too short to tell
        "",
    ],
)
def test_other_headlines_are_left_alone(headline: str) -> None:
    assert truecase_headline(headline + BODY) == headline + BODY


def test_a_name_the_body_gives_is_a_name_and_capitalised_verbs_are_not() -> None:
    text = "Councillors Told Of Progress As Maria Okafor Starts" + (
        "\n\nThe new director, Maria Okafor, began work on Monday, the committee heard."
    )
    assert headline_only("Told", text)
    assert not headline_only("Maria Okafor", text)
    assert not headline_only("Told", "Councillors told of progress" + BODY)
    # a verb run into a place the body does name is still no person
    assert headline_only("Praises Sefton", "Watchdog Praises Sefton Over Fostering" + BODY)
    # a name the body writes in capitals, or glued to a title, backs it
    glued = "New Director For Sefton Children's Services" + (
        "\n\nCouncillorRuth Adeyemi, who chairs the panel, said MARIA Okafor starts in May."
    )
    assert not headline_only("Maria Okafor", glued)
    assert not headline_only("Ruth Adeyemi", glued)


@pytest.mark.parametrize(
    "headline",
    [
        "Inspectors Rate Sefton Children's Services Inadequate After Spring Visit",
        "INSPECTORS RATE SEFTON CHILDREN'S SERVICES INADEQUATE AFTER SPRING VISIT",
    ],
)
def test_a_rating_told_only_by_a_styled_headline_alerts(either_nlp, headline: str) -> None:
    tags = tag_text(either_nlp, headline + BODY, published="2024-05-10")
    assert tags["alert"]
    assert [(j["code"], j["grade"], j["current"]) for j in tags["judgements"]] == [
        ("E08000014", "inadequate", True)
    ]
    # the evidence is quoted as the article wrote it
    assert tags["judgements"][0]["evidence"] == headline


def test_capitalised_headline_verbs_are_no_people(either_nlp) -> None:
    text = "Councillors Told Of Progress On Children's Services Plan" + (
        "\n\nMembers of Dudley Council's scrutiny committee heard on Monday that social workers "
        "now see children at risk within a week."
    )
    assert tag_text(either_nlp, text, published="2024-05-10")["people"] == []


def test_a_bodys_name_in_capitals_is_read_as_written_elsewhere() -> None:
    from nlp.truecase import truecase_names

    text = "Last year an OFSTED visit found CAFCASS staff stretched; the SEND review went on."
    assert truecase_names(text) == (
        "Last year an Ofsted visit found Cafcass staff stretched; the SEND review went on."
    )
