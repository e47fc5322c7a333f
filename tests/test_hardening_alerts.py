"""Alert delivery under slow receivers, failing channels and hostile text (issue 14, point 7).

Real receivers on 127.0.0.1: aiosmtpd, an HTTP webhook receiver, and a "trickle" server
that answers one byte a second (a slow-loris receiver)."""

from __future__ import annotations

import json
import socket
import sqlite3
import stat
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crawler.alerts.channels import send_email, send_webhook
from crawler.alerts.config import AlertsConfigError, parse_alerts_config
from crawler.alerts.outbox import deliver
from crawler.db import open_db
from tests.alert_receivers import WebhookReceiver, free_port, smtp_server
from tests.helpers import invoke, run_cli

HOSTILE_TITLE = "<!channel> Kent & *bold* <https://evil.example|click here>\x1b[31m red\x00"
ATOM = "{http://www.w3.org/2005/Atom}"


class Trickle:
    """A TCP server that answers every connection one byte a second, for as long as the peer listens."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.stopping = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.2)
            try:
                conn.recv(65536)  # the request, if the client speaks first
            except OSError:
                pass
            for byte in self.answer * 100:
                if self.stopping.wait(1.0):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def close(self) -> None:
        self.stopping.set()
        self.sock.close()


def alert_db(
    path: Path, title: str = "Kent rated inadequate", url: str = "https://a.example/kent/"
) -> Path:
    with open_db(path) as db:
        db["sources"].insert({"name": "a", "config": "{}"})
        db["articles"].insert(
            {
                "id": 1,
                "url": url,
                "source": "a",
                "title": title,
                "text": "t",
                "content_hash": "h",
                "published": "2025-10-01",
            }
        )
        db["alerts"].insert(
            {
                "id": 1,
                "authority_code": "E10000016",
                "grade": "inadequate",
                "subject": "children's services",
                "inspection_key": "E10000016:2025-10-01",
                "reported_on": "2025-10-01",
                "evidence": title,
                "first_article_id": 1,
                "created_at": "2025-10-01T03:00:00+00:00",
            }
        )
        db["alert_articles"].insert({"alert_id": 1, "article_id": 1})
    return path


def config_text(
    smtp_port: int | None = None, hook: str | None = None, atom: Path | None = None, extra: str = ""
) -> str:
    text = "[console]\nenabled = false\n"
    if smtp_port:
        text += f'[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\nsender = "a@example.org"\nrecipients = ["b@example.org"]\ntimeout = 2\n'
    if hook:
        text += f'[webhook]\nurl = "{hook}"\ntimeout = 2\n'
    if atom:
        text += f'[atom]\npath = "{atom}"\n'
    return text + extra


# -- deadlines --------------------------------------------------------------------------------


def test_a_slow_webhook_does_not_delay_the_email_past_its_deadline(tmp_path):
    trickle = Trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    port = free_port()
    controller, inbox = smtp_server(port)
    arrived: list[float] = []
    original = inbox.handle_DATA

    async def timed(*args):
        arrived.append(time.monotonic())
        return await original(*args)

    inbox.handle_DATA = timed
    db = open_db(alert_db(tmp_path / "a.db"))
    config = parse_alerts_config(config_text(port, f"http://127.0.0.1:{trickle.port}/hook"))
    try:
        started = time.monotonic()
        report = deliver(db, config)
        took = time.monotonic() - started
    finally:
        trickle.close()
        controller.stop()
        db.close()
    assert (
        len(inbox.messages) == 1 and arrived[0] - started < 2.0
    )  # the e-mail went at once, beside the webhook
    assert report.sent == [(1, "email")]
    (failure,) = report.failed
    assert failure[1] == "webhook" and "within the 2 s deadline" in failure[2]
    assert took < 5  # the byte-a-second receiver was cut off at its deadline


def test_a_byte_a_second_smtp_server_is_cut_off_at_the_deadline():
    trickle = Trickle(b"220 slow.example ESMTP\r\n")
    config = parse_alerts_config(config_text(trickle.port)).email
    alert = {
        "id": 1,
        "authority": "Kent County Council",
        "authority_code": "E10000016",
        "grade": "inadequate",
        "subject": "x",
        "reported_on": "2025-10-01",
        "official_record": "x",
        "evidence": "x",
        "articles": [],
    }
    started = time.monotonic()
    try:
        with pytest.raises(TimeoutError, match="deadline"):
            send_email(config, alert, "key")
    finally:
        trickle.close()
    assert time.monotonic() - started < 4


# -- retries, back-off, limit -----------------------------------------------------------------


def test_retries_back_off_and_stop_and_failed_is_shown(tmp_path):
    hook = WebhookReceiver()
    hook.fail_next = 100
    db_path = alert_db(tmp_path / "a.db")
    config = tmp_path / "alerts.toml"
    config.write_text(
        config_text(hook=hook.url, extra="[delivery]\nmax_attempts = 2\nretry_backoff = 0\n"),
        encoding="utf-8",
    )
    slow_config = tmp_path / "slow.toml"
    slow_config.write_text(
        config_text(hook=hook.url, extra="[delivery]\nmax_attempts = 2\nretry_backoff = 3600\n"),
        encoding="utf-8",
    )
    try:
        first = invoke(
            "alerts", "--db", str(db_path), "--send", "--alerts-config", str(slow_config)
        )
        assert first.exit_code == 2 and "will retry next run" in first.stderr
        invoke(
            "alerts", "--db", str(db_path), "--send", "--alerts-config", str(slow_config)
        )  # within the back-off
        assert hook.fail_next == 99  # not tried again yet
        second = invoke("alerts", "--db", str(db_path), "--send", "--alerts-config", str(config))
        assert "FAILED after its last attempt" in second.stderr
        third = invoke("alerts", "--db", str(db_path), "--send", "--alerts-config", str(config))
        assert hook.fail_next == 98  # two attempts in all, then no more
        assert (
            "webhook: FAILED (no more retries; --resend to try again), 2 attempt(s)" in third.stdout
        )
    finally:
        hook.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "insert into crawl_runs (started_at, status) values ('2026-11-21T02:00:00+00:00', 'finished')"
        )
        conn.execute(
            "insert into source_runs (run_id, source, new, responses, errors) values (1, 'a', 1, 1, 0)"
        )
    health = invoke("health", "--db", str(db_path), "--nights", "1")
    assert health.exit_code == 1
    assert (
        "alert deliveries FAILED after their last retry: 1" in health.stdout
        and "alert #1 via webhook, 2 attempt(s)" in health.stdout
    )


# -- escaping and links -----------------------------------------------------------------------


def test_hostile_titles_are_escaped_and_only_web_links_are_sent(tmp_path):
    hook = WebhookReceiver()
    port = free_port()
    controller, inbox = smtp_server(port)
    atom = tmp_path / "feed" / "alerts.atom"
    db = open_db(
        alert_db(tmp_path / "a.db", title=HOSTILE_TITLE, url="javascript:alert(document.cookie)")
    )
    try:
        report = deliver(db, parse_alerts_config(config_text(port, hook.url, atom)))
    finally:
        hook.close()
        controller.stop()
        db.close()
    assert sorted(c for _, c in report.sent) == ["atom", "email", "webhook"]
    payload = hook.calls[0]["body"]
    mrkdwn = "\n".join(block["text"]["text"] for block in payload["blocks"])
    assert "<!channel>" not in mrkdwn and "<https://evil.example|" not in mrkdwn
    assert "&lt;!channel&gt; Kent &amp; *bold* &lt;https://evil.example|click here&gt;" in mrkdwn
    assert "javascript:" not in json.dumps(payload) and "\x1b" not in json.dumps(payload)
    body = inbox.messages[0]["message"].get_payload()
    assert "javascript:" not in body and "\x1b" not in body and "(no web link)" in body
    root = ET.parse(atom).getroot()  # well-formed despite NUL and escape characters
    assert [link.get("href") for link in root.iter(f"{ATOM}link")] == []
    assert "<!channel> Kent & *bold*" in root.find(f"{ATOM}entry/{ATOM}summary").text


def test_the_atom_file_is_readable_by_the_feed_reader(tmp_path):
    atom = tmp_path / "alerts.atom"
    db = open_db(alert_db(tmp_path / "a.db"))
    try:
        deliver(db, parse_alerts_config(config_text(atom=atom)))
    finally:
        db.close()
    assert stat.S_IMODE(atom.stat().st_mode) == 0o644


def test_a_webhook_redirect_is_a_failure_not_followed(tmp_path):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Redirect(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            self.send_response(307)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config = parse_alerts_config(
        config_text(hook=f"http://127.0.0.1:{server.server_address[1]}/hook")
    ).webhook
    alert = {
        "id": 1,
        "authority": "K",
        "authority_code": "E1",
        "grade": "inadequate",
        "subject": "x",
        "reported_on": "x",
        "official_record": "x",
        "evidence": "x",
        "articles": [],
    }
    try:
        with pytest.raises(OSError, match="HTTP 307"):
            send_webhook(config, alert, "key")
    finally:
        server.shutdown()
        server.server_close()


# -- configuration ----------------------------------------------------------------------------

BASE_EMAIL = "[email]\nsmtp_host = '127.0.0.1'\nsmtp_port = 25\nsender = 'a@b.org'\nrecipients = ['c@d.org']\n"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            BASE_EMAIL + 'starttls = "false"',
            "[email]: key 'starttls' must be true or false, got str 'false'",
        ),
        (
            "[console]\nenabled = 'no'",
            "[console]: key 'enabled' must be true or false, got str 'no'",
        ),
        (BASE_EMAIL + "timeout = '5'", "[email]: key 'timeout' must be a number, got str '5'"),
        (BASE_EMAIL + "timeout = true", "[email]: key 'timeout' must be a number, got bool True"),
        (
            "[webhook]\nurl = 'http://127.0.0.1:9/h'\ntimeout = 0",
            "[webhook]: key 'timeout' must be between 0 and 3600 seconds",
        ),
        ("[atom]\npath = 'a.atom'\ntitle = 3", "[atom]: key 'title' must be a string, got int 3"),
        (
            "[delivery]\nmax_attempts = '3'",
            "[delivery]: key 'max_attempts' must be an integer, got str '3'",
        ),
        ("[delivery]\nmax_attempts = 0", "[delivery]: max_attempts must be 1 to 100"),
    ],
)
def test_values_of_the_wrong_type_are_refused_with_the_key_named(text, message):
    with pytest.raises(AlertsConfigError) as excinfo:
        parse_alerts_config(text)
    assert message in str(excinfo.value)


@pytest.mark.parametrize("secret", ["hunter2!", "Summer2024", "NOT_SET_ANYWHERE_42"])
def test_a_password_typed_where_a_variable_name_belongs_is_never_echoed(tmp_path, secret):
    config = tmp_path / "alerts.toml"
    config.write_text(BASE_EMAIL + f'password_env = "{secret}"\n', encoding="utf-8")
    result = invoke(
        "alerts", "--db", str(tmp_path / "x.db"), "--dry-run", "--alerts-config", str(config)
    )
    assert result.exit_code != 0
    assert "password_env" in result.stderr
    assert secret not in result.stdout + result.stderr
    crawl = run_cli(  # crawl runs in its own process (tests/helpers.py), even to refuse
        "crawl",
        "--sources",
        "missing.toml",
        "--db",
        str(tmp_path / "x.db"),
        "--alerts-config",
        str(config),
    )
    assert crawl.returncode != 0
    assert "password_env" in crawl.stderr
    assert secret not in crawl.stdout + crawl.stderr


def test_a_webhook_url_with_its_token_is_never_echoed(tmp_path):
    config = tmp_path / "alerts.toml"
    config.write_text(
        "[webhook]\nurl = 'hooks.slack.example/services/T000/B000/XXXXSECRETTOKEN'\n",
        encoding="utf-8",
    )
    result = invoke(
        "alerts", "--db", str(tmp_path / "x.db"), "--dry-run", "--alerts-config", str(config)
    )
    assert (
        "[webhook]: key 'url' is not an http(s) URL" in result.stderr
        and "SECRETTOKEN" not in result.stderr
    )


def test_smtp_login_without_tls_warns(tmp_path):
    config = tmp_path / "alerts.toml"
    config.write_text(
        BASE_EMAIL + 'username_env = "TEST_SW_USER"\npassword_env = "TEST_SW_PASSWORD"\n',
        encoding="utf-8",
    )
    db_path = alert_db(tmp_path / "a.db")
    result = invoke(
        "alerts",
        "--db",
        str(db_path),
        "--dry-run",
        "--alerts-config",
        str(config),
        env={"TEST_SW_USER": "u", "TEST_SW_PASSWORD": "p4ss-word"},
    )
    assert result.exit_code == 0
    assert (
        "warning: [email]: SMTP login without TLS sends the password in clear text" in result.stderr
    )
    assert "p4ss-word" not in result.stdout + result.stderr
    assert parse_alerts_config(BASE_EMAIL + "starttls = true\n").warnings == ()


def test_a_huge_title_and_a_url_with_credentials_stay_out_of_the_message(tmp_path):
    from crawler.alerts.channels import summary_lines, webhook_payload

    alert = {
        "id": 1,
        "authority": "Kent County Council",
        "authority_code": "E10000016",
        "grade": "inadequate",
        "subject": "x",
        "reported_on": "2025-10-01",
        "official_record": "x",
        "evidence": "e" * 50_000,
        "articles": [
            {
                "title": "t" * 50_000,
                "url": "https://trusted.example@evil.example/",
                "source": "a",
                "published": None,
            }
        ],
    }
    payload = webhook_payload(alert, "key")
    assert all(
        len(block["text"]["text"]) < 3000 for block in payload["blocks"]
    )  # Slack's limit per block
    assert "evil.example" not in json.dumps(payload) and "evil.example" not in "\n".join(
        summary_lines(alert)
    )


def test_a_trickling_tls_handshake_is_cut_off_at_the_deadline():
    trickle = Trickle(
        b"\x16\x03\x03\x40\x00" + b"\x02" * 64
    )  # a TLS record header promising 16 KiB, sent a byte a second
    config = parse_alerts_config(config_text(hook=f"https://127.0.0.1:{trickle.port}/hook")).webhook
    alert = {
        "id": 1,
        "authority": "K",
        "authority_code": "E1",
        "grade": "inadequate",
        "subject": "x",
        "reported_on": "x",
        "official_record": "x",
        "evidence": "x",
        "articles": [],
    }
    started = time.monotonic()
    try:
        with pytest.raises(TimeoutError, match="deadline"):
            send_webhook(config, alert, "key")
    finally:
        trickle.close()
    assert time.monotonic() - started < 4


def test_the_command_line_never_prints_terminal_escapes_from_crawled_pages(tmp_path):
    db_path = alert_db(
        tmp_path / "a.db", title=HOSTILE_TITLE, url="https://a.example/\x1b]8;;evil\x07x"
    )
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "insert into crawl_runs (started_at, status) values ('2026-11-21T02:00:00+00:00', 'finished')"
        )
        conn.execute(
            "insert into source_runs (run_id, source, new, responses, errors, failed) values (1, 'a', 0, 1, 1, 1)"
        )
        conn.execute(
            "insert into fetch_errors (run_id, source, url, reason, stage) values (1, 'a', 'https://a.example/\x1b[2J', 'bad \x1b[31m', 'store')"
        )
    for command in (["alerts"], ["health", "--nights", "1"]):
        result = invoke(*command, "--db", str(db_path))
        assert "\x1b" not in result.stdout + result.stderr and "\x00" not in result.stdout
        assert "Kent" in result.stdout or "last error" in result.stdout
