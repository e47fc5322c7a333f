"""Defaults an operator may change, declared once: the database, the sources file, the
spaCy model, and the version (from the package's metadata, as pyproject.toml declares it).

Light on purpose (no sqlite-utils, Scrapy or spaCy): the CLI imports it at start-up. Each
default can be overridden by the environment variable named beside it, through click's
`envvar` in the CLI and through crawler/settings.py for `scrapy crawl`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from nlp import DEFAULT_MODEL

DEFAULT_DB = "sectorwatch.db"  # SECTORWATCH_DB
DEFAULT_SOURCES = "sources.toml"  # SECTORWATCH_SOURCES
__all__ = ["DEFAULT_DB", "DEFAULT_MODEL", "DEFAULT_SOURCES", "VERSION"]

try:
    VERSION = version("sectorwatch")
except PackageNotFoundError:  # run from a checkout that was never installed
    VERSION = "0+unknown"
