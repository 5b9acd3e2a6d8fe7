"""The address guard: what a site hands us never reaches loopback, private, link-local, multicast or unspecified
addresses (cloud metadata services, the evaluator's own machine and intranet) unless the operator opted in.

* Operator-named hosts (a seed on the command line, a sites-file row, a `--resolve` mapping) may be loopback or
  private (an intranet site, the sample sites, the tests), on every port; never link-local, multicast,
  unspecified, reserved or a cloud metadata address.
* `allow_private` (`--allow-private`) lets every host reach loopback and private addresses; the always-refused
  categories stay refused.
* The check runs on the address of every connection after resolution (`GuardedConnector` for aiohttp, the
  SOCKS5 `BrowserGuard` for chromium), so DNS rebinding and a hostname resolving to 127.0.0.1 are caught, and on
  every spelling of a literal address (`2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1`, `[::ffff:127.0.0.1]`,
  trailing dots).
* `check_url(url, policy)` is the same rule without the network (literal addresses and `localhost` names), for
  URLs people add (the dashboard): it answers the reason in Chinese, or None.

A refused connection fails with `AddressBlocked` (an OSError), which `netmap.classify_error` turns into the error
class `address-blocked` (shown to users as 地址受限): nothing is sent, nothing archived.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import ResolveResult

from govweb.errors import BadInput, Problem

ERROR_CLASS = "address-blocked"
ERROR_LABEL = "地址受限"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Categories, most specific first (the metadata addresses sit inside private ranges).
_V4: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("metadata", ("100.100.100.200/32",)),  # Alibaba Cloud; the others are link-local (169.254.169.254 …)
    ("unspecified", ("0.0.0.0/8",)),
    ("loopback", ("127.0.0.0/8",)),
    ("private", ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")),  # + carrier-grade NAT
    ("link-local", ("169.254.0.0/16",)),
    ("multicast", ("224.0.0.0/4",)),
    ("reserved", ("240.0.0.0/4",)),  # and the broadcast address
)
_V6: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("metadata", ("fd00:ec2::254/128",)),  # AWS over IPv6
    ("unspecified", ("::/128",)),
    ("loopback", ("::1/128",)),
    ("private", ("fc00::/7", "fec0::/10")),  # unique local, deprecated site-local
    ("link-local", ("fe80::/10",)),
    ("multicast", ("ff00::/8",)),
)
_NETWORKS = [(name, ipaddress.ip_network(net)) for name, nets in (*_V4, *_V6) for net in nets]
# IPv6 prefixes that carry an IPv4 address: (prefix, bit offset of the IPv4 address from the left)
_EMBEDDING = [(ipaddress.ip_network(net), shift) for net, shift in
              (("::ffff:0:0/96", 96), ("::/96", 96), ("64:ff9b::/96", 96), ("64:ff9b:1::/48", 96), ("2002::/16", 16))]

LABELS = {
    "loopback": "本机回环地址", "private": "内网地址", "link-local": "链路本地地址", "multicast": "组播地址",
    "unspecified": "未指定地址", "reserved": "保留地址", "metadata": "云服务器元数据地址",
}
OPERATOR_MAY = frozenset({"loopback", "private"})  # what an operator-named host or --allow-private may reach
LOCALHOST_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_V4_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def _loose_ipv4(text: str) -> ipaddress.IPv4Address | None:
    """IPv4 in every spelling `inet_aton` and browsers accept: 1 to 4 parts, each decimal, octal (leading 0) or
    hex (0x); the last part fills the remaining bytes (`127.1`, `2130706433`, `0x7f.1`, `0177.0.0.1`)."""
    parts = text.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4 or not all(_V4_PART.fullmatch(p) for p in parts):
        return None
    numbers = []
    for part in parts:
        if part[:2].lower() == "0x":
            numbers.append(int(part[2:] or "0", 16))
        elif len(part) > 1 and part[0] == "0":
            numbers.append(int(part, 8))
        else:
            numbers.append(int(part))
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def parse_ip(host: str) -> IPAddress | None:
    """The address a host written as a literal names (any spelling, brackets, zone ids, trailing dots), IPv4-mapped
    IPv6 given as IPv4; None for a host name."""
    text = host.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if ":" in text:
        try:
            ip6 = ipaddress.IPv6Address(text.split("%", 1)[0])
        except ValueError:
            return None
        return ip6.ipv4_mapped or ip6
    return _loose_ipv4(text)


def literal_address(host: str) -> IPAddress | None:
    """The address a host names without asking DNS: a literal in any spelling, or loopback for `localhost`
    names (RFC 6761: they are loopback whatever a resolver says)."""
    ip = parse_ip(host)
    if ip is None:
        name = host_key(host)
        if name in LOCALHOST_NAMES or name.endswith(".localhost"):
            return ipaddress.IPv4Address("127.0.0.1")
    return ip


def host_key(host: str) -> str:
    """One spelling per host, to compare hosts: lower case, IDNA, no trailing dot, literals in canonical form."""
    ip = parse_ip(host)
    if ip is not None:
        return str(ip)
    text = host.strip().rstrip(".").lower()
    if not text.isascii():
        with contextlib.suppress(UnicodeError):
            text = text.encode("idna").decode("ascii")
    return text


def category(address: IPAddress | str) -> str | None:
    """loopback, private, link-local, multicast, unspecified, reserved, metadata — or None for a public address."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        ip = ip.ipv4_mapped or ip
    for name, net in _NETWORKS:
        if ip.version == net.version and ip in net:
            return name
    if isinstance(ip, ipaddress.IPv6Address):
        for net, shift in _EMBEDDING:
            if ip in net:
                inner = ipaddress.IPv4Address((int(ip) >> (128 - shift - 32)) & 0xFFFFFFFF)
                return category(inner)
    return None


