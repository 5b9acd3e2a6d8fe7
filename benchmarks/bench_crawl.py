"""Crawl speed and memory: govweb against Scrapy 2.x on a large static site served by Debian nginx.

Both crawlers run in their own subprocess with the same limits (robots on, concurrency 16, delay 0, same page
cap and depth limit); prints pages/s, the ratio (target ≥ 3×), peak RSS of both (govweb's must be no higher)
and the peak RSS of a 100,000-page govweb crawl (target < 300 MB). The machine may be shared: pages per CPU-second
(user + system time of the crawler's processes) is printed next to wall-clock pages/s as a load-independent view.

    python benchmarks/bench_crawl.py [--pages 20000] [--big-pages 100000] [--skip-big] [--skip-scrapy]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

from govweb.samplesites import build_large_site, nginx_server

PYTHON = sys.executable
CONCURRENCY = 16
DEPTH = 20

SCRAPY_SPIDER = textwrap.dedent('''
    import sys, time
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor
    from scrapy.spiders import CrawlSpider, Rule

    url, host, pages, depth = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])  # host: netloc with port
    counter = {"n": 0}

    class Site(CrawlSpider):
        name = "site"
        # no allowed_domains: Scrapy's offsite filter rejects host:port; the link extractor keeps links on the site
        start_urls = [url]
        rules = (Rule(LinkExtractor(allow_domains=[host]), callback="parse_item", follow=True),)

        def parse_item(self, response):
            counter["n"] += 1
            yield {"url": response.url, "title": response.css("title::text").get()}

    process = CrawlerProcess(settings={
        "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": %(c)d, "CONCURRENT_REQUESTS_PER_DOMAIN": %(c)d,
        "DOWNLOAD_DELAY": 0, "CLOSESPIDER_PAGECOUNT": pages, "DEPTH_LIMIT": depth, "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False, "AUTOTHROTTLE_ENABLED": False,
    })
    process.crawl(Site)
    start = time.monotonic()
    process.start()
    print(counter["n"], time.monotonic() - start)
''') % {"c": CONCURRENCY}

GOVWEB_CRAWL = textwrap.dedent('''
    import json, sys, time
    from govweb.collect import CrawlSettings, crawl
    url, out, pages, depth = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    settings = CrawlSettings(max_pages=pages, max_depth=depth, concurrency=%(c)d, concurrency_per_host=%(c)d,
                             delay=0, max_urls_per_pattern=10**9)
    start = time.monotonic()
    result = crawl(url, out, settings, restart=True)
    elapsed = time.monotonic() - start
    print(result.stats["by_kind"].get("page", 0), elapsed)
''') % {"c": CONCURRENCY}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- running ----------------------------------------------------------------------------------------------
@dataclass
class Run:
    pages: int
    seconds: float  # wall time of the crawl itself (reported by the crawler process)
    cpu: float  # user + system CPU seconds of the process and its children (load-independent)
    rss_mb: float  # peak RSS of the process tree (sum over processes, sampled)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.pages / self.cpu


def run_measured(args: list[str]) -> Run:
    """Run a crawler subprocess that prints `pages seconds`; measure CPU time and the peak RSS of its tree."""
    import psutil

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errs:
        proc = subprocess.Popen(args, stdout=out, stderr=errs, text=True)
        root = psutil.Process(proc.pid)
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            with contextlib.suppress(psutil.Error):
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        errs.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{args[:3]} failed ({proc.returncode}):\n{errs.read()[-3000:]}")
        count, elapsed = out.read().split()[-2:]
        return Run(int(count), float(elapsed), usage.ru_utime + usage.ru_stime, peak / 2**20)


def crawl_govweb(url: str, out: Path, pages: int) -> Run:
    return run_measured([PYTHON, "-c", GOVWEB_CRAWL, url, str(out), str(pages), str(DEPTH)])


def crawl_scrapy(url: str, netloc: str, pages: int, workdir: Path) -> Run:
    script = workdir / "scrapy_spider.py"
    script.write_text(SCRAPY_SPIDER)
    return run_measured([PYTHON, str(script), url, netloc, str(pages), str(DEPTH)])


def describe(name: str, run: Run) -> str:
    return (f"{name}: {run.pages} pages in {run.seconds:.1f} s = {run.rate:.0f} pages/s; "
            f"{run.cpu:.1f} CPU-s = {run.cpu_rate:.0f} pages per CPU-s; peak RSS {run.rss_mb:.0f} MB")


def ensure_site(work: Path, pages: int) -> Path:
    """The large sample site of `pages` pages in the work folder, built once and reused by later runs."""
    site = work / f"site-{pages}"
    if not (site / "index.html").exists():
        t = time.monotonic()
        build_large_site(site, pages, seed=0)
        print(f"built {pages} pages in {time.monotonic() - t:.1f} s")
    return site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--big-pages", type=int, default=100_000)
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--skip-scrapy", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    opts = parser.parse_args()
    work = opts.workdir or Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"site: govweb.samplesites.build_large_site served by nginx; work folder {work}")
    try:
        site = ensure_site(work, opts.pages)
        port = _free_port()
        url = f"http://127.0.0.1:{port}/"
        with nginx_server(site, port):
            g = crawl_govweb(url, work / "govweb-out", opts.pages)
            print(describe("govweb", g))
            snapshot = json.loads((work / "govweb-out" / "crawl.json").read_text(encoding="utf-8"))
            warc_mb = (work / "govweb-out" / "crawl.warc.gz").stat().st_size / 2**20
            print(f"        crawl.json complete={snapshot['complete']}, WARC {warc_mb:.0f} MB")
            if not opts.skip_scrapy:
                sc = crawl_scrapy(url, f"127.0.0.1:{port}", opts.pages, work)
                print(describe("scrapy", sc))
                if sc.pages:
                    print(f"ratio govweb/scrapy: pages/s {g.rate / sc.rate:.2f}x, pages per CPU-s "
                          f"{g.cpu_rate / sc.cpu_rate:.2f}x (target >= 3x); peak RSS {g.rss_mb / sc.rss_mb:.2f} "
                          "(target <= 1)")
        if not opts.skip_big:
            big = ensure_site(work, opts.big_pages)
            port = _free_port()
            with nginx_server(big, port):
                b = crawl_govweb(f"http://127.0.0.1:{port}/", work / "govweb-big", opts.big_pages)
            print(describe(f"govweb {opts.big_pages}-page crawl", b) + " (target < 300 MB)")
    finally:
        if opts.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
