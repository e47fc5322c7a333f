"""A generated news site of n articles, for incremental, resume and speed tests.

    /bigsite/<n>/                 listing page linking every article
    /bigsite/<n>/feed/            Atom feed of every article (with <updated>)
    /bigsite/<n>/sitemap.xml      sitemap index -> /bigsite/<n>/sitemap-news.xml.gz (gzipped
                                  news sitemap, whose URLs carry tracking parameters)
    /bigsite/<n>/article/<i>/     article i: a sector-style story about one council

Every page is a pure function of (n, i, edit version) and the site's host (server.state["host"]:
several servers, one per outlet, give several sites), so two runs see the same site unless
a test edits an article: `server.state["edits"][i] = 2` changes article i's text and dates.
"""

from __future__ import annotations

import gzip
import html
import re
from typing import TYPE_CHECKING

from crawler.replay.server import Reply

if TYPE_CHECKING:
    from crawler.replay.server import ReplayServer

HOST = "https://bigsite.example"
COUNCILS = [
    "Kent County Council",
    "Leeds City Council",
    "Bristol City Council",
    "Norfolk County Council",
    "Sandwell Council",
    "Hampshire County Council",
    "Kirklees Council",
    "Tower Hamlets Council",
    "Derbyshire County Council",
    "Nottingham City Council",
    "Essex County Council",
    "Liverpool City Council",
    "Devon County Council",
    "Cornwall Council",
    "Wirral Council",
    "Bradford Council",
    "Suffolk County Council",
    "Sheffield City Council",
]
GRADES = [
    "good",
    "requires improvement",
    "outstanding",
    "inadequate",
    "good",
    "requires improvement",
]
TOPICS = [
    "caseloads",
    "agency staff",
    "care leavers",
    "placement sufficiency",
    "early help",
    "family hubs",
]
PARAGRAPHS = [
    "Inspectors said {council} had a clear understanding of its strengths and of the areas where practice needed to improve.",
    "Social workers told inspectors that {topic} had been a concern for the past year, but managers had acted quickly.",
    "The report said leaders had invested in recruitment and that the number of children waiting for an assessment had fallen.",
    "Some plans for children lacked detail, and the quality of supervision was not consistent across teams.",
    "The council's cabinet member for children's services said the authority would publish an action plan within weeks.",
    "Partners including the police and health services were said to be working well with the council's front door.",
    "Ofsted also noted that independent reviewing officers knew children well and challenged drift in their plans.",
    "The authority said it was determined to keep improving and thanked staff for their commitment.",
]


def _day(i: int) -> str:
    # Article i was published i hours before a fixed moment: stable across runs.
    hours = 24 * 400 - i
    return f"2026-{1 + (hours // 24) % 12:02d}-{1 + (hours // 24) % 28:02d}T{hours % 24:02d}:00:00+00:00"


def article_facts(i: int) -> dict:
    council = COUNCILS[i % len(COUNCILS)]
    grade = GRADES[(i // len(COUNCILS)) % len(GRADES)]
    topic = TOPICS[i % len(TOPICS)]
    title = f"{council.replace(' Council', '').replace(' County', '').replace(' City', '')} children's services rated {grade} in story {i}"
    return {
        "council": council,
        "grade": grade,
        "topic": topic,
        "title": title,
        "published": _day(i),
    }


def article_html(i: int, version: int, host: str = HOST) -> str:
    facts = article_facts(i)
    paragraphs = [
        f"Ofsted has rated {facts['council']}'s children's services as {facts['grade']} following an inspection (report {i}).",
        *(p.format(**facts) for p in PARAGRAPHS[: 4 + i % 5]),
    ]
    if version > 1:
        paragraphs.append(
            f"Update (version {version}): the council has since confirmed the date of its improvement board."
        )
    body = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    updated = _updated(i, version)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(facts["title"])}</title>
<link rel="canonical" href="{host}/article/{i}/">
<meta property="article:published_time" content="{facts["published"]}">
<meta property="article:modified_time" content="{updated}">
</head><body>
<header><a href="/">Big Site News</a><nav><a href="/news">News</a> <a href="/jobs">Jobs</a></nav></header>
<main><article><h1>{html.escape(facts["title"], quote=False)}</h1>
<p class="byline">By Staff Reporter</p>
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="../{i + 1}/">Story {i + 1}</a></li></ul></aside>
</main><footer><p>Big Site News is a generated site for sectorwatch's tests.</p></footer>
</body></html>
"""


def _updated(i: int, version: int) -> str:
    return _day(i) if version <= 1 else f"2026-11-{10 + version:02d}T09:00:00+00:00"


def _feed(server: ReplayServer, n: int) -> str:
    base, host = f"{server.origin}/bigsite/{n}", server.state.get("host", HOST)
    entries = []
    for i in range(n):
        facts, version = article_facts(i), server.state["edits"].get(i, 1)
        entries.append(
            f"<entry><title>{html.escape(facts['title'], quote=False)}</title>"
            f'<link rel="alternate" href="{base}/article/{i}/"/><id>{host}/article/{i}/</id>'
            f"<published>{facts['published']}</published><updated>{_updated(i, version)}</updated></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Big Site News</title><id>{HOST}/</id><updated>2026-11-02T06:00:00Z</updated>"
        + "".join(entries)
        + "</feed>"
    )


def _sitemap(server: ReplayServer, n: int) -> bytes:
    base = f"{server.origin}/bigsite/{n}"
    urls = "".join(
        f"<url><loc>{base}/article/{i}/?utm_source=sitemap&amp;utm_medium=news</loc>"
        f"<lastmod>{_updated(i, server.state['edits'].get(i, 1))}</lastmod>"
        f"<news:news><news:publication><news:name>Big Site News</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{article_facts(i)['published']}</news:publication_date>"
        f"<news:title>{html.escape(article_facts(i)['title'], quote=False)}</news:title></news:news></url>"
        for i in range(n)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>"
    )
    return gzip.compress(xml.encode(), mtime=0)


def reply(server: ReplayServer, path: str) -> Reply:
    match = re.match(r"^/bigsite/(\d+)/(.*)$", path)
    if not match:
        return Reply(404, b"not found")
    n, rest = int(match.group(1)), match.group(2)
    if rest == "":
        links = "".join(
            f'<li><a href="article/{i}/">{html.escape(article_facts(i)["title"], quote=False)}</a></li>'
            for i in range(n)
        )
        return Reply(
            200, f"<html><body><h1>Latest news</h1><ul>{links}</ul></body></html>".encode()
        )
    if rest == "feed/":
        return Reply(200, _feed(server, n).encode(), "application/atom+xml; charset=utf-8")
    if rest == "sitemap.xml":
        index = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{server.origin}/bigsite/{n}/sitemap-news.xml.gz</loc></sitemap></sitemapindex>"
        )
        return Reply(200, index.encode(), "application/xml; charset=utf-8")
    if rest == "sitemap-news.xml.gz":
        return Reply(200, _sitemap(server, n), "application/x-gzip")
    article = re.match(r"^article/(\d+)/$", rest)
    if article and int(article.group(1)) < n:
        i = int(article.group(1))
        return Reply(
            200,
            article_html(
                i, server.state["edits"].get(i, 1), server.state.get("host", HOST)
            ).encode(),
        )
    return Reply(404, b"<html><body>Not found</body></html>")
