"""What both spiders do with a request that failed: a `fetch_errors` row, and a log line."""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from twisted.python.failure import Failure

from crawler.db import utcnow
from crawler.items import FetchErrorItem


class RecordsFailures(scrapy.Spider):
    """A spider whose `on_error` is every request's errback and `_error` any other failure."""

    def on_error(self, failure: Failure) -> Iterator[FetchErrorItem]:
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy for errbacks
        response = getattr(failure.value, "response", None)
        status = response.status if response is not None else None
        kind = failure.type.__name__ if failure.type else "Error"
        reason = failure.getErrorMessage() or kind
        if status is not None:
            reason = f"HTTP {status}" + (f": {reason}" if "Ignoring non-200" not in reason else "")
        yield self._error(request.url, request.meta.get("source", "?"), status, f"{kind}: {reason}")

    def _error(self, url: str, source: str, status: int | None, reason: str) -> FetchErrorItem:
        self.logger.warning("%s: %s failed (%s): %s", source, url, status, reason)
        return FetchErrorItem(url=url, source=source, status=status, reason=reason, time=utcnow())
