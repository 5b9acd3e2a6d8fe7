"""Network plumbing shared by probes, active measurements and the render lane.

* `--resolve HOST:PORT:ADDR[,ADDR…]` parsing (curl semantics) into a resolve map, and an aiohttp resolver that
  answers from it. A host that appears in the map (for any port) is resolved only through the map, so tests with
  invented host names never touch real DNS; an IP-address host the map names goes where the map says too.
* `classify_error`: one error class per failure, the same vocabulary as `crawl.json` (dns, connect, timeout, tls,
  redirect-loop …).
* `ssl_context`: certificate verification against the system CAs or a given CA bundle.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from govweb.collect.guard import (
    ERROR_CLASS,
    AddressBlocked,
    AddressPolicy,
    GuardedConnector,
    operator_refused,
)
from govweb.errors import BadInput, Problem

# Dates and times users see are in Asia/Shanghai.
CST = timezone(timedelta(hours=8))

# (host, port) -> one address, several comma-separated addresses, or a sequence of addresses.
ResolveMap = Mapping[tuple[str, int], str | Sequence[str]]


def now_cst() -> datetime:
    return datetime.now(CST)


def iso_cst(moment: datetime | None = None) -> str:
    """ISO 8601 with the +08:00 offset, millisecond precision."""
    return (moment or now_cst()).astimezone(CST).isoformat(timespec="milliseconds")


def _split_addresses(value: str | Sequence[str]) -> tuple[str, ...]:
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(p.strip().strip("[]") for p in parts if p.strip())


def parse_resolve(args: Iterable[str]) -> dict[tuple[str, int], str]:
    """Parse curl-style `HOST:PORT:ADDR[,ADDR…]` entries; every bad entry is listed in one BadInput."""
    result: dict[tuple[str, int], list[str]] = {}
    problems: list[Problem] = []
    for arg in args:
        host, sep1, rest = arg.partition(":")
        port_s, sep2, addrs = rest.partition(":")
        try:
            if not (sep1 and sep2 and host and addrs):
                raise ValueError
            port = int(port_s)
            if not 0 < port < 65536:
                raise ValueError
            parsed = _split_addresses(addrs)
            for addr in parsed:
                ipaddress.ip_address(addr)
        except ValueError:
            problems.append(Problem(f"--resolve「{arg}」格式应为 主机名:端口:IP地址（如 www.example.gov.cn:80:127.0.0.1）"))
            continue
        forbidden = [a for a in parsed if operator_refused(a)]
        if forbidden:  # loopback and private are fine (intranet sites, tests); link-local, multicast … never
            problems.append(Problem(f"--resolve「{arg}」：地址 {'、'.join(forbidden)} 不能作为评估对象"
                                    "（链路本地、组播、未指定或云服务器元数据地址）"))
            continue
        result.setdefault((host.lower(), port), []).extend(parsed)
    if problems:
        raise BadInput("--resolve 参数有误。", problems)
    return {key: ",".join(dict.fromkeys(addrs)) for key, addrs in result.items()}


def normalize_resolve(resolve: ResolveMap | None) -> dict[tuple[str, int], tuple[str, ...]]:
    return {(host.lower(), int(port)): _split_addresses(v) for (host, port), v in (resolve or {}).items()}


def is_mapped(resolve: ResolveMap | None, host: str) -> bool:
    host = host.lower()
    return any(h == host for h, _ in normalize_resolve(resolve))


def mapped_addresses(resolve: ResolveMap | None, host: str, port: int | None = None) -> list[str]:
    """Addresses the map gives `host` (on `port`, or on any port when `port` is None)."""
    host = host.lower()
    found: list[str] = []
    for (h, p), addrs in normalize_resolve(resolve).items():
        if h == host and (port is None or p == port):
            found.extend(addrs)
    return list(dict.fromkeys(found))


def address_family(addr: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ipaddress.ip_address(addr).version == 6 else socket.AF_INET


class MappedResolver(AbstractResolver):
    """aiohttp resolver answering from a resolve map first, then from the system resolver.

    `family` restricts answers (AF_INET6 forces a connection over IPv6)."""

    def __init__(self, resolve: ResolveMap | None = None, family: int = socket.AF_UNSPEC) -> None:
        self._map = normalize_resolve(resolve)
        self._family = socket.AddressFamily(family)
        self._fallback = DefaultResolver()

    def maps(self, host: str) -> bool:
        """Whether the map names `host` (for any port): it is then resolved only through the map."""
        return any(h == host.lower() for h, _ in self._map)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        want = self._family if self._family != socket.AF_UNSPEC else family
        key_host = host.lower()
        if any(h == key_host for h, _ in self._map):
            addrs = self._map.get((key_host, port), ())
            results = [
                ResolveResult(
                    hostname=host, host=a, port=port, family=address_family(a), proto=0,
                    flags=socket.AI_NUMERICHOST,
                )
                for a in addrs
                if want == socket.AF_UNSPEC or address_family(a) == want
            ]
            if not results:
                raise OSError(socket.EAI_NONAME, f"{host}:{port} has no mapped address")
            return results
        return await self._fallback.resolve(host, port, want)

    async def close(self) -> None:
        await self._fallback.close()


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """A verifying context: system CAs, plus `ca_file` when given."""
    ctx = ssl.create_default_context()
    if ca_file:
        ctx.load_verify_locations(cafile=ca_file)
    return ctx


def connector(
    resolve: ResolveMap | None = None, *, policy: AddressPolicy, family: int = socket.AF_UNSPEC,
    ca_file: str | None = None, verify: bool = True, limit: int = 10, on_socket: Callable[[str], None] | None = None,
) -> aiohttp.TCPConnector:
    """A fresh-connection connector behind the address guard; `on_socket(address)` hears every address a socket
    is opened to."""
    tls: ssl.SSLContext | bool = ssl_context(ca_file) if verify else False

    def make_socket(info: Any) -> socket.socket:
        if on_socket is not None:
            on_socket(str(info[4][0]))
        return socket.socket(info[0], info[1], info[2])

    return GuardedConnector(
        policy=policy, resolver=MappedResolver(resolve, family), ssl=tls, limit=limit, use_dns_cache=False,
        force_close=True, socket_factory=make_socket,
    )


def classify_error(exc: BaseException) -> str:
    """The crawl.json error class of a failed fetch."""
    if isinstance(exc, AddressBlocked) or isinstance(getattr(exc, "os_error", None), AddressBlocked):
        return ERROR_CLASS
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError | TimeoutError):
        return "timeout"
    if isinstance(exc, aiohttp.TooManyRedirects):
        return "redirect-loop"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "dns"
    if isinstance(exc, aiohttp.ClientSSLError | ssl.SSLError | aiohttp.ClientConnectorCertificateError):
        return "tls"
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_err = exc.os_error
        if isinstance(os_err, socket.gaierror) or getattr(os_err, "errno", None) == socket.EAI_NONAME:
            return "dns"
        if isinstance(os_err, ssl.SSLError):
            return "tls"
        return "connect"
    if isinstance(exc, socket.gaierror):
        return "dns"
    if isinstance(exc, aiohttp.ClientResponseError) and exc.status:
        return "http-status"
    return "connect"
