"""Datasette plugin: limits on every SQLite connection Datasette opens.

- A cap on the size of any one value (SQLite's SQLITE_LIMIT_LENGTH): a query such as
  `select zeroblob(900000000)` is refused by SQLite at once ("string or blob too big")
  instead of growing the server until the kernel kills it. Datasette's SQL time limit
  cannot stop it: one allocation is one step of the virtual machine.
- The crawler's raw material is not served: reading any column of `http_cache` (cached
  feeds and sitemaps) or `pages` (raw article pages) is denied to every query, canned or
  typed, through SQLite's authorizer; the metadata also denies their table pages.
- No ATTACH: a query cannot open another file.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl

MAX_VALUE_BYTES = 256 * 1024  # stored article text is at most the tagger's 100,000 characters
PRIVATE_TABLES = frozenset({"http_cache", "pages"})


def authorize(
    action: int, arg1: str | None, arg2: str | None, database: str | None, trigger: str | None
) -> int:
    if action == sqlite3.SQLITE_READ and arg1 in PRIVATE_TABLES:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_ATTACH:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.set_authorizer(authorize)
