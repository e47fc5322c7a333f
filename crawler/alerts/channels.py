"""Delivery channels: console, e-mail (SMTP, STARTTLS and login), webhook (Slack-compatible
JSON), Atom feed file. Each `send` raises on failure, so the outbox can record and retry.

Every message carries the delivery's idempotency key (e-mail Message-ID, webhook
Idempotency-Key header and payload field, Atom entry id), so a receiver can drop a copy
sent again after a crash between sending and recording.

What comes from crawled pages (titles, sources, URLs) is untrusted: each channel escapes it
for its own markup (Slack mrkdwn: & < >; Atom: XML, control characters dropped; console and
e-mail: control characters dropped), and only http(s) URLs are ever put in a message.
E-mail and webhook sends each have a total deadline (the channel's `timeout`): a receiver
that answers a byte a second is cut off when it passes, not only one that goes silent.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import smtplib
import socket
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape

import click

from crawler.alerts.config import AlertsConfig, AtomConfig, EmailConfig, WebhookConfig
from crawler.domains import is_web_url

# Control characters (keeping tab and newline), and the bidirectional overrides and
# isolates that make text display in another order than it reads (spoofed titles or links).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"  # kept as they are in a URL; < > | and spaces are encoded
RESPONSE_LIMIT = 65536  # bytes of a webhook's answer read, at most


def clean(value: object) -> str:
    """Text with control characters (terminal escapes, NUL, CR) removed."""
    return CONTROL.sub("", str(value if value is not None else ""))


TITLE_CHARS = (
    300  # a page's title in a message, at most (Slack refuses blocks over 3,000 characters)
)


def one_line(value: object, limit: int = 0) -> str:
    text = " ".join(clean(value).split())
    return text[: limit - 1] + "…" if limit and len(text) > limit else text


def web_url(url: object) -> str | None:
    """The URL when it is an http(s) URL, else None: never javascript:, data: or file:."""
    return url.strip() if isinstance(url, str) and is_web_url(url.strip()) else None


def slack_escape(text: object) -> str:
    """Text for Slack's mrkdwn: &, < and > escaped as Slack asks; control characters dropped."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_link(url: str | None, text: object) -> str:
    """<url|text> for an http(s) URL (with the characters that end a link percent-encoded),
    else the text alone."""
    label = slack_escape(one_line(text, TITLE_CHARS)).replace("|", "\u2223")
    if not url:
        return label
    return f"<{quote(url, safe=URL_SAFE).replace('&', '&amp;')}|{label}>"


def xml_text(value: object) -> str:
    return escape(clean(value).replace("\x85", ""), {'"': "&quot;"})


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[list[socket.socket]]:
    """Cut the sockets registered in the yielded list when `seconds` have passed, so a
    reader blocked on a trickling peer wakes; then raise TimeoutError."""
    sockets: list[socket.socket] = []
    expired = threading.Event()

    def cut() -> None:
        expired.set()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    timer = threading.Timer(seconds, cut)
    timer.daemon = True
    timer.start()
    try:
        yield sockets
    except Exception as exc:
        if expired.is_set():
            raise TimeoutError(
                f"{what}: no complete exchange within the {seconds:g} s deadline"
            ) from exc
        raise
    finally:
        timer.cancel()
    if expired.is_set():
        raise TimeoutError(f"{what}: no complete exchange within the {seconds:g} s deadline")


def headline(alert: dict[str, Any]) -> str:
    """The message's title: a raised alert says whether Ofsted's report stands behind it yet;
    a later message says that the report confirmed it, or that none came."""
    rated = f"{alert['authority']} children's services rated {alert['grade']}"
    event, status = alert.get("event") or "raised", alert.get("status")
    if event == "confirmed":
        return one_line(f"Confirmed by Ofsted's report: {rated}")
    if event == "unconfirmed":
        return one_line(
            f"Not confirmed: no Ofsted report of {alert['authority']} children's services as {alert['grade']}"
        )
    if status == "provisional":
        return one_line(
            f"Provisional: {alert['authority']} children's services reported {alert['grade']}"
        )
    return one_line(rated)


