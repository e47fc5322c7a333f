"""A local page for `sectorwatch analyse`: read within the crawl's size limit, decoded by
its declared or detected character set.

The limit is the crawl's DOWNLOAD_MAXSIZE and holds after decompression, so a small
gzip bomb is stopped after that many bytes instead of inflating in memory. Decoding
is the crawl's own (pipelines/process.py: a byte-order mark, the declared charset when the
bytes bear it out, UTF-8, then detection), so a Windows-1252, Shift-JIS or GBK page keeps
its text.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from crawler.settings import DOWNLOAD_MAXSIZE


class PageTooLarge(ValueError):
    """A file over the size limit (after decompression)."""


def read_limited(path: Path, max_bytes: int = DOWNLOAD_MAXSIZE) -> bytes:
    """The file's bytes (a .gz decompressed), refusing more than `max_bytes` of them."""
    with open(path, "rb") as raw:
        stream = gzip.GzipFile(fileobj=raw) if path.suffix == ".gz" else raw
        try:
            data = stream.read(max_bytes + 1)  # never more than the limit in memory
        except (EOFError, zlib.error) as exc:  # truncated or corrupt gzip
            raise ValueError(f"{path}: not a readable gzip file ({exc})") from None
    if len(data) > max_bytes:
        kind = "once decompressed" if path.suffix == ".gz" else "in size"
        raise PageTooLarge(
            f"{path}: over the page size limit of {max_bytes} bytes {kind} (DOWNLOAD_MAXSIZE)"
        )
    return data


def read_page(path: Path, max_bytes: int = DOWNLOAD_MAXSIZE) -> str:
    """A local page or text file as text, within the size limit, decoded as the crawl
    decodes a page (pipelines/process.py)."""
    from pipelines.process import decode_page

    return decode_page(read_limited(path, max_bytes))
