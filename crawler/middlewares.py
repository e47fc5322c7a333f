"""Downloader middlewares and the DNS resolver: back-off between retries; every request
held to its source's domains and to globally routable addresses."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from crawler.domains import (
    WEB_SCHEMES,
    address_refused,
    host_of,
    literal_address,
    on_domains,
    parse_networks,
)

logger = logging.getLogger(__name__)


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
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(
            crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0),
            crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0),
        )

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

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        retry_after = response.headers.get(b"Retry-After")
        if retry_after and retry_after.isdigit():
            request.meta["retry_after"] = int(retry_after)  # copied into the retry request
        return response


class SourceDomainsMiddleware:
    """Every request, redirects and `dont_filter` ones included, held to its source's domains.

    Replaces Scrapy's OffsiteMiddleware, which lets `dont_filter` requests (feeds, sitemaps,
    listing pages) and so their redirects go anywhere. Sits first among the downloader
    middlewares: a redirect's new request comes back through it before anything is sent,
    and nothing refused reaches the HTTP cache. Also refused: schemes other than http(s)
    (a feed can link to file:///etc/passwd), and hosts written as an address that is not
    globally routable (SafeResolver checks the addresses names resolve to).
    A refusal raises IgnoreRequest, which the spider's errback records in fetch_errors.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.allowed_networks = parse_networks(crawler.settings.get("SECTORWATCH_ALLOW_NETWORKS"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceDomainsMiddleware:
        return cls(crawler)

    def refusal(self, request: Request) -> str | None:
        """Why this request may not be made, or None."""
        parts = urlparse_cached(request)
        if parts.scheme not in WEB_SCHEMES:
            return f"refused: {parts.scheme or 'no'} scheme (only http and https are fetched)"
        if "@" in parts.netloc:
            # user:password@host: never needed by a news site, and parsers disagree on the host
            # (Twisted reads http://127.0.0.1:80@evil.example/ as a host of its own).
            return "refused: a URL with credentials (user@host)"
        spider = self.crawler.spider
        source = request.meta.get("source")
        domains_of = getattr(spider, "domains_of", None)  # our spiders have it
        domains = domains_of(source) if domains_of else ()
        if domains and not on_domains(request.url, domains):
            return f"refused: {host_of(request.url)} is not one of the domains of source {source or '(any)'}"
        address = literal_address(parts.hostname)
        if address is not None:
            why = address_refused(address, self.allowed_networks)
            if why:
                return f"refused: {why}"
        return None

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        why = self.refusal(request)
        if why:
            source = request.meta.get("source", "?")
            self.crawler.stats.inc_value(f"sectorwatch/{source}/refused")
            raise IgnoreRequest(why)


class SafeResolver(CachingThreadedResolver):
    """Scrapy's resolver, refusing names whose address is not globally routable.

    The check is on the address the connection will use, so a name that resolves to
    169.254.169.254 or 10.x (DNS rebinding included) is refused before any connection;
    networks in SECTORWATCH_ALLOW_NETWORKS are allowed."""

    allowed_networks: tuple = ()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> SafeResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allowed_networks = parse_networks(
            crawler.settings.get("SECTORWATCH_ALLOW_NETWORKS")
        )
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:  # noqa: N802 - Twisted's interface
        return super().getHostByName(name, timeout).addCallback(self.check, name)

    def check(self, address: str, name: str) -> str:
        why = address_refused(address, self.allowed_networks)
        if why:
            # Twisted reports any resolver failure as "no results for hostname lookup", so the
            # log line is where the reason shows.
            logger.warning("refused: %s resolves to %s", name, why)
            raise DNSLookupError(f"refused: {name} resolves to {why}")
        return address
