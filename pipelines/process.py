"""The processing core: a page's bytes in, the extracted and tagged article out.

No Scrapy here: the crawl's item pipelines (through worker processes, pipelines/parallel.py),
`sectorwatch reprocess` and `sectorwatch analyse` all call these functions, so a page
comes out the same whichever way it came in.

- decode_page(): bytes -> text by the page's declared encoding (BOM, HTTP header, <meta>)
  when the bytes agree with it, else by detection (charset_normalizer);
- extract_page(): the article (pipelines/extract.py), completed from the feed's hint;
- tag_articles(): spaCy over many articles at once (nlp.pipe, in batches);
- process_pages(): both, for a batch of pages; what a worker process runs.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from crawler.payloads import Article, Hint
    from nlp.tags import Tags

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([-\w.:]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels that browsers (WHATWG) read as another codec: ISO-8859-1 and ASCII pages are
# decoded as Windows-1252, GB2312 as GBK (its superset).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared(body: bytes, content_type: str | None) -> list[str]:
    """The encodings the page declares, the HTTP header's first (it wins in browsers too)."""
    found: list[str] = []
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    for label in (
        header.group(1) if header else None,
        meta.group(1).decode("ascii", "ignore") if meta else None,
    ):
        codec = _codec(label)
        if codec and codec not in found:
            found.append(codec)
    return found


def decode_page(body: bytes | str, content_type: str | None = None) -> str:
    """The page as text: by its BOM, else the first declared encoding its bytes decode in,
    else UTF-8 if they are valid UTF-8, else what charset_normalizer detects (a declared
    encoding that the bytes contradict is a common misconfiguration, not the truth)."""
    if isinstance(body, str):
        return body
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    for codec in [*_declared(body, content_type), "utf-8"]:
        try:
            return body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode(_detected(body), errors="replace")


def _detected(body: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    codec = _codec(best.encoding) if best else None
    if codec is None or codec.startswith(("latin", "iso8859", "cp125", "mac")):
        # A Latin single-byte guess on a mostly-ASCII page: Windows-1252 is what such pages
        # almost always are (and what browsers use), when its bytes allow it.
        try:
            body.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return codec or "cp1252"


def article_text(article: Article) -> str:
    """What the tagger reads: the headline, then the text."""
    return "\n\n".join(part for part in (article.get("title"), article.get("text")) if part)


def extract_page(
    body: bytes | str,
    url: str | None = None,
    hint: Hint | None = None,
    content_type: str | None = None,
) -> Article | None:
    """The article of one page, its gaps filled from the feed's or sitemap's hint; None
    when the page has no article text."""
    from crawler.urls import canonical_url
    from pipelines.extract import _day, extract_article

    article = extract_article(decode_page(body, content_type), url)
    if article is None:
        return None
    hint = hint or {}
    if url:
        article["url"] = article["url"] or canonical_url(url)
    article["title"] = article["title"] or hint.get("title")
    article["published"] = article["published"] or _day(hint.get("published"))
    article["author"] = article["author"] or hint.get("author")
    article["source_modified"] = hint.get("updated") or hint.get("published")
    return article


def tag_articles(nlp: Language, articles: list[Article], batch_size: int = 16) -> list[Tags]:
    """The tags of each article (headline and text), tagged in batches."""
    from nlp.pipeline import tag_texts

    return tag_texts(
        nlp,
        [(article_text(a), a.get("published")) for a in articles],
        batch_size=batch_size,
        urls=[a.get("url") for a in articles],
    )


@dataclass
class Page:
    """A fetched page, as it travels to a worker (plain data: it is pickled)."""

    url: str
    body: bytes | str
    content_type: str | None = None
    hint: Hint = field(default_factory=dict)  # type: ignore[assignment]  # an empty Hint


@dataclass
class Processed:
    article: Article | None  # None: the page has no article text
    tags: Tags | None = None
    # the page broke the extractor or the tagger: recorded, the run goes on
    error: str | None = None


class Processor:
    """Extraction and tagging with one tagger, loaded at the first page that needs it."""

    def __init__(self, model: str | None = None, tag: bool = True) -> None:
        self.model, self.tag = model, tag
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from nlp.pipeline import get_nlp

            self._nlp = get_nlp(self.model)
        return self._nlp

    def process(self, pages: list[Page]) -> list[Processed]:
        results: list[Processed] = []
        for page in pages:
            try:
                results.append(
                    Processed(extract_page(page.body, page.url, page.hint, page.content_type))
                )
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the others
                results.append(
                    Processed(None, error=f"extraction failed: {type(exc).__name__}: {exc}")
                )
        if self.tag:
            done = [r for r in results if r.article is not None]
            articles = [r.article for r in done if r.article is not None]
            try:
                for result, tags in zip(done, tag_articles(self.nlp, articles), strict=False):
                    result.tags = tags
            except Exception:  # noqa: BLE001 - a batch failed: tag one by one, to find the page at fault
                for result, article in zip(done, articles, strict=True):
                    try:
                        result.tags = tag_articles(self.nlp, [article])[0]
                    except Exception as exc:  # noqa: BLE001
                        result.article, result.error = (
                            None,
                            f"tagging failed: {type(exc).__name__}: {exc}",
                        )
        return results


_worker: Processor | None = None


def init_worker(model: str | None, tag: bool, crawl_pid: int | None = None) -> None:
    """Worker process start: the tagger is loaded here (or was, in the fork server), once
    per worker. `crawl_pid`: the process the worker serves; the worker exits when it is gone."""
    global _worker
    if crawl_pid is not None:
        _exit_with(crawl_pid)
    _worker = Processor(model, tag)
    if tag:
        _worker.nlp  # noqa: B018 - load now, while the crawl is still discovering


def process_pages(pages: list[Page]) -> list[Processed]:
    """A batch of pages, in a worker process."""
    if _worker is None:
        init_worker(None, True)
    assert _worker is not None
    return _worker.process(pages)


def _started(pid: int) -> str | None:
    """The process's start time (Linux), which tells it from a later process given its id."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _exit_with(pid: int) -> None:
    """Exit when process `pid` ends. A crawl killed with kill -9 has no chance to stop its
    workers, and they are not its children (a fork server's), so each watches it."""
    import os
    import threading
    import time

    started = _started(pid)

    def alive() -> bool:
        if started is not None:
            return _started(pid) == started
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True

    def watch() -> None:
        while alive():
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="crawl-watch", daemon=True).start()
