"""Delivery channels: console, e-mail (SMTP, STARTTLS and login), webhook (Slack-compatible
JSON), Atom feed file. Each `send` raises on failure, so the outbox can record and retry.

Every message carries the delivery's idempotency key (e-mail Message-ID, webhook
Idempotency-Key header and payload field, Atom entry id), so a receiver can drop a copy
sent again after a crash between sending and recording.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import tempfile
import urllib.request
from email.message import EmailMessage
from typing import Any
from xml.sax.saxutils import escape

import click

from crawler.alerts.config import AlertsConfig, AtomConfig, EmailConfig, WebhookConfig


def headline(alert: dict[str, Any]) -> str:
    return f"{alert['authority']} children's services rated {alert['grade']}"


def summary_lines(alert: dict[str, Any]) -> list[str]:
    lines = [
        f"{headline(alert)} ({alert['authority_code']})",
        f"Judgement: {alert['grade']}, {alert['subject']}; inspection: {alert.get('inspection_type') or 'type not stated'}"
        + (f", {alert['inspection_dates']}" if alert.get("inspection_dates") else ""),
        f"First reported: {alert['reported_on']}",
        f"Previous grade: {alert['previous_grade']}" + (f" ({alert['previous_date']})" if alert.get("previous_date") else "")
        if alert.get("previous_grade") else "Previous grade: not known",
        f"Official record: {alert['official_record']}",
        f"Evidence: {alert['evidence']}",
        "Reported by:",
    ]
    lines += [f"  - {a['title'] or a['url']} ({a['source']}, {a['published'] or 'undated'}): {a['url']}" for a in alert["articles"]]
    return lines


def send_console(alert: dict[str, Any], key: str) -> None:
    click.echo("ALERT " + "\n      ".join(summary_lines(alert)))


def send_email(config: EmailConfig, alert: dict[str, Any], key: str) -> None:
    message = EmailMessage()
    message["Subject"] = f"sectorwatch: {headline(alert)}"
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Message-ID"] = f"<{key}@sectorwatch>" if "@" not in key else key
    message["X-Sectorwatch-Alert"] = str(alert["id"])
    message.set_content("\n".join(summary_lines(alert)) + "\n")
    with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.timeout) as smtp:
        smtp.ehlo()
        if config.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if config.username:
            smtp.login(config.username, config.password or "")
        smtp.send_message(message)


def webhook_payload(alert: dict[str, Any], key: str) -> dict[str, Any]:
    links = "\n".join(f"• <{a['url']}|{a['title'] or a['url']}> ({a['source']})" for a in alert["articles"])
    text = f":rotating_light: *{headline(alert)}* ({alert['authority_code']}), reported {alert['reported_on']}"
    return {
        "text": text,  # Slack's fallback text
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(summary_lines(alert)[1:6])}},
            {"type": "section", "text": {"type": "mrkdwn", "text": links or "no article"}},
        ],
        "idempotency_key": key,
        "alert": {k: alert.get(k) for k in (
            "id", "authority", "authority_code", "grade", "subject", "inspection_type", "inspection_dates", "reported_on",
            "previous_grade", "previous_date", "official_record", "evidence", "articles",
        )},
    }


def send_webhook(config: WebhookConfig, alert: dict[str, Any], key: str) -> None:
    body = json.dumps(webhook_payload(alert, key)).encode("utf-8")
    request = urllib.request.Request(
        config.url, data=body, method="POST",
        headers={"Content-Type": "application/json", "Idempotency-Key": key, "User-Agent": "sectorwatch"},
    )
    with urllib.request.urlopen(request, timeout=config.timeout) as response:  # raises on 4xx/5xx
        response.read()


def write_atom(config: AtomConfig, alerts: list[dict[str, Any]]) -> None:
    """Rewrite the whole feed from the alerts delivered to it: idempotent by construction."""
    updated = max((a["created_at"] for a in alerts), default="1970-01-01T00:00:00+00:00")
    entries = []
    for alert in alerts:
        links = "".join(f'<link rel="related" href="{escape(a["url"])}"/>' for a in alert["articles"])
        entries.append(
            f"<entry><id>urn:sectorwatch:alert:{alert['id']}</id><title>{escape(headline(alert))}</title>"
            f"<updated>{alert['created_at']}</updated><published>{alert['created_at']}</published>"
            f"{links}<summary type=\"text\">{escape(chr(10).join(summary_lines(alert)))}</summary></entry>"
        )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>urn:sectorwatch:alerts</id><title>{escape(config.title)}</title><updated>{updated}</updated>"
        "<generator>sectorwatch</generator>" + "".join(entries) + "</feed>\n"
    )
    config.path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=config.path.parent, delete=False, suffix=".tmp") as tmp:
        tmp.write(feed)
    os.replace(tmp.name, config.path)  # readers never see half a feed


def sender_for(config: AlertsConfig, channel: str):  # noqa: ANN201 - a callable (alert, key) -> None
    if channel == "console":
        return send_console
    if channel == "email" and config.email:
        return lambda alert, key: send_email(config.email, alert, key)
    if channel == "webhook" and config.webhook:
        return lambda alert, key: send_webhook(config.webhook, alert, key)
    raise ValueError(f"channel {channel!r} is not configured")


