"""The sector spider: discovers articles of every configured source and fetches them.

Discovery per source, by what its sources.toml entry gives:
- feeds (RSS 2.0 or Atom): every entry's link;
- sitemaps (sitemap indexes, gzipped and news sitemaps): every URL, through Scrapy's own
  SitemapSpider machinery;
- start_urls (listing pages): links matching the source's `article_patterns`.
Discovery pages go through Scrapy's HTTP cache (conditional requests). An article already
in the database is fetched again only when its feed or sitemap says it was updated since.
Failures and non-HTML documents (PDF reports) become items, so the store records them.

Every request stays on its source's domains (crawler/domains.py; checked again for
redirects by crawler/middlewares.py); a discovered link elsewhere is dropped and counted
(`offsite`). Per night at most SECTORWATCH_MAX_FEED_ITEMS entries are read from a feed or
sitemap and SECTORWATCH_MAX_ARTICLES_PER_SOURCE articles requested per source (the rest
are counted, `capped`, and come on later nights).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from email.utils import parsedate_to_datetime
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import SitemapSpider

from crawler.db import open_db, register_sources, utcnow
from crawler.domains import is_web_url, on_domains, source_domains
from crawler.items import ArticleItem, DocumentItem
from crawler.sources import Source, load_sources, sources_for
from crawler.urls import canonical_url
from spiders.failures import RecordsFailures

# Revalidate discovery pages every run, whatever heuristic freshness the cache would give.
REVALIDATE = {"Cache-Control": "max-age=0"}
DOCUMENT_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.",
    "application/octet-stream",
)


def to_iso(value: str | None) -> str | None:
    """A feed or sitemap date (RFC 822 or ISO 8601) as ISO 8601, or None."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None


