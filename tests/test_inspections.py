"""Ofsted's record in SQLite (crawler/inspections.py) on a real database file: seeding the
bundled history, storing reports the crawl reads, and what the alerts read from it."""

from __future__ import annotations

import dataclasses

import pytest

from crawler.alerts.details import CONFIRMED, NOT_YET, official_check, previous_grade
from crawler.db import open_db
from crawler.inspections import (
    grade,
    inspections_near,
    known_report_urls,
    latest_full_inspection,
    seed_bundled,
    store_inspection,
)

MANCHESTER, TRAFFORD = "E08000003", "E08000009"
MANCHESTER_2014 = "https://files.ofsted.gov.uk/v1/file/50004281"
NEW_URL = "https://files.ofsted.gov.uk/v1/file/50400001"


@dataclasses.dataclass
class Report:
    """A stand-in with InspectionReport's fields (pipelines/report_reader.py, built elsewhere)."""

    kind: str = "inspection"
    framework: str | None = "ILACS standard"
    authority_name: str | None = "Manchester"
    authority_code: str | None = MANCHESTER
    urn: str | None = "80521"
    inspection_start: str | None = "2026-09-07"
    inspection_end: str | None = "2026-09-18"
    published: str | None = None
    lead_inspector: str | None = "An Inspector"
    judgements: dict = dataclasses.field(
        default_factory=lambda: {
            "overall_effectiveness": None,
            "impact_of_leaders": "Inadequate",
            "help_and_protection": "Requires improvement to be good",
            "children_in_care": "good",
            "care_leavers": "good",
            "adoption": None,
            "lscb": None,
        }
    )
    text: str = "Leaders have not understood the extent of the weaknesses in the front door."

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@pytest.fixture
def db(db_path):
    return open_db(db_path)


def test_seeding_is_idempotent_and_cheap_once_done(db, db_path):
    assert db["inspections"].count == 497
    assert db.execute(
        "select count(distinct report_url), count(*) from inspections where source = 'bundled'"
    ).fetchone() == (497, 497)
    assert seed_bundled(db) == 0
    db["bundled_data"].delete_where()  # forget the fingerprint: a full pass inserts nothing again
    assert seed_bundled(db) == 0 and db["inspections"].count == 497
    assert open_db(db_path)["inspections"].count == 497
    assert len(known_report_urls(db)) == 497


def test_seeding_keeps_a_report_the_crawl_stored_first(db):
    db["inspections"].delete_where("report_url = ?", [MANCHESTER_2014])
    db["bundled_data"].delete_where()
    store_inspection(
        db,
        Report(inspection_start="2014-06-01", published="2014-09-03"),
        report_url=MANCHESTER_2014,
        published=None,
        run_id=None,
    )
    assert (
        seed_bundled(db) == 0
    )  # the other 496 are there already; Manchester's 2014 report is the crawl's
    row = db["inspections"].get(
        db.execute("select id from inspections where report_url = ?", [MANCHESTER_2014]).fetchone()[
            0
        ]
    )
    assert (row["source"], row["lead_inspector"]) == ("ofsted", "An Inspector")


def test_bundled_grades_frameworks_and_the_alert_rule(db):
    rows = {r["report_url"]: r for r in db["inspections"].rows}
    manchester = rows[MANCHESTER_2014]
    assert (
        manchester["framework"],
        manchester["published"],
        manchester["overall_effectiveness"],
        manchester["adoption"],
    ) == ("SIF", "2014-09-03", "inadequate", "inadequate")
    assert manchester["any_inadequate"] == 1
    (overall, leaders, alerts) = db.execute(
        "select overall_effectiveness, impact_of_leaders, any_inadequate from inspections where authority_code = ? and published = '2026-08-03'",
        [TRAFFORD],
    ).fetchone()
    assert (overall, leaders, alerts) == (
        None,
        "inadequate",
        1,
    )  # no overall judgement after April 2026
    # Bristol 2014: overall "requires improvement", care leavers inadequate: not an alerting report
    assert rows["https://files.ofsted.gov.uk/v1/file/2765686"]["any_inadequate"] == 0
    assert (
        db.execute(
            "select count(*) from inspections where care_leavers = 'not_separately_graded'"
        ).fetchone()[0]
        == 0
    )
    assert (
        db.execute("select count(*) from inspections where any_inadequate = 1").fetchone()[0] == 77
    )


