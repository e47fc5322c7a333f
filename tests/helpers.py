"""Helpers the tests share (fixtures live in conftest.py): paths, the `sectorwatch` command
in this process or in its own, a free local port, `sectorwatch serve` for a block.

Which to use: `invoke` (in this process, real tracebacks, no start-up cost) for every command
but crawl, demo, serve and replay; `run_cli` (its own process) for those, which start Scrapy's
reactor or a server, and wherever the process itself is under test (exit of the installed
command, signals, a hang cut off by a timeout)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import click.testing

ROOT = Path(__file__).resolve().parent.parent
FILES = Path(__file__).resolve().parent / "files"
SEEDS = FILES / "seeds"
REPLAY_SOURCES = ROOT / "crawler" / "replay_site" / "sources.toml"
FAST = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "AUTOTHROTTLE_MAX_DELAY=0.5"]


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 180
) -> subprocess.CompletedProcess:
    """Run the real `sectorwatch` command in its own process (Scrapy's reactor runs once per
    process): crawl, demo, serve, replay, and wherever the process is what is tested."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# Scrapy's reactor runs once per process and cannot be restarted; serve and replay run until
# stopped. In the test process these would outlive the test, so they run through run_cli.
OWN_PROCESS = frozenset({"crawl", "demo", "serve", "replay"})


def invoke(
    *args: str,
    env: Mapping[str, str | None] | None = None,
    input: str | None = None,
    cwd: Path | None = None,
) -> click.testing.Result:
    """Run `sectorwatch ARGS` in this process with click's CliRunner: `result.exit_code`,
    `result.stdout` and `result.stderr` apart (`result.output` has both). An exception the
    command does not handle is raised here, with its traceback, instead of becoming exit 1.
    `env` is set for the call only (None unsets a variable); `cwd` likewise."""
    from crawler.cli import cli

    if args and args[0] in OWN_PROCESS and "--help" not in args:  # --help runs no command
        raise ValueError(f"`sectorwatch {args[0]}` runs in its own process: use run_cli")
    with contextlib.chdir(cwd) if cwd else contextlib.nullcontext():
        return click.testing.CliRunner().invoke(
            cli, list(args), input=input, env=env, catch_exceptions=False, prog_name="sectorwatch"
        )


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db_path: Path):
    """`sectorwatch serve` on a free port, for as long as the block runs; yields the base URL."""
    import time
    import urllib.request

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler", "serve", "--db", str(db_path), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def write_sources(
    path: Path, origin: str, n: int, kinds: tuple[str, ...] = ("feeds", "sitemaps")
) -> Path:
    """A sources file for the replay's generated n-article site (crawler/replay/synthetic.py)."""
    lines = ["[[source]]", 'name = "bigsite"', 'allowed_domains = ["127.0.0.1", "bigsite.example"]']
    if "feeds" in kinds:
        lines.append(f'feeds = ["{origin}/bigsite/{n}/feed/"]')
    if "sitemaps" in kinds:
        lines.append(f'sitemaps = ["{origin}/bigsite/{n}/sitemap.xml"]')
    if "start_urls" in kinds:
        lines.append(f'start_urls = ["{origin}/bigsite/{n}/"]')
        lines.append("article_patterns = ['/article/\\d+/$']")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