class SectorSpider(RecordsFailures, SitemapSpider):
    name = "sector"
    # SitemapSpider's own parser routes sitemap URLs here.
    sitemap_rules = [("", "parse_article")]

    def __init__(
        self, sources: list[Source] | str | None = None, only: str | None = None, **kwargs: Any
    ):
        super().__init__(**kwargs)
        self._sources_arg = sources
        self._only = set(only.split(",")) if isinstance(only, str) and only else None
        self.sources: list[Source] = []
        self.known: dict[str, str | None] = {}  # stored URL -> the date its source gave for it
        self._lastmod: dict[str, str] = {}
        self._domains: dict[str, tuple[str, ...]] = {}
        self._requested: dict[str, int] = {}  # article requests per source this run

    # -- set-up ---------------------------------------------------------------------------

    def _load_sources(self) -> list[Source]:
        arg = self._sources_arg or self.settings.get("SECTORWATCH_SOURCES")
        sources = sources_for(load_sources(arg) if isinstance(arg, str) else list(arg), self.name)
        if self._only:
            sources = [s for s in sources if s.name in self._only]
        return sources

    def _load_known(self) -> dict[str, str | None]:
        db = open_db(self.settings.get("SECTORWATCH_DB"))
        try:
            register_sources(
                db,
                [s.as_record() for s in self.sources],
                self.settings.getint("SECTORWATCH_RUN_ID") or None,
            )
            rows = db.execute(
                "select url, fetched_url, coalesce(source_modified, published) from articles"
            ).fetchall()
            docs = db.execute("select url from documents").fetchall()
        finally:
            db.close()
        known: dict[str, str | None] = {}
        for url, fetched, modified in rows:
            known[url] = known[canonical_url(fetched)] = modified
        known.update({url: "9999" for (url,) in docs})
        return known

    async def start(self) -> AsyncIterator[Any]:
        self.sources = self._load_sources()
        self.known = self._load_known()
        self._domains = {
            s.name: source_domains(s.allowed_domains, (*s.feeds, *s.sitemaps, *s.start_urls))
            for s in self.sources
        }
        self.allowed_domains = sorted({d for ds in self._domains.values() for d in ds}) or None
        for source in self.sources:
            for request in self._discovery_requests(source):
                yield request

    def _discovery_requests(self, source: Source) -> Iterator[scrapy.Request]:
        meta = {"source": source.name}
        for urls, callback in (
            (source.feeds, self.parse_feed),
            (source.sitemaps, self._parse_sitemap),
            (source.start_urls, self.parse_listing),
        ):
            for url in urls:
                yield scrapy.Request(
                    url,
                    callback,
                    errback=self.on_error,
                    meta=meta,
                    headers=REVALIDATE,
                    dont_filter=True,
                )

    def domains_of(self, source: str | None) -> tuple[str, ...]:
        """The source's own domains; for a request of no source (robots.txt), all sources'."""
        if source in self._domains:
            return self._domains[source]
        return tuple(self.allowed_domains or ())

    def _limit(self, name: str) -> int:
        return self.settings.getint(name) or 0

    def _source(self, name: str) -> Source:
        return next(s for s in self.sources if s.name == name)

    def _count(self, source: str, what: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/{source}/{what}", n)

    # -- discovery --------------------------------------------------------------------------

    def _article_request(
        self, url: str, source: str, hint: dict[str, Any] | None = None
    ) -> scrapy.Request | None:
        """A request for a discovered article, unless it is stored and not updated since."""
        hint = hint or {}
        self._count(source, "discovered")
        try:
            url = canonical_url(url)
        except ValueError:
            url = ""  # malformed: counted with the links that are not on the source's domains
        if not on_domains(url, self.domains_of(source)):
            self._count(
                source, "offsite"
            )  # a link off the source's domains (or not http(s)): never requested
            return None
        patterns = self._source(source).article_patterns
        if patterns and not any(re.search(p, url) for p in patterns):
            self._count(source, "not_article")
            return None
        refresh = False
        if url in self.known:
            stored, updated = self.known[url], hint.get("updated")
            if not (updated and stored and updated[:19] > stored[:19]):
                self._count(source, "already_stored")
                return None
            refresh = True  # the source says the article changed since we stored it
        cap = self._limit("SECTORWATCH_MAX_ARTICLES_PER_SOURCE")
        if cap and self._requested.get(source, 0) >= cap:
            self._count(source, "capped")
            return None
        self._requested[source] = self._requested.get(source, 0) + 1
        return scrapy.Request(
            url,
            self.parse_article,
            errback=self.on_error,
            meta={"source": source, "hint": hint, "dont_cache": True},
            dont_filter=refresh,
        )

    def parse_feed(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        self._count(source, "responses")
        if not isinstance(response, TextResponse):
            yield self._error(response.url, source, response.status, "feed is not XML or text")
            return
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        entries = selector.xpath("//item | //entry")
        if not entries:
            yield self._error(
                response.url,
                source,
                response.status,
                "feed has no items or entries (malformed, or not a feed)",
            )
            return
        cap = self._limit("SECTORWATCH_MAX_FEED_ITEMS")
        if cap and len(entries) > cap:
            self._count(source, "capped", len(entries) - cap)
            entries = entries[:cap]
        for entry in entries:
            link = (entry.xpath("link/text()").get() or "").strip() or entry.xpath(
                "(link[@rel='alternate' or not(@rel)]/@href)[1]"
            ).get()
            if not link:
                continue
            published = to_iso(entry.xpath("pubDate/text() | published/text() | date/text()").get())
            hint = {
                "title": (entry.xpath("title/text()").get() or "").strip() or None,
                "published": published,
                "updated": to_iso(entry.xpath("updated/text() | modified/text()").get())
                or published,
                "author": (entry.xpath("creator/text() | author/name/text()").get() or "").strip()
                or None,
            }
            try:
                url = response.urljoin(link.strip())
            except (
                ValueError
            ):  # e.g. "http://[::1": one malformed link must not lose the rest of the feed
                self._count(source, "discovered")
                self._count(source, "offsite")
                continue
            request = self._article_request(url, source, hint)
            if request:
                yield request

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        cap = self._limit("SECTORWATCH_MAX_FEED_ITEMS")
        for n, entry in enumerate(entries):
            if cap and n >= cap:
                self.crawler.stats.inc_value("sectorwatch/sitemap_entries_capped")
                return  # the rest of this sitemap waits for a later night
            if not is_web_url(entry.get("loc")):
                self.crawler.stats.inc_value("sectorwatch/sitemap_entries_malformed")
                continue  # Scrapy's Request() would raise, and the rest of the sitemap be lost
            if entry.get("lastmod"):
                self._lastmod[entry["loc"]] = entry["lastmod"]
            yield entry

    def _parse_sitemap(self, response: Response) -> Iterable[Any]:
        # Scrapy's SitemapSpider does the parsing (indexes, gzip, size limits); we keep the
        # source, the dates, and skip what is stored.
        source = response.meta["source"]
        self._count(source, "responses")
        if not response.url.endswith("/robots.txt") and self._get_sitemap_body(response) is None:
            yield self._error(
                response.url,
                source,
                response.status,
                "not a sitemap, or larger than DOWNLOAD_MAXSIZE once decompressed",
            )
            return
        for request in super()._parse_sitemap(response):
            if request.callback == self._parse_sitemap:
                yield request.replace(
                    meta={"source": source}, errback=self.on_error, headers=REVALIDATE
                )
            else:
                lastmod = to_iso(self._lastmod.pop(request.url, None))
                article = self._article_request(
                    request.url, source, {"updated": lastmod, "published": lastmod}
                )
                if article:
                    yield article

    def parse_listing(self, response: Response) -> Iterator[Any]:
        source_name = response.meta["source"]
        self._count(source_name, "responses")
        if not isinstance(response, TextResponse):
            yield self._error(
                response.url, source_name, response.status, "listing page is not HTML"
            )
            return
        source = self._source(source_name)
        # No domain filter here: _article_request drops and counts the links off the source's domains.
        extractor = LinkExtractor(allow=source.article_patterns or ())
        links = extractor.extract_links(response)
        cap = self._limit("SECTORWATCH_MAX_FEED_ITEMS")
        if cap and len(links) > cap:
            self._count(source_name, "capped", len(links) - cap)
            links = links[:cap]
        for link in links:
            request = self._article_request(
                link.url, source_name, {"title": link.text.strip() or None}
            )
            if request:
                yield request

    # -- fetching ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        hint = response.meta.get("hint", {})
        self._count(source, "responses")
        content_type = (
            (response.headers.get(b"Content-Type") or b"")
            .decode("latin-1")
            .split(";")[0]
            .strip()
            .lower()
        )
        if not isinstance(response, TextResponse) or content_type.startswith(DOCUMENT_TYPES):
            yield DocumentItem(
                url=canonical_url(response.url),
                source=source,
                content_type=content_type or "unknown",
                size=len(response.body),
                fetched_at=utcnow(),
                title=hint.get("title") or _pdf_title(response.body),
                published=hint.get("published")
                or to_iso((response.headers.get(b"Last-Modified") or b"").decode("latin-1")),
            )
            return
        self._count(source, "fetched")
        yield ArticleItem(
            url=response.url,
            source=source,
            html=_decoded_text(response),
            fetched_at=utcnow(),
            status=response.status,
            hint=hint,
        )


def _decoded_text(response: TextResponse) -> str:
    """The page as text, decoded as `sectorwatch analyse` decodes a file: by the declared
    encoding when the bytes agree with it, else by detection (pipelines/process.py)."""
    from pipelines.process import decode_page

    return decode_page(
        response.body, (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    )


def _pdf_title(body: bytes) -> str | None:
    match = re.search(rb"/Title\s*\(([^)]{1,300})\)", body[:200_000])
    return match.group(1).decode("latin-1") if match else None
