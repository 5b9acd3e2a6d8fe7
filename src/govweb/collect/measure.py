"""Active measurements checks need but cannot take themselves: HTTPS, IPv6 and site search.

`take_measurements(seed_url, out_dir, …)` writes `out_dir/measurements.json` (atomically) and archives every
HTTP exchange it made in `out_dir/measurements.warc.gz`:

    {"taken_at", "https": {"available", "certificate_valid", "http_redirects_to_https", "error", …},
     "ipv6": {"aaaa": [addresses] or null (lookup failed on our side), "connect_ok", "error"},
     "search": {"form_url", "query", "results_url", "status", "found", "error"}}

A null value means "not measured". Error values are crawl error classes, plus `no-aaaa`, `no-search-form` and
`no-query` for what the site lacks, and for a search box no form submits (a script builds the results URL):
`script-search` (no browser to use it), `no-response` (typing the query and pressing Enter / the button changed
nothing), `no-results-page` (the page it led to neither echoes the query nor says it found nothing) — all "not
measured". Search starts from the homepage a visitor lands on (crawl.json `homepage`, else
the hops from the seed), never from a splash page; the rendered results page of a search box is archived as a
`conversion` record.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from govweb.collect.guard import AddressPolicy, operator_policy
from govweb.collect.homepage import next_hop
from govweb.collect.measure_http import ArchivingClient, Reply
from govweb.collect.measure_search import (
    answers_query,
    find_search_box,
    find_search_form,
    query_from_crawl,
    query_from_homepage,
    query_text,
    results_list,
)
from govweb.collect.netmap import ResolveMap, address_family, is_mapped, iso_cst, mapped_addresses
from govweb.collect.render_detect import needs_render
from govweb.collect.warc import WarcFile
from govweb.documents.layout import CRAWL_JSON, MEASUREMENTS_JSON, MEASUREMENTS_WARC
from govweb.fsutil import atomic_open, atomic_path

if TYPE_CHECKING:
    from playwright.async_api import Page

    from govweb.collect.render import Renderer

DNS_TIMEOUT_S = 10.0


def _with_port(scheme: str, host: str, port: int | None) -> str:
    default = {"http": 80, "https": 443}[scheme]
    netloc = f"[{host}]" if ":" in host else host
    if port and port != default:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, "/", "", ""))


async def measure_https(
    seed_url: str, warc: WarcFile, resolve: ResolveMap | None, *, policy: AddressPolicy | None = None, ca_file: str | None,
    https_port: int | None, timeout: float,
) -> dict[str, Any]:
    """Does the host answer on https, with a valid certificate, and does its http address redirect there?"""
    policy = policy or operator_policy([seed_url], resolve or {})
    parts = urlsplit(seed_url)
    host = parts.hostname or ""
    http_url = seed_url if parts.scheme == "http" else _with_port("http", host, None)
    result: dict[str, Any] = {"http_url": http_url}
    plain = ArchivingClient(warc, resolve, policy=policy, verify=False, timeout=timeout)
    strict = ArchivingClient(warc, resolve, policy=policy, verify=True, ca_file=ca_file, timeout=timeout)
    try:
        hop = await plain.request(http_url, stop_at_scheme="https")
        redirected = urlsplit(hop.final_url).scheme == "https"
        result["http_redirects_to_https"] = redirected if hop.status is not None else None
        if redirected:
            https_url = hop.final_url
        elif parts.scheme == "https":
            https_url = seed_url
        else:
            https_url = _with_port("https", host, https_port)
        result["https_url"] = https_url
        checked = await strict.request(https_url)
        if checked.status is not None:
            result.update(available=True, certificate_valid=True, error=None)
        elif checked.error == "tls":
            lenient = await plain.request(https_url)
            answered = lenient.status is not None
            result.update(available=answered, certificate_valid=False if answered else None,
                          error="tls", certificate_error=checked.detail)
        else:
            result.update(available=False, certificate_valid=None, error=checked.error)
    finally:
        await plain.close()
        await strict.close()
    return result


async def _aaaa(host: str, port: int, resolve: ResolveMap | None) -> tuple[list[str], str | None]:
    if is_mapped(resolve, host):  # a mapped host is resolved through the map only
        addrs = mapped_addresses(resolve, host, port) or mapped_addresses(resolve, host)
        return [a for a in addrs if address_family(a) == socket.AF_INET6], None
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, family=socket.AF_INET6, type=socket.SOCK_STREAM), DNS_TIMEOUT_S
        )
    except socket.gaierror:
        return [], None  # no AAAA record
    except (TimeoutError, OSError):
        return [], "dns"
    return list(dict.fromkeys(str(info[4][0]) for info in infos)), None


async def measure_ipv6(seed_url: str, warc: WarcFile, resolve: ResolveMap | None, *, policy: AddressPolicy | None = None,
                       timeout: float) -> dict[str, Any]:
    """AAAA addresses of the host, and whether an HTTP exchange over IPv6 succeeds."""
    parts = urlsplit(seed_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    aaaa, dns_error = await _aaaa(host, port, resolve)
    if dns_error:  # the lookup itself failed on our side (timeout, no resolver): not measured
        return {"aaaa": None, "connect_ok": None, "error": dns_error}
    if not aaaa:
        return {"aaaa": [], "connect_ok": False, "error": "no-aaaa"}
    policy = policy or operator_policy([seed_url], resolve or {})
    client = ArchivingClient(warc, resolve, policy=policy, verify=False, family=socket.AF_INET6, timeout=timeout)
    try:
        reply = await client.request(seed_url, follow=False)
    finally:
        await client.close()
    ok = reply.status is not None
    return {"aaaa": aaaa, "connect_ok": ok, "error": None if ok else reply.error}


MAX_HOMEPAGE_HOPS = 5
NAVIGATION_WAIT_S = 4.0   # how long a visitor waits for the results after pressing Enter / clicking
RESULTS_SETTLE_MS = 3000
BROWSER_TIMEOUT_S = 25.0   # a page load, then Enter and the button with their waits
_MARK_SEARCH = """([box, button]) => {
    const all = document.querySelectorAll('*');
    all[box].setAttribute('data-govweb-search', 'box');
    if (button !== null) all[button].setAttribute('data-govweb-search', 'button');
    // results a script opens in a new window come to this one (a visitor follows them to the new tab)
    window.open = function (u) { if (u) { window.location.href = u; } return window; };
    for (const e of document.querySelectorAll('a[target], form[target]')) e.removeAttribute('target');
    return [all[box].tagName.toLowerCase(), button === null ? null : all[button].tagName.toLowerCase()];
}"""


class OnDemandRenderer:
    """The browser lane for measurements, started only when a measurement needs it (a script-built search box
    or results page): `renderer` when given, else chromium at `chromium` (None: no browser)."""

    def __init__(self, renderer: Renderer | None, chromium: str | None, resolve: ResolveMap | None,
                 policy: AddressPolicy, timeout: float) -> None:
        self._given, self._chromium, self._resolve, self._policy = renderer, chromium, resolve, policy
        self._timeout = timeout
        self._stack = contextlib.AsyncExitStack()
        self._started: Renderer | None = None
        self.unavailable: str | None = None if renderer is not None or chromium else "no-browser"

    async def get(self) -> Renderer | None:
        if self._given is not None:
            return self._given
        if self._started is None and self.unavailable is None:
            from govweb.collect.render import Renderer

            try:
                self._started = await self._stack.enter_async_context(Renderer(
                    self._chromium or "", pool_size=1, timeout_s=max(self._timeout, BROWSER_TIMEOUT_S),
                    resolve=self._resolve,
                    policy=self._policy))
            except Exception:  # no playwright, no chromium, a browser that does not start: not measured
                self.unavailable = "no-browser"
        return self._started

    async def close(self) -> None:
        await self._stack.aclose()


@dataclass
class BrowserSearch:
    """What a visitor saw after typing the query into a script-driven search box and pressing Enter / the button:
    the page it navigated to, or (`navigated` False) the page itself showing the article in place."""

    landed_url: str | None = None
    html: str = ""
    status: int | None = None
    navigated: bool = False
    error: str | None = None


async def search_in_browser(renderer: Renderer, url: str, query: str, title: str) -> BrowserSearch:
    """Open `url`, find the search box in the live page, type `query` into it as a visitor does, press Enter,
    else click its button, and take the page it lands on — or the page itself when a script lists the article
    `title` in place (a change that does not list it, such as a suggestion list opening, is no answer)."""
    out = BrowserSearch()

    async def drive(page: Page) -> None:
        box = find_search_box(await page.content())
        if box is None:
            out.error = "no-search-form"
            return
        tags = await page.evaluate(_MARK_SEARCH, [box.box, box.button])
        if tags != [box.box_tag, box.button_tag]:   # the page changed between reading and marking it
            out.error = "search-box-moved"
            return
        statuses: list[int] = []

        def navigated(response: Any) -> None:
            if response.request.is_navigation_request() and response.frame == page.main_frame:
                statuses.append(response.status)

        page.on("response", navigated)
        try:
            before_url = page.url
            listed_before = results_list(await page.content(), title)
            field = page.locator("[data-govweb-search=box]")
            await field.fill(query, timeout=NAVIGATION_WAIT_S * 1000)
            actions = [lambda: field.press("Enter", timeout=NAVIGATION_WAIT_S * 1000)]
            if box.button is not None:
                actions.append(lambda: page.locator("[data-govweb-search=button]").click(
                    timeout=NAVIGATION_WAIT_S * 1000))
            for act in actions:
                with contextlib.suppress(Exception):   # a press that starts a navigation may not see its own end
                    await act()
                deadline = asyncio.get_running_loop().time() + NAVIGATION_WAIT_S
                while page.url == before_url and not statuses and asyncio.get_running_loop().time() < deadline:
                    await asyncio.sleep(0.1)
                with contextlib.suppress(Exception):
                    await page.wait_for_load_state("load", timeout=NAVIGATION_WAIT_S * 1000)
                await renderer.settle(page, RESULTS_SETTLE_MS)
                html = await page.content()
                moved = page.url != before_url or bool(statuses)
                if moved or not listed_before and results_list(html, title):
                    out.landed_url, out.html, out.navigated = page.url, html, moved
                    out.status = statuses[-1] if statuses else None
                    return
        finally:
            page.remove_listener("response", navigated)

    rendered = await renderer.render(url, on_loaded=drive)
    if rendered.error:
        out.error = rendered.error
    return out


async def _landing_page(client: ArchivingClient, seed_url: str, crawl: dict[str, Any] | None) -> Reply:
    """The homepage a visitor lands on: the crawl's (it followed splash pages, meta refresh, script redirects),
    else the seed and the hops `next_hop` reads there — up to a page that shows a search box (no gateway does)."""
    start = crawl.get("homepage") if crawl and isinstance(crawl.get("homepage"), str) else None
    reply = await client.request(start or seed_url)
    seen = set(reply.chain)
    for _ in range(MAX_HOMEPAGE_HOPS):
        if reply.error or find_search_form(reply.text, reply.final_url) or find_search_box(reply.text):
            break
        hop = next_hop(reply.text, reply.final_url, reply.encoding or "utf-8")
        if hop is None or hop.url in seen:
            break
        reply = await client.request(hop.url)
        seen.update(reply.chain)
    return reply


async def measure_search(
    seed_url: str, warc: WarcFile, resolve: ResolveMap | None, *, policy: AddressPolicy | None = None,
    crawl: dict[str, Any] | None, timeout: float, renderer: Renderer | OnDemandRenderer | None = None,
) -> dict[str, Any]:
    """Find the site search on the homepage a visitor lands on, search for a recent article's title, and see if
    it is found. A search form is submitted over HTTP; a search box no form submits (a script builds the results
    URL) is used in the browser the way a visitor does — without a browser it is not measured (`script-search`)."""
    result: dict[str, Any] = {"form_url": None, "query": None, "results_url": None, "status": None,
                              "found": None, "error": None}
    policy = policy or operator_policy([seed_url], resolve or {})
    lane = renderer if isinstance(renderer, OnDemandRenderer) else OnDemandRenderer(renderer, None, resolve, policy,
                                                                                     timeout)
    client = ArchivingClient(warc, resolve, policy=policy, verify=False, timeout=timeout)
    try:
        home = await _landing_page(client, seed_url, crawl)
        if home.error:
            result["error"] = home.error
            return result
        html = home.text
        form = find_search_form(html, home.final_url, home.encoding)
        box = find_search_box(html) if form is None else None
        title = (query_from_crawl(crawl) if crawl else None) or query_from_homepage(html)
        if (form is None and box is None or not title) and needs_render(html) and (browser := await lane.get()):
            rendered = await browser.render(home.final_url)  # the form or the news list is built by script
            if not rendered.error:
                form = form or find_search_form(rendered.html, home.final_url, home.encoding)
                box = box or (find_search_box(rendered.html) if form is None else None)
                title = title or query_from_homepage(rendered.html)
        if form is None and box is None:
            result["error"] = "no-search-form"
            return result
        result["form_url"] = home.final_url
        if not title:
            result["error"] = "no-query"
            return result
        query = query_text(title)
        result["query"] = query
        if form is None:   # a search box no form submits
            await _search_box(result, home, title, query, lane, client, warc)
            return result
        url, body = form.submission(query)
        reply = await client.request(
            url, form.method, data=body,
            content_type=f"application/x-www-form-urlencoded; charset={form.charset}" if body is not None else None,
        )
        result.update(results_url=reply.final_url, status=reply.status, error=reply.error)
        if reply.status is not None and not reply.error:
            page = reply.text
            found = results_list(page, title)
            if not found and form.method == "GET" and needs_render(page) and (browser := await lane.get()):
                rendered = await browser.render(reply.final_url)
                found = not rendered.error and results_list(rendered.html, title)
            result["found"] = found
        else:
            result["found"] = False
    finally:
        await client.close()
        if lane is not renderer:
            await lane.close()
    return result


async def _search_box(result: dict[str, Any], home: Reply, title: str, query: str, lane: OnDemandRenderer,
                      client: ArchivingClient, warc: WarcFile) -> None:
    """Search through a script-driven box in the browser; judge the page it lands on. Nothing happening, or no
    browser, is not measured: the box may need what our browser lacked (a script that did not load)."""
    browser = await lane.get()
    if browser is None:
        result["error"] = "script-search"
        return
    seen = await search_in_browser(browser, home.final_url, query, title)
    if seen.error or seen.landed_url is None:
        result["error"] = seen.error or "no-response"
        return
    landed = seen.landed_url
    record = home.record
    if landed != home.final_url:   # the results page as the site serves it, then as the browser showed it
        reply = await client.request(landed)
        record = reply.record or record
    if record is not None:
        warc.add_conversion(landed, seen.html, record)
    result.update(results_url=landed, status=seen.status)
    if seen.status is not None and seen.status >= 400:
        result.update(found=False, error="http-status")
    elif results_list(seen.html, title):
        result["found"] = True
    elif answers_query(seen.html, landed, query):
        result["found"] = False
    else:   # neither results nor "nothing found": the control may not have been the search button
        result["error"] = "no-results-page"


def _read_crawl(crawl_json: str | os.PathLike[str] | None) -> dict[str, Any] | None:
    if crawl_json is None or not Path(crawl_json).is_file():
        return None
    try:
        data = json.loads(Path(crawl_json).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


async def take_measurements(
    seed_url: str, out_dir: str | os.PathLike[str], resolve: ResolveMap | None = None,
    crawl_json: str | os.PathLike[str] | None = None, ca_file: str | None = None, *,
    https_port: int | None = None, timeout: float = 15, renderer: Renderer | None = None,
    chromium: str | None = None, allow_private: bool = False,
) -> dict[str, Any]:
    """Measure HTTPS, IPv6 and site search for `seed_url`; write `measurements.json` and `measurements.warc.gz`
    into `out_dir` and return the measurements. `crawl_json` defaults to `out_dir/crawl.json` when present;
    `https_port` is where to look for https when http does not redirect (default 443); `renderer` (a started
    `Renderer`) lets search see script-built forms and results and use a search box no form submits; without
    one, `chromium` (a browser's path) starts a browser only if the search needs it. `seed_url` and the hosts of `resolve` are
    operator-named for the address guard; `allow_private` lets every URL the site hands us (redirects, the search
    form's action) reach loopback and private addresses."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    crawl = _read_crawl(crawl_json if crawl_json is not None else folder / CRAWL_JSON)
    taken_at = iso_cst()
    policy = operator_policy([seed_url], resolve or {}, allow_private=allow_private)
    lane = OnDemandRenderer(renderer, chromium, resolve, policy, timeout)
    with atomic_path(folder / MEASUREMENTS_WARC) as tmp:
        warc = WarcFile(tmp, None)
        try:
            https, ipv6, search = await asyncio.gather(
                measure_https(seed_url, warc, resolve, policy=policy, ca_file=ca_file, https_port=https_port,
                              timeout=timeout),
                measure_ipv6(seed_url, warc, resolve, policy=policy, timeout=timeout),
                measure_search(seed_url, warc, resolve, policy=policy, crawl=crawl, timeout=timeout, renderer=lane),
            )
        finally:
            await lane.close()
            warc.close()
    measurements = {"taken_at": taken_at, "seed": seed_url, "https": https, "ipv6": ipv6, "search": search}
    with atomic_open(folder / MEASUREMENTS_JSON) as fh:
        json.dump(measurements, fh, ensure_ascii=False, indent=2)
    return measurements
