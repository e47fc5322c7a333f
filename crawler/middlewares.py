"""Downloader middlewares: back-off between retries."""

from __future__ import annotations

import asyncio

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response


class RetryBackoffMiddleware:
    """Wait before a retried request: exponentially longer each time, or as the server's
    Retry-After asks (capped), so a struggling site is not hammered.

    Scrapy's RetryMiddleware re-schedules a failed request at once; this middleware sits
    beside it and delays the retry copy (it carries `retry_times` in its meta).
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RetryBackoffMiddleware":
        return cls(crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0), crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0))

    def delay_for(self, request: Request) -> float:
        retries = request.meta.get("retry_times", 0)
        if not retries:
            return 0.0
        asked = request.meta.get("retry_after")
        delay = float(asked) if asked is not None else self.base * 2 ** (retries - 1)
        return max(0.0, min(delay, self.cap))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        delay = self.delay_for(request)
        if delay:
            await asyncio.sleep(delay)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        retry_after = response.headers.get(b"Retry-After")
        if retry_after and retry_after.isdigit():
            request.meta["retry_after"] = int(retry_after)  # copied into the retry request
        return response
