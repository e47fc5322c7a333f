"""The spiders' parse methods on saved responses (tests/files/), without a crawl: what each
page yields, as city-scrapers tests its spiders."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import ReportItem
from crawler.replay import SITE_ROOT
from crawler.sources import Source
from spiders.ofsted import OfstedSpider, long_date_to_iso, with_date_filter
from spiders.sector import SectorSpider
from tests.helpers import FILES

REPORTS = "https://reports.example"


def response(cls, url: str, path: Path, **meta) -> HtmlResponse:
    return cls(url=url, body=path.read_bytes(), encoding="utf-8", request=Request(url, meta=meta))


@pytest.fixture
def ofsted() -> OfstedSpider:
    spider = OfstedSpider.from_crawler(get_crawler(OfstedSpider))
    spider._domains = {"ofsted-reports": ("reports.example", "files.example")}
    return spider


def test_the_listing_yields_each_provider_page_and_the_next_page(ofsted):
    page = response(
        HtmlResponse,
        f"{REPORTS}/search?level_2_types%5B%5D=12",
        FILES / "ofsted" / "listing.html",
        source="ofsted-reports",
    )
    requests = list(ofsted.parse_listing(page))
    assert [(r.url, r.meta.get("urn")) for r in requests] == [
        (f"{REPORTS}/provider/44/80476", "80476"),
        (f"{REPORTS}/provider/44/80521", "80521"),
        (f"{REPORTS}/search?level_2_types%5B%5D=12&start=100", None),
    ]


def test_after_the_first_crawl_only_providers_ahead_of_the_record_are_read(ofsted):
    ofsted.since = "2026-01-01"
    ofsted.latest_by_urn = {
        "80476": "2026-02-02",
        "80521": "2025-09-01",
    }  # Manchester's newest is not stored yet
    page = response(
        HtmlResponse,
        f"{REPORTS}/search",
        FILES / "ofsted" / "listing.html",
        source="ofsted-reports",
    )
    assert [r.meta.get("urn") for r in ofsted.parse_listing(page)] == ["80521", None]


def test_a_provider_page_yields_each_report_not_yet_fetched_with_its_type_and_date(ofsted):
    ofsted.known_urls = {"https://files.example/v1/file/1"}
    page = response(
        HtmlResponse,
        f"{REPORTS}/provider/44/80521",
        FILES / "ofsted" / "provider.html",
        source="ofsted-reports",
        urn="80521",
    )
    requests = list(ofsted.parse_provider(page))
    assert [(r.url, r.meta["link_text"], r.meta["published"]) for r in requests] == [
        ("https://files.example/v1/file/3", "Children's services focused visit", "2018-08-14"),
        ("https://files.example/v1/file/2", "Children's services inspection", "2017-12-21"),
    ]
    assert all(r.meta["urn"] == "80521" and r.meta["dont_cache"] for r in requests)


def test_a_report_file_becomes_a_report_item(ofsted):
    request = Request(
        "https://files.example/v1/file/2",
        meta={
            "source": "ofsted-reports",
            "urn": "80521",
            "link_text": "Children's services inspection",
            "published": "2017-12-21",
        },
    )
    pdf = HtmlResponse(
        url=request.url,
        body=b"%PDF-1.7 ...",
        headers={"Content-Type": "application/pdf"},
        request=request,
    )
    (item,) = ofsted.parse_report(pdf)
    assert isinstance(item, ReportItem) and (item.urn, item.published, item.body) == (
        "80521",
        "2017-12-21",
        b"%PDF-1.7 ...",
    )


@pytest.mark.parametrize(
    "text, iso", [("pdf - 3 September 2014", "2014-09-03"), ("31 February 2020", None), ("", None)]
)
def test_dates_as_the_reports_site_writes_them(text, iso):
    assert long_date_to_iso(text) == iso


def test_the_listing_filter_moves_with_the_record():
    url = with_date_filter(
        f"{REPORTS}/search?level_2_types%5B%5D=12&latest_report_date_start=01-01-2020", "2026-11-15"
    )
    assert url == f"{REPORTS}/search?level_2_types%5B%5D=12&latest_report_date_start=15-11-2026"
    assert with_date_filter(url, None) == url


def test_the_news_feed_yields_each_article_with_its_feed_dates():
    spider = SectorSpider.from_crawler(get_crawler(SectorSpider))
    spider._domains = {"community-care": ("127.0.0.1", "communitycare.co.uk")}
    spider.allowed_domains = ["127.0.0.1", "communitycare.co.uk"]
    spider.known = {}
    spider.sources = [
        Source(
            name="community-care",
            feeds=("http://127.0.0.1:8765/communitycare/feed/",),
            allowed_domains=("127.0.0.1", "communitycare.co.uk"),
        )
    ]
    feed = response(
        XmlResponse,
        "http://127.0.0.1:8765/communitycare/feed/",
        SITE_ROOT / "communitycare" / "feed" / "index.xml",
        source="community-care",
    )
    requests = list(spider.parse_feed(feed))
    assert [r.meta["hint"]["published"][:10] for r in requests] == ["2017-12-21", "2014-09-04"]
    assert all(
        r.callback == spider.parse_article and r.meta["source"] == "community-care"
        for r in requests
    )
