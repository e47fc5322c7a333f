"""Scrapy settings: polite defaults for a nightly crawl of news sites.

Environment variables override the parts an operator changes per installation:
SECTORWATCH_DB, SECTORWATCH_SOURCES, SECTORWATCH_MODEL, SECTORWATCH_CONTACT_URL,
SECTORWATCH_ALLOW_NETWORKS. Every other setting here can be changed per run with
`sectorwatch crawl --set KEY=VALUE`.
"""

import os

from crawler.config import DEFAULT_DB, DEFAULT_MODEL, DEFAULT_SOURCES, VERSION

BOT_NAME = "sectorwatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Who we are, and how a site owner reaches us.
SECTORWATCH_CONTACT_URL = os.environ.get(
    "SECTORWATCH_CONTACT_URL", "https://github.com/sectorwatch/sectorwatch"
)
USER_AGENT = f"sectorwatch/{VERSION} (+{SECTORWATCH_CONTACT_URL})"

# Politeness: obey robots.txt, at most two requests at a time per site, adapt to latency.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Failures: retry transient ones a few times, never wait forever, never swallow a huge page.
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
DOWNLOADER_MIDDLEWARES = {
    # Every request and redirect held to its source's domains and to public addresses
    # (Scrapy's own offsite check lets dont_filter requests, and their redirects, anywhere).
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.SourceDomainsMiddleware": 50,
    "crawler.middlewares.RetryBackoffMiddleware": 560,
}
RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry; doubles each time
RETRY_BACKOFF_MAX = 60.0  # and never more than this, whatever Retry-After says

# Incremental nights: feeds, sitemaps and listing pages go through Scrapy's HTTP cache with
# its RFC 2616 policy, so each is revalidated with If-None-Match / If-Modified-Since and an
# unchanged one costs a 304. Articles are never cached here (the database has them).
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_STORAGE = "crawler.httpcache.SQLiteCacheStorage"

# Where the crawl may connect: globally routable addresses only. Names resolving to private,
# loopback, link-local (cloud metadata) or other internal addresses are refused by the
# resolver before connecting. Allow networks (comma-separated CIDRs) only for a local
# replay or tests, e.g. SECTORWATCH_ALLOW_NETWORKS=127.0.0.1/32.
SECTORWATCH_ALLOW_NETWORKS = os.environ.get("SECTORWATCH_ALLOW_NETWORKS", "")
TWISTED_DNS_RESOLVER = "crawler.middlewares.SafeResolver"

# Limits per night, so one hostile or broken source cannot hold the run: entries read per
# feed or sitemap, article requests per source, and a deadline for the whole run (seconds;
# Scrapy's CloseSpider extension stops the run, which is then recorded as failed).
SECTORWATCH_MAX_FEED_ITEMS = 2000
SECTORWATCH_MAX_ARTICLES_PER_SOURCE = 1000
CLOSESPIDER_TIMEOUT = 4 * 3600

# A failure of an article after its fetch (parse, extract, tag, store) is a fetch_errors
# row with its stage, and fails the run; log lines show an item's URL, never its page.
LOG_FORMATTER = "crawler.failures.BriefLogFormatter"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Extensions a nightly job does not use; each costs start-up time on every run.
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.feedexport.FeedExporter": None,
    "scrapy.extensions.memdebug.MemoryDebugger": None,
    "scrapy.extensions.spiderstate.SpiderState": None,
    "crawler.runs.RunRecorder": 5,  # the crawl run: lock, crawl_runs, source_runs, alerts (before the rest)
    "crawler.failures.FailureRecorder": 10,
}
LOG_LEVEL = os.environ.get("SECTORWATCH_LOG_LEVEL", "INFO")

# Extraction and tagging run in worker processes (one per core, each loading the model once);
# the store writes each article in one transaction, on the reactor's thread.
ITEM_PIPELINES = {
    "pipelines.parallel.ProcessPipeline": 300,
    "pipelines.reports.ReportPipeline": 350,  # Ofsted's reports (the ofsted spider)
    "pipelines.store.StorePipeline": 400,
}
# default: one per available core; 0: no worker processes (the pages processed in the crawl's own)
SECTORWATCH_WORKERS = os.environ.get("SECTORWATCH_WORKERS")

SECTORWATCH_DB = os.environ.get("SECTORWATCH_DB", DEFAULT_DB)
SECTORWATCH_SOURCES = os.environ.get("SECTORWATCH_SOURCES", DEFAULT_SOURCES)
SECTORWATCH_MODEL = os.environ.get("SECTORWATCH_MODEL", DEFAULT_MODEL)
