"""What travels from the spider through the item pipelines.

The spider fills the raw page only; each pipeline stage fills its own part. No Scrapy
Response is kept, so an item can be built from a stored page too (reprocessing, tests).
Failures and non-HTML documents travel as items too, so the store pipeline is the one
place that writes, and a killed crawl has recorded everything up to the moment it died.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.payloads import Article, Hint, Tags


@dataclass
class ArticleItem:
    url: str  # the URL fetched, after redirects
    source: str
    html: str
    fetched_at: str
    status: int = 200
    # What the feed or sitemap said about the page (title, published, updated, author).
    hint: Hint = field(default_factory=dict)  # type: ignore[assignment]
    # Filled by the processing stage (pipelines/process.py): extraction, then tagging
    article: Article | None = None
    tags: Tags | None = None


@dataclass
class DocumentItem:
    """A linked document that is not a web page (Ofsted's reports are PDFs)."""

    url: str
    source: str
    content_type: str
    size: int
    fetched_at: str
    title: str | None = None
    published: str | None = None


@dataclass
class FetchErrorItem:
    url: str
    source: str
    status: int | None
    reason: str
    time: str
    stage: str = "fetch"  # fetch, or the stage after it that failed (parse, extract, tag, store)


@dataclass
class ReportItem:
    """An Ofsted report file, as fetched from the council's provider page (spiders/ofsted.py)."""

    url: str  # the file URL: the report's identity
    source: str
    body: bytes
    content_type: str
    fetched_at: str
    urn: str | None = None
    link_text: str | None = None  # the publication's type as the provider page gives it
    published: str | None = None  # the publication date the provider page gives
