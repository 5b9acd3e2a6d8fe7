"""The real-page corpus through the default pipeline: a corpus site served on loopback under its own host names and
crawled by govweb's crawler with the browser lane (`--render auto`, as `inspect` and `evaluate` run by default), so
the checks read what they read on a real site — rendered homepage and script-written pages included.

    with CorpusServer(site) as server:                # binds the ports the pages' URLs name (80, 443 …) on 127.x.y.z
        asyncio.run(crawl_site(site, out, server, render="auto"))

The server answers every corpus page at its URL, byte for byte as `text/html` without a charset (as the static
snapshot does), https with a throw-away certificate (trustme; the crawler and the browser lane do not verify
certificates); anything else is 404. Each host's robots.txt allows only the corpus pages (at their URLs and the
canonical forms the server answers them at: `/gzdt/` for `/gzdt/index.html`) and names a sitemap of
them: the crawler fetches exactly the pages the corpus holds — a link to a page the corpus lacks is
robots-disallowed, never a broken link or a broken entry — and reaches the pages no corpus page links to through
the sitemap, as a crawler of the real site would. The browser loads what it can: resources of corpus hosts the
corpus lacks answer 404 and other hosts are unreachable offline — what a saved copy really offers a visitor.

Ports below 1024 need root (or `net.ipv4.ip_unprivileged_port_start`); each server takes a fresh 127.x.y.z
address so runs in parallel do not collide.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import ssl
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape

from aiohttp import web

from govweb.collect.settings import RenderMode
from govweb.documents.layout import CRAWL_JSON
from govweb.samplesites.realpages import Site, served_type
from govweb.samplesites.threaded import serve_app
from govweb.urlnorm import DEFAULT_PORTS, canonical

SITEMAP_PATH = "/govweb-corpus-sitemap.xml"


def _origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a corpus URL."""
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or DEFAULT_PORTS[parts.scheme]


def _robots_path(url: str) -> str:
    """The path + query of `url` as an exact robots.txt rule (`$` anchors it; `*` and `$` in the URL escaped)."""
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe="/%:@!&'()+,;=-._~") + (f"?{parts.query}" if parts.query else "")
    return path.replace("*", "%2A").replace("$", "%24") + "$"


def robots_txt(site: Site, scheme: str, host: str, port: int) -> str:
    """robots.txt for one origin of the site: only its corpus pages allowed, each at its URL and at the address the
    server answers it at too (a directory for its index document: a corpus page at `/gzdt/index.html` that the
    site links as `/gzdt/`, as a web server answers a directory), the corpus sitemap named."""
    mine = [p.url for p in site.pages if _origin(p.url) == (scheme, host, port)]
    allows = sorted({_robots_path(u) for u in mine} | {_robots_path(canonical(u)) for u in mine})
    where = host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    lines = ["User-agent: *", *(f"Allow: {a}" for a in allows), "Disallow: /", "",
             f"Sitemap: {scheme}://{where}{SITEMAP_PATH}", ""]
    return "\n".join(lines)


def sitemap_xml(site: Site) -> str:
    """Every corpus page of the site, for the pages no corpus page links to."""
    locs = "".join(f"<url><loc>{escape(p.url.split('#')[0])}</loc></url>" for p in site.pages)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def _tls_context(hosts: Iterable[str]) -> ssl.SSLContext:
    """A server context with a throw-away certificate for `hosts` (trustme, a dev dependency; neither the crawler
    nor the browser lane verifies certificates)."""
    import trustme

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert(*sorted(set(hosts))).configure_cert(context)
    return context


class CorpusServer:
    """One corpus site served on `address` at the ports its URLs name, from a background thread (so the crawler's
    own event loop and processes are untouched). `resolve` gives the crawler's `--resolve` entries."""

    def __init__(self, site: Site, address: str | None = None) -> None:
        self.site = site
        self.address = address or f"127.{random.randint(1, 254)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
        self.origins = sorted({_origin(p.url) for p in site.pages})
        self.pages = {canonical(p.url): p for p in site.pages}
        # the page at the very URL asked for first: a splash at `/` and the `/index.asp` it sends the visitor on to
        # are two pages of one canonical key
        self.exact = {p.url: p for p in site.pages}
        self.requests: list[str] = []       # every URL asked for, in order (pages, robots, sitemaps, resources)
        self._serving: contextlib.AbstractContextManager[None] = contextlib.nullcontext()

    @property
    def resolve(self) -> tuple[str, ...]:
        return tuple(f"{host}:{port}:{self.address}" for _, host, port in self.origins)

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(sorted({host for _, host, _ in self.origins}))

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        scheme = "https" if request.transport and request.transport.get_extra_info("sslcontext") else "http"
        host = (request.host or "").lower()
        url = f"{scheme}://{host}{request.raw_path}"
        self.requests.append(url)
        name, _, port_s = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
        port = int(port_s) if port_s.isdigit() else DEFAULT_PORTS[scheme]
        if request.path == "/robots.txt":
            return web.Response(text=robots_txt(self.site, scheme, name, port), content_type="text/plain")
        if request.path == SITEMAP_PATH:
            return web.Response(text=sitemap_xml(self.site), content_type="application/xml")
        page = self.exact.get(url) or self.pages.get(canonical(url))
        if page is None:
            return web.Response(status=404, text="not in the corpus", content_type="text/plain")
        return web.Response(status=page.status, body=page.body, headers={"Content-Type": served_type(page)})

    def __enter__(self) -> CorpusServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        ports = sorted({(scheme, port) for scheme, _, port in self.origins})
        tls = _tls_context(self.hosts) if any(scheme == "https" for scheme, _ in ports) else None
        self._serving = serve_app(app, [(port, tls if scheme == "https" else None) for scheme, port in ports],
                                  self.address)
        self._serving.__enter__()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._serving.__exit__(exc_type, exc, tb)


async def crawl_site(site: Site, out: Path, server: CorpusServer, render: RenderMode = "auto",
                     **settings: Any) -> dict[str, Any]:
    """Crawl the served site from its seed into `out` with `inspect`'s defaults (browser lane `render`), without
    checking outside links or attachments (nothing outside the corpus exists offline). Returns crawl.json's
    `render` summary."""
    from govweb.collect import CrawlSettings, crawl_async

    options = CrawlSettings(render=render, resolve=server.resolve, extra_hosts=server.hosts, check_external=False,
                            check_attachments=False)
    if settings:
        from dataclasses import replace

        options = replace(options, **settings)
    result = await crawl_async(site.seed.url, out, options, restart=True)
    return dict(getattr(result, "head", {}).get("render") or {})


def crawl_snapshot(site: Site, out: Path, render: RenderMode = "auto") -> Path:
    """Serve the site, crawl it into `out` (crawl.json + WARC, rendered DOMs as the browser lane wrote them)."""
    with CorpusServer(site) as server:
        asyncio.run(crawl_site(site, out, server, render))
    return out


def uncrawled(site: Site, out: Path) -> list[str]:
    """The site's corpus pages the crawl in `out` did not fetch (files), e.g. behind a splash page that leaves
    the corpus."""
    crawl = json.loads((out / CRAWL_JSON).read_text(encoding="utf-8"))
    fetched = {canonical(str(p["url"])) for p in crawl.get("pages") or [] if p.get("status") is not None}
    return [p.file for p in site.pages if canonical(p.url) not in fetched]
