"""One crawl run from the command line: `sectorwatch crawl` is a thin wrapper.

Scrapy's reactor runs once per process, so a process makes one run: the news spider
(`sector`) and Ofsted's record (`ofsted`) side by side, each over its own sources. The
run itself (its lock, its record in crawl_runs, per-source counts, alerts) is kept by the
RunRecorder extension (crawler/runs.py), so `scrapy crawl sector` records it the same way;
this module starts the spiders and reads the recorded run back for the command's report.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.db import CrawlLocked, NotSectorwatchDatabase, open_db
from crawler.runs import COUNTS, RunRecorder
from crawler.sources import Source, sources_for


@dataclass
class RunResult:
    run_id: int
    status: str  # finished or failed
    finish_reason: str
    seconds: float
    per_source: dict[str, dict[str, int]]
    totals: dict[str, int]
    new_alerts: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def _settings(db_path: str, sources_label: str, overrides: dict[str, Any]) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("SECTORWATCH_DB", db_path, priority="cmdline")
    settings.set("SECTORWATCH_SOURCES_LABEL", sources_label, priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(
    sources: list[Source],
    db_path: str | Path,
    sources_label: str,
    overrides: dict[str, Any] | None = None,
) -> RunResult:
    """Crawl `sources` into the database at `db_path`; the run, its counts and its alerts
    are recorded by crawler/runs.py; returns what it recorded."""
    from scrapy.crawler import CrawlerProcess

    from spiders.ofsted import OfstedSpider
    from spiders.sector import SectorSpider

    db_path = str(db_path)
    started = time.monotonic()
    process = CrawlerProcess(_settings(db_path, sources_label, overrides or {}))
    failures: list[Any] = []
    RunRecorder.last_run_id = None
    for spider_cls in (SectorSpider, OfstedSpider):
        own = sources_for(sources, spider_cls.name)
        if own:
            process.crawl(spider_cls, sources=own).addErrback(failures.append)
    process.start()
    for failure in failures:
        if failure.check(CrawlLocked, NotSectorwatchDatabase):
            raise failure.value
    if RunRecorder.last_run_id is None:
        raise RuntimeError(
            "the crawl did not start: " + "; ".join(f.getErrorMessage() for f in failures)
        )
    return read_run(db_path, RunRecorder.last_run_id, time.monotonic() - started)


def read_run(db_path: str, run_id: int, seconds: float) -> RunResult:
    """A recorded run as the command reports it."""
    db = open_db(db_path)
    try:
        run = db.table("crawl_runs").get(run_id)
        per_source = {
            r["source"]: {c: int(r.get(c) or 0) for c in COUNTS}
            for r in db.query("select * from source_runs where run_id = ? order by rowid", [run_id])
        }
        totals = {c: sum(p[c] for p in per_source.values()) for c in COUNTS}
        new_alerts = list(db.query("select * from alerts where run_id = ? order by id", [run_id]))
        errors = list(
            db.query(
                "select source, url, status, reason, stage from fetch_errors where run_id = ? order by id",
                [run_id],
            )
        )
    finally:
        db.close()
    return RunResult(
        run_id,
        run["status"],
        run["finish_reason"] or "",
        seconds,
        per_source,
        totals,
        new_alerts,
        errors,
    )
