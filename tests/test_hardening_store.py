"""The store's identity rules and stage accounting (issue 14, points 2 and 5), on real SQLite files."""

from __future__ import annotations

import pytest

from crawler.db import open_db
from crawler.failures import describe, stage_of
from crawler.items import ArticleItem
from pipelines.store import SourceConflict, identity, store_article

DOMAINS = ("victim.example",)


def item(
    source: str, fetched: str, canonical: str | None, text: str = "Some article text for the test."
) -> ArticleItem:
    article = {"url": canonical, "title": "T", "text": text, "content_hash": str(hash(text))}
    return ArticleItem(
        url=fetched,
        source=source,
        html="<p>page</p>",
        fetched_at="2026-11-21T02:00:00+00:00",
        article=article,
        tags={},
    )


@pytest.mark.parametrize(
    "canonical, expected",
    [
        ("https://victim.example/a/", "https://victim.example/a/"),
        ("https://news.victim.example/a/", "https://news.victim.example/a/"),
        ("https://evilvictim.example/a/", "https://victim.example/fetched/"),
        ("https://victim.example.evil.com/a/", "https://victim.example/fetched/"),
        ("https://victim.example@evil.example/a/", "https://victim.example/fetched/"),
        ("javascript:alert(1)", "https://victim.example/fetched/"),
        ("data:text/html,<script>", "https://victim.example/fetched/"),
        ("file:///etc/passwd", "https://victim.example/fetched/"),
        ("https://victim.example:99999/a/", "https://victim.example/fetched/"),
        (None, "https://victim.example/fetched/"),
    ],
)
def test_a_canonical_url_is_the_identity_only_when_http_on_the_source_s_domains(
    canonical, expected
):
    assert (
        identity(item("victim", "https://victim.example/fetched/", canonical), DOMAINS) == expected
    )


def test_one_source_never_overwrites_another_s_article(db_path):
    db = open_db(db_path)
    db["sources"].insert_all([{"name": "a", "config": "{}"}, {"name": "b", "config": "{}"}])
    store_article(
        db,
        item(
            "a", "https://shared.example/x", "https://shared.example/story/", "Original text of A."
        ),
        None,
        domains=("shared.example",),
    )
    # B shares the domain (a misconfiguration, or a syndication partner) and claims A's URL.
    status, b_id = store_article(
        db,
        item("b", "https://shared.example/b-copy", "https://shared.example/story/", "B's text."),
        None,
        domains=("shared.example",),
    )
    assert status == "new"
    rows = {r["url"]: (r["source"], r["text"]) for r in db["articles"].rows}
    assert rows["https://shared.example/story/"] == ("a", "Original text of A.")
    assert rows["https://shared.example/b-copy"] == ("b", "B's text.")
    with pytest.raises(
        SourceConflict, match="stored already, by source a"
    ):  # fetched at A's URL itself
        store_article(
            db,
            item("b", "https://shared.example/story/", "https://shared.example/story/", "B again."),
            None,
            domains=("shared.example",),
        )
    assert db["articles"].count == 2
    db.close()


def test_the_stage_is_read_from_how_far_the_item_got():
    fresh = ArticleItem(
        url="https://a.example/1", source="a", html="<p>" + "x" * 100_000, fetched_at="t"
    )
    assert stage_of(fresh) == "extract"
    fresh.article = {"url": "https://a.example/1"}
    assert stage_of(fresh) == "tag"
    fresh.tags = {}
    assert stage_of(fresh) == "store"
    assert describe(fresh) == "<ArticleItem a https://a.example/1>"  # never the page
