"""The crawler against a hostile web server (govweb.samplesites.hostile_server): every crawl finishes in seconds,
records the error class of what went wrong, and stays under a request bound. Peak memory on the same cases is
measured by benchmarks/bench_hostile.py."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govweb.collect import CrawlSettings, crawl_async
from govweb.samplesites.hostile_server import HostileServer, serve_hostile

LIMIT_S = 60  # no case may take longer than this (the crawl is cancelled and the test fails)


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with serve_hostile() as server:
        yield server


def run(server: HostileServer, case: str, out: Path, **options: Any) -> tuple[dict[str, Any], dict[str, Any], float]:
    """Crawl one case with short timeouts; (crawl.json, pages by URL, seconds)."""
    options = {"timeout": 2.0, "connect_timeout": 1.0, "read_timeout": 1.0, "retry_backoff": 0.05,
               "robots_retry_delay": 0.2, "max_pages": 30, "concurrency": 8, "concurrency_per_host": 8,
               "resolve": server.resolve(case), **options}
    started = time.monotonic()
    result = asyncio.run(asyncio.wait_for(crawl_async(server.url(case), out, CrawlSettings(**options)), LIMIT_S))
    seconds = time.monotonic() - started
    assert result.complete
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    return data, {p["url"]: p for p in data["pages"]}, seconds


@pytest.mark.parametrize(("case", "error"), [("drip", "timeout"), ("hang", "timeout"), ("chunked", "protocol"),
                                             ("reset", "protocol"), ("headers", "protocol")])
def test_broken_responses_are_errors_of_their_page(hostile: HostileServer, tmp_path: Path, case: str,
                                                   error: str) -> None:
    data, pages, seconds = run(hostile, case, tmp_path)
    home = pages[hostile.url(case)]
    assert home["error"] == error, home
    assert seconds < 10 and hostile.requests(case) <= 4  # robots.txt and the page (timeouts are not retried)
    if case in ("drip", "reset"):  # what came before the break is kept as truncated evidence
        assert home["warc_record"] is not None


@pytest.mark.parametrize("case", ["bomb", "nestedbomb"])
def test_content_encoding_bombs_are_cut_while_decompressing(hostile: HostileServer, tmp_path: Path, case: str) -> None:
    data, pages, seconds = run(hostile, case, tmp_path, max_bytes=2 * 1024 * 1024)
    home = pages[hostile.url(case)]
    assert home["error"] == "too-large" and home["bytes"] < 2 * 1024 * 1024  # bytes on the wire
    assert seconds < 10 and hostile.requests(case) <= 3


def test_a_page_with_100k_links_costs_a_bounded_number_of_requests(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, seconds = run(hostile, "links", tmp_path, max_pages=20)
    settings = CrawlSettings(max_pages=20, concurrency=8)
    kinds, stats = data["stats"]["by_kind"], data["stats"]
    assert kinds["page"] == 20
    # each kind within its own cap (2 and 4 × max_pages), and everything within the request cap (10 × max_pages):
    # the links to a dead host cost 3 requests each (retries), so the request cap ends the crawl first
    assert kinds["attachment"] <= settings.attachment_cap == 40 and kinds["external"] <= settings.external_cap == 80
    assert stats["over_cap"]["links"] == 90_000  # links past the first 10,000 of one page are counted, not kept
    assert stats["over_cap"]["attachment"] > 3_000 and stats["over_cap"]["external"] > 3_000
    assert stats["stopped"] == "max-requests"
    in_flight = settings.concurrency * (1 + settings.retry_times)
    assert settings.request_cap <= stats["requests"] <= settings.request_cap + in_flight
    assert hostile.requests("links") <= 1 + 20 + 2 * 40  # robots, pages, HEAD (+ GET) per attachment


def test_lying_charsets_and_binary_junk(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, _ = run(hostile, "charsets", tmp_path)
    url = hostile.url("charsets", "")
    assert pages[url + "/gbk-as-utf8.html"]["title"] == "政务公开专栏"
    assert pages[url + "/gbk-as-utf8.html"]["encoding"] == "gb18030"
    assert pages[url + "/meta-lies.html"]["title"] == "信息公开年报"
    assert pages[url + "/binary.html"]["error"] == "decode-error"


def test_redirect_loops_chains_and_malformed_locations_never_crash(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, _ = run(hostile, "redirects", tmp_path)
    url = hostile.url("redirects", "")
    assert pages[url + "/loop/a"]["error"] == "redirect-loop"
    assert pages[url + "/chain/0"]["error"] == "redirect-loop"  # more hops than max_redirects
    for path in ("/bad", "/empty", "/js", "/ftp"):  # `Location: http://[::1/bad` …: an error of the page
        assert pages[url + path]["error"] == "bad-redirect", path
        assert pages[url + path]["status"] == 302 and pages[url + path]["warc_record"]
    hits = hostile.hits("redirects")
    assert sum(n for p, n in hits.items() if p.startswith("/chain/")) <= CrawlSettings().max_redirects + 1
    assert hits["/loop/a"] == 1 and hits["/loop/b"] == 1
    # rerunning the finished crawl, or starting it afresh, works the same way
    before = hostile.requests("redirects")
    again, _, _ = run(hostile, "redirects", tmp_path)
    assert again["complete"] and hostile.requests("redirects") == before


def test_sitemap_index_recursion_is_bounded(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, seconds = run(hostile, "sitemaps", tmp_path, max_sitemap_files=10, max_sitemap_depth=3)
    fetched = [p for p in hostile.hits("sitemaps") if p.startswith("/sm/")]
    assert len(fetched) <= 10 and data["stats"]["by_kind"]["sitemap"] <= 10
    assert data["stats"]["over_cap"]["sitemap"] > 0 and seconds < 10


def test_a_gzip_sitemap_bomb_is_read_as_a_stream(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, seconds = run(hostile, "gzsitemap", tmp_path, max_sitemap_bytes=8 * 1024 * 1024)
    sitemap = pages[hostile.url("gzsitemap", "/sitemap.xml.gz")]
    assert sitemap["error"] is None and sitemap["kind"] == "sitemap"
    listed = [u for u in pages if "/p/" in u]
    assert len(listed) == 10  # the URLs before the zeros were taken
    assert seconds < 10 and hostile.requests("gzsitemap") <= 2 + 10 + 1


def test_robots_503_disallows_everything_after_one_short_retry(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, seconds = run(hostile, "robots503", tmp_path)
    assert hostile.hits("robots503") == {"/robots.txt": 2}  # asked twice; the homepage never fetched
    assert seconds < 5  # Retry-After: 3600 is not waited out
    assert data["stats"]["stopped"] == "robots-unavailable" and data["stats"]["unreachable"] is None
    assert pages[hostile.url("robots503")]["error"] == "robots-unavailable"
    cli = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "crawl",
                          hostile.url("robots503"), "--out", str(tmp_path / "cli"), "--resolve",
                          *hostile.resolve("robots503"), "-s", "robots_retry_delay=0.2"],
                         capture_output=True, text=True, timeout=LIMIT_S)
    assert cli.returncode == 0, cli.stderr  # a refusal is a finished crawl
    assert "robots.txt 返回 5xx" in cli.stdout


def test_robots_404_allows_and_wildcards_are_obeyed(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, _ = run(hostile, "robots404", tmp_path)
    assert pages[hostile.url("robots404")]["status"] == 200


def test_calendars_with_a_random_part_are_pruned_by_structure(hostile: HostileServer, tmp_path: Path) -> None:
    data, pages, seconds = run(hostile, "calendar", tmp_path, max_pages=200, max_random_urls=5)
    pruned = data["stats"]["pruned"]
    assert pruned.get("random", 0) >= 2  # the calendar's days and the events, each chain cut
    crawled = [u for u, p in pages.items() if p["kind"] == "page" and p["warc_record"]]
    assert len(crawled) <= 1 + 2 * (5 + 2)
    assert hostile.requests("calendar") <= 20 and seconds < 10
    cli = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "crawl",
                          hostile.url("calendar"), "--out", str(tmp_path / "cli"), "--resolve",
                          *hostile.resolve("calendar"), "-s", "max_random_urls=5"],
                         capture_output=True, text=True, timeout=LIMIT_S)
    assert cli.returncode == 0, cli.stderr
    assert "按陷阱规则略过的网址：含随机串的陷阱" in cli.stdout  # the summary shows what was pruned