def test_grades_are_normalised_or_refused():
    assert (
        grade("Requires Improvement to be good")
        == grade("requires\nimprovement")
        == "requires improvement"
    )
    assert (
        grade("not_separately_graded")
        is grade("not_graded_post_april_2026")
        is grade("")
        is grade(None)
        is None
    )
    with pytest.raises(ValueError, match="not an Ofsted grade"):
        grade("satisfactory-ish")


def test_store_new_unchanged_updated_and_never_half_stored(db):
    report = Report()
    assert (
        store_inspection(db, report, report_url=NEW_URL, published="2026-10-20", run_id=None)[0]
        == "new"
    )
    row = next(db["inspections"].rows_where("report_url = ?", [NEW_URL]))
    assert (
        row["source"],
        row["published"],
        row["help_and_protection"],
        row["overall_effectiveness"],
        row["any_inadequate"],
    ) == (
        "ofsted",
        "2026-10-20",
        "requires improvement",
        None,
        1,
    )  # the April 2026 framework: leaders inadequate alerts
    assert store_inspection(
        db, report, report_url=NEW_URL, published="2026-10-20", run_id=None
    ) == ("unchanged", row["id"])
    assert store_inspection(
        db, report.as_dict(), report_url=NEW_URL, published="2026-10-20", run_id=None
    ) == ("unchanged", row["id"])
    report.lead_inspector = "Another Inspector"
    assert store_inspection(
        db, report, report_url=NEW_URL, published="2026-10-20", run_id=None
    ) == ("updated", row["id"])
    assert db["inspections"].get(row["id"])["lead_inspector"] == "Another Inspector"
    # Full-text search over the report text
    assert [r["id"] for r in db["inspections"].search("weaknesses front door")] == [row["id"]]
    bad = Report(judgements={**Report().judgements, "children_in_care": "gud"})
    with pytest.raises(ValueError):
        store_inspection(db, bad, report_url=NEW_URL + "0", published="2026-10-20", run_id=None)
    assert db["inspections"].count == 498


def test_an_area_judged_inadequate_alerts_only_without_an_overall_judgement_from_april_2026(db):
    earlier = Report(inspection_start="2025-03-03", framework="ILACS standard").as_dict()
    earlier["judgements"]["overall_effectiveness"] = "requires improvement"
    assert (
        store_inspection(db, earlier, report_url=NEW_URL, published="2025-05-01", run_id=None)[0]
        == "new"
    )
    unknown = Report(
        inspection_start="2025-03-03"
    ).as_dict()  # no overall grade read, before the reform
    store_inspection(db, unknown, report_url=NEW_URL + "1", published="2025-05-01", run_id=None)
    visit = Report(kind="focused visit", framework=None, judgements={}).as_dict()
    store_inspection(db, visit, report_url=NEW_URL + "2", published="2026-11-02", run_id=None)
    alerts = dict(
        db.execute(
            "select report_url, any_inadequate from inspections where report_url like ?",
            [NEW_URL + "%"],
        ).fetchall()
    )
    assert alerts == {NEW_URL: 0, NEW_URL + "1": 0, NEW_URL + "2": 0}


def test_a_bundled_report_read_again_gains_its_text_and_keeps_its_record(db):
    stored = next(db["inspections"].rows_where("report_url = ?", [MANCHESTER_2014]))
    reread = Report(
        framework="SIF",
        inspection_start="2014-06-02",
        inspection_end="2014-06-25",
        published="2014-09-03",
        judgements={"overall_effectiveness": "inadequate", "impact_of_leaders": "good"},
    )  # misread leaders
    assert store_inspection(
        db, reread, report_url=MANCHESTER_2014, published="2014-09-03", run_id=None
    ) == ("updated", stored["id"])
    row = db["inspections"].get(stored["id"])
    assert (
        row["source"],
        row["impact_of_leaders"],
        row["inspection_start"],
        row["lead_inspector"],
    ) == ("bundled", "inadequate", "2014-06-02", "An Inspector")
    assert (
        row["text"]
        and store_inspection(db, reread, report_url=MANCHESTER_2014, published=None, run_id=None)[0]
        == "unchanged"
    )
    assert db["inspections"].count == 497


