"""--render auto: script-built pages go through the browser lane; the DOM and a homepage screenshot are archived."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from aiohttp import web
from conftest import html, page, serve
from warcio.archiveiterator import ArchiveIterator

from govweb.collect import CrawlSettings, crawl

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="no chromium")]

SCRIPTED = """<html><head><meta charset="utf-8"><title>信息公开</title></head><body><ul id="list"></ul>
<script>document.write('<a href="/scripted/1.html">通知一</a><a href="/scripted/2.html">通知二</a>');</script>
</body></html>"""


def site_with(links: list[str], scripted_path: str) -> Callable[[web.Application], None]:
    """A homepage linking `links`; `scripted_path` (an aiohttp route) answers SCRIPTED; any other path a plain page."""

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", links))

        async def scripted(request: web.Request) -> web.Response:
            return page(SCRIPTED)

        async def any_page(request: web.Request) -> web.Response:
            return page(html(request.path, []))

        app.router.add_get("/", home)
        app.router.add_get(scripted_path, scripted)
        app.router.add_get("/{tail:.*}", any_page)

    return routes


def test_render_auto_archives_conversion_and_homepage_screenshot(tmp_path: Path) -> None:
    with serve(site_with(["/xxgk.html", "/plain.html"], "/xxgk.html")) as srv:
        result = crawl(srv.url("/"), tmp_path, CrawlSettings(render="auto", timeout=10, render_timeout=15))
    data = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))
    pages = {p["url"]: p for p in data["pages"]}
    assert result.complete
    assert pages[srv.url("/scripted/1.html")]["status"] == 200  # links only the browser sees were followed
    assert pages[srv.url("/xxgk.html")]["rendered_record"] and pages[srv.url("/plain.html")]["rendered_record"] is None
    records = {}
    with open(tmp_path / "crawl.warc.gz", "rb") as fh:
        for rec in ArchiveIterator(fh, check_digests=True):
            records[rec.rec_headers.get_header("WARC-Record-ID")] = (rec.rec_type, rec.rec_headers, rec.content_stream().read())
    kind, headers, body = records[pages[srv.url("/xxgk.html")]["rendered_record"]]
    assert kind == "conversion" and headers.get_header("Content-Type") == "text/html; charset=utf-8"
    assert headers.get_header("WARC-Refers-To") == pages[srv.url("/xxgk.html")]["warc_record"]
    assert headers.get_header("WARC-Target-URI") == srv.url("/xxgk.html")
    assert "通知二" in body.decode("utf-8")
    shots = [(h, b) for k, h, b in records.values() if k == "resource"]
    assert len(shots) == 1 and shots[0][0].get_header("Content-Type") == "image/png"
    assert shots[0][0].get_header("WARC-Target-URI") == "urn:govweb:screenshot:" + srv.url("/")  # never the page's
    assert shots[0][0].get_header("WARC-Refers-To-Target-URI") == srv.url("/") and shots[0][1][:8] == b"\x89PNG\r\n\x1a\n"
    assert shots[0][0].get_header("WARC-Refers-To") == pages[srv.url("/")]["warc_record"]
    name = hashlib.sha1(srv.url("/").encode()).hexdigest()[:16] + ".png"
    assert (tmp_path / "screenshots" / name).read_bytes() == shots[0][1]


def test_rendering_is_capped_per_site_and_counted(tmp_path: Path) -> None:
    with serve(site_with([f"/xxgk{i}.html" for i in range(4)], "/xxgk{n}.html")) as srv:
        crawl(srv.url("/"), tmp_path, CrawlSettings(render="auto", timeout=10, render_timeout=15, max_rendered_pages=2,
                                                    screenshot_homepage=False))
    data = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))
    scripted = [p for p in data["pages"] if p["scripted"]]
    assert len(scripted) == 4 and {p["scripted"] for p in scripted} == {"document-write"}
    rendered = [p["url"] for p in data["pages"] if p["rendered_record"]]
    assert srv.url("/") in rendered and len(rendered) == 2  # the homepage, then the first script-built page
    assert data["render"] == {"mode": "auto", "available": True, "reason": None, "max_pages": 2, "rendered": 2,
                              "scripted_pages": 4}


JUMP = """<html><head><meta charset="utf-8"><title>工作动态</title><script src="/js/site.js"></script></head><body>
<div style="display:none"><span id="to">{target}</span></div>
<script>var u = document.getElementById("to").textContent; if (u) {{ location.replace(u); }}</script></body></html>"""


def test_a_rendered_jump_page_keeps_no_dom_of_where_it_lands(tmp_path: Path) -> None:
    """A page off the homepage chain whose script sends the browser elsewhere is a jump page: the crawl keeps no
    rendered DOM under its URL (what the browser showed is another page's) and follows its target as a link."""

    served = {
        "/": html("首页", ["/news/jump.html", "/about.html"]),
        "/news/jump.html": JUMP.format(target="/news/list_1.html"),
        "/news/list_1.html": html("工作动态列表", ["/news/a1.html", "/news/a2.html"]),
        "/js/site.js": "",
    }

    def routes(app: web.Application) -> None:
        async def answer(request: web.Request) -> web.Response:
            kind = "application/javascript" if request.path.endswith(".js") else "text/html; charset=utf-8"
            return page(served.get(request.path, html(request.path, [])), content_type=kind)

        app.router.add_get("/{tail:.*}", answer)

    with serve(routes) as srv:
        crawl(srv.url("/"), tmp_path, CrawlSettings(render="auto", timeout=10, render_timeout=15,
                                                    screenshot_homepage=False))
    data = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))
    pages = {p["url"]: p for p in data["pages"]}
    jump_page = pages[srv.url("/news/jump.html")]
    assert jump_page["scripted"] and jump_page["rendered_record"] is None
    listing = pages[srv.url("/news/list_1.html")]   # the target is crawled as a page of its own
    assert listing["status"] == 200 and listing["referrer"] == srv.url("/news/jump.html")
    assert srv.url("/news/a1.html") in pages
