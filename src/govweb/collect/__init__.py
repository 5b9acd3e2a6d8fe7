"""govweb.collect: the crawler (WARC evidence + crawl.json), probes, active measurements, the browser lane.

    from govweb.collect import crawl, CrawlSettings
    result = crawl("https://www.example.gov.cn/", "snap/", CrawlSettings(max_pages=500))
"""

from __future__ import annotations

from govweb.collect.api import crawl, crawl_async
from govweb.collect.crawler import CrawlResult, Progress
from govweb.collect.settings import CrawlSettings

__all__ = ["CrawlResult", "CrawlSettings", "Progress", "crawl", "crawl_async"]
