"""Helpers the tests share (fixtures live in conftest.py): paths, the real `sectorwatch`
command in its own process, a free local port, `sectorwatch serve` for a block."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = Path(__file__).resolve().parent / "files"
SEEDS = FILES / "seeds"
REPLAY_SOURCES = ROOT / "crawler" / "replay_site" / "sources.toml"
FAST = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "AUTOTHROTTLE_MAX_DELAY=0.5"]


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 180
) -> subprocess.CompletedProcess:
    """Run the real `sectorwatch` command in its own process (Scrapy's reactor runs once per process)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
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
