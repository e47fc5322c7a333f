"""The payloads that travel between the crawl's stages, as typed dicts: the feed's hint about
a page, the extracted article, the tags (nlp/tags.py), an alert.

Plain dicts at run time (they cross process boundaries and go into SQLite and JSON); the
TypedDicts say which keys there are.
"""

from __future__ import annotations

from typing import TypedDict

from nlp.tags import AuthorityRef, Judgement, Person, Tags

__all__ = [
    "JUDGEMENT_KEYS",
    "Alert",
    "Article",
    "AuthorityRef",
    "Hint",
    "Judgement",
    "Person",
    "Tags",
]

# An inspection report's judgements (pipelines/report_reader.py reads them, the `inspections`
# table stores them as columns): overall effectiveness, then the areas.
JUDGEMENT_KEYS = (
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "adoption",
    "lscb",
)


class Hint(TypedDict, total=False):
    """What a feed, sitemap or listing page said about a page before it was fetched."""

    title: str | None
    published: str | None  # ISO 8601
    updated: str | None
    author: str | None


class Article(TypedDict, total=False):
    """An extracted article (pipelines/extract.py, pipelines/process.py)."""

    url: str | None  # the canonical URL: the article's identity (None: a file without one)
    title: str | None
    author: str | None
    published: str | None  # ISO date
    updated: str | None
    source_modified: str | None  # the feed's or sitemap's date for it
    sitename: str | None
    language: str | None
    excerpt: str | None
    text: str
    content_hash: str


class Alert(TypedDict, total=False):
    """An alert as crawler/alerts/rule.py raises it (a row of `alerts`)."""

    id: int
    authority_code: str
    grade: str
    subject: str
    inspection_type: str | None
    inspection_key: str
    reported_on: str
    evidence: str
    first_article_id: int | None
    story_id: int | None
    run_id: int | None
    created_at: str
    status: str  # provisional, confirmed, unconfirmed
    raised_status: str
    status_changed_at: str
    inspection_id: int | None  # the Ofsted report it stands on
    official_record: str
    previous_grade: str | None
    previous_date: str | None
