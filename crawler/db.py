"""The database: schema, migrations and the one way to open it.

SQLite is the only place state lives. Every write that must stay consistent when a crawl
is killed goes through `db.atomic()`; WAL lets Datasette read while the crawler writes.
A write transaction takes SQLite's write lock up front (BEGIN IMMEDIATE), so a busy
database is waited for (busy_timeout) instead of refused half-way through a transaction.
Commands that only read (health, alerts, serve) open the file read-only: no migration, no
journal-mode switch, and a file that is not a sectorwatch database is refused.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import sqlite3
from collections.abc import Generator
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from crawler.config import DEFAULT_DB
from crawler.inspections import seed_bundled

BUSY_TIMEOUT_MS = 30_000
AUTHORITIES_CSV = (
    Path(__file__).resolve().parent.parent
    / "nlp"
    / "data"
    / "uk_childrens_services_authorities.csv"
)

migrations = Migrations("sectorwatch")


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {"name": str, "config": str, "first_seen": str, "last_run_id": int}, pk="name"
    )
    db.table("crawl_runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # running, finished, failed
            "finish_reason": str,
            "sources_file": str,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "errors": int,
            "alerts_new": int,
            "stats": str,  # JSON: Scrapy's stats and per-source counts
        },
        pk="id",
    )
    db.table("authorities").create(
        {
            "gss_code": str,
            "name": str,
            "official_name": str,
            "nation": str,
            "la_type": str,
            "region": str,
            "current": int,
            "ofsted_ilacs": int,
        },
        pk="gss_code",
    )
    db.table("articles").create(
        {
            "id": int,
            "url": str,  # canonical URL: the article's identity
            "fetched_url": str,
            "source": str,
            "title": str,
            "author": str,
            "published": str,
            "sitename": str,
            "language": str,
            "excerpt": str,
            "text": str,
            "content_hash": str,
            "fetched_at": str,
            "run_id": int,
        },
        pk="id",
        foreign_keys=[("source", "sources", "name"), ("run_id", "crawl_runs", "id")],
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["fetched_url"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.table("people").create(
        {"id": int, "name": str, "affiliation": str, "authority_code": str},
        pk="id",
        foreign_keys=[("authority_code", "authorities", "gss_code")],
    )
    db.table("people").create_index(["name", "affiliation"], unique=True)
    db.table("mentions").create(
        {
            "id": int,
            "article_id": int,
            "kind": str,  # authority or person
            "authority_code": str,
            "person_id": int,
            "role": str,
            "surface": str,
            "count": int,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("authority_code", "authorities", "gss_code"),
            ("person_id", "people", "id"),
        ],
    )
    db.table("mentions").create_index(["article_id"])
    db.table("judgements").create(
        {
            "id": int,
            "article_id": int,
            "authority_code": str,
            "grade": str,
            "subject": str,
            "inspection_type": str,
            "current": int,
            "change": str,
            "year": int,
            "evidence": str,
            "alert": int,  # 1 when this judgement is what makes the article alert
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("authority_code", "authorities", "gss_code"),
        ],
    )
    db.table("judgements").create_index(["article_id"])
    db.table("judgements").create_index(["authority_code", "grade"])
    db.table("alerts").create(
        {
            "id": int,
            "authority_code": str,
            "grade": str,
            "subject": str,
            "inspection_type": str,
            "inspection_key": str,
            "reported_on": str,  # publication date of the first article reporting it
            "evidence": str,
            "first_article_id": int,
            "run_id": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[
            ("authority_code", "authorities", "gss_code"),
            ("first_article_id", "articles", "id"),
            ("run_id", "crawl_runs", "id"),
        ],
    )
    db.table("alerts").create_index(["authority_code", "inspection_key"], unique=True)
    db.table("alert_articles").create(
        {"alert_id": int, "article_id": int},
        pk=("alert_id", "article_id"),
        foreign_keys=[("alert_id", "alerts", "id"), ("article_id", "articles", "id")],
    )


def load_authorities(db: sqlite_utils.Database, path: Path = AUTHORITIES_CSV) -> None:
    """(Re)load the reference list of councils; cheap, and keeps the table in step with the CSV."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [
            {
                "gss_code": r["gss_code"],
                "name": r["name"],
                "official_name": r["official_name"],
                "nation": r["nation"],
                "la_type": r["la_type"],
                "region": r["region"],
                "current": int(r["current"] == "True"),
                "ofsted_ilacs": int(r["ofsted_ilacs"] == "True"),
            }
            for r in csv.DictReader(fh)
        ]
    with db.atomic():
        db.table("authorities").upsert_all(rows, pk="gss_code")


