"""Storage: one transaction per item. The one place the crawl writes.

- An article's identity is its canonical URL. A page stored with the same text is left
  alone; a changed one keeps its earlier version in article_versions and is re-tagged.
- The raw page is kept, compressed, in `pages`, for `sectorwatch reprocess`.
- The article joins a story (pipelines/stories.py): one event, several outlets.
- A document (a PDF report) is recorded by URL with its title and date.
- A failed fetch is recorded in fetch_errors for the health report.
- A page's canonical URL is its identity only when it is http(s) on the source's own
  domains; otherwise the fetched URL is. An article stored by one source is never
  overwritten by another: the newcomer is keyed by its fetched URL, or refused and recorded.
- Tagging covers at most the model's length limit; an article cut for it is stored cut
  the same way and flagged (`text_truncated`); its whole page stays in `pages`.
A crawl killed mid-item leaves no half-written article: each item is one transaction.
"""

from __future__ import annotations

import json
import zlib
from typing import Any, cast

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.db import HoldsDatabase, utcnow
from crawler.domains import is_web_url, on_domains
from crawler.items import ArticleItem, DocumentItem, FetchErrorItem, ReportItem
from crawler.urls import canonical_url
from pipelines.stories import assign_story


class SourceConflict(Exception):
    """The article's URL is stored already, by another source."""


def identity(item: ArticleItem, domains: tuple[str, ...] | None) -> str:
    """The URL an article is stored under: its canonical URL when that is http(s) and on
    the source's domains (`domains`; None: any http(s) host), else the URL fetched."""
    claimed = (item.article or {}).get("url")
    fetched = canonical_url(item.url)
    if (
        not claimed
        or not is_web_url(claimed)
        or (domains is not None and not on_domains(claimed, domains))
    ):
        return fetched
    return claimed


def _existing(db: sqlite_utils.Database, url: str) -> dict | None:
    return next(db.table("articles").rows_where("url = ?", [url], limit=1), None)


def store_article(
    db: sqlite_utils.Database,
    item: ArticleItem,
    run_id: int | None,
    reprocess: bool = False,
    domains: tuple[str, ...] | None = None,
) -> tuple[str, int]:
    """Write one extracted, tagged item. Returns ("new" | "updated" | "unchanged", article id).

    `reprocess`: the stored page extracted and tagged again after an upgrade; the article's
    text and tags are rewritten in place (no version kept: the source did not change).
    `domains`: the source's own domains, which a canonical URL must be on."""
    article: dict[str, Any] = dict(item.article or {})
    tags: dict[str, Any] = dict(item.tags or {})
    if not reprocess:
        article["url"] = identity(item, domains)
    if tags.get("text_truncated"):
        from nlp.pipeline import cut_text, max_text_chars

        article["text"] = cut_text(article["text"], max_text_chars())[0]
    with db.atomic():
        existing = _existing(db, article["url"])
        if existing and not reprocess and existing["source"] != item.source:
            fetched = canonical_url(item.url)
            if fetched == article["url"]:
                raise SourceConflict(
                    f"{article['url']} is stored already, by source {existing['source']}"
                )
            article["url"], existing = fetched, _existing(db, fetched)  # the page's own URL, then
            if existing and existing["source"] != item.source:
                raise SourceConflict(f"{fetched} is stored already, by source {existing['source']}")
        if existing and existing["content_hash"] == article["content_hash"] and not reprocess:
            return "unchanged", existing["id"]
        row = {
            "url": article["url"],
            "fetched_url": item.url,
            "source": item.source,
            "title": article.get("title"),
            "author": article.get("author"),
            "published": article.get("published"),
            "updated": article.get("updated"),
            "source_modified": article.get("source_modified"),
            "sitename": article.get("sitename"),
            "language": article.get("language"),
            "excerpt": article.get("excerpt"),
            "text": article["text"],
            "content_hash": article["content_hash"],
            "fetched_at": item.fetched_at,
            "run_id": run_id,
            "inspection_type": tags.get("inspection_type") or _main_judgement_type(tags),
            "text_truncated": int(bool(tags.get("text_truncated"))),
        }
        if existing and reprocess:
            article_id = existing["id"]
            keep = {k: existing[k] for k in ("fetched_at", "run_id", "source_modified", "source")}
            db.table("articles").update(article_id, {**row, **keep})
            for table in ("mentions", "judgements"):
                db.table(table).delete_where("article_id = ?", [article_id])
            status = (
                "updated" if existing["content_hash"] != article["content_hash"] else "unchanged"
            )
        elif existing:
            article_id = existing["id"]
            db.table("article_versions").insert(
                {
                    "article_id": article_id,
                    "title": existing["title"],
                    "text": existing["text"],
                    "content_hash": existing["content_hash"],
                    "fetched_at": existing["fetched_at"],
                    "replaced_at": item.fetched_at,
                }
            )
            db.table("articles").update(article_id, row)
            for table in ("mentions", "judgements"):
                db.table(table).delete_where("article_id = ?", [article_id])
            status = "updated"
        else:
            article_id = db.table("articles").insert(row).last_pk
            status = "new"
        _store_tags(db, article_id, tags)
        if item.html and not reprocess:
            raw = item.html.encode("utf-8")
            db.table("pages").upsert(
                {
                    "article_id": article_id,
                    "url": item.url,
                    "fetched_at": item.fetched_at,
                    "html_zlib": zlib.compress(raw, 6),
                    "size": len(raw),
                },
                pk="article_id",
            )
        assign_story(db, article_id)
    return status, article_id