def describe(host: str, address: IPAddress | str, kind: str) -> str:
    shown = host if host_key(host) == str(address) else f"{host}（{address}）"
    return f"{ERROR_LABEL}：{shown} 是{LABELS[kind]}"


class AddressBlocked(OSError):
    """A connection the guard refused; `reason` is the Chinese message."""

    def __init__(self, host: str, address: IPAddress | str, kind: str) -> None:
        self.host, self.address, self.kind = host, str(address), kind
        self.reason = describe(host, address, kind)
        super().__init__(self.reason)


@dataclass(frozen=True)
class AddressPolicy:
    """Which hosts the operator named (reachable on loopback and private addresses) and whether everyone may."""

    operator_hosts: frozenset[str] = field(default_factory=frozenset)
    allow_private: bool = False

    def is_operator_named(self, host: str) -> bool:
        return host_key(host) in self.operator_hosts

    def refused(self, host: str, address: IPAddress | str) -> str | None:
        """The category that forbids connecting to `address` for `host`, or None when allowed."""
        kind = category(address)
        if kind is None or (kind in OPERATOR_MAY and (self.allow_private or self.is_operator_named(host))):
            return None
        return kind

    def screen(self, host: str, addresses: Sequence[str]) -> list[str]:
        """The allowed addresses among those `host` resolved to; AddressBlocked when none is."""
        refusals = [self.refused(host, a) for a in addresses]
        allowed = [a for a, kind in zip(addresses, refusals, strict=True) if kind is None]
        if addresses and not allowed:
            raise AddressBlocked(host, addresses[0], refusals[0] or "reserved")
        return allowed

    def screen_literal(self, host: str) -> str | None:
        """The address of a host written as a literal (or a `localhost` name), screened (AddressBlocked when
        refused); None for a host name, which the caller resolves and screens with `screen`."""
        ip = literal_address(host)
        return None if ip is None else self.screen(host, [str(ip)])[0]


def operator_refused(address: IPAddress | str) -> str | None:
    """The category of an address no one may reach, even when the operator names it (link-local, multicast,
    unspecified, reserved, metadata), or None."""
    kind = category(address)
    return None if kind is None or kind in OPERATOR_MAY else kind


def operator_problem(url: str) -> str | None:
    """Why an operator may not name `url` (a literal link-local, multicast … address, in any spelling), or None.
    A named host that only resolves to such an address is refused when the connection is made."""
    host = urlsplit(url.strip()).hostname or ""
    ip = parse_ip(host)
    kind = operator_refused(ip) if ip is not None else None
    if kind is None:
        return None
    return describe(host, ip, kind) + "，不能作为评估对象"  # type: ignore[arg-type]


def operator_policy(urls: Iterable[str] = (), resolve: Iterable[tuple[str, int]] | Iterable[str] = (),
                    hosts: Iterable[str] = (), allow_private: bool = False) -> AddressPolicy:
    """The policy of a job the operator started: `urls` (seeds, sites rows), the hosts of a resolve map (its keys
    `(host, port)`, or curl-style `HOST:PORT:ADDR` entries) and further `hosts` are operator-named. BadInput lists
    every URL naming an address no one may reach."""
    named: set[str] = set()
    problems = []
    for url in urls:
        if problem := operator_problem(url):
            problems.append(Problem(f"「{url}」：{problem}"))
        named.add(host_key(urlsplit(url.strip()).hostname or ""))
    for entry in resolve:
        named.add(host_key(entry[0] if isinstance(entry, tuple) else entry.split(":", 1)[0]))
    named.update(host_key(h) for h in hosts)
    if problems:
        raise BadInput("网址指向禁止访问的地址。", problems)
    named.discard("")
    return AddressPolicy(frozenset(named), allow_private)


def check_url(url: str, policy: AddressPolicy | None = None) -> str | None:
    """The guard without the network, for URLs people add: the reason (Chinese) a literal address or a
    `localhost` name is refused, or None. Host names are checked again on their resolved address when fetched."""
    policy = policy or AddressPolicy()
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return None
    ip = literal_address(host)
    if ip is None:
        return None
    kind = policy.refused(host, ip)
    return describe(host, ip, kind) if kind else None


class GuardedConnector(aiohttp.TCPConnector):
    """A TCPConnector that connects only to addresses the policy allows: host literals in any spelling are read
    as their address, host names are resolved (resolver, DNS cache) and screened on every connection."""

    def __init__(self, *, policy: AddressPolicy, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.policy = policy

    async def _resolve_host(self, host: str, port: int, traces: Sequence[Any] | None = None) -> list[ResolveResult]:
        if getattr(self._resolver, "maps", lambda _: False)(host):
            # a host the resolve map names, a literal included (an IP host served on loopback), goes where it says
            found = await self._resolver.resolve(host, port, socket.AF_UNSPEC)
            allowed = set(self.policy.screen(host, [str(r["host"]) for r in found]))
            return [r for r in found if str(r["host"]) in allowed]
        address = self.policy.screen_literal(host)
        if address is not None:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            return [ResolveResult(hostname=host, host=address, port=port, family=family, proto=0,
                                  flags=socket.AI_NUMERICHOST)]
        found = await super()._resolve_host(host, port, traces=traces)  # type: ignore[arg-type]
        allowed = set(self.policy.screen(host, [str(r["host"]) for r in found]))
        return [r for r in found if str(r["host"]) in allowed]


__all__ = ["ERROR_CLASS", "ERROR_LABEL", "AddressBlocked", "AddressPolicy", "GuardedConnector", "category",
           "check_url", "host_key", "literal_address", "operator_policy", "operator_problem", "operator_refused",
           "parse_ip"]
