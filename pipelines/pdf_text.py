"""Text out of a PDF, with bounded time and memory, whatever the input.

PDFium (through pypdfium2) reads the pages: on Ofsted's 24 sample reports it was 24 times
faster than pypdf and 45 times faster than pdfminer.six, with every label and grade in
reading order (see tests/bench_reports.py and the README's "Reading Ofsted's reports").
PDFium is C++: a hostile file could loop, balloon or crash it, so it runs in a child
process with an address-space limit, a page cap and a wall-clock timeout; the parent only
ever receives a list of strings or a reason.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import re
import sys
from multiprocessing.connection import Connection

import pypdfium2 as pdfium  # imported before any fork: the child only calls into it

MAX_BYTES = 32 * 1024 * 1024  # the largest sample report is 0.62 MB
MAX_PAGES = 300  # SIF reports run to about 60 pages
MAX_CHARS = 4_000_000  # text kept in all, however many pages
MEMORY_BUDGET = 768 * 1024 * 1024  # what the child may allocate beyond its parent's footprint


class PdfTextError(Exception):
    """The PDF could not be read; the message says why."""


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            virtual = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = virtual + MEMORY_BUDGET
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, ImportError):  # not Linux: the timeout still bounds the child
        pass


def pdf_pages(data: bytes, max_pages: int = MAX_PAGES, max_chars: int = MAX_CHARS) -> list[str]:
    """The text of each page, in this process (no time bound: use `extract_pages`)."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise PdfTextError("the PDF is encrypted (it needs a password)") from None
        raise PdfTextError(f"the PDF is broken or unreadable ({reason})") from None
    try:
        count = len(doc)
        if count == 0:
            raise PdfTextError("the PDF has no pages")
        if count > max_pages:
            raise PdfTextError(
                f"the PDF has {count} pages, more than the {max_pages} a report may have"
            )
        pages: list[str] = []
        total = 0
        for index in range(count):
            page = doc[index]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            total += len(text)
            if total > max_chars:
                raise PdfTextError(f"the PDF holds more than {max_chars} characters of text")
            pages.append(text)
        return pages
    finally:
        doc.close()


def _child(conn: Connection, data: bytes, max_pages: int) -> None:
    faulthandler.disable()  # a crash here is reported by the parent, not dumped on its stderr
    _limit_memory()
    try:
        conn.send(("ok", pdf_pages(data, max_pages)))
    except PdfTextError as exc:
        conn.send(("error", str(exc)))
    except MemoryError:
        conn.send(("error", "the PDF needs more memory than a report may take"))
    except Exception as exc:  # noqa: BLE001 - whatever PDFium raises, the parent gets a reason
        conn.send(("error", f"the PDF could not be read ({type(exc).__name__}: {exc})"))
    finally:
        conn.close()


def _context() -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    # Not a plain fork: this runs in one of Scrapy's worker threads, and a fork copies whatever
    # locks the other threads hold at that instant (on Python 3.12+ filelock, loaded by
    # tldextract, refuses such a fork outright). The fork server is a small single-threaded
    # process, started once, that forks each child cheaply.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def extract_pages(data: bytes, *, timeout: float = 60.0, max_pages: int = MAX_PAGES) -> list[str]:
    """The text of each page, read in a child process that is killed after `timeout` seconds.

    Raises PdfTextError: not a PDF, too big, encrypted, broken, too many pages, timed out.
    """
    if len(data) > MAX_BYTES:
        raise PdfTextError(
            f"the file is {len(data)} bytes, more than the {MAX_BYTES} a report may have"
        )
    if re.match(rb"\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|\?xml)", data[:512], re.I):
        raise PdfTextError("not a PDF (an HTML or XML page)")
    if b"%PDF-" not in data[:1024]:
        raise PdfTextError("not a PDF (no %PDF- header)")
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, data, max_pages), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise PdfTextError(f"reading the PDF timed out after {timeout:g} s")
        try:
            status, payload = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            raise PdfTextError(
                f"the PDF reader died on this file (exit code {process.exitcode}: out of memory or a fault)"
            ) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status != "ok":
        raise PdfTextError(payload)
    return payload
