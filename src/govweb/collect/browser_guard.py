"""The address guard for the browser lane: a SOCKS5 proxy on loopback through which chromium makes every
connection (pages, frames, scripts, images, XHR, WebSockets, redirects).

Chromium hands a SOCKS5 proxy the host name, not an address, so the proxy resolves it (through the resolve map,
then DNS), screens every address with the policy and connects itself: a page cannot reach a forbidden address by
any route the browser takes, and a name that resolves differently the second time (DNS rebinding) is screened
again. Request interception (`page.route`) could not do this: it never sees the address a request goes to.

    async with BrowserGuard(policy, resolve) as guard:
        args = guard.chromium_args()          # --proxy-server=socks5://127.0.0.1:PORT …
        guard.failure("http://169.254.169.254/") -> "address-blocked"
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from types import TracebackType
from urllib.parse import urlsplit

from govweb.collect.guard import ERROR_CLASS, AddressBlocked, AddressPolicy, host_key
from govweb.collect.netmap import MappedResolver, ResolveMap

HANDSHAKE_TIMEOUT_S = 10.0
CONNECT_TIMEOUT_S = 10.0
CHUNK = 65536
# SOCKS5 replies (RFC 1928 §6)
_OK, _NOT_ALLOWED, _UNREACHABLE, _REFUSED, _UNSUPPORTED = 0, 2, 4, 5, 7


class BrowserGuard:
    """A SOCKS5 CONNECT proxy on 127.0.0.1 that only connects where `policy` allows. `failure(url)` says why the
    proxy could not connect to a URL's host and port (address-blocked, dns, connect), or None."""

    def __init__(self, policy: AddressPolicy, resolve: ResolveMap | None = None) -> None:
        self.policy = policy
        self._resolver = MappedResolver(resolve)
        self._server: asyncio.Server | None = None
        self._failures: dict[tuple[str, int], str] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    async def __aenter__(self) -> BrowserGuard:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)
        await self._resolver.close()

    def chromium_args(self) -> list[str]:
        """Every connection through the proxy, loopback included (chromium bypasses proxies for it by default);
        WebRTC may not send UDP around it."""
        return [f"--proxy-server=socks5://127.0.0.1:{self.port}", "--proxy-bypass-list=<-loopback>",
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"]

    def failure(self, url: str) -> str | None:
        """The error class of the last failed connection to `url`'s host and port."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
        except ValueError:
            return None
        return self._failures.get((host_key(parts.hostname or ""), port))

    async def _addresses(self, host: str, port: int) -> list[str]:
        address = None if self._resolver.maps(host) else self.policy.screen_literal(host)
        if address is not None:
            return [address]
        found = await self._resolver.resolve(host, port, socket.AF_UNSPEC)
        return self.policy.screen(host, list(dict.fromkeys(str(r["host"]) for r in found)))

    def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._session(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream: asyncio.StreamWriter | None = None
        try:
            async with asyncio.timeout(HANDSHAKE_TIMEOUT_S):
                opened = await self._handshake(reader, writer)
            if opened is not None:
                up_reader, upstream = opened
                await _relay(reader, writer, up_reader, upstream)
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError, UnicodeError):
            pass
        finally:
            for w in (writer, upstream):
                if w is not None:
                    w.close()

    async def _handshake(self, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        version, n_methods = await reader.readexactly(2)
        await reader.readexactly(n_methods)
        if version != 5:
            return None
        writer.write(b"\x05\x00")  # no authentication
        _, command, _, kind = await reader.readexactly(4)
        if kind == 1:
            host = socket.inet_ntop(socket.AF_INET, await reader.readexactly(4))
        elif kind == 4:
            host = socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))
        elif kind == 3:
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode("ascii")
        else:
            return await _reply(writer, _UNSUPPORTED)
        port = int.from_bytes(await reader.readexactly(2), "big")
        if command != 1:  # CONNECT only
            return await _reply(writer, _UNSUPPORTED)
        key = (host_key(host), port)
        try:
            addresses = await self._addresses(host, port)
        except AddressBlocked:
            self._failures[key] = ERROR_CLASS
            return await _reply(writer, _NOT_ALLOWED)
        except OSError:
            self._failures[key] = "dns"
            return await _reply(writer, _UNREACHABLE)
        for address in addresses:
            try:
                up_reader, up_writer = await asyncio.wait_for(asyncio.open_connection(address, port),
                                                              CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError):
                continue
            self._failures.pop(key, None)
            await _reply(writer, _OK, address, port)
            return up_reader, up_writer
        self._failures[key] = "connect"
        return await _reply(writer, _REFUSED)


async def _reply(writer: asyncio.StreamWriter, code: int, address: str = "0.0.0.0", port: int = 0) -> None:
    ip = ipaddress.ip_address(address)
    writer.write(bytes([5, code, 0, 1 if ip.version == 4 else 4]) + ip.packed + port.to_bytes(2, "big"))
    await writer.drain()


async def _relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 up_reader: asyncio.StreamReader, up_writer: asyncio.StreamWriter) -> None:
    """Copy both ways until either side closes."""

    async def copy(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        while data := await src.read(CHUNK):
            dst.write(data)
            await dst.drain()

    tasks = [asyncio.ensure_future(copy(reader, up_writer)), asyncio.ensure_future(copy(up_reader, writer))]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


__all__ = ["BrowserGuard"]
