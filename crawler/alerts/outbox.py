"""The outbox: every alert is delivered once to every configured channel, whatever happens.

Each (alert, channel) has a row in `deliveries`: pending, sending, sent, retry or failed,
with its attempts and last error. A send is recorded as `sending` (committed) before it is
attempted and `sent` after; a channel that is down leaves `retry`, tried again on a later
run once its back-off has passed (`[delivery] retry_backoff`, doubling each time), until
`[delivery] max_attempts` attempts have failed: then it is `failed`, which `alerts` and
`health` show, and only `alerts --resend` sends it again. A run killed between sending and
recording leaves `sending`: the next run sends again with the same idempotency key, which
the receiver can use to drop the copy. Guarantees per channel (README): Atom exactly once
(the feed is rewritten from the database); e-mail, webhook and console at least once,
duplicates only after a crash at that instant, and then with the same Message-ID /
Idempotency-Key.

Channels are sent in parallel, one thread each (each send also has its own total
deadline), so a slow webhook does not hold the e-mail. Only the main thread writes to
the database.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import sqlite_utils

from crawler.alerts.channels import sender_for, write_atom
from crawler.alerts.config import AlertsConfig, DeliveryConfig
from crawler.alerts.details import alert_details
from crawler.db import utcnow

DUE = ("pending", "sending", "retry")


@dataclass
class DeliveryReport:
    sent: list[tuple[int, str]] = field(default_factory=list)  # (alert id, channel)
    failed: list[tuple[int, str, str]] = field(
        default_factory=list
    )  # (alert id, channel, error): will be retried
    given_up: list[tuple[int, str, str]] = field(
        default_factory=list
    )  # failed for good after max_attempts
    would_send: list[tuple[int, str]] = field(default_factory=list)  # dry run


def backoff_passed(delivery: dict, policy: DeliveryConfig, now: dt.datetime) -> bool:
    """Whether a `retry` delivery may be tried again: retry_backoff * 2^(attempts-1) after its last attempt."""
    if delivery["status"] != "retry" or not delivery.get("last_attempt_at"):
        return True
    wait = policy.retry_backoff * 2 ** max(0, (delivery["attempts"] or 1) - 1)
    try:
        last = dt.datetime.fromisoformat(delivery["last_attempt_at"])
    except ValueError:
        return True
    return (now - last).total_seconds() >= wait


def events_of(status: str | None, raised_status: str | None) -> list[str]:
    """What an alert has to say: that it was raised; and, if it was raised provisional,
    that Ofsted's report confirmed it, or that none came (crawler/alerts/rule.py)."""
    events = ["raised"]
    if raised_status == "provisional" and status == "confirmed":
        events.append("confirmed")
    if status == "unconfirmed":
        events.append("unconfirmed")
    return events


def enqueue(db: sqlite_utils.Database, config: AlertsConfig) -> None:
    """A pending delivery for every alert, event and configured channel that has none yet."""
    with db.atomic():
        for alert_id, status, raised_status in db.execute(
            "select id, status, coalesce(raised_status, status) from alerts order by id"
        ).fetchall():
            for event in events_of(status, raised_status):
                for channel in config.channels:
                    db.table("deliveries").insert(
                        {
                            "alert_id": alert_id,
                            "channel": channel,
                            "event": event,
                            "status": "pending",
                            "attempts": 0,
                            "idempotency_key": f"sectorwatch-alert-{alert_id}-{channel}"
                            + ("" if event == "raised" else f"-{event}"),
                        },
                        ignore=True,
                    )


def _mark(db: sqlite_utils.Database, delivery_id: int, **values: object) -> None:
    with db.atomic():
        db.table("deliveries").update(delivery_id, values)


def _send_channel(
    config: AlertsConfig, channel: str, jobs: list[tuple[dict, dict]]
) -> list[tuple[dict, str | None]]:
    """One channel's deliveries, in order, in its own thread: (delivery, error or None)."""
    send = sender_for(config, channel)
    results: list[tuple[dict, str | None]] = []
    for delivery, alert in jobs:
        try:
            send(alert, delivery["idempotency_key"])
        except Exception as exc:  # noqa: BLE001 - any failure of a channel is recorded and retried
            results.append((delivery, f"{type(exc).__name__}: {exc}"[:500]))
        else:
            results.append((delivery, None))
    return results


