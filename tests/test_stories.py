"""Stories: the same event from several outlets is one story; other events are not."""

from crawler.alerts.rule import evaluate_alerts, list_alerts
from crawler.db import open_db
from crawler.items import ArticleItem
from pipelines.store import store_article

PRESS_RELEASE = (
    "Ofsted has published its report on Kent County Council's services for children, following an inspection in "
    "September. Inspectors found that leaders had a clear grip on practice and that children in care were seen "
    "regularly by social workers who knew them well. The council's director said the report reflected the hard "
    "work of staff across the county and that the council would continue to strengthen support for care leavers."
)


def store(db, url, text, published, judgements=(), codes=("E10000016",)):
    item = ArticleItem(url=url, source="test", html="", fetched_at=f"{published}T06:00:00+00:00")
    item.article = {
        "url": url,
        "title": url,
        "published": published,
        "text": text,
        "content_hash": str(hash(text)),
    }
    item.tags = {
        "authorities": [{"name": c, "code": c} for c in codes],
        "people": [],
        "judgements": [
            {
                "code": c,
                "grade": g,
                "subject": "children's services",
                "inspection_type": "ILACS",
                "current": True,
                "change": "new",
                "year": 2026,
                "evidence": text[:80],
                "alert": g == "inadequate",
            }
            for c, g in judgements
        ],
    }
    db["sources"].insert({"name": "test"}, ignore=True)
    return store_article(db, item, None)[1]


def story_of(db, article_id):
    return db["articles"].get(article_id)["story_id"]


def test_a_press_release_carried_by_three_sites_is_one_story(db_path):
    db = open_db(db_path)
    ids = [
        store(
            db,
            f"https://site{i}.example/a",
            f"Local news, site {i}. " + PRESS_RELEASE,
            f"2026-10-0{i + 1}",
        )
        for i in range(3)
    ]
    assert len({story_of(db, i) for i in ids}) == 1


def test_one_inspection_written_up_differently_is_one_story_and_one_alert(db_path):
    db = open_db(db_path)
    db["inspections"].delete_where(
        "authority_code = ?", ["E10000016"]
    )  # the text decides, not the record
    verdict = [("E10000016", "inadequate")]
    a = store(
        db,
        "https://a.example/1",
        "Kent's children's services have been rated inadequate by Ofsted after an inspection in May.",
        "2026-07-01",
        verdict,
    )
    b = store(
        db,
        "https://b.example/2",
        "Inspectors found widespread failings in Kent, where the county council's services for children were judged inadequate.",
        "2026-07-03",
        verdict,
    )
    assert story_of(db, a) == story_of(db, b)
    evaluate_alerts(db)
    (alert,) = list_alerts(db)
    assert alert["articles"] == 2


def test_unrelated_events_are_separate_stories(db_path):
    db = open_db(db_path)
    a = store(db, "https://a.example/1", PRESS_RELEASE, "2026-01-05")
    b = store(db, "https://b.example/2", PRESS_RELEASE, "2026-06-05")  # the same text, months apart
    c = store(
        db,
        "https://c.example/3",
        "Foster carers in Kent are to receive a rise in their allowances from April, the county council said today.",
        "2026-01-06",
    )
    assert len({story_of(db, a), story_of(db, b), story_of(db, c)}) == 3