class NotSectorwatchDatabase(ValueError):
    """A file that exists but holds no sectorwatch schema: never migrated or written."""


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A plain (deferred) BEGIN reads first and asks for the write lock at its first write;
    in WAL mode a writer that committed in between makes SQLite refuse at once
    (SQLITE_BUSY_SNAPSHOT), without waiting out busy_timeout. BEGIN IMMEDIATE waits.
    """

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoints
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _has_tables(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return bool(
            conn.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0]
        )
    finally:
        conn.close()


def _check_sectorwatch(db: sqlite_utils.Database, path: str | Path) -> None:
    try:
        ours = (
            db.table("_sqlite_migrations").exists()
            and db.execute(
                "select count(*) from _sqlite_migrations where migration_set = 'sectorwatch'"
            ).fetchone()[0]
        )
    except sqlite3.DatabaseError as exc:  # not SQLite at all, or damaged
        raise NotSectorwatchDatabase(f"{path} is not a sectorwatch database ({exc})") from None
    if not ours:
        raise NotSectorwatchDatabase(
            f"{path} is not a sectorwatch database (no sectorwatch schema in it); refusing to touch it"
        )


class HoldsDatabase:
    """Mixed into the crawl's components that open the database when the spider opens and
    close it when it closes (the HTTP cache, the failure recorder, the store)."""

    _db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise RuntimeError(f"{type(self).__name__}: the database is not open yet")
        return self._db

    def open_database(self, path: str | Path | None) -> sqlite_utils.Database:
        self._db = open_db(path) if path else open_db()
        return self._db

    def close_database(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def open_db(path: str | Path = DEFAULT_DB) -> Database:
    """Open (creating and migrating as needed) the sectorwatch database at `path`.

    An existing file with tables but no sectorwatch schema (another application's
    database, a mistyped path) is refused before anything is written to it."""
    path = Path(path)
    if path.exists() and path.stat().st_size:
        try:
            foreign = _has_tables(path)
        except sqlite3.DatabaseError as exc:
            raise NotSectorwatchDatabase(f"{path} is not a sectorwatch database ({exc})") from None
        if foreign:
            probe = sqlite_utils.Database(
                sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            )
            try:
                _check_sectorwatch(probe, path)
            finally:
                probe.close()
    db = Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    pending = migrations.pending(db)
    migrations.apply(db)
    if pending or not db.table("authorities").count:
        load_authorities(db)
    seed_bundled(db)
    return db


def open_db_readonly(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open an existing sectorwatch database for reading only.

    No migration and no journal-mode change: the file is opened with SQLite's read-only
    mode, so a command pointed at the wrong file cannot alter it. Raises
    FileNotFoundError for a missing file and NotSectorwatchDatabase for a foreign one or
    one whose schema is older than this version (a crawl brings it up to date)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist")
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    db = sqlite_utils.Database(conn)
    try:
        _check_sectorwatch(db, path)
        if migrations.pending(db):
            raise NotSectorwatchDatabase(
                f"{path} was written by an older sectorwatch: run `sectorwatch crawl` once to bring its schema up to date"
            )
    except BaseException:
        db.close()
        raise
    return db


@migrations()
def m002_crawl_health(db: sqlite_utils.Database) -> None:
    """Per-source counts per run, failed fetches, non-HTML documents, earlier article
    versions, and Scrapy's HTTP cache (feeds and sitemaps, for conditional requests)."""
    db.table("source_runs").create(
        {
            "run_id": int,
            "source": str,
            "discovered": int,
            "fetched": int,
            "new": int,
            "updated": int,
            "unchanged": int,
            "documents": int,
            "errors": int,
            "responses": int,
        },
        pk=("run_id", "source"),
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db.table("fetch_errors").create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "url": str,
            "status": int,
            "reason": str,
            "time": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db.table("fetch_errors").create_index(["source", "time"])
    db.table("documents").create(
        {
            "id": int,
            "url": str,
            "source": str,
            "title": str,
            "published": str,
            "content_type": str,
            "size": int,
            "fetched_at": str,
            "run_id": int,
        },
        pk="id",
    )
    db.table("documents").create_index(["url"], unique=True)
    db.table("article_versions").create(
        {
            "id": int,
            "article_id": int,
            "title": str,
            "text": str,
            "content_hash": str,
            "fetched_at": str,
            "replaced_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_versions").create_index(["article_id"])
    db.table("articles").add_column("source_modified", str)  # the feed's or sitemap's date for it
    db.table("http_cache").create(
        {
            "fingerprint": str,
            "url": str,
            "status": int,
            "headers": str,
            "body": bytes,
            "stored_at": float,
        },
        pk="fingerprint",
    )


@migrations()
def m003_pages_and_stories(db: sqlite_utils.Database) -> None:
    """Raw pages (compressed) for reprocessing; updated dates; stories across outlets."""
    db.table("pages").create(
        {"article_id": int, "url": str, "fetched_at": str, "html_zlib": bytes, "size": int},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("articles").add_column("updated", str)
    db.table("articles").add_column("story_id", int)
    db.table("articles").create_index(["story_id"])
    db.table("articles").create_index(["published"])
    db.table("alerts").add_column("story_id", int)


@migrations()
def m004_alert_outbox(db: sqlite_utils.Database) -> None:
    """Delivery state per alert and channel: the outbox."""
    db.table("deliveries").create(
        {
            "id": int,
            "alert_id": int,
            "channel": str,  # console, email, webhook, atom
            "status": str,  # pending, sending, sent, failed
            "attempts": int,
            "idempotency_key": str,
            "last_error": str,
            "last_attempt_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("alert_id", "alerts", "id")],
    )
    db.table("deliveries").create_index(["alert_id", "channel"], unique=True)
    db.table("alerts").add_column("previous_grade", str)
    db.table("alerts").add_column("previous_date", str)
    db.table("alerts").add_column("official_record", str)


GEO = (
    Path(__file__).resolve().parent
    / "data"
    / "geo"
    / "england_childrens_services_authorities_buc2024.geojson"
)


@migrations()
def m005_map_and_inspection_type(db: sqlite_utils.Database) -> None:
    """Council boundaries for the Datasette map; the inspection an article is about."""
    import json

    features = json.loads(GEO.read_text(encoding="utf-8"))["features"]
    db.table("authority_areas").insert_all(
        (
            {
                "gss_code": f["properties"]["gss_code"],
                "name": f["properties"]["name"],
                "lat": f["properties"]["lat"],
                "lon": f["properties"]["lon"],
                "geometry": json.dumps(f["geometry"], separators=(",", ":")),
            }
            for f in features
        ),
        pk="gss_code",
    )
    db.table("articles").add_column("inspection_type", str)


@migrations()
def m006_inspections(db: sqlite_utils.Database) -> None:
    """Ofsted's own record: one row per published report, keyed by its file URL, the bundled
    history (source "bundled") and what the crawl reads (source "ofsted"); full-text search
    over the report text. `bundled_data` remembers which bundled file was seeded, so that
    open_db's seeding is one cheap look-up once done (crawler/inspections.py)."""
    db.table("inspections").create(
        {
            "id": int,
            "report_url": str,  # the file's URL: the report's identity
            "source": str,  # ofsted (read by the crawl) or bundled (crawler/data/)
            "authority_code": str,
            "urn": str,
            "authority_name": str,
            "kind": str,  # inspection, focused visit, monitoring visit, JTAI, area SEND, other
            "framework": str,
            "inspection_start": str,
            "inspection_end": str,
            "published": str,
            "lead_inspector": str,
            "overall_effectiveness": str,
            "impact_of_leaders": str,
            "help_and_protection": str,
            "children_in_care": str,
            "care_leavers": str,
            "adoption": str,
            "lscb": str,
            "any_inadequate": int,  # 1 when the report alerts (overall inadequate, or post-April-2026 any area)
            "text": str,
            "fetched_at": str,
            "run_id": int,
        },
        pk="id",
        foreign_keys=[
            ("authority_code", "authorities", "gss_code"),
            ("run_id", "crawl_runs", "id"),
        ],
    )
    db.table("inspections").create_index(["report_url"], unique=True)
    db.table("inspections").create_index(["authority_code", "published"])
    db.table("inspections").create_index(["published"])
    db.table("inspections").enable_fts(
        ["text", "authority_name"], create_triggers=True, tokenize="porter"
    )
    db.table("bundled_data").create(
        {"name": str, "sha256": str, "rows": int, "loaded_at": str}, pk="name"
    )


@migrations()
def m007_inspection_outcomes(db: sqlite_utils.Database) -> None:
    """The record as Datasette shows it: each report with its council's name and region, its
    year, `grade` (the overall judgement, or "no overall judgement" for an inspection graded by
    area only, as under the framework from April 2026) and its judgements in one line."""
    area = ("impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers")
    labels = {
        "overall_effectiveness": "overall",
        "impact_of_leaders": "leaders",
        "help_and_protection": "help and protection",
        "children_in_care": "children in care",
        "care_leavers": "care leavers",
        "adoption": "adoption",
        "lscb": "LSCB",
    }
    summary = " || ".join(
        f"coalesce('{label}: ' || i.{key} || '; ', '')" for key, label in labels.items()
    )
    db.create_view(
        "inspection_outcomes",
        f"""
        select i.id, i.published, substr(i.published, 1, 4) as year, au.region, au.official_name as authority,
               i.authority_code, i.kind, i.framework,
               coalesce(i.overall_effectiveness, case when i.kind = 'inspection' and coalesce({", ".join("i." + k for k in area)}) is not null
                                                      then 'no overall judgement' end) as grade,
               nullif(rtrim({summary}, '; '), '') as judgements,
               i.any_inadequate, i.inspection_start, i.inspection_end, i.lead_inspector, i.source, i.report_url,
               {", ".join("i." + k for k in labels)}
        from inspections i left join authorities au on au.gss_code = i.authority_code""",
    )


@migrations()
def m008_alerts_on_the_record(db: sqlite_utils.Database) -> None:
    """An alert stands on Ofsted's report (inspection_id) or is provisional until it appears."""
    db.table("alerts").add_column("status", str)  # provisional, confirmed, unconfirmed
    db.table("alerts").add_column("inspection_id", int)
    db.table("alerts").add_column("status_changed_at", str)
    db.execute(
        "update alerts set status = case when official_record like 'confirmed%' then 'confirmed' else 'provisional' end"
    )
    db.table("alerts").create_index(["inspection_id"])
    # Every report file the crawl fetched and read, and the inspection it holds: a file is
    # fetched once, also when it is a copy of a report the bundled history has under
    # another URL (Ofsted re-issued older reports under new file ids).
    db.table("report_files").create(
        {"url": str, "inspection_id": int, "source": str, "fetched_at": str, "run_id": int},
        pk="url",
    )


def register_sources(db: sqlite_utils.Database, records: list[dict], run_id: int | None) -> None:
    """Record the sources a spider crawls, with their configuration (as sources.toml gives it)."""
    import json

    with db.atomic():
        for record in records:
            row = {"config": json.dumps(record), "last_run_id": run_id}
            if db.table("sources").count_where("name = ?", [record["name"]]):
                db.table("sources").update(record["name"], row)
            else:
                db.table("sources").insert({"name": record["name"], "first_seen": utcnow(), **row})


@migrations()
def m007_hardening(db: sqlite_utils.Database) -> None:
    """Issue 14: the stage an article failed at; the crawl's process id (a run is `killed`
    only when its process is gone); articles whose text was cut for the tagger; per-source
    counts of off-domain links dropped, articles over the nightly cap and failed articles;
    deliveries that will be retried are `retry`, `failed` is final."""
    db.table("fetch_errors").add_column("stage", str)
    db.execute("update fetch_errors set stage = 'fetch' where stage is null")
    db.table("crawl_runs").add_column("pid", int)
    db.table("crawl_runs").add_column("failed_articles", int)
    db.table("articles").add_column("text_truncated", int)
    for column in ("offsite", "capped", "failed"):
        db.table("source_runs").add_column(column, int)
    db.execute("update deliveries set status = 'retry' where status = 'failed'")


class CrawlLocked(RuntimeError):
    """Another crawl holds the database's lock (or its lock file cannot be opened)."""


@contextlib.contextmanager
def crawl_lock(db_path: str | Path) -> Generator[None, None, None]:
    """One crawl at a time per database: an exclusive flock on `<db>.lock` beside it.

    The operating system drops the lock when the holding process dies (SIGKILL, crash,
    power loss), so a killed crawl never blocks the next night; and while a crawl holds
    it, no other may start. The file keeps the holder's pid, for the message."""
    import fcntl
    import os

    lock_path = Path(
        f"{Path(db_path).resolve()}.lock"
    )  # one lock whatever name (or symlink) the database is reached by
    try:
        fd = os.open(
            lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644
        )  # a planted symlink is not followed
    except OSError as exc:
        raise CrawlLocked(f"cannot open the crawl lock {lock_path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise CrawlLocked(
                f"another crawl (pid {holder}) is running on {db_path}; not starting a second"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def process_alive(pid: int | None) -> bool:
    """Whether a process with this id exists (on this machine)."""
    import os

    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


@migrations()
def m009_delivery_events(db: sqlite_utils.Database) -> None:
    """A provisional alert is delivered again when Ofsted's report confirms it (or when it
    never comes): one delivery per alert, channel and event (raised, confirmed, unconfirmed)."""
    db.table("deliveries").add_column("event", str, not_null_default="raised")
    for index in db.table("deliveries").indexes:
        if index.unique and index.columns == ["alert_id", "channel"]:
            db.execute(f"drop index [{index.name}]")
    db.table("deliveries").create_index(["alert_id", "channel", "event"], unique=True)
    db.table("alerts").add_column(
        "raised_status", str
    )  # the status the alert was first delivered with
    db.execute("update alerts set raised_status = status")
