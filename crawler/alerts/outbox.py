"""The outbox: every alert is delivered once to every configured channel, whatever happens.

Each (alert, channel) has a row in `deliveries`: pending, sending, sent or failed, with
its attempts and last error. A send is recorded as `sending` (committed) before it is
attempted and `sent` after; a channel that is down leaves `failed`, retried on the next
run. A run killed between sending and recording leaves `sending`: the next run sends again
with the same idempotency key, which the receiver can use to drop the copy. Guarantees per
channel (README): Atom exactly once (the feed is rewritten from the database); e-mail,
webhook and console at least once, duplicates only after a crash at that instant, and then
with the same Message-ID / Idempotency-Key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from crawler.alerts.channels import sender_for, write_atom
from crawler.alerts.config import AlertsConfig
from crawler.alerts.details import alert_details
from crawler.db import utcnow

DUE = ("pending", "failed", "sending")


@dataclass
class DeliveryReport:
    sent: list[tuple[int, str]] = field(default_factory=list)  # (alert id, channel)
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # (alert id, channel, error)
    would_send: list[tuple[int, str]] = field(default_factory=list)  # dry run


def enqueue(db: sqlite_utils.Database, config: AlertsConfig) -> None:
    """A pending delivery for every alert and configured channel that has none yet."""
    with db.atomic():
        for (alert_id,) in db.execute("select id from alerts order by id").fetchall():
            for channel in config.channels:
                db["deliveries"].insert(
                    {"alert_id": alert_id, "channel": channel, "status": "pending", "attempts": 0,
                     "idempotency_key": f"sectorwatch-alert-{alert_id}-{channel}"},
                    ignore=True,
                )


def _mark(db: sqlite_utils.Database, delivery_id: int, **values: object) -> None:
    with db.atomic():
        db["deliveries"].update(delivery_id, values)


def deliver(db: sqlite_utils.Database, config: AlertsConfig, dry_run: bool = False) -> DeliveryReport:
    """Send every due delivery of the configured channels; record each outcome."""
    report = DeliveryReport()
    if not dry_run:
        enqueue(db, config)
    due = list(db.query(
        f"select * from deliveries where status in ({','.join('?' * len(DUE))}) order by alert_id, id", list(DUE)
    )) if not dry_run else [
        {"alert_id": a, "channel": c} for (a,) in db.execute("select id from alerts order by id").fetchall() for c in config.channels
        if not db.execute("select 1 from deliveries where alert_id = ? and channel = ? and status = 'sent'", [a, c]).fetchone()
    ]
    if dry_run:
        report.would_send = [(d["alert_id"], d["channel"]) for d in due]
        return report
    details: dict[int, dict] = {}
    atom_due = []
    for delivery in due:
        if delivery["channel"] not in config.channels:
            continue
        if delivery["channel"] == "atom":
            atom_due.append(delivery)
            continue
        alert = details.setdefault(delivery["alert_id"], alert_details(db, delivery["alert_id"]))
        _mark(db, delivery["id"], status="sending", attempts=delivery["attempts"] + 1, last_attempt_at=utcnow())
        try:
            sender_for(config, delivery["channel"])(alert, delivery["idempotency_key"])
        except Exception as exc:  # noqa: BLE001 - any failure of a channel is recorded and retried
            error = f"{type(exc).__name__}: {exc}"[:500]
            _mark(db, delivery["id"], status="failed", last_error=error)
            report.failed.append((delivery["alert_id"], delivery["channel"], error))
        else:
            _mark(db, delivery["id"], status="sent", sent_at=utcnow(), last_error=None)
            report.sent.append((delivery["alert_id"], delivery["channel"]))
    if config.atom and atom_due:
        in_feed = [r[0] for r in db.execute("select alert_id from deliveries where channel = 'atom' order by alert_id").fetchall()]
        try:
            write_atom(config.atom, [details.get(a) or alert_details(db, a) for a in in_feed])
        except OSError as exc:
            for delivery in atom_due:
                _mark(db, delivery["id"], status="failed", attempts=delivery["attempts"] + 1, last_error=str(exc), last_attempt_at=utcnow())
                report.failed.append((delivery["alert_id"], "atom", str(exc)))
        else:
            for delivery in atom_due:
                _mark(db, delivery["id"], status="sent", attempts=delivery["attempts"] + 1, sent_at=utcnow(), last_attempt_at=utcnow())
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
                db["deliveries"].update(delivery["id"], {
                    "status": "pending",
                    "idempotency_key": f"sectorwatch-alert-{alert_id}-{delivery['channel']}-resend-{delivery['attempts'] + 1}",
                })
    return deliver(db, config)


def delivery_states(db: sqlite_utils.Database) -> dict[int, list[dict]]:
    states: dict[int, list[dict]] = {}
    for row in db.query("select alert_id, channel, status, attempts, last_error from deliveries order by alert_id, channel"):
        states.setdefault(row["alert_id"], []).append(row)
    return states
