"""--render auto: script-built pages go through the browser lane; the DOM and a homepage screenshot are archived."""

from __future__ import annotations

import hashlib
import json
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


def test_render_auto_archives_conversion_and_homepage_screenshot(tmp_path: Path) -> None:
    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", ["/xxgk.html", "/plain.html"]))

        async def scripted(request: web.Request) -> web.Response:
            return page(SCRIPTED)

        async def any_page(request: web.Request) -> web.Response:
            return page(html(request.path, []))

        app.router.add_get("/", home)
        app.router.add_get("/xxgk.html", scripted)
        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
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
