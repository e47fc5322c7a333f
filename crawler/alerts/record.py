"""News against Ofsted's record: is an article's "inadequate" the news of a new report?

Ofsted publishes every inspection of a council's children's services (the `inspections`
table, kept current by the ofsted spider and seeded from the bundled history). An article
dated D that reports a council's children's services as newly rated inadequate is, against
that record:

- `confirmed`: the record has an inadequate inspection of the council published around D
  (from COVERAGE_BEFORE_DAYS after D back to COVERAGE_AFTER_DAYS before it): the article is
  coverage of that report;
- `contradicted`: the record has a report around D with no inadequate judgement: the
  article's "inadequate" is not that report's verdict (a sub-judgement, a quote, the past);
- `historical`: the latest report before D is an inadequate one published more than
  COVERAGE_AFTER_DAYS but at most FOLLOW_UP_DAYS before: the follow-up, the feature, the
  round-up;
- `absent`: nothing around D, and the record is complete well past D: no such report exists
  (Ofsted publishes within weeks of an inspection, ../shared/OFSTED.md section 6); before
  the first SIF reports (2014) too: the alert rule is about full SIF/ILACS inspections, and
  the earlier regimes' ratings (a 2009 unannounced inspection) are not alerts (the real
  corpus labels them so), whether or not the record holds their few reports;
- `pending`: nothing yet, and the record is not complete that far: the news is ahead of
  Ofsted's publication (a council's statement, local press), a *provisional* alert;
- `unknown`: the record has nothing at all for the council (an abolished council whose
  reports it lacks, say), or nothing from before a merged council's successor began
  (Bournemouth before BCP): the text decides; but news dated long after such a council ceased
  to exist (MAX_LAG_DAYS and COVERAGE_AFTER_DAYS past its end date) is `historical`: no
  report of it can still be coming out;
- `not_ofsted`: a Welsh or Scottish council, whose children's services Ofsted does not
  rate.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import sqlite_utils

from crawler.inspections import last_complete_crawl

# News may come out before the PDF (the council's own statement) and goes on for weeks after.
COVERAGE_BEFORE_DAYS = 45
COVERAGE_AFTER_DAYS = 30
# The longest lag from the end of fieldwork to publication (OFSTED.md section 6: 18 to 214 days).
MAX_LAG_DAYS = 214
# Follow-ups of an inadequate rating come in the months after it; a re-inspection comes
# about 2.5 years later (../shared/OFSTED.md section 5), so older ones are not followed up.
# Within it no "new" inadequate rating can be a later report: in the bundled record no
# council's next full report came out sooner than 591 days after its last.
FOLLOW_UP_DAYS = 550
# A provisional alert whose report has not appeared in this long is marked unconfirmed:
# 90% of reports are published within 66 days of the end of fieldwork (OFSTED.md section 6).
PROVISIONAL_DAYS = 90
# An article whose wording does not call a rating new is still that rating's news when it
# came out with the report: dated to the day, from a week before it to a fortnight after.
# Later ones are coverage (the follow-up, the scrutiny meeting), not the news itself.
SAME_NEWS_BEFORE_DAYS = 7
SAME_NEWS_AFTER_DAYS = 14
FULL = "inspection"
# The record's own word for the verdict that alerts. An article dated with a council's
# inadequate report, naming that council and using the word, is that report's news even
# when the text reader tied the word to no council: "X Council has been told its
# 'inadequate' social work leaves children at risk" (tests/constructed/record/r029), or a
# quoted capitalised grade word put before the services it grades.
VERDICT_WORD = re.compile(r"\binadequate\b", re.IGNORECASE)
ALERTING = ("confirmed", "pending", "unknown")
AUTHORITIES_CSV = (
    Path(__file__).resolve().parent.parent.parent
    / "nlp"
    / "data"
    / "uk_childrens_services_authorities.csv"
)


def day_of(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (or the middle of an ISO month or year: "2024-07" is 2024-07-15, "2024"
    is 2024-07-01), else None."""
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 7, 1)
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-15")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def slack_of(value: str | dt.date | None) -> int:
    """Days of uncertainty in a date: a month without its day is +/- 16 days, a year +/- 184."""
    length = len(value.strip()) if isinstance(value, str) else 10
    return {4: 184, 7: 16}.get(length, 0)


