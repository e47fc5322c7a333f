"""From the local replay server to stored articles and one alert: the product's main job."""

import sqlite3

import pytest

from tests.helpers import FAST, invoke, run_cli

pytestmark = pytest.mark.slow  # whole crawls in their own processes

MANCHESTER = "E08000003"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """`sectorwatch demo` run twice into the same database, as a newcomer would."""
    db = tmp_path_factory.mktemp("demo") / "sectorwatch.db"
    first = run_cli("demo", "--db", str(db), "--port", "0")
    second = run_cli("demo", "--db", str(db), "--port", "0")
    return db, first, second


def query(db, sql, *params):
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_demo_stores_the_five_seed_articles(demo_db, seed_expectations):
    db, first, _ = demo_db
    assert first.returncode == 0, first.stdout + first.stderr
    articles = query(db, "select url, title, published, text from articles order by url")
    assert sorted(a["url"] for a in articles) == sorted(
        e["canonical"] for e in seed_expectations.values()
    )
    by_url = {a["url"]: a for a in articles}
    for seed in seed_expectations.values():
        article = by_url[seed["canonical"]]
        assert article["published"] == seed["published"]
        for junk in seed["boilerplate"]:
            assert junk not in article["text"], (seed["file"], junk)


def test_manchester_is_tagged_in_every_article(demo_db):
    db, _, _ = demo_db
    rows = query(
        db,
        "select count(distinct article_id) as n from mentions where kind = 'authority' and authority_code = ?",
        MANCHESTER,
    )
    assert rows[0]["n"] == 5


def test_people_and_their_roles(demo_db):
    db, _, _ = demo_db
    people = {
        (r["name"], r["role"], r["authority_code"])
        for r in query(
            db,
            "select p.name, m.role, p.authority_code from mentions m join people p on p.id = m.person_id",
        )
    }
    assert ("Sheila Newman", "executive member for children's services", MANCHESTER) in people
    assert ("Mike Livingstone", "director of children's services", MANCHESTER) in people
    names = {p[0] for p in people}
    assert not names & {"Robert Buckland", "Charlotte Ramsden", "AJF"}


def test_exactly_one_alert_manchester_inadequate_from_004(demo_db, seed_expectations):
    db, first, _ = demo_db
    alerts = query(
        db, "select al.*, a.url from alerts al join articles a on a.id = al.first_article_id"
    )
    assert len(alerts) == 1
    (alert,) = alerts
    assert (alert["authority_code"], alert["grade"], alert["subject"]) == (
        MANCHESTER,
        "inadequate",
        "children's services",
    )
    assert alert["url"] == seed_expectations["004"]["canonical"]
    assert (
        alert["official_record"] == "confirmed by Ofsted data"
    )  # Ofsted published it on 3 September 2014
    assert "new alerts: 1" in first.stdout
    assert "ALERT Manchester City Council (E08000003): inadequate" in first.stdout


def test_second_run_keeps_everything_and_adds_nothing(demo_db):
    db, _, second = demo_db
    assert second.returncode == 0, second.stdout + second.stderr
    assert "articles: 0 new, 0 updated (5 in" in second.stdout
    assert "new alerts: 0" in second.stdout
    runs = query(db, "select status, articles_new, alerts_new from crawl_runs order by id")
    assert [(r["status"], r["articles_new"], r["alerts_new"]) for r in runs] == [
        ("finished", 5, 1),
        ("finished", 0, 0),
    ]
    assert query(db, "select count(*) as n from articles")[0]["n"] == 5
    assert query(db, "select count(*) as n from alerts")[0]["n"] == 1


def test_full_text_search_over_articles(demo_db):
    db, _, _ = demo_db
    hits = query(
        db,
        "select a.url from articles_fts f join articles a on a.rowid = f.rowid where articles_fts match 'caseloads'",
    )
    assert len(hits) >= 3


def test_crawl_command_and_alerts_command(replay_sources, db_path):
    result = run_cli("crawl", "--sources", str(replay_sources), "--db", str(db_path), *FAST)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "articles: 5 new" in result.stdout
    listed = invoke("alerts", "--db", str(db_path))
    assert listed.exit_code == 0
    assert listed.stdout.count("Manchester City Council (E08000003): inadequate") == 1


def test_a_crawl_that_reaches_nothing_fails(tmp_path, db_path):
    sources = tmp_path / "dead.toml"
    # Port 9 (discard) on loopback: connection refused, quickly.
    sources.write_text(
        '[[source]]\nname = "dead"\nfeeds = ["http://127.0.0.1:9/feed/"]\n', encoding="utf-8"
    )
    result = run_cli(
        "crawl", "--sources", str(sources), "--db", str(db_path), *FAST, "--set", "RETRY_TIMES=0"
    )
    assert result.returncode == 1
    assert "dead: http://127.0.0.1:9/feed/" in result.stderr
    runs = query(db_path, "select status, errors from crawl_runs")
    assert runs == [{"status": "failed", "errors": 1}]


