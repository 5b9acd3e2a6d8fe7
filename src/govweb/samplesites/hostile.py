"""The hostile site: a normal TRS-style portal whose homepage also links to the traps crawlers meet in the wild.

Dynamic traps (answered by the server, see `handle`):
  /rili/YYYY/MM/            an endless calendar (each month links to the previous and next month and its days)
  /redirect/a.html          a redirect loop (a → b → a)
  /error/500_N.html         HTTP 500
  /busy/index.html          503 with Retry-After: 1 for the first two requests, then 200
  /slow/drip.html?s=N       a response that drips one chunk every half second for N seconds (default 20)
  /big/page.html            an 8 MB HTML page
  /waf/check.html           a firewall challenge: HTTP 412 with a JavaScript challenge page
Static traps (written at build): /private/ (disallowed by robots.txt), /malformed.html, /badbytes.html.
The whole-site-blocked host answers every request with the challenge page.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from aiohttp import web

from govweb.samplesites.model import Link, Site

BIG_BYTES = 8 * 1024 * 1024
DRIP_DEFAULT_S = 20.0  # under the crawler's default 30 s total timeout: slow, not broken

TRAPS = (
    Link("政务日历", "/rili/2020/11/"),
    Link("旧版网站入口", "/redirect/a.html"),
    Link("网上调查", "/error/500_1.html"),
    Link("在线访谈", "/error/500_2.html"),
    Link("统计数据查询", "/busy/index.html"),
    Link("视频点播", "/slow/drip.html"),
    Link("年鉴全文", "/big/page.html"),
    Link("内部办公", "/private/oa/index.html"),
    Link("老版专题", "/malformed.html"),
    Link("历史档案", "/badbytes.html"),
    Link("信用查询", "/waf/check.html"),
)
BROKEN = ("/error/500_1.html", "/error/500_2.html", "/redirect/a.html")
UNCERTAIN = ("/slow/drip.html", "/big/page.html", "/waf/check.html", "/busy/index.html", "/rili/")

CHALLENGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title></title><script type="text/javascript">
var _0x3f2a=["\\x63\\x6f\\x6f\\x6b\\x69\\x65","\\x72\\x65\\x6c\\x6f\\x61\\x64"];(function(){var t=Date.now(),n=0;for(var i=0;i<200000;i++){n=(n*31+i)%1000003}
document[_0x3f2a[0]]="FSSBBIl1UgzbN7N80S="+n.toString(16)+"; path=/";setTimeout(function(){location[_0x3f2a[1]]()},1500)})();
</script></head><body><div style="display:none">正在进行安全检测，请稍候……</div></body></html>
"""


def prepare(site: Site) -> None:
    """Add the trap links to the homepage and the dead ones to the site's ground truth."""
    site.home_links.extend(TRAPS)
    for path in BROKEN:
        site.broken.setdefault(site.abs(path), set()).add(site.abs("/"))


def write_static(site: Site, root: Path) -> None:
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\nDisallow: /was5/web/\nCrawl-delay: 0\n",
                                     encoding="ascii")
    private = root / "private" / "oa"
    private.mkdir(parents=True, exist_ok=True)
    (private / "index.html").write_text(
        "<html><head><meta charset='utf-8'><title>内部办公系统</title></head><body><a href='/private/oa/list.html'>待办</a>"
        "</body></html>", encoding="utf-8")
    (private / "list.html").write_text(
        "<html><head><meta charset='utf-8'><title>待办事项</title></head><body>无待办事项</body></html>", encoding="utf-8")
    news = site.column("jrgz").items[:5]
    links = "".join(f"<li><a href={it.url}>{it.title}<span>{it.datestr}</span>" for it in news)
    malformed = (
        "<html><head><meta charset=utf-8><title>老版专题</title><body><div class=main><table><tr><td>"
        f"<ul>{links}</ul><p><b><i>未闭合的标签<div></span></td></tr></form><a href=\"/xwzx/jrgz/index.html\">返回"
        "<!-- 未闭合注释 <p>正文"
    )
    (root / "malformed.html").write_text(malformed, encoding="utf-8")
    bad = (
        "<html><head><meta charset=\"utf-8\"><title>历史档案</title></head><body><p>".encode()
        + "档案".encode() + b"\xff\xfe\xe6\x96" + b"\x00\x00" + "整理中".encode("gbk") + b"\xc3\x28"
        + b"</p><a href=\"/xwzx/jrgz/index.html\">" + "返回".encode() + b"</a></body></html>"
    )
    (root / "badbytes.html").write_bytes(bad)


