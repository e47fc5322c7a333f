"""Tagging: article text -> councils, people with roles, judgements, alert decision (spaCy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crawler.items import ArticleItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from spacy.language import Language


class TagPipeline:
    """Fills `item.tags` in the crawl's own process (see pipelines/parallel.py). The model is loaded once per process, at the first article: a
    night with nothing new (most nights, for most sources) never pays for loading it."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.nlp: Language | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TagPipeline:
        return cls(crawler.settings.get("SECTORWATCH_MODEL"))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        from nlp.pipeline import get_nlp, tag_text  # spaCy is imported only when needed
        from pipelines.process import article_text

        if self.nlp is None:
            self.nlp = get_nlp(self.model)
        article = item.article or {}
        item.tags = tag_text(self.nlp, article_text(article), published=article.get("published"))
        return item
