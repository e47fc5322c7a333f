"""From alerting judgements to alerts: one alert per inspection, however many articles.

The tagger marks a judgement `alert = 1` when its article reports a current, new
"inadequate" for a council's children's services. Articles about the same inspection
arrive from several outlets and over several nights; they are one event: the same council,
reported in the same story (pipelines/stories.py), or within INSPECTION_WINDOW_DAYS of the
first report. A later article on it becomes another source of the existing alert, never a
second alert.
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from crawler.alerts.details import official_check, previous_grade
from crawler.db import utcnow

# Ofsted inspects a council's children's services at most every few months (monitoring
# visits aside, which never alert); coverage of one report spans days or weeks.
INSPECTION_WINDOW_DAYS = 120


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def evaluate_alerts(db: sqlite_utils.Database, run_id: int | None = None) -> list[dict]:
    """Create alerts for alerting judgements not yet attached to one; return the new alerts."""
    new_alerts: list[dict] = []
    with db.atomic():
        pending = db.execute(
            """
            select j.id, j.article_id, j.authority_code, j.grade, j.subject, j.inspection_type,
                   j.evidence, coalesce(a.published, substr(a.fetched_at, 1, 10)) as reported_on, a.story_id
            from judgements j join articles a on a.id = j.article_id
            where j.alert = 1
              and not exists (select 1 from alert_articles x where x.article_id = j.article_id)
            order by reported_on, j.id
            """
        ).fetchall()
        for _jid, article_id, code, grade, subject, inspection_type, evidence, reported_on, story_id in pending:
            alert_id = _alert_of_story(db, code, story_id) or _matching_alert(db, code, reported_on)
            if alert_id is None:
                day = _day(reported_on)
                row = {
                    "authority_code": code,
                    "grade": grade,
                    "subject": subject,
                    "inspection_type": inspection_type,
                    "inspection_key": f"{code}:{day.isoformat() if day else reported_on}",
                    "reported_on": reported_on,
                    "evidence": evidence,
                    "first_article_id": article_id,
                    "story_id": story_id,
                    "run_id": run_id,
                    "created_at": utcnow(),
                }
                official, _ = official_check(code, reported_on)
                previous, previous_date = previous_grade(db, code, reported_on)
                row.update({"official_record": official, "previous_grade": previous, "previous_date": previous_date})
                alert_id = db["alerts"].insert(row).last_pk
                new_alerts.append({"id": alert_id, **row})
            db["alert_articles"].insert({"alert_id": alert_id, "article_id": article_id}, ignore=True)
    return new_alerts


def _alert_of_story(db: sqlite_utils.Database, code: str, story_id: int | None) -> int | None:
    """The alert already raised for this council by an article of the same story."""
    if story_id is None:
        return None
    row = db.execute(
        """select x.alert_id from alert_articles x join articles a on a.id = x.article_id
           join alerts al on al.id = x.alert_id where a.story_id = ? and al.authority_code = ? limit 1""",
        [story_id, code],
    ).fetchone()
    return row[0] if row else None


def _matching_alert(db: sqlite_utils.Database, code: str, reported_on: str | None) -> int | None:
    day = _day(reported_on)
    for alert_id, other in db.execute(
        "select id, reported_on from alerts where authority_code = ? order by id", [code]
    ).fetchall():
        other_day = _day(other)
        if day is None or other_day is None or abs((day - other_day).days) <= INSPECTION_WINDOW_DAYS:
            return alert_id
    return None


def list_alerts(db: sqlite_utils.Database) -> list[dict]:
    """Every alert with its council's name and the number of articles reporting it."""
    return [
        dict(row)
        for row in db.query(
            """
            select al.id, al.authority_code, au.official_name as authority, al.grade, al.subject,
                   al.inspection_type, al.reported_on, al.evidence, al.previous_grade, al.previous_date, al.official_record,
                   (select count(*) from alert_articles x where x.alert_id = al.id) as articles,
                   a.url as first_url
            from alerts al
            left join authorities au on au.gss_code = al.authority_code
            left join articles a on a.id = al.first_article_id
            order by al.id
            """
        )
    ]
