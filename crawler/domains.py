"""Where the crawl may go: a source's own domains, and which addresses may be connected to.

A source's domains are its `allowed_domains` plus the hosts of its feeds, sitemaps and
listing pages; a host is on them when it is one of them or a subdomain. Every request
and every redirect is held to its source's domains (crawler/middlewares.py), and so is a
page's canonical URL (pipelines/store.py).

Addresses: only globally routable ones, unless a network is allowed by the setting
SECTORWATCH_ALLOW_NETWORKS (the tests and the local replay allow 127.0.0.1). Private,
loopback, link-local (cloud metadata at 169.254.169.254), shared (100.64/10),
unspecified, multicast and reserved addresses are refused, IPv4-mapped IPv6 included.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
WEB_SCHEMES = ("http", "https")


def host_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def is_web_url(url: str | None) -> bool:
    """An absolute http(s) URL with a host and no credentials (not javascript:, data:,
    file:, mailto:...; not https://trusted.example@elsewhere/)."""
    if not isinstance(url, str) or any(ch in url for ch in "\r\n\t\0"):
        return False
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname) and "@" not in parts.netloc


def source_domains(
    allowed_domains: Iterable[str], discovery_urls: Iterable[str]
) -> tuple[str, ...]:
    domains = {d.strip().rstrip(".").lower() for d in allowed_domains if d.strip()}
    domains |= {h for h in (host_of(u) for u in discovery_urls) if h}
    return tuple(sorted(domains))


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """Whether the URL is http(s) and its host is one of `domains` or under one."""
    if not is_web_url(url):
        return False
    host = host_of(url)
    if not host:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def parse_networks(value: str | Iterable[str] | None) -> tuple[IPNetwork, ...]:
    """The setting's networks: a comma-separated string or a list of CIDRs / addresses."""
    if not value:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(
        ipaddress.ip_network(item.strip(), strict=False) for item in items if str(item).strip()
    )


def literal_address(host: str | None) -> IPAddress | None:
    """The host as an IP address when it is written as one (brackets and zone stripped)."""
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


def address_refused(address: str | IPAddress, allowed: tuple[IPNetwork, ...] = ()) -> str | None:
    """Why a connection to this address is refused, or None when it is allowed."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip.version == net.version and ip in net for net in allowed):
        return None
    if ip.is_global and not ip.is_multicast:
        return None
    kind = next(
        (
            name
            for name, flag in (
                ("loopback", ip.is_loopback),
                ("link-local (cloud metadata)", ip.is_link_local),
                ("private", ip.is_private),
                ("multicast", ip.is_multicast),
                ("unspecified", ip.is_unspecified),
                ("reserved", ip.is_reserved),
            )
            if flag
        ),
        "not globally routable",
    )
    return f"{ip} is a {kind} address (allow it with SECTORWATCH_ALLOW_NETWORKS)"
