"""What travels from the spider through the item pipelines.

The spider fills the raw page only; each pipeline stage fills its own part. No Scrapy
Response is kept, so an item can be built from a stored page too (reprocessing, tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleItem:
    url: str  # the URL fetched, after redirects
    source: str
    html: str
    fetched_at: str
    status: int = 200
    # What the feed or sitemap said about the page, as a fallback for metadata.
    hint: dict[str, Any] = field(default_factory=dict)
    # Filled by pipelines.extract
    article: dict[str, Any] | None = None
    # Filled by pipelines.tag
    tags: dict[str, Any] | None = None
