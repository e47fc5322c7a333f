"""Extraction on each outlet's saved page: no boilerplate in, no sentence of the article out."""

import gzip
import json
import re
import subprocess
import sys

import pytest

from pipelines.extract import extract_article
from tests.helpers import ROOT, invoke

SITE = ROOT / "crawler" / "replay_site"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture(scope="module")
def extracted(seed_expectations):
    return {
        seed: extract_article(
            (SITE / e["url_path"].strip("/") / "index.html").read_text(encoding="utf-8")
        )
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
    result = invoke("analyse", "--no-tag", "--jsonl", str(page), str(packed))
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["text"] == rows[1]["text"]
    for row in rows:
        assert {"path", "title", "published", "text", "url", "author", "sitename"} <= set(row)
        assert not {"authorities", "people", "judgements", "alert"} & set(row)


# -- decoding, structure, languages (issue 12) ------------------------------------------------
# The pages below are written for these tests (no real article's text).

PROSE = (
    "The council said that inspectors had found serious weaknesses in the way children at risk were helped, "
    "and that it would publish an improvement plan. Leaders told staff that the work would start at once."
)


def page(body: str, head: str = '<meta charset="utf-8">', lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>A test page</title></head><body><main><article>'
        f"<h1>A test page</h1>{body}</article></main></body></html>"
    )


def paragraphs(n: int, text: str = PROSE) -> str:
    return "".join(f"<p>{text} ({i})</p>" for i in range(n))


def test_pages_are_decoded_by_declared_then_detected_encoding():
    from pipelines.process import decode_page

    text = "Café owners in Saint-Étienne said the “new rules” were — at last — clear. " * 20
    assert decode_page(
        page(f"<p>{text}</p>", '<meta charset="windows-1252">').encode("cp1252")
    ) == page(f"<p>{text}</p>", '<meta charset="windows-1252">')
    undeclared = page(f"<p>{text}</p>", "")
    assert (
        decode_page(undeclared.encode("cp1252")) == undeclared
    )  # no declaration, not UTF-8: detected
    assert decode_page(undeclared.encode("utf-8"), "text/html; charset=utf-8") == undeclared
    # A header claiming UTF-8 over Windows-1252 bytes: the bytes win.
    assert decode_page(undeclared.encode("cp1252"), "text/html; charset=utf-8") == undeclared
    chinese = page(
        "<p>" + "儿童服务机构的检查报告说，地方议会必须改进对儿童的保护工作。" * 10 + "</p>",
        '<meta charset="gb2312">',
    )
    assert decode_page(chinese.encode("gbk")) == chinese


def test_analyse_decodes_a_legacy_encoded_page(tmp_path):
    text = (
        "Les inspecteurs ont constaté que les enfants étaient bien suivis, déclare le conseil général. "
        * 5
    )
    path = tmp_path / "page.html"
    path.write_bytes(
        page(
            f"<p>{text}</p>",
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
            "fr",
        ).encode("latin-1")
    )
    result = invoke("analyse", "--no-tag", "--jsonl", str(path))
    assert result.exit_code == 0, result.stderr
    assert "étaient bien suivis, déclare le conseil général" in json.loads(result.stdout)["text"]


@pytest.mark.parametrize("heading", ["Related", "See also", "More on the inspection", "Read more"])
def test_a_subheading_that_reads_like_a_rail_does_not_cut_the_article(heading):
    article = extract_article(
        page(
            paragraphs(3)
            + f"<h2>{heading}</h2>"
            + paragraphs(3, PROSE.replace("council", "authority"))
        )
    )
    assert article is not None
    assert (
        "authority said that inspectors" in article["text"]
        and "(2)" in article["text"].split("authority said")[-1]
    )


def test_a_rail_of_headlines_is_cut():
    rail = (
        "<h2>Related</h2><ul>"
        + "".join(
            f"<li><a href='/n/{i}'>Council services judged in report {i}</a></li>" for i in range(5)
        )
        + "</ul>"
    )
    article = extract_article(page(paragraphs(4) + rail))
    assert "Council services judged" not in article["text"]
    assert article["text"].count("(") == 4


def test_news_written_a_sentence_to_a_paragraph_goes_on_after_a_rail_heading():
    from pipelines.boilerplate import clean_text

    sentences = [
        "The new director will start in the spring after the council approved the appointment.",
        "She previously led the children's services department of a neighbouring county council.",
        "The council said the appointment was part of its plan to improve its services for families.",
        "Inspectors are expected to return to the council within the next eighteen months.",
    ]
    text = "Council names new director\n\nRelated Stories\n\n" + "\n\n".join(sentences)
    assert all(sentence in clean_text(text) for sentence in sentences)
    teasers = "\n\n".join(
        f"Council services judged in report {i}\n\nA short teaser about the report and what it found."
        for i in range(3)
    )
    kept = clean_text("\n\n".join(sentences[:2]) + "\n\nRelated Stories\n\n" + teasers)
    assert "judged in report" not in kept and sentences[1] in kept


def test_a_comments_link_above_the_article_is_not_its_comment_thread():
    from pipelines.boilerplate import clean_text

    body = "The council apologised after inspectors found serious failings in its services for children."
    kept = clean_text(
        f"Council apologises\n\nBy A Reporter\nMonday 1 June 2026\nComments\n\n{body}"
    )
    assert body in kept and "Comments" not in kept
    thread = clean_text(f"Council apologises\n\n{body}\n\nComments\n\nA reader wrote this reply.")
    assert body in thread and "reader" not in thread


def test_a_japanese_page_is_not_empty():
    text = "児童相談所の体制について、市は来年度から職員を増やす方針を明らかにした。担当者は、支援が必要な家庭に早く届くようにしたいと話した。"
    article = extract_article(page(f"<p>{text}</p><p>{text}</p>", lang="ja"))
    assert article is not None and text in article["text"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Pour lire la suite de cet article, abonnez-vous.",
        "Il vous reste 72 % de cet article à lire.",
        "Lesen Sie jetzt weiter mit unserem Digitalabo.",
        "Para seguir leyendo, suscríbete.",
        "Per continuare a leggere abbonati.",
        "Register now to continue reading",
    ],
)
def test_paywall_prompts_in_other_languages_end_the_article(prompt):
    from pipelines.boilerplate import clean_text

    offer = "Offer: the first month for one euro, then the full price, cancel at any time by writing to us."
    assert (
        clean_text(
            f"First paragraph of the story.\nSecond paragraph of the story.\n{prompt}\n{offer}"
        )
        == "First paragraph of the story.\nSecond paragraph of the story."
    )


def test_word_count_for_any_script():
    from pipelines.boilerplate import word_count

    assert word_count("Ofsted rated the council inadequate.") == 5
    assert word_count("市は職員を増やす") == 4
    assert word_count("") == 0


# -- the benchmark (read from ../shared) ---------------------------------------------------------


def test_the_benchmark_is_read_from_shared_and_not_kept_here():
    from tests.extraction_score import BENCHMARK, load, shared_or_skip

    assert not (ROOT / "tests" / "files" / "article-extraction").exists()
    shared_or_skip(BENCHMARK)
    pages, truth = load()
    assert len(pages) == len(truth) == 181


def test_analyse_no_tag_imports_no_spacy_scrapy_or_datasette(seed_expectations):
    page = SITE / seed_expectations["004"]["url_path"].strip("/") / "index.html"
    code = (
        "import sys\nfrom crawler.cli import cli\n"
        f"cli(['analyse', '--no-tag', '--jsonl', {str(page)!r}], standalone_mode=False)\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'scrapy', 'datasette', 'twisted', 'sqlite_utils', 'thinc'})\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stderr
    assert json.loads(result.stdout)["text"]


def test_the_cli_default_database_is_the_one_crawler_db_uses():
    from crawler import cli, db

    assert cli.DEFAULT_DB == db.DEFAULT_DB
