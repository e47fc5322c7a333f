"""Article failures after the fetch: recorded, counted, and logged without the page.

An exception while parsing a response or while an item passes the pipelines (extract,
tag, store, in whatever pipelines they live) used to drop the article with a log line
that carried the whole page. Scrapy reports both through signals (spider_error,
item_error); this extension turns each into a `fetch_errors` row with the stage and the
reason, and a per-source `failed` count that fails the run (crawler/run.py) and shows in
`sectorwatch health`.

The stage is read from how far the item got, so it does not depend on how the
pipelines are arranged: no `article` yet -> extract; no `tags` yet -> tag; else store.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.logformatter import LogFormatter
from twisted.python.failure import Failure

from crawler.db import HoldsDatabase, utcnow
from crawler.items import ArticleItem, DocumentItem, FetchErrorItem

logger = logging.getLogger(__name__)
REASON_CHARS = (
    300  # an exception message can quote its input; a page is never wanted in a row or a log
)


def stage_of(item: Any) -> str:
    """The pipeline stage an item failed at, from the fields the stages fill."""
    if isinstance(item, ArticleItem):
        if item.article is None:
            return "extract"
        if item.tags is None:
            return "tag"
    return "store"


def reason_of(exc: BaseException | None) -> str:
    text = f"{type(exc).__name__}: {exc}" if exc is not None else "unknown error"
    return text if len(text) <= REASON_CHARS else text[:REASON_CHARS] + "..."


def _with_item(args: Any, item: Any) -> dict[str, Any]:
    """A log line's arguments (Scrapy's formatters give a dict) with the item described."""
    return {**(args if isinstance(args, dict) else {}), "item": describe(item)}


def describe(item: Any) -> str:
    """An item in a log line: its kind, source and URL, never its page."""
    if isinstance(item, (ArticleItem, DocumentItem, FetchErrorItem)):
        return f"<{type(item).__name__} {item.source} {item.url}>"
    text = repr(item)
    return text if len(text) <= 200 else text[:200] + "..."


class FailureRecorder(HoldsDatabase):
    """Scrapy extension: spider and item errors -> fetch_errors rows and `failed` counts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id: int | None = crawler.settings.getint("SECTORWATCH_RUN_ID") or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailureRecorder:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.open_database(self.crawler.settings.get("SECTORWATCH_DB"))

    def spider_closed(self, spider: Spider) -> None:
        self.close_database()

    def item_error(
        self, item: Any, response: Response | None, spider: Spider, failure: Failure
    ) -> None:
        source = (
            getattr(item, "source", None)
            or (response.meta.get("source") if isinstance(response, Response) else None)
            or "?"
        )
        url = getattr(item, "url", None) or (
            response.url if isinstance(response, Response) else "?"
        )
        self.record(
            source, url, stage_of(item), reason_of(failure.value), getattr(item, "status", None)
        )

    def spider_error(self, failure: Failure, response: Response | Failure, spider: Spider) -> None:
        if not isinstance(response, Response):
            return
        self.record(
            response.meta.get("source", "?"),
            response.url,
            "parse",
            reason_of(failure.value),
            response.status,
        )

    def record(
        self, source: str, url: str, stage: str, reason: str, status: int | None = None
    ) -> None:
        stats = self.crawler.stats
        stats.inc_value(f"sectorwatch/{source}/failed")
        stats.inc_value("sectorwatch/failed_articles")
        logger.error("%s: %s failed at %s: %s", source, url, stage, reason)
        row = {
            "run_id": self.run_id,
            "source": source,
            "url": url,
            "status": status,
            "reason": reason,
            "stage": stage,
            "time": utcnow(),
        }
        try:
            with self.db.atomic():
                self.db.table("fetch_errors").insert(row)
        except Exception as exc:  # noqa: BLE001 - a full disk cannot take the row; the count and the log still say it
            logger.error(
                "%s: could not record the failure of %s (%s): %s",
                source,
                url,
                stage,
                reason_of(exc),
            )


class BriefLogFormatter(LogFormatter):
    """Scrapy's log lines with an item shown by source and URL, not by its whole page."""

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> Any:
        result = super().dropped(item, exception, response, spider)
        if result:
            result["args"] = _with_item(result["args"], item)
        return result

    def item_error(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> Any:
        result = super().item_error(item, exception, response, spider)
        result["args"] = _with_item(result["args"], item) | {"error": reason_of(exception)}
        result["msg"] = "Error processing %(item)s: %(error)s"
        return result

    def scraped(self, item: Any, response: Response | Failure | None, spider: Spider) -> Any:
        result = super().scraped(item, response, spider)
        if result:
            result["args"] = _with_item(result["args"], item)
        return result
