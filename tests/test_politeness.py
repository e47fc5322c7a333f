"""Politeness: robots.txt, AutoThrottle, two requests per site, a User-Agent with a contact
URL from configuration, retries with back-off, size and time limits (issue 4, point 5)."""

import importlib
import os

from scrapy import Request

from crawler.middlewares import RetryBackoffMiddleware


def test_polite_defaults():
    import crawler.settings as s

    assert s.ROBOTSTXT_OBEY is True
    assert s.AUTOTHROTTLE_ENABLED is True
    assert s.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert 0 < s.DOWNLOAD_TIMEOUT <= 60
    assert 0 < s.DOWNLOAD_MAXSIZE <= 16 * 1024 * 1024
    assert s.RETRY_ENABLED and s.RETRY_TIMES >= 1
    assert "crawler.middlewares.RetryBackoffMiddleware" in s.DOWNLOADER_MIDDLEWARES


def test_the_user_agent_carries_the_configured_contact_url(monkeypatch):
    import crawler.settings

    monkeypatch.setenv("SECTORWATCH_CONTACT_URL", "https://example.org/about-our-crawler")
    try:
        reloaded = importlib.reload(crawler.settings)
        from crawler.config import VERSION  # the version pyproject.toml declares, once

        assert (
            reloaded.USER_AGENT == f"sectorwatch/{VERSION} (+https://example.org/about-our-crawler)"
        )
    finally:
        monkeypatch.delenv("SECTORWATCH_CONTACT_URL")
        importlib.reload(crawler.settings)
    assert "SECTORWATCH_CONTACT_URL" not in os.environ


def test_retries_back_off_exponentially_and_honour_retry_after():
    mw = RetryBackoffMiddleware(base=2.0, cap=60.0)
    assert mw.delay_for(Request("https://a.example/")) == 0
    assert [
        mw.delay_for(Request("https://a.example/", meta={"retry_times": n})) for n in (1, 2, 3)
    ] == [2.0, 4.0, 8.0]
    assert (
        mw.delay_for(Request("https://a.example/", meta={"retry_times": 1, "retry_after": 30}))
        == 30
    )
    assert (
        mw.delay_for(Request("https://a.example/", meta={"retry_times": 1, "retry_after": 3600}))
        == 60
    )
