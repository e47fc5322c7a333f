"""News weighed against Ofsted's record (crawler/alerts/record.py), one verdict at a time."""

import datetime as dt

import pytest

from crawler.alerts.record import Record, weigh_analysis

SOMERSET, SOMERSET_CC = (
    "E06000066",
    "E10000027",
)  # the county council's reports are filed under its successor


def inspection(published, inadequate=True, id_=1):
    return {
        "id": id_,
        "published": published,
        "any_inadequate": int(inadequate),
        "report_url": f"https://files.example/{id_}",
    }


@pytest.fixture
def record():
    return Record(
        {SOMERSET: [inspection("2015-03-27"), inspection("2018-01-29", False, 2)]},
        until=dt.date(2026, 8, 20),
    )


@pytest.mark.parametrize(
    "reported_on, status",
    [
        ("2015-03-27", "confirmed"),  # the day of the report
        ("2015-02-20", "confirmed"),  # the council's statement, weeks before the PDF
        ("2015-04-20", "confirmed"),  # coverage in the weeks after
        ("2015-03", "confirmed"),  # a month without its day
        ("2015-09-01", "historical"),  # a follow-up months later
        ("2018-01-30", "contradicted"),  # the report then was not inadequate
        ("2021-05-01", "absent"),  # nothing then, and the record is complete well past it
        ("2026-08-01", "pending"),  # ahead of the record: provisional
        (None, "unknown"),
    ],
)
def test_verdicts(record, reported_on, status):
    assert record.verdict(SOMERSET, reported_on).status == status


def test_a_former_council_is_looked_up_under_its_successor(record):
    assert record.verdict(SOMERSET_CC, "2015-03-30").status == "confirmed"


def test_a_council_the_record_does_not_know_is_left_to_the_text(record):
    assert record.verdict("E10000021", "2019-03-01").status == "unknown"


def analysis(alert, published="2015-03-28", current=True):
    judgement = {
        "code": SOMERSET,
        "grade": "inadequate",
        "subject": "children's services",
        "current": current,
        "alert": alert,
    }
    return {"published": published, "alert": alert, "judgements": [judgement]}


def test_the_record_silences_a_follow_up_the_text_took_for_news(record):
    result = weigh_analysis(analysis(True, "2015-10-01"), record)
    assert result["alert"] is False and result["judgements"][0]["current"] is False


def test_the_record_confirms_a_rating_the_wording_hid(record):
    result = weigh_analysis(analysis(False, current=False), record)
    assert result["alert"] is True and result["alert_status"] == "confirmed"
    assert result["judgements"][0]["record"]["report_url"] == "https://files.example/1"


@pytest.mark.parametrize("published", ["2015-04-20", "2015-03"])
def test_coverage_weeks_after_the_report_is_not_its_news_unless_worded_so(record, published):
    # Three weeks on (or dated only to the month), an article that does not call the rating
    # new is coverage (a scrutiny meeting, a new director): the record confirms the rating,
    # but the article is not the news of it.
    result = weigh_analysis(analysis(False, published, current=False), record)
    assert result["alert"] is False
    assert result["judgements"][0]["record"]["verdict"] == "confirmed"
    assert weigh_analysis(analysis(True, published), record)["alert"] is True


def test_news_ahead_of_the_record_is_provisional(record):
    assert weigh_analysis(analysis(True, "2026-08-10"), record)["alert_status"] == "provisional"


def test_a_welsh_or_scottish_council_is_never_ofsteds_to_rate():
    cardiff = "W06000015"
    record = Record({}, until=dt.date(2026, 8, 20), outside_england=frozenset({cardiff}))
    assert record.verdict(cardiff, "2026-08-01").status == "not_ofsted"
    assert not record.verdict(cardiff, "2026-08-01").alerts


def test_a_rating_the_text_dates_years_before_the_report_is_not_its_news(record):
    # "rated inadequate in 2011", in the week of the 2015 report: the earlier rating named
    # as background, not the news of the report the record has.
    result = analysis(False, "2015-03-24", current=False)
    result["judgements"][0]["year"] = 2011
    result = weigh_analysis(result, record)
    assert result["alert"] is False and result["judgements"][0]["current"] is False


def test_a_rating_worded_as_news_keeps_its_confirmation_whatever_year_the_text_gives(record):
    # "inadequate for the first time since 2011": the year is another rating's.
    result = analysis(True, "2015-03-24")
    result["judgements"][0]["year"] = 2011
    assert weigh_analysis(result, record)["alert_status"] == "confirmed"


@pytest.mark.parametrize("year", [None, 2014, 2015])
def test_a_rating_of_the_reports_year_or_its_inspections_is_its_news(record, year):
    result = analysis(False, "2015-03-24", current=False)
    result["judgements"][0]["year"] = year
    assert weigh_analysis(result, record)["alert_status"] == "confirmed"


