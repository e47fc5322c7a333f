"""Article metadata from the page itself: meta tags, JSON-LD, <time>, <html lang>.

News sites publish what we need in Open Graph, article:* and schema.org tags; reading them
from the parsed page is several times faster than trafilatura's general metadata search,
which remains the fallback for the publication date when a page declares none.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml.html import HtmlElement


def _first(tree: HtmlElement, *xpaths: str) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            value = re.sub(r"\s+", " ", str(value)).strip()
            if value:
                return value
    return None


def _json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()")[:5]:
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        for item in (
            data
            if isinstance(data, list)
            else data.get("@graph", [data])
            if isinstance(data, dict)
            else []
        ):
            if isinstance(item, dict):
                items.append(item)
    return items


def _ld_value(items: list[dict[str, Any]], key: str) -> str | None:
    for item in items:
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list) and value:
            value = value[0].get("name") if isinstance(value[0], dict) else value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def page_metadata(tree: HtmlElement) -> dict[str, str | None]:
    """title, author, published, updated, sitename, language, canonical, excerpt."""
    ld = _json_ld(tree)
    published = (
        _first(
            tree,
            "//meta[@property='article:published_time']/@content",
            "//meta[@name='article:published_time' or @itemprop='datePublished' or @name='date' or @name='DC.date.issued']/@content",
        )
        or _ld_value(ld, "datePublished")
        or _first(tree, "//article//time/@datetime", "//time/@datetime")
    )
    return {
        "title": _first(
            tree,
            "//meta[@property='og:title']/@content",
            "//meta[@name='twitter:title']/@content",
            "//h1//text()",
            "//title/text()",
        ),
        "author": _first(
            tree, "//meta[@name='author']/@content", "//meta[@property='article:author']/@content"
        )
        or _ld_value(ld, "author"),
        "published": published,
        "updated": _first(
            tree,
            "//meta[@property='article:modified_time' or @property='og:updated_time']/@content",
            "//meta[@itemprop='dateModified']/@content",
        )
        or _ld_value(ld, "dateModified"),
        "sitename": _first(tree, "//meta[@property='og:site_name']/@content")
        or _ld_value(ld, "publisher"),
        "language": _first(tree, "/html/@lang", "//meta[@http-equiv='content-language']/@content"),
        "canonical": _first(
            tree, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"
        ),
        "excerpt": _first(
            tree,
            "//meta[@name='description']/@content",
            "//meta[@property='og:description']/@content",
        ),
    }
