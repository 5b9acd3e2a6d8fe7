"""The render lane: which pages need a browser, and rendering them with Debian chromium."""

from __future__ import annotations

import asyncio
import hashlib
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from govweb.collect.guard import operator_policy
from govweb.collect.render import (
    Renderer,
    needs_render,
    screenshot_name,
    take_screenshots,
)

ITEMS = "".join(f'<li><a href="/art/2020/11/{i}.html">关于开展第{i}批政务公开工作的通知</a><span>2020-11-26</span></li>'
                for i in range(10))


def page(body: str, head: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>某某市人民政府</title><script src="/js/jquery.min.js">'
            f"</script>{head}</head><body>{body}</body></html>")


STATIC = page(f'<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div><ul class="news-list">{ITEMS}'
              '</ul><div class="clear"></div><script>$(".banner").slide({autoPlay: true});</script>')

SCRIPT_BUILT = {
    "document.write nav": page('<div class="nav"><script>document.write(\'<a href="/zwgk/">政务公开</a>\')</script></div>'),
    "empty list filled later": page(f'<ul class="news-list">{ITEMS}</ul><ul id="noticeList"></ul>'),
    "loading placeholder": page(f'<div class="nav">{ITEMS}</div><div class="column-list">数据加载中…</div>'),
    "loading list item": page(f'<ul>{ITEMS}</ul><ul class="js-list" id="home-tzgg"><li class="loading">加载中…</li></ul>'),
    "container holding only a script": page(f'<ul>{ITEMS}</ul><div id="menu"><script src="/js/menu.js"></script></div>'),
    "framework root": '<html><body><div id="app"></div><script src="/static/js/app.8c1f.js"></script></body></html>',
    "angular root": '<html><body><app-root></app-root><script src="main.js"></script></body></html>',
    "shell page": '<html><body><div class="wrap"><div class="x"></div></div><script src="/bundle.js"></script></body></html>',
    "template script": page(ITEMS, '<script type="text/html" id="tpl">{{each list}}<li>{{$value.title}}</li>{{/each}}</script>'),
    "template element": page(f"<ul>{ITEMS}</ul><template id=row><li></li></template>"),
    "v-for": page(f'<ul>{ITEMS}</ul><div class="box"><p v-for="x in items">{{{{ x.title }}}}</p></div>'),
    "mustache in text": page(f"<ul>{ITEMS}</ul><div>{{{{ article.title }}}}</div>"),
    "inline JSON loop": page(ITEMS + '<script>var data=[{"t":"通知","u":"/a"}];var h="";for(var i=0;i<data.length;i++)'
                             '{h+="<li>"+data[i].t+"</li>"}document.getElementById("x").innerHTML=h;</script>'),
    "ajax list": page(ITEMS + '<script>$.ajax({url:"/api/list",success:function(r){$.each(r.rows,function(i,o){'
                      '$("#x").append("<li>"+o.title+"</li>")})}})</script>'),
    # patterns seen on real government pages (shared docs, real-world-patterns): the footer or header pulled in from
    # an external script, the 党政机关 badge and the 找错 button written by script, Hanweb's XML data islands
    "footer from home_bottom.js": page(f"<ul>{ITEMS}</ul>", "").replace(
        "</body>", '<script type="text/javascript" src="/resource/js/home_bottom.js"></script></body>'),
    "header from home_top.js": page(f'<script src="/resource/js/home_top.js"></script><ul>{ITEMS}</ul>'),
    "footer.js": page(f'<ul>{ITEMS}</ul><script language="javascript" src="../js/footer.js?v=2"></script>'),
    "badge by document.write(unescape)": page(
        f"<ul>{ITEMS}</ul><div class=\"footer_r\"><script type=\"text/javascript\">document.write(unescape(\"%3Cspan "
        "id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/33/000/0000/60553604/"
        "CA330000000605536040002.js' type='text/javascript'%3E%3C/script%3E\"));</script></div>"),
    "badge script": page(f'<ul>{ITEMS}</ul><span id="_ideConac"></span><script src="//dcs.conac.cn/js/20/000/0000/'
                         '60564709/CA200000000605647090001.js" type="text/javascript"></script>'),
    "jiucuo": page(f"<ul>{ITEMS}</ul><script id=\"_jiucuo_\" sitecode='1100000241' src='/jiucuo.js'></script>"),
    "hanweb data island": page('<div id="4811"><script type="text/xml"><datastore><recordset><record><![CDATA['
                               '<li><a href="/art/2020/11/26/art_1_2.html">通知</a></li>]]></record></recordset>'
                               "</datastore></script></div>"),
    "empty footer filled by script": page(f'<ul>{ITEMS}</ul><div id="footer"></div><script>$("#footer").load("/f.html")'
                                          "</script>"),
}
STATIC_PAGES = {
    "plain static": STATIC,
    "no script at all": '<html><body><ul class="list"></ul></body></html>',
    "visit counter by ajax": STATIC.replace("</body>", '<script>$.get("/count",function(n){$("#cnt").html(n)})</script></body>'),
    "braces only inside a script": STATIC.replace("</body>", "<script>var s = `{{ x }}`;</script></body>"),
    "decorative empty div": STATIC.replace('<div class="clear"></div>', '<div class="line"></div><span class="list"></span>'),
    "no data yet, said statically": page(f'<ul>{ITEMS}</ul><ul class="list"><li>暂无信息</li></ul>'),
    "table layout": page(f'<table class="list"><tr><td class="news_line"></td></tr>{ITEMS}</table>'),
    "effects scripts only": page(f'<ul>{ITEMS}</ul><script src="/js/jquery.SuperSlide.2.1.1.js"></script>'
                                 '<script src="/js/banner.js"></script><script src="/js/index.js"></script>'
                                 '<div class="footer">主办单位：某某市人民政府办公室</div>'),
}


