"""HTTP fetching: streamed byte cap (on the wire and after decompression), connect/read/total timeouts, retries
with back-off and Retry-After, redirects followed by hand (each hop archived, a malformed Location an error of the
page) with loop detection, and error classes for crawl.json."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

from govweb.collect.guard import ERROR_CLASS, AddressPolicy, GuardedConnector
from govweb.collect.inflate import Inflater, UnsupportedCoding, codings
from govweb.collect.netmap import MappedResolver, classify_error, parse_resolve
from govweb.collect.politeness import HostGate
from govweb.collect.settings import CrawlSettings
from govweb.collect.warc import Exchange
from govweb.urlnorm import UnsupportedURL, host_of, resolve

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
    content_encoding: str | None = None  # the last response's Content-Encoding (for `decode=False`)
    requests: int = 0  # HTTP requests made (redirect hops and retries included)


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


def _body_error(exc: BaseException) -> str:
    """The error class of a request or body that failed: `protocol` for a response that breaks HTTP itself
    (invalid chunked encoding, fewer bytes than Content-Length, malformed or oversized headers), `bad-url` for a URL
    the client cannot send, else the network's error class (dns, connect, timeout, tls)."""
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return "protocol"  # no HTTP status of the server's: the client could not read what it sent
    if isinstance(exc, ValueError):
        return "bad-url"
    return classify_error(exc)


@dataclass
class _Body:
    raw: bytes  # as received (content-coded): the WARC payload
    decoded: bytes  # content-decoded (raw when `decode` is off)
    over: bool  # a cap cut it
    broken: str | None  # error class if the body broke off (timeout, connect, protocol)
    bad_coding: bool  # unsupported or corrupt content coding


class Fetcher:
    """One aiohttp session for a crawl, behind the address guard `policy`; use as an async context manager."""

    def __init__(self, settings: CrawlSettings, gate: HostGate, policy: AddressPolicy) -> None:
        self.s = settings
        self.gate = gate
        self.policy = policy
        self.session: aiohttp.ClientSession | None = None
        self.requests = 0  # HTTP requests made through this fetcher

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

    async def _once(self, method: str, url: str, cap: int, headers: dict[str, str], doc_cap: int | None = None,
                    decode: bool = True) -> tuple[Exchange, _Body]:
        """One request without redirects or retries: the exchange and its body. The body is decoded as it arrives
        and cut when either the bytes on the wire or the decoded bytes reach `cap`; the partial exchange is still
        evidence when it breaks off. `doc_cap` is the cap for a body that is not a web page."""
        assert self.session is not None
        self.requests += 1
        async with self.session.request(method, url, allow_redirects=False, headers=headers) as resp:
            if doc_cap is not None and not is_webpage(resp.headers.get("Content-Type")):
                cap = doc_cap
            peer = None
            if resp.connection is not None and resp.connection.transport is not None:
                info = resp.connection.transport.get_extra_info("peername")
                peer = info[0] if info else None
            body = await self._read_body(resp, cap, decode) if method != "HEAD" else _Body(b"", b"", False, None, False)
            if body.over or body.broken:
                resp.close()
            ex = Exchange(
                url=url, method=method,
                request_headers=[(k, v) for k, v in resp.request_info.headers.items()],
                status=resp.status, reason=resp.reason or "",
                http_version=f"{resp.version.major}.{resp.version.minor}" if resp.version else "1.1",
                response_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.raw_headers],
                body=body.raw,
                truncated="length" if body.over else ("time" if body.broken == "timeout" else body.broken and "disconnect"),
                ip=peer,
            )
            return ex, body

    @staticmethod
    async def _read_body(resp: aiohttp.ClientResponse, cap: int, decode: bool) -> _Body:
        inflater: Inflater | None = None
        bad_coding = False
        if decode and resp.headers.get("Content-Encoding"):
            try:
                applied = codings(resp.headers.get("Content-Encoding"))
                inflater = Inflater(applied, cap) if applied else None
            except UnsupportedCoding:
                bad_coding = True
        raw: list[bytes] = []
        decoded: list[bytes] = []
        size = 0
        over = False
        broken: str | None = None
        try:
            async for chunk in resp.content.iter_chunked(65536):
                if size + len(chunk) > cap:
                    chunk, over = chunk[: cap - size], True
                raw.append(chunk)
                size += len(chunk)
                if inflater is not None:
                    decoded.extend(inflater.chunks(chunk))
                    over = over or inflater.over
                if over or size >= cap:
                    over = over or not resp.content.at_eof()
                    break
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            broken = _body_error(exc)
        data = b"".join(raw)
        if inflater is None:
            return _Body(data, data, over, broken, bad_coding)
        return _Body(data, b"".join(decoded), over, broken, inflater.error)

    async def fetch(
        self,
        url: str,
        method: str = "GET",
        cap: int | None = None,
        headers: dict[str, str] | None = None,
        follow: Callable[[str], bool] | None = None,
        delay: float = 0.0,
        page: bool = False,
        retries: int | None = None,
        decode: bool = True,
    ) -> Fetched:
        """Fetch with retries and redirects. `follow(target)` decides whether a redirect is followed. For a `page`,
        a body that turns out not to be a web page is read only up to `check_bytes`. `retries` overrides the
        settings' retry count; with `decode` off the body stays content-coded (see `content_encoding`)."""
        s = self.s
        cap = s.max_bytes if cap is None else cap
        retries = s.retry_times if retries is None else retries
        result = Fetched(url=url, final_url=url)
        start = time.monotonic()
        before = self.requests
        chain = [url]  # exact URLs: `/` redirecting to `/index.html` (one canonical key) is no loop
        current = url
        attempt = 0
        while True:
            await self.gate.wait(host_of(current), delay)
            try:
                ex, body = await self._once(method, current, cap, headers or {}, s.check_bytes if page else None, decode)
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
                error = _body_error(exc)
                if error == "connect" and attempt < retries:
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
            result.content_type = lookup.get("content-type")
            result.content_encoding = lookup.get("content-encoding")
            if body.broken:
                result.error = body.broken
                result.raw_bytes = len(ex.body)
                break
            if ex.status in s.retry_statuses and attempt < retries:
                attempt += 1
                wait = retry_after(lookup.get("retry-after"), s.max_retry_after)
                await asyncio.sleep(wait if wait is not None else s.retry_backoff * 2 ** (attempt - 1))
                continue
            location = lookup.get("location")
            if ex.status in REDIRECTS and location is not None:
                try:
                    target = resolve(current, location)
                except UnsupportedURL:
                    target = None
                if target is None:  # an empty, malformed or non-http Location: an error of this page
                    result.error = "bad-redirect"
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
            result.raw_bytes = len(ex.body)
            result.body = body.decoded
            result.truncated = body.over
            if body.bad_coding and method == "GET" and decode:
                result.error = "decode-error"
            elif body.over and method == "GET" and cap == s.max_bytes and (not page or is_webpage(result.content_type)):
                result.error = "too-large"
            elif ex.status >= 400:
                result.error = "http-status"
            break
        result.elapsed_ms = int((time.monotonic() - start) * 1000)
        result.requests = self.requests - before
        return result
