"""Crawl speed and memory: govweb against Scrapy 2.x on a large static site served by Debian nginx.

Both crawlers run in their own subprocess with the same limits (robots on, concurrency 16, delay 0, same page
cap and depth limit); prints pages/s, the ratio (target ≥ 3×), peak RSS of both (govweb's must be no higher)
and the peak RSS of a 100,000-page govweb crawl (target < 300 MB).

    python benchmarks/bench_crawl.py [--pages 20000] [--big-pages 100000] [--skip-big] [--skip-scrapy]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

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


# -- the site ---------------------------------------------------------------------------------------------
_FILLER = "政府信息公开工作年度报告依法行政推进政务服务标准化规范化便利化优化营商环境深化放管服改革"


def _build_site_fallback(root: Path, pages: int, seed: int = 0) -> None:
    """A static site of `pages` pages (≥ 20 KB each, 20 columns, article links in a tree plus random links)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="utf-8")
    columns = [f"/col{c}/" for c in range(20)]
    filler = (_FILLER * 40)[:1200]

    def name(i: int) -> str:
        return "/index.html" if i == 0 else f"/col{i % 20}/art_{i}.html"

    for i in range(pages):
        links = [name(j) for j in (2 * i + 1, 2 * i + 2) if j < pages]
        links += [name(rng.randrange(pages)) for _ in range(30)]
        nav = "".join(f'<li><a href="{c}index.html">栏目{k}</a></li>' for k, c in enumerate(columns))
        items = "".join(f'<li><a href="{h}">关于推进政务公开工作的通知 {k}</a><span>2020-11-{k % 28 + 1:02d}</span></li>'
                        for k, h in enumerate(links))
        body = "".join(f"<p>{filler}</p>" for _ in range(6))
        text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>第{i}篇 政务公开</title></head><body>'
                f'<div class="nav"><ul>{nav}</ul></div><div class="list"><ul>{items}</ul></div>{body}</body></html>')
        path = root / name(i).lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for k, col in enumerate(columns):
        members = [name(i) for i in range(k, min(pages, k + 20 * 50), 20) if i]
        items = "".join(f'<li><a href="{h}">文章</a></li>' for h in members)
        (root / col.strip("/") / "index.html").parent.mkdir(parents=True, exist_ok=True)
        (root / col.strip("/") / "index.html").write_text(
            f'<html><head><meta charset="utf-8"><title>栏目{k}</title></head><body><ul>{items}</ul>'
            f'<p>{filler * 15}</p></body></html>', encoding="utf-8")


@contextlib.contextmanager
def _nginx_fallback(root: Path, port: int) -> Iterator[None]:
    prefix = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    conf = prefix / "nginx.conf"
    conf.write_text(textwrap.dedent(f"""
        daemon off; worker_processes 1; pid {prefix}/nginx.pid; error_log {prefix}/error.log;
        events {{ worker_connections 1024; }}
        http {{
          access_log off; client_body_temp_path {prefix}; proxy_temp_path {prefix}; fastcgi_temp_path {prefix};
          uwsgi_temp_path {prefix}; scgi_temp_path {prefix}; include /etc/nginx/mime.types;
          server {{ listen 127.0.0.1:{port}; root {root}; index index.html; }}
        }}
    """))
    proc = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(prefix)])
    try:
        _wait_port(port)
        yield
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(prefix, ignore_errors=True)


def _wait_port(port: int) -> None:
    for _ in range(100):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nginx did not start on port {port}")


def site_tools():  # type: ignore[no-untyped-def]
    try:
        from govweb.samplesites import build_large_site, nginx_server

        return build_large_site, nginx_server, "govweb.samplesites"
    except ImportError:
        return _build_site_fallback, _nginx_fallback, "fallback generator in this benchmark"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- running ----------------------------------------------------------------------------------------------
def run_measured(args: list[str]) -> tuple[str, float]:
    """Run a subprocess; return its stdout and the peak RSS in MB of it and its children together (sampled)."""
    import psutil

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errs:
        proc = subprocess.Popen(args, stdout=out, stderr=errs, text=True)
        root = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            with contextlib.suppress(psutil.Error):
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            time.sleep(0.05)
        out.seek(0)
        errs.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{args[:3]} failed ({proc.returncode}):\n{errs.read()[-3000:]}")
        return out.read(), peak / 2**20


def crawl_govweb(url: str, out: Path, pages: int) -> tuple[int, float, float]:
    text, rss = run_measured([PYTHON, "-c", GOVWEB_CRAWL, url, str(out), str(pages), str(DEPTH)])
    count, elapsed = text.split()[-2:]
    return int(count), float(elapsed), rss


def crawl_scrapy(url: str, host: str, pages: int, workdir: Path) -> tuple[int, float, float]:
    script = workdir / "scrapy_spider.py"
    script.write_text(SCRAPY_SPIDER)
    text, rss = run_measured([PYTHON, str(script), url, host, str(pages), str(DEPTH)])
    count, elapsed = text.split()[-2:]
    return int(count), float(elapsed), rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--big-pages", type=int, default=100_000)
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--skip-scrapy", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    opts = parser.parse_args()
    build, nginx, origin = site_tools()
    work = opts.workdir or Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"site: {origin}; work folder {work}")
    try:
        site = work / f"site-{opts.pages}"
        if not (site / "index.html").exists():
            t = time.monotonic()
            build(site, opts.pages, seed=0)
            print(f"built {opts.pages} pages in {time.monotonic() - t:.1f} s")
        port = _free_port()
        url = f"http://127.0.0.1:{port}/"
        with nginx(site, port):
            g_pages, g_time, g_rss = crawl_govweb(url, work / "govweb-out", opts.pages)
            g_rate = g_pages / g_time
            print(f"govweb: {g_pages} pages in {g_time:.1f} s = {g_rate:.0f} pages/s, peak RSS {g_rss:.0f} MB")
            snapshot = json.loads((work / "govweb-out" / "crawl.json").read_text(encoding="utf-8"))
            warc_mb = (work / "govweb-out" / "crawl.warc.gz").stat().st_size / 2**20
            print(f"        crawl.json complete={snapshot['complete']}, WARC {warc_mb:.0f} MB")
            if not opts.skip_scrapy:
                s_pages, s_time, s_rss = crawl_scrapy(url, f"127.0.0.1:{port}", opts.pages, work)
                s_rate = s_pages / s_time
                print(f"scrapy: {s_pages} pages in {s_time:.1f} s = {s_rate:.0f} pages/s, peak RSS {s_rss:.0f} MB")
                if s_pages:
                    print(f"ratio govweb/scrapy pages/s: {g_rate / s_rate:.2f}x (target >= 3x); "
                          f"RSS govweb/scrapy: {g_rss / s_rss:.2f} (target <= 1)")
        if not opts.skip_big:
            big = work / f"site-{opts.big_pages}"
            if not (big / "index.html").exists():
                t = time.monotonic()
                build(big, opts.big_pages, seed=0)
                print(f"built {opts.big_pages} pages in {time.monotonic() - t:.1f} s")
            port = _free_port()
            with nginx(big, port):
                b_pages, b_time, b_rss = crawl_govweb(f"http://127.0.0.1:{port}/", work / "govweb-big", opts.big_pages)
            print(f"govweb {b_pages}-page crawl: {b_pages / b_time:.0f} pages/s, peak RSS {b_rss:.0f} MB (target < 300 MB)")
    finally:
        if opts.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
