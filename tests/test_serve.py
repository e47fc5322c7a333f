"""`sectorwatch serve`: a real Datasette over the database."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from crawler.db import open_db
from tests.helpers import FAST, ROOT, free_port, run_cli, serving


@pytest.fixture
def served_db(replay_sources, db_path):
    assert (
        run_cli("crawl", "--sources", str(replay_sources), "--db", str(db_path), *FAST).returncode
        == 0
    )
    with serving(db_path) as base:
        yield base, db_path.stem


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def test_datasette_serves_the_articles_and_alerts(served_db):
    base, name = served_db
    articles = get_json(f"{base}/{name}/articles.json?_shape=array&_col=title")
    assert len(articles) == 5
    alerts = get_json(f"{base}/{name}/alerts.json?_shape=array")
    assert [a["authority_code"] for a in alerts] == ["E08000003"]


def test_serve_refuses_a_missing_database(tmp_path):
    result = run_cli("serve", "--db", str(tmp_path / "missing.db"))
    assert result.returncode != 0
    assert "does not exist yet" in result.stderr


def _processes_with(marker: str) -> list[int]:
    """Ids of the running processes whose command line contains `marker` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (
                    (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                )
            except OSError:
                continue  # ended meanwhile
            if marker in cmdline:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_sigterm_to_serve_leaves_no_datasette(tmp_path):
    """`serve` becomes Datasette (exec): SIGTERM to it stops the server, no orphan keeps the port."""
    db_path = tmp_path / "sigterm.db"
    marker = str(db_path)  # every process of this test names its temporary database
    open_db(db_path).close()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler", "serve", "--db", marker, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    left: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert get_json(f"http://127.0.0.1:{port}/-/versions.json")["datasette"]
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    "serve did not start Datasette"
                )
                time.sleep(0.1)
        # The process answering is the one started as `sectorwatch serve`, now Datasette itself.
        assert _processes_with(marker) == [proc.pid]
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        deadline = time.monotonic() + 10
        while _processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _processes_with(marker)
    finally:
        for pid in _processes_with(marker):  # this test's own leftovers, whatever failed
            os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert left == [], "a Datasette process outlived `sectorwatch serve`"
