"""The crawl under hostile input and bad nights (issue 14, points 1, 2, 5 and 6).

Everything runs against local servers on 127.0.0.1. A second replay server stands in for
an "outside host", reached by the name `localhost`, which no source lists: the test is
that it never receives a request. Link-local and metadata addresses are never contacted:
the refusal is checked where it happens, before any connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from crawler.db import open_db
from crawler.replay import ReplayServer
from tests.helpers import invoke, run_cli

pytestmark = pytest.mark.slow  # whole crawls in their own processes

SETTINGS = [
    "--set",
    "AUTOTHROTTLE_START_DELAY=0",
    "--set",
    "AUTOTHROTTLE_MAX_DELAY=0.2",
    "--set",
    "DOWNLOAD_TIMEOUT=5",
    "--set",
    "RETRY_TIMES=0",
]
METADATA = "http://169.254.169.254/latest/meta-data/iam/"


def q(url: str) -> str:
    return quote(url, safe="")


@pytest.fixture(scope="module")
def outside():
    with ReplayServer(port=0) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_crawl(replay_server, outside, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    origin = replay_server.origin
    away = f"http://localhost:{outside.server_address[1]}"
    victim_links = "|".join([f"{origin}/faults/ok/victim", f"{origin}/faults/ok/store-fails"])
    hostile_links = "|".join(
        [
            f"{origin}/faults/canonical/takeover/{q('https://faults.example/victim/')}",
            f"{origin}/faults/canonical/script/{q('javascript:alert(document.cookie)')}",
            f"{origin}/faults/redirect/{q(away + '/leak-article')}",
            f"{away}/offsite-article",
            "file:///etc/passwd",
            "javascript:alert(1)",
            METADATA,
        ]
    )
    sources = tmp / "sources.toml"
    sources.write_text(
        f"""
[[source]]
name = "victim"
allowed_domains = ["127.0.0.1", "faults.example"]
feeds = ["{origin}/faults/feed-of/{q(victim_links)}"]

[[source]]
name = "hostile"
feeds = ["{origin}/faults/feed-of/{q(hostile_links)}", "{origin}/faults/redirect/{q(away + "/feed")}"]
sitemaps = ["{origin}/faults/redirect/{q(away + "/sitemap.xml")}"]
start_urls = ["{origin}/faults/redirect/{q(METADATA)}"]

[[source]]
name = "metadata"
allowed_domains = ["127.0.0.1", "169.254.169.254"]
feeds = ["{origin}/faults/redirect/{q(METADATA)}"]

[[source]]
name = "big"
allowed_domains = ["127.0.0.1", "faults.example"]
feeds = ["{origin}/faults/feed-of/{q(origin + "/faults/big-article/2200")}"]

