"""One crawl run: record it, run the Scrapy spider over the sources, evaluate alerts.

Scrapy's reactor runs once per process, so a process makes one run (the CLI's `crawl`):
the news spider (`sector`) and Ofsted's record (`ofsted`) side by side, each over its own
sources. One crawl at a time per database: a run holds an OS lock on `<db>.lock` (crawler/db.py)
for its whole life. A run killed before it finished stays `running` in crawl_runs, with
its pid; the next run, holding the lock, marks it `killed` once that process is gone. Its
stored articles are complete (one transaction each), and the next run fetches whatever
it did not reach and evaluates the alerts it did not get to.

A run is `failed` (and the command exits non-zero) when Scrapy did not finish (the run
deadline, CLOSESPIDER_TIMEOUT, included), when every request failed, or when any article
failed at a stage after fetching (parse, extract, tag, store: see crawler/failures.py).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.alerts.rule import evaluate_alerts
from crawler.db import crawl_lock, open_db, process_alive, utcnow
from crawler.sources import Source, sources_for

COUNTS = ("discovered", "already_stored", "fetched", "new", "updated", "unchanged", "documents", "errors", "responses",
          "offsite", "capped", "failed")


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


def _settings(db_path: str, run_id: int, overrides: dict[str, Any]) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("SECTORWATCH_DB", db_path, priority="cmdline")
    settings.set("SECTORWATCH_RUN_ID", run_id, priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def start_run(db_path: str, sources_label: str) -> int:
    """Record a new run. Call with the crawl lock held: then a run still `running` is one
    whose process died (its lock went with it), unless its pid is alive (an older
    sectorwatch without the lock, or a reused pid): that one is left alone."""
    db = open_db(db_path)
    try:
        with db.atomic():
            for run_id, pid in db.execute("select id, pid from crawl_runs where status = 'running'").fetchall():
                if pid == os.getpid() or not process_alive(pid):
                    db["crawl_runs"].update(run_id, {"status": "killed", "finish_reason": "did not finish (its process is gone)"})
            row = {"started_at": utcnow(), "status": "running", "sources_file": sources_label, "pid": os.getpid()}
            return db["crawl_runs"].insert(row).last_pk
    finally:
        db.close()


def run_crawl(sources: list[Source], db_path: str | Path, sources_label: str, overrides: dict[str, Any] | None = None) -> RunResult:
    """Crawl `sources` into the database at `db_path`; record the run; create new alerts."""
    db_path = str(db_path)
    with crawl_lock(db_path):  # raises CrawlLocked when another crawl runs on this database
        return _run_locked(sources, db_path, sources_label, overrides)


def _run_locked(sources: list[Source], db_path: str, sources_label: str, overrides: dict[str, Any] | None) -> RunResult:
    from scrapy.crawler import CrawlerProcess

    from spiders.ofsted import OfstedSpider
    from spiders.sector import SectorSpider

    run_id = start_run(db_path, sources_label)
    started = time.monotonic()
    process = CrawlerProcess(_settings(db_path, run_id, overrides or {}))
    crawlers = []
    for spider_cls in (SectorSpider, OfstedSpider):
        own = sources_for(sources, spider_cls.name)
        if own:
            crawler = process.create_crawler(spider_cls)
            process.crawl(crawler, sources=own)
            crawlers.append(crawler)
    process.start()
    seconds = time.monotonic() - started

    stats: dict[str, Any] = {}
    reasons = []
    for crawler in crawlers:
        spider_stats = crawler.stats.get_stats() if crawler.stats else {}
        reasons.append(str(spider_stats.get("finish_reason", "unknown")))
        stats[crawler.spidercls.name] = spider_stats
    merged = {k: v for spider_stats in stats.values() for k, v in spider_stats.items() if k.startswith("sectorwatch/")}
    per_source = {s.name: {c: int(merged.get(f"sectorwatch/{s.name}/{c}", 0)) for c in COUNTS} for s in sources}
    totals = {c: sum(p[c] for p in per_source.values()) for c in COUNTS}
    finish_reason = next((r for r in reasons if r != "finished"), "finished") if reasons else "no sources"
    failed = finish_reason != "finished" or (totals["responses"] == 0 and totals["errors"] > 0) or totals["failed"] > 0

    db = open_db(db_path)
    try:
        new_alerts = evaluate_alerts(db, run_id)
        errors = [dict(r) for r in db.query("select source, url, status, reason, stage from fetch_errors where run_id = ? order by id", [run_id])]
        with db.atomic():
            db["source_runs"].insert_all(({"run_id": run_id, "source": name, **{c: counts[c] for c in COUNTS if c != "already_stored"}}
                                          for name, counts in per_source.items()), replace=True)
            db["crawl_runs"].update(
                run_id,
                {
                    "finished_at": utcnow(),
                    "status": "failed" if failed else "finished",
                    "finish_reason": finish_reason,
                    "articles_new": totals["new"],
                    "articles_updated": totals["updated"],
                    "articles_unchanged": totals["unchanged"],
                    "errors": totals["errors"],
                    "failed_articles": totals["failed"],
                    "alerts_new": len(new_alerts),
                    "stats": json.dumps({"per_source": per_source, "scrapy": stats}, default=str, sort_keys=True),
                },
            )
    finally:
        db.close()
    return RunResult(run_id, "failed" if failed else "finished", finish_reason, seconds, per_source, totals, new_alerts, errors)