def truth_extra(site: Site) -> dict[str, Any]:
    if site.family != "hostile":
        return {}
    return {"uncertain": [site.abs(p) for p in UNCERTAIN],
            "note": "URLs under `uncertain` behave according to crawl options (timeouts, size cap, retries, "
                    "trap guards); an evaluation may or may not count them, so accuracy scoring ignores them."}


# Dynamic behaviour --------------------------------------------------------------------------------------------------

_CAL = re.compile(r"^/rili/(\d{4})/(\d{1,2})/(?:(\d{1,2})\.html)?$")


def challenge_response() -> web.Response:
    return web.Response(status=412, body=CHALLENGE.encode(), content_type="text/html", charset="utf-8",
                        headers={"Server": "WAF", "Set-Cookie": "FSSBBIl1UgzbN7N80O=abc; path=/"})


def calendar_page(y: int, m: int, d: int | None) -> str:
    prev_y, prev_m = (y - 1, 12) if m == 1 else (y, m - 1)
    next_y, next_m = (y + 1, 1) if m == 12 else (y, m + 1)
    days = "".join(f"<a href='/rili/{y}/{m:02d}/{k}.html'>{k}</a> " for k in range(1, 29))
    title = f"{y}年{m}月" + (f"{d}日" if d else "")
    return (f"<html><head><meta charset='utf-8'><title>政务日历 {title}</title></head><body><h1>{title}</h1>"
            f"<a href='/rili/{prev_y}/{prev_m:02d}/'>上一月</a> <a href='/rili/{next_y}/{next_m:02d}/'>下一月</a>"
            f"<div class='days'>{days}</div></body></html>")


class HostileState:
    def __init__(self) -> None:
        self.busy_hits = 0


async def handle(request: web.Request, state: HostileState) -> web.StreamResponse | None:
    """Answer a hostile path, or None to fall through to static files."""
    path = request.path
    m = _CAL.match(path)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise web.HTTPNotFound()
        return web.Response(text=calendar_page(y, mo, int(m.group(3)) if m.group(3) else None),
                            content_type="text/html", charset="utf-8")
    if path == "/redirect/a.html":
        raise web.HTTPFound("/redirect/b.html")
    if path == "/redirect/b.html":
        raise web.HTTPFound("/redirect/a.html")
    if path.startswith("/error/"):
        return web.Response(status=500, text="<html><body><h1>500 Internal Server Error</h1></body></html>",
                            content_type="text/html")
    if path == "/busy/index.html":
        state.busy_hits += 1
        if state.busy_hits <= 2:
            return web.Response(status=503, text="Service Unavailable", headers={"Retry-After": "1"})
        return web.Response(text="<html><head><meta charset='utf-8'><title>统计数据查询</title></head><body>查询服务"
                                 "</body></html>", content_type="text/html", charset="utf-8")
    if path == "/slow/drip.html":
        seconds = float(request.query.get("s", DRIP_DEFAULT_S))
        resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await resp.prepare(request)
        await resp.write("<html><head><meta charset='utf-8'><title>视频点播</title></head><body>".encode())
        steps = int(seconds / 0.5)
        for _ in range(steps):
            await asyncio.sleep(0.5)
            await resp.write(b"<!-- . -->\n")
        await resp.write(b"</body></html>")
        await resp.write_eof()
        return resp
    if path == "/big/page.html":
        resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8",
                                           "Content-Length": str(BIG_BYTES)})
        await resp.prepare(request)
        head = b"<html><head><meta charset='utf-8'><title>\xe5\xb9\xb4\xe9\x89\xb4</title></head><body>"
        tail = b"</body></html>"
        chunk = ("<p>" + "统计年鉴正文内容" * 40 + "</p>\n").encode()
        await resp.write(head)
        left = BIG_BYTES - len(head) - len(tail)
        while left > 0:
            part = chunk[:left]
            await resp.write(part)
            left -= len(part)
        await resp.write(tail)
        await resp.write_eof()
        return resp
    if path == "/waf/check.html":
        return challenge_response()
    return None
