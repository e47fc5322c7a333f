"""Scrapy's HTTP cache, stored in the sectorwatch database.

Used with Scrapy's RFC2616Policy for discovery pages (feeds, sitemaps, listing pages), so a
night's crawl asks each one "changed since last night?" (If-None-Match / If-Modified-Since)
and parses the stored copy on a 304. Kept in SQLite, in transactions, like all state that
lasts from one night to the next (Scrapy's own storages are files or dbm).
Only responses from the request's source's own domains are stored (the downloader
middleware refuses the others before they are sent; this is the second lock on the door).
"""

from __future__ import annotations

import json
from time import time

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_from_dict

from crawler.db import HoldsDatabase
from crawler.domains import on_domains


class SQLiteCacheStorage(HoldsDatabase):
    def __init__(self, settings: BaseSettings) -> None:
        self.db_path = settings.get("SECTORWATCH_DB")
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")

    def open_spider(self, spider: Spider) -> None:
        self.open_database(self.db_path)
        self._fingerprint = spider.crawler.request_fingerprinter.fingerprint

    def close_spider(self, spider: Spider) -> None:
        self.close_database()

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        row = self.db.execute(
            "select url, status, headers, body, stored_at from http_cache where fingerprint = ?",
            [self._fingerprint(request).hex()],
        ).fetchone()
        if row is None:
            return None
        url, status, headers, body, stored_at = row
        if self.expiration_secs > 0 and time() - stored_at > self.expiration_secs:
            return None
        request.meta["cache_timestamp"] = stored_at
        return response_from_dict(
            {"url": url, "status": status, "headers": json.loads(headers), "body": body}
        )

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        domains = (
            spider.domains_of(request.meta.get("source")) if hasattr(spider, "domains_of") else ()
        )
        if domains and not on_domains(response.url, domains):
            return
        headers = {
            k.decode("latin-1"): [v.decode("latin-1") for v in vs]
            for k, vs in response.headers.items()
        }
        with self.db.atomic():
            self.db.table("http_cache").upsert(
                {
                    "fingerprint": self._fingerprint(request).hex(),
                    "url": response.url,
                    "status": response.status,
                    "headers": json.dumps(headers),
                    "body": response.body,
                    "stored_at": time(),
                },
                pk="fingerprint",
            )
