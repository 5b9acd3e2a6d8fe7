"""`serve(dir)`: one aiohttp server for every sample host, by `Host` header, on 127.0.0.1 and ::1.

It runs in a background thread with its own event loop, so pytest fixtures (sync or async) and the CLI can use it
as a context manager. Besides static files it answers the dynamic parts: site search, the hostile traps, the
firewall-blocked host, and the external hosts the sites link to (www.gov.cn, bszs.conac.cn, …). Absolute links to
served hosts get the server's port inserted on the fly, so built files stay port-free and deterministic.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, unquote_to_bytes

from aiohttp import web

from govweb.samplesites import hostile
from govweb.samplesites.build import with_port

TEXT_TYPES = {".html": "text/html", ".htm": "text/html", ".shtml": "text/html", ".jhtml": "text/html",
              ".do": "text/html", ".jspx": "text/html", ".php": "text/html", ".json": "application/json", ".csv": "text/csv",
              ".rdf": "application/rdf+xml",
              ".js": "application/javascript", ".txt": "text/plain", ".xml": "application/xml"}
BINARY_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif", ".pdf": "application/pdf",
                ".doc": "application/msword", ".xls": "application/vnd.ms-excel",
                ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
# How each family's server labels HTML: None = no charset parameter (the page's meta decides).
HTML_CHARSET = {"trs": None, "hostile": None, "hanweb": "site", "jeecms": "utf-8", "dede": None,
                "jsheavy": "utf-8", "zhanqun": "gb2312"}


@dataclass
class SiteRecord:
    """One served sample site."""

    sid: str
    name: str
    url: str
    hosts: list[str]
    family: str
    held_out: bool
    status: str
    level: str
    admin_code: str
    ipv6: bool
    port: int
    _all_hosts: list[tuple[str, bool]] = field(default_factory=list, repr=False)

    def resolve_args(self, ipv6: bool = True) -> list[str]:
        """`HOST:PORT:127.0.0.1[,::1]` for every host the server answers (this site, its neighbours, the
        external hosts its pages link to). ::1 is listed for hosts reachable over IPv6 when `ipv6` is true."""
        return [f"{h}:{self.port}:127.0.0.1" + (",::1" if ipv6 and v6 else "") for h, v6 in self._all_hosts]


def _host_of(request: web.Request) -> str:
    raw = (request.headers.get("Host") or "").strip().lower()
    if raw.startswith("["):
        return raw.split("]")[0] + "]"
    return raw.rsplit(":", 1)[0] if ":" in raw else raw


class SampleServer:
    def __init__(self, dir: str | Path, port: int = 0, bind: tuple[str, ...] = ("127.0.0.1", "::1")) -> None:
        self.dir = Path(dir)
        meta_file = self.dir / "_meta" / "sites.json"
        if not meta_file.exists():
            from govweb.errors import BadInput

            raise BadInput(f"目录 {self.dir} 不是示例网站目录（缺少 _meta/sites.json），请先运行 govweb sample-sites build。")
        self.meta = json.loads(meta_file.read_text(encoding="utf-8"))
        self.by_host: dict[str, dict[str, Any]] = {s["host"]: s for s in self.meta["sites"]}
        self.external = set(self.meta["external_hosts"])
        self.dead = set(self.meta["dead_hosts"])
        # hosts of their own served from hosts/<host>/ (the open-data portals, data.<site root>)
        self.static_hosts: dict[str, dict[str, Any]] = {
            h: {"host": h, "name": h, "family": "portal", "encoding": "utf-8", "meta_charset": "utf-8"}
            for h in self.meta.get("static_hosts", [])}
        self.requested_port = port
        self.bind = bind
        self.port = 0
        self.bound: list[str] = []
        self._indexes: dict[str, list[dict[str, str]]] = {}
        self._hostile = hostile.HostileState()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._rewrite: re.Pattern[bytes] | None = None
        self.sites: list[SiteRecord] = []

    # Lifecycle ---------------------------------------------------------------------------------------------------
    def start(self) -> SampleServer:
        self._thread = threading.Thread(target=self._run, name="samplesites-server", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error:
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._start())
        except BaseException as exc:  # report to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup() if self._runner else asyncio.sleep(0))
        loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        port = self.requested_port
        for addr in self.bind:
            try:
                site = web.TCPSite(self._runner, addr, port, reuse_address=True)
                await site.start()
            except OSError:
                if addr == "::1":  # no IPv6 loopback on this machine
                    continue
                raise
            if port == 0:
                server = site._server
                assert server is not None
                port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
            self.bound.append(addr)
        self.port = port
        self._setup_records()

    def _setup_records(self) -> None:
        hosts = list(self.by_host) + sorted(self.static_hosts) + sorted(self.external) + sorted(self.dead)
        all_hosts = [(h, self.by_host[h]["ipv6"] if h in self.by_host else True) for h in hosts]
        pattern = b"|".join(re.escape(h.encode()) for h in sorted(hosts, key=len, reverse=True))
        self._rewrite = re.compile(rb"http://(" + pattern + rb")(?=[/\"'\s?#<>]|$)")
        self.sites = [
            SiteRecord(sid=s["sid"], name=s["name"], url=f"http://{s['host']}:{self.port}/", hosts=[s["host"]],
                       family=s["family"], held_out=s["held_out"], status=s["status"], level=s["level"],
                       admin_code=s["admin_code"], ipv6=s["ipv6"], port=self.port, _all_hosts=all_hosts)
            for s in self.meta["sites"]
        ]

    def stop(self) -> None:
        if self._loop and self._thread:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(15)
        self._loop = None

    def __enter__(self) -> SampleServer:
        return self.start() if not self._ready.is_set() else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Conveniences ------------------------------------------------------------------------------------------------
    def site(self, sid_or_host: str) -> SiteRecord:
        return next(s for s in self.sites if sid_or_host in (s.sid, *s.hosts))

    def ground_truth(self) -> dict[str, Any]:
        """ground-truth.json with the server's port in every served URL."""
        truth = json.loads((self.dir / "ground-truth.json").read_text(encoding="utf-8"))
        served = set(self.by_host) | set(self.static_hosts) | self.external | self.dead
        return with_port(truth, self.port, served)  # type: ignore[no-any-return]

    def resolve_args(self, ipv6: bool = True) -> list[str]:
        return self.sites[0].resolve_args(ipv6) if self.sites else []

    # Requests ----------------------------------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        host = _host_of(request)
        site = self.by_host.get(host)
        if site is None:
            if host in self.static_hosts:
                return await self.static(self.static_hosts[host], request)
            if host in self.external:
                return self.external_page(host, request)
            if host in self.dead:
                return web.Response(status=404, text="<html><body><h1>404 Not Found</h1></body></html>",
                                    content_type="text/html")
            return web.Response(status=404, text=f"unknown host {host}")
        if site["blocked"]:
            return hostile.challenge_response()
        sock = request.transport.get_extra_info("sockname") if request.transport else None
        if sock and len(sock) == 4 and not site["ipv6"]:  # an IPv6 socket: this host has no AAAA in truth
            assert request.transport is not None
            request.transport.abort()
            raise web.HTTPServiceUnavailable()
        if site["hostile"]:
            resp = await hostile.handle(request, self._hostile)
            if resp is not None:
                return resp
        if request.path in site["redirects"]:
            raise web.HTTPMovedPermanently(site["redirects"][request.path])
        if request.path == site["search_path"]:
            return self.search(site, request)
        if site["family"] == "hanweb" and request.path == "/module/web/jpage/dataproxy.jsp":
            # jpage's "next group" endpoint: every record is already in the page, so the next group is empty
            return web.Response(text="<datastore><recordset></recordset></datastore>", content_type="text/xml",
                                charset="utf-8")
        return await self.static(site, request)

    def _file_for(self, host: str, request: web.Request) -> Path | None:
        root = self.dir / "hosts" / host
        path = request.path
        if "\x00" in path or any(part == ".." for part in path.split("/")):
            return None
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        raw_q = request.rel_url.raw_query_string
        if raw_q:
            candidate = root / (rel + "%3F" + quote(unquote(raw_q), safe="=&"))
            if candidate.is_file():
                return candidate
        target = root / rel
        if target.is_dir():
            return target  # the caller redirects to the slash form
        return target if target.is_file() else None

    async def static(self, site: dict[str, Any], request: web.Request) -> web.StreamResponse:
        target = self._file_for(site["host"], request)
        if target is None:
            return self.not_found(site)
        if target.is_dir():
            raise web.HTTPMovedPermanently(request.path + "/")
        name = target.name.split("%3F")[0]
        suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ".html"
        if suffix in BINARY_TYPES:
            return web.FileResponse(target, headers={"Content-Type": BINARY_TYPES[suffix]})
        body = target.read_bytes()
        ctype = TEXT_TYPES.get(suffix, "application/octet-stream")
        if ctype == "text/html":
            charset = HTML_CHARSET.get(site["family"])
            charset = site["encoding"] if charset == "site" else charset
            ctype += f"; charset={charset}" if charset else ""
        elif ctype in ("application/json", "application/javascript"):
            ctype += "; charset=utf-8"
        return web.Response(body=self.rewrite(body), headers={"Content-Type": ctype})

    def rewrite(self, body: bytes) -> bytes:
        if self._rewrite is None or self.port == 80:
            return body
        port = str(self.port).encode()
        return self._rewrite.sub(lambda m: b"http://" + m.group(1) + b":" + port, body)

    def not_found(self, site: dict[str, Any]) -> web.Response:
        text = (f"<!DOCTYPE html><html><head><meta charset=\"{site['meta_charset']}\"><title>404 页面不存在</title></head>"
                f"<body><h1>抱歉，您访问的页面不存在或已被删除！</h1><p><a href=\"/\">返回{site['name']}首页</a></p></body></html>")
        return web.Response(status=404, body=text.encode(site["encoding"], errors="xmlcharrefreplace"),
                            headers={"Content-Type": "text/html"})

    # Search ------------------------------------------------------------------------------------------------------
    def search(self, site: dict[str, Any], request: web.Request) -> web.Response:
        query = ""
        for part in request.rel_url.raw_query_string.split("&"):
            key, _, value = part.partition("=")
            if key == site["search_param"]:
                raw = unquote_to_bytes(value.replace("+", " "))
                try:
                    query = raw.decode("utf-8")
                except UnicodeDecodeError:
                    query = raw.decode("gb18030", errors="replace")
        query = query.strip()
        index = self._indexes.get(site["host"])
        if index is None:
            index = json.loads((self.dir / "_meta" / "search" / f"{site['host']}.json").read_text(encoding="utf-8"))
            self._indexes[site["host"]] = index
        hits = [] if site["search_broken"] else rank(index, query)
        rows = "".join(
            f"<li><a href=\"{html.escape(r['url'])}\" target=\"_blank\">{html.escape(r['title'])}</a>"
            f"<span class=\"date\">{r['date']}</span></li>" for r in hits[:50])
        text = (f"<!DOCTYPE html><html><head><meta charset=\"{site['meta_charset']}\"><title>搜索结果_{site['name']}</title>"
                f"</head><body><form action=\"{site['search_path']}\" method=\"get\"><input name=\"{site['search_param']}\" "
                f"value=\"{html.escape(query)}\"><button>搜索</button></form>"
                f"<p class=\"summary\">搜索“{html.escape(query)}”，共找到 {len(hits)} 条结果</p>"
                f"<ul class=\"results\">{rows or '<li>未找到相关结果</li>'}</ul></body></html>")
        return web.Response(body=text.encode(site["encoding"], errors="xmlcharrefreplace"),
                            headers={"Content-Type": "text/html"})

    # External hosts ----------------------------------------------------------------------------------------------
    def external_page(self, host: str, request: web.Request) -> web.Response:
        if host == "zfwzzc.www.gov.cn" and request.path.endswith(".js"):
            js = ("(function(){var s=document.getElementById('_jiucuo_');var c=s?s.getAttribute('sitecode'):'';"
                  "document.write('<a href=\"http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteCode.action?siteCode='"
                  "+c+'\" target=\"_blank\"><img src=\"http://zfwzzc.www.gov.cn/check_web/images/jiucuo.png\" "
                  "alt=\"我为政府网站找错\"></a>');})();")
            return web.Response(body=self.rewrite(js.encode()), content_type="application/javascript")
        if host == "dcs.conac.cn" and request.path.endswith(".js"):
            sid = request.path.rsplit("/", 1)[-1].split(".")[0]
            js = (f"document.write('<a href=\"http://bszs.conac.cn/sitename?method=show&id={sid}\" target=\"_blank\">"
                  "<img src=\"http://dcs.conac.cn/image/red.png\" alt=\"党政机关\"></a>');")
            return web.Response(body=self.rewrite(js.encode()), content_type="application/javascript")
        if request.path.endswith(".png"):
            png = (Path(__file__).parent / "assets" / "conac.png").read_bytes()
            return web.Response(body=png, content_type="image/png")
        text = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{host}</title></head>"
                f"<body><h1>{host}</h1><p>{html.escape(request.path)}</p></body></html>")
        return web.Response(text=text, content_type="text/html", charset="utf-8")


_TERM_SPLIT = re.compile(r"[\s\-_|｜—–·,，.。:：;；!！?？、()（）\[\]【】《》“”\"']+")


def rank(index: list[dict[str, str]], query: str) -> list[dict[str, str]]:
    """Titles matching the query, best first, like a portal's full-text engine: the query is cut into terms at
    spaces and punctuation (so "标题-网站名" still finds the article); a title matches when it contains any term
    of two or more characters, and ranks by the total length of the terms it contains."""
    terms = [t for t in _TERM_SPLIT.split(query) if len(t) >= 2]
    scored = [(sum(len(t) for t in terms if t in r["title"]), n, r) for n, r in enumerate(index)]
    return [r for score, _, r in sorted((s for s in scored if s[0]), key=lambda s: (-s[0], s[1]))]


def serve(dir: str | Path, port: int = 0, bind: tuple[str, ...] = ("127.0.0.1", "::1")) -> SampleServer:
    """Start serving a built sample-sites folder; use the result as a context manager (or call `.stop()`)."""
    return SampleServer(dir, port, bind).start()

