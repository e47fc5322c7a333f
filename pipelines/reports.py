"""Ofsted's reports: PDF -> the inspection it records -> the `inspections` table.

A report is read off the reactor's thread (pipelines/report_reader.py bounds its time and
memory) and stored in one transaction (crawler/inspections.py). A full inspection the
record already holds under another file URL (the bundled history, from before Ofsted
re-issued a file) fills in that row rather than adding a second one. Every file read is
remembered in `report_files`, so it is never fetched again. One that cannot be read is a
fetch_errors row with the reason, never half-stored. The alert a report may raise is
evaluated with the rest after the crawl (crawler/alerts/rule.py).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from crawler.db import open_db, utcnow
from crawler.items import ReportItem


def store_report(
    db: sqlite_utils.Database,
    report: Any,
    *,
    url: str,
    published: str | None,
    run_id: int | None,
    source: str = "ofsted",
) -> tuple[str, int]:
    """Store a read report fetched from `url`: ("new" | "updated" | "unchanged", inspection id)."""
    from crawler.inspections import store_inspection

    published = report.published or published
    with db.atomic():
        same = None
        if report.kind == "inspection" and report.authority_code and published:
            same = db.execute(
                """select report_url from inspections where authority_code = ? and kind = 'inspection'
                   and substr(published, 1, 10) = ? and report_url != ? order by id limit 1""",
                [report.authority_code, published[:10], url],
            ).fetchone()
        status, inspection_id = store_inspection(
            db,
            report,
            report_url=same[0] if same else url,
            published=published,
            run_id=run_id,
            source=source,
        )
        db.table("report_files").upsert(
            {
                "url": url,
                "inspection_id": inspection_id,
                "source": source,
                "fetched_at": utcnow(),
                "run_id": run_id,
            },
            pk="url",
        )
    return status, inspection_id


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
        from pipelines.report_reader import ReportError, read_report

        assert self.db is not None
        try:
            report = await maybe_deferred_to_future(
                deferToThread(
                    read_report,
                    item.body,
                    urn=item.urn,
                    published=item.published,
                    link_text=item.link_text,
                )
            )
        except ReportError as exc:
            self._count(item.source, "errors")
            with self.db.atomic():
                self.db.table("fetch_errors").insert(
                    {
                        "run_id": self.run_id,
                        "source": item.source,
                        "url": item.url,
                        "status": 200,
                        "reason": f"report not read: {exc}",
                        "time": utcnow(),
                    }
                )
            return item
        status, _ = store_report(
            self.db, report, url=item.url, published=item.published, run_id=self.run_id
        )
        self._count(item.source, status)
        return item
