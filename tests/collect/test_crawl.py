"""The crawler end to end against local aiohttp servers (127.0.0.1 and ::1)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from conftest import SERVER, html, page, serve
from warcio.archiveiterator import ArchiveIterator

from govweb.collect import CrawlSettings, crawl

GBK_TITLE = "朱镕基同志珺琦喆堃政务公开专栏"


def run(seed: str, out: Path, **options: Any) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    options.setdefault("timeout", 5.0)
    result = crawl(seed, out, CrawlSettings(**options))
    assert result.complete
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    return data, {p["url"]: p for p in data["pages"]}


def warc_records(path: Path) -> list[Any]:
    records = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            record.content_stream().read()
            records.append((record.rec_type, record.rec_headers, record.http_headers))
    return records


def test_site_crawl_writes_contract_snapshot_and_valid_warc(tmp_path: Path) -> None:
    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            links = [f"/art/{i}.html" for i in range(6)] + ["/art/0.html#frag", "/art/./1.html", "/a.jsp;jsessionid=ABCDEF",
                                                             "/list.jsp?uid=7&pageNum=2", "/list.jsp?pageNum=2&uid=7",
                                                             "/index.html"]
            return page(html("首页", links, nav=["/col/zwgk/", "/col/tzgg/"]))

        async def any_page(request: web.Request) -> web.Response:
            return page(html(f"页面 {request.path}", ["/", "/col/zwgk/"]))

        app.router.add_get("/", home)
        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path)
        assert max(srv.hits().values()) == 1  # nothing fetched twice (canonicalisation, de-duplication)
    assert data["seed"] == srv.url("/") and data["complete"] is True
    home = pages[srv.url("/")]
    assert home["title"] == "首页" and home["status"] == 200 and home["encoding"] == "utf-8" and home["depth"] == 0
    assert set(home) >= {"url", "kind", "referrer", "status", "content_type", "encoding", "title", "depth", "bytes",
                         "elapsed_ms", "error", "warc_record", "final_url", "rendered_record"}
    # fetched, archived and cited as linked (session id kept, parameters in the page's order) but fetched once
    assert srv.url("/a.jsp;jsessionid=ABCDEF") in pages and srv.url("/art/5.html") in pages
    assert srv.url("/list.jsp?uid=7&pageNum=2") in pages and srv.url("/list.jsp?pageNum=2&uid=7") not in pages
    assert pages[srv.url("/list.jsp?uid=7&pageNum=2")]["aliases"] == [srv.url("/list.jsp?pageNum=2&uid=7")]
    assert srv.url("/index.html") not in pages and home["aliases"] == [srv.url("/index.html")]  # `/` is that page
    assert data["homepage"] == srv.url("/") and data["homepage_chain"] == [{"url": srv.url("/"), "reason": "seed"}]
    kinds = [p["kind"] for p in data["pages"]]
    assert kinds.count("page") == 11 and kinds.count("robots") == 1
    # breadth first, navigation (column) pages before the other links of the same depth
    order = [p["url"] for p in data["pages"] if p["kind"] == "page"]
    assert order.index(srv.url("/col/zwgk/")) < order.index(srv.url("/art/0.html"))
    records = warc_records(tmp_path / "crawl.warc.gz")
    assert records[0][0] == "warcinfo" and records[0][1].protocol == "WARC/1.1"
    responses = {h.get_header("WARC-Record-ID"): h for t, h, _ in records if t == "response"}
    requests = [h for t, h, _ in records if t == "request"]
    assert len(responses) == len(requests) == 12  # 11 pages + robots.txt
    assert home["warc_record"] in responses
    assert responses[home["warc_record"]].get_header("WARC-Target-URI") == srv.url("/")
    assert {h.get_header("WARC-Concurrent-To") for h in requests} == set(responses)


def test_robots_crawl_delay_and_sitemap_seeding(tmp_path: Path) -> None:
    times: list[float] = []

    def routes(app: web.Application) -> None:
        async def robots(request: web.Request) -> web.Response:
            body = f"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\nSitemap: {srv.url('/sitemap.xml')}\n"
            return page(body, content_type="text/plain")

        async def sitemap(request: web.Request) -> web.Response:
            return page(f"<?xml version='1.0'?><urlset><url><loc>{srv.url('/orphan.html')}</loc></url></urlset>",
                        content_type="application/xml")

        async def any_page(request: web.Request) -> web.Response:
            times.append(time.monotonic())
            return page(html("页", ["/a.html", "/private/secret.html"]))

        app.router.add_get("/robots.txt", robots)
        app.router.add_get("/sitemap.xml", sitemap)
        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path)
        assert srv.hits()["/private/secret.html"] == 0
    assert pages[srv.url("/private/secret.html")]["error"] == "robots-disallowed"
    assert pages[srv.url("/orphan.html")]["status"] == 200  # known only from the sitemap
    assert pages[srv.url("/sitemap.xml")]["kind"] == "sitemap"
    assert pages[srv.url("/robots.txt")]["kind"] == "robots"
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # Spaced by the crawler at send time; arrival at the server jitters under load, so each gap gets slack and the
    # whole span (jitter only at its two ends) carries the delay. Without the delay the gaps are milliseconds.
    assert len(times) == 3 and min(gaps) >= 0.15 and times[-1] - times[0] >= 0.55


def test_retry_after_then_success_and_persistent_500(tmp_path: Path) -> None:
    times: dict[str, list[float]] = {"/busy.html": [], "/broken.html": []}

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", ["/busy.html", "/broken.html"]))

        async def busy(request: web.Request) -> web.Response:
            times["/busy.html"].append(time.monotonic())
            if len(times["/busy.html"]) == 1:
                return page("忙", status=503, **{"Retry-After": "1"})
            return page(html("终于", []))

        async def broken(request: web.Request) -> web.Response:
            times["/broken.html"].append(time.monotonic())
            return page("错误", status=500)

        app.router.add_get("/", home)
        app.router.add_get("/busy.html", busy)
        app.router.add_get("/broken.html", broken)

    with serve(routes) as srv:
        _, pages = run(srv.url("/"), tmp_path, retry_times=2, retry_backoff=0.05)
    busy = pages[srv.url("/busy.html")]
    assert busy["status"] == 200 and busy["error"] is None and busy["title"] == "终于"
    assert times["/busy.html"][1] - times["/busy.html"][0] >= 0.95  # Retry-After honoured
    assert len(times["/broken.html"]) == 3
    assert pages[srv.url("/broken.html")]["error"] == "http-status" and pages[srv.url("/broken.html")]["status"] == 500
    # every attempt is evidence
    responses = [h for t, h, _ in warc_records(tmp_path / "crawl.warc.gz") if t == "response"]
    assert sum(h.get_header("WARC-Target-URI") == srv.url("/busy.html") for h in responses) == 2


def test_redirects_loop_timeout_byte_cap_and_calendar_trap(tmp_path: Path) -> None:
    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            links = ["/loop-a", "/old", "/drip", "/huge.html", "/cal?date=2020-11-26", "/after.html"]
            return page(html("首页", links))

        async def loop_a(request: web.Request) -> web.Response:
            raise web.HTTPFound("/loop-b")

        async def loop_b(request: web.Request) -> web.Response:
            raise web.HTTPFound("/loop-a")

        async def old(request: web.Request) -> web.Response:
            raise web.HTTPMovedPermanently("/new.html")

        async def drip(request: web.Request) -> web.StreamResponse:
            resp = web.StreamResponse(headers={"Content-Type": "text/html"})
            await resp.prepare(request)
            for _ in range(100):
                await resp.write(b"<p>")
                await asyncio.sleep(0.1)
            return resp

        async def huge(request: web.Request) -> web.Response:
            return page(html("大", [], body="x" * 2_000_000))

        async def calendar(request: web.Request) -> web.Response:
            day = request.query["date"]
            y, m, d = map(int, day.split("-"))
            nxt = f"{y}-{m:02d}-{d + 1:02d}" if d < 28 else f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
            return page(html(f"日历 {day}", [f"/cal?date={nxt}"]))

        async def plain(request: web.Request) -> web.Response:
            return page(html(request.path, []))

        app.router.add_get("/", home)
        app.router.add_get("/loop-a", loop_a)
        app.router.add_get("/loop-b", loop_b)
        app.router.add_get("/old", old)
        app.router.add_get("/drip", drip)
        app.router.add_get("/huge.html", huge)
        app.router.add_get("/cal", calendar)
        app.router.add_get("/{tail:.*}", plain)

    with serve(routes) as srv:
        start = time.monotonic()
        data, pages = run(srv.url("/"), tmp_path, timeout=1.0, max_bytes=256 * 1024, max_calendar_urls=10)
        elapsed = time.monotonic() - start
        calendar_hits = sum(n for p, n in srv.hits().items() if p.startswith("/cal"))
    assert pages[srv.url("/loop-a")]["error"] == "redirect-loop"
    moved = pages[srv.url("/old")]
    assert moved["status"] == 200 and moved["final_url"] == srv.url("/new.html") and moved["error"] is None
    drip = pages[srv.url("/drip")]
    assert drip["error"] == "timeout" and drip["elapsed_ms"] < 2500
    assert elapsed < 10
    huge = pages[srv.url("/huge.html")]
    assert huge["error"] == "too-large" and huge["bytes"] <= 256 * 1024
    records = {h.get_header("WARC-Target-URI"): h for t, h, _ in warc_records(tmp_path / "crawl.warc.gz") if t == "response"}
    assert records[srv.url("/huge.html")].get_header("WARC-Truncated") == "length"
    assert records[srv.url("/drip")].get_header("WARC-Truncated") == "time"  # what arrived before the timeout
    assert 9 <= calendar_hits <= 11
    assert data["stats"]["pruned"].get("calendar", 0) >= 1
    assert any(p["reason"] == "calendar" for p in data["pruned"])
    assert pages[srv.url("/after.html")]["status"] == 200  # the crawl went on


def test_gbk_titles_invalid_bytes_and_blocked_pages(tmp_path: Path) -> None:
    gbk = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{GBK_TITLE}</title></head><body>公开</body></html>'

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", ["/gbk.html", "/gbk-header.html", "/bad-bytes.html", "/binary.html", "/challenge", "/waf"]))

        async def gbk_page(request: web.Request) -> web.Response:
            return web.Response(body=gbk.encode("gbk"), headers={"Content-Type": "text/html"})

        async def gbk_header(request: web.Request) -> web.Response:
            return web.Response(body=gbk.encode("gbk"), headers={"Content-Type": "text/html; charset=gb2312"})

        async def bad_bytes(request: web.Request) -> web.Response:
            body = "<meta charset=utf-8><title>坏字节</title>".encode() + b"\xff\xfe\xc0\x80" + "正文".encode() * 300
            return web.Response(body=body, headers={"Content-Type": "text/html"})

        async def binary(request: web.Request) -> web.Response:
            return web.Response(body=bytes(range(256)) * 20, headers={"Content-Type": "text/html"})

        async def challenge(request: web.Request) -> web.Response:
            return page("<html><head><script>var $_ts=window['$_ts'];</script></head><body></body></html>", status=412)

        async def waf(request: web.Request) -> web.Response:
            return page("<html><script>document.cookie='__jsl_clearance=1';location.href=location.pathname</script></html>")

        app.router.add_get("/", home)
        app.router.add_get("/gbk.html", gbk_page)
        app.router.add_get("/gbk-header.html", gbk_header)
        app.router.add_get("/bad-bytes.html", bad_bytes)
        app.router.add_get("/binary.html", binary)
        app.router.add_get("/challenge", challenge)
        app.router.add_get("/waf", waf)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path)
    for path in ("/gbk.html", "/gbk-header.html"):
        assert pages[srv.url(path)]["title"] == GBK_TITLE
        assert pages[srv.url(path)]["encoding"] == "gb18030"
    assert pages[srv.url("/bad-bytes.html")]["title"] == "坏字节" and pages[srv.url("/bad-bytes.html")]["error"] is None
    assert pages[srv.url("/binary.html")]["error"] == "decode-error"
    assert pages[srv.url("/challenge")]["error"] == "blocked" and pages[srv.url("/challenge")]["status"] == 412
    assert pages[srv.url("/waf")]["error"] == "blocked"
    assert data["stats"]["blocked"] is True


def test_a_browser_check_at_the_address_is_followed_to_the_page_it_sends_on_to(tmp_path: Path) -> None:
    # a WAF check (cookie, then a meta refresh or a script) in front of the homepage: the visitor lands on the page
    # it names, so the crawl does too; the check itself stays "blocked", a check that answers again stays blocked
    check = ('<html><head><meta http-equiv="refresh" content="3;url={to}"></head><body><p>安全验证中，请稍候</p>'
             '<script>document.cookie="yunsuo_session_verify=9a1f; path=/";</script></body></html>')

    def routes(app: web.Application) -> None:
        async def gate(request: web.Request) -> web.Response:
            return page(check.format(to="/portal/home.htm"), status=200)

        async def home(request: web.Request) -> web.Response:
            return page(html("门户首页", [f"/news/{i}.htm" for i in range(5)], nav=["/zwgk/", "/hdjl/", "/bsfw/"],
                             body="<p>" + "政务动态" * 120 + "</p>"))

        async def again(request: web.Request) -> web.Response:
            return page(check.format(to="/portal/home.htm"), status=503)

        async def other(request: web.Request) -> web.Response:
            return page(html("内容页", ["/portal/home.htm"]))

        app.router.add_get("/", gate)
        app.router.add_get("/portal/home.htm", home)
        app.router.add_get("/again/", again)
        app.router.add_get("/{tail:.*}", other)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path / "a")
        assert pages[srv.url("/")]["error"] == "blocked"
        assert data["homepage"] == srv.url("/portal/home.htm")
        assert [s["reason"] for s in data["homepage_chain"]] == ["seed", "meta-refresh"]
        assert pages[srv.url("/news/1.htm")]["status"] == 200
        data, pages = run(srv.url("/again/"), tmp_path / "b")  # an error status: the check is where it ends
        assert data["homepage"] == srv.url("/again/") and pages[srv.url("/again/")]["error"] == "blocked"


def test_external_links_and_attachments_are_checked_not_downloaded(tmp_path: Path) -> None:
    big = b"%PDF-1.4\n" + b"0" * 3_000_000

    def ext_routes(app: web.Application) -> None:
        async def ok(request: web.Request) -> web.Response:
            return page(html("外部", ["/deeper.html"]))

        async def no_head(request: web.Request) -> web.Response:
            if request.method == "HEAD":
                return web.Response(status=405)
            return web.Response(body=big, content_type="application/pdf")

        app.router.add_route("*", "/ok.html", ok)
        app.router.add_route("*", "/nohead.pdf", no_head)

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            ext = f"http://www.other.test:{request.app[SERVER].state['ext']}"
            links = [f"{ext}/ok.html", f"{ext}/missing.html", f"{ext}/nohead.pdf", "/files/a.pdf", "/files/gone.docx",
                     "/download?id=3"]
            return page(html("首页", links))

        async def pdf(request: web.Request) -> web.Response:
            return web.Response(body=big, content_type="application/pdf")

        app.router.add_get("/", home)
        app.router.add_route("*", "/files/a.pdf", pdf)
        app.router.add_get("/download", pdf)

    with serve(ext_routes) as ext, serve(routes) as srv:
        srv.state["ext"] = ext.port
        _, pages = run(srv.url("/"), tmp_path, check_bytes=32 * 1024,
                       resolve=(f"www.other.test:{ext.port}:127.0.0.1",))
        ext_log, site_log = ext.log, srv.log
    other = f"http://www.other.test:{ext.port}"
    assert pages[f"{other}/ok.html"]["kind"] == "external" and pages[f"{other}/ok.html"]["status"] == 200
    assert ("HEAD", f"www.other.test:{ext.port}", "/ok.html") in ext_log
    assert not any(p == "/deeper.html" for _, _, p in ext_log)  # external sites are not crawled
    assert pages[f"{other}/missing.html"]["error"] == "http-status"
    nohead = pages[f"{other}/nohead.pdf"]
    assert nohead["kind"] == "attachment" and nohead["status"] in (200, 206) and nohead["error"] is None
    assert nohead["bytes"] <= 32 * 1024  # only the start of the file was read
    attached = pages[srv.url("/files/a.pdf")]
    assert attached["kind"] == "attachment" and attached["status"] == 200 and attached["bytes"] == 0
    assert [m for m, _, p in site_log if p == "/files/a.pdf"] == ["HEAD"]
    assert pages[srv.url("/files/gone.docx")]["error"] == "http-status"
    download = pages[srv.url("/download?id=3")]  # a document behind a page-like URL: only its start is read
    assert download["kind"] == "attachment" and download["error"] is None and download["bytes"] <= 32 * 1024


def test_resolve_named_hosts_and_ipv6_subdomain(tmp_path: Path) -> None:
    peers: list[tuple[str, str | None]] = []

    def routes(app: web.Application) -> None:
        async def any_page(request: web.Request) -> web.Response:
            peers.append((request.host, request.remote))
            port = request.app[SERVER].port
            return page(html(f"{request.host}", [f"http://zwgk.gov.test:{port}/", f"http://www.gov.test:{port}/a.html"]))

        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        port = srv.port
        _, pages = run(f"http://www.gov.test:{port}/", tmp_path,
                       resolve=(f"www.gov.test:{port}:127.0.0.1", f"zwgk.gov.test:{port}:[::1]"))
    sub = pages[f"http://zwgk.gov.test:{port}/"]
    assert sub["kind"] == "page" and sub["status"] == 200  # a subdomain is in scope
    assert (f"zwgk.gov.test:{port}", "::1") in peers
    assert (f"www.gov.test:{port}", "127.0.0.1") in peers
    assert pages[f"http://www.gov.test:{port}/a.html"]["status"] == 200


def test_without_a_browser_the_crawl_goes_on_and_says_so(tmp_path: Path) -> None:
    """--render auto with no chromium: every page is crawled, pages whose content a script writes are flagged, and
    crawl.json says rendering was not available (so the checks report script-only marks as not measured)."""

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            footer = '<div id="footer"></div><script src="/resource/js/home_bottom.js"></script>'
            return page(html("首页", ["/a.html"], body=footer))

        async def any_page(request: web.Request) -> web.Response:
            return page(html(request.path, []))

        app.router.add_get("/", home)
        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path, render="auto", chromium_path=str(tmp_path / "no-chromium"))
    assert data["render"]["available"] is False and "no-chromium" in data["render"]["reason"]
    assert data["render"]["rendered"] == 0 and data["render"]["mode"] == "auto"
    assert pages[srv.url("/")]["scripted"] == "layout-script" and pages[srv.url("/")]["rendered_record"] is None
    assert pages[srv.url("/a.html")]["status"] == 200 and pages[srv.url("/a.html")]["scripted"] is None


def test_articles_of_a_paginated_column_are_never_pruned(tmp_path: Path) -> None:
    """Hanweb-style columns (?uid=…&pageNum=N, /art/YYYY/M/D/art_N_N.html, 上一篇/下一篇 links): with a trap limit far
    below the number of articles, every article is crawled and nothing is pruned."""
    from govweb.samplesites.listsite import serve_list_site

    with serve_list_site(columns=2, per_column=300) as site:
        data, pages = run(site.url, tmp_path, max_pages=site.pages + 10, max_urls_per_pattern=20,
                          max_calendar_urls=5, concurrency=8, max_depth=3)
        articles = [u for u, p in pages.items() if "/art/" in u and p["status"] == 200]
        assert len(articles) == 600 and data["stats"]["pruned"] == {}
        lists = [u for u in pages if "pageNum=" in u]
        assert len(lists) == site.list_pages  # every page of each list (page 1 is also linked as pageNum=1)
        # the last pages of a list lie many links away, yet max_depth 3 does not cut them: pagination is the same
        # list, no deeper into the site (crawl.json's depth stays the link distance, which orders the crawl)
        assert max(pages[u]["depth"] for u in lists) > 3


def test_a_folder_that_fails_does_not_hide_its_index_document(tmp_path: Path) -> None:
    """`/zwgk/` and `/zwgk/index.html` are one page; when the folder answers 404 the linked index.html is fetched,
    whether it was found before the folder failed or after."""

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", ["/zwgk/index.html", "/xxgk/index.html", "/later.html"], nav=["/zwgk/", "/xxgk/"]))

        async def later(request: web.Request) -> web.Response:
            return page(html("另一页", ["/zwgk/default.htm"]))

        async def missing(request: web.Request) -> web.Response:
            return page("<html><body>404</body></html>", status=404)

        async def any_page(request: web.Request) -> web.Response:
            return page(html(request.path, []))

        app.router.add_get("/", home)
        app.router.add_get("/zwgk/", missing)
        app.router.add_get("/later.html", later)
        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        data, pages = run(srv.url("/"), tmp_path, retry_times=0, concurrency=1)
        hits = srv.hits()
    assert pages[srv.url("/zwgk/")]["error"] == "http-status"
    assert pages[srv.url("/zwgk/index.html")]["status"] == 200 and hits["/zwgk/index.html"] == 1
    assert pages[srv.url("/zwgk/default.htm")]["status"] == 200  # found after the folder failed
    assert srv.url("/xxgk/index.html") not in pages and hits["/xxgk/index.html"] == 0  # the folder answered


def test_the_sites_folder_on_a_shared_platform_is_crawled(tmp_path: Path) -> None:
    """A township (zhen.xian.gov.cn) keeps its 政府信息公开 in its folder of the county portal (www.xian.gov.cn/xxgk/
    zhen/): those pages are crawled as the site's and cited as linked; another town's folder is not."""
    fetched: list[str] = []

    def routes(app: web.Application) -> None:
        async def any_page(request: web.Request) -> web.Response:
            fetched.append(f"{request.host.split(':')[0]}{request.path}")
            port = request.app[SERVER].port
            portal = f"http://www.xian.gov.cn:{port}/xxgk/"
            return page(html(request.path, [f"{portal}zhen/tzgg/", f"{portal}zhen/tzgg/202105/t20210520_7.html",
                                            f"{portal}shanxiang/tzgg/"]))

        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        port = srv.port
        resolve = (f"zhen.xian.gov.cn:{port}:127.0.0.1", f"www.xian.gov.cn:{port}:127.0.0.1")
        _, pages = run(f"http://zhen.xian.gov.cn:{port}/", tmp_path / "wide", resolve=resolve, check_external=False)
        _, narrow = run(f"http://zhen.xian.gov.cn:{port}/", tmp_path / "narrow", resolve=resolve, check_external=False,
                        include_platform=False)
    portal = f"http://www.xian.gov.cn:{port}/xxgk/"
    assert pages[f"{portal}zhen/tzgg/"]["kind"] == "page" and pages[f"{portal}zhen/tzgg/"]["status"] == 200
    assert pages[f"{portal}zhen/tzgg/202105/t20210520_7.html"]["status"] == 200
    assert "www.xian.gov.cn/xxgk/shanxiang/tzgg/" not in fetched
    assert narrow.get(f"{portal}zhen/tzgg/", {}).get("kind") != "page"


@pytest.mark.timeout(60)
def test_a_page_linked_only_from_a_jump_menus_option_is_fetched_and_archived(tmp_path: Path) -> None:
    """The 政府信息公开目录 is reachable only by choosing it in the homepage's column select (same window): it is
    crawled and archived like a linked page; a 友情链接 select opening its websites in a new window is not followed
    (neither crawled nor checked), nor is a form's select (no onchange)."""
    def routes(app: web.Application) -> None:
        async def any_page(request: web.Request) -> web.Response:
            port = request.app[SERVER].port
            if request.host.startswith("www.friend.test"):
                return page(html("友好网站", ["/deeper.html"]))
            if request.path != "/":
                return page(html(f"页面 {request.path}", ["/"]))
            menus = (
                '<select onchange="window.location=this.options[this.selectedIndex].value">'
                '<option value="">--请选择栏目--</option><option value="/col/col2012/index.html">政府信息公开目录</option>'
                '<option value="#">顶部</option></select>'
                """<select onchange="if(this.value!=''){window.open(this.value)}"><option>--友情链接--</option>"""
                f'<option value="http://www.friend.test:{port}/">友好网站</option></select>'
                '<form action="/search"><select name="c"><option value="/form-only.html">全部</option></select></form>')
            return page(html("首页", [], body=menus))

        app.router.add_route("*", "/{tail:.*}", any_page)

    with serve(routes) as srv:
        port = srv.port
        seed = f"http://www.jump.test:{port}/"
        _, pages = run(seed, tmp_path, resolve=(f"www.jump.test:{port}:127.0.0.1", f"www.friend.test:{port}:127.0.0.1"))
        log = list(srv.log)
    listed = pages[f"{seed}col/col2012/index.html"]
    assert listed["kind"] == "page" and listed["status"] == 200 and listed["title"] == "页面 /col/col2012/index.html"
    assert listed["referrer"] == seed
    responses = {h.get_header("WARC-Target-URI"): h for t, h, _ in warc_records(tmp_path / "crawl.warc.gz")
                 if t == "response"}
    assert listed["warc_record"] == responses[f"{seed}col/col2012/index.html"].get_header("WARC-Record-ID")
    assert f"http://www.friend.test:{port}/" not in pages  # a new window's select: no external check either
    assert not any(host.startswith("www.friend.test") for _, host, _ in log)
    assert f"{seed}form-only.html" not in pages and not any(path == "/form-only.html" for _, _, path in log)
