"""`sectorwatch serve`: a real Datasette over the database."""

import json
import urllib.request

import pytest

from tests.conftest import FAST, run_cli, serving


@pytest.fixture
def served_db(replay_sources, db_path):
    assert run_cli("crawl", "--sources", str(replay_sources), "--db", str(db_path), *FAST).returncode == 0
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