def _record_failure(
    db: sqlite_utils.Database,
    config: AlertsConfig,
    report: DeliveryReport,
    delivery: dict,
    attempts: int,
    error: str,
) -> None:
    final = attempts >= config.delivery.max_attempts
    _mark(
        db,
        delivery["id"],
        status="failed" if final else "retry",
        attempts=attempts,
        last_error=error,
        last_attempt_at=utcnow(),
    )
    (report.given_up if final else report.failed).append(
        (delivery["alert_id"], delivery["channel"], error)
    )


def _due(db: sqlite_utils.Database, config: AlertsConfig) -> list[dict]:
    now = dt.datetime.now(dt.UTC)
    rows = db.query(
        f"select * from deliveries where status in ({','.join('?' * len(DUE))}) order by alert_id, id",
        list(DUE),
    )
    return [
        d
        for d in rows
        if d["channel"] in config.channels and backoff_passed(d, config.delivery, now)
    ]


def deliver(
    db: sqlite_utils.Database, config: AlertsConfig, dry_run: bool = False
) -> DeliveryReport:
    """Send every due delivery of the configured channels; record each outcome."""
    report = DeliveryReport()
    if dry_run:
        report.would_send = [
            (a, c)
            for (a,) in db.execute("select id from alerts order by id").fetchall()
            for c in config.channels
            if not db.execute(
                "select 1 from deliveries where alert_id = ? and channel = ? and status in ('sent', 'failed')",
                [a, c],
            ).fetchone()
        ]
        return report
    enqueue(db, config)
    due = _due(db, config)
    details: dict[int, dict] = {}
    by_channel: dict[str, list[tuple[dict, dict]]] = {}
    atom_due = [d for d in due if d["channel"] == "atom"]
    for delivery in due:
        if delivery["channel"] == "atom":
            continue
        alert = {
            **details.setdefault(delivery["alert_id"], alert_details(db, delivery["alert_id"])),
            "event": delivery.get("event") or "raised",
        }
        _mark(
            db,
            delivery["id"],
            status="sending",
            attempts=delivery["attempts"] + 1,
            last_attempt_at=utcnow(),
        )
        by_channel.setdefault(delivery["channel"], []).append((delivery, alert))
    if by_channel:
        with ThreadPoolExecutor(max_workers=len(by_channel), thread_name_prefix="deliver") as pool:
            outcomes = [
                pool.submit(_send_channel, config, channel, jobs)
                for channel, jobs in by_channel.items()
            ]
            results = [result for future in outcomes for result in future.result()]
        for delivery, error in results:
            if error is None:
                _mark(db, delivery["id"], status="sent", sent_at=utcnow(), last_error=None)
                report.sent.append((delivery["alert_id"], delivery["channel"]))
            else:
                _record_failure(db, config, report, delivery, delivery["attempts"] + 1, error)
    if config.atom and atom_due:
        in_feed = [
            r[0]
            for r in db.execute(
                "select distinct alert_id from deliveries where channel = 'atom' order by alert_id"
            ).fetchall()
        ]
        try:
            write_atom(config.atom, [details.get(a) or alert_details(db, a) for a in in_feed])
        except OSError as exc:
            for delivery in atom_due:
                _record_failure(
                    db,
                    config,
                    report,
                    delivery,
                    delivery["attempts"] + 1,
                    f"{type(exc).__name__}: {exc}"[:500],
                )
        else:
            for delivery in atom_due:
                _mark(
                    db,
                    delivery["id"],
                    status="sent",
                    attempts=delivery["attempts"] + 1,
                    sent_at=utcnow(),
                    last_attempt_at=utcnow(),
                )
                report.sent.append((delivery["alert_id"], "atom"))
    return report


def resend(db: sqlite_utils.Database, config: AlertsConfig, alert_id: int) -> DeliveryReport:
    """Send one alert again on purpose, with a fresh idempotency key so receivers keep it."""
    if not db.execute("select 1 from alerts where id = ?", [alert_id]).fetchone():
        raise KeyError(alert_id)
    enqueue(db, config)
    with db.atomic():
        for delivery in db.query("select * from deliveries where alert_id = ?", [alert_id]):
            if delivery["channel"] in config.channels:
                db.table("deliveries").update(
                    delivery["id"],
                    {
                        "status": "pending",
                        "idempotency_key": f"sectorwatch-alert-{alert_id}-{delivery['channel']}-resend-{delivery['attempts'] + 1}",
                    },
                )
    return deliver(db, config)


def delivery_states(db: sqlite_utils.Database) -> dict[int, list[dict]]:
    states: dict[int, list[dict]] = {}
    for row in db.query(
        "select alert_id, channel, status, attempts, last_error from deliveries order by alert_id, channel"
    ):
        states.setdefault(row["alert_id"], []).append(row)
    return states
