"""The alerts configuration: which channels deliver alerts, from a TOML file.

    [email]
    smtp_host = "127.0.0.1"
    smtp_port = 8025
    starttls = false
    username_env = "SECTORWATCH_SMTP_USER"      # optional
    password_env = "SECTORWATCH_SMTP_PASSWORD"  # optional
    sender = "alerts@example.org"
    recipients = ["team@example.org"]
    [webhook]
    url = "http://127.0.0.1:9000/hook"
    [atom]
    path = "alerts.atom"

Secrets never live in the file: it names the environment variables that hold them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


class AlertsConfigError(ValueError):
    """A configuration that cannot be used, with a message naming the table and key."""


@dataclass(frozen=True)
class EmailConfig:
    smtp_host: str
    smtp_port: int
    sender: str
    recipients: tuple[str, ...]
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 15.0


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    timeout: float = 15.0


@dataclass(frozen=True)
class AtomConfig:
    path: Path
    title: str = "sectorwatch: new inadequate ratings of councils' children's services"


@dataclass(frozen=True)
class AlertsConfig:
    email: EmailConfig | None = None
    webhook: WebhookConfig | None = None
    atom: AtomConfig | None = None
    console: bool = True
    channels: tuple[str, ...] = field(default=())


KNOWN = {
    "email": {"smtp_host", "smtp_port", "starttls", "username_env", "password_env", "sender", "recipients", "timeout"},
    "webhook": {"url", "timeout"},
    "atom": {"path", "title"},
    "console": {"enabled"},
}


def _need(table: str, data: dict, key: str, kind: type) -> object:
    if key not in data:
        raise AlertsConfigError(f"[{table}]: missing key '{key}'")
    value = data[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise AlertsConfigError(f"[{table}]: key '{key}' must be a {kind.__name__}, got {value!r}")
    return value


def _env(table: str, data: dict, key: str) -> str | None:
    name = data.get(key)
    if name is None:
        return None
    if not isinstance(name, str) or not name:
        raise AlertsConfigError(f"[{table}]: key '{key}' must name an environment variable")
    value = os.environ.get(name)
    if value is None:
        raise AlertsConfigError(f"[{table}]: environment variable {name} (from '{key}') is not set")
    return value


def parse_alerts_config(text: str, origin: str = "alerts config", base: Path | None = None) -> AlertsConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AlertsConfigError(f"{origin}: not valid TOML: {exc}") from None
    for table, value in data.items():
        if table not in KNOWN:
            raise AlertsConfigError(f"{origin}: unknown table [{table}] (known: {', '.join(sorted(KNOWN))})")
        if not isinstance(value, dict):
            raise AlertsConfigError(f"{origin}: [{table}] must be a table")
        unknown = sorted(set(value) - KNOWN[table])
        if unknown:
            raise AlertsConfigError(f"{origin}: [{table}]: unknown key '{unknown[0]}'")
    email = webhook = atom = None
    if "email" in data:
        e = data["email"]
        recipients = _need("email", e, "recipients", list)
        if not recipients or not all(isinstance(r, str) and "@" in r for r in recipients):
            raise AlertsConfigError("[email]: key 'recipients' must list e-mail addresses")
        sender = _need("email", e, "sender", str)
        if "@" not in sender:
            raise AlertsConfigError(f"[email]: key 'sender' is not an e-mail address: {sender!r}")
        port = _need("email", e, "smtp_port", int)
        if not 0 < port < 65536:
            raise AlertsConfigError(f"[email]: key 'smtp_port' out of range: {port}")
        email = EmailConfig(
            smtp_host=_need("email", e, "smtp_host", str), smtp_port=port, sender=sender, recipients=tuple(recipients),
            starttls=bool(e.get("starttls", False)), username=_env("email", e, "username_env"),
            password=_env("email", e, "password_env"), timeout=float(e.get("timeout", 15)),
        )
    if "webhook" in data:
        url = _need("webhook", data["webhook"], "url", str)
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise AlertsConfigError(f"[webhook]: key 'url' is not an http(s) URL: {url!r}")
        webhook = WebhookConfig(url=url, timeout=float(data["webhook"].get("timeout", 15)))
    if "atom" in data:
        path = Path(_need("atom", data["atom"], "path", str))
        atom = AtomConfig(path=path if path.is_absolute() or base is None else base / path,
                          title=data["atom"].get("title", AtomConfig.title))
    console = bool(data.get("console", {}).get("enabled", True))
    channels = tuple(name for name, on in (("console", console), ("email", email), ("webhook", webhook), ("atom", atom)) if on)
    return AlertsConfig(email=email, webhook=webhook, atom=atom, console=console, channels=channels)


def load_alerts_config(path: str | Path) -> AlertsConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AlertsConfigError(f"cannot read alerts config {path}: {exc.strerror}") from None
    return parse_alerts_config(text, origin=str(path), base=path.parent)
