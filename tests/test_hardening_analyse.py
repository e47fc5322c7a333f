"""`sectorwatch analyse` on hostile files (issue 14, point 6): the crawl's size limit after
decompression, and the page's declared or detected character set."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from crawler.pagefile import PageTooLarge, read_limited, read_page
from tests.helpers import invoke

PAGE = """<!DOCTYPE html><html><head>{meta}<title>Kent’s “front door”: inspected</title></head><body><article>
<h1>Kent’s “front door”: inspected</h1>
<p>Inspectors found that Kent County Council’s front door had improved, and that waiting times for assessments had fallen.</p>
<p>{extra}</p>
<p>The council’s director of children’s services said staff had worked hard to bring caseloads down this year.</p>
</article></body></html>"""
JAPANESE = (
    "子ども家庭サービスは不十分と評価されました。検査官は訪問を長く待っていたことを発見しました。"
)
CHINESE = "儿童服务部门被评为不合格。检查人员发现，儿童等待社工探访的时间太长，领导层没有理解问题的严重性。"


def analyse(*paths):
    result = invoke("analyse", "--jsonl", "--no-tag", *map(str, paths))
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "encoding, meta, extra",
    [
        (
            "cp1252",
            "",
            "Café owners near County Hall said the report was long awaited.",
        ),  # no declaration at all
        ("shift_jis", '<meta charset="shift_jis">', JAPANESE),
        ("gbk", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', CHINESE),
    ],
)
def test_html_is_decoded_by_its_declared_or_detected_charset(tmp_path, encoding, meta, extra):
    path = tmp_path / f"page-{encoding}.html"
    path.write_bytes(PAGE.format(meta=meta, extra=extra).encode(encoding))
    (row,) = analyse(path)
    assert "Kent County Council’s front door" in row["text"]
    assert extra in row["text"] and "\ufffd" not in row["text"]


@pytest.mark.parametrize(
    "encoding, text",
    [("gbk", CHINESE), ("shift_jis", JAPANESE), ("cp1252", "Kent’s “front door” – café. ")],
)
def test_undeclared_text_files_are_detected(tmp_path, encoding, text):
    path = tmp_path / f"note-{encoding}.txt"
    path.write_bytes((text * 4).encode(encoding))
    assert read_page(path).startswith(text)


def test_an_oversized_page_is_refused_with_a_clear_message(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * (9 * 1024 * 1024) + b"</p>")
    ok = tmp_path / "ok.html"
    ok.write_text(PAGE.format(meta='<meta charset="utf-8">', extra=""), encoding="utf-8")
    rows = analyse(big, ok)  # the run goes on to the next file
    assert "over the page size limit of 8388608 bytes in size" in rows[0]["error"]
    assert "Kent County Council’s front door" in rows[1]["text"]


def test_a_gzip_bomb_is_stopped_at_the_limit_without_inflating(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        for _ in range(20):
            fh.write(b"\0" * (1024 * 1024))
    assert bomb.stat().st_size < 100_000
    started = time.monotonic()
    (row,) = analyse(bomb)
    assert "once decompressed" in row["error"]
    assert time.monotonic() - started < 30
    with pytest.raises(PageTooLarge):
        read_limited(bomb, max_bytes=1024)


def test_a_truncated_gzip_is_an_error_not_a_crash(tmp_path):
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(gzip.compress(PAGE.encode("utf-8"))[:40])
    (row,) = analyse(broken)
    assert "not a readable gzip file" in row["error"]
