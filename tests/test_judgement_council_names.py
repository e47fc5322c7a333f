"""A rating reads the same whatever the council's name is like (found by swapping names:
tests/perturb_councils.py). The parser splits a name at a word inside it ("Kingston upon
Thames", "Stockton-on-Tees", "Isle of Wight"), and the rated phrase then began at the name's
first word, so a council's fostering service was read as its children's services. The texts
are written for these tests."""

from __future__ import annotations

import pytest

from nlp.pipeline import tag_text

NAMES = {
    "Tameside Council": "E08000008",
    "Kingston upon Thames Council": "E09000021",
    "Newcastle upon Tyne City Council": "E08000021",
    "Stockton-on-Tees Borough Council": "E06000004",
    "Isle of Wight Council": "E06000046",
    "Bath and North East Somerset Council": "E06000022",
}


@pytest.mark.parametrize("name", NAMES)
def test_a_councils_service_is_rated_as_that_service_whatever_the_name(either_nlp, name) -> None:
    own = tag_text(
        either_nlp,
        f"{name}'s fostering service has been rated inadequate by Ofsted.",
        published="2024-05-10",
    )
    assert not own["alert"]
    assert all(j["subject"] != "children's services" for j in own["judgements"])
    services = tag_text(
        either_nlp,
        f"{name}'s children's services have been rated inadequate by Ofsted, in a report "
        "published on Tuesday.",
        published="2024-05-10",
    )
    assert services["alert"]
    assert [(j["code"], j["subject"]) for j in services["judgements"]] == [
        (NAMES[name], "children's services")
    ]
