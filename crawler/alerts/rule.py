"""Alerts stand on Ofsted's record; the news is their coverage and early warning.

One alert per inspection, however many outlets report it:

- **A new report** (crawled by the ofsted spider, published in the last NEW_REPORT_DAYS)
  whose overall judgement is inadequate, or, under the April 2026 framework, with any area
  judged inadequate (`any_inadequate`), raises the alert at once, with the report as its
  first source; or confirms the provisional alert the news raised before it.
- **An article** the tagger marks as reporting a new inadequate rating (judgement `alert`)
  is weighed against the record (crawler/alerts/record.py): coverage of a report joins that
  report's alert (raising it if the report came from the bundled history); an article
  ahead of the record raises a *provisional* alert, which later articles on the same
  council (same story, or within INSPECTION_WINDOW_DAYS) join; a follow-up of an earlier
  report, or a rating the record contradicts, raises nothing.
- A provisional alert is `confirmed` when its report appears, and `unconfirmed` when it has
  not appeared PROVISIONAL_DAYS after the first article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from crawler.alerts.details import CONFIRMED, NOT_YET, previous_grade
from crawler.alerts.record import (
    COVERAGE_AFTER_DAYS,
    COVERAGE_BEFORE_DAYS,
    PROVISIONAL_DAYS,
    SAME_NEWS_AFTER_DAYS,
    SAME_NEWS_BEFORE_DAYS,
    Record,
    Verdict,
    day_of,
    news_the_reader_missed,
    weigh_judgement,
)
from crawler.db import utcnow

# Ofsted inspects a council's children's services at most every few months (monitoring
# visits aside, which never alert); coverage of one report spans days or weeks.
INSPECTION_WINDOW_DAYS = 120
# A report found by the crawl long after its publication is history, not news (the first
# crawl of the reports site finds years of them).
NEW_REPORT_DAYS = 60
PROVISIONAL, CONFIRMED_STATUS, UNCONFIRMED = "provisional", "confirmed", "unconfirmed"
AREAS = (
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
)


def evaluate_alerts(
    db: sqlite_utils.Database, run_id: int | None = None, today: dt.date | None = None
) -> list[dict]:
    """Raise, join, confirm and expire alerts; return the alerts raised now."""
    today = today or dt.datetime.now(dt.UTC).date()
    record = Record.from_db(db)
    with db.atomic():
        _confirm_provisional(db, record)
        new_alerts = _alerts_from_reports(db, run_id)
        new_alerts += _alerts_from_news(db, record, run_id)
        new_alerts += _coverage_the_reader_missed(db, record, run_id)
        _expire_provisional(db, today)
    return new_alerts


# -- the record ---------------------------------------------------------------------------------


def _confirm(db: sqlite_utils.Database, alert_id: int, inspection: dict[str, Any]) -> None:
    db.table("alerts").update(
        alert_id,
        {
            "status": CONFIRMED_STATUS,
            "inspection_id": inspection["id"],
            "official_record": CONFIRMED,
            "status_changed_at": utcnow(),
        },
    )


def _confirm_provisional(db: sqlite_utils.Database, record: Record) -> None:
    """A provisional (or unconfirmed) alert whose report is now in the record is confirmed."""
    for alert_id, code, reported_on in db.execute(
        "select id, authority_code, reported_on from alerts where status in (?, ?)",
        [PROVISIONAL, UNCONFIRMED],
    ).fetchall():
        verdict = record.verdict(code, reported_on)
        if (
            verdict.status == "confirmed"
            and verdict.inspection
            and not _alert_of_inspection(db, verdict.inspection["id"])
        ):
            _confirm(db, alert_id, verdict.inspection)


def _alert_of_inspection(db: sqlite_utils.Database, inspection_id: int) -> int | None:
    row = db.execute(
        "select id from alerts where inspection_id = ? limit 1", [inspection_id]
    ).fetchone()
    return row[0] if row else None


def _report_evidence(inspection: dict[str, Any]) -> str:
    grades = [f"{key.replace('_', ' ')}: {inspection[key]}" for key in AREAS if inspection.get(key)]
    return f"Ofsted's report published {inspection['published']}: " + "; ".join(grades)


def _alerts_from_reports(db: sqlite_utils.Database, run_id: int | None) -> list[dict]:
    new_alerts = []
    for inspection in list(
        db.query(
            f"""select * from inspections i
            where i.source = 'ofsted' and i.kind = 'inspection' and i.any_inadequate = 1
              and i.published >= date(i.fetched_at, '-{NEW_REPORT_DAYS} days')
              and not exists (select 1 from alerts al where al.inspection_id = i.id)
            order by i.published, i.id"""
        )
    ):
        code, published = inspection["authority_code"], inspection["published"]
        provisional = _alert_near(db, code, published, statuses=(PROVISIONAL, UNCONFIRMED))
        if provisional:
            _confirm(db, provisional, inspection)
            continue
        grade = "inadequate"
        subject = (
            "children's services"
            if inspection.get("overall_effectiveness") == grade
            else next(
                (key.replace("_", " ") for key in AREAS if inspection.get(key) == grade),
                "children's services",
            )
        )
        new_alerts.append(
            _raise(
                db,
                code,
                published,
                run_id,
                status=CONFIRMED_STATUS,
                inspection=inspection,
                subject=subject,
                inspection_type=inspection.get("framework"),
                evidence=_report_evidence(inspection),
            )
        )
    return new_alerts


def _expire_provisional(db: sqlite_utils.Database, today: dt.date) -> None:
    cutoff = (today - dt.timedelta(days=PROVISIONAL_DAYS)).isoformat()
    db.execute(
        "update alerts set status = ?, status_changed_at = ? where status = ? and reported_on < ?",
        [UNCONFIRMED, utcnow(), PROVISIONAL, cutoff],
    )


# -- the news -------------------------------------------------------------------------------------


def _alerts_from_news(db: sqlite_utils.Database, record: Record, run_id: int | None) -> list[dict]:
    new_alerts = []
    pending = db.execute(
        """
        select j.article_id, j.authority_code, j.grade, j.subject, j.inspection_type, j.evidence, j.alert, j.year,
               coalesce(a.published, substr(a.fetched_at, 1, 10)) as reported_on, a.story_id
        from judgements j join articles a on a.id = j.article_id
        where (j.alert = 1 or j.grade = 'inadequate')
          and not exists (select 1 from alert_articles x where x.article_id = j.article_id)
        order by reported_on, j.alert desc, j.id
        """
    ).fetchall()
    for (
        article_id,
        code,
        grade,
        subject,
        inspection_type,
        evidence,
        alert,
        year,
        reported_on,
        story_id,
    ) in pending:
        if db.execute("select 1 from alert_articles where article_id = ?", [article_id]).fetchone():
            continue  # an article with two alerting judgements joins once
        verdict = weigh_judgement(
            {"code": code, "grade": grade, "subject": subject, "alert": alert, "year": year},
            reported_on,
            record,
        )
        if verdict is None or not verdict.alerts:
            continue  # a follow-up, or a rating the record contradicts or does not have
        alert = _join(
            db,
            article_id,
            code,
            reported_on,
            story_id,
            verdict,
            run_id,
            subject=subject,
            inspection_type=inspection_type,
            evidence=evidence,
        )
        new_alerts.extend([alert] if alert else [])
    return new_alerts


def _join(
    db: sqlite_utils.Database,
    article_id: int,
    code: str,
    reported_on: str,
    story_id: int | None,
    verdict: Verdict,
    run_id: int | None,
    **details: Any,
) -> dict | None:
    """Join an article to the alert its verdict belongs to, raising it when there is none
    yet (confirmed with a report, else provisional); the alert raised, else None."""
    alert = None
    alert_id = _alert_for_verdict(db, code, reported_on, story_id, verdict)
    if alert_id is None:
        alert = _raise(
            db,
            code,
            reported_on,
            run_id,
            status=CONFIRMED_STATUS if verdict.inspection else PROVISIONAL,
            inspection=verdict.inspection,
            first_article_id=article_id,
            story_id=story_id,
            **details,
        )
        alert_id = alert["id"]
    db.table("alert_articles").insert({"alert_id": alert_id, "article_id": article_id}, ignore=True)
    return alert


def _coverage_the_reader_missed(
    db: sqlite_utils.Database, record: Record, run_id: int | None
) -> list[dict]:
    """Articles that came out with a council's inadequate report, name the council and use the
    verdict's word, but in which the tagger read no rating of it: the report's coverage, as
    `sectorwatch analyse` counts them (crawler/alerts/record.news_the_reader_missed)."""
    new_alerts = []
    # Only articles dated in the same-news days of some inadequate report: the nightly run
    # does not re-read every old article that uses the word.
    candidates = db.execute(
        f"""
        select a.id, a.published, a.text, a.story_id from articles a
        where a.published is not null and a.text like '%inadequate%'
          and exists (
            select 1 from inspections i
            where i.kind = 'inspection' and i.any_inadequate = 1
              and substr(a.published, 1, 10)
                  between date(i.published, '-{SAME_NEWS_BEFORE_DAYS} days')
                  and date(i.published, '+{SAME_NEWS_AFTER_DAYS} days'))
          and exists (select 1 from mentions m where m.article_id = a.id and m.kind = 'authority')
          and not exists (select 1 from alert_articles x where x.article_id = a.id)
        order by a.published, a.id
        """
    ).fetchall()
    for article_id, published, text, story_id in candidates:
        article = {
            "published": published,
            "text": text,
            "authorities": [
                {"code": code}
                for (code,) in db.execute(
                    "select authority_code from mentions where article_id = ? and kind = 'authority'",
                    [article_id],
                )
            ],
            "judgements": [
                {"code": code, "grade": grade, "subject": subject}
                for code, grade, subject in db.execute(
                    "select authority_code, grade, subject from judgements where article_id = ?",
                    [article_id],
                )
            ],
        }
        for verdict in news_the_reader_missed(article, record):
            inspection = verdict.inspection or {}
            alert = _join(
                db,
                article_id,
                inspection.get("authority_code") or "",
                published,
                story_id,
                verdict,
                run_id,
                subject="children's services",
                inspection_type=inspection.get("framework"),
                evidence=_report_evidence(inspection),
            )
            new_alerts.extend([alert] if alert else [])
    return new_alerts


def _alert_for_verdict(
    db: sqlite_utils.Database, code: str, reported_on: str, story_id: int | None, verdict: Verdict
) -> int | None:
    """The alert an article joins: its report's; else one of the same story or near in time."""
    if verdict.inspection:
        existing = _alert_of_inspection(db, verdict.inspection["id"])
        if existing:
            return existing
        provisional = _alert_near(
            db, code, verdict.inspection["published"], statuses=(PROVISIONAL, UNCONFIRMED)
        )
        if provisional:
            _confirm(db, provisional, verdict.inspection)
        return provisional
    return _alert_of_story(db, code, story_id) or _alert_near(
        db, code, reported_on, window=INSPECTION_WINDOW_DAYS
    )


