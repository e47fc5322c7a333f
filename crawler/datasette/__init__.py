"""Datasette over a sectorwatch database: metadata, canned queries, map and chart plugins.

The metadata (titles, descriptions, column notes, facets, licences, canned queries) is a
data file, metadata.yml, written for a database named "sectorwatch"; metadata_for() gives
it for any database file name. The plugins in plugins/ cap value sizes and keep the
crawler's raw tables (http_cache, pages) from being served; SETTINGS limit time and rows.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

METADATA = Path(__file__).resolve().parent / "metadata.yml"
PLUGINS_DIR = Path(__file__).resolve().parent / "plugins"
# A query runs at most 5 s and returns at most 200 rows (each value at most 256 KiB: plugins/limits.py).
SETTINGS = {
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "default_page_size": 100,
    "max_returned_rows": 200,
}


@functools.lru_cache(maxsize=1)
def _metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def metadata_for(db_path: str | Path) -> dict[str, Any]:
    name = Path(db_path).stem
    metadata = copy.deepcopy(_metadata())
    metadata["databases"] = {name: metadata["databases"].pop("sectorwatch")}
    metadata["description_html"] = metadata["description_html"].replace("/sectorwatch", f"/{name}")
    return metadata


def make_datasette(db_path: str | Path) -> Any:
    """An in-process Datasette over the database (tests use its client)."""
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=metadata_for(db_path),
        settings=SETTINGS,
        plugins_dir=str(PLUGINS_DIR),
    )
