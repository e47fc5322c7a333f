"""One alert per inspection, standing on Ofsted's record; the news is its coverage."""

import datetime as dt

import pytest

from crawler.alerts.rule import evaluate_alerts, list_alerts
from crawler.db import open_db
from crawler.inspections import store_inspection
from crawler.items import ArticleItem
from pipelines.store import store_article

KENT = "E10000016"  # the bundled record: good in February 2026, nothing inadequate since 2013
TODAY = dt.date.today()


def _store(db, url, published, alert=True, code=KENT, text=None):
    item = ArticleItem(url=url, source="test", html="", fetched_at="2026-01-01T00:00:00+00:00")
    text = text or f"Kent's children's services were rated inadequate. ({url})"
    item.article = {
        "url": url,
        "title": "t",
        "published": published,
        "text": text,
        "content_hash": str(hash(text)),
    }
    item.tags = {
        "authorities": [{"name": "Kent County Council", "code": code}],
        "people": [],
        "judgements": [
            {
                "code": code,
                "grade": "inadequate",
                "subject": "children's services",
                "inspection_type": "ILACS",
                "current": True,
                "change": "new",
                "year": int(published[:4]),
                "evidence": text,
                "alert": alert,
            }
        ],
    }
    db["sources"].insert({"name": "test"}, ignore=True)
    return store_article(db, item, None)


def _report(db, published, overall="inadequate", url=None, source="ofsted"):
    report = {
        "kind": "inspection",
        "framework": "ILACS standard",
        "authority_code": KENT,
        "authority_name": "Kent",
        "urn": "80476",
        "published": published,
        "inspection_start": "2026-01-05",
        "inspection_end": "2026-01-16",
        "judgements": {
            "overall_effectiveness": overall,
            "impact_of_leaders": overall,
            "help_and_protection": overall,
            "children_in_care": "good",
            "care_leavers": "good",
        },
    }
    return store_inspection(
        db,
        report,
        report_url=url or f"https://files.example/{published}",
        published=published,
        run_id=None,
        source=source,
    )[1]


@pytest.fixture
def db(db_path):
    db = open_db(db_path)
    yield db
    db.close()


@pytest.fixture
def no_record(db):
    """A council the record knows nothing of: the text decides (a provisional alert)."""
    db["inspections"].delete_where("authority_code = ?", [KENT])
    return db


def test_outlets_and_nights_reporting_one_inspection_make_one_alert(no_record):
    db = no_record
    _store(db, "https://a.example/1", "2026-05-01")
    assert len(evaluate_alerts(db, today=TODAY)) == 1
    _store(db, "https://b.example/2", "2026-05-03")
    _store(db, "https://c.example/3", "2026-05-20")
    assert evaluate_alerts(db, today=TODAY) == []
    (alert,) = list_alerts(db)
    assert alert["articles"] == 3
    assert alert["reported_on"] == "2026-05-01"
    assert evaluate_alerts(db, today=TODAY) == []  # idempotent


def test_a_later_inspection_of_the_same_council_is_a_new_alert(no_record):
    _store(no_record, "https://a.example/1", "2023-01-10")
    _store(no_record, "https://a.example/2", "2026-05-01")
    assert len(evaluate_alerts(no_record, today=TODAY)) == 2


def test_non_alerting_judgements_make_no_alert(db):
    _store(db, "https://a.example/1", "2026-05-01", alert=False)
    assert evaluate_alerts(db, today=TODAY) == []


def test_storing_the_same_article_twice_writes_once(db):
    assert _store(db, "https://a.example/1", "2026-05-01")[0] == "new"
    assert _store(db, "https://a.example/1", "2026-05-01")[0] == "unchanged"
    assert db["articles"].count == 1
    assert db["judgements"].count == 1


def test_news_of_a_report_in_the_record_is_confirmed_and_joins_it(db):
    inspection = _report(db, "2026-04-28", source="bundled")
    _store(db, "https://a.example/1", "2026-05-01")
    _store(db, "https://b.example/2", "2026-05-02")
    (alert,) = evaluate_alerts(db, today=TODAY)
    assert alert["status"] == "confirmed" and alert["inspection_id"] == inspection
    assert list_alerts(db)[0]["articles"] == 2


@pytest.mark.parametrize(
    "published, overall",
    [
        ("2025-12-01", "inadequate"),  # the follow-up, months after the report
        ("2026-04-28", "requires improvement"),  # the report around that date says otherwise
        (None, None),  # nothing around it, and the record is complete well past the article
    ],
)
def test_the_record_silences_follow_ups_contradictions_and_absent_reports(db, published, overall):
    if published:
        _report(db, published, overall)
    _store(db, "https://a.example/1", "2026-05-01")
    assert evaluate_alerts(db, today=TODAY) == []


