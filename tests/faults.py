"""Faults on request: what real sites do to a nightly crawler. Test-only routes, passed to
the replay server by tests/conftest.py (`ReplayServer(routes={"/faults/": reply})`).

    /faults/feed/                 an RSS feed whose items are every fault below, and a page
                                  that robots.txt disallows
    /faults/status/<code>         that HTTP status (404, 410, 500...); 503 sends Retry-After
    /faults/flaky/<key>           503 the first time, then an article
    /faults/slow/<seconds>        an article, after a delay (timeouts)
    /faults/redirect-loop/<k>     302 to /faults/redirect-loop/<k+1>, forever
    /faults/report.pdf            an Ofsted-style report as a PDF
    /faults/feed-malformed.xml    a feed with broken XML (two good items before the break)
    /faults/feed-huge.xml         a feed of several megabytes
    /faults/feed-bomb.xml         a "billion laughs" entity expansion
    /faults/gzip-bomb             a small gzip body that inflates to 64 MiB
    /faults/sitemap-bomb.xml.gz   a gzipped "sitemap" that inflates to 64 MiB
    /faults/charset-missing       a Windows-1252 page that declares no charset at all
    /faults/charset-wrong         a Windows-1252 page whose header claims UTF-8
    /faults/broken-html           unclosed tags, stray bytes, no <body>
    /faults/ok/<key>              a good article (the control)
Hostile input (issue 14; <url> is percent-encoded, several joined by |):
    /faults/redirect/<url>        302 to that URL
    /faults/feed-of/<url>|<url>   an RSS feed whose items link to those URLs
    /faults/sitemap-of/<url>|<url> a sitemap of those URLs
    /faults/canonical/<key>/<url> an article of its own text claiming that canonical URL
    /faults/big-article/<kb>      an article of about that many kilobytes of text
    /faults/feed-many/<n>         an RSS feed of n items
"""

from __future__ import annotations

import functools
import gzip
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote
from xml.sax.saxutils import escape

from crawler.replay.server import Reply

if TYPE_CHECKING:
    from crawler.replay.server import ReplayServer

