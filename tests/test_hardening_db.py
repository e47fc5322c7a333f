"""The database under contention and misuse (issue 14, points 3 and 4).

Writes take the lock up front and wait; one crawl at a time; a run is `killed` only when
its process is gone; read-only commands leave the file exactly as it was, and refuse a
file that is not a sectorwatch database.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from crawler.db import open_db
from tests.helpers import FAST, OWN_PROCESS, ROOT, invoke, run_cli, write_sources


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hold_write_lock(db: Path, seconds: float, started: threading.Event) -> threading.Thread:
    """Another writer: holds SQLite's write lock on `db` for `seconds`, then commits."""

    def run() -> None:
        conn = sqlite3.connect(db, isolation_level=None, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("insert into sources (name, config) values ('other-writer', '{}')")
        started.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_transaction_waits_for_another_writer_instead_of_failing(db_path):
    db = open_db(db_path)
    started = threading.Event()
    writer = hold_write_lock(db_path, 1.0, started)
    started.wait(5)
    began = time.monotonic()
    with db.atomic():  # read, then write: a deferred BEGIN fails here at once (SQLITE_BUSY)
        seen = db["sources"].count
        db["sources"].insert({"name": "crawler", "config": "{}"})
    writer.join()
    assert time.monotonic() - began >= 0.8  # it waited out the other writer...
    assert seen == 1  # ...and read after it committed
    assert {r["name"] for r in db["sources"].rows} == {"other-writer", "crawler"}
    db.close()


def test_a_locked_database_mid_crawl_costs_no_article(replay_server, tmp_path):
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 60, kinds=("feeds",))
    db = tmp_path / "locked.db"
    open_db(db).close()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "crawl",
            "--sources",
            str(sources),
            "--db",
            str(db),
            *FAST,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    with sqlite3.connect(db) as conn:
        while (
            conn.execute("select count(*) from articles").fetchone()[0] < 2
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
    started = threading.Event()
    writer = hold_write_lock(db, 2.0, started)
    started.wait(5)
    assert proc.poll() is None, "the crawl finished before the lock was taken"
    writer.join()
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, out + err
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 60
        assert conn.execute("select count(*) from fetch_errors").fetchone()[0] == 0


def test_one_crawl_at_a_time_and_the_first_is_not_marked_killed(replay_server, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "slow"\nallowed_domains = ["127.0.0.1", "faults.example"]\n'
        f'feeds = ["{replay_server.origin}/faults/feed-of/{replay_server.origin}%2Ffaults%2Fslow%2F3"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "one.db"
    first = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "crawl",
            "--sources",
            str(sources),
            "--db",
            str(db),
            *FAST,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = Path(f"{db}.lock")
    deadline = time.monotonic() + 60
    while (
        not (lock.exists() and lock.read_text().strip() == str(first.pid))
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    second = run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert second.returncode != 0
    assert f"another crawl (pid {first.pid}) is running on {db}" in second.stderr
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, out + err
    with sqlite3.connect(db) as conn:
        assert conn.execute("select status, pid from crawl_runs").fetchall() == [
            ("finished", first.pid)
        ]


def test_a_run_is_marked_killed_only_when_its_process_is_gone(replay_server, tmp_path):
    db = tmp_path / "k.db"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with open_db(db) as conn:
        conn["crawl_runs"].insert_all(
            [
                {"id": 1, "status": "running", "pid": gone.pid},
                {"id": 2, "status": "running", "pid": os.getpid()},
            ]
        )
    sources = tmp_path / "s.toml"
    sources.write_text(
        f'[[source]]\nname = "b"\nallowed_domains = ["127.0.0.1", "bigsite.example"]\n'
        f'feeds = ["{replay_server.origin}/bigsite/2/feed/"]\n',
        encoding="utf-8",
    )
    assert run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("select id, status from crawl_runs order by id").fetchall() == [
            (1, "killed"),
            (2, "running"),
            (3, "finished"),
        ]


# -- read-only commands ---------------------------------------------------------------------


@pytest.fixture
def rollback_journal_db(db_path):
    """A sectorwatch database in rollback-journal mode (as another tool might leave it), with a night recorded."""
    with open_db(db_path) as db:
        run_id = (
            db["crawl_runs"]
            .insert({"started_at": "2026-11-21T02:00:00+00:00", "status": "finished"})
            .last_pk
        )
        db["source_runs"].insert(
            {
                "run_id": run_id,
                "source": "s",
                "discovered": 1,
                "fetched": 1,
                "new": 1,
                "updated": 0,
                "unchanged": 0,
                "documents": 0,
                "errors": 0,
                "responses": 1,
            }
        )
        db.execute("PRAGMA journal_mode = delete")
    return db_path


@pytest.mark.parametrize("command", [["health", "--nights", "1"], ["alerts"]])
def test_read_only_commands_leave_the_file_as_it_was(rollback_journal_db, command):
    before = digest(rollback_journal_db)
    result = invoke(*command, "--db", str(rollback_journal_db))
    assert result.exit_code == 0, result.output
    assert digest(rollback_journal_db) == before
    with sqlite3.connect(rollback_journal_db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{rollback_journal_db}-wal").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["health"],
        ["alerts"],
        ["serve", "--port", "9"],
        ["alerts", "--send", "--alerts-config", "a.toml"],
        ["crawl", "--sources", str(ROOT / "crawler/replay_site/sources.toml")],
    ],
)
def test_a_file_that_is_not_a_sectorwatch_database_is_refused_untouched(tmp_path, command):
    other = tmp_path / "other-app.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table invoices (id integer primary key, total real)")
        conn.execute("insert into invoices (total) values (12.5)")
    (tmp_path / "a.toml").write_text("[console]\nenabled = true\n", encoding="utf-8")
    before = digest(other)
    if command[0] in OWN_PROCESS:  # were the refusal lost, serve would serve, crawl would crawl
        done = run_cli(*command, "--db", str(other), cwd=tmp_path)
        code, stderr = done.returncode, done.stderr
    else:
        result = invoke(*command, "--db", str(other), cwd=tmp_path)
        code, stderr = result.exit_code, result.stderr
    assert code != 0
    assert f"{other} is not a sectorwatch database" in stderr
    assert digest(other) == before and not Path(f"{other}-wal").exists()


def test_the_crawl_lock_holds_whatever_name_the_database_is_reached_by(tmp_path):
    from crawler.db import CrawlLocked, crawl_lock

    db = tmp_path / "sw.db"
    alias = tmp_path / "alias.db"
    alias.symlink_to(db)
    with crawl_lock(db):
        with pytest.raises(CrawlLocked, match=f"pid {os.getpid()}"):
            with crawl_lock(alias):
                pass
        with pytest.raises(CrawlLocked):
            with crawl_lock(tmp_path / "." / "sw.db"):
                pass
    with crawl_lock(alias):  # released with its holder
        pass