@functools.lru_cache(maxsize=1)
def successor_codes() -> dict[str, str]:
    """A former council's GSS code -> its one successor's, and a council's former code -> its
    own (Somerset County Council's reports are under Somerset Council's code, Barnsley kept
    its pre-2024 code in older data). Councils split in two (Northamptonshire, Cumbria) map
    to none: neither successor's reports are the former council's."""
    mapping: dict[str, str] = {}
    with open(AUTHORITIES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            successors = [c for c in row["replaced_by_gss"].split("|") if c]
            if len(successors) == 1:
                mapping[row["gss_code"]] = successors[0]
            for former in filter(None, row["gss_code_former"].split("|")):
                mapping[former] = row["gss_code"]
    return mapping


@functools.lru_cache(maxsize=2)
def authority_dates(column: str) -> dict[str, dt.date]:
    """A council's GSS code -> its `start_date` or `end_date` (those it has, as days)."""
    days: dict[str, dt.date] = {}
    with open(AUTHORITIES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            day = day_of(row[column]) if len(row[column]) == 10 else None
            if day is not None:
                days[row["gss_code"]] = day
    return days


def record_code(code: str | None) -> str:
    """The code under which the record files a council's reports."""
    return successor_codes().get(code or "", code or "")


@dataclass(frozen=True)
class Verdict:
    status: str  # confirmed, contradicted, historical, absent, pending, unknown
    inspection: dict[str, Any] | None = None

    @property
    def alerts(self) -> bool:
        return self.status in ALERTING


class Record:
    """Ofsted's record as the alert rule reads it: full inspections per council, and the
    date up to which it is complete."""

    def __init__(
        self,
        by_code: dict[str, list[dict[str, Any]]],
        until: dt.date | None,
        outside_england: frozenset[str] = frozenset(),
    ) -> None:
        self.by_code = by_code
        self.until = until
        # Welsh and Scottish councils: their children's services are inspected by Care
        # Inspectorate Wales and the Care Inspectorate, never rated by Ofsted (DOMAIN.md 3).
        self.outside_england = outside_england

    @classmethod
    def from_db(cls, db: sqlite_utils.Database) -> Record:
        by_code: dict[str, list[dict[str, Any]]] = {}
        if "inspections" not in db.table_names():
            return cls(by_code, None)
        for row in db.query(
            """select id, authority_code, published, framework, overall_effectiveness, any_inadequate, report_url, source
               from inspections where kind = ? and authority_code is not null and published is not null
               order by published, id""",
            [FULL],
        ):
            by_code.setdefault(record_code(row["authority_code"]), []).append(row)
        newest = max(
            filter(None, (day_of(r["published"]) for rows in by_code.values() for r in rows)),
            default=None,
        )
        outside = frozenset(
            code
            for (code,) in db.execute("select gss_code from authorities where nation != 'England'")
        )
        return cls(
            by_code, max(filter(None, (newest, last_complete_crawl(db))), default=None), outside
        )

    def verdict(self, code: str | None, reported_on: str | dt.date | None) -> Verdict:
        if code in self.outside_england:
            return Verdict("not_ofsted")
        rows = self.by_code.get(record_code(code), [])
        day, slack = day_of(reported_on), slack_of(reported_on)
        if not rows and day is not None and self._gone_by(code, day, slack):
            return Verdict("historical")
        if not rows or day is None or self._before_its_successor(code, rows, day):
            return Verdict("unknown")

        def offset(row: dict[str, Any]) -> int:
            """The report's publication, in days after the article (rows all have a date)."""
            return (cast(dt.date, day_of(row["published"])) - day).days

        near = [
            r
            for r in rows
            if -COVERAGE_AFTER_DAYS - slack <= offset(r) <= COVERAGE_BEFORE_DAYS + slack
        ]
        inadequate = [r for r in near if r["any_inadequate"]]
        if inadequate:
            return Verdict("confirmed", inadequate[0])
        if near:
            return Verdict("contradicted", near[0])
        earlier = [r for r in rows if offset(r) < 0]
        if earlier and earlier[-1]["any_inadequate"] and -offset(earlier[-1]) <= FOLLOW_UP_DAYS:
            return Verdict("historical", earlier[-1])
        if self.until and (self.until - day).days > COVERAGE_BEFORE_DAYS + slack:
            return Verdict("absent")
        return Verdict("pending")

    @staticmethod
    def _before_its_successor(code: str | None, rows: list[dict[str, Any]], day: dt.date) -> bool:
        """Whether the article is about a former council (Bournemouth, Dorset County Council)
        before the successor under whose code the record files it existed, when the record
        holds none of the former council's own reports (the successor's begin after it
        started): its silence then says nothing. A successor the record follows back
        (Somerset Council, from Somerset County Council's 2015 report) is weighed as usual."""
        successor = record_code(code)
        started = authority_dates("start_date").get(successor)
        if successor == (code or "") or started is None or day >= started:
            return False
        first = day_of(rows[0]["published"])
        return first is not None and first >= started

    @staticmethod
    def _gone_by(code: str | None, day: dt.date, slack: int) -> bool:
        """Whether a council the record has nothing for (one split in two, say) had ceased to
        exist so long before `day` that no report of it can still be news: one inspected up
        to its last day is published within MAX_LAG_DAYS and covered for weeks after."""
        end = authority_dates("end_date").get(code or "")
        if end is None:
            return False
        return (day - end).days > MAX_LAG_DAYS + COVERAGE_AFTER_DAYS + slack


# The subjects a council's children's services inspection grades (nlp/judgements.py's names).
COUNCIL_SUBJECTS = (
    "children's services",
    "help and protection",
    "children in care",
    "care leavers",
    "leadership",
)


def weigh_judgement(
    judgement: dict[str, Any], published: str | None, record: Record
) -> Verdict | None:
    """The record's verdict on one judgement an article reports, when it could alert: one the
    text calls a new inadequate rating, or any inadequate rating of a council's children's
    services that the record shows was published around the article's date (the record
    knows what the wording may hide: "the damning report", "remains inadequate")."""
    if judgement.get("grade") != "inadequate" or not judgement.get("code"):
        return None
    if not judgement.get("alert") and (
        judgement.get("subject") not in COUNCIL_SUBJECTS or not published
    ):
        return None
    # An undated article the text calls news is placed in the year it gives for the rating.
    when = published or (str(judgement["year"]) if judgement.get("year") else None)
    verdict = record.verdict(judgement["code"], when)
    if not judgement.get("alert") and verdict.status != "confirmed":
        return None
    if not judgement.get("alert") and not _graded_as_its_verdict(judgement, verdict.inspection):
        return None
    return verdict


def _graded_as_its_verdict(judgement: dict[str, Any], inspection: dict[str, Any] | None) -> bool:
    """Whether a judgement the text does not call new is the one the report alerted on: its
    overall judgement, or an area only in a report without one (inspections from April 2026,
    OFSTED.md 4e). An area "inadequate" in the week of a report inadequate overall is no
    evidence of its own (an academy's leadership given to the council in a school story):
    the overall rating is that report's news, as the alert rule reads it."""
    overall = (inspection or {}).get("overall_effectiveness")
    return judgement.get("subject") == "children's services" or overall != "inadequate"


def _of_its_year(year: int | None, inspection: dict[str, Any] | None) -> bool:
    """Whether a rating the text dates to `year` (None: undated) can be the report's: a
    report is published in its inspection's year or the next (OFSTED.md section 6: at most
    214 days after fieldwork), so "rated inadequate in 2020" in the weeks of a 2025 report
    is the earlier rating named as background, not the new one. Used only to keep the
    record from upgrading such a mention: a rating the text itself calls new keeps its
    confirmation, as the year the text gives it may be another's ("inadequate for the first
    time since 2016")."""
    report = day_of((inspection or {}).get("published"))
    return year is None or report is None or report.year - 1 <= year <= report.year + 1


def _came_out_with(published: str | None, inspection: dict[str, Any] | None) -> bool:
    """Whether an article dated `published` (to the day) came out with the report."""
    if not published or len(published.strip()) < 10 or not inspection:
        return False
    article, report = day_of(published), day_of(inspection.get("published"))
    if article is None or report is None:
        return False
    return -SAME_NEWS_BEFORE_DAYS <= (article - report).days <= SAME_NEWS_AFTER_DAYS


def _year_of(judgement: dict[str, Any]) -> int | None:
    """The year the text gives a rating, when it gives one."""
    try:
        return int(judgement["year"]) if judgement.get("year") else None
    except (TypeError, ValueError):
        return None


def news_the_reader_missed(result: dict[str, Any], record: Record) -> list[Verdict]:
    """The record's inadequate reports that an article came out with (dated to the day, from
    SAME_NEWS_BEFORE_DAYS before the report to SAME_NEWS_AFTER_DAYS after), of councils the
    article names but gave no judgement, when its text uses the verdict's word: the reader
    missed the rating, the record has it. A council the reader did grade is left to its
    judgements (weigh_judgement); where the reader gave the word to a school, a home or a
    hospital ("an academy judged inadequate", Bradford Council named as not responsible) it
    is taken as that body's; an article without it is the text's."""
    published = result.get("published")
    judgements = result.get("judgements", [])
    if any(j.get("grade") == "inadequate" and _of_another_body(j) for j in judgements):
        return []
    if not VERDICT_WORD.search(str(result.get("text") or "")):
        return []
    judged = {record_code(j.get("code")) for j in judgements if j.get("code")}
    verdicts = []
    for authority in result.get("authorities", []):
        code = authority.get("code") if isinstance(authority, dict) else None
        if not code or record_code(code) in judged:
            continue
        judged.add(record_code(code))
        verdict = record.verdict(code, published)
        if verdict.status == "confirmed" and _came_out_with(published, verdict.inspection):
            verdicts.append(verdict)
    return verdicts


def _of_another_body(judgement: dict[str, Any]) -> bool:
    """Whether the reader gave a rating to a body that is not a council's children's services
    (a school, a children's home, a hospital, a care home, adult social care, youth justice):
    its "inadequate" is that body's. A council's own services, adoption and the reader's
    catch-all ("other": a safeguarding board named beside the council) are not."""
    return judgement.get("subject") not in (*COUNCIL_SUBJECTS, "adoption", "other")


def weigh_analysis(result: dict[str, Any], record: Record) -> dict[str, Any]:
    """`sectorwatch analyse`'s verdict for one article, with the record: each judgement that
    could alert gets the record's verdict; one the record places in the past is no longer
    current; the article alerts when one of them still does (`alert_status` confirmed or
    provisional), or when it came out with an inadequate report of a council it names that
    the reader gave no judgement (news_the_reader_missed; listed under `record`)."""
    published = result.get("published")
    statuses: list[str] = []
    missed = news_the_reader_missed(result, record)
    if missed:
        result["record"] = [
            {
                "code": (verdict.inspection or {}).get("authority_code"),
                "verdict": verdict.status,
                "report_url": (verdict.inspection or {}).get("report_url"),
                "report_published": (verdict.inspection or {}).get("published"),
            }
            for verdict in missed
        ]
        statuses.extend("confirmed" for _ in missed)
    for judgement in result.get("judgements", []):
        worded_as_news = bool(judgement.get("alert"))
        verdict = weigh_judgement(judgement, published, record)
        if verdict is None:
            continue
        judgement["record"] = {
            "verdict": verdict.status,
            "report_url": (verdict.inspection or {}).get("report_url"),
            "report_published": (verdict.inspection or {}).get("published"),
        }
        if not worded_as_news and not (
            _came_out_with(published, verdict.inspection)
            and _of_its_year(_year_of(judgement), verdict.inspection)
        ):
            continue  # coverage of the report (or an earlier rating), not its news
        judgement["alert"] = verdict.alerts
        if verdict.status == "historical":
            judgement["current"] = False
        if verdict.status == "confirmed":
            judgement["current"] = True
        if verdict.alerts:
            statuses.append("confirmed" if verdict.inspection else "provisional")
    result["alert"] = bool(statuses)
    result["alert_status"] = (
        ("confirmed" if "confirmed" in statuses else "provisional") if statuses else None
    )
    return result
