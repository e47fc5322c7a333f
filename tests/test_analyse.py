"""`sectorwatch analyse`: local files in, one JSON object per file out, stable keys."""

import json

from tests.helpers import SEEDS, invoke

KEYS = {"path", "title", "published", "text", "authorities", "people", "judgements", "alert"}
JUDGEMENT_KEYS = {
    "authority",
    "code",
    "grade",
    "subject",
    "inspection_type",
    "current",
    "year",
    "evidence",
}


def test_only_seed_004_alerts():
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    result = invoke("analyse", "--jsonl", *map(str, seeds))
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"].rsplit("/", 1)[-1][:3] for r in rows] == ["000", "001", "002", "003", "004"]
    assert {r["path"].rsplit("/", 1)[-1][:3]: r["alert"] for r in rows} == {
        "000": False,
        "001": False,
        "002": False,
        "003": False,
        "004": True,
    }
    for row in rows:
        assert KEYS <= set(row)
        assert {"code": "E08000003", "name": "Manchester City Council"} in row["authorities"]
        for judgement in row["judgements"]:
            assert JUDGEMENT_KEYS <= set(judgement)
        for person in row["people"]:
            assert {"name", "role", "authority"} <= set(person)


def test_html_pages_are_extracted_then_tagged(seed_expectations):
    from tests.helpers import ROOT

    page = (
        ROOT
        / "crawler"
        / "replay_site"
        / seed_expectations["004"]["url_path"].strip("/")
        / "index.html"
    )
    result = invoke("analyse", str(page))
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["alert"] is True
    assert row["published"] == seed_expectations["004"]["published"]
    assert "One Response to" not in row["text"]


def test_a_missing_model_is_a_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ofsted rated Kent County Council inadequate.", encoding="utf-8")
    result = invoke("analyse", "--model", "no_such_model", str(article))
    assert result.exit_code != 0
    assert "spaCy model 'no_such_model' is not installed" in result.stderr
    assert "Traceback" not in result.stderr


def test_published_dates_a_text_file(tmp_path):
    """--published is the reference date: the same words are news in 2020, history in 2024."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Kent children's services rated inadequate\n\nOfsted rated Kent County Council's children's services "
        "inadequate in March 2020.\n",
        encoding="utf-8",
    )
    alerts = {}
    for date in ("2020-03-20", "2024-06-01"):
        result = invoke("analyse", "--jsonl", "--no-record", "--published", date, str(article))
        assert result.exit_code == 0, result.stderr
        row = json.loads(result.stdout)
        assert row["published"] == date
        alerts[date] = row["alert"]
    assert alerts == {"2020-03-20": True, "2024-06-01": False}
    # Weighed against Ofsted's record, which has no such report of Kent's (good in 2017 and
    # outstanding in 2022): nothing to alert on.
    weighed = json.loads(
        invoke("analyse", "--jsonl", "--published", "2020-03-20", str(article)).stdout
    )
    assert weighed["alert"] is False and weighed["judgements"][0]["record"]["verdict"] == "absent"
    bad = invoke("analyse", "--published", "March 2020", str(article))
    assert bad.exit_code != 0 and "Traceback" not in bad.stderr


def test_a_text_files_header_gives_its_headline_date_and_url(tmp_path):
    """A text file that opens with "Field: value" lines (the labelled corpus's layout) is read
    as its header, not as prose: the title is the headline, the date the reference date."""
    article = tmp_path / "a.txt"
    body = "Ofsted rated Kent County Council's children's services inadequate in March 2020.\n"
    article.write_text(
        "URL: https://news.example/kent\nTITLE: Kent children's services rated inadequate\n"
        f"PUBLISHED: 2020-03-20\nOUTLET: Example News\n\n{body}",
        encoding="utf-8",
    )
    row = json.loads(invoke("analyse", "--jsonl", "--no-record", str(article)).stdout)
    assert (row["title"], row["published"]) == (
        "Kent children's services rated inadequate",
        "2020-03-20",
    )
    assert (row["url"], row["sitename"]) == ("https://news.example/kent", "Example News")
    assert "URL:" not in row["text"] and row["text"].startswith("Kent children's services")
    assert row["alert"] is True  # news on its own date
    # The header's date is the page's own: it wins over --published, as a page's metadata does.
    later = invoke("analyse", "--jsonl", "--no-record", "--published", "2024-06-01", str(article))
    assert json.loads(later.stdout)["published"] == "2020-03-20"