def summary_lines(alert: dict[str, Any]) -> list[str]:
    """The alert as plain text lines; untrusted parts cleaned, links only when http(s)."""
    alert = {
        k: (one_line(v, 2 * TITLE_CHARS) if isinstance(v, str) else v) for k, v in alert.items()
    }
    lines = [
        f"{headline(alert)} ({alert['authority_code']})",
        f"Judgement: {alert['grade']}, {alert['subject']}; inspection: {alert.get('inspection_type') or 'type not stated'}"
        + (f", {alert['inspection_dates']}" if alert.get("inspection_dates") else ""),
        f"First reported: {alert['reported_on']}",
        f"Previous grade: {alert['previous_grade']}"
        + (f" ({alert['previous_date']})" if alert.get("previous_date") else "")
        if alert.get("previous_grade")
        else "Previous grade: not known",
        f"Official record: {alert.get('standing') or alert['official_record']}",
        *(
            [f"Ofsted's report: {web_url(alert.get('report_url'))}"]
            if web_url(alert.get("report_url"))
            else []
        ),
        f"Evidence: {alert['evidence']}",
        "Reported by:",
    ]
    for a in alert["articles"]:
        url = web_url(a["url"])
        lines.append(
            f"  - {one_line(a['title'] or url or 'untitled', TITLE_CHARS)} ({one_line(a['source'])}, {one_line(a['published'] or 'undated')})"
            + (f": {url}" if url else ": (no web link)")
        )
    return lines


def send_console(alert: dict[str, Any], key: str) -> None:
    click.echo("ALERT " + "\n      ".join(summary_lines(alert)))


class _DeadlineSMTP(smtplib.SMTP):
    """smtplib.SMTP whose connection socket is handed to a deadline."""

    def __init__(self, sockets: list[socket.socket], host: str, port: int, timeout: float) -> None:
        self._deadline_sockets = sockets
        super().__init__(host, port, timeout=timeout)  # connects and reads the greeting

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, timeout)  # type: ignore[misc]  # private, untyped
        self._deadline_sockets.append(sock)
        return sock


def send_email(config: EmailConfig, alert: dict[str, Any], key: str) -> None:
    message = EmailMessage()
    message["Subject"] = f"sectorwatch: {headline(alert)}"
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Message-ID"] = f"<{key}@sectorwatch>" if "@" not in key else key
    message["X-Sectorwatch-Alert"] = str(alert["id"])
    message.set_content("\n".join(summary_lines(alert)) + "\n")
    with deadline(config.timeout, "e-mail") as sockets:
        with _DeadlineSMTP(sockets, config.smtp_host, config.smtp_port, config.timeout) as smtp:
            smtp.ehlo()
            if config.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if config.username:
                smtp.login(config.username, config.password or "")
            smtp.send_message(message)


def webhook_payload(alert: dict[str, Any], key: str) -> dict[str, Any]:
    links = "\n".join(
        f"• {slack_link(web_url(a['url']), a['title'] or web_url(a['url']) or 'untitled')} ({slack_escape(one_line(a['source']))})"
        for a in alert["articles"]
    )
    text = (
        f":rotating_light: *{slack_escape(headline(alert))}* ({slack_escape(alert['authority_code'])}), "
        f"reported {slack_escape(alert['reported_on'])}"
    )
    articles = [{**a, "url": web_url(a["url"])} for a in alert["articles"]]
    return {
        "text": text,  # Slack's fallback text
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": "\n".join(slack_escape(line) for line in summary_lines(alert)[1:6]),
                },
            },
            {"type": "section", "text": {"type": "mrkdwn", "text": links or "no article"}},
        ],
        "idempotency_key": key,
        "alert": {
            k: alert.get(k)
            for k in (
                "id",
                "authority",
                "authority_code",
                "grade",
                "subject",
                "inspection_type",
                "inspection_dates",
                "reported_on",
                "previous_grade",
                "previous_date",
                "official_record",
                "evidence",
                "status",
                "event",
                "standing",
            )
        }
        | {"articles": articles, "report_url": web_url(alert.get("report_url"))},
    }


