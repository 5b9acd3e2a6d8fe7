"""A small archiving HTTP client for active measurements: every hop is a WARC request/response pair."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import aiohttp

from govweb.collect.blocked import SMALL_BODY, is_blocked
from govweb.collect.decode import decode_html
from govweb.collect.guard import AddressPolicy
from govweb.collect.inflate import decompress
from govweb.collect.netmap import ResolveMap, classify_error, connector
from govweb.collect.warc import Exchange, WarcFile

USER_AGENT = "Mozilla/5.0 (compatible; govweb-measure/0.1)"
BODY_CAP = 8 * 1024 * 1024
MAX_HOPS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})
NETWORK_ERRORS = (aiohttp.ClientError, OSError, TimeoutError, ValueError)


@dataclass
class Reply:
    """The outcome of a request and its redirects: the last exchange, or an error class."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""  # content-decoded
    error: str | None = None
    detail: str | None = None  # the exception text behind `error`
    chain: list[str] = field(default_factory=list)  # every URL requested, in order
    elapsed_ms: int = 0
    record: str | None = None  # the WARC-Record-ID of the last response

    @property
    def text(self) -> str:
        return decode_html(self.body, self.headers.get("content-type")).text

    @property
    def encoding(self) -> str | None:
        return decode_html(self.body, self.headers.get("content-type")).encoding


class ArchivingClient:
    """aiohttp session whose exchanges go to a WarcFile, behind the address guard `policy`. `verify` checks
    certificates (system CAs + `ca_file`); `family=AF_INET6` forces IPv6."""

    def __init__(
        self, warc: WarcFile, resolve: ResolveMap | None = None, *, policy: AddressPolicy, verify: bool = True,
        ca_file: str | None = None, family: int = socket.AF_UNSPEC, timeout: float = 15,
    ) -> None:
        self.warc = warc
        self._peer: str | None = None  # the address of the last socket opened (one request at a time)
        self.record: str | None = None  # the WARC-Record-ID of the last response archived
        self.session = aiohttp.ClientSession(
            connector=connector(resolve, policy=policy, family=family, ca_file=ca_file, verify=verify,
                                on_socket=self._saw),
            auto_decompress=False,
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language": "zh-CN,zh;q=0.9"},
            timeout=aiohttp.ClientTimeout(total=timeout),
        )

    def _saw(self, address: str) -> None:
        self._peer = address

    async def close(self) -> None:
        await self.session.close()

    async def _once(self, method: str, url: str, data: bytes | None, headers: dict[str, str]) -> Exchange:
        self._peer = None
        async with self.session.request(method, url, data=data, headers=headers, allow_redirects=False) as resp:
            peer = self._peer
            body = await resp.content.read(BODY_CAP)
            ex = Exchange(
                url=url, method=method, request_headers=list(resp.request_info.headers.items()),
                status=resp.status, reason=resp.reason or "",
                http_version=f"{resp.version.major}.{resp.version.minor}" if resp.version else "1.1",
                response_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.raw_headers],
                body=body, truncated="length" if len(body) >= BODY_CAP else None, ip=peer,
            )
        self.record = self.warc.add_exchange(ex)
        return ex

    async def request(
        self, url: str, method: str = "GET", *, data: bytes | None = None, content_type: str | None = None,
        follow: bool = True, stop_at_scheme: str | None = None,
    ) -> Reply:
        """Request `url`, following redirects (a POST becomes a GET after 301/302/303) unless `follow` is False,
        or until a hop leaves for `stop_at_scheme` (the redirect target is then `final_url`, not fetched)."""
        reply = Reply(url=url, final_url=url)
        start = time.perf_counter()
        current, hops = url, 0
        headers = {"Content-Type": content_type} if content_type else {}
        while True:
            reply.chain.append(current)
            try:
                ex = await self._once(method, current, data, headers)
            except NETWORK_ERRORS as exc:
                # aiohttp's certificate errors are ValueErrors too: only a bare ValueError (a bad URL) is not classified
                network = isinstance(exc, aiohttp.ClientError | OSError | TimeoutError)
                reply.error = classify_error(exc) if network else "connect"
                reply.detail = str(exc) or type(exc).__name__
                break
            lookup = {k.lower(): v for k, v in ex.response_headers}
            reply.status, reply.headers, reply.final_url, reply.record = ex.status, lookup, current, self.record
            location = lookup.get("location")
            if follow and ex.status in REDIRECTS and location:
                target = urljoin(current, location.strip())
                hops += 1
                if target in reply.chain or hops > MAX_HOPS:
                    reply.error, reply.final_url = "redirect-loop", target
                    break
                if stop_at_scheme and urlsplit(target).scheme == stop_at_scheme:
                    reply.final_url = target
                    break
                if ex.status in (301, 302, 303) and method == "POST":
                    method, data, headers = "GET", None, {}
                current = target
                continue
            reply.body = decompress(ex.body, lookup.get("content-encoding"), BODY_CAP)
            if is_blocked(ex.status, reply.text[: SMALL_BODY + 1]):
                reply.error = "blocked"  # a firewall / JavaScript challenge: not measured
            elif ex.status >= 400:
                reply.error = "http-status"
            break
        reply.elapsed_ms = int((time.perf_counter() - start) * 1000)
        return reply
