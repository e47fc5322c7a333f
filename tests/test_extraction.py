"""Extraction on each outlet's saved page: no boilerplate in, no sentence of the article out."""

import gzip
import json
import re

import pytest

from pipelines.extract import extract_article
from tests.conftest import ROOT, run_cli

SITE = ROOT / "crawler" / "replay_site"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture(scope="module")
def extracted(seed_expectations):
    return {
        seed: extract_article((SITE / e["url_path"].strip("/") / "index.html").read_text(encoding="utf-8"))
        for seed, e in seed_expectations.items()
    }


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_no_boilerplate_survives(extracted, seed_expectations, seed):
    text = extracted[seed]["text"]
    assert [junk for junk in seed_expectations[seed]["boilerplate"] if junk in text] == []
    assert [c for c in seed_expectations[seed]["comments"] if c[:60] in text] == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_no_sentence_of_the_article_is_lost(extracted, seed_expectations, seed):
    text = normal(extracted[seed]["text"])
    assert [s for s in seed_expectations[seed]["body_sentences"] if normal(s) not in text] == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_metadata(extracted, seed_expectations, seed):
    article, expected = extracted[seed], seed_expectations[seed]
    assert article["url"] == expected["canonical"]
    assert article["title"] == expected["title"]
    assert article["published"] == expected["published"]
    assert article["language"] == "en-GB"
    assert article["sitename"] and article["excerpt"]


def test_a_page_with_no_article_gives_none():
    assert extract_article("<html><body><nav>Home | News</nav></body></html>") is None


def test_analyse_no_tag_on_html_and_gzipped_html(tmp_path, seed_expectations):
    page = SITE / seed_expectations["004"]["url_path"].strip("/") / "index.html"
    packed = tmp_path / "004.html.gz"
    packed.write_bytes(gzip.compress(page.read_bytes()))
    result = run_cli("analyse", "--no-tag", "--jsonl", str(page), str(packed))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["text"] == rows[1]["text"]
    for row in rows:
        assert {"path", "title", "published", "text", "url", "author", "sitename"} <= set(row)
        assert not {"authorities", "people", "judgements", "alert"} & set(row)
