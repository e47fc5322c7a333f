"""Alerts people act on: each new inadequate rating delivered once, by e-mail, webhook and
Atom feed, through a real SMTP server and a real HTTP receiver (issue 6)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crawler.replay import ReplayServer
from tests.alert_receivers import WebhookReceiver, free_port, smtp_server
from tests.helpers import FAST, invoke, run_cli

pytestmark = pytest.mark.slow  # whole crawls in their own processes

ATOM = "{http://www.w3.org/2005/Atom}"
PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="https://{outlet}.example/{slug}/">
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}T09:00:00+01:00">
</head><body><nav>Home | News | Jobs</nav><article><h1>{title}</h1>{body}</article><footer>{outlet} news</footer></body></html>"""
# Published now: ahead of Ofsted's record, so the news raises a (provisional) alert.
TODAY, TOMORROW = dt.date.today().isoformat(), (dt.date.today() + dt.timedelta(days=1)).isoformat()
NIGHT_ARTICLES = {
    "outlet-a": dict(
        slug="kent-inadequate",
        published=TODAY,
        title="Kent children's services rated inadequate by Ofsted",
        body=(
            "<p>Kent County Council's children's services have been rated inadequate by Ofsted, in a report published today.</p>"
            "<p>Inspectors found that children at risk of harm waited too long for a visit from a social worker, and that "
            "leaders had not understood the scale of the problems at the council's front door.</p>"
            "<p>The council said it accepted the findings and had already appointed more social workers.</p>"
        ),
    ),
    "outlet-b": dict(
        slug="kent-ofsted-verdict",
        published=TOMORROW,
        title="Ofsted verdict on Kent: inadequate",
        body=(
            "<p>Services for vulnerable children in Kent have been judged inadequate, the lowest of Ofsted's four grades.</p>"
            "<p>The county council's report found delays in assessments and too many changes of social worker for "
            "children in care across the county.</p><p>A government-appointed adviser will now work with Kent.</p>"
        ),
    ),
}


class Nights:
    """A tiny replay site whose feeds grow night by night; crawls with the alert channels."""

    def __init__(self, tmp: Path, config: Path) -> None:
        self.root, self.db, self.config = tmp / "site", tmp / "alerts.db", config
        self.server = ReplayServer(port=0, root=self.root).start()
        self.published: dict[str, list[str]] = {name: [] for name in NIGHT_ARTICLES}
        self.sources = tmp / "sources.toml"
        self.sources.write_text(
            "".join(
                f'[[source]]\nname = "{name}"\nallowed_domains = ["127.0.0.1", "{name}.example"]\nfeeds = ["{self.server.origin}/{name}/feed/"]\n'
                for name in NIGHT_ARTICLES
            ),
            encoding="utf-8",
        )
        for name in NIGHT_ARTICLES:
            self._write_feed(name)

    def publish(self, outlet: str) -> None:
        a = NIGHT_ARTICLES[outlet]
        (self.root / outlet / a["slug"]).mkdir(parents=True, exist_ok=True)
        (self.root / outlet / a["slug"] / "index.html").write_text(
            PAGE.format(outlet=outlet, **a), encoding="utf-8"
        )
        self.published[outlet].append(a["slug"])
        self._write_feed(outlet)

    def _write_feed(self, outlet: str) -> None:
        items = "".join(
            f"<item><title>{s}</title><link>{self.server.origin}/{outlet}/{s}/</link></item>"
            for s in self.published[outlet]
        )
        (self.root / outlet / "feed").mkdir(parents=True, exist_ok=True)
        (self.root / outlet / "feed" / "index.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>',
            encoding="utf-8",
        )

    def crawl(self, env: dict | None = None):
        return run_cli(
            "crawl",
            "--sources",
            str(self.sources),
            "--db",
            str(self.db),
            "--alerts-config",
            str(self.config),
            *FAST,
            env=env,
        )

    def deliveries(self) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(
                "select alert_id, channel, status, attempts from deliveries order by alert_id, channel"
            ).fetchall()

    def close(self) -> None:
        self.server.stop()


