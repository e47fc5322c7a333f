"""What an alert says: the council, grade, inspection, previous grade, official record, sources.

The previous grade comes from Ofsted's published record (the `inspections` table: the
bundled history 2012 to 2026, kept current by the crawl; crawler/inspections.py) or else
from earlier articles in the database. The cross-check marks an alert "confirmed by Ofsted
data" when that record has an alerting report for the council (overall inadequate, or any
area under the framework without an overall judgement) published within
OFFICIAL_WINDOW_DAYS of the news.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from crawler.alerts.record import PROVISIONAL_DAYS
from crawler.inspections import COLUMNS_WITHOUT_TEXT

OFFICIAL_WINDOW_DAYS = 60
CONFIRMED, NOT_YET = "confirmed by Ofsted data", "not yet in the official record"
GRADES = ("outstanding", "good", "requires improvement", "inadequate", "adequate")


def official_record(db: sqlite_utils.Database, code: str) -> list[dict[str, Any]]:
    """The council's reports in the `inspections` table, oldest first."""
    return list(
        db.query(
            f"select {COLUMNS_WITHOUT_TEXT} from inspections where authority_code = ? order by published, id",
            [code],
        )
    )


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def official_check(
    code: str, reported_on: str | None, db: sqlite_utils.Database
) -> tuple[str, dict[str, Any] | None]:
    """(CONFIRMED, the `inspections` row) when Ofsted's record has an alerting report for the
    council published within OFFICIAL_WINDOW_DAYS of `reported_on`; else (NOT_YET, None)."""
    day = _day(reported_on)
    for row in official_record(db, code):
        published = _day(row["published"])
        if (
            day
            and published
            and abs((published - day).days) <= OFFICIAL_WINDOW_DAYS
            and row["any_inadequate"]
        ):
            return CONFIRMED, row
    return NOT_YET, None


def previous_grade(
    db: sqlite_utils.Database, code: str, reported_on: str | None
) -> tuple[str | None, str | None]:
    """(grade, date) of the council's last overall judgement before this report."""
    day = _day(reported_on)
    if day:
        # Ofsted's record first: it has dates; an article's "previously rated X" often has none.
        earlier = [
            r
            for r in official_record(db, code)
            if (_day(r["published"]) or day) < day - dt.timedelta(days=OFFICIAL_WINDOW_DAYS)
        ]
        for row in reversed(earlier):
            if row["overall_effectiveness"] in GRADES:
                return row["overall_effectiveness"], row["published"]
    # Else what articles published before this report said of an earlier judgement.
    row = db.execute(
        """select j.grade, j.year from judgements j join articles a on a.id = j.article_id
           where j.authority_code = ? and j.subject = "children's services" and a.published < ?
             and (j.current = 1 or j.year < cast(substr(?, 1, 4) as integer))
           order by a.published desc, j.year desc limit 1""",
        [code, reported_on or "", reported_on or ""],
    ).fetchone()
    return (row[0], str(row[1]) if row[1] else None) if row else (None, None)


def alert_details(db: sqlite_utils.Database, alert_id: int) -> dict[str, Any]:
    alert = next(
        db.query(
            "select al.*, au.official_name as authority from alerts al left join authorities au on au.gss_code = al.authority_code where al.id = ?",
            [alert_id],
        )
    )
    alert["articles"] = list(
        db.query(
            """select a.title, a.url, a.source, a.published from alert_articles x join articles a on a.id = x.article_id
           where x.alert_id = ? order by a.published, a.id""",
            [alert_id],
        )
    )
    row: dict[str, Any] | None
    if alert.get("inspection_id"):  # the alert rule tied the alert to its report
        official, row = CONFIRMED, db.table("inspections").get(alert["inspection_id"])
    else:
        official, row = official_check(alert["authority_code"], alert["reported_on"], db)
    alert["official_record"] = official
    alert["report_url"] = row["report_url"] if row and alert.get("inspection_id") else None
    alert["report_published"] = row["published"] if row and alert.get("inspection_id") else None
    alert["outlets"] = len({a["source"] for a in alert["articles"]})
    alert["standing"] = alert_standing(alert)
    alert["inspection_dates"] = (
        f"{row['inspection_start']} to {row['inspection_end']}"
        if row and row["inspection_start"]
        else None
    )
    if not alert.get("previous_grade"):
        alert["previous_grade"], alert["previous_date"] = previous_grade(
            db, alert["authority_code"], alert["reported_on"]
        )
    return alert


def alert_standing(alert: dict[str, Any]) -> str:
    """What an alert stands on, in words: its report, or how many outlets report it so far."""
    if alert.get("status") == "confirmed":
        published = alert.get("report_published")
        return (
            f"confirmed: Ofsted's report published {published}"
            if published
            else "confirmed by Ofsted's record"
        )
    outlets = alert.get("outlets") or 0
    if alert.get("status") == "unconfirmed":
        return f"unconfirmed: reported by {outlets} outlet(s); no Ofsted report found within {PROVISIONAL_DAYS} days"
    return f"provisional: reported by {outlets} outlet(s); Ofsted's report not yet found"
