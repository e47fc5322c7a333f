"""What an alert says: the council, grade, inspection, previous grade, official record, sources.

The previous grade comes from earlier articles in the database (a historical judgement of
the council) or else from Ofsted's published record (crawler/data/, 2012 to 2026). The
cross-check marks an alert "confirmed by Ofsted data" when that record has an inadequate
judgement for the council published within OFFICIAL_WINDOW_DAYS of the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from pathlib import Path
from typing import Any

import sqlite_utils

OFFICIAL = Path(__file__).resolve().parent.parent / "data" / "ofsted_la_inspections_merged.csv"
OFFICIAL_WINDOW_DAYS = 60
CONFIRMED, NOT_YET = "confirmed by Ofsted data", "not yet in the official record"
GRADES = ("outstanding", "good", "requires improvement", "inadequate", "adequate")


@functools.lru_cache(maxsize=1)
def official_record() -> dict[str, list[dict[str, str]]]:
    by_code: dict[str, list[dict[str, str]]] = {}
    with open(OFFICIAL, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_code.setdefault(row["gss_code"], []).append(row)
    for rows in by_code.values():
        rows.sort(key=lambda r: r["publication_date"])
    return by_code


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def official_check(code: str, reported_on: str | None) -> tuple[str, dict[str, str] | None]:
    day = _day(reported_on)
    for row in official_record().get(code, []):
        published = _day(row["publication_date"])
        if day and published and abs((published - day).days) <= OFFICIAL_WINDOW_DAYS and row["any_judgement_inadequate"] == "True":
            return CONFIRMED, row
    return NOT_YET, None


def previous_grade(db: sqlite_utils.Database, code: str, reported_on: str | None) -> tuple[str | None, str | None]:
    """(grade, date) of the council's last overall judgement before this report."""
    day = _day(reported_on)
    if day:
        # Ofsted's record first: it has dates; an article's "previously rated X" often has none.
        earlier = [r for r in official_record().get(code, []) if (_day(r["publication_date"]) or day) < day - dt.timedelta(days=OFFICIAL_WINDOW_DAYS)]
        for row in reversed(earlier):
            if row["overall_effectiveness"] in GRADES:
                return row["overall_effectiveness"], row["publication_date"]
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
    alert = next(db.query(
        "select al.*, au.official_name as authority from alerts al left join authorities au on au.gss_code = al.authority_code where al.id = ?",
        [alert_id],
    ))
    alert["articles"] = list(db.query(
        """select a.title, a.url, a.source, a.published from alert_articles x join articles a on a.id = x.article_id
           where x.alert_id = ? order by a.published, a.id""",
        [alert_id],
    ))
    official, row = official_check(alert["authority_code"], alert["reported_on"])
    alert["official_record"] = official
    alert["inspection_dates"] = f"{row['inspection_start_date']} to {row['inspection_end_date']}" if row and row["inspection_start_date"] else None
    if not alert.get("previous_grade"):
        alert["previous_grade"], alert["previous_date"] = previous_grade(db, alert["authority_code"], alert["reported_on"])
    return alert
