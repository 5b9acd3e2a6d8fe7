"""Active measurements against local sites: HTTPS (trustme CA), IPv6 (::1), site search (GBK and UTF-8)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import trustme
from aiohttp import web
from warcio.archiveiterator import ArchiveIterator

from govweb.collect.measure import measure_https, measure_ipv6, measure_search, take_measurements
from govweb.collect.warc import WarcFile

GOOD = "www.good.gov.cn"
PLAIN = "www.plain.gov.cn"
ARTICLES = {
    "/art/2020/11/25/art_1_101.html": "关于做好2020年冬季安全生产工作的通知",
    "/art/2020/11/20/art_1_100.html": "市政府召开第四十五次常务会议",
    "/art/2020/10/01/art_1_99.html": "关于国庆假期安排的通知",
}
SITE = "某某市人民政府"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@contextlib.asynccontextmanager
async def tls_site(routes: Callable[[web.Application], None], cert: trustme.LeafCert) -> AsyncIterator[int]:
    """An HTTPS server on 127.0.0.1 in the test's loop; yields its port."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    app = web.Application()
    routes(app)
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context).start()
    try:
        yield int(runner.addresses[0][1])
    finally:
        await runner.cleanup()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def gbk_page(body: str) -> web.Response:
    html = f'<html><head><meta charset="gb2312"><title>{SITE}</title></head><body>{body}</body></html>'
    return web.Response(body=html.encode("gbk"), content_type="text/html")


def good_routes(app: web.Application) -> None:
    """A GBK site with a GET search form that carries a hidden channel field, and a search that works."""

    async def home(request: web.Request) -> web.Response:
        news = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items())
        return gbk_page(
            '<form action="/login" method="post"><input name="user" placeholder="用户名"><input type="password" '
            'name="pw"></form><div class="search"><form action="/search" method="get"><input type="hidden" '
            'name="channelid" value="123"><input name="searchword" placeholder="请输入关键字"><input type="submit" '
            f'value="搜索"></form></div><ul class="news">{news}</ul>'
        )

    async def search(request: web.Request) -> web.Response:
        params = parse_qs(request.rel_url.raw_query_string, encoding="gb18030")
        if params.get("channelid") != ["123"]:
            return web.Response(status=400, text="bad channel")
        word = params.get("searchword", [""])[0]
        hits = [(u, t) for u, t in ARTICLES.items() if word and word in t]
        items = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in hits)
        return gbk_page(f"<p>您检索的“{word}”共{len(hits)}条</p><ul>{items}</ul>")

    app.router.add_get("/", home)
    app.router.add_get("/search", search)


def plain_routes(app: web.Application) -> None:
    """A UTF-8 http-only site with a POST search form whose search never finds anything."""

    async def home(request: web.Request) -> web.Response:
        news = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items())
        return web.Response(text=f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body>'
                                 '<form id="so" method="post" action="/s"><input name="kw" title="站内搜索">'
                                 f'<button>检索</button></form><ul class="list">{news}</ul></body></html>',
                            content_type="text/html")

    async def search(request: web.Request) -> web.Response:
        form = await request.post()
        return web.Response(text=f"<html><body><p>您检索的“{form.get('kw')}”没有找到相关结果</p></body></html>",
                            content_type="text/html")

    app.router.add_get("/", home)
    app.router.add_post("/s", search)


def redirect_routes(tls_port: int) -> Callable[[web.Application], None]:
    def routes(app: web.Application) -> None:
        async def to_https(request: web.Request) -> web.Response:
            raise web.HTTPMovedPermanently(f"https://{GOOD}:{tls_port}{request.path_qs}")

        app.router.add_route("*", "/{tail:.*}", to_https)

    return routes


def write_crawl(folder: Path, seed: str, origin: str) -> Path:
    pages = [{"url": seed, "kind": "page", "status": 200, "title": SITE, "depth": 0, "error": None}]
    pages += [{"url": origin + u, "kind": "page", "status": 200, "title": f"{t}_{SITE}", "depth": 1, "error": None}
              for u, t in reversed(list(ARTICLES.items()))]
    path = folder / "crawl.json"
    path.write_text(json.dumps({"seed": seed, "complete": True, "pages": pages}, ensure_ascii=False), "utf-8")
    return path


def warc_responses(path: Path) -> list[tuple[str, str | None, int]]:
    with open(path, "rb") as fh:
        return [(r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-IP-Address"),
                 int(r.http_headers.get_statuscode()))
                for r in ArchiveIterator(fh) if r.rec_type == "response"]


