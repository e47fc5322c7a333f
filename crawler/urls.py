"""An article's identity: its canonical URL, normalised, tracking parameters stripped."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Tracking parameters never make a different article.
TRACKING_PREFIXES = (
    "utm_",
    "mc_",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "_ga",
    "cmpid",
    "ito",
    "at_medium",
    "at_campaign",
    "ocid",
)


def canonical_url(url: str) -> str:
    """Normalised (scheme and host lower-case, default port dropped), without tracking
    parameters or fragment."""
    try:
        url = normalize_url(url, strict=False)
    except (ValueError, TypeError):
        pass
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
