"""The five seed articles are the product's ground truth: every fact of their README, always."""

import pytest

from tests.evaluate import MEASURES, evaluate, load_set


@pytest.fixture(scope="module")
def seed_scores(nlp):
    return evaluate(nlp, load_set("seeds"))


@pytest.mark.parametrize("measure", MEASURES)
def test_seed_facts_are_all_right(seed_scores, measure):
    score = seed_scores[measure]
    assert (score.fp, score.fn) == (0, 0), score.line(measure)


def test_the_reader_comment_in_002_is_no_judgement(nlp):
    from nlp.pipeline import tag_text

    comment = "Why does it take an inadequate inspection to result in a 40% increase in frontline social workers."
    assert (
        tag_text(nlp, "Manchester City Council children's services.\n\n" + comment)["judgements"]
        == []
    )


def test_livingstone_alone_is_mike_livingstone(nlp):
    from nlp.pipeline import tag_text
    from tests.helpers import SEEDS

    text = (SEEDS / "004_b958e29444c26e2d.txt").read_text(encoding="utf-8")
    people = tag_text(nlp, text)["people"]
    assert [p["name"] for p in people] == ["Mike Livingstone"]
