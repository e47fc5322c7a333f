"""The sector spider: discovers articles of every configured source and fetches them.

Discovery per source, by what its sources.toml entry gives:
- feeds (RSS 2.0 or Atom): every entry's link;
- sitemaps (including sitemap indexes and news sitemaps): every URL, through Scrapy's
  own sitemap parser;
- start_urls (listing pages): links matching the source's `article_patterns`.
Articles already in the database are not fetched again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import SitemapSpider
from twisted.python.failure import Failure

from crawler.db import open_db, utcnow
from crawler.items import ArticleItem
from crawler.sources import Source, load_sources


class SectorSpider(SitemapSpider):
    name = "sector"
    # SitemapSpider's own parser routes sitemap URLs here.
    sitemap_rules = [("", "parse_article")]

    def __init__(self, sources: list[Source] | str | None = None, only: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self._sources_arg = sources
        self._only = set(only.split(",")) if isinstance(only, str) and only else None
        self.sources: list[Source] = []
        self.known_urls: set[str] = set()

    # -- set-up ---------------------------------------------------------------------------

    def _load_sources(self) -> list[Source]:
        arg = self._sources_arg or self.settings.get("SECTORWATCH_SOURCES")
        sources = load_sources(arg) if isinstance(arg, str) else list(arg)
        if self._only:
            sources = [s for s in sources if s.name in self._only]
        return sources

    def _load_known_urls(self) -> set[str]:
        db = open_db(self.settings.get("SECTORWATCH_DB"))
        try:
            rows = db.execute("select url, fetched_url from articles").fetchall()
        finally:
            db.close()
        return {u for row in rows for u in row if u}

    async def start(self) -> AsyncIterator[Any]:
        self.sources = self._load_sources()
        self.known_urls = self._load_known_urls()
        self.allowed_domains = sorted({d for s in self.sources for d in s.allowed_domains}) or None
        for source in self.sources:
            for request in self._discovery_requests(source):
                yield request

    def _discovery_requests(self, source: Source) -> Iterator[scrapy.Request]:
        meta = {"source": source.name}
        for url in source.feeds:
            yield scrapy.Request(url, self.parse_feed, errback=self.on_error, meta=meta, dont_filter=True)
        for url in source.sitemaps:
            yield scrapy.Request(url, self._parse_sitemap, errback=self.on_error, meta=meta, dont_filter=True)
        for url in source.start_urls:
            yield scrapy.Request(url, self.parse_listing, errback=self.on_error, meta=meta, dont_filter=True)

    # -- discovery --------------------------------------------------------------------------

    def _article_request(self, url: str, source: str, hint: dict[str, Any] | None = None) -> scrapy.Request | None:
        self.crawler.stats.inc_value(f"sectorwatch/{source}/discovered")
        if url in self.known_urls:
            self.crawler.stats.inc_value(f"sectorwatch/{source}/already_stored")
            return None
        return scrapy.Request(
            url,
            self.parse_article,
            errback=self.on_error,
            meta={"source": source, "hint": hint or {}},
        )

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        source = response.meta["source"]
        if not isinstance(response, TextResponse):
            self._record_error(response.url, source, response.status, "feed is not XML or text")
            return
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        entries = selector.xpath("//item | //entry")
        if not entries:
            self._record_error(response.url, source, response.status, "feed has no items or entries")
        for entry in entries:
            link = entry.xpath("link/text()").get() or entry.xpath(
                "(link[@rel='alternate' or not(@rel)]/@href)[1]"
            ).get()
            if not link:
                continue
            hint = {
                "title": (entry.xpath("title/text()").get() or "").strip() or None,
                "published": (
                    entry.xpath("pubDate/text() | published/text() | updated/text() | date/text()").get() or ""
                ).strip()
                or None,
                "author": (entry.xpath("creator/text() | author/name/text()").get() or "").strip() or None,
            }
            request = self._article_request(response.urljoin(link.strip()), source, hint)
            if request:
                yield request

    def _parse_sitemap(self, response: Response) -> Iterable[scrapy.Request]:
        # Scrapy's SitemapSpider does the parsing; we keep the source and skip stored URLs.
        source = response.meta["source"]
        for request in super()._parse_sitemap(response):
            if request.callback == self._parse_sitemap:
                yield request.replace(meta={"source": source}, errback=self.on_error)
            else:
                article = self._article_request(request.url, source)
                if article:
                    yield article

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        source_name = response.meta["source"]
        source = next(s for s in self.sources if s.name == source_name)
        extractor = LinkExtractor(allow=source.article_patterns or (), allow_domains=source.allowed_domains or ())
        for link in extractor.extract_links(response):
            request = self._article_request(link.url, source_name)
            if request:
                yield request

    # -- fetching ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[ArticleItem]:
        source = response.meta["source"]
        if not isinstance(response, TextResponse):
            self._record_error(response.url, source, response.status, "not an HTML page")
            return
        self.crawler.stats.inc_value(f"sectorwatch/{source}/fetched")
        yield ArticleItem(
            url=response.url,
            source=source,
            html=response.text,
            fetched_at=utcnow(),
            status=response.status,
            hint=response.meta.get("hint", {}),
        )

    # -- failures ---------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        response = getattr(failure.value, "response", None)
        status = response.status if response is not None else None
        reason = failure.getErrorMessage() or failure.type.__name__
        self._record_error(request.url, request.meta.get("source", "?"), status, reason)

    def _record_error(self, url: str, source: str, status: int | None, reason: str) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/{source}/errors")
        errors = self.crawler.stats.get_value("sectorwatch/error_list") or []
        errors.append({"url": url, "source": source, "status": status, "reason": reason, "time": utcnow()})
        self.crawler.stats.set_value("sectorwatch/error_list", errors)
        self.logger.warning("%s: %s failed (%s): %s", source, url, status, reason)

