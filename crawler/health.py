"""Crawl health per source: is each outlet still producing articles?

A source is
- FAILING when every request to it failed in its latest run (the site is down, or a
  redesign moved the feed: the usual first sign that discovery broke), or when an
  article of it failed after its fetch (parse, extract, tag or store) in its latest run;
- SILENT when it produced no new or updated article over the last `nights` nights
  on which it was crawled (a feed that still answers but no longer lists articles);
  Ofsted's reports site is exempt: weeks without a new report are normal there, and a
  listing that stops answering shows as FAILING;
- ok otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from crawler.alerts.channels import clean  # crawled text for the terminal: no escape sequences


@dataclass
class SourceHealth:
    source: str
    last_run: str | None
    nights: int  # distinct nights with a run, within the window
    discovered: int
    fetched: int
    new: int
    updated: int
    errors: int
    failed: int  # articles that failed after their fetch, in the latest run
    status: str  # ok, SILENT, FAILING, NEVER RUN
    detail: str
    last_error: str | None

    @property
    def healthy(self) -> bool:
        return self.status == "ok"


def source_health(
    db: sqlite_utils.Database, nights: int = 3, sources: list[str] | None = None
) -> list[SourceHealth]:
    names = list(sources or []) + [
        r[0]
        for r in db.execute("select distinct source from source_runs order by source")
        if r[0] not in (sources or [])
    ]
    report = []
    for name in names:
        rows = list(
            db.query(
                """select sr.*, date(cr.started_at) as night, cr.started_at
                   from source_runs sr join crawl_runs cr on cr.id = sr.run_id
                   where sr.source = ? order by sr.run_id desc""",
                [name],
            )
        )
        if not rows:
            report.append(
                SourceHealth(
                    name,
                    None,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    "NEVER RUN",
                    "no crawl run has reached it yet",
                    None,
                )
            )
            continue
        window_nights = sorted({r["night"] for r in rows}, reverse=True)[:nights]
        window = [r for r in rows if r["night"] in window_nights]
        last = rows[0]
        error = db.execute(
            "select coalesce(status, '-') || ' ' || url || ': ' || reason from fetch_errors where source = ? order by id desc limit 1",
            [name],
        ).fetchone()
        total = {
            k: sum(r[k] or 0 for r in window)
            for k in ("discovered", "fetched", "new", "updated", "errors")
        }
        failed = last.get("failed") or 0
        if failed:
            status, detail = (
                "FAILING",
                f"{failed} article(s) failed after their fetch in the latest run",
            )
            error = (
                db.execute(
                    "select coalesce(status, '-') || ' ' || url || ' at ' || stage || ': ' || reason from fetch_errors "
                    "where source = ? and run_id = ? and stage != 'fetch' order by id desc limit 1",
                    [name, last["run_id"]],
                ).fetchone()
                or error
            )
        elif last["errors"] and not last["responses"]:
            status, detail = "FAILING", f"all {last['errors']} request(s) of the latest run failed"
        elif (
            len(window_nights) >= nights
            and not (total["new"] or total["updated"])
            and name not in record_sources(db)
        ):
            status, detail = "SILENT", f"no new or updated article in {len(window_nights)} nights"
        else:
            status, detail = "ok", ""
        report.append(
            SourceHealth(
                name,
                last["started_at"],
                len(window_nights),
                total["discovered"],
                total["fetched"],
                total["new"],
                total["updated"],
                total["errors"],
                failed,
                status,
                detail,
                error[0] if error else None,
            )
        )
    return report


def record_sources(db: sqlite_utils.Database) -> set[str]:
    """The sources crawled by the ofsted spider (Ofsted's record, not news)."""
    return {
        name
        for (name,) in db.execute(
            'select name from sources where config like \'%"spider": "ofsted"%\''
        )
    }


def failed_deliveries(db: sqlite_utils.Database) -> list[dict]:
    """Alert deliveries given up on after their last retry (crawler/alerts/outbox.py)."""
    if not db.table("deliveries").exists():
        return []
    return list(
        db.query(
            "select alert_id, channel, attempts, last_error from deliveries where status = 'failed' order by alert_id, channel"
        )
    )


def format_deliveries(failed: list[dict]) -> str:
    lines = [
        f"alert deliveries FAILED after their last retry: {len(failed)} (resend with `sectorwatch alerts --resend ID`)"
    ]
    lines += [
        f"  alert #{d['alert_id']} via {d['channel']}, {d['attempts']} attempt(s): {clean(d['last_error'])[:160]}"
        for d in failed
    ]
    return "\n".join(lines)


def format_report(report: list[SourceHealth], nights: int) -> str:
    header = f"{'source':<26} {'last run':<20} {'nights':>6} {'found':>6} {'fetched':>7} {'new':>5} {'updated':>7} {'errors':>6} {'failed':>6}  status"
    lines = [
        f"crawl health over the last {nights} night(s) of each source",
        header,
        "-" * len(header),
    ]
    for h in report:
        lines.append(
            f"{h.source:<26} {(h.last_run or '-')[:19]:<20} {h.nights:>6} {h.discovered:>6} {h.fetched:>7} {h.new:>5} "
            f"{h.updated:>7} {h.errors:>6} {h.failed:>6}  {h.status}{': ' + h.detail if h.detail else ''}"
        )
        if not h.healthy and h.last_error:
            lines.append(f"{'':<28}last error: {clean(h.last_error)[:160]}")
    return "\n".join(lines)