[[source]]
name = "many"
allowed_domains = ["127.0.0.1", "faults.example"]
feeds = ["{origin}/faults/feed-many/40"]
""",
        encoding="utf-8",
    )
    db = tmp / "hostile.db"
    open_db(db).close()
    with sqlite3.connect(
        db
    ) as conn:  # a store that fails for one article, as a full disk or a dropped column would
        conn.execute(
            "create trigger fail_store before insert on articles when new.url like '%store-fails%' "
            "begin select raise(abort, 'database or disk is full'); end"
        )
    result = run_cli(
        "crawl",
        "--sources",
        str(sources),
        "--db",
        str(db),
        *SETTINGS,
        "--set",
        "SECTORWATCH_MAX_ARTICLES_PER_SOURCE=25",
        "--set",
        "SECTORWATCH_MAX_FEED_ITEMS=30",
        env={"SECTORWATCH_MAX_TEXT_CHARS": "20000"},
        timeout=300,
    )
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield result, conn, replay_server, outside, db
    conn.close()


def errors(conn, source=None, stage=None):
    rows = [dict(r) for r in conn.execute("select * from fetch_errors order by id")]
    return [
        r
        for r in rows
        if (source is None or r["source"] == source) and (stage is None or r["stage"] == stage)
    ]


def articles(conn):
    return {r["url"]: dict(r) for r in conn.execute("select * from articles")}


def counts(conn, source):
    return dict(conn.execute("select * from source_runs where source = ?", [source]).fetchone())


# -- 1. requests and redirects stay on the source's domains ---------------------------------


def test_the_outside_host_never_receives_a_request(hostile_crawl):
    _, _, _, outside, _ = hostile_crawl
    assert outside.requests == []


def test_off_domain_redirects_of_feeds_sitemaps_and_articles_are_refused_and_recorded(
    hostile_crawl,
):
    _, conn, _, _, _ = hostile_crawl
    refused = [e for e in errors(conn, "hostile") if "refused" in e["reason"]]
    refused_text = " ".join(e["reason"] for e in refused)
    assert len(refused) >= 4, (
        refused
    )  # the feed, the sitemap, the listing page and the article redirects
    assert "localhost is not one of the domains of source hostile" in refused_text
    assert "169.254.169.254 is not one of the domains" in refused_text


def test_a_link_local_address_is_refused_before_connecting_even_on_the_source_s_domains(
    hostile_crawl,
):
    _, conn, _, _, _ = hostile_crawl
    (error,) = errors(conn, "metadata")
    assert "169.254.169.254 is a link-local (cloud metadata) address" in error["reason"]
    assert (
        "timeout" not in error["reason"].lower() and "connect" not in error["reason"].lower()
    )  # never tried


def test_off_domain_links_are_dropped_and_counted(hostile_crawl):
    _, conn, _, _, _ = hostile_crawl
    assert (
        counts(conn, "hostile")["offsite"] == 4
    )  # the outside article, file:, javascript:, metadata


def test_nothing_off_domain_is_cached(hostile_crawl):
    _, conn, replay, _, _ = hostile_crawl
    urls = [r[0] for r in conn.execute("select url from http_cache")]
    assert urls and all(u.startswith(replay.origin + "/") for u in urls)


# -- 5. canonical URLs ------------------------------------------------------------------------


def test_a_hostile_canonical_changes_nothing(hostile_crawl):
    _, conn, replay, _, _ = hostile_crawl
    stored = articles(conn)
    victim = stored["https://faults.example/victim/"]
    assert victim["source"] == "victim" and victim["title"] == "Kent control article victim"
    takeover = [a for a in stored.values() if "/faults/canonical/takeover/" in a["url"]]
    assert (
        len(takeover) == 1 and takeover[0]["source"] == "hostile"
    )  # kept, under the URL it was fetched from
    assert takeover[0]["url"].startswith(replay.origin + "/")


def test_a_javascript_canonical_is_never_an_article_url(hostile_crawl):
    _, conn, _, _, _ = hostile_crawl
    assert all(url.startswith(("http://", "https://")) for url in articles(conn))
    assert any("/faults/canonical/script/" in url for url in articles(conn))


# -- 2. failures at any stage are recorded; the run fails -------------------------------------


def test_a_failed_store_is_recorded_and_the_run_exits_non_zero(hostile_crawl):
    result, conn, _, _, _ = hostile_crawl
    assert result.returncode == 1, result.stdout + result.stderr
    (error,) = errors(conn, "victim", "store")
    assert (
        error["url"].endswith("/faults/ok/store-fails")
        and "database or disk is full" in error["reason"]
    )
    (run,) = conn.execute("select status, failed_articles from crawl_runs").fetchall()
    assert tuple(run) == ("failed", 1)
    assert counts(conn, "victim")["failed"] == 1
    assert "failed 1" in result.stdout and "at store: IntegrityError" in result.stderr


def test_the_2mb_article_is_cut_to_the_model_s_limit_flagged_and_stored(hostile_crawl):
    _, conn, _, _, _ = hostile_crawl
    (big,) = [a for a in articles(conn).values() if a["source"] == "big"]
    assert (
        big["text_truncated"] == 1 and 10_000 < len(big["text"]) <= 20_000
    )  # as far as it was tagged
    (size,) = conn.execute("select size from pages where article_id = ?", [big["id"]]).fetchone()
    assert size > 2_000_000  # the whole page is kept, for reprocessing with a larger limit
    assert errors(conn, "big") == []


def test_logs_carry_the_url_and_error_not_the_page(hostile_crawl):
    result, _, _, _, _ = hostile_crawl
    assert "store-fails" in result.stderr
    assert "Inspectors found" not in result.stderr and "<html" not in result.stderr.lower()
    assert len(result.stderr) < 20_000


def test_health_counts_the_failed_article(hostile_crawl):
    _, _, _, _, db = hostile_crawl
    result = invoke("health", "--db", str(db), "--nights", "1")
    assert result.exit_code == 1
    line = next(line for line in result.stdout.splitlines() if line.startswith("victim "))
    assert "FAILING: 1 article(s) failed after their fetch" in line


# -- 6. caps ----------------------------------------------------------------------------------


def test_items_per_feed_and_articles_per_source_are_capped(hostile_crawl):
    _, conn, _, _, _ = hostile_crawl
    many = counts(conn, "many")
    assert many["capped"] == 10 + 5  # 40 items, 30 read; 25 articles requested of them
    assert len([a for a in articles(conn).values() if a["source"] == "many"]) == 25


def test_the_run_deadline_stops_the_run_and_fails_it(replay_server, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "slow"\nfeeds = ["{replay_server.origin}/faults/feed-of/'
        f'{q(replay_server.origin + "/faults/slow/20")}"]\n',
        encoding="utf-8",
    )
    result = run_cli(
        "crawl",
        "--sources",
        str(sources),
        "--db",
        str(tmp_path / "d.db"),
        *SETTINGS,
        "--set",
        "DOWNLOAD_TIMEOUT=60",
        "--set",
        "CLOSESPIDER_TIMEOUT=2",
        timeout=60,
    )
    assert result.returncode == 1
    assert "failed (closespider_timeout)" in result.stdout


# -- loopback is refused unless allowed ---------------------------------------------------------


def test_loopback_is_refused_without_the_setting(replay_server, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "local"\nfeeds = ["{replay_server.origin}/faults/ok/never-fetched"]\n',
        encoding="utf-8",
    )
    before = replay_server.hits("/")
    result = run_cli(
        "crawl",
        "--sources",
        str(sources),
        "--db",
        str(tmp_path / "d.db"),
        *SETTINGS,
        env={"SECTORWATCH_ALLOW_NETWORKS": ""},
    )
    assert replay_server.hits("/faults/ok/never-fetched") == 0
    assert replay_server.hits("/") == before  # not even robots.txt
    assert "127.0.0.1 is a loopback address" in result.stderr


# -- red team: names that resolve to internal addresses, credentials in URLs ------------------


def test_names_resolving_to_internal_addresses_are_refused_by_the_resolver(replay_server, tmp_path):
    port = replay_server.server_address[1]
    # "localhost" and "2130706433" (127.0.0.1 written as a number) are names, not address
    # literals: only the resolver sees where they lead, and it refuses before connecting.
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "names"\nallowed_domains = ["localhost", "2130706433"]\n'
        f'feeds = ["http://localhost:{port}/faults/ok/by-name", "http://2130706433:{port}/faults/ok/by-number"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "d.db"
    result = run_cli(
        "crawl",
        "--sources",
        str(sources),
        "--db",
        str(db),
        *SETTINGS,
        env={"SECTORWATCH_ALLOW_NETWORKS": ""},
    )
    assert replay_server.hits("/faults/ok/by-") == 0
    assert "refused: localhost resolves to 127.0.0.1 is a loopback address" in result.stderr
    assert "refused: 2130706433 resolves to 127.0.0.1 is a loopback address" in result.stderr
    with sqlite3.connect(db) as conn:
        assert (
            conn.execute(
                "select count(*) from fetch_errors where reason like '%DNS lookup failed%'"
            ).fetchone()[0]
            == 2
        )
    assert result.returncode == 1  # every request failed
    # The same names, with 127.0.0.1 allowed: fetched (so it was the resolver that refused).
    allowed = run_cli("crawl", "--sources", str(sources), "--db", str(tmp_path / "e.db"), *SETTINGS)
    assert replay_server.hits("/faults/ok/by-name") >= 1, allowed.stderr


def test_credentials_in_urls_and_meta_refresh_off_domain_are_refused(
    replay_server, outside, tmp_path
):
    origin = replay_server.origin
    away = f"localhost:{outside.server_address[1]}"
    refresh = tmp_path / "site"
    (refresh / "r").mkdir(parents=True)
    (refresh / "r" / "index.html").write_text(
        f'<html><head><meta http-equiv="refresh" content="0;url=http://{away}/refreshed"></head><body>moved</body></html>',
        encoding="utf-8",
    )
    with ReplayServer(port=0, root=refresh) as site:
        # Links with credentials are dropped by the spider (counted offsite); redirects to them
        # are refused by the middleware. The second is on the source's host by urlsplit's
        # reading, while Twisted would read the host differently.
        creds = [
            f"http://user:pw@127.0.0.1:{site.server_address[1]}/creds",
            f"http://{away}@127.0.0.1:{site.server_address[1]}/creds-differential",
        ]
        links = "|".join(
            [*creds, *(f"{origin}/faults/redirect/{q(c)}" for c in creds), f"{site.origin}/r/"]
        )
        sources = tmp_path / "s.toml"
        sources.write_text(
            f'[[source]]\nname = "tricks"\nfeeds = ["{origin}/faults/feed-of/{q(links)}"]\n',
            encoding="utf-8",
        )
        db = tmp_path / "d.db"
        run_cli("crawl", "--sources", str(sources), "--db", str(db), *SETTINGS)
        assert site.hits("/creds") == 0 and site.hits("/r/") == 1
    assert outside.requests == []  # the meta refresh off the source's domains was refused
    with sqlite3.connect(db) as conn:
        reasons = [r[0] for r in conn.execute("select reason from fetch_errors")]
    assert len([r for r in reasons if "a URL with credentials" in r]) == 2, reasons
    assert any("localhost is not one of the domains of source tricks" in r for r in reasons), (
        reasons
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("select offsite from source_runs").fetchone()[0] == 2


def test_a_planted_symlink_lock_file_is_not_followed(tmp_path):
    from crawler.db import CrawlLocked, crawl_lock

    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    db = tmp_path / "d.db"
    Path(f"{db}.lock").symlink_to(victim)
    with pytest.raises(CrawlLocked, match="cannot open the crawl lock"):
        with crawl_lock(db):
            pass
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_a_malformed_link_does_not_lose_the_rest_of_a_feed_or_sitemap(replay_server, tmp_path):
    origin = replay_server.origin
    feed = "|".join(
        ["http://[::1", "http://127.0.0.1:99999999/x", f"{origin}/faults/ok/after-bad-feed-link"]
    )
    sitemap = "|".join(
        ["http://[::1", "javascript:alert(1)", f"{origin}/faults/ok/after-bad-sitemap-loc"]
    )
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "m"\nallowed_domains = ["127.0.0.1", "faults.example"]\n'
        f'feeds = ["{origin}/faults/feed-of/{q(feed)}"]\nsitemaps = ["{origin}/faults/sitemap-of/{q(sitemap)}"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "d.db"
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db), *SETTINGS)
    assert result.returncode == 0, result.stdout + result.stderr
    with sqlite3.connect(db) as conn:
        urls = {r[0] for r in conn.execute("select url from articles")}
        assert conn.execute("select offsite from source_runs").fetchone()[0] == 2
    assert {
        "https://faults.example/after-bad-feed-link/",
        "https://faults.example/after-bad-sitemap-loc/",
    } <= urls
