"""`sectorwatch health`: a table per source; non-zero exit when one is FAILING or SILENT."""

from crawler.db import open_db
from crawler.health import source_health
from tests.helpers import FAST, invoke, run_cli


def test_health_flags_a_source_that_failed_on_every_request(replay_server, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "good"\nfeeds = ["{replay_server.origin}/bigsite/2/feed/"]\n'
        f'[[source]]\nname = "redesigned"\nfeeds = ["{replay_server.origin}/faults/status/404"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "h.db"
    assert run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    result = invoke("health", "--db", str(db), "--nights", "1")
    assert result.exit_code == 1
    lines = {
        line.split()[0]: line
        for line in result.stdout.splitlines()[3:]
        if line.strip() and not line.startswith(" ")
    }
    assert lines["good"].rstrip().endswith("ok")
    assert "FAILING: all 1 request(s) of the latest run failed" in lines["redesigned"]
    assert "last error: 404" in result.stdout


def _night(db, day, source, new, discovered=5, errors=0, responses=1):
    run_id = (
        db["crawl_runs"]
        .insert({"started_at": f"{day}T02:00:00+00:00", "status": "finished"})
        .last_pk
    )
    db["source_runs"].insert(
        {
            "run_id": run_id,
            "source": source,
            "discovered": discovered,
            "fetched": new,
            "new": new,
            "updated": 0,
            "unchanged": 0,
            "documents": 0,
            "errors": errors,
            "responses": responses,
        }
    )


def test_a_source_silent_for_n_nights_is_flagged(db_path):
    db = open_db(db_path)
    _night(db, "2026-11-18", "quiet", new=4)
    for day in ("2026-11-19", "2026-11-20", "2026-11-21"):
        _night(db, day, "quiet", new=0)
        _night(db, day, "busy", new=2)
    by_name = {h.source: h for h in source_health(db, nights=3)}
    assert by_name["quiet"].status == "SILENT" and by_name["busy"].status == "ok"
    assert {h.source: h.status for h in source_health(db, nights=4)}["quiet"] == "ok"


def test_configured_sources_never_crawled_are_listed(db_path, tmp_path):
    db = open_db(db_path)
    _night(db, "2026-11-21", "busy", new=2)
    statuses = {
        h.source: h.status for h in source_health(db, nights=1, sources=["busy", "brand-new"])
    }
    assert statuses == {"busy": "ok", "brand-new": "NEVER RUN"}
