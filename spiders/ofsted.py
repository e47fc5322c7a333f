"""The ofsted spider: Ofsted's own record of council children's services inspections.

Ofsted publishes no feed of these reports (../shared/OFSTED.md): the reports site has a
search listing of the local authority children's services providers, one page per council
(keyed by its URN) listing every publication, and the report files (PDFs). A night:

1. the listing, revalidated through Scrapy's HTTP cache; once the record holds crawled
   reports, filtered to providers whose latest report is recent (`latest_report_date_start`,
   a date that only moves when a new report arrives (or, before any, with the last complete
   crawl), so an unchanged listing costs a 304);
2. on the first crawl every provider page; then a provider page only when the listing
   shows a report newer than the record has for that URN (or gives no date), revalidated;
3. each publication whose file URL is not in the record yet: fetched once, never again.

So an hourly run with nothing new costs one conditional request. Reports travel as
ReportItem to pipelines/reports.py, which reads and stores them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.db import open_db, register_sources, utcnow
from crawler.domains import source_domains
from crawler.inspections import last_complete_crawl
from crawler.items import ReportItem
from crawler.sources import Source, load_sources, sources_for
from spiders.failures import RecordsFailures

REVALIDATE = {"Cache-Control": "max-age=0"}
# How far before the newest crawled report the listing filter starts: reports are dated by
# publication, and a late-indexed one must still show up.
LOOKBACK_DAYS = 14
MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES.split(), start=1)}
DATE_RE = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)


def long_date_to_iso(text: str | None) -> str | None:
    """'3 September 2014' (anywhere in the text) -> '2014-09-03'."""
    match = DATE_RE.search(text or "")
    if not match:
        return None
    try:
        return dt.date(
            int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1))
        ).isoformat()
    except ValueError:
        return None


def with_date_filter(url: str, since: str | None) -> str:
    """The listing URL, filtered to providers whose latest report is on or after `since`."""
    if not since:
        return url
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k != "latest_report_date_start"
    ]
    query.append(("latest_report_date_start", dt.date.fromisoformat(since).strftime("%d-%m-%Y")))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class OfstedSpider(RecordsFailures, scrapy.Spider):
    name = "ofsted"

    def __init__(
        self, sources: list[Source] | str | None = None, only: str | None = None, **kwargs: Any
    ):
        super().__init__(**kwargs)
        self._sources_arg = sources
        self._only = set(only.split(",")) if isinstance(only, str) and only else None
        self.sources: list[Source] = []
        self.known_urls: set[str] = set()
        self.latest_by_urn: dict[str, str] = {}
        self.since: str | None = None
        self._domains: dict[str, tuple[str, ...]] = {}

    def _load_sources(self) -> list[Source]:
        arg = self._sources_arg or self.settings.get("SECTORWATCH_SOURCES")
        sources = sources_for(load_sources(arg) if isinstance(arg, str) else list(arg), self.name)
        if self._only:
            sources = [s for s in sources if s.name in self._only or self.name in self._only]
        return sources

    def _load_record(self) -> None:
        """What the record holds: report URLs (never fetched again), each URN's newest report,
        and the newest report this spider has crawled (the listing filter's start)."""
        db = open_db(self.settings.get("SECTORWATCH_DB"))
        try:
            register_sources(
                db,
                [s.as_record() for s in self.sources],
                self.settings.getint("SECTORWATCH_RUN_ID") or None,
            )
            self.known_urls = {
                url
                for (url,) in db.execute(
                    "select report_url from inspections union select url from report_files"
                )
            }
            self.latest_by_urn = dict(
                db.execute(
                    "select urn, max(published) from inspections where urn is not null and published is not null group by urn"
                ).fetchall()
            )
            newest = db.execute(
                "select max(i.published) from report_files f join inspections i on i.id = f.inspection_id"
            ).fetchone()[0] or last_complete_crawl(db)
        finally:
            db.close()
        if newest:
            self.since = (
                dt.date.fromisoformat(str(newest)[:10]) - dt.timedelta(days=LOOKBACK_DAYS)
            ).isoformat()

    async def start(self) -> AsyncIterator[Any]:
        self.sources = self._load_sources()
        self._load_record()
        self._domains = {
            s.name: source_domains(s.allowed_domains, s.start_urls) for s in self.sources
        }
        self.allowed_domains = sorted({d for ds in self._domains.values() for d in ds}) or None
        for source in self.sources:
            for url in source.start_urls:
                yield scrapy.Request(
                    with_date_filter(url, self.since),
                    self.parse_listing,
                    errback=self.on_error,
                    meta={"source": source.name},
                    headers=REVALIDATE,
                    dont_filter=True,
                )

    def domains_of(self, source: str | None) -> tuple[str, ...]:
        """The source's own domains (crawler/middlewares.py holds every request to them)."""
        return self._domains.get(source or "", tuple(self.allowed_domains or ()))

    def _count(self, source: str, what: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/{source}/{what}", n)

    # -- the listing and the provider pages ------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        self._count(source, "responses")
        if not isinstance(response, TextResponse):
            yield self._error(response.url, source, response.status, "provider listing is not HTML")
            return
        seen: set[str] = set()
        for link in response.xpath("//a[contains(@href, '/provider/')]"):
            href = link.attrib.get("href", "")
            urn = urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]
            if not urn.isdigit() or urn in seen:
                continue
            seen.add(urn)
            self._count(source, "discovered")
            result = link.xpath("ancestor::li[1] | ancestor::div[contains(@class, 'result')][1]")
            latest = result.xpath(".//time/@datetime").get() or long_date_to_iso(
                " ".join(result.xpath(".//text()").getall())
            )
            known = self.latest_by_urn.get(urn)
            # The first crawl reads every provider page; later ones only where the listing is ahead.
            if self.since and latest and known and latest[:10] <= known[:10]:
                self._count(source, "already_stored")
                continue
            yield response.follow(
                href,
                self.parse_provider,
                errback=self.on_error,
                headers=REVALIDATE,
                dont_filter=True,
                meta={"source": source, "urn": urn},
            )
        next_page = response.xpath("//a[@rel='next']/@href").get()
        if next_page:
            yield response.follow(
                next_page,
                self.parse_listing,
                errback=self.on_error,
                headers=REVALIDATE,
                meta={"source": source},
            )

    def parse_provider(self, response: Response) -> Iterator[Any]:
        source, urn = response.meta["source"], response.meta["urn"]
        self._count(source, "responses")
        if not isinstance(response, TextResponse):
            yield self._error(response.url, source, response.status, "provider page is not HTML")
            return
        for link in response.css("a.publication-link"):
            url = response.urljoin(link.attrib.get("href", ""))
            if url in self.known_urls:
                continue
            label = (
                " ".join(t.strip() for t in link.xpath("./text()").getall() if t.strip()) or None
            )
            hidden = " ".join(
                link.xpath(
                    ".//span[contains(@class, 'nonvisual')]//text()"
                    " | ../span[contains(@class, 'nonvisual')]//text()"
                ).getall()
            )
            published = (
                long_date_to_iso(hidden) or link.xpath("ancestor::li[1]//time/@datetime").get()
            )
            self.known_urls.add(url)  # listed twice on one page: fetched once
            yield scrapy.Request(
                url,
                self.parse_report,
                errback=self.on_error,
                meta={
                    "source": source,
                    "urn": urn,
                    "link_text": label,
                    "published": published,
                    "dont_cache": True,
                },
            )

    # -- the reports ------------------------------------------------------------------------

    def parse_report(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        self._count(source, "responses")
        self._count(source, "fetched")
        content_type = (
            (response.headers.get(b"Content-Type") or b"")
            .decode("latin-1")
            .split(";")[0]
            .strip()
            .lower()
        )
        yield ReportItem(
            url=response.url,
            source=source,
            body=response.body,
            content_type=content_type or "unknown",
            fetched_at=utcnow(),
            urn=response.meta.get("urn"),
            link_text=response.meta.get("link_text"),
            published=response.meta.get("published"),
        )
