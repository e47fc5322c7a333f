"""Stories' candidates: the day index and the per-process shingle cache never mix databases."""

from crawler.db import open_db
from crawler.items import ArticleItem
from pipelines.store import store_article

TEXT = (
    "The council's children's services were judged by inspectors to have improved since the last visit, with "
    "social workers reporting smaller caseloads and managers who knew the families well. Leaders said the work "
    "would go on, and that the improvement board would meet again in the spring to review the plan."
)


def store(db, url, text, published="2026-03-02"):
    item = ArticleItem(url=url, source="test", html="", fetched_at=f"{published}T06:00:00+00:00")
    item.article = {
        "url": url,
        "title": url,
        "published": published,
        "text": text,
        "content_hash": str(hash(text)),
    }
    item.tags = {"authorities": [], "people": [], "judgements": []}
    db["sources"].insert({"name": "test"}, ignore=True)
    return store_article(db, item, None)[1]


def test_one_story_across_outlets_and_none_across_databases(tmp_path):
    first = open_db(tmp_path / "a.db")
    a1 = store(first, "https://a.example/1", TEXT)
    a2 = store(first, "https://b.example/1", TEXT + " A spokesperson added a line.")
    assert first["articles"].get(a2)["story_id"] == a1
    first.close()
    second = open_db(tmp_path / "b.db")  # same ids, other texts: nothing cached from a.db may count
    b1 = store(
        second,
        "https://c.example/1",
        "An unrelated report about school transport budgets and bus routes in the county, " * 3,
    )
    b2 = store(second, "https://d.example/1", TEXT)
    assert (b1, b2) == (a1, a2)
    assert second["articles"].get(b2)["story_id"] == b2
    second.close()
