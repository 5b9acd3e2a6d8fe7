"""Active measurements checks need but cannot take themselves: HTTPS, IPv6 and site search.

`take_measurements(seed_url, out_dir, …)` writes `out_dir/measurements.json` (atomically) and archives every
HTTP exchange it made in `out_dir/measurements.warc.gz`:

    {"taken_at", "https": {"available", "certificate_valid", "http_redirects_to_https", "error", …},
     "ipv6": {"aaaa": [addresses], "connect_ok", "error"},
     "search": {"form_url", "query", "results_url", "status", "found", "error"}}

A null value means "not measured". Error values are crawl error classes, plus `no-aaaa`, `no-search-form` and
`no-query` for what the site lacks.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from govweb.collect.guard import AddressPolicy, operator_policy
from govweb.collect.measure_http import ArchivingClient
from govweb.collect.measure_search import (
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
    if not aaaa:
        return {"aaaa": [], "connect_ok": False, "error": dns_error or "no-aaaa"}
    policy = policy or operator_policy([seed_url], resolve or {})
    client = ArchivingClient(warc, resolve, policy=policy, verify=False, family=socket.AF_INET6, timeout=timeout)
    try:
        reply = await client.request(seed_url, follow=False)
    finally:
        await client.close()
    ok = reply.status is not None
    return {"aaaa": aaaa, "connect_ok": ok, "error": None if ok else reply.error}


async def measure_search(
    seed_url: str, warc: WarcFile, resolve: ResolveMap | None, *, policy: AddressPolicy | None = None,
    crawl: dict[str, Any] | None, timeout: float, renderer: Renderer | None = None,
) -> dict[str, Any]:
    """Find the site-search form on the homepage, search for a recent article's title, and see if it is found."""
    result: dict[str, Any] = {"form_url": None, "query": None, "results_url": None, "status": None,
                              "found": None, "error": None}
    policy = policy or operator_policy([seed_url], resolve or {})
    client = ArchivingClient(warc, resolve, policy=policy, verify=False, timeout=timeout)
    try:
        home = await client.request(seed_url)
        if home.error:
            result["error"] = home.error
            return result
        html = home.text
        form = find_search_form(html, home.final_url, home.encoding)
        title = (query_from_crawl(crawl) if crawl else None) or query_from_homepage(html)
        if (form is None or not title) and renderer is not None and needs_render(html):
            rendered = await renderer.render(home.final_url)  # the form or the news list is built by script
            if not rendered.error:
                form = form or find_search_form(rendered.html, home.final_url, home.encoding)
                title = title or query_from_homepage(rendered.html)
        if form is None:
            result["error"] = "no-search-form"
            return result
        result["form_url"] = form.form_url
        if not title:
            result["error"] = "no-query"
            return result
        query = query_text(title)
        result["query"] = query
        url, body = form.submission(query)
        reply = await client.request(
            url, form.method, data=body,
            content_type=f"application/x-www-form-urlencoded; charset={form.charset}" if body is not None else None,
        )
        result.update(results_url=reply.final_url, status=reply.status, error=reply.error)
        if reply.status is not None and not reply.error:
            page = reply.text
            found = results_list(page, title)
            if not found and renderer is not None and form.method == "GET" and needs_render(page):
                rendered = await renderer.render(reply.final_url)
                found = not rendered.error and results_list(rendered.html, title)
            result["found"] = found
        else:
            result["found"] = False
    finally:
        await client.close()
    return result


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
    allow_private: bool = False,
) -> dict[str, Any]:
    """Measure HTTPS, IPv6 and site search for `seed_url`; write `measurements.json` and `measurements.warc.gz`
    into `out_dir` and return the measurements. `crawl_json` defaults to `out_dir/crawl.json` when present;
    `https_port` is where to look for https when http does not redirect (default 443); `renderer` (a started
    `Renderer`) lets search see script-built forms and results. `seed_url` and the hosts of `resolve` are
    operator-named for the address guard; `allow_private` lets every URL the site hands us (redirects, the search
    form's action) reach loopback and private addresses."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    crawl = _read_crawl(crawl_json if crawl_json is not None else folder / CRAWL_JSON)
    taken_at = iso_cst()
    policy = operator_policy([seed_url], resolve or {}, allow_private=allow_private)
    with atomic_path(folder / MEASUREMENTS_WARC) as tmp:
        warc = WarcFile(tmp, None)
        try:
            https, ipv6, search = await asyncio.gather(
                measure_https(seed_url, warc, resolve, policy=policy, ca_file=ca_file, https_port=https_port,
                              timeout=timeout),
                measure_ipv6(seed_url, warc, resolve, policy=policy, timeout=timeout),
                measure_search(seed_url, warc, resolve, policy=policy, crawl=crawl, timeout=timeout, renderer=renderer),
            )
        finally:
            warc.close()
    measurements = {"taken_at": taken_at, "seed": seed_url, "https": https, "ipv6": ipv6, "search": search}
    with atomic_open(folder / MEASUREMENTS_JSON) as fh:
        json.dump(measurements, fh, ensure_ascii=False, indent=2)
    return measurements
