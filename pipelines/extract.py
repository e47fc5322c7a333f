"""Extraction: HTML page -> article text and metadata (trafilatura), boilerplate removed."""

from __future__ import annotations

import hashlib
from typing import Any

import trafilatura
from courlan import normalize_url

from crawler.items import ArticleItem, FetchErrorItem
from pipelines.boilerplate import clean_text

# Tracking parameters never make a different article.
TRACKING_PREFIXES = ("utm_", "mc_", "fbclid", "gclid", "dclid", "msclkid", "_ga", "cmpid", "ito")


def canonical_url(url: str) -> str:
    """The article's identity: normalised, tracking parameters and fragment stripped."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    try:
        url = normalize_url(url, strict=False)
    except (ValueError, TypeError):
        pass
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def extract_article(html: str, url: str | None = None) -> dict[str, Any] | None:
    """Extract one article; None when the page has no article text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    text = clean_text(doc.text)
    if not text:
        return None
    page_url = doc.url or url
    return {
        "url": canonical_url(page_url) if page_url else None,
        "title": doc.title,
        "author": doc.author,
        "published": doc.date,
        "sitename": doc.sitename,
        "language": doc.language,
        "excerpt": doc.description,
        "text": text,
        "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }


class ExtractPipeline:
    """Fills `item.article`; drops pages with no article text."""

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        article = extract_article(item.html, item.url)
        if article is None:
            # Recorded as a failure: a redesign that breaks extraction shows in the health report.
            return FetchErrorItem(url=item.url, source=item.source, status=item.status, reason="no article text found", time=item.fetched_at)
        article["url"] = article["url"] or canonical_url(item.url)
        for key in ("title", "published", "author"):
            article[key] = article[key] or item.hint.get(key)
        article["source_modified"] = item.hint.get("updated") or item.hint.get("published")
        item.article = article
        return item