def test_a_new_report_alerts_at_once_and_the_news_joins_it(db):
    inspection = _report(db, TODAY.isoformat())
    (alert,) = evaluate_alerts(db, today=TODAY)
    assert (
        alert["status"] == "confirmed"
        and alert["inspection_id"] == inspection
        and alert["first_article_id"] is None
    )
    _store(db, "https://a.example/1", TODAY.isoformat())
    assert evaluate_alerts(db, today=TODAY) == []
    assert list_alerts(db)[0]["articles"] == 1


def _store_unread(db, url, published, text):
    """An article naming Kent in which the tagger read no rating."""
    item = ArticleItem(url=url, source="test", html="", fetched_at="2026-01-01T00:00:00+00:00")
    item.article = {"url": url, "title": "t", "published": published, "text": text}
    item.article["content_hash"] = str(hash(text))
    item.tags = {
        "authorities": [{"name": "Kent County Council", "code": KENT}],
        "people": [],
        "judgements": [],
    }
    db["sources"].insert({"name": "test"}, ignore=True)
    return store_article(db, item, None)


@pytest.mark.parametrize(
    "days_after, text, joins",
    [
        (1, "Kent County Council has been told its 'inadequate' social work fails children.", True),
        (1, "Kent County Council opened a new family hub on Monday.", False),  # not the verdict
        (
            100,
            "Kent County Council has been told its 'inadequate' social work fails children.",
            False,
        ),
    ],
)
def test_the_report_s_news_the_tagger_did_not_read_joins_its_alert(db, days_after, text, joins):
    """As `analyse` counts it (record.news_the_reader_missed): an article dated with a
    council's inadequate report, naming the council and using the verdict's word, is that
    report's coverage even where the tagger read no rating; later, or without the word, not."""
    published = TODAY - dt.timedelta(days=days_after + 1)
    _report(db, published.isoformat(), source="bundled" if days_after > 60 else "ofsted")
    evaluate_alerts(db, today=TODAY)
    _store_unread(
        db, "https://a.example/1", (published + dt.timedelta(days=days_after)).isoformat(), text
    )
    assert evaluate_alerts(db, today=TODAY) == []  # no second alert for the same report
    articles = sum(alert["articles"] for alert in list_alerts(db))
    assert articles == (1 if joins else 0)
    evaluate_alerts(db, today=TODAY)
    assert sum(alert["articles"] for alert in list_alerts(db)) == articles  # joins once


def test_history_found_late_by_the_crawl_raises_nothing(db):
    _report(db, "2019-03-25")  # an old report the first crawl reads: history, not news
    assert evaluate_alerts(db, today=TODAY) == []


def test_a_provisional_alert_is_confirmed_by_its_report_or_expires(db):
    _store(db, "https://a.example/1", TODAY.isoformat())
    (alert,) = evaluate_alerts(db, today=TODAY)
    assert alert["status"] == "provisional"
    inspection = _report(db, (TODAY + dt.timedelta(days=5)).isoformat())
    assert evaluate_alerts(db, today=TODAY + dt.timedelta(days=5)) == []
    (confirmed,) = db.query("select status, inspection_id from alerts")
    assert confirmed == {"status": "confirmed", "inspection_id": inspection}


def test_a_provisional_alert_without_its_report_becomes_unconfirmed(db):
    _store(db, "https://a.example/1", TODAY.isoformat())
    evaluate_alerts(db, today=TODAY)
    evaluate_alerts(db, today=TODAY + dt.timedelta(days=91))
    assert [r["status"] for r in db.query("select status from alerts")] == ["unconfirmed"]


def test_a_provisional_alert_is_delivered_as_such_and_again_when_confirmed(db):
    """The e-mail says what the alert stands on: first the news, then Ofsted's report."""
    from crawler.alerts.config import parse_alerts_config
    from crawler.alerts.outbox import deliver
    from tests.alert_receivers import free_port, smtp_server

    port = free_port()
    controller, inbox = smtp_server(port)
    config = parse_alerts_config(f"""
[console]
enabled = false
[email]
smtp_host = "127.0.0.1"
smtp_port = {port}
starttls = false
sender = "alerts@example.org"
recipients = ["team@example.org"]
""")
    try:
        _store(db, "https://a.example/1", TODAY.isoformat())
        evaluate_alerts(db, today=TODAY)
        deliver(db, config)
        _report(db, TODAY.isoformat())
        evaluate_alerts(db, today=TODAY)
        deliver(db, config)
        deliver(db, config)  # nothing more to say
    finally:
        controller.stop()
    messages = [m["message"] for m in inbox.messages]
    subjects = [" ".join(m["Subject"].split()) for m in messages]
    assert subjects == [
        "sectorwatch: Provisional: Kent County Council children's services reported inadequate",
        "sectorwatch: Confirmed by Ofsted's report: Kent County Council children's services rated inadequate",
    ]
    assert "Ofsted's report not yet found" in messages[0].get_payload(decode=True).decode()
    assert (
        f"Ofsted's report published {TODAY.isoformat()}"
        in messages[1].get_payload(decode=True).decode()
    )