def test_a_council_abolished_long_before_the_article_has_no_news_left(record):
    # Northamptonshire County Council (split in two on 2021-04-01): the record has nothing
    # filed for it; before its end the text decides, a year after it no report can be new.
    assert record.verdict("E10000021", "2021-06-01").status == "unknown"
    assert record.verdict("E10000021", "2022-06-01").status == "historical"
    assert not record.verdict("E10000021", "2022-06-01").alerts


def test_a_merged_councils_predecessor_is_left_to_the_text_before_the_merger():
    # Bournemouth (E06000028) is filed under BCP (E06000058, from 2019-04-01), whose reports
    # begin after it: the record holds none of Bournemouth's own, so it cannot say a 2016
    # article's rating is absent. After the merger, BCP's record decides as usual.
    bournemouth, bcp = "E06000028", "E06000058"
    record = Record({bcp: [inspection("2021-11-19", False)]}, until=dt.date(2026, 8, 20))
    assert record.verdict(bournemouth, "2016-05-01").status == "unknown"
    assert record.verdict(bcp, "2023-05-01").status == "absent"


def test_a_successor_the_record_follows_back_is_weighed_as_usual(record):
    # Somerset County Council's 2015 report is filed under Somerset Council (from 2023).
    assert record.verdict(SOMERSET_CC, "2016-02-01").status == "historical"
    assert record.verdict(SOMERSET_CC, "2021-05-01").status == "absent"


def unread(text, published="2015-03-28", judgements=(), code=SOMERSET):
    """An article in which the reader found the council but read no rating of it."""
    return {
        "published": published,
        "text": text,
        "authorities": [{"name": "Somerset", "code": code}],
        "judgements": list(judgements),
        "alert": False,
    }


def test_the_record_names_the_rating_the_reader_missed(record):
    # "'INADEQUATE' help for the county's children has drawn criticism...": the reader ties
    # the word to no council; the article came out with the council's inadequate report.
    result = weigh_analysis(unread("'INADEQUATE' help for children in Somerset"), record)
    assert result["alert"] is True and result["alert_status"] == "confirmed"
    assert result["record"][0]["report_url"] == "https://files.example/1"


@pytest.mark.parametrize(
    "text, published",
    [
        ("'INADEQUATE' help for children in Somerset", "2015-09-01"),  # months later
        ("'INADEQUATE' help for children in Somerset", "2015-03"),  # not dated to the day
        ("Somerset's children's services and the Ofsted report", "2015-03-28"),  # no word
    ],
)
def test_no_missed_rating_without_the_word_on_the_reports_days(record, text, published):
    assert weigh_analysis(unread(text, published), record)["alert"] is False


def test_a_word_the_reader_gave_a_school_is_not_the_councils(record):
    school = {"code": None, "grade": "inadequate", "subject": "school", "alert": False}
    result = weigh_analysis(unread("An academy judged inadequate", judgements=[school]), record)
    assert result["alert"] is False and "record" not in result


def test_a_safeguarding_boards_rating_leaves_the_word_to_the_council(record):
    # "The local safeguarding children board was also judged inadequate": the reader's
    # catch-all subject, not another body's service; the council's own rating was missed.
    board = {"code": None, "grade": "inadequate", "subject": "other", "alert": False}
    result = weigh_analysis(unread("judged inadequate", judgements=[board]), record)
    assert result["alert_status"] == "confirmed"


def test_a_welsh_council_has_no_missed_rating():
    newport = "W06000022"
    record = Record(
        {newport: [inspection("2019-03-18")]},
        until=dt.date(2026, 8, 20),
        outside_england=frozenset({newport}),
    )
    result = weigh_analysis(
        unread("'INADEQUATE' record-keeping", "2019-03-20", code=newport), record
    )
    assert result["alert"] is False


@pytest.mark.parametrize("overall, alerts", [("inadequate", False), (None, True)])
def test_an_area_not_called_new_alerts_only_by_a_report_without_an_overall_grade(overall, alerts):
    # In the week of a report inadequate overall, its news is the overall rating: an area
    # "inadequate" alone (a school's leadership given to the council) is no evidence. Under
    # the April 2026 framework (no overall grade) an inadequate area is the report's verdict.
    report = inspection("2026-06-17") | {"overall_effectiveness": overall}
    record = Record({SOMERSET: [report]}, until=dt.date(2026, 8, 20))
    result = analysis(False, "2026-06-18", current=False)
    result["judgements"][0]["subject"] = "leadership"
    assert weigh_analysis(result, record)["alert"] is alerts


def test_the_record_batch_alerts_right_against_the_bundled_record():
    # tests/constructed/record/ (r001-r033), tagged as `make eval` tags them and weighed as
    # `sectorwatch analyse` weighs them: every alert right.
    from pathlib import Path

    from nlp.pipeline import get_nlp
    from tests.evaluate import _load_local, predict, with_record

    nlp = get_nlp()
    rows = _load_local([Path(__file__).parent / "constructed" / "record"])
    wrong = [r["id"] for r in rows if with_record(r, predict(nlp, r))["alert"] != r["alert"]]
    assert len(rows) >= 33 and wrong == []
