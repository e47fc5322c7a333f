"""Alerts standing on Ofsted's record, against the replica of the reports site.

Each test is a few nights of `sectorwatch crawl` over a local replay: the replica of Ofsted's
reports site (`/ofsted/...`) and two news outlets written by the test into their own site
folder, so a night can add a report or an article.
"""

from __future__ import annotations

import datetime as dt
import html
import sqlite3
from pathlib import Path

import pytest

from crawler.replay import ReplayServer
from tests.helpers import FAST, run_cli

pytestmark = pytest.mark.slow  # whole crawls in their own processes

KENT, KENT_URN = "E10000016", "80476"
TODAY = dt.date.today()

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}T09:00:00+00:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article></main>
<footer><p>Copyright the outlet. All rights reserved.</p></footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{outlet}</title>
<link>{origin}/{outlet}/</link><description>news</description>{items}</channel></rss>"""

ITEM = "<item><title>{title}</title><link>{origin}/{outlet}/news/{slug}/</link><pubDate>{date}</pubDate></item>"

KENT_STORY = [
    "Kent County Council's children's services have been rated inadequate by Ofsted.",
    "Inspectors found that children at risk of harm were not always protected quickly enough, and that leaders had "
    "not understood the scale of the problems in the council's front door.",
    "The council said it accepted the findings and had already begun work on an improvement plan.",
]


def publish_article(
    root: Path, outlet: str, slug: str, title: str, paragraphs: list[str], published: dt.date
) -> None:
    page = root / outlet / "news" / slug / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        ARTICLE.format(
            title=html.escape(title),
            published=published.isoformat(),
            paragraphs="".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
        ),
        encoding="utf-8",
    )
    feed = root / outlet / "feed" / "index.xml"
    feed.parent.mkdir(parents=True, exist_ok=True)
    items = sorted(p.parent.name for p in (root / outlet / "news").glob("*/index.html"))
    rfc822 = dt.datetime.combine(published, dt.time(9)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    feed.write_text(
        FEED.format(
            outlet=outlet,
            origin="http://127.0.0.1:8765",
            items="".join(
                ITEM.format(
                    title=html.escape(s),
                    origin="http://127.0.0.1:8765",
                    outlet=outlet,
                    slug=s,
                    date=rfc822,
                )
                for s in items
            ),
        ),
        encoding="utf-8",
    )


def publish_report(
    server: ReplayServer, file_id: str, published: dt.date, overall: str = "inadequate"
) -> None:
    server.state.setdefault("ofsted_extra", []).append(
        {
            "id": file_id,
            "urn": KENT_URN,
            "type": "Children's services inspection",
            "published": published.isoformat(),
            "framework": "ILACS standard",
            "inspection_start": (published - dt.timedelta(days=60)).isoformat(),
            "inspection_end": (published - dt.timedelta(days=49)).isoformat(),
            "lead_inspector": "Alex Replica",
            "judgements": {
                "overall_effectiveness": overall,
                "impact_of_leaders": overall,
                "help_and_protection": overall,
                "children_in_care": "requires improvement",
                "care_leavers": "requires improvement",
            },
        }
    )


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    (root / "outlet-a").mkdir(parents=True)
    with ReplayServer(port=0, root=root) as server:
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f"""
[[source]]
name = "outlet-a"
feeds = ["{server.origin}/outlet-a/feed/"]
allowed_domains = ["127.0.0.1"]

[[source]]
name = "outlet-b"
feeds = ["{server.origin}/outlet-b/feed/"]
allowed_domains = ["127.0.0.1"]

