"""`sectorwatch serve`: a real Datasette over the database."""

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import FAST, ROOT, run_cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served_db(replay_sources, db_path):
    assert run_cli("crawl", "--sources", str(replay_sources), "--db", str(db_path), *FAST).returncode == 0
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "serve", "--db", str(db_path), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base, db_path.stem
    proc.terminate()
    proc.wait(timeout=10)


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
