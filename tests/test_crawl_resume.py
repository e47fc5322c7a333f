"""A crawl killed with SIGKILL at any moment, then run again, ends with exactly the article
set of an uninterrupted run, with no duplicate rows (issue 4, point 4)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.helpers import FAST, ROOT, run_cli, write_sources

pytestmark = pytest.mark.slow  # whole crawls in their own processes

N = 60


def rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def reference(replay_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reference")
    sources = write_sources(tmp / "s.toml", replay_server.origin, N)
    db = tmp / "ref.db"
    started = time.monotonic()
    assert run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    return sources, db, time.monotonic() - started


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_crawl_resumes_to_the_same_articles(reference, tmp_path, seed):
    sources, ref_db, duration = reference
    moment = random.Random(seed).uniform(0.3, duration)  # anywhere from start-up to the end
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
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
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(moment)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    result = run_cli("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert result.returncode == 0, result.stdout + result.stderr
    query = "select url, content_hash from articles order by url"
    assert rows(db, query) == rows(ref_db, query), f"seed {seed}, killed after {moment:.2f} s"
    assert rows(db, "select count(*) from articles")[0][0] == N
    assert rows(
        db, "select count(*), count(distinct authority_code || inspection_key) from alerts"
    ) == rows(
        ref_db, "select count(*), count(distinct authority_code || inspection_key) from alerts"
    )
    statuses = [r[0] for r in rows(db, "select status from crawl_runs order by id")]
    assert statuses[-1] == "finished" and all(s in ("killed", "finished") for s in statuses)
