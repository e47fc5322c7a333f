"""pipelines/textfile.py: a text article's header taken apart, and no header invented."""

import pytest

from pipelines.textfile import iso_date, read_text_article, split_header


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2015-05-18", "2015-05-18"),
        ("2015-05", "2015-05"),
        ("2015", "2015"),
        ("2015-05-18T10:00:00Z", "2015-05-18"),
        ("18 May 2015", "2015-05-18"),
        ("18th May 2015", "2015-05-18"),
        ("May 18, 2015", "2015-05-18"),
        ("Mon, 18 May 2015 09:30:00 +0100", "2015-05-18"),
        ("", None),
        ("soon", None),
    ],
)
def test_header_dates(value, iso):
    assert iso_date(value) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted: Kent children's services inadequate\n\nThe council said ...",
        "Source: council confirms Ofsted visit\n\nThe council said ...",
        "TITLE: a title alone\n\nThe council said ...",
        "URL: not a link\nNote: x\n\nThe council said ...",
        "Kent rated inadequate\nOfsted: the council must improve\n\nmore",
    ],
)
def test_a_headline_with_a_colon_is_no_header(text):
    assert split_header(text) == ({}, text)


def test_header_fields_and_the_headline_first():
    article = read_text_article(
        "\ufeffURL: https://news.example/a\r\nTITLE: Kent rated inadequate\r\nPUBLISHED:\r\n"
        "OUTLET: Example\r\n\r\nOfsted rated Kent County Council inadequate.\r\n"
    )
    assert (article.title, article.published, article.url, article.outlet) == (
        "Kent rated inadequate",
        None,
        "https://news.example/a",
        "Example",
    )
    assert article.text.startswith("Kent rated inadequate\n\nOfsted rated Kent")
    # a body that already starts with its headline does not get it twice
    again = read_text_article(
        "TITLE: Kent rated inadequate\nDate: 2024-01-02\n\nKent rated inadequate\n\nText."
    )
    assert again.text.count("Kent rated inadequate") == 1 and again.published == "2024-01-02"


def test_a_text_without_header_keeps_its_first_line_as_headline():
    article = read_text_article(
        "Kent rated inadequate\n\nOfsted rated Kent County Council inadequate."
    )
    assert article.title == "Kent rated inadequate" and article.published is None
    assert article.text.startswith("Kent rated inadequate")
