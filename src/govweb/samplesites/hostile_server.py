"""A hostile web server for the crawler's tests and benchmarks: aiohttp on loopback, one misbehaving site per host.

Each case is a host `<case>.hostile.test` (reach it with `--resolve`), and every request is logged so a test can
bound how many requests a crawl made of it:

    drip        the homepage sends one byte every 0.2 s, forever
    hang        the homepage never answers
    reset       the homepage breaks off with a TCP reset half-way through its body
    chunked     the homepage's chunked encoding is invalid
    bomb        the homepage is a gzip bomb (128 MiB of zeros, 130 KB on the wire)
    nestedbomb  the same bomb compressed twice (`Content-Encoding: gzip, gzip`)
    links       the homepage has 100,000 links: attachments, other sites, pages
    charsets    pages whose charset labels lie (GBK sent as UTF-8, UTF-8 labelled gb2312), one of binary junk
    redirects   a redirect loop, a chain of 15 redirects, malformed and non-http Location headers
    sitemaps    robots.txt names a sitemap index whose every entry is a new sitemap index, forever
    gzsitemap   robots.txt names a gzipped sitemap inflating to 128 MiB
    robots503   robots.txt answers 503 with Retry-After: 3600
    robots404   robots.txt answers 404 (everything allowed)
    calendar    a calendar whose every day links the next with a fresh random token, and /events/<random>/…
    headers     the homepage's headers are 100 KB long

    with serve_hostile() as server:
        crawl(server.url("bomb"), out, CrawlSettings(resolve=server.resolve("bomb")))
        server.requests("bomb")
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import string
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from aiohttp import web

from govweb.samplesites.threaded import free_port, serve_app

DOMAIN = "hostile.test"
CASES = ("drip", "hang", "reset", "chunked", "bomb", "nestedbomb", "links", "charsets", "redirects", "sitemaps",
         "gzsitemap", "robots503", "robots404", "calendar", "headers")
BOMB_BYTES = 128 * 1024 * 1024
_BOMB_HEAD = b"<html><head><title>bomb</title></head><body>"
LINKS = 100_000  # on one page: 40 % attachments, 40 % other sites, 20 % pages
DEAD_HOST = "dead.test:1"  # the "other sites" of the links case: map it to loopback (--resolve), it refuses


@dataclass
class HostileServer:
    port: int
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (case, method, path_qs)

    def url(self, case: str, path: str = "/") -> str:
        return f"http://{case}.{DOMAIN}:{self.port}{path}"

    def resolve(self, case: str) -> tuple[str, ...]:
        """--resolve entries for a case (the links case also maps the dead host its external links point to)."""
        return (f"{case}.{DOMAIN}:{self.port}:127.0.0.1", *((f"{DEAD_HOST}:127.0.0.1",) if case == "links" else ()))

    def requests(self, case: str) -> int:
        return sum(1 for c, _, _ in self.log if c == case)

    def hits(self, case: str) -> Counter[str]:
        return Counter(p for c, _, p in self.log if c == case)


def _html(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body>{body}</body></html>")


def _page(text: str, status: int = 200, **headers: str) -> web.Response:
    return web.Response(body=text.encode("utf-8"), status=status,
                        headers={"Content-Type": "text/html; charset=utf-8", **headers})


@cache
def _zeros_gzip(size: int, prefix: bytes = b"") -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [comp.compress(prefix)]
    block = bytes(1 << 20)
    for _ in range(size // len(block)):
        parts.append(comp.compress(block))
    parts.append(comp.flush())
    return b"".join(parts)


def _sitemap_bomb(port: int) -> bytes:
    urls = "".join(f"<url><loc>http://gzsitemap.{DOMAIN}:{port}/p/{k}.html</loc></url>" for k in range(10))
    return _zeros_gzip(BOMB_BYTES, f'<?xml version="1.0"?><urlset>{urls}'.encode())


def _gzip(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    return comp.compress(data) + comp.flush()


def _token(rng: random.Random) -> str:
    """A random token with letters and digits mixed (a nonce, a session id)."""
    return "".join(rng.choice(string.ascii_letters if i % 2 else string.digits) for i in range(12))


async def _raw(request: web.Request, data: bytes, reset: bool = False) -> web.StreamResponse:
    """Write raw bytes on the connection (no HTTP framing by aiohttp), then close it (with a reset if asked)."""
    transport = request.transport
    assert transport is not None
    transport.write(data)
    await asyncio.sleep(0.05)
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    raise asyncio.CancelledError  # the answer was written by hand: aiohttp must not write another


async def _robots(case: str, port: int) -> web.Response:
    if case == "robots503":
        return web.Response(status=503, text="busy", headers={"Retry-After": "3600"})
    if case == "robots404":
        return web.Response(status=404, text="not found")
    lines = ["User-agent: *", "Disallow: /private/", "Disallow: /*.tmp$"]
    if case == "sitemaps":
        lines.append(f"Sitemap: http://{case}.{DOMAIN}:{port}/sm/0.xml")
    if case == "gzsitemap":
        lines.append(f"Sitemap: http://{case}.{DOMAIN}:{port}/sitemap.xml.gz")
    return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")


async def _home(request: web.Request, case: str, port: int) -> web.StreamResponse:  # noqa: C901 - one case each
    path = request.path
    if case == "drip" and path == "/":
        resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await resp.prepare(request)
        await resp.write(b"<html><head><title>drip</title></head><body>")
        with contextlib.suppress(ConnectionError):  # until the crawler gives up and hangs up
            while True:
                await asyncio.sleep(0.2)
                await resp.write(b".")
        return resp
    if case == "hang":
        await asyncio.sleep(3600)
    if case == "reset" and path == "/":
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
        return await _raw(request, head + b"<html><body>" + b"x" * 1000, reset=True)
    if case == "chunked" and path == "/":
        return await _raw(request, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   b"5\r\n<html\r\nZZZZ\r\nnot a chunk\r\n0\r\n\r\n")
    if case == "headers" and path == "/":
        return await _raw(request, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Junk: " + b"a" * 100_000
                          + b"\r\nContent-Length: 5\r\n\r\nhello")
    if case == "bomb" and path == "/":
        return web.Response(body=_zeros_gzip(BOMB_BYTES, _BOMB_HEAD),
                            headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    if case == "nestedbomb" and path == "/":
        return web.Response(body=_gzip(_zeros_gzip(BOMB_BYTES, _BOMB_HEAD)),
                            headers={"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"})
    if case == "links":
        return _links(path)
    if case == "charsets":
        return _charsets(path)
    if case == "redirects":
        return _redirects(path)
    if case == "sitemaps" and path.startswith("/sm/"):
        n = int(path[4:].split(".")[0])
        locs = "".join(f"<sitemap><loc>http://{case}.{DOMAIN}:{port}/sm/{k}.xml</loc></sitemap>"
                       for k in (2 * n + 1, 2 * n + 2))
        return web.Response(text=f'<?xml version="1.0"?><sitemapindex>{locs}</sitemapindex>',
                            content_type="application/xml")
    if case == "gzsitemap" and path == "/sitemap.xml.gz":
        return web.Response(body=_sitemap_bomb(port), content_type="application/x-gzip")
    if case == "calendar":
        return _calendar(path, request)
    return _page(_html(f"{case} {path}", f'<p>{case}</p><a href="/">首页</a>'))


def _links(path: str) -> web.Response:
    if path == "/":
        body = "".join(f'<a href="/f/{k}.pdf">附件</a><a href="http://{DEAD_HOST}/e{k}">外站</a>'
                       + (f'<a href="/p/{k}.html">页面</a>' if k % 2 else "") for k in range(LINKS * 2 // 5))
        return _page(_html("十万链接", body))
    if path.startswith("/f/"):
        return web.Response(body=b"%PDF-1.4", content_type="application/pdf")
    return _page(_html(path, '<a href="/">首页</a>'))


def _charsets(path: str) -> web.Response:
    if path == "/":
        links = "".join(f'<a href="{p}">{p}</a>' for p in ("/gbk-as-utf8.html", "/meta-lies.html", "/binary.html"))
        return _page(_html("编码", links))
    if path == "/gbk-as-utf8.html":
        return web.Response(body=_html("政务公开专栏", "通知公告", "gbk").encode("gbk"),
                            headers={"Content-Type": "text/html; charset=utf-8"})
    if path == "/meta-lies.html":
        return web.Response(body=_html("信息公开年报", "正文", "gb2312").encode("utf-8"),
                            headers={"Content-Type": "text/html"})
    junk = random.Random(7).randbytes(20_000)
    return web.Response(body=junk, headers={"Content-Type": "text/html"})


def _redirects(path: str) -> web.Response:
    if path == "/":
        links = "".join(f'<a href="{p}">{p}</a>' for p in ("/loop/a", "/chain/0", "/bad", "/empty", "/js", "/ftp"))
        return _page(_html("跳转", links))
    if path == "/loop/a":
        return web.Response(status=302, headers={"Location": "/loop/b"})
    if path == "/loop/b":
        return web.Response(status=302, headers={"Location": "/loop/a"})
    if path.startswith("/chain/"):
        n = int(path[7:])
        return web.Response(status=302, headers={"Location": f"/chain/{n + 1}"})
    targets = {"/bad": "http://[::1/bad", "/empty": "", "/js": "javascript:alert(1)", "/ftp": "ftp://files.test/x"}
    if path in targets:
        return web.Response(status=302, headers={"Location": targets[path]})
    return _page(_html(path, ""))


def _calendar(path: str, request: web.Request) -> web.Response:
    rng = random.Random()
    if path == "/":
        return _page(_html("日历", f'<a href="/calendar/2020/3/22/?s={_token(rng)}">活动日历</a>'
                                   f'<a href="/events/{_token(rng)}/a/b/">活动</a>'))
    if path.startswith("/calendar/"):
        y, m, d = (int(x) for x in path.split("/")[2:5])
        nd, nm = (d % 28) + 1, m + (d == 28)
        nxt = f"/calendar/{y + (nm > 12)}/{(nm - 1) % 12 + 1}/{nd}/?s={_token(rng)}"
        return _page(_html(f"{y}年{m}月{d}日", f'<a href="{nxt}">下一天</a>'))
    if path.startswith("/events/"):
        return _page(_html("活动", f'<a href="/events/{_token(rng)}/a/b/">更多活动</a>'))
    return _page(_html(path, ""))


def app(server: HostileServer) -> web.Application:
    async def handle(request: web.Request) -> web.StreamResponse:
        host = request.headers.get("Host", "").split(":")[0]
        case = host.removesuffix("." + DOMAIN) if host.endswith("." + DOMAIN) else ""
        server.log.append((case, request.method, request.path_qs))
        if case not in CASES:
            raise web.HTTPNotFound()
        if request.path == "/robots.txt":
            return await _robots(case, server.port)
        return await _home(request, case, server.port)

    application = web.Application(handler_args={"max_field_size": 200_000, "max_line_size": 200_000})
    application.router.add_route("*", "/{tail:.*}", handle)
    return application


@contextlib.contextmanager
def serve_hostile(host: str = "127.0.0.1") -> Iterator[HostileServer]:
    """Run the hostile server on a free loopback port in a background thread."""
    server = HostileServer(free_port(host))
    _zeros_gzip(BOMB_BYTES, _BOMB_HEAD)  # built before serving: a handler must not stall the server's loop
    _sitemap_bomb(server.port)
    with serve_app(app(server), server.port, host):
        yield server
