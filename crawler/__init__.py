"""sectorwatch: the Scrapy project and the product's front door (CLI, settings, database)."""

__version__ = "0.1.0"
