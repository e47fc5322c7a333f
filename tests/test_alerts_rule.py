"""One alert per inspection: articles on the same council's inspection join one alert."""

from crawler.alerts.rule import evaluate_alerts, list_alerts
from crawler.db import open_db
from crawler.items import ArticleItem
from pipelines.store import store_article

KENT = "E10000016"


def _store(db, url, published, alert=True, code=KENT, text=None):
    item = ArticleItem(url=url, source="test", html="", fetched_at="2026-01-01T00:00:00+00:00")
    text = text or f"Kent's children's services were rated inadequate. ({url})"
    item.article = {"url": url, "title": "t", "published": published, "text": text, "content_hash": str(hash(text))}
    item.tags = {
        "authorities": [{"name": "Kent County Council", "code": code}],
        "people": [],
        "judgements": [{"code": code, "grade": "inadequate", "subject": "children's services", "inspection_type": "ILACS",
                        "current": True, "change": "new", "year": int(published[:4]), "evidence": text, "alert": alert}],
    }
    db["sources"].insert({"name": "test"}, ignore=True)
    return store_article(db, item, None)


def test_outlets_and_nights_reporting_one_inspection_make_one_alert(db_path):
    db = open_db(db_path)
    _store(db, "https://a.example/1", "2026-05-01")
    assert len(evaluate_alerts(db)) == 1
    _store(db, "https://b.example/2", "2026-05-03")
    _store(db, "https://c.example/3", "2026-05-20")
    assert evaluate_alerts(db) == []
    (alert,) = list_alerts(db)
    assert alert["articles"] == 3
    assert alert["reported_on"] == "2026-05-01"
    assert evaluate_alerts(db) == []  # idempotent


def test_a_later_inspection_of_the_same_council_is_a_new_alert(db_path):
    db = open_db(db_path)
    _store(db, "https://a.example/1", "2023-01-10")
    _store(db, "https://a.example/2", "2026-05-01")
    assert len(evaluate_alerts(db)) == 2


def test_non_alerting_judgements_make_no_alert(db_path):
    db = open_db(db_path)
    _store(db, "https://a.example/1", "2026-05-01", alert=False)
    assert evaluate_alerts(db) == []


def test_storing_the_same_article_twice_writes_once(db_path):
    db = open_db(db_path)
    assert _store(db, "https://a.example/1", "2026-05-01")[0] == "new"
    assert _store(db, "https://a.example/1", "2026-05-01")[0] == "unchanged"
    assert db["articles"].count == 1
    assert db["judgements"].count == 1
