"""Bad input: every fault is recorded, and the run goes on (issue 4, point 7)."""

import sqlite3

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow  # whole crawls in their own processes

SETTINGS = [
    "--set",
    "AUTOTHROTTLE_START_DELAY=0",
    "--set",
    "AUTOTHROTTLE_MAX_DELAY=0.2",
    "--set",
    "DOWNLOAD_TIMEOUT=2",
    "--set",
    "DOWNLOAD_MAXSIZE=2000000",
    "--set",
    "DOWNLOAD_WARNSIZE=1000000",
    "--set",
    "RETRY_TIMES=1",
    "--set",
    "RETRY_BACKOFF_BASE=0.1",
]


@pytest.fixture(scope="module")
def faults_crawl(replay_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    origin = replay_server.origin
    sources = tmp / "faults.toml"
    sources.write_text(
        f"""
[[source]]
name = "faults"
allowed_domains = ["127.0.0.1", "faults.example"]
feeds = ["{origin}/faults/feed/", "{origin}/faults/feed-malformed.xml", "{origin}/faults/feed-huge.xml",
         "{origin}/faults/feed-bomb.xml", "{origin}/faults/status/500"]
sitemaps = ["{origin}/faults/sitemap-bomb.xml.gz"]

[[source]]
name = "control"
allowed_domains = ["127.0.0.1", "bigsite.example"]
feeds = ["{origin}/bigsite/3/feed/"]
""",
        encoding="utf-8",
    )
    db = tmp / "faults.db"
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db), *SETTINGS, timeout=300)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield result, conn, replay_server
    conn.close()


def errors_for(conn, fragment):
    return [
        dict(r)
        for r in conn.execute("select * from fetch_errors where url like ?", [f"%{fragment}%"])
    ]


def article_urls(conn):
    return {r[0] for r in conn.execute("select url from articles")}


def test_the_run_goes_on_and_finishes(faults_crawl):
    result, conn, _ = faults_crawl
    assert result.returncode == 0, result.stdout + result.stderr
    (run,) = conn.execute("select status, errors from crawl_runs").fetchall()
    assert run["status"] == "finished" and run["errors"] >= 10
    assert "https://faults.example/control/" in article_urls(conn)
    assert len([u for u in article_urls(conn) if u.startswith("https://bigsite.example/")]) == 3


@pytest.mark.parametrize(
    "path, status", [("status/404", 404), ("status/410", 410), ("status/500", 500)]
)
def test_http_errors_are_recorded_with_their_status(faults_crawl, path, status):
    _, conn, _ = faults_crawl
    (error,) = [
        e for e in errors_for(conn, path) if e["source"] == "faults" and e["url"].endswith(path)
    ][:1]
    assert error["status"] == status
    assert f"HTTP {status}" in error["reason"]


def test_a_500_is_retried_before_it_is_recorded(faults_crawl):
    _, _, server = faults_crawl
    assert server.hits("/faults/status/500") >= 2


def test_a_flaky_page_arrives_on_retry(faults_crawl):
    _, conn, server = faults_crawl
    assert "https://faults.example/flaky-a/" in article_urls(conn)
    assert errors_for(conn, "flaky") == []


def test_a_timeout_is_recorded(faults_crawl):
    _, conn, _ = faults_crawl
    (error,) = errors_for(conn, "slow/5")
    assert "TimeoutError" in error["reason"] or "timed out" in error["reason"].lower()


def test_a_redirect_loop_is_recorded(faults_crawl):
    _, conn, _ = faults_crawl
    (error,) = errors_for(conn, "redirect-loop")
    assert "redirect" in error["reason"].lower()


def test_a_pdf_report_is_stored_as_a_document_with_title_and_date(faults_crawl):
    _, conn, _ = faults_crawl
    (doc,) = conn.execute("select * from documents").fetchall()
    assert doc["url"].endswith("/faults/report.pdf")
    assert doc["content_type"] == "application/pdf"
    assert doc["title"] and doc["published"]


@pytest.mark.parametrize("fragment", ["feed-huge.xml", "gzip-bomb", "sitemap-bomb"])
def test_oversized_bodies_are_refused_and_recorded(faults_crawl, fragment):
    _, conn, _ = faults_crawl
    assert errors_for(conn, fragment), f"no error recorded for {fragment}"


def test_a_malformed_feed_yields_what_it_can(faults_crawl):
    _, conn, _ = faults_crawl
    urls = article_urls(conn)
    assert {"https://faults.example/malformed-1/", "https://faults.example/malformed-2/"} <= urls


def test_an_xml_bomb_does_not_expand(faults_crawl):
    _, conn, _ = faults_crawl
    (size,) = conn.execute("select coalesce(max(length(body)), 0) from http_cache").fetchone()
    assert size < 10_000_000  # the feed body was stored as sent, never expanded


@pytest.mark.parametrize("fault", ["charset-missing", "charset-wrong"])
def test_wrong_or_missing_charset_still_reads_right(faults_crawl, fault):
    _, conn, _ = faults_crawl
    (text,) = conn.execute(
        "select text from articles where url = ?", [f"https://faults.example/{fault}/"]
    ).fetchone()
    assert "council’s director of children’s services" in text
    assert "\ufffd" not in text


def test_broken_html_is_stored(faults_crawl):
    _, conn, _ = faults_crawl
    assert "https://faults.example/broken-html/" in article_urls(conn)


def test_robots_txt_is_obeyed(faults_crawl):
    _, conn, server = faults_crawl
    assert server.hits("/private/") == 0
    assert errors_for(conn, "/private/")  # recorded, so the operator sees it


def test_the_user_agent_names_the_project(faults_crawl):
    _, _, server = faults_crawl
    assert any(ua.startswith("sectorwatch/") and "(+http" in ua for ua in server.user_agents)
