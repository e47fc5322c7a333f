"""Crawl runs, recorded by a Scrapy extension: however the spiders are started.

`sectorwatch crawl` and `scrapy crawl sector` (or `ofsted`) alike: when the first spider of
a process is set up, the extension takes the database's crawl lock (crawler/db.py: one
crawl at a time, released by the OS if the process dies) and records a `running` run,
whose id the pipelines read from the SECTORWATCH_RUN_ID setting. When the last spider of
the process closes, it records each source's counts (`source_runs`), evaluates the
alerts (crawler/alerts/rule.py) and closes the run: `finished`, or `failed` when Scrapy
did not finish (the run deadline included), when every request failed, or when an article
failed at a stage after its fetch (crawler/failures.py). A run killed at any moment stays
`running`; the next one marks it `killed` once its process is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from typing import Any, ClassVar, cast

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.alerts.rule import evaluate_alerts
from crawler.db import crawl_lock, open_db, process_alive, utcnow

COUNTS = (
    "discovered",
    "already_stored",
    "fetched",
    "new",
    "updated",
    "unchanged",
    "documents",
    "errors",
    "responses",
    "offsite",
    "capped",
    "failed",
)


def start_run(db_path: str, sources_label: str) -> int:
    """Record a new run. Call with the crawl lock held: then a run still `running` is one
    whose process died (its lock went with it), unless its pid is alive (an older
    sectorwatch without the lock, or a reused pid): that one is left alone."""
    db = open_db(db_path)
    try:
        with db.atomic():
            for run_id, pid in db.execute(
                "select id, pid from crawl_runs where status = 'running'"
            ).fetchall():
                if pid == os.getpid() or not process_alive(pid):
                    db.table("crawl_runs").update(
                        run_id,
                        {
                            "status": "killed",
                            "finish_reason": "did not finish (its process is gone)",
                        },
                    )
            row = {
                "started_at": utcnow(),
                "status": "running",
                "sources_file": sources_label,
                "pid": os.getpid(),
            }
            return cast(int, db.table("crawl_runs").insert(row).last_pk)
    finally:
        db.close()


@dataclass
class Run:
    """One process's run: shared by its spiders (the news and Ofsted's record)."""

    db_path: str
    run_id: int
    lock: contextlib.ExitStack
    open_spiders: int = 0
    reasons: list[str] = field(default_factory=list)
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def finish(self) -> None:
        merged = {
            k: v
            for spider_stats in self.stats.values()
            for k, v in spider_stats.items()
            if k.startswith("sectorwatch/")
        }
        per_source = {
            name: {c: int(merged.get(f"sectorwatch/{name}/{c}", 0)) for c in COUNTS}
            for name in self.sources
        }
        totals = {c: sum(p[c] for p in per_source.values()) for c in COUNTS}
        finish_reason = next((r for r in self.reasons if r != "finished"), "finished")
        failed = (
            finish_reason != "finished"
            or (totals["responses"] == 0 and totals["errors"] > 0)
            or totals["failed"] > 0
        )
        db = open_db(self.db_path)
        try:
            new_alerts = evaluate_alerts(db, self.run_id)
            with db.atomic():
                db.table("source_runs").insert_all(
                    (
                        {
                            "run_id": self.run_id,
                            "source": name,
                            **{c: counts[c] for c in COUNTS if c != "already_stored"},
                        }
                        for name, counts in per_source.items()
                    ),
                    replace=True,
                )
                db.table("crawl_runs").update(
                    self.run_id,
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
                        "stats": json.dumps(
                            {"per_source": per_source, "scrapy": self.stats},
                            default=str,
                            sort_keys=True,
                        ),
                    },
                )
        finally:
            db.close()
            self.lock.close()


class RunRecorder:
    """Scrapy extension: a crawl run per process, with its lock, counts and alerts."""

    runs: ClassVar[dict[str, Run]] = {}  # the database's real path -> this process's run on it
    last_run_id: ClassVar[int | None] = None

    def __init__(self, crawler: Crawler, run: Run, key: str) -> None:
        self.crawler, self.run, self.key = crawler, run, key

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        db_path = str(crawler.settings.get("SECTORWATCH_DB"))
        key = os.path.realpath(db_path)
        run = cls.runs.get(key)
        if run is None:
            lock = contextlib.ExitStack()
            lock.enter_context(
                crawl_lock(db_path)
            )  # CrawlLocked when another crawl runs on this database
            try:
                run_id = start_run(db_path, _sources_label(crawler))
            except BaseException:
                lock.close()
                raise
            run = cls.runs[key] = Run(db_path, run_id, lock)
            RunRecorder.last_run_id = run_id
        run.open_spiders += 1
        crawler.settings.set(
            "SECTORWATCH_RUN_ID", run.run_id, priority="cmdline"
        )  # read by the pipelines
        recorder = cls(crawler, run, key)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_closed(self, spider: Spider, reason: str) -> None:
        run = self.run
        run.reasons.append(str(reason))
        run.stats[spider.name] = dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}
        run.sources += [s.name for s in getattr(spider, "sources", []) if s.name not in run.sources]
        run.open_spiders -= 1
        if run.open_spiders == 0:
            del self.runs[self.key]
            run.finish()


def _sources_label(crawler: Crawler) -> str:
    """What crawl_runs.sources_file says: the file the spider reads its sources from."""
    label = crawler.settings.get("SECTORWATCH_SOURCES_LABEL")
    argument = getattr(crawler.spider, "_sources_arg", None)
    return str(
        label
        or (argument if isinstance(argument, str) else None)
        or crawler.settings.get("SECTORWATCH_SOURCES")
    )