[[source]]
name = "ofsted-reports"
spider = "ofsted"
start_urls = ["{server.origin}/ofsted/search?q=&level_1_types=3&level_2_types%5B%5D=12&rows=100"]
allowed_domains = ["127.0.0.1"]
""",
            encoding="utf-8",
        )
        yield root, server, sources


def night(sources: Path, db: Path, *only: str) -> None:
    args = ["crawl", "--sources", str(sources), "--db", str(db), *FAST]
    if only:
        args += ["--only", ",".join(only)]
    result = run_cli(*args)
    assert result.returncode in (0, 1), (
        result.stdout + result.stderr
    )  # 1: an outlet with no feed yet


def alerts(db: Path) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [
            dict(r)
            for r in conn.execute(
                """select al.*, (select count(*) from alert_articles x where x.alert_id = al.id) as articles,
                      i.report_url from alerts al left join inspections i on i.id = al.inspection_id order by al.id"""
            )
        ]


def test_a_new_report_alerts_before_any_article_and_the_news_joins_it(site, db_path):
    root, server, sources = site
    publish_report(server, "59990001", TODAY - dt.timedelta(days=1))
    night(sources, db_path, "ofsted")
    (alert,) = alerts(db_path)
    assert alert["authority_code"] == KENT and alert["status"] == "confirmed"
    assert alert["articles"] == 0 and alert["report_url"].endswith("/ofsted/files/v1/file/59990001")

    publish_article(
        root,
        "outlet-a",
        "kent-inadequate",
        "Kent children's services rated inadequate by Ofsted",
        KENT_STORY,
        TODAY,
    )
    publish_article(
        root,
        "outlet-b",
        "kent-ofsted",
        "Ofsted rates Kent children's services inadequate",
        KENT_STORY[::-1],
        TODAY,
    )
    night(sources, db_path)
    (alert_after,) = alerts(db_path)
    assert alert_after["id"] == alert["id"] and alert_after["articles"] == 2


def test_news_ahead_of_the_report_is_provisional_until_the_report_appears(site, db_path):
    root, server, sources = site
    publish_article(
        root,
        "outlet-a",
        "kent-inadequate",
        "Kent children's services rated inadequate by Ofsted",
        KENT_STORY,
        TODAY,
    )
    night(sources, db_path)
    (alert,) = alerts(db_path)
    assert alert["status"] == "provisional" and alert["inspection_id"] is None

    publish_report(server, "59990002", TODAY)
    night(sources, db_path)
    (confirmed,) = alerts(db_path)
    assert (
        confirmed["id"] == alert["id"]
        and confirmed["status"] == "confirmed"
        and confirmed["report_url"]
    )


def test_a_second_night_fetches_no_report_twice(site, db_path):
    _, server, sources = site
    publish_report(server, "59990003", TODAY - dt.timedelta(days=3), overall="good")
    night(sources, db_path, "ofsted")
    first = server.hits("/ofsted/files/")
    assert first == 3  # Manchester 2014 and 2017, and Kent's new report
    night(sources, db_path, "ofsted")
    assert server.hits("/ofsted/files/") == first
    assert (
        server.hits("/ofsted/provider/") == 2
    )  # the second night: the listing, filtered, and no provider page
    assert alerts(db_path) == []  # a good report raises nothing


def test_a_report_that_cannot_be_read_is_recorded_and_never_half_stored(site, db_path):
    _, server, sources = site
    server.state.setdefault("ofsted_extra", []).append(
        {
            "id": "59990004",
            "urn": KENT_URN,
            "type": "Children's services inspection",
            "published": TODAY.isoformat(),
            "pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntruncated",
        }
    )
    night(sources, db_path, "ofsted")
    with sqlite3.connect(db_path) as conn:
        errors = conn.execute(
            "select url, reason from fetch_errors where source = 'ofsted-reports'"
        ).fetchall()
        stored = conn.execute(
            "select count(*) from report_files where url like '%59990004'"
        ).fetchone()[0]
        kent_today = conn.execute(
            "select count(*) from inspections where authority_code = ? and published = ?",
            [KENT, TODAY.isoformat()],
        ).fetchone()[0]
    assert [url.rsplit("/", 1)[-1] for url, _ in errors] == ["59990004"]
    assert errors[0][1].startswith("report not read: ")
    assert stored == 0 and kent_today == 0
