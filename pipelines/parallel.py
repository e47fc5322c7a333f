"""The crawl's processing stage: extraction and tagging in worker processes.

Scrapy runs everything on one thread (the reactor's); extracting and tagging there makes
the crawl wait on CPU work and leaves the machine's other cores idle. This pipeline hands
each page to a pool of worker processes (pipelines/process.py does the work; each worker
loads the spaCy model once) and awaits the result, so downloads continue meanwhile:
- pages are sent in small batches, so spaCy tags them with nlp.pipe;
- the pool starts at the first article: a night with nothing new loads no model;
- results are handed on in the order the pages arrived, whichever worker finishes first,
  so articles are stored (and numbered) in the order they were fetched, as without workers;
- a page that breaks a worker, or a worker that dies, becomes a recorded failure of that
  page and a new pool takes the next ones;
- SECTORWATCH_WORKERS = 0 processes in the crawl's own process (one core, no pool).
The store pipeline still writes each item in one transaction after this stage, so a crawl
killed at any moment leaves the database as before: what was stored is complete, what was
in a worker is fetched again by the next run. Workers exit when their crawl dies (even by
kill -9), and the fork server with them.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from crawler.items import ArticleItem, FetchErrorItem
from pipelines.process import Page, Processed, Processor, init_worker, process_pages

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

BATCH_SIZE = (
    8  # pages per batch sent to a worker: enough for nlp.pipe, small enough to spread over workers
)
BATCH_WAIT = 0.05  # seconds a part-filled batch waits for more pages before it goes


class ProcessingFailed(RuntimeError):
    """Extraction or tagging of one page failed (the reason says which and why)."""


def default_workers() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )


class ProcessPipeline:
    """Fills `item.article` and `item.tags`; a page with no article text becomes a recorded failure."""

    def __init__(
        self, model: str | None, workers: int, batch_size: int = BATCH_SIZE, tag: bool = True
    ) -> None:
        self.model, self.workers, self.batch_size, self.tag = model, workers, batch_size, tag
        self.pool: ProcessPoolExecutor | None = None
        self.inline: Processor | None = None
        self.pending: list[tuple[Page, asyncio.Future]] = []
        self.timer: asyncio.TimerHandle | None = None
        # Arrival order: each page's future, and the results that are back but wait for earlier pages'.
        self.order: deque[asyncio.Future] = deque()
        self.ready: dict[asyncio.Future, Processed] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        settings = crawler.settings
        workers = settings.get("SECTORWATCH_WORKERS")
        return cls(
            settings.get("SECTORWATCH_MODEL"),
            default_workers() if workers in (None, "") else int(workers),
            settings.getint("SECTORWATCH_BATCH_SIZE", BATCH_SIZE),
        )

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        page = Page(url=item.url, body=item.html, hint=item.hint)
        if self.workers <= 0:
            self.inline = self.inline or Processor(self.model, self.tag)
            result = self.inline.process([page])[0]
        else:
            future = asyncio.get_running_loop().create_future()
            self.pending.append((page, future))
            self.order.append(future)
            if len(self.pending) >= self.batch_size:
                self._send()
            elif self.timer is None:
                self.timer = asyncio.get_running_loop().call_later(BATCH_WAIT, self._send)
            result = await future
        if result.error:
            # The page broke the extractor or the tagger (or its worker): an item error, which
            # crawler/failures.py records with its stage and counts as a failed article.
            raise ProcessingFailed(result.error)
        if result.article is None:
            # Recorded as a fetch error: a redesign that breaks extraction shows in the health report.
            return FetchErrorItem(
                url=item.url,
                source=item.source,
                status=item.status,
                reason="no article text found",
                time=item.fetched_at,
            )
        item.article, item.tags = result.article, result.tags
        return item

    def _send(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.pending = self.pending, []
        if not batch:
            return
        loop = asyncio.get_running_loop()
        try:
            submitted = self._pool().submit(process_pages, [page for page, _ in batch])
        except BrokenProcessPool as exc:
            self._broken(batch, exc)
            return
        submitted.add_done_callback(
            lambda done: loop.call_soon_threadsafe(self._resolve, batch, done)
        )

    def _resolve(self, batch: list[tuple[Page, asyncio.Future]], done: Future) -> None:
        try:
            results: list[Processed] = done.result()
        except Exception as exc:  # noqa: BLE001 - a worker died (memory, a crash in a parser)
            self._broken(batch, exc)
            return
        for (_, future), result in zip(batch, results, strict=False):
            self.ready[future] = result
        self._release()

    def _broken(self, batch: list[tuple[Page, asyncio.Future]], exc: BaseException) -> None:
        if isinstance(exc, BrokenProcessPool) and self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None  # the next batch starts a new pool
        for _, future in batch:
            self.ready[future] = Processed(
                None, error=f"processing failed: {type(exc).__name__}: {exc}"
            )
        self._release()

    def _release(self) -> None:
        """Hand on the results that are back, in the order their pages arrived."""
        while self.order and self.order[0] in self.ready:
            future = self.order.popleft()
            result = self.ready.pop(future)
            if not future.done():
                future.set_result(result)

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # Workers are forked from a fork server, not from the crawl's process (which has
            # threads: Twisted's, the pool's own); the server loads the model first
            # (pipelines/preload.py), so the workers share one load of it.
            context = multiprocessing.get_context("forkserver")
            if self.tag:
                os.environ["SECTORWATCH_PRELOAD_MODEL"] = self.model or ""
                context.set_forkserver_preload(["pipelines.preload"])
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=init_worker,
                initargs=(self.model, self.tag, os.getpid()),
            )
        return self.pool

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
