"""Shared fixtures: the real local replay server, real SQLite files, the tagger, the CLI."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.replay import PLACEHOLDER_ORIGIN, ReplayServer

# The crawler refuses loopback and private addresses unless allowed: the tests' servers are
# on 127.0.0.1 (and nothing else may be contacted). A test of the refusal clears it.
os.environ.setdefault("SECTORWATCH_ALLOW_NETWORKS", "127.0.0.1/32")

ROOT = Path(__file__).resolve().parent.parent
FILES = Path(__file__).resolve().parent / "files"
SEEDS = FILES / "seeds"
REPLAY_SOURCES = ROOT / "crawler" / "replay_site" / "sources.toml"
FAST = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "AUTOTHROTTLE_MAX_DELAY=0.5"]


@pytest.fixture(scope="session")
def seed_expectations() -> dict:
    return json.loads((SEEDS / "expectations.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def replay_server():
    from tests import faults

    with ReplayServer(port=0, routes={"/faults/": faults.reply}) as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sectorwatch.db"


@pytest.fixture
def replay_sources(tmp_path: Path, replay_server: ReplayServer) -> Path:
    """The demo's sources file, pointed at this test session's replay server."""
    path = tmp_path / "sources.toml"
    path.write_text(REPLAY_SOURCES.read_text(encoding="utf-8").replace(PLACEHOLDER_ORIGIN, replay_server.origin), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run the real `sectorwatch` command in its own process (Scrapy's reactor runs once per process)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture(scope="session")
def nlp():
    from nlp.pipeline import get_nlp

    return get_nlp()


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
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "serve", "--db", str(db_path), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