ARTICLE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="https://faults.example/{key}/">
<meta property="article:published_time" content="2026-10-01T09:00:00+01:00"></head>
<body><header><nav>Home | News</nav></header><article><h1>{title}</h1>
<p>Inspectors found that Kent County Council had improved its front door and reduced waiting times for assessments of children in need.</p>
<p>The council’s director of children’s services said staff had worked hard to bring caseloads down over the past year.</p>
<p>Ofsted said further work was needed on the quality of plans for children in care, and on supervision.</p>
</article><footer>Faults Weekly</footer></body></html>"""
FAULT_ITEMS = [
    "status/404",
    "status/410",
    "status/500",
    "flaky/a",
    "slow/5",
    "redirect-loop/0",
    "report.pdf",
    "gzip-bomb",
    "charset-missing",
    "charset-wrong",
    "broken-html",
    "ok/control",
]
ROBOTS_DISALLOWED = "/private/secret-report"


def _article(key: str, title: str = "Kent improves its children's services front door") -> bytes:
    return ARTICLE.format(key=key, title=title).encode("utf-8")


def _pdf() -> bytes:
    # A minimal, valid one-page PDF with a title in its document information.
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"4 0 obj<</Title(Inspection of Kent local authority children's services)>>endobj\n"
        b"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n"
    )


@functools.lru_cache(maxsize=1)
def _gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9, mtime=0)


def _feed(server: ReplayServer, items: list[str], extra: str = "") -> bytes:
    entries = "".join(
        f"<item><title>Fault {key}</title><link>{server.origin}/faults/{key}</link>"
        f"<pubDate>Thu, 01 Oct 2026 09:00:00 +0100</pubDate></item>"
        for key in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Faults Weekly</title>'
        f"<link>https://faults.example/</link>{entries}{extra}</channel></rss>"
    ).encode()


def reply(server: ReplayServer, path: str) -> Reply:
    rest = path[len("/faults/") :]
    if rest == "feed/":
        private = (
            f"<item><title>Private</title><link>{server.origin}{ROBOTS_DISALLOWED}</link></item>"
        )
        return Reply(200, _feed(server, FAULT_ITEMS, private), "application/rss+xml; charset=utf-8")
    if m := re.fullmatch(r"status/(\d{3})", rest):
        code = int(m.group(1))
        headers = {"Retry-After": "1"} if code in (429, 503) else {}
        return Reply(code, f"<html><body>error {code}</body></html>".encode(), headers=headers)
    if m := re.fullmatch(r"flaky/(\w+)", rest):
        with server.lock:
            hits = server.state["hits"][rest] = server.state["hits"].get(rest, 0) + 1
        if hits == 1:
            return Reply(503, b"<html><body>try again</body></html>", headers={"Retry-After": "1"})
        return Reply(
            200, _article(f"flaky-{m.group(1)}", "Kent flaky page: the article arrives on retry")
        )
    if m := re.fullmatch(r"slow/(\d+)", rest):
        return Reply(200, _article(f"slow-{m.group(1)}"), delay=float(m.group(1)))
    if m := re.fullmatch(r"redirect-loop/(\d+)", rest):
        return Reply(
            302,
            b"",
            headers={"Location": f"/faults/redirect-loop/{int(m.group(1)) + 1}"},
            conditional=False,
        )
    if rest == "report.pdf":
        return Reply(
            200,
            _pdf(),
            "application/pdf",
            headers={"Last-Modified": "Thu, 01 Oct 2026 08:00:00 GMT"},
            conditional=False,
        )
    if rest == "feed-malformed.xml":
        good = _feed(server, ["ok/malformed-1", "ok/malformed-2"]).decode()
        broken = good.replace(
            "</channel></rss>", "<item><title>Broken & unescaped <b>item</title><link>"
        )
        return Reply(200, broken.encode(), "application/rss+xml")
    if rest == "feed-huge.xml":
        padding = "<!-- " + "x" * (6 * 1024 * 1024) + " -->"
        return Reply(200, _feed(server, ["ok/huge-1"], padding), "application/rss+xml")
    if rest == "feed-bomb.xml":
        entities = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">'
            for i in range(1, 10)
        )
        body = (
            f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol9;</title>'
            f"<item><title>Bomb</title><link>{server.origin}/faults/ok/bomb-1</link></item></channel></rss>"
        )
        return Reply(200, body.encode(), "application/rss+xml")
    if rest == "sitemap-bomb.xml.gz":
        return Reply(200, _gzip_bomb(), "application/x-gzip", conditional=False)
    if rest == "gzip-bomb":
        return Reply(
            200, _gzip_bomb(), "text/html", headers={"Content-Encoding": "gzip"}, conditional=False
        )
    if rest in ("charset-missing", "charset-wrong"):
        page = (
            _article(rest, "Kent’s “front door” – a page in Windows-1252")
            .decode()
            .replace('<meta charset="utf-8">', "")
        )
        ctype = "text/html" if rest == "charset-missing" else "text/html; charset=utf-8"
        return Reply(200, page.encode("cp1252"), ctype)
    if rest == "broken-html":
        page = (
            _article("broken-html", "Kent broken page survives")
            .replace(b"</p>", b"")
            .replace(b"</article>", b"\xff\xfe<div><table><tr><td>")
        )
        return Reply(200, page[: len(page) - 40], "text/html")
    if m := re.fullmatch(r"redirect/(.+)", rest):
        return Reply(302, b"", headers={"Location": unquote(m.group(1))}, conditional=False)
    if m := re.fullmatch(r"feed-of/(.+)", rest):
        links = unquote(m.group(1)).split("|")
        entries = "".join(
            f"<item><title>Link {i}</title><link>{escape(link)}</link></item>"
            for i, link in enumerate(links)
        )
        return Reply(
            200,
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title>{entries}</channel></rss>'.encode(),
            "application/rss+xml",
        )
    if m := re.fullmatch(r"sitemap-of/(.+)", rest):
        locs = "".join(
            f"<url><loc>{escape(link)}</loc></url>" for link in unquote(m.group(1)).split("|")
        )
        return Reply(
            200,
            (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{locs}</urlset>"
            ).encode(),
            "application/xml",
        )
    if m := re.fullmatch(r"canonical/([\w-]+)/(.+)", rest):
        page = _article(m.group(1), f"Hostile page {m.group(1)} rated inadequate").decode()
        page = page.replace(
            f'href="https://faults.example/{m.group(1)}/"',
            f'href="{escape(unquote(m.group(2)), {chr(34): "&quot;"})}"',
        )
        return Reply(200, page.encode())
    if m := re.fullmatch(r"big-article/(\d+)", rest):
        para = "<p>In its visit number {i}, inspectors found that Kent County Council had improved its front door and cut waiting times.</p>\n"
        body = "".join(para.format(i=i) for i in range(int(m.group(1)) * 1024 // len(para) + 1))
        return Reply(
            200, _article("big-article").replace(b"</article>", body.encode() + b"</article>")
        )
    if m := re.fullmatch(r"feed-many/(\d+)", rest):
        return Reply(
            200,
            _feed(server, [f"ok/many-{i}" for i in range(int(m.group(1)))]),
            "application/rss+xml",
        )
    if m := re.fullmatch(r"ok/([\w-]+)", rest):
        return Reply(200, _article(m.group(1), f"Kent control article {m.group(1)}"))
    return Reply(404, b"<html><body>no such fault</body></html>")
