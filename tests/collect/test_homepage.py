"""The real homepage: gateway pages at the seed (patterns seen on real government sites: meta refresh and script
redirects to /html/index.html or index.shtml, framesets, an iframe holding the whole body, "点击进入" splash pages)
are followed, recorded in crawl.json, and the checks read the page a visitor lands on."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from conftest import html, page, serve

from govweb.checks.context import SiteContext
from govweb.checks.snapshot import load_snapshot
from govweb.collect import CrawlSettings, crawl
from govweb.collect.homepage import next_hop
from govweb.collect.links import parse_page

SEED = "http://www.x.gov.cn/"
NEWS = "".join(f'<li><a href="/art/2020/11/{i}/art_1_{i}.html">关于开展第{i}批政务公开工作的通知</a>'
               f"<span>2020-11-{i:02d}</span></li>" for i in range(1, 30))

HOPS = {
    "meta refresh": ('<html><head><meta http-equiv="refresh" content="0; url=/html/index.html"></head><body></body>'
                     "</html>", "/html/index.html", "meta-refresh"),
    "meta refresh, quoted, upper case, delayed": (
        "<html><head><META HTTP-EQUIV=Refresh CONTENT=\"3;URL='index.shtml'\"></head><body>正在进入……</body></html>",
        "/index.shtml", "meta-refresh"),
    "meta refresh, unquoted attribute": ("<html><head><meta http-equiv=refresh content=0;url=/x></head></html>", "/x",
                                         "meta-refresh"),
    "meta refresh, spaces and a comma": ('<html><head><meta http-equiv=" Refresh " content=" 1 , URL = \'/y.htm\' ">'
                                         "</head></html>", "/y.htm", "meta-refresh"),
    "meta refresh, relative to <base href>": (
        '<html><head><base href="/site/"><meta http-equiv="refresh" content="0; URL=\'index.html\'"></head></html>',
        "/site/index.html", "meta-refresh"),
    "meta refresh, relative to an absolute <base href>": (
        '<html><head><base href="http://www.x.gov.cn/portal/a.html"><meta http-equiv="refresh" content="0;url=main.htm">'
        "</head></html>", "/portal/main.htm", "meta-refresh"),
    "splash link relative to <base href>": ('<html><head><base href="http://www.x.gov.cn/zw/"></head><body>'
                                            '<a href="index.shtml">点击进入</a></body></html>', "/zw/index.shtml", "splash"),
    "location.href": ('<html><body><script>window.location.href = "/col/col1/index.html";</script></body></html>',
                      "/col/col1/index.html", "script-redirect"),
    "location.replace": ("<html><body><script>location.replace('http://www.x.gov.cn/zwgk/')</script></body></html>",
                         "/zwgk/", "script-redirect"),
    "top.location in setTimeout": (
        '<html><body><p>正在进入网站……</p><script>setTimeout("top.location=\'index.shtml\'", 2000)</script></body></html>',
        "/index.shtml", "script-redirect"),
    "desktop branch of a phone test": (
        '<html><body><script>if (/Android|iPhone/i.test(navigator.userAgent)) { location.href = "/m/"; } '
        'else { location.href = "/pc/index.html"; }</script></body></html>', "/pc/index.html", "script-redirect"),
    "function called on load": ('<html><body onload="go()"><script>function go(){ document.location = "/main.html"; }'
                                "</script></body></html>", "/main.html", "script-redirect"),
    "frameset": ('<html><frameset rows="120,*,60"><frame name="topFrame" src="/top.html"><frame name="mainFrame" '
                 'src="/main.html"><frame name="bottom" src="/foot.html"></frameset></html>', "/main.html", "frameset"),
    "iframe holding the body": ('<html><body style="margin:0"><iframe src="/portal/index.html" width="100%" '
                                'height="100%" frameborder="0"></iframe></body></html>', "/portal/index.html", "iframe"),
    "splash picture": ('<html><body><a href="/index.shtml"><img src="/images/splash.jpg" alt="欢迎"></a>'
                       "<p>点击图片进入</p></body></html>", "/index.shtml", "splash"),
    "splash with 点击进入 and a badge": ('<html><body><h1>欢迎访问</h1><a href="/zw/">点击进入</a> '
                                      '<a href="http://beian.miit.gov.cn/">京ICP备05070218号</a></body></html>',
                                      "/zw/", "splash"),
    "a redirect for wide screens (desktop)": (
        '<html><head><script>if (window.screen.width >= 1024) { location.replace("/portal/index.jsp"); }</script>'
        f"</head><body><ul>{NEWS}</ul></body></html>", "/portal/index.jsp", "script-redirect"),
    "a redirect for every browser but phones": (
        "<html><head><script>var agent = navigator.userAgent;\nif (!(agent.match(/Android/i) || agent.match(/iPhone/i)))"
        ' { top.location.href = "/web/"; }</script></head><body><p>欢迎</p></body></html>', "/web/", "script-redirect"),
    "language chooser": ('<html><body><a href="/cn/index.html">中文版</a> | <a href="/en/index.html">English</a>'
                         "</body></html>", "/cn/index.html", "splash"),
    "a choice of versions (the standard one first or not)": (
        '<html><body><div class="ver"><a href="/elder/">长者模式<br>字大 图清</a></div><div class="ver">'
        '<a href="/portal/home.shtml"><b>普通版</b></a></div></body></html>', "/portal/home.shtml", "splash"),
    "a site-group directory with one way into the portal": (
        '<html><head><title>某县政府网站导航</title></head><body><table><tr><td><a href="/portal/index.shtml">'
        '<img src="/door.gif" alt="进入县政府主站"></a></td></tr></table><dl><dt>乡镇</dt>'
        + "".join(f'<dd><a href="http://{t}.x.gov.cn/">{t}镇</a></dd>' for t in ("dong", "xi", "nan", "bei"))
        + "</dl><dl><dt>部门</dt>" + "".join(f'<dd><a href="/bm/{d}/">县{d}局</a></dd>' for d in ("jy", "ws", "cz"))
        + "</dl></body></html>", "/portal/index.shtml", "splash"),
}
_TOWNS = ("dong", "xi", "nan", "bei")
NO_HOP = {
    "a real homepage": f"<html><body><ul class=list>{NEWS}</ul></body></html>",
    "a periodic reload of itself": ('<html><head><meta http-equiv="refresh" content="300"></head><body>'
                                    f"<ul>{NEWS}</ul></body></html>"),
    "a refresh for browsers without scripts": ('<html><head><noscript><meta http-equiv="Refresh" content="0;URL=/nojs">'
                                               f"</noscript></head><body><ul>{NEWS}</ul></body></html>"),
    "a refresh without a delay (browsers ignore it)": '<html><head><meta http-equiv="refresh" content="url=/x"></head></html>',
    "a redirect for phones only": ('<html><body><script>if(/Android|iPhone/i.test(navigator.userAgent)) '
                                   'window.location.href="/m/";</script></body></html>'),
    "phones sent on unless they ask for the desktop page": (
        "<html><head><script>var a = navigator.userAgent;\nif (a.indexOf('Mobile') !== -1 && document.cookie.indexOf("
        "'desk=1') === -1) location.replace('http://wap.x.gov.cn/');</script></head><body></body></html>"),
    "browserRedirect() on a page with little text": (
        "<html><head><script>function browserRedirect() {\n var s = navigator.userAgent.toLowerCase();\n"
        ' var bIsIpad = s.match(/ipad/i) == "ipad";\n var bIsAndroid = s.match(/android/i) == "android";\n'
        ' var bIsWM = s.match(/windows mobile/i) == "windows mobile";\n'
        ' if (bIsIpad || bIsAndroid || bIsWM) { window.location.href = "/wap/index.html"; }\n}\nbrowserRedirect();'
        '</script></head><body><img src="/banner.jpg">'
        + "".join(f'<a href="/zt{i}.html">专题{i}</a>' for i in range(5)) + "</body></html>"),
    "a loop over phone names": (
        '<html><body><script>var phones = ["iphone", "ipod", "android", "symbian", "mobile"];\n'
        "var b = window.navigator.userAgent.toLowerCase();\nfor (var i = 0; i < phones.length; i++) {\n"
        "  if (b.indexOf(phones[i]) != -1) { location.href = '/m/index.html'; break; }\n}</script></body></html>"),
    "the common phone-detection snippet, else branch included": (
        "<html><head><script>if (/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|"
        "LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test("
        'navigator.userAgent))) { if (window.location.href.indexOf("?mobile") < 0) { try { if (/Android|webOS|iPhone|'
        'iPod|BlackBerry/i.test(navigator.userAgent)) { window.location.href = "/wap/"; } else if (/iPad/i.test('
        'navigator.userAgent)) { } else { window.location.href = "/wap/"; } } catch (e) {} } }</script></head>'
        "<body></body></html>"),
    "a small screen": ("<html><body><script>if (document.documentElement.clientWidth <= 750) "
                       '{ window.location = "/mobile/"; }</script></body></html>'),
    "uaredirect() from a library": ('<html><head><script src="/js/uaredirect.js"></script><script>'
                                    'uaredirect("http://m.x.gov.cn/");</script></head><body></body></html>'),
    "an old-browser notice": ("<html><body><script>if (/MSIE 10|Trident/.test(navigator.userAgent)) "
                              f"{{ window.location.href='/browser_upgrade/'; }}</script><ul>{NEWS}</ul></body></html>"),
    "a search button's function": ('<html><body><script>function goSearch(){ location.href = "/search/"; }</script>'
                                   f"<ul>{NEWS}</ul></body></html>"),
    "a URL built from input": '<html><body><script>location.href = "/search?q=" + q;</script></body></html>',
    "a comparison": '<html><body><script>if (location.href == "http://www.x.gov.cn/") {}</script><p>x</p></body></html>',
    "a site-group directory with a way into each site": (
        "<html><body><ul>" + "".join(f'<li>{t}镇 <a href="/{t}/index.html">进入首页</a></li>' for t in _TOWNS)
        + "</ul></body></html>"),
    "a site-group directory whose way in leaves the host": (
        '<html><body><a href="http://www.y.gov.cn/">进入门户网站</a><ul>'
        + "".join(f'<li><a href="/{t}/">{t}镇</a></li>' for t in _TOWNS) + "</ul></body></html>"),
    "a short page of links with a way into a topic": (
        '<html><body><a href="/zt/2026/">进入专题</a><ul>'
        + "".join(f'<li><a href="/{t}/">{t}镇</a></li>' for t in _TOWNS) + "</ul></body></html>"),
}


HOPS["a choice of versions: the desktop visitor takes 电脑版 beside 手机版 and 关怀版"] = (
    "<html><body><h3>欢迎访问，请选择</h3><div class='ver'><a href='/m/' onclick=\"setVer('m')\">手机版</a>"
    "<a href='/web/index.html' onclick=\"setVer('web')\"><img src='/i/pc.png' alt='电脑版'></a>"
    "<a href='/old/' onclick=\"setVer('old')\">关怀版</a></div><script>function setVer(v){document.cookie='v='+v;}"
    "</script></body></html>", "/web/index.html", "splash")
NO_HOP["a desktop page whose 电脑版 link is itself"] = (
    "<html><body><div class='top'><a href='/'>电脑版</a> | <a href='/m/'>手机版</a></div>"
    f"<ul>{NEWS}</ul></body></html>")
NO_HOP["a full page naming a 电脑版 elsewhere"] = (
    f"<html><body><ul>{NEWS}</ul><p><a href='http://old.x.gov.cn/'>电脑版</a></p></body></html>")


def test_a_phone_page_at_the_seed_sends_the_desktop_visitor_to_its_desktop_version() -> None:
    # the seed is the wap site (an m. host); its foot links the desktop site, which the evaluation reads
    wap = ("<html><head><meta name='viewport' content='width=device-width'></head><body><ul>"
           + NEWS + "</ul><footer><a href='http://www.x.gov.cn/'>切换到电脑版</a> <a href='#top'>顶部</a></footer>"
           "</body></html>")
    hop = next_hop(wap, "http://m.x.gov.cn/")
    assert hop is not None and (hop.url, hop.reason) == ("http://www.x.gov.cn/", "splash")
    # the same page on the site's own host, long and full of links, stays the homepage
    assert next_hop(wap, SEED) is None


@pytest.mark.parametrize("name", HOPS)
def test_gateway_pages_send_the_visitor_on(name: str) -> None:
    text, path, reason = HOPS[name]
    hop = next_hop(text, SEED)
    assert hop is not None and (hop.url, hop.reason) == (SEED.rstrip("/") + path, reason)


@pytest.mark.parametrize("name", NO_HOP)
def test_pages_a_visitor_stays_on(name: str) -> None:
    assert next_hop(NO_HOP[name], SEED) is None


def test_the_crawler_follows_a_refresh_as_the_homepage_does() -> None:
    """One parser: the link the crawler queues from a refresh is the homepage's next hop."""
    text = "<html><head><base href='/cms/'><META HTTP-EQUIV='REFRESH' CONTENT=\"0; URL='index.html'\"></head></html>"
    parsed = parse_page(text, SEED, homepage=True)
    assert parsed.hop is not None and parsed.hop.url == SEED + "cms/index.html"
    assert SEED + "cms/index.html" in parsed.links


