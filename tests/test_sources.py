"""sources.toml: validated on load, errors name the source and the field."""

import pytest

from crawler.sources import SourcesError, parse_sources

GOOD = """
[[source]]
name = "community-care"
feeds = ["https://www.communitycare.co.uk/feed/"]
sitemaps = []
start_urls = []
allowed_domains = ["communitycare.co.uk"]
"""


def test_a_good_source_loads():
    (source,) = parse_sources(GOOD)
    assert source.name == "community-care"
    assert source.feeds == ("https://www.communitycare.co.uk/feed/",)
    assert source.allowed_domains == ("communitycare.co.uk",)


@pytest.mark.parametrize(
    "text, message",
    [
        ('[[source]]\nfeeds = ["https://a.example/feed"]', "missing field 'name'"),
        (
            '[[source]]\nname = "x"\nfeeds = ["https://a.example/feed"]\nfeed = []',
            "source 'x': unknown field 'feed'",
        ),
        (
            '[[source]]\nname = "x"\nfeeds = ["not a url"]',
            "source 'x': field 'feeds': 'not a url' is not an http(s) URL",
        ),
        ('[[source]]\nname = "x"', "source 'x': needs at least one of feeds, sitemaps, start_urls"),
        (
            '[[source]]\nname = "x"\nsitemaps = "https://a.example/s.xml"\nallowed_domains = ["https://a.example"]',
            "field 'allowed_domains'",
        ),
        ("[[source]\nname=", "not valid TOML"),
        ("", "no [[source]] tables"),
        (
            '[[source]]\nname = "x"\nfeeds = ["https://a.example/f"]\n[[source]]\nname = "x"\nfeeds = ["https://a.example/f"]',
            "defined twice",
        ),
        (
            '[[source]]\nname = "x"\nstart_urls = ["https://a.example/"]\narticle_patterns = ["("]',
            "bad pattern",
        ),
    ],
)
def test_bad_sources_are_clear_errors(text, message):
    with pytest.raises(SourcesError) as excinfo:
        parse_sources(text)
    assert message in str(excinfo.value)