async def test_https_redirect_valid_certificate_ipv6_and_working_search(site_server, ca, tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    async with tls_site(good_routes, ca.issue_cert(GOOD)) as tls_port:
        with site_server(redirect_routes(tls_port)) as http:
            seed = f"http://{GOOD}:{http.port}/"
            resolve = {(GOOD, http.port): "127.0.0.1,::1", (GOOD, tls_port): "127.0.0.1"}
            write_crawl(tmp_path, seed, f"https://{GOOD}:{tls_port}")
            result = await take_measurements(seed, tmp_path, resolve, ca_file=str(ca_file), timeout=5)
            untrusted = await take_measurements(seed, tmp_path / "no-ca", resolve, timeout=5)
    https, ipv6, search = result["https"], result["ipv6"], result["search"]
    assert (https["available"], https["certificate_valid"], https["http_redirects_to_https"], https["error"]) == (
        True, True, True, None)
    assert https["https_url"] == f"https://{GOOD}:{tls_port}/"
    assert ipv6 == {"aaaa": ["::1"], "connect_ok": True, "error": None}
    assert search["query"] == "关于做好2020年冬季安全生产工作的通知"  # the newest article, without the site name
    assert search["form_url"] == f"https://{GOOD}:{tls_port}/"
    assert search["results_url"].startswith(f"https://{GOOD}:{tls_port}/search?")
    assert "searchword=%B9%D8%D3%DA" in search["results_url"]  # 关于, submitted in the page's GBK
    assert (search["status"], search["found"], search["error"]) == (200, True, None)
    assert json.loads((tmp_path / "measurements.json").read_text("utf-8")) == result
    assert result["taken_at"].endswith("+08:00")
    responses = warc_responses(tmp_path / "measurements.warc.gz")
    assert (seed, "::1", 301) in responses  # the exchange over IPv6
    assert any(uri == search["results_url"] and status == 200 for uri, _, status in responses)
    assert sum(1 for uri, _, _ in responses if uri == seed) >= 3  # https check, ipv6 check, search homepage
    # without the CA the same server still answers, but its certificate is not valid for us
    assert untrusted["https"]["available"] is True and untrusted["https"]["certificate_valid"] is False
    assert untrusted["https"]["error"] == "tls" and "certificate" in untrusted["https"]["certificate_error"].lower()
    assert untrusted["search"]["found"] is True


async def test_http_only_site_without_ipv6_and_with_a_search_that_finds_nothing(site_server, tmp_path: Path) -> None:
    with site_server(plain_routes) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        nothing = closed_port()
        resolve = {(PLAIN, server.port): "127.0.0.1", (PLAIN, nothing): "127.0.0.1"}
        result = await take_measurements(seed, tmp_path, resolve, https_port=nothing, timeout=5)
        posted = server.hits("POST")
    https, ipv6, search = result["https"], result["ipv6"], result["search"]
    assert (https["available"], https["certificate_valid"], https["http_redirects_to_https"], https["error"]) == (
        False, None, False, "connect")
    assert ipv6 == {"aaaa": [], "connect_ok": False, "error": "no-aaaa"}
    # no crawl.json: the query is the first item of the homepage news list
    assert search["query"] == "关于做好2020年冬季安全生产工作的通知" and posted["/s"] == 1
    assert (search["status"], search["found"], search["results_url"]) == (200, False, f"http://{PLAIN}:{server.port}/s")


async def test_certificate_for_another_host_is_invalid_and_no_redirect(site_server, ca, tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    async with tls_site(good_routes, ca.issue_cert("www.other.example.org")) as tls_port:
        with site_server(plain_routes) as http:
            resolve = {(PLAIN, http.port): "127.0.0.1", (PLAIN, tls_port): "127.0.0.1"}
            warc = WarcFile(tmp_path / "m.warc.gz", None)
            result = await measure_https(f"http://{PLAIN}:{http.port}/", warc, resolve, ca_file=str(ca_file),
                                         https_port=tls_port, timeout=5)
            warc.close()
    assert (result["available"], result["certificate_valid"], result["http_redirects_to_https"]) == (True, False, False)
    assert result["error"] == "tls" and "mismatch" in result["certificate_error"].lower()


async def test_cli_measure_writes_the_folder_and_rejects_bad_input(site_server, tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "from govweb.cli import main; main()", "measure"]
    with site_server(plain_routes) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        nothing = closed_port()
        args = ["--resolve", f"{PLAIN}:{server.port}:127.0.0.1", "--resolve", f"{PLAIN}:{nothing}:127.0.0.1",
                "--https-port", str(nothing), "--timeout", "5"]
        proc = await asyncio.create_subprocess_exec(*cmd, seed, "--out", str(tmp_path / "site"), *args,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        stdout, stderr = await proc.communicate()
        bad = await asyncio.create_subprocess_exec(*cmd, seed, "--out", str(tmp_path / "bad"), "--crawl-json",
                                                   str(tmp_path / "missing.json"), *args,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        _, bad_err = await bad.communicate()
    assert proc.returncode == 0, stderr.decode()
    saved = json.loads((tmp_path / "site" / "measurements.json").read_text("utf-8"))
    assert saved["search"]["found"] is False and saved["ipv6"]["aaaa"] == []
    assert "站内搜索" in stdout.decode() and (tmp_path / "site" / "measurements.warc.gz").stat().st_size > 0
    assert bad.returncode == 2 and "missing.json" in bad_err.decode()
    assert not (tmp_path / "bad").exists()


async def test_ipv6_through_the_system_resolver(site_server, tmp_path: Path) -> None:
    with site_server(plain_routes) as server:
        v6 = await measure_ipv6(f"http://[::1]:{server.port}/", WarcFile(tmp_path / "a.warc.gz", None), None, timeout=5)
        v4 = await measure_ipv6(f"http://127.0.0.1:{server.port}/", WarcFile(tmp_path / "b.warc.gz", None), None,
                                timeout=5)
    assert v6 == {"aaaa": ["::1"], "connect_ok": True, "error": None}
    assert v4 == {"aaaa": [], "connect_ok": False, "error": "no-aaaa"}


def scripted_routes(app: web.Application) -> None:
    """A JavaScript-heavy site: the search form is written by script, the results are fetched and built."""

    async def home(request: web.Request) -> web.Response:
        news = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items())
        return web.Response(text=f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body>'
                                 '<div class="search"><script>document.write(\'<form action="/search">'
                                 '<input name="q" placeholder="站内搜索"><button>搜索</button></form>\')</script></div>'
                                 f'<ul class="news">{news}</ul></body></html>', content_type="text/html")

    async def search(request: web.Request) -> web.Response:
        return web.Response(text='<html><body><p>共有结果</p><ul id="results"></ul><script>'
                                 'fetch("/api/search" + location.search).then(r => r.json()).then(rows => {'
                                 'for (const row of rows) { const li = document.createElement("li");'
                                 'li.innerHTML = `<a href="${row.url}">${row.title}</a>`;'
                                 'document.getElementById("results").appendChild(li); } });</script></body></html>',
                            content_type="text/html")

    async def api(request: web.Request) -> web.Response:
        word = request.query.get("q", "")
        return web.json_response([{"url": u, "title": t} for u, t in ARTICLES.items() if word and word in t])

    app.router.add_get("/", home)
    app.router.add_get("/search", search)
    app.router.add_get("/api/search", api)


@pytest.mark.browser
async def test_search_on_a_script_built_site_uses_the_renderer(site_server, tmp_path: Path) -> None:
    from govweb.collect.render import Renderer

    with site_server(scripted_routes) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        resolve = {(PLAIN, server.port): "127.0.0.1"}
        static = await measure_search(seed, WarcFile(tmp_path / "a.warc.gz", None), resolve, crawl=None, timeout=5)
        async with Renderer(pool_size=1, timeout_s=10, resolve=resolve) as renderer:
            rendered = await measure_search(seed, WarcFile(tmp_path / "b.warc.gz", None), resolve, crawl=None,
                                            timeout=5, renderer=renderer)
    assert static["error"] == "no-search-form" and static["found"] is None
    assert rendered["query"] == "关于做好2020年冬季安全生产工作的通知"
    assert rendered["found"] is True and rendered["error"] is None
    assert rendered["results_url"].startswith(f"http://{PLAIN}:{server.port}/search?q=%E5%85%B3")


def formless_routes(button: str, results: str = "hits") -> Callable[[web.Application], None]:
    """A site whose search box has no form: `button` is the control's markup (its script builds the results URL
    and opens it in a new window); Enter does nothing. `results`: hits | none | dead (the button calls nothing)."""

    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            news = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items())
            go = ("function go(){}" if results == "dead" else
                  "function go(){ var w = document.getElementById('kw').value;"
                  " window.open('/so/?wd=' + encodeURIComponent(w) + '&t=' + Date.now(), '_blank'); }")
            # a menu a script writes above the box: the live page has elements its HTML lacks
            menu = "<script>document.write('<ul class=\"nav\"><li><a href=\"/xw/\">新闻</a></li></ul>')</script>"
            return web.Response(text=f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body>{menu}'
                                     f'<div class="top"><span><input id="kw" type="text" placeholder="请输入搜索内容">'
                                     f'</span>{button}</div><ul class="news">{news}</ul><script>{go}</script>'
                                     '</body></html>', content_type="text/html")

        async def search(request: web.Request) -> web.Response:
            word = request.query.get("wd", "")
            hits = [(u, t) for u, t in ARTICLES.items() if word and word in t and results == "hits"]
            rows = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in hits) or "<p>没有找到相关结果</p>"
            return web.Response(text=f"<html><body><ul>{rows}</ul></body></html>", content_type="text/html")

        async def search_page(request: web.Request) -> web.Response:
            return web.Response(text="<html><body><h1>站内搜索</h1><form action='/so/'><input name='wd'>"
                                     "<button>搜索</button></form></body></html>", content_type="text/html")

        app.router.add_get("/", home)
        app.router.add_get("/so/", search)
        app.router.add_get("/search/index.html", search_page)

    return routes


FORMLESS_BUTTONS = ('<img src="/i/search.gif" alt="搜索" onclick="go()" style="cursor:pointer">',
                    '<a href="javascript:;" class="btn-search" onclick="go()">检索</a>')


async def test_a_search_box_without_a_form_is_not_measured_without_a_browser(site_server, tmp_path: Path) -> None:
    with site_server(formless_routes(FORMLESS_BUTTONS[0])) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        got = await measure_search(seed, WarcFile(tmp_path / "a.warc.gz", None), {(PLAIN, server.port): "127.0.0.1"},
                                   crawl=None, timeout=5)
    assert got["error"] == "script-search" and got["found"] is None and got["query"]


@pytest.mark.browser
@pytest.mark.parametrize(("button", "results", "found", "error"), [
    (FORMLESS_BUTTONS[0], "hits", True, None),
    (FORMLESS_BUTTONS[1], "none", False, None),
    (FORMLESS_BUTTONS[1], "dead", None, "no-response"),
    # the control beside the box only links to the advanced search page: no results page, so not measured
    ('<a href="/search/index.html">站内搜索</a>', "dead", None, "no-results-page"),
], ids=["image-button-finds", "link-button-finds-nothing", "button-does-nothing", "link-to-the-search-page"])
async def test_a_search_box_without_a_form_is_used_as_a_visitor_does(
    site_server, tmp_path: Path, button: str, results: str, found: bool | None, error: str | None,
) -> None:
    with site_server(formless_routes(button, results)) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        out = tmp_path / "m"
        got = (await take_measurements(seed, out, {(PLAIN, server.port): "127.0.0.1"}, timeout=5,
                                       chromium="/usr/bin/chromium"))["search"]
    assert (got["found"], got["error"]) == (found, error), got
    if error is None:   # the page the script opened, typed query and all, is the evidence
        assert got["results_url"].startswith(f"http://{PLAIN}:{server.port}/so/?wd=%E5%85%B3"), got
        with open(out / "measurements.warc.gz", "rb") as fh:
            kinds = {(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)}
        assert ("conversion", got["results_url"]) in kinds and ("response", got["results_url"]) in kinds


def splash_routes(app: web.Application) -> None:
    """`/` is a splash page that refreshes on to the homepage, which has the search form."""

    async def splash(request: web.Request) -> web.Response:
        return web.Response(text="<html><head><meta http-equiv='refresh' content='0; url=/portal/index.html'></head>"
                                 "<body>正在进入……</body></html>", content_type="text/html")

    async def home(request: web.Request) -> web.Response:
        news = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items())
        return web.Response(text=f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body>'
                                 '<form action="/search"><input name="q" placeholder="站内搜索"><button>搜索</button>'
                                 f'</form><ul class="news">{news}</ul></body></html>', content_type="text/html")

    async def search(request: web.Request) -> web.Response:
        word = request.query.get("q", "")
        rows = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in ARTICLES.items() if word and word in t)
        return web.Response(text=f"<html><body><ul>{rows}</ul></body></html>", content_type="text/html")

    app.router.add_get("/", splash)
    app.router.add_get("/portal/index.html", home)
    app.router.add_get("/search", search)


async def test_search_starts_from_the_homepage_behind_a_splash_page(site_server, tmp_path: Path) -> None:
    with site_server(splash_routes) as server:
        seed = f"http://{PLAIN}:{server.port}/"
        got = await measure_search(seed, WarcFile(tmp_path / "a.warc.gz", None), {(PLAIN, server.port): "127.0.0.1"},
                                   crawl=None, timeout=5)
    assert got["form_url"] == seed + "portal/index.html" and got["found"] is True, got



async def test_an_aaaa_lookup_failing_on_our_side_is_not_measured(monkeypatch, tmp_path: Path) -> None:
    """No answer from our resolver (a timeout, no resolver offline) says nothing about the site's IPv6: not
    measured (null), never 'no AAAA record'."""
    import govweb.collect.measure as measure

    monkeypatch.setattr(measure, "DNS_TIMEOUT_S", 0)  # our resolver gets no time to answer
    got = await measure_ipv6("http://www.plain.invalid/", WarcFile(tmp_path / "a.warc.gz", None), None, timeout=5)
    assert got == {"aaaa": None, "connect_ok": None, "error": "dns"}
