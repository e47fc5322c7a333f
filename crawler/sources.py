"""sources.toml -> validated, frozen Source objects.

A source is one outlet: a name, and at least one way to discover its articles (feeds,
sitemaps, listing pages), and the spider that crawls it: `sector` (news, the default) or
`ofsted` (Ofsted's reports site: its search listing in `start_urls`). Errors name the source and the field, because an operator
fixing a nightly job at 7am needs to know which line to change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DISCOVERY_KEYS = ("feeds", "sitemaps", "start_urls")
LIST_KEYS = DISCOVERY_KEYS + ("allowed_domains", "article_patterns")
KNOWN_KEYS = {"name", "spider", *LIST_KEYS}
SPIDERS = ("sector", "ofsted")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SourcesError(ValueError):
    """A sources file that cannot be used, with a message naming source and field."""


@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    # Regular expressions an article URL must match when found on a listing page.
    article_patterns: tuple[str, ...] = field(default=())
    spider: str = "sector"

    def as_record(self) -> dict:
        return {
            "name": self.name,
            "spider": self.spider,
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "start_urls": list(self.start_urls),
            "allowed_domains": list(self.allowed_domains),
            "article_patterns": list(self.article_patterns),
        }


def _check_url(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise SourcesError(f"{where}: expected a URL string, got {value!r}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: {value!r} is not an http(s) URL")
    return value


def _source_from_table(index: int, table: object) -> Source:
    if not isinstance(table, dict):
        raise SourcesError(f"source #{index + 1}: expected a [[source]] table")
    name = table.get("name")
    label = f"source {name!r}" if isinstance(name, str) and name else f"source #{index + 1}"
    if not isinstance(name, str) or not name:
        raise SourcesError(f"{label}: missing field 'name'")
    if not NAME_RE.match(name):
        raise SourcesError(f"{label}: field 'name' must be lower-case letters, digits and hyphens")
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise SourcesError(
            f"{label}: unknown field {unknown[0]!r} (known: {', '.join(sorted(KNOWN_KEYS))})"
        )
    spider = table.get("spider", "sector")
    if spider not in SPIDERS:
        raise SourcesError(
            f"{label}: field 'spider' must be one of {', '.join(SPIDERS)}, got {spider!r}"
        )
    values: dict[str, tuple[str, ...]] = {}
    for key in LIST_KEYS:
        raw = table.get(key, [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            raise SourcesError(f"{label}: field '{key}' must be a list")
        if key in DISCOVERY_KEYS:
            values[key] = tuple(_check_url(f"{label}: field '{key}'", v) for v in raw)
        elif key == "article_patterns":
            for pattern in raw:
                try:
                    re.compile(pattern)
                except (re.error, TypeError) as exc:
                    raise SourcesError(
                        f"{label}: field '{key}': bad pattern {pattern!r}: {exc}"
                    ) from None
            values[key] = tuple(raw)
        else:
            if not all(isinstance(v, str) and v and "/" not in v for v in raw):
                raise SourcesError(f"{label}: field '{key}' must list bare domain names")
            values[key] = tuple(raw)
    if not any(values[k] for k in DISCOVERY_KEYS):
        raise SourcesError(f"{label}: needs at least one of {', '.join(DISCOVERY_KEYS)}")
    return Source(name=name, spider=spider, **values)


def parse_sources(text: str, origin: str = "sources file") -> list[Source]:
    """Parse and validate the text of a sources TOML file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{origin}: not valid TOML: {exc}") from None
    tables = data.get("source")
    extra = sorted(set(data) - {"source"})
    if extra:
        raise SourcesError(
            f"{origin}: unknown top-level key {extra[0]!r}; sources go in [[source]] tables"
        )
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{origin}: no [[source]] tables")
    sources = [_source_from_table(i, t) for i, t in enumerate(tables)]
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise SourcesError(f"{origin}: source {source.name!r} is defined twice")
        seen.add(source.name)
    return sources


def load_sources(path: str | Path, replace_origin: tuple[str, str] | None = None) -> list[Source]:
    """Load a sources file; `replace_origin` rewrites one URL origin (the replay's port)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc.strerror}") from None
    if replace_origin:
        text = text.replace(*replace_origin)
    return parse_sources(text, origin=str(path))


def sources_for(sources: list[Source], spider: str) -> list[Source]:
    """The sources one spider crawls."""
    return [s for s in sources if s.spider == spider]


def select_sources(sources: list[Source], only: str | None) -> list[Source]:
    """`--only`: a comma-separated list of source names or spider names (`ofsted`, `sector`)."""
    if not only:
        return sources
    wanted = {w.strip() for w in only.split(",") if w.strip()}
    unknown = wanted - {s.name for s in sources} - set(SPIDERS)
    if unknown:
        raise SourcesError(
            f"--only: no source or spider named {sorted(unknown)[0]!r} (sources: {', '.join(s.name for s in sources)})"
        )
    return [s for s in sources if s.name in wanted or s.spider in wanted]
