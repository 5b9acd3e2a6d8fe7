"""HTTP fetching: streamed byte cap, connect/read/total timeouts, retries with back-off and Retry-After,
redirects followed by hand (each hop archived) with loop detection, and error classes for crawl.json."""

from __future__ import annotations

import asyncio
import email.utils
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import aiohttp

from govweb.collect.guard import ERROR_CLASS, AddressPolicy, GuardedConnector
from govweb.collect.netmap import MappedResolver, classify_error, parse_resolve
from govweb.collect.politeness import HostGate
from govweb.collect.settings import CrawlSettings
from govweb.collect.urls import UnsupportedURL, canonicalize, host_of
from govweb.collect.warc import Exchange

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class Fetched:
    url: str
    final_url: str
    status: int | None = None
    content_type: str | None = None
    body: bytes = b""  # content-decoded body (possibly cut at the cap)
    raw_bytes: int = 0
    error: str | None = None
    elapsed_ms: int = 0
    exchanges: list[Exchange] = field(default_factory=list)
    truncated: bool = False


class _TooLarge(Exception):
    pass


def retry_after(value: str | None, cap: float) -> float | None:
    """Seconds asked by a Retry-After header (delta-seconds or HTTP date), capped; None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), cap))


def is_webpage(content_type: str | None) -> bool:
    """HTML, XHTML, XML or plain text (or unlabelled): bodies the crawler reads and parses."""
    media = (content_type or "").split(";")[0].strip().lower()
    return media in ("", "text/html", "text/plain") or media.endswith(("/xml", "+xml"))


def _decompress(body: bytes, encoding: str, cap: int) -> bytes:
    encoding = encoding.lower().strip()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return body
    for wbits in (47, -15):  # gzip or zlib (auto), then raw deflate
        try:
            return zlib.decompressobj(wbits).decompress(body, cap)
        except zlib.error:
            continue
    return body


class Fetcher:
    """One aiohttp session for a crawl, behind the address guard `policy`; use as an async context manager."""

    def __init__(self, settings: CrawlSettings, gate: HostGate, policy: AddressPolicy) -> None:
        self.s = settings
        self.gate = gate
        self.policy = policy
        self.session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        s = self.s
        connector = GuardedConnector(
            policy=self.policy, limit=s.concurrency * 2, limit_per_host=s.concurrency_per_host, ssl=False,
            resolver=MappedResolver(parse_resolve(s.resolve)), ttl_dns_cache=300, enable_cleanup_closed=True,
        )
        self.session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar(),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                     "Accept-Language": "zh-CN,zh;q=0.9"},
            timeout=aiohttp.ClientTimeout(total=s.timeout, connect=s.connect_timeout, sock_read=s.read_timeout),
            skip_auto_headers=(),
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.session:
            await self.session.close()

    async def _once(self, method: str, url: str, cap: int, headers: dict[str, str],
                    doc_cap: int | None = None) -> tuple[Exchange, bool, str | None]:
        """One request without redirects or retries: the exchange, whether the body hit the cap, and the error
        class if the body broke off (the partial exchange is still evidence).
        `doc_cap` is the cap for a body that is not a web page (a document behind a page-like URL)."""
        assert self.session is not None
        async with self.session.request(method, url, allow_redirects=False, headers=headers) as resp:
            if doc_cap is not None and not is_webpage(resp.headers.get("Content-Type")):
                cap = doc_cap
            peer = None
            if resp.connection is not None and resp.connection.transport is not None:
                info = resp.connection.transport.get_extra_info("peername")
                peer = info[0] if info else None
            chunks: list[bytes] = []
            size = 0
            over = False
            broken: str | None = None  # the body stopped coming: timeout or connect
            if method != "HEAD":
                try:
                    async for chunk in resp.content.iter_chunked(65536):
                        chunks.append(chunk)
                        size += len(chunk)
                        if size >= cap:
                            over = size > cap or not resp.content.at_eof()
                            break
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    broken = classify_error(exc)
            body = b"".join(chunks)[:cap]
            if over or broken:
                resp.close()
            ex = Exchange(
                url=url, method=method,
                request_headers=[(k, v) for k, v in resp.request_info.headers.items()],
                status=resp.status, reason=resp.reason or "",
                http_version=f"{resp.version.major}.{resp.version.minor}" if resp.version else "1.1",
                response_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.raw_headers],
                body=body, truncated="length" if over else ("time" if broken == "timeout" else broken and "disconnect"),
                ip=peer,
            )
            return ex, over, broken

    async def fetch(
        self,
        url: str,
        method: str = "GET",
        cap: int | None = None,
        headers: dict[str, str] | None = None,
        follow: Callable[[str], bool] | None = None,
        delay: float = 0.0,
        page: bool = False,
    ) -> Fetched:
        """Fetch with retries and redirects. `follow(target)` decides whether a redirect is followed. For a `page`,
        a body that turns out not to be a web page is read only up to `check_bytes`."""
        s = self.s
        cap = s.max_bytes if cap is None else cap
        result = Fetched(url=url, final_url=url)
        start = time.monotonic()
        chain = [url]
        current = url
        attempt = 0
        while True:
            await self.gate.wait(host_of(current), delay)
            try:
                ex, over, broken = await self._once(method, current, cap, headers or {},
                                                    s.check_bytes if page else None)
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
                error = classify_error(exc) if not isinstance(exc, ValueError) else "connect"
                if error == "connect" and attempt < s.retry_times:
                    attempt += 1
                    await asyncio.sleep(s.retry_backoff * 2 ** (attempt - 1))
                    continue
                result.error = error
                if error == ERROR_CLASS:
                    result.final_url = current  # the refused address: never requested, nothing archived
                break
            result.exchanges.append(ex)
            result.status = ex.status
            result.final_url = current
            lookup = {k.lower(): v for k, v in ex.response_headers}
            if broken:
                result.error = broken
                result.content_type = lookup.get("content-type")
                result.raw_bytes = len(ex.body)
                break
            if ex.status in s.retry_statuses and attempt < s.retry_times:
                attempt += 1
                wait = retry_after(lookup.get("retry-after"), s.max_retry_after)
                await asyncio.sleep(wait if wait is not None else s.retry_backoff * 2 ** (attempt - 1))
                continue
            location = lookup.get("location")
            if ex.status in REDIRECTS and location:
                try:
                    target = canonicalize(urljoin(current, location))
                except UnsupportedURL:
                    result.error = "http-status"
                    break
                if target in chain or len(chain) > s.max_redirects:
                    result.error = "redirect-loop"
                    result.final_url = target
                    break
                if follow is not None and not follow(target):
                    result.final_url = target
                    break
                chain.append(target)
                current = target
                attempt = 0
                continue
            result.content_type = lookup.get("content-type")
            result.raw_bytes = len(ex.body)
            result.body = _decompress(ex.body, lookup.get("content-encoding", ""), s.max_bytes)
            result.truncated = over
            if over and method == "GET" and cap == s.max_bytes and (not page or is_webpage(result.content_type)):
                result.error = "too-large"
            elif ex.status >= 400:
                result.error = "http-status"
            break
        result.elapsed_ms = int((time.monotonic() - start) * 1000)
        return result