def _main_judgement_type(tags: dict) -> str | None:
    current = [
        j for j in tags.get("judgements", []) if j.get("current") and j.get("inspection_type")
    ]
    return current[0]["inspection_type"] if current else None


def _store_tags(db: sqlite_utils.Database, article_id: int, tags: dict) -> None:
    for authority in tags.get("authorities", []):
        db.table("mentions").insert(
            {
                "article_id": article_id,
                "kind": "authority",
                "authority_code": authority["code"],
                "surface": authority["name"],
                "count": 1,
            }
        )
    for person in tags.get("people", []):
        affiliation = person.get("authority") or ""
        code = (
            affiliation
            if affiliation[:1] in ("E", "W", "S") and affiliation[1:].isdigit()
            else None
        )
        db.table("mentions").insert(
            {
                "article_id": article_id,
                "kind": "person",
                "person_id": _person_id(db, person["name"], affiliation, code),
                "authority_code": code,
                "role": person.get("role"),
                "surface": person["name"],
                "count": 1,
            }
        )
    for judgement in tags.get("judgements", []):
        db.table("judgements").insert(
            {
                "article_id": article_id,
                "authority_code": judgement.get("code"),
                "grade": judgement["grade"],
                "subject": judgement["subject"],
                "inspection_type": judgement.get("inspection_type"),
                "current": int(bool(judgement["current"])),
                "change": judgement.get("change"),
                "year": judgement.get("year"),
                "evidence": judgement.get("evidence"),
                "alert": int(bool(judgement.get("alert"))),
            }
        )


def _person_id(db: sqlite_utils.Database, name: str, affiliation: str, code: str | None) -> int:
    found = db.execute(
        "select id from people where name = ? and affiliation = ?", [name, affiliation]
    ).fetchone()
    if found:
        return found[0]
    table = db.table("people")
    return cast(
        int,
        table.insert({"name": name, "affiliation": affiliation, "authority_code": code}).last_pk,
    )


class StorePipeline(HoldsDatabase):
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id: int | None = crawler.settings.getint("SECTORWATCH_RUN_ID") or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.open_database(self.crawler.settings.get("SECTORWATCH_DB"))
        # In WAL mode, NORMAL commits without waiting for the disk: a killed crawl loses no
        # committed item and the file stays consistent; only a power cut may lose the last few.
        self.db.execute("PRAGMA synchronous = NORMAL")
        for source in getattr(self.crawler.spider, "sources", None) or []:
            self._register_source(source.name, json.dumps(source.as_record()))

    def _register_source(self, name: str, config: str) -> None:
        with self.db.atomic():
            if self.db.table("sources").count_where("name = ?", [name]):
                self.db.table("sources").update(
                    name, {"config": config, "last_run_id": self.run_id}
                )
            else:
                self.db.table("sources").insert(
                    {
                        "name": name,
                        "config": config,
                        "first_seen": utcnow(),
                        "last_run_id": self.run_id,
                    }
                )

    def _count(self, source: str, status: str) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/articles_{status}")
        self.crawler.stats.inc_value(f"sectorwatch/{source}/{status}")

    def _domains(self, source: str) -> tuple[str, ...] | None:
        domains_of = getattr(self.crawler.spider, "domains_of", None)  # our spiders have it
        return domains_of(source) if domains_of else None

    def _record_error(self, item: FetchErrorItem) -> None:
        self.crawler.stats.inc_value(f"sectorwatch/{item.source}/errors")
        with self.db.atomic():
            self.db.table("fetch_errors").insert({"run_id": self.run_id, **vars(item)})

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ReportItem):
            return item  # stored by pipelines/reports.py
        if isinstance(item, FetchErrorItem):
            self._record_error(item)
            return item
        if isinstance(item, DocumentItem):
            with self.db.atomic():
                self.db.table("documents").insert(
                    {**vars(item), "run_id": self.run_id}, ignore=True
                )
            self.crawler.stats.inc_value(f"sectorwatch/{item.source}/documents")
            return item
        if not self.db.table("sources").count_where("name = ?", [item.source]):
            self._register_source(item.source, "{}")
        try:
            status, _ = store_article(
                self.db, item, self.run_id, domains=self._domains(item.source)
            )
        except SourceConflict as exc:
            self._record_error(
                FetchErrorItem(
                    url=item.url,
                    source=item.source,
                    status=item.status,
                    reason=f"not stored: {exc}",
                    time=item.fetched_at,
                    stage="store",
                )
            )
            raise DropItem(str(exc)) from None
        if (item.tags or {}).get("text_truncated"):
            self.crawler.stats.inc_value(f"sectorwatch/{item.source}/truncated")
        self._count(item.source, status)
        if status == "unchanged":
            raise DropItem(f"{item.url}: already stored, unchanged")
        return item

    def close_spider(self) -> None:
        self.close_database()
