"""A local page for `sectorwatch analyse`: read within the crawl's size limit, decoded by
its declared or detected character set.

The limit is the crawl's DOWNLOAD_MAXSIZE and holds after decompression, so a small
gzip bomb is stopped after that many bytes instead of inflating in memory. Decoding
follows what a browser does, as Scrapy does for a crawled page (w3lib): a byte-order
mark, then the charset the page declares (<meta charset>, XML declaration), then
detection (charset-normalizer), then UTF-8 with replacement as the last resort. So a
Windows-1252, Shift-JIS or GBK page keeps its text.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from w3lib.encoding import html_to_unicode, read_bom, resolve_encoding

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
        raise PageTooLarge(f"{path}: over the page size limit of {max_bytes} bytes {kind} (DOWNLOAD_MAXSIZE)")
    return data


def detect_encoding(data: bytes) -> str | None:
    """UTF-8 when the bytes are valid UTF-8, else the character set charset-normalizer finds
    most likely, or None."""
    from charset_normalizer import from_bytes

    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    return resolve_encoding(best.encoding) if best else None


def decode_bytes(data: bytes, html: bool) -> str:
    """Text by byte-order mark, then (HTML) the declared charset, then detection."""
    if html:
        return html_to_unicode(None, data, auto_detect_fun=detect_encoding)[1]
    bom, _ = read_bom(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff")
    return data.decode(detect_encoding(data) or "utf-8", errors="replace")


def read_page(path: Path, max_bytes: int = DOWNLOAD_MAXSIZE) -> str:
    """A local page or text file as text, within the size limit."""
    name = path.name.lower().removesuffix(".gz")
    return decode_bytes(read_limited(path, max_bytes), html=name.endswith((".html", ".htm")))