def write_config(path: Path, smtp_port: int, hook_url: str, extra_email: str = "") -> Path:
    path.write_text(
        f"""
[email]
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
starttls = false
sender = "alerts@example.org"
recipients = ["team@example.org"]
{extra_email}
[webhook]
url = "{hook_url}"
[atom]
path = "alerts.atom"
[delivery]
retry_backoff = 0  # the tests' nights follow each other at once
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def receivers():
    port = free_port()
    hook = WebhookReceiver()
    yield port, hook
    hook.close()


def atom_entries(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall(f"{ATOM}entry")


def test_three_nights_one_email_one_webhook_one_feed_entry(tmp_path, receivers):
    port, hook = receivers
    controller, inbox = smtp_server(port)
    nights = Nights(tmp_path, write_config(tmp_path / "alerts.toml", port, hook.url))
    try:
        nights.publish("outlet-a")
        first = nights.crawl()  # night 1: a new inadequate rating
        assert first.returncode == 0, first.stdout + first.stderr
        nights.publish("outlet-b")
        assert nights.crawl().returncode == 0  # night 2: the same inspection from another outlet
        assert nights.crawl().returncode == 0  # night 3: nothing new
    finally:
        nights.close()
        controller.stop()
    assert len(inbox.messages) == 1 and len(hook.calls) == 1
    (entry,) = atom_entries(tmp_path / "alerts.atom")
    message = inbox.messages[0]["message"]
    assert (
        " ".join(message["Subject"].split())
        == "sectorwatch: Provisional: Kent County Council children's services reported inadequate"
    )
    assert "Kent County Council children's services reported inadequate (E10000016)" in " ".join(
        message.get_payload(decode=True).decode().split()
    )
    payload = hook.calls[0]["body"]
    assert (
        payload["text"].startswith(":rotating_light: *Provisional: Kent County Council")
        and payload["blocks"]
    )
    assert (
        payload["alert"]["authority_code"] == "E10000016"
        and payload["alert"]["grade"] == "inadequate"
    )
    assert hook.calls[0]["key"] == payload["idempotency_key"] == "sectorwatch-alert-1-webhook"
    assert entry.find(f"{ATOM}id").text == "urn:sectorwatch:alert:1"
    with sqlite3.connect(nights.db) as conn:
        assert conn.execute("select count(*) from alerts").fetchone()[0] == 1
        assert (
            conn.execute("select count(*) from alert_articles").fetchone()[0] == 2
        )  # a source added, not an alert
    assert {(c, s) for _, c, s, _ in nights.deliveries()} == {
        ("console", "sent"),
        ("email", "sent"),
        ("webhook", "sent"),
        ("atom", "sent"),
    }


def test_smtp_down_on_night_one_delivers_on_night_two_once(tmp_path, receivers):
    port, hook = receivers
    nights = Nights(tmp_path, write_config(tmp_path / "alerts.toml", port, hook.url))
    try:
        nights.publish("outlet-a")
        down = nights.crawl()  # nothing listens on the SMTP port
        assert down.returncode == 2  # a channel failed; the crawl itself did not
        assert "via email failed (will retry next run): ConnectionRefusedError" in down.stderr
        assert ("email", "retry", 1) in [(c, s, n) for _, c, s, n in nights.deliveries()]
        assert len(hook.calls) == 1  # the other channels were not held up
        controller, inbox = smtp_server(port)
        try:
            assert nights.crawl().returncode == 0  # night 2: the server is back
            assert nights.crawl().returncode == 0  # night 3
        finally:
            controller.stop()
    finally:
        nights.close()
    assert len(inbox.messages) == 1 and len(hook.calls) == 1
    assert ("email", "sent", 2) in [(c, s, n) for _, c, s, n in nights.deliveries()]


def test_a_webhook_500_is_retried_next_run(tmp_path, receivers):
    port, hook = receivers
    controller, inbox = smtp_server(port)
    hook.fail_next = 1
    nights = Nights(tmp_path, write_config(tmp_path / "alerts.toml", port, hook.url))
    try:
        nights.publish("outlet-a")
        assert nights.crawl().returncode == 2
        assert hook.calls == []
        result = invoke(
            "alerts", "--db", str(nights.db), "--send", "--alerts-config", str(nights.config)
        )
        assert result.exit_code == 0 and "deliveries: 1 sent, 0 failed" in result.stdout
    finally:
        nights.close()
        controller.stop()
    assert len(hook.calls) == 1 and len(inbox.messages) == 1


def test_a_crash_between_sending_and_recording_resends_with_the_same_key(tmp_path, receivers):
    port, hook = receivers
    controller, inbox = smtp_server(port)
    nights = Nights(tmp_path, write_config(tmp_path / "alerts.toml", port, hook.url))
    try:
        nights.publish("outlet-a")
        assert nights.crawl().returncode == 0
        with sqlite3.connect(nights.db) as conn:  # as if killed after sending, before recording
            conn.execute(
                "update deliveries set status = 'sending' where channel in ('email', 'webhook')"
            )
        invoke("alerts", "--db", str(nights.db), "--send", "--alerts-config", str(nights.config))
    finally:
        nights.close()
        controller.stop()
    ids = [m["message"]["Message-ID"] for m in inbox.messages]
    assert (
        len(ids) == 2 and ids[0] == ids[1] == "<sectorwatch-alert-1-email@sectorwatch>"
    )  # the receiver can drop the copy
    assert [c["key"] for c in hook.calls] == ["sectorwatch-alert-1-webhook"] * 2
    assert len(atom_entries(tmp_path / "alerts.atom")) == 1


def test_list_dry_run_and_resend(tmp_path, receivers):
    port, hook = receivers
    controller, inbox = smtp_server(port)
    nights = Nights(tmp_path, write_config(tmp_path / "alerts.toml", port, hook.url))
    try:
        nights.publish("outlet-a")
        run_cli(
            "crawl", "--sources", str(nights.sources), "--db", str(nights.db), *FAST
        )  # crawled, nothing sent yet
        dry = invoke(
            "alerts", "--db", str(nights.db), "--dry-run", "--alerts-config", str(nights.config)
        )
        assert "would send 4 deliveries" in dry.stdout and inbox.messages == []
        listed = invoke(
            "alerts", "--db", str(nights.db), "--send", "--alerts-config", str(nights.config)
        )
        assert (
            "email: sent, 1 attempt(s)" in listed.stdout
            and "confirmed by Ofsted data" not in listed.stdout
        )
        again = invoke(
            "alerts", "--db", str(nights.db), "--resend", "1", "--alerts-config", str(nights.config)
        )
        assert again.exit_code == 0
        missing = invoke(
            "alerts",
            "--db",
            str(nights.db),
            "--resend",
            "99",
            "--alerts-config",
            str(nights.config),
        )
        assert missing.exit_code != 0 and "no alert #99" in missing.stderr
    finally:
        nights.close()
        controller.stop()
    assert len(inbox.messages) == 2
    assert (
        inbox.messages[1]["message"]["Message-ID"]
        == "<sectorwatch-alert-1-email-resend-2@sectorwatch>"
    )


def test_bad_alerts_config_is_a_clear_error_before_any_crawl(tmp_path):
    config = tmp_path / "alerts.toml"
    config.write_text(
        '[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = "25"\nsender = "a@b.org"\nrecipients = ["c@d.org"]\n',
        encoding="utf-8",
    )
    result = run_cli(
        "crawl",
        "--sources",
        "missing.toml",
        "--alerts-config",
        str(config),
        "--db",
        str(tmp_path / "x.db"),
    )
    assert result.returncode != 0
    assert "[email]: key 'smtp_port' must be an integer, got str '25'" in result.stderr
    assert not (tmp_path / "x.db").exists()
