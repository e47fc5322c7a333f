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
    [delivery]
    max_attempts = 5        # then the delivery is `failed` (shown by `alerts` and `health`)
    retry_backoff = 300     # seconds before the second attempt, doubling after each failure

Secrets never live in the file: it names the environment variables that hold them, and no
error message ever shows a value given for a secret (a password typed where the name of
a variable belongs is not echoed), nor the webhook URL (it is usually a secret token).
Every value must have its type: `starttls = "false"` is an error, not true.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
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
class DeliveryConfig:
    max_attempts: int = 5  # attempts before a delivery is given up on (`failed`)
    retry_backoff: float = 300.0  # seconds before the second attempt; doubles after each failure


@dataclass(frozen=True)
class AlertsConfig:
    email: EmailConfig | None = None
    webhook: WebhookConfig | None = None
    atom: AtomConfig | None = None
    console: bool = True
    channels: tuple[str, ...] = field(default=())
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)
    warnings: tuple[str, ...] = field(default=())  # usable, but worth telling the operator


KNOWN = {
    "email": {
        "smtp_host",
        "smtp_port",
        "starttls",
        "username_env",
        "password_env",
        "sender",
        "recipients",
        "timeout",
    },
    "webhook": {"url", "timeout"},
    "atom": {"path", "title"},
    "console": {"enabled"},
    "delivery": {"max_attempts", "retry_backoff"},
}
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    float: "a number",
}


V = TypeVar("V")


def _type_error(table: str, key: str, kind: type, value: object) -> AlertsConfigError:
    return AlertsConfigError(
        f"[{table}]: key '{key}' must be {TYPE_NAMES[kind]}, got {type(value).__name__} {value!r}"
    )


def _need(table: str, data: dict, key: str, kind: type[V]) -> V:
    if key not in data:
        raise AlertsConfigError(f"[{table}]: missing key '{key}'")
    return _typed(table, data, key, kind, data[key])  # the default is never used


def _typed(table: str, data: dict, key: str, kind: type[V], default: V) -> V:
    """The key's value, which must be of `kind` (TOML's own types: "false" is a string, not
    a boolean; a number is an int or a float, never a boolean)."""
    if key not in data:
        return default
    value = data[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _type_error(table, key, kind, value)
        return float(value)  # type: ignore[return-value]  # kind is float
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise _type_error(table, key, kind, value)
    return value


def _positive(table: str, data: dict, key: str, default: float) -> float:
    value = _typed(table, data, key, float, default)
    if not 0 < value <= 3600:
        raise AlertsConfigError(
            f"[{table}]: key '{key}' must be between 0 and 3600 seconds, got {value}"
        )
    return value


def _env(table: str, data: dict, key: str) -> str | None:
    """The secret held by the environment variable the key names. Error messages name the
    key, never the value: what is typed here may be the secret itself."""
    if key not in data:
        return None
    name = data[key]
    if not isinstance(name, str) or not ENV_NAME.match(name):
        raise AlertsConfigError(
            f"[{table}]: key '{key}' must be the name of an environment variable (letters, digits, underscores), "
            "not the secret itself; the value given is not shown"
        )
    value = os.environ.get(name)
    if value is None:
        raise AlertsConfigError(
            f"[{table}]: the environment variable named by '{key}' is not set (its name is not shown)"
        )
    return value


def parse_alerts_config(
    text: str, origin: str = "alerts config", base: Path | None = None
) -> AlertsConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AlertsConfigError(f"{origin}: not valid TOML: {exc}") from None
    for table, value in data.items():
        if table not in KNOWN:
            raise AlertsConfigError(
                f"{origin}: unknown table [{table}] (known: {', '.join(sorted(KNOWN))})"
            )
        if not isinstance(value, dict):
            raise AlertsConfigError(f"{origin}: [{table}] must be a table")
        unknown = sorted(set(value) - KNOWN[table])
        if unknown:
            raise AlertsConfigError(f"{origin}: [{table}]: unknown key '{unknown[0]}'")
    email = webhook = atom = None
    warnings: list[str] = []
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
            smtp_host=_need("email", e, "smtp_host", str),
            smtp_port=port,
            sender=sender,
            recipients=tuple(recipients),
            starttls=_typed("email", e, "starttls", bool, False),
            username=_env("email", e, "username_env"),
            password=_env("email", e, "password_env"),
            timeout=_positive("email", e, "timeout", 15.0),
        )
        if (email.username or email.password) and not email.starttls and port != 465:
            warnings.append(
                "[email]: SMTP login without TLS sends the password in clear text; set starttls = true"
            )
    if "webhook" in data:
        url = _need("webhook", data["webhook"], "url", str)
        try:
            parts = urlsplit(url)
            valid = (
                parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port or 1) > 0
            )  # .port checks it
        except ValueError:
            valid = False
        if not valid:
            raise AlertsConfigError(
                "[webhook]: key 'url' is not an http(s) URL (the value is not shown: a webhook URL is a secret)"
            )
        webhook = WebhookConfig(
            url=url, timeout=_positive("webhook", data["webhook"], "timeout", 15.0)
        )
    if "atom" in data:
        path = Path(_need("atom", data["atom"], "path", str))
        atom = AtomConfig(
            path=path if path.is_absolute() or base is None else base / path,
            title=_typed("atom", data["atom"], "title", str, AtomConfig.title),
        )
    console = _typed("console", data.get("console", {}), "enabled", bool, True)
    d = data.get("delivery", {})
    delivery = DeliveryConfig(
        max_attempts=_typed("delivery", d, "max_attempts", int, DeliveryConfig.max_attempts),
        retry_backoff=_typed("delivery", d, "retry_backoff", float, DeliveryConfig.retry_backoff),
    )
    if not 1 <= delivery.max_attempts <= 100 or not 0 <= delivery.retry_backoff <= 7 * 86400:
        raise AlertsConfigError(
            "[delivery]: max_attempts must be 1 to 100 and retry_backoff 0 to 604800 seconds"
        )
    channels = tuple(
        name
        for name, on in (
            ("console", console),
            ("email", email),
            ("webhook", webhook),
            ("atom", atom),
        )
        if on
    )
    return AlertsConfig(
        email=email,
        webhook=webhook,
        atom=atom,
        console=console,
        channels=channels,
        delivery=delivery,
        warnings=tuple(warnings),
    )


def load_alerts_config(path: str | Path) -> AlertsConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AlertsConfigError(f"cannot read alerts config {path}: {exc.strerror}") from None
    return parse_alerts_config(text, origin=str(path), base=path.parent)
