"""Incremental nights, canonical identity, updates and listing pages (issue 4, points 2-3)."""

import sqlite3

import pytest

from tests.helpers import FAST, run_cli, write_sources

pytestmark = pytest.mark.slow  # whole crawls in their own processes


def crawl(sources, db):
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def snapshot(db):
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select id, url, content_hash, fetched_at from articles order by id"
        ).fetchall()


def test_feed_and_sitemap_reach_each_article_once(replay_server, tmp_path):
    # The sitemap's URLs carry utm_ tracking parameters: the canonical URL is the identity.
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 12)
    db = tmp_path / "a.db"
    crawl(sources, db)
    urls = [row[1] for row in snapshot(db)]
    assert len(urls) == 12 and len(set(urls)) == 12
    assert all(u.startswith("https://bigsite.example/article/") for u in urls)


def test_a_second_night_fetches_only_feeds_and_sitemaps(replay_server, tmp_path):
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 20)
    db = tmp_path / "a.db"
    crawl(sources, db)
    before = snapshot(db)
    articles_hits = replay_server.hits("/bigsite/20/article/")
    result = crawl(sources, db)
    assert replay_server.hits("/bigsite/20/article/") == articles_hits  # no article fetched again
    assert snapshot(db) == before  # no article row written
    assert "articles: 0 new, 0 updated" in result.stdout
    with sqlite3.connect(db) as conn:
        stats = conn.execute("select stats from crawl_runs order by id desc limit 1").fetchone()[0]
    assert '"httpcache/revalidate"' in stats  # feeds and sitemaps were asked "changed since?"


def test_an_updated_article_is_refetched_and_its_old_version_kept(replay_server, tmp_path):
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 8)
    db = tmp_path / "a.db"
    crawl(sources, db)
    replay_server.state["edits"][3] = (
        2  # the site edits article 3; its feed entry's <updated> moves
    )
    try:
        result = crawl(sources, db)
    finally:
        replay_server.state["edits"].pop(3)
    assert "articles: 0 new, 1 updated" in result.stdout
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute(
            "select text from articles where url = 'https://bigsite.example/article/3/'"
        ).fetchone()
        versions = conn.execute("select text from article_versions").fetchall()
    assert "Update (version 2)" in text
    assert len(versions) == 1 and "Update (version 2)" not in versions[0][0]


def test_listing_pages_with_article_patterns(replay_server, tmp_path):
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 7, kinds=("start_urls",))
    db = tmp_path / "a.db"
    crawl(sources, db)
    assert len(snapshot(db)) == 7
