"""A tiny synchronous HTTP client for the tests: connect to a loopback address, send the Host header."""

from __future__ import annotations

import http.client
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def get(url: str, addr: str = "127.0.0.1", method: str = "GET", timeout: float = 10) -> Reply:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(addr, parts.port or 80, timeout=timeout)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path or "/", headers={"Host": parts.netloc})
        r = conn.getresponse()
        return Reply(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    finally:
        conn.close()
