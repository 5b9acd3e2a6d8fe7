"""The crawler's public entry point."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from govweb.collect.crawler import Crawler, CrawlResult, Progress
from govweb.collect.settings import CrawlSettings


def crawl(seed: str, out_dir: str | Path, settings: CrawlSettings | None = None, *, restart: bool = False,
          progress: Callable[[Progress], None] | None = None) -> CrawlResult:
    """Crawl `seed` into `out_dir` (crawl.warc.gz, crawl.json, resume journal); resumes an interrupted crawl.

    Raises BadInput for an invalid seed, or when `out_dir` holds a crawl made with other settings (unless
    `restart`, which clears it first)."""
    crawler = Crawler(seed, Path(out_dir), settings or CrawlSettings(), restart=restart, progress=progress)
    return asyncio.run(crawler.run())


async def crawl_async(seed: str, out_dir: str | Path, settings: CrawlSettings | None = None, *,
                      restart: bool = False, progress: Callable[[Progress], None] | None = None) -> CrawlResult:
    """`crawl` inside a running event loop."""
    return await Crawler(seed, Path(out_dir), settings or CrawlSettings(), restart=restart, progress=progress).run()
