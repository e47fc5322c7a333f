"""Extraction: HTML page -> article text and metadata, boilerplate removed.

The recipe, chosen by measurement on the article-extraction benchmark (make bench; the
second, multilingual corpus there is measured, never tuned on):
1. parse once with trafilatura's own loader;
2. extract favouring precision in trafilatura's fast mode (no fallback extractors);
3. when that gives a short text (under SHORT_WORDS, counted for any script), fast mode may
   have taken a cookie or consent notice, or cut an article built of many small blocks:
   extract again favouring precision with trafilatura's fallbacks (jusText, readability),
   and favouring recall; keep the recall text when the precise one has less than half its
   length. Long articles, most pages, cost one fast extraction;
4. tidy: drop a repeated headline and page furniture lines, then the sector's boilerplate
   rules (pipelines/boilerplate.py: comment threads, rails, paywall prompts).
Metadata is read from the page's own tags (pipelines/metadata.py), with trafilatura's
date search (htmldate) only when a page declares no date.
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import trafilatura
from htmldate import find_date
from trafilatura import load_html

from crawler.urls import canonical_url
from pipelines.boilerplate import clean_text, drop_furniture, word_count
from pipelines.metadata import page_metadata

if TYPE_CHECKING:
    from crawler.payloads import Article

SHORT_WORDS = 100  # a fast precise text shorter than this is checked with the fallbacks and the recall pass (100: best F1 on the benchmark among 60, 100, 200)
RECALL_SWITCH = 0.5  # precise text shorter than this share of the recall text: take the recall text
MIN_WORDS = 8  # fewer words than this is a navigation bar, not an article (the shortest real ones have ~18); any script
__all__ = ["canonical_url", "extract_article", "extract_text"]


def _day(value: str | None) -> str | None:
    match = re.match(r"^\d{4}-\d{2}-\d{2}", value or "")
    return match.group(0) if match else None


def extract_text(tree: Any, title: str | None = None, url: str | None = None) -> str:
    """The article text of a page parsed with trafilatura.load_html (the tree is used up)."""
    text = (
        trafilatura.extract(
            copy.deepcopy(tree), url=url, include_comments=False, favor_precision=True, fast=True
        )
        or ""
    )
    if word_count(text) < SHORT_WORDS:
        precise = (
            trafilatura.extract(
                copy.deepcopy(tree), url=url, include_comments=False, favor_precision=True
            )
            or text
        )
        broad = (
            trafilatura.extract(tree, url=url, include_comments=False, favor_recall=True, fast=True)
            or ""
        )
        text = broad if len(precise) < RECALL_SWITCH * len(broad) else precise
    return clean_text(drop_furniture(text, title))


def extract_article(html: str, url: str | None = None) -> Article | None:
    """Extract one article; None when the page has no article text."""
    tree = load_html(html)
    if tree is None:
        return None
    meta = page_metadata(tree)
    published = _day(meta["published"]) or _day(
        find_date(tree, extensive_search=False, original_date=True)
    )
    text = extract_text(tree, meta["title"], url)
    if word_count(text) < MIN_WORDS:
        return None
    canonical = meta["canonical"]
    page_url = urljoin(url or "", canonical) if canonical else url
    return {
        "url": canonical_url(page_url) if page_url else None,
        "title": meta["title"],
        "author": meta["author"],
        "published": published,
        "updated": _day(meta["updated"]),
        "sitename": meta["sitename"],
        "language": meta["language"],
        "excerpt": meta["excerpt"],
        "text": text,
        "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }
