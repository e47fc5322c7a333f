"""Reprocess: extraction and tagging again over every stored page, with no network.

After an upgrade of the extractor or the tagger, the stored raw pages are run through the
same stages as a crawl, and the judgements each article gained or lost are reported.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from crawler.items import ArticleItem
from pipelines.store import store_article


@dataclass
class ReprocessReport:
    pages: int = 0
    texts_changed: int = 0
    failed: list[str] = field(default_factory=list)
    added: list[tuple[str, tuple]] = field(default_factory=list)  # (article URL, judgement)
    removed: list[tuple[str, tuple]] = field(default_factory=list)
    new_alerts: list[dict] = field(default_factory=list)


def _judgements(db: sqlite_utils.Database, article_id: int) -> set[tuple]:
    return set(
        db.execute(
            "select authority_code, grade, subject, current from judgements where article_id = ?",
            [article_id],
        ).fetchall()
    )


def stored_pages(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    yield from db.query(
        "select p.article_id, p.url, p.fetched_at, p.html_zlib, a.url as article_url, a.source "
        "from pages p join articles a on a.id = p.article_id order by p.article_id"
    )


def reprocess_page(
    db: sqlite_utils.Database, nlp: Any, page: dict[str, Any], report: ReprocessReport
) -> None:
    """One stored page through the processing core (pipelines/process.py), as a crawl would."""
    from nlp.pipeline import tag_text
    from pipelines.process import article_text, extract_page

    html = zlib.decompress(page["html_zlib"]).decode("utf-8")
    item = ArticleItem(
        url=page["url"], source=page["source"], html=html, fetched_at=page["fetched_at"]
    )
    article = extract_page(html, page["url"])
    if article is None:
        report.failed.append(page["article_url"])
        return
    article["url"] = page["article_url"]  # the identity stays what it was
    item.article = article
    item.tags = tag_text(
        nlp, article_text(article), published=article.get("published"), url=article.get("url")
    )
    before = _judgements(db, page["article_id"])
    status, _ = store_article(db, item, None, reprocess=True)
    after = _judgements(db, page["article_id"])
    report.texts_changed += status == "updated"
    report.added += [(page["article_url"], j) for j in sorted(after - before, key=str)]
    report.removed += [(page["article_url"], j) for j in sorted(before - after, key=str)]