@pytest.mark.parametrize("name", SCRIPT_BUILT)
def test_script_built_pages_need_rendering(name: str) -> None:
    assert needs_render(SCRIPT_BUILT[name]) is True


@pytest.mark.parametrize("name", STATIC_PAGES)
def test_static_pages_do_not(name: str) -> None:
    assert needs_render(STATIC_PAGES[name]) is False


def test_screenshot_name() -> None:
    url = "http://www.a.gov.cn/"
    assert screenshot_name(url) == hashlib.sha1(url.encode()).hexdigest()[:16] + ".png"


SCRIPTED_HOME = """<html><head><meta charset="utf-8"><title>脚本站</title></head><body>
<ul id="newsList">加载中</ul>
<script>fetch("/api/news").then(r => r.json()).then(items => { const ul = document.getElementById("newsList");
  ul.textContent = ""; for (const it of items) { const li = document.createElement("li");
  li.innerHTML = '<a href="' + it.url + '">' + it.title + '</a>'; ul.appendChild(li); } });</script>
<script>document.write('<p id="host">' + location.host + '</p>')</script></body></html>"""


def render_routes(app: web.Application) -> None:
    async def home(request: web.Request) -> web.Response:
        return web.Response(text=SCRIPTED_HOME, content_type="text/html")

    async def news(request: web.Request) -> web.Response:
        await asyncio.sleep(0.1)
        return web.json_response([{"title": "关于做好冬季安全生产工作的通知", "url": "/art/1.html"},
                                  {"title": "市政府召开常务会议", "url": "/art/2.html"}])

    async def stall(request: web.Request) -> web.Response:
        await asyncio.sleep(4)
        return web.Response(text="late", content_type="text/html")

    app.router.add_get("/", home)
    app.router.add_get("/api/news", news)
    app.router.add_get("/stall", stall)


@pytest.mark.browser
async def test_renderer_builds_the_dom_on_a_mapped_host_and_survives_timeouts(site_server, tmp_path: Path) -> None:
    with site_server(render_routes) as server:
        host = "www.render.gov.cn"
        url = f"http://{host}:{server.port}/"
        assert needs_render(SCRIPTED_HOME)
        resolve = {(host, server.port): "127.0.0.1"}
        policy = operator_policy([f"http://127.0.0.1:{server.port}/"], resolve)  # the stall page on 127.0.0.1
        async with Renderer(pool_size=2, timeout_s=2, resolve=resolve, policy=policy) as renderer:
            started = time.perf_counter()
            first, stalled = await asyncio.gather(
                renderer.render(url, screenshot=True), renderer.render(f"http://127.0.0.1:{server.port}/stall")
            )
            assert time.perf_counter() - started < 2 + 6  # the stalled page is cut at its budget
            assert stalled.error == "timeout" and stalled.html == "" and stalled.taken_at is None
            assert first.error is None and first.status == 200 and first.final_url == url
            assert "关于做好冬季安全生产工作的通知" in first.html and "加载中" not in first.html
            assert f'<p id="host">{host}:{server.port}</p>' in first.html  # the mapped name, the URL's port
            assert first.screenshot_png is not None and first.screenshot_png.startswith(b"\x89PNG\r\n\x1a\n")
            assert first.taken_at is not None and first.taken_at.utcoffset().total_seconds() == 8 * 3600
            # the pool still works after a timeout; a port the map does not cover does not resolve
            again, unmapped = await asyncio.gather(
                renderer.render(url), renderer.render(f"http://{host}:{server.port + 1}/")
            )
            assert again.error is None and again.screenshot_png is None and "市政府召开常务会议" in again.html
            assert unmapped.error == "dns"
            titles: list[str] = []

            async def title(loaded: Any) -> None:
                titles.append(await loaded.title())

            measured = await renderer.render(url, on_loaded=title)  # measured on the loaded page
            assert measured.error is None and titles == ["脚本站"]
            shots = await take_screenshots([url, url], tmp_path / "screenshots", renderer=renderer)
    assert len(shots) == 1 and shots[0].error is None
    assert shots[0].path == tmp_path / "screenshots" / screenshot_name(url)
    assert shots[0].path.read_bytes().startswith(b"\x89PNG") and shots[0].taken_at.endswith("+08:00")
    assert server.hits()["/api/news"] >= 3


SHADOW_HOME = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>组件站</title></head><body>
<top-bar><template shadowrootmode="open"><form action="/s"><input name="w"><slot name="hint"></slot></form></template>
<span slot="hint">请输入</span></top-bar>
<script>const el = document.createElement("div"); document.body.appendChild(el);
el.attachShadow({mode: "open"}).innerHTML = "<p>脚本" + "写的页脚</p>";</script></body></html>"""


def shadow_routes(app: web.Application) -> None:
    async def home(request: web.Request) -> web.Response:
        return web.Response(text=SHADOW_HOME, content_type="text/html")

    app.router.add_get("/", home)


@pytest.mark.browser
async def test_rendered_dom_keeps_shadow_roots(site_server) -> None:
    with site_server(shadow_routes) as server:
        url = f"http://127.0.0.1:{server.port}/"
        async with Renderer(pool_size=1, timeout_s=10, policy=operator_policy([url], {})) as renderer:
            done = await renderer.render(url)
    assert done.error is None and done.html.startswith('<!DOCTYPE html><html lang="zh">')
    assert '<template shadowrootmode="open"><form action="/s">' in done.html and "请输入" in done.html
    assert "<p>脚本写的页脚</p>" in done.html   # (a root a script attached, too)