class _DeadlineHTTP(http.client.HTTPConnection):
    """http.client's connection whose socket is handed to a deadline as soon as it connects."""

    def __init__(self, sockets: list[socket.socket], *args: Any, **kwargs: Any) -> None:
        self._deadline_sockets = sockets
        super().__init__(*args, **kwargs)

    def connect(self) -> None:
        super().connect()
        self._deadline_sockets.append(self.sock)


class _DeadlineHTTPS(http.client.HTTPSConnection):
    """The same for HTTPS: the TCP socket is handed over before the TLS handshake, which a
    trickling server could otherwise stretch without limit."""

    def __init__(self, sockets: list[socket.socket], *args: Any, **kwargs: Any) -> None:
        self._deadline_sockets = sockets
        super().__init__(*args, **kwargs)

    def connect(self) -> None:
        http.client.HTTPConnection.connect(self)  # TCP only
        self._deadline_sockets.append(self.sock)
        self.sock = self._context.wrap_socket(  # type: ignore[attr-defined]  # private, untyped
            self.sock, server_hostname=self.host
        )


def send_webhook(config: WebhookConfig, alert: dict[str, Any], key: str) -> None:
    """POST the payload; a status of 300 or more is a failure (redirects are not followed)."""
    body = json.dumps(webhook_payload(alert, key)).encode("utf-8")
    parts = urlsplit(config.url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    with deadline(config.timeout, "webhook") as sockets:
        conn = (
            _DeadlineHTTPS(
                sockets,
                parts.hostname,
                parts.port,
                timeout=config.timeout,
                context=ssl.create_default_context(),
            )
            if parts.scheme == "https"
            else _DeadlineHTTP(sockets, parts.hostname, parts.port, timeout=config.timeout)
        )
        try:
            conn.request(
                "POST",
                path,
                body=body,
                headers={
                    "Content-Type": "application/json",
                    "Idempotency-Key": key,
                    "User-Agent": "sectorwatch",
                },
            )
            response = conn.getresponse()
            response.read(RESPONSE_LIMIT)
            if response.status >= 300:
                raise OSError(
                    f"webhook answered HTTP {response.status} {one_line(response.reason)[:80]}"
                )
        finally:
            conn.close()


def write_atom(config: AtomConfig, alerts: list[dict[str, Any]]) -> None:
    """Rewrite the whole feed from the alerts delivered to it: idempotent by construction."""
    updated = max((a["created_at"] for a in alerts), default="1970-01-01T00:00:00+00:00")
    entries = []
    for alert in alerts:
        links = "".join(
            f'<link rel="related" href="{xml_text(url)}"/>'
            for url in (web_url(a["url"]) for a in alert["articles"])
            if url
        )
        entries.append(
            f"<entry><id>urn:sectorwatch:alert:{int(alert['id'])}</id><title>{xml_text(headline(alert))}</title>"
            f"<updated>{xml_text(alert['created_at'])}</updated><published>{xml_text(alert['created_at'])}</published>"
            f'{links}<summary type="text">{xml_text(chr(10).join(summary_lines(alert)))}</summary></entry>'
        )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>urn:sectorwatch:alerts</id><title>{xml_text(config.title)}</title><updated>{xml_text(updated)}</updated>"
        "<generator>sectorwatch</generator>" + "".join(entries) + "</feed>\n"
    )
    config.path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=config.path.parent, delete=False, suffix=".tmp"
    ) as tmp:
        tmp.write(feed)
    os.chmod(tmp.name, 0o644)  # the feed reader (a web server) runs as another user
    os.replace(tmp.name, config.path)  # readers never see half a feed


def sender_for(config: AlertsConfig, channel: str):  # noqa: ANN201 - a callable (alert, key) -> None
    if channel == "console":
        return send_console
    if channel == "email" and config.email:
        return lambda alert, key: send_email(config.email, alert, key)
    if channel == "webhook" and config.webhook:
        return lambda alert, key: send_webhook(config.webhook, alert, key)
    raise ValueError(f"channel {channel!r} is not configured")
