"""Channels and configuration: STARTTLS and login against a real SMTP server; secrets from
the environment; clear errors for a bad configuration."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl

import pytest
from aiosmtpd.smtp import AuthResult

from crawler.alerts.channels import send_email
from crawler.alerts.config import AlertsConfigError, parse_alerts_config
from tests.alert_receivers import free_port, smtp_server

ALERT = {
    "id": 7,
    "authority": "Kent County Council",
    "authority_code": "E10000016",
    "grade": "inadequate",
    "subject": "children's services",
    "inspection_type": "ILACS",
    "inspection_dates": None,
    "reported_on": "2025-10-01",
    "previous_grade": "good",
    "previous_date": "2022-07-05",
    "official_record": "not yet in the official record",
    "evidence": "Kent County Council's children's services have been rated inadequate.",
    "created_at": "2025-10-01T03:00:00+00:00",
    "articles": [
        {
            "title": "Kent rated inadequate",
            "url": "https://a.example/kent/",
            "source": "outlet-a",
            "published": "2025-10-01",
        }
    ],
}


@pytest.fixture
def tls_files(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_starttls_and_login_with_secrets_from_the_environment(tls_files, monkeypatch):
    cert_file, key_file = tls_files
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, key_file)
    seen = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        seen.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.login == b"alerts" and auth_data.password == b"s3cret")

    port = free_port()
    controller, inbox = smtp_server(
        port,
        tls_context=server_tls,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    monkeypatch.setenv(
        "SSL_CERT_FILE", str(cert_file)
    )  # trust our test certificate, as an operator's CA bundle would
    monkeypatch.setenv("TEST_SMTP_USER", "alerts")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    config = parse_alerts_config(f"""
[email]
smtp_host = "127.0.0.1"
smtp_port = {port}
starttls = true
username_env = "TEST_SMTP_USER"
password_env = "TEST_SMTP_PASSWORD"
sender = "alerts@example.org"
recipients = ["team@example.org", "director@example.org"]
""")
    try:
        send_email(config.email, ALERT, "sectorwatch-alert-7-email")
    finally:
        controller.stop()
    assert seen == [("alerts", "s3cret")]
    (received,) = inbox.messages
    assert received["to"] == ["team@example.org", "director@example.org"]
    body = received["message"].get_payload()
    assert "Previous grade: good (2022-07-05)" in body and "https://a.example/kent/" in body


@pytest.mark.parametrize(
    "text, message",
    [
        ("[smtp]\nhost = 'x'", "unknown table [smtp]"),
        (
            "[email]\nsmtp_host = 'x'\nsmtp_port = 25\nsender = 'a@b.org'\nrecipients = ['c@d.org']\nfrom = 'x'",
            "[email]: unknown key 'from'",
        ),
        (
            "[email]\nsmtp_port = 25\nsender = 'a@b.org'\nrecipients = ['c@d.org']",
            "[email]: missing key 'smtp_host'",
        ),
        (
            "[email]\nsmtp_host = 'x'\nsmtp_port = 25\nsender = 'a@b.org'\nrecipients = ['nobody']",
            "must list e-mail addresses",
        ),
        (
            "[email]\nsmtp_host = 'x'\nsmtp_port = 25\nsender = 'a@b.org'\nrecipients = ['c@d.org']\npassword_env = 'NO_SUCH_VAR_SW'",
            "[email]: the environment variable named by 'password_env' is not set",
        ),
        ("[webhook]\nurl = 'hooks.example'", "[webhook]: key 'url' is not an http(s) URL"),
        ("[atom]\n", "[atom]: missing key 'path'"),
    ],
)
def test_bad_configuration_names_table_and_key(text, message):
    with pytest.raises(AlertsConfigError) as excinfo:
        parse_alerts_config(text)
    assert message in str(excinfo.value)


def test_channels_follow_the_file():
    config = parse_alerts_config(
        "[webhook]\nurl = 'http://127.0.0.1:9/hook'\n[console]\nenabled = false\n"
    )
    assert config.channels == ("webhook",)
