"""The crawl's processing stage in worker processes (pipelines/parallel.py, pipelines/process.py)."""

import os
import signal
import subprocess
import sys
import time
import uuid

from pipelines.process import Page, Processor
from tests.helpers import FAST, ROOT, write_sources


def marked(marker: str) -> list[int]:
    """Processes whose environment carries `marker` (the crawl, its fork server, workers)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as fh:
                    if marker.encode() in fh.read():
                        found.append(int(entry))
            except OSError:
                continue
    return found


def test_a_crawl_killed_with_kill_9_leaves_no_worker_behind(replay_server, tmp_path):
    sources = write_sources(tmp_path / "s.toml", replay_server.origin, 300)
    marker = f"SECTORWATCH_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), marker.split("=")[0]: marker.split("=")[1]}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "crawl",
            "--sources",
            str(sources),
            "--db",
            str(tmp_path / "k.db"),
            *FAST,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while (
        len(marked(marker)) < 3 and time.monotonic() < deadline
    ):  # the crawl, the fork server, a worker
        time.sleep(0.2)
    assert len(marked(marker)) >= 3, "the workers never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert marked(marker) == []


def test_a_page_that_breaks_the_extractor_is_reported_and_the_others_go_on(monkeypatch):
    import pipelines.process as process

    real = process.extract_page

    def extract_page(body, url=None, hint=None, content_type=None):
        if url == "http://x/broken":
            raise ValueError("a parser bug")
        return real(body, url, hint, content_type)

    monkeypatch.setattr(process, "extract_page", extract_page)
    good = (
        "<html><body><article>"
        + "<p>The council said the inspectors had found a service that was improving for children.</p>"
        * 3
        + "</article></body></html>"
    )
    results = Processor(tag=False).process(
        [Page("http://x/broken", good), Page("http://x/good", good)]
    )
    assert results[0].article is None and "a parser bug" in results[0].error
    assert results[1].article is not None and results[1].error is None
