"""Ofsted's own record of councils' children's services: the `inspections` table.

One row per published report, identified by its file URL (`report_url`). Two sources:

- "bundled": the history shipped in crawler/data/ofsted_la_inspections_merged.csv
  (2012 to August 2026), seeded by `seed_bundled` when a database is opened;
- "ofsted": a report the crawl fetched and read (pipelines/report_reader.py).

The crawl never fetches a report twice: `known_report_urls` holds every stored URL,
bundled ones included. Should a bundled report be stored again (a re-read to get its text,
say), the row keeps source "bundled" and its judgements, and gains only what the history
lacked (text, dates, lead inspector, URN, a judgement it had none for, and the alert flag
that follows); a judgement the reader sees differently is logged, not overwritten, because
the bundled grades were checked against the reports and the bundled row is what the
alerts have already used. A report stored from the crawl
is rewritten in place when a later read of the same URL differs.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import sqlite_utils

from crawler.payloads import JUDGEMENT_KEYS

if TYPE_CHECKING:
    from pipelines.report_reader import InspectionReport

log = logging.getLogger(__name__)

BUNDLED = Path(__file__).resolve().parent / "data" / "ofsted_la_inspections_merged.csv"
AREA_KEYS = JUDGEMENT_KEYS[1:]
# "adequate" is the 2012-13 looked-after-children inspections' grade (four bundled rows).
GRADES = ("outstanding", "good", "requires improvement", "inadequate", "adequate")
# Markers for "no grade given" in the bundled history and in reports.
NO_GRADE = {"", "not separately graded", "not graded post april 2026", "not judged", "none"}
# Inspections starting from here follow the framework without an overall judgement.
REFORM_START = "2026-04-01"
# Everything stored about a report except the bookkeeping (source, fetched_at, run_id).
CONTENT = (
    "authority_code",
    "urn",
    "authority_name",
    "kind",
    "framework",
    "inspection_start",
    "inspection_end",
    "published",
    "lead_inspector",
    *JUDGEMENT_KEYS,
    "any_inadequate",
    "text",
)
# Every column but the report text: what the alerts and queries read.
COLUMNS_WITHOUT_TEXT = ", ".join(
    ("id", "report_url", "source", *(c for c in CONTENT if c != "text"), "fetched_at", "run_id")
)
FILLABLE = (
    "urn",
    "authority_name",
    "inspection_start",
    "inspection_end",
    "lead_inspector",
    "text",
    *JUDGEMENT_KEYS,
)


def grade(value: str | None) -> str | None:
    """A stored grade: one of GRADES, or None where the report gives none.

    Raises ValueError on anything else, so a misread report is refused, not half-stored."""
    text = " ".join((value or "").lower().replace("_", " ").split())
    if text in NO_GRADE:
        return None
    if text.startswith("requires improvement"):  # "... to be good"
        return "requires improvement"
    if text in GRADES:
        return text
    raise ValueError(f"not an Ofsted grade: {value!r}")


def alerting(judgements: Mapping[str, str | None], post_reform: bool) -> bool:
    """The alert rule: overall inadequate; or, under the framework without an overall
    judgement (inspections from April 2026), any area judged inadequate."""
    if judgements.get("overall_effectiveness") == "inadequate":
        return True
    return (
        post_reform
        and judgements.get("overall_effectiveness") is None
        and any(judgements.get(key) == "inadequate" for key in AREA_KEYS)
    )


def _post_reform(row: Mapping[str, Any]) -> bool:
    """Whether an inspection falls under the framework without an overall judgement."""
    started = row.get("inspection_start") or row.get("published") or ""
    return row.get("kind") == "inspection" and started >= REFORM_START


def _row_from_report(report: InspectionReport | Mapping[str, Any]) -> dict[str, Any]:
    """The InspectionReport (or a mapping with its field names) as an `inspections` row."""
    data = report.as_dict() if hasattr(report, "as_dict") else dict(report)
    judgements = {key: grade((data.get("judgements") or {}).get(key)) for key in JUDGEMENT_KEYS}
    if callable(alerting_of := getattr(report, "alerting", None)):
        alerts = bool(alerting_of())
    else:
        alerts = alerting(judgements, _post_reform(data))
    row = {key: data.get(key) for key in CONTENT if key not in JUDGEMENT_KEYS}
    return {**row, **judgements, "any_inadequate": int(alerts), "text": data.get("text") or None}


def store_inspection(
    db: sqlite_utils.Database,
    report: InspectionReport | Mapping[str, Any],
    *,
    report_url: str,
    published: str | None,
    run_id: int | None,
    source: str = "ofsted",
) -> tuple[str, int]:
    """Store one read report in one transaction: ("new" | "unchanged" | "updated", row id).

    `published` is the date the provider page gives; the report's own date wins where it
    has one (SIF's "Report published" line)."""
    from crawler.db import utcnow  # crawler.db imports this module

    row = _row_from_report(report)
    row["published"] = row.get("published") or published
    with db.atomic():
        existing = next(
            db.table("inspections").rows_where("report_url = ?", [report_url], limit=1), None
        )
        if existing is None:
            row.update(
                {
                    "report_url": report_url,
                    "source": source,
                    "fetched_at": utcnow(),
                    "run_id": run_id,
                }
            )
            return "new", cast(int, db.table("inspections").insert(row).last_pk)
        if existing["source"] == "bundled":
            changes = {
                k: row[k]
                for k in FILLABLE
                if existing[k] in (None, "") and row.get(k) not in (None, "")
            }
            differing = {
                k: (existing[k], row[k])
                for k in JUDGEMENT_KEYS
                if existing[k] and row[k] and existing[k] != row[k]
            }
            if differing:
                log.warning(
                    "%s: the report reads %s; the bundled record is kept", report_url, differing
                )
            if changes.keys() & set(
                JUDGEMENT_KEYS
            ):  # a judgement the history lacked: the alert flag follows
                merged = {**existing, **changes}
                changes["any_inadequate"] = int(alerting(merged, _post_reform(merged)))
        else:
            changes = {k: row[k] for k in CONTENT if existing[k] != row[k]}
        if not changes:
            return "unchanged", existing["id"]
        db.table("inspections").update(
            existing["id"], {**changes, "fetched_at": utcnow(), "run_id": run_id}
        )
        return "updated", existing["id"]


def _bundled_rows(data: bytes) -> list[dict[str, Any]]:
    """The bundled history's CSV (its bytes) as `inspections` rows."""
    rows = []
    for r in csv.DictReader(data.decode("utf-8").splitlines()):
        judgements = {
            "overall_effectiveness": grade(r["overall_effectiveness"]),
            "impact_of_leaders": grade(r["impact_of_leaders"]),
            "help_and_protection": grade(r["help_and_protection"]),
            "children_in_care": grade(r["children_in_care"]),
            "care_leavers": grade(r["care_leavers"]),
            "adoption": grade(r["sif_adoption"]),
            "lscb": grade(r["sif_lscb"]),
        }
        rows.append(
            {
                "report_url": r["report_url"],
                "source": "bundled",
                "authority_code": r["gss_code"] or None,
                "urn": r["ofsted_urn"] or None,
                "authority_name": r["la_name"],
                # Every bundled row is a "children's services inspection" publication; Surrey's
                # 2015 review of its safeguarding board alone is not an inspection of the council.
                "kind": "other" if r["framework"] == "LSCB review only" else "inspection",
                "framework": r["framework"] or None,
                "inspection_start": r["inspection_start_date"] or None,
                "inspection_end": r["inspection_end_date"] or None,
                "published": r["publication_date"] or None,
                "lead_inspector": r["lead_inspector"] or None,
                **judgements,
                "any_inadequate": int(
                    alerting(judgements, r["overall_effectiveness"] == "not_graded_post_april_2026")
                ),
                "text": None,
                "fetched_at": None,
                "run_id": None,
            }
        )
    return rows


def seed_bundled(db: sqlite_utils.Database, path: Path = BUNDLED) -> int:
    """Insert the bundled history's reports not already stored; returns how many.

    Idempotent, and one look-up once the file has been seeded (its SHA-256 is remembered in
    `bundled_data`), so open_db calls it every time. A report the crawl stored first keeps
    its row."""
    from crawler.db import utcnow  # crawler.db imports this module

    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    done = next(db.table("bundled_data").rows_where("name = ?", [path.name], limit=1), None)
    if done and done["sha256"] == digest:
        return 0
    rows = _bundled_rows(data)
    with db.atomic():
        before = db.table("inspections").count
        db.table("inspections").insert_all(
            rows, ignore=True
        )  # the unique report_url keeps what is there
        added = db.table("inspections").count - before
        db.table("bundled_data").upsert(
            {"name": path.name, "sha256": digest, "rows": len(rows), "loaded_at": utcnow()},
            pk="name",
        )
    return added


def known_report_urls(db: sqlite_utils.Database) -> set[str]:
    """Every report URL stored, bundled or crawled: the crawl fetches none of these again."""
    return {url for (url,) in db.execute("select report_url from inspections")}


def latest_full_inspection(
    db: sqlite_utils.Database, code: str, before: str | None = None
) -> dict | None:
    """The council's latest full inspection (kind "inspection" with at least one judgement)
    published before `before` (an ISO date; any time when None), without its text."""
    graded = " or ".join(f"{key} is not null" for key in JUDGEMENT_KEYS)
    rows = db.query(
        f"""select {COLUMNS_WITHOUT_TEXT} from inspections
            where authority_code = ? and kind = 'inspection' and ({graded}) and published < ?
            order by published desc, id desc limit 1""",
        [code, (before or "9999")[:10]],
    )
    return next(rows, None)


def inspections_near(db: sqlite_utils.Database, code: str, day: str, days: int) -> list[dict]:
    """The council's publications of every kind within `days` days either side of `day`,
    oldest first, without their text."""
    centre = dt.date.fromisoformat(day[:10])
    low, high = (
        (centre - dt.timedelta(days=days)).isoformat(),
        (centre + dt.timedelta(days=days)).isoformat(),
    )
    return list(
        db.query(
            f"""select {COLUMNS_WITHOUT_TEXT} from inspections
            where authority_code = ? and substr(published, 1, 10) between ? and ?
            order by published, id""",
            [code, low, high],
        )
    )


def last_complete_crawl(db: sqlite_utils.Database) -> dt.date | None:
    """The day of the last run in which an ofsted source answered without errors: the record
    is complete up to then, even when the newest report is older."""
    if "source_runs" not in db.table_names():
        return None
    row = db.execute(
        """select max(r.started_at) from crawl_runs r join source_runs s on s.run_id = r.id
           join sources src on src.name = s.source
           where r.status = 'finished' and s.responses > 0 and s.errors = 0 and src.config like '%"spider": "ofsted"%'"""
    ).fetchone()
    return dt.date.fromisoformat(row[0][:10]) if row and row[0] else None
