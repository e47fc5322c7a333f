"""Datasette under hostile queries (issue 14, point 4): a real `sectorwatch serve`."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from crawler.db import open_db
from tests.helpers import serving


def fetch(url: str, timeout: float = 30) -> tuple[int, dict | str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        try:
            return exc.code, json.loads(body)
        except ValueError:
            return exc.code, body


def sql(base: str, name: str, query: str) -> tuple[int, dict | str]:
    return fetch(f"{base}/{name}.json?" + urllib.parse.urlencode({"sql": query}))


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("serve") / "sw.db"
    with open_db(db_path) as db:
        db["http_cache"].insert(
            {
                "fingerprint": "f",
                "url": "http://169.254.169.254/",
                "status": 200,
                "headers": "{}",
                "body": b"SECRET-CREDENTIALS",
                "stored_at": 0.0,
            }
        )
        db["sources"].insert({"name": "a", "config": "{}"})
        db["articles"].insert(
            {
                "id": 1,
                "url": "https://a.example/1",
                "source": "a",
                "title": "t",
                "text": "x",
                "content_hash": "h",
            }
        )
        db["pages"].insert(
            {
                "article_id": 1,
                "url": "https://a.example/1",
                "fetched_at": "",
                "html_zlib": b"RAW-PAGE",
                "size": 8,
            }
        )
        db.execute("PRAGMA journal_mode = delete")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with serving(db_path) as base:
        yield base, db_path.stem
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before  # serving never wrote to it
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_huge_value_is_refused_and_the_server_keeps_answering(served):
    base, name = served
    started = time.monotonic()
    status, body = sql(base, name, "select zeroblob(900000000), zeroblob(900000000)")
    assert status == 400 and "too big" in json.dumps(body)
    assert time.monotonic() - started < 10
    status, body = sql(base, name, "select length(zeroblob(200000)) as n")  # a modest value is fine
    assert status == 200 and body["rows"] == [[200000]]
    assert fetch(f"{base}/-/versions.json")[0] == 200


def test_values_built_up_by_concatenation_are_capped_too(served):
    base, name = served
    query = (
        "with recursive r(s) as (select 'xxxxxxxxxxxxxxxx' union all select s || s from r where length(s) < 400000000) "
        "select length(s) from r order by 1 desc limit 1"
    )
    status, body = sql(base, name, query)
    assert status == 400 and "too big" in json.dumps(body)


@pytest.mark.parametrize("table", ["http_cache", "pages"])
def test_the_raw_tables_are_not_served(served, table):
    base, name = served
    assert fetch(f"{base}/{name}/{table}.json")[0] == 403
    for query in (
        f"select * from {table}",
        f"select a.title, p.* from articles a join {table} p on 1",
        f"select (select group_concat(url) from {table})",
    ):
        status, body = sql(base, name, query)
        assert status >= 400, (query, body)
        assert "SECRET" not in json.dumps(body) and "RAW-PAGE" not in json.dumps(body)
    _, listing = fetch(f"{base}/{name}.json")
    assert table not in {t["name"] for t in listing["tables"]}


def test_attach_is_refused(served):
    base, name = served
    status, _ = sql(base, name, "select * from pragma_database_list")
    assert status in (200, 400)
    status, body = sql(base, name, "attach database '/etc/hostname' as h")
    assert status >= 400


def test_ordinary_tables_are_served(served):
    base, name = served
    status, body = fetch(f"{base}/{name}/articles.json?_shape=array")
    assert status == 200 and body[0]["url"] == "https://a.example/1"
