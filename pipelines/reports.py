"""Ofsted's reports: PDF -> the inspection it records -> the `inspections` table.

A report is read off the reactor's thread (pipelines/report_reader.py bounds its time and
memory) and stored in one transaction (crawler/inspections.py). One that cannot be read is a
fetch_errors row with the reason, never half-stored. The alert it may raise is evaluated
with the rest after the crawl (crawler/alerts/rule.py).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from crawler.db import open_db, utcnow
from crawler.items import ReportItem


class ReportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db: sqlite_utils.Database | None = None
        self.run_id: int | None = crawler.settings.getint("SECTORWATCH_RUN_ID") or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = open_db(self.crawler.settings.get("SECTORWATCH_DB"))

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def _count(self, source: str, what: str) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/{source}/{what}")

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ReportItem):
            return item
        from crawler.inspections import store_inspection
        from pipelines.report_reader import ReportError, read_report

        assert self.db is not None
        try:
            report = await maybe_deferred_to_future(
                deferToThread(read_report, item.body, urn=item.urn, published=item.published, link_text=item.link_text)
            )
        except ReportError as exc:
            self._count(item.source, "errors")
            with self.db.atomic():
                self.db["fetch_errors"].insert({"run_id": self.run_id, "source": item.source, "url": item.url,
                                                "status": 200, "reason": f"report not read: {exc}", "time": utcnow()})
            return item
        status, _ = store_inspection(self.db, report, report_url=item.url, published=report.published or item.published,
                                     run_id=self.run_id, source="ofsted")
        self._count(item.source, status)
        return item