def test_latest_full_inspection_and_inspections_near(db):
    assert latest_full_inspection(db, MANCHESTER)["published"] == "2025-11-11"
    assert latest_full_inspection(db, MANCHESTER, "2017-12-21")["published"] == "2014-09-03"
    assert latest_full_inspection(db, MANCHESTER, "2014-09-03") is None
    assert "text" not in latest_full_inspection(db, MANCHESTER)
    store_inspection(
        db,
        Report(kind="monitoring visit", framework=None, judgements={}),
        report_url=NEW_URL,
        published="2026-10-01",
        run_id=None,
    )
    assert (
        latest_full_inspection(db, MANCHESTER)["published"] == "2025-11-11"
    )  # a visit is not an inspection
    trafford = latest_full_inspection(db, TRAFFORD)
    assert (trafford["published"], trafford["overall_effectiveness"]) == (
        "2026-08-03",
        None,
    )  # graded by area only
    assert [r["published"] for r in inspections_near(db, MANCHESTER, "2014-09-20", 30)] == [
        "2014-09-03"
    ]
    assert [r["kind"] for r in inspections_near(db, MANCHESTER, "2026-09-20", 30)] == [
        "monitoring visit"
    ]
    assert inspections_near(db, MANCHESTER, "2014-09-20", 10) == []


def test_the_alerts_read_the_record_the_crawl_keeps(db):
    assert official_check(MANCHESTER, "2014-09-04", db)[0] == CONFIRMED
    assert official_check(MANCHESTER, "2026-10-21", db) == (NOT_YET, None)
    store_inspection(db, Report(), report_url=NEW_URL, published="2026-10-20", run_id=None)
    official, row = official_check(MANCHESTER, "2026-10-21", db)
    assert (official, row["report_url"], row["inspection_start"]) == (
        CONFIRMED,
        NEW_URL,
        "2026-09-07",
    )
    assert previous_grade(db, MANCHESTER, "2026-10-21") == ("outstanding", "2025-11-11")
    assert previous_grade(db, MANCHESTER, "2014-09-04") == (None, None)


def test_an_alert_tied_to_its_report_shows_that_report(db):
    from crawler.alerts.details import alert_details

    _, inspection_id = store_inspection(
        db, Report(), report_url=NEW_URL, published="2026-10-20", run_id=None
    )
    if (
        "inspection_id" not in db["alerts"].columns_dict
    ):  # the alert rule's column (migration m008, on main)
        db["alerts"].add_column("inspection_id", int)
    alert_id = (
        db["alerts"]
        .insert(
            {
                "authority_code": MANCHESTER,
                "grade": "inadequate",
                "reported_on": "2026-12-30",
                "inspection_key": "x",
                "inspection_id": inspection_id,
            }
        )
        .last_pk
    )
    details = alert_details(db, alert_id)
    assert (details["official_record"], details["inspection_dates"]) == (
        CONFIRMED,
        "2026-09-07 to 2026-09-18",
    )


def test_a_judgement_the_history_lacked_sets_the_alert_flag(db):
    (url,) = db.execute(
        "select report_url from inspections where authority_code = 'E06000009' and published like '2012%'"
    ).fetchone()
    reread = Report(
        authority_code="E06000009",
        authority_name="Blackpool",
        framework=None,
        inspection_start="2012-05-14",
        judgements={"overall_effectiveness": "inadequate"},
    )
    assert store_inspection(db, reread, report_url=url, published=None, run_id=None)[0] == "updated"
    row = next(db["inspections"].rows_where("report_url = ?", [url]))
    assert (row["source"], row["overall_effectiveness"], row["any_inadequate"]) == (
        "bundled",
        "inadequate",
        1,
    )