def test_a_bad_sources_file_is_a_clear_error(tmp_path, db_path):
    sources = tmp_path / "bad.toml"
    sources.write_text('[[source]]\nname = "x"\nfeeds = ["ftp://nope"]\n', encoding="utf-8")
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db_path))
    assert result.returncode != 0
    assert "source 'x': field 'feeds': 'ftp://nope' is not an http(s) URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_scrapy_list_and_crawl_work_from_the_root(replay_sources, db_path):
    import os
    import subprocess
    import sys

    from tests.helpers import ROOT

    scrapy = [sys.executable, "-m", "scrapy"]
    listed = subprocess.run(
        [*scrapy, "list"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert listed.stdout.split() == ["ofsted", "sector"]
    env = {**os.environ, "SECTORWATCH_DB": str(db_path)}
    crawled = subprocess.run(
        [
            *scrapy,
            "crawl",
            "sector",
            "-a",
            f"sources={replay_sources}",
            "-s",
            "AUTOTHROTTLE_START_DELAY=0",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert crawled.returncode == 0, crawled.stderr
    assert query(db_path, "select count(*) as n from articles")[0]["n"] == 5
    # The run is recorded and the seed alert raised whichever way the spider is started.
    (run,) = query(db_path, "select * from crawl_runs")
    assert run["status"] == "finished" and run["articles_new"] == 5 and run["alerts_new"] == 1
    assert {r["source"] for r in query(db_path, "select source from source_runs")} == {
        "community-care",
        "cypnow",
        "localgov",
        "children-first",
    }
    assert query(db_path, "select authority_code, status from alerts") == [
        {"authority_code": MANCHESTER, "status": "confirmed"}
    ]
    reports = subprocess.run(
        [
            *scrapy,
            "crawl",
            "ofsted",
            "-a",
            f"sources={replay_sources}",
            "-s",
            "AUTOTHROTTLE_START_DELAY=0",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert reports.returncode == 0, reports.stderr
    assert (
        query(db_path, "select count(*) as n from report_files")[0]["n"] == 2
    )  # Manchester's 2014 and 2017 reports


def test_the_demo_stores_manchesters_2014_report_and_the_alert_carries_both(demo_db):
    db, first, _ = demo_db
    (report,) = query(
        db,
        """select i.* from inspections i join report_files f on f.inspection_id = i.id
                             where i.authority_code = ? and i.published like '2014%'""",
        MANCHESTER,
    )
    assert (
        report["overall_effectiveness"] == "inadequate"
        and report["framework"] == "SIF"
        and report["text"]
    )
    (alert,) = query(
        db, "select al.*, a.url from alerts al join articles a on a.id = al.first_article_id"
    )
    assert alert["status"] == "confirmed" and alert["inspection_id"] == report["id"]
    assert alert["url"].endswith(
        "/2014/09/04/manchester-childrens-services-inadequate-ofsted-finds/"
    )
    assert "confirmed: Ofsted's report published 2014-09-03" in first.stdout


def test_seeds_001_and_002_are_one_story_000_and_003_not_in_it(demo_db, seed_expectations):
    db, _, _ = demo_db
    story = {r["url"]: r["story_id"] for r in query(db, "select url, story_id from articles")}
    by_seed = {seed: story[e["canonical"]] for seed, e in seed_expectations.items()}
    assert by_seed["001"] == by_seed["002"]
    assert (
        by_seed["000"] != by_seed["001"]
        and by_seed["003"] != by_seed["001"]
        and by_seed["004"] != by_seed["001"]
    )


def test_raw_pages_are_kept_compressed(demo_db):
    import zlib

    db, _, _ = demo_db
    rows = query(db, "select html_zlib, size from pages")
    assert len(rows) == 5
    assert all(
        len(zlib.decompress(r["html_zlib"])) == r["size"] > len(r["html_zlib"]) for r in rows
    )


def test_reprocess_without_network_reports_what_changed(tmp_path, demo_db):
    import shutil

    db, _, _ = demo_db
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    unchanged = invoke("reprocess", "--db", str(copy))
    assert unchanged.exit_code == 0, unchanged.stderr
    assert (
        "reprocessed 5 stored pages: 0 article texts changed, 0 judgements added, 0 removed, 0 new alerts"
        in unchanged.stdout
    )
    # As if an older tagger had missed 004's judgement: reprocessing restores it.
    with sqlite3.connect(copy) as conn:
        conn.execute("delete from judgements where alert = 1")
    again = invoke("reprocess", "--db", str(copy))
    assert "1 judgements added, 0 removed" in again.stdout
    assert "+ E08000003 inadequate, children's services, current" in again.stdout
    assert (
        query(copy, "select count(*) as n from alerts")[0]["n"] == 1
    )  # still one alert for the inspection
