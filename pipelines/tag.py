"""Tagging: article text -> councils, people with roles, judgements, alert decision (spaCy)."""

from __future__ import annotations

from scrapy.crawler import Crawler
from spacy.language import Language

from crawler.items import ArticleItem
from nlp.pipeline import get_nlp, tag_text


class TagPipeline:
    """Fills `item.tags`. The model is loaded once per process, when the spider opens."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.nlp: Language | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "TagPipeline":
        return cls(crawler.settings.get("SECTORWATCH_MODEL"))

    def open_spider(self) -> None:
        self.nlp = get_nlp(self.model)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        article = item.article or {}
        text = "\n\n".join(part for part in (article.get("title"), article.get("text")) if part)
        item.tags = tag_text(self.nlp or get_nlp(self.model), text, published=article.get("published"))
        return item
