"""A replica of Ofsted's reports site, for the demo and the tests.

Three kinds of page, in the markup the real site uses (see ../shared/OFSTED.md):
- `/ofsted/search?...level_2_types[]=12[&latest_report_date_start=DD-MM-YYYY]`: the listing of
  local authority children's services providers, with each one's latest report date;
- `/ofsted/provider/44/<URN>`: one council's publications, newest first;
- `/ofsted/files/v1/file/<id>`: a report, a PDF generated in the reports' layout.

The publications come from `replay_site/ofsted/publications.json`; a test adds more at run
time through `server.state["ofsted_extra"]` (a report published "today", say).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from crawler.replay.server import ReplayServer, Reply

PUBLICATIONS = (
    Path(__file__).resolve().parent.parent / "replay_site" / "ofsted" / "publications.json"
)
AUTHORITIES = (
    Path(__file__).resolve().parent.parent.parent
    / "nlp"
    / "data"
    / "uk_childrens_services_authorities.csv"
)
PREFIX = "/ofsted"


@functools.lru_cache(maxsize=1)
def _bundled_publications() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(PUBLICATIONS.read_text(encoding="utf-8"))["publications"])


@functools.lru_cache(maxsize=1)
def _providers() -> dict[str, dict[str, str]]:
    """URN -> the council's reference row."""
    with open(AUTHORITIES, newline="", encoding="utf-8") as fh:
        return {r["ofsted_urn"]: r for r in csv.DictReader(fh) if r["ofsted_urn"]}


def _provider_names() -> dict[str, str]:
    """URN -> the council's name as the reports site writes it."""
    return {urn: row["official_name"] for urn, row in _providers().items()}


def publications(server: ReplayServer) -> list[dict[str, Any]]:
    return [*_bundled_publications(), *server.state.get("ofsted_extra", [])]


def _long_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def _page(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)} - Ofsted</title></head>"
        f"<body><header><a href='{PREFIX}/'>Ofsted reports (replica)</a></header><main>{body}</main></body></html>"
    ).encode()


def _search(server: ReplayServer, query: str) -> bytes:
    params = parse_qs(query)
    since = None
    if params.get("latest_report_date_start"):
        try:
            since = (
                dt.datetime.strptime(params["latest_report_date_start"][0], "%d-%m-%Y")
                .date()
                .isoformat()
            )
        except ValueError:
            since = None
    latest: dict[str, str] = {}
    for pub in publications(server):
        latest[pub["urn"]] = max(latest.get(pub["urn"], ""), pub["published"])
    names = _provider_names()
    items = []
    for urn, day in sorted(latest.items(), key=lambda kv: names.get(kv[0], kv[0])):
        if since and day < since:
            continue
        items.append(
            "<li class='search-result'>"
            f"<h3 class='search-result__title'><a href='{PREFIX}/provider/44/{urn}'>{html.escape(names.get(urn, urn))}</a></h3>"
            f"<p class='search-result__provider-info'>URN: {urn} &middot; Local Authority Children's Services</p>"
            f"<p>Latest report: <time datetime='{day}'>{_long_date(day)}</time></p></li>"
        )
    return _page(
        "Find an inspection report",
        f"<h1>{len(items)} results</h1><ul class='results-list'>{''.join(items)}</ul>",
    )


def _provider(server: ReplayServer, urn: str) -> bytes | None:
    names = _provider_names()
    if urn not in names:
        return None
    pubs = sorted(
        (p for p in publications(server) if p["urn"] == urn),
        key=lambda p: p["published"],
        reverse=True,
    )
    events = []
    for pub in pubs:
        label = html.escape(pub["type"])
        events.append(
            "<li class='timeline__day'><span class='event__title heading--sub'>"
            f"<a class='publication-link' href='{PREFIX}/files/v1/file/{pub['id']}' target='_blank'>{label}"
            f"<span class='nonvisual'>{label}, pdf - {_long_date(pub['published'])}</span></a></span>"
            f"<div class='event__metadata'><time pubdate datetime='{pub['published']}'>{_long_date(pub['published'])}</time></div></li>"
        )
    body = f"<h1>{html.escape(names[urn])}</h1><p>URN: {urn}</p><h2>Reports</h2><ul class='timeline'>{''.join(events)}</ul>"
    return _page(names[urn], body)


def _report_pdf(server: ReplayServer, file_id: str) -> bytes | None:
    pub = next((p for p in publications(server) if p["id"] == file_id), None)
    if pub is None:
        return None
    if "pdf" in pub:  # a test's own bytes (a broken report, say)
        return pub["pdf"]
    cache = server.state.setdefault("ofsted_pdfs", {})
    if file_id not in cache:
        from crawler.replay.report_pdf import make_report_pdf

        kind = (
            "inspection"
            if "inspection" in pub["type"].lower() and "joint" not in pub["type"].lower()
            else pub["type"].lower()
        )
        cache[file_id] = make_report_pdf(
            authority_name=_providers()[pub["urn"]]["name"],
            framework=pub.get("framework") or "",
            inspection_start=pub["inspection_start"],
            inspection_end=pub["inspection_end"],
            published=pub["published"],
            lead_inspector=pub.get("lead_inspector") or "",
            judgements=pub.get("judgements") or {},
            kind=pub.get("kind", kind),
        )
    return cache[file_id]


def reply(server: ReplayServer, path_and_query: str) -> Reply:
    from crawler.replay.server import Reply

    parts = urlsplit(path_and_query)
    path = parts.path[len(PREFIX) :].rstrip("/")
    if path == "/search":
        return Reply(200, _search(server, parts.query))
    if path.startswith("/provider/44/"):
        body = _provider(server, path.rsplit("/", 1)[-1])
        return (
            Reply(200, body) if body else Reply(404, _page("Not found", "<h1>Page not found</h1>"))
        )
    if path.startswith("/files/v1/file/"):
        pdf = _report_pdf(server, path.rsplit("/", 1)[-1])
        if pdf is None:
            return Reply(404, _page("Not found", "<h1>File not found</h1>"))
        return Reply(200, pdf, "application/pdf", conditional=False)
    return Reply(404, _page("Not found", "<h1>Page not found</h1>"))