def gateway_site(app: web.Application) -> None:
    """`/` → 302 → `/portal/`; its script sends on to `/portal/index.shtml`; that is a frameset whose main frame is
    the homepage `/portal/main.html`. Pages link `/` and `/index.html`, as real sites do."""

    async def root(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": "/portal/"})

    async def portal(request: web.Request) -> web.Response:
        return page("<html><body>正在进入……<script>location.href='index.shtml'</script></body></html>")

    async def frames(request: web.Request) -> web.Response:
        return page('<html><frameset rows="100,*"><frame src="/portal/top.html" name="top">'
                    '<frame src="/portal/main.html" name="main"></frameset></html>')

    async def main(request: web.Request) -> web.Response:
        body = ('<div class="footer">主办单位：某某市人民政府办公室 网站标识码：3200000001 '
                '<a href="http://beian.miit.gov.cn/">苏ICP备05000001号</a></div>')
        return page(html("某某市人民政府", [f"/art/{i}.html" for i in range(3)] + ["/", "/index.html"],
                         body=f"<ul>{NEWS}</ul>{body}", nav=["/col/zwgk/"]))

    async def other(request: web.Request) -> web.Response:
        return page(html(f"页面 {request.path}", ["/portal/main.html"]))

    app.router.add_get("/", root)
    app.router.add_get("/portal/", portal)
    app.router.add_get("/portal/index.shtml", frames)
    app.router.add_get("/portal/main.html", main)
    app.router.add_get("/{tail:.*}", other)


def crawl_and_read(routes: Any, out: Path) -> tuple[Any, dict[str, Any], SiteContext, Counter[str]]:
    """Crawl a test site; (server, crawl.json, the checks' view of the snapshot, requests per path)."""
    with serve(routes) as srv:
        crawl(srv.url("/"), out, CrawlSettings(timeout=5.0))
        hits = srv.hits()
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    return srv, data, SiteContext(load_snapshot(out), dt.date(2020, 11, 26)), hits


def test_the_crawl_follows_the_chain_and_the_checks_read_the_homepage(tmp_path: Path) -> None:
    srv, data, ctx, hits = crawl_and_read(gateway_site, tmp_path)
    assert data["homepage"] == srv.url("/portal/main.html")
    assert [(s["url"], s["reason"]) for s in data["homepage_chain"]] == [
        (srv.url("/"), "seed"), (srv.url("/portal/"), "http-302"), (srv.url("/portal/index.shtml"), "script-redirect"),
        (srv.url("/portal/main.html"), "frameset")]
    assert hits["/portal/main.html"] == 1 and hits["/"] == 1  # each fetched once
    assert hits["/index.html"] == 0  # the homepage links `/index.html`: the same page as `/`, not fetched again
    pages = {p["url"]: p for p in data["pages"]}
    assert pages[srv.url("/portal/main.html")]["depth"] == 0
    assert ctx.homepage_url == srv.url("/portal/main.html")
    assert ctx.homepage is not None and ctx.homepage.title == "某某市人民政府"
    for name in ("/", "/index.html", "/portal/", "/portal/index.shtml"):  # every way in names the homepage
        assert ctx.canonical(srv.url(name)) == srv.url("/portal/main.html"), name


def splash_at_the_root(app: web.Application) -> None:
    """`/` is a splash page whose meta refresh leads to `/index.shtml` — the same canonical key as `/`."""

    async def root(request: web.Request) -> web.Response:
        return page("<html><head><meta http-equiv='refresh' content='2;url=/index.shtml'></head>"
                    "<body><a href='/index.shtml'><img src='/splash.jpg'></a></body></html>")

    async def home(request: web.Request) -> web.Response:
        return page(html("某某县人民政府", ["/art/1.html", "/"], body=f"<ul>{NEWS}</ul>"))

    async def other(request: web.Request) -> web.Response:
        return page(html("文章", ["/index.shtml"]))

    app.router.add_get("/", root)
    app.router.add_get("/index.shtml", home)
    app.router.add_get("/{tail:.*}", other)


def test_a_splash_page_refreshing_to_its_own_index_document(tmp_path: Path) -> None:
    srv, data, ctx, hits = crawl_and_read(splash_at_the_root, tmp_path)
    assert hits["/index.shtml"] == 1
    assert data["homepage"] == srv.url("/index.shtml")
    assert data["homepage_chain"][-1] == {"url": srv.url("/index.shtml"), "reason": "meta-refresh"}
    assert ctx.homepage_url == srv.url("/index.shtml") and ctx.homepage is not None
    assert ctx.homepage.title == "某某县人民政府"


def site_group_directory(app: web.Application) -> None:
    """`/` lists the county's 网站群 (townships on their hosts, departments in folders) around one way into the
    portal, 进入门户网站 → `/zfmh/index.jsp`: the homepage, whose footer carries the marks."""

    async def root(request: web.Request) -> web.Response:
        towns = "".join(f'<a href="/{t}/">{t}镇人民政府</a>' for t in _TOWNS)
        return page(f'<html><head><title>某县网站群</title></head><body><p class="door"><a href="/zfmh/index.jsp">'
                    f"某县人民政府 进入门户网站</a></p><div class='towns'>{towns}</div></body></html>")

    async def home(request: web.Request) -> web.Response:
        footer = '<div class="footer">主办单位：某县人民政府办公室 <a href="http://beian.miit.gov.cn/">湘ICP备06000002号</a></div>'
        return page(html("某县人民政府", [f"/art/{i}.html" for i in range(3)], body=f"<ul>{NEWS}</ul>{footer}"))

    async def other(request: web.Request) -> web.Response:
        return page(html(f"页面 {request.path}", ["/zfmh/index.jsp"]))

    app.router.add_get("/", root)
    app.router.add_get("/zfmh/index.jsp", home)
    app.router.add_get("/{tail:.*}", other)


def test_a_site_group_directory_at_the_root_leads_to_the_portal(tmp_path: Path) -> None:
    srv, data, ctx, _ = crawl_and_read(site_group_directory, tmp_path)
    assert data["homepage"] == srv.url("/zfmh/index.jsp")
    assert data["homepage_chain"][-1] == {"url": srv.url("/zfmh/index.jsp"), "reason": "splash"}
    assert ctx.homepage is not None and ctx.homepage.title == "某县人民政府" and not ctx.homepage.redirect
    assert "ICP备案号" in ctx.homepage.marks