def _raise(
    db: sqlite_utils.Database,
    code: str,
    reported_on: str,
    run_id: int | None,
    *,
    status: str,
    inspection: dict[str, Any] | None,
    subject: str,
    inspection_type: str | None,
    evidence: str,
    first_article_id: int | None = None,
    story_id: int | None = None,
) -> dict:
    day = day_of(reported_on)
    previous, previous_date = previous_grade(db, code, reported_on)
    row = {
        "authority_code": code,
        "grade": "inadequate",
        "subject": subject,
        "inspection_type": inspection_type,
        "inspection_key": f"{code}:{inspection['published'] if inspection else (day.isoformat() if day else reported_on)}",
        "reported_on": reported_on,
        "evidence": evidence,
        "first_article_id": first_article_id,
        "story_id": story_id,
        "run_id": run_id,
        "created_at": utcnow(),
        "status": status,
        "raised_status": status,
        "status_changed_at": utcnow(),
        "inspection_id": inspection["id"] if inspection else None,
        "official_record": CONFIRMED if inspection else NOT_YET,
        "previous_grade": previous,
        "previous_date": previous_date,
    }
    alert_id = db.table("alerts").insert(row).last_pk
    return {"id": alert_id, **row}


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


def _alert_near(
    db: sqlite_utils.Database,
    code: str,
    reported_on: str | None,
    *,
    statuses: tuple[str, ...] | None = None,
    window: int | None = None,
) -> int | None:
    """An alert of this council reported near `reported_on`: within `window` days either way,
    or (no window) in the coverage window of a report published then."""
    day = day_of(reported_on)
    for alert_id, other, status in db.execute(
        "select id, reported_on, status from alerts where authority_code = ? order by id", [code]
    ).fetchall():
        if statuses and status not in statuses:
            continue
        other_day = day_of(other)
        if day is None or other_day is None:
            return alert_id
        offset = (other_day - day).days  # the alert's first report, relative to this date
        if window is not None and abs(offset) <= window:
            return alert_id
        if window is None and -COVERAGE_BEFORE_DAYS <= offset <= COVERAGE_AFTER_DAYS:
            return alert_id
    return None


def list_alerts(db: sqlite_utils.Database) -> list[dict]:
    """Every alert with its council's name, its status, and the number of articles reporting it."""
    return [
        dict(row)
        for row in db.query(
            """
            select al.id, al.authority_code, au.official_name as authority, al.grade, al.subject,
                   al.inspection_type, al.reported_on, al.evidence, al.previous_grade, al.previous_date, al.official_record,
                   al.status, i.report_url, i.published as report_published,
                   (select count(*) from alert_articles x where x.alert_id = al.id) as articles,
                   (select count(distinct a2.source) from alert_articles x join articles a2 on a2.id = x.article_id
                     where x.alert_id = al.id) as outlets,
                   coalesce(a.url, i.report_url) as first_url
            from alerts al
            left join authorities au on au.gss_code = al.authority_code
            left join articles a on a.id = al.first_article_id
            left join inspections i on i.id = al.inspection_id
            order by al.id
            """
        )
    ]
