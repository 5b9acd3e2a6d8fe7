"""URL canonicalisation, crawl scope and URL classification."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query keys that always carry a session id; `sid` only when its value looks like a token.
SESSION_KEYS = frozenset(
    {"jsessionid", "phpsessid", "aspsessionid", "sessionid", "session_id", "sessid", "cfid", "cftoken", "zfsessionid"}
)
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{16,}")
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#;]*", re.I)
_PCT = re.compile(r"%[0-9a-fA-F]{2}")
_SAFE_PATH = "/%:@!$&'()*+,;=~-._"
_SAFE_QUERY = "/%:@!$&'()*+,;=~-._?"


class UnsupportedURL(ValueError):
    """Not an http(s) URL with a host."""


def _upper_escapes(text: str) -> str:
    return _PCT.sub(lambda m: m.group(0).upper(), text) if "%" in text else text


def _remove_dot_segments(path: str) -> str:
    if "/." not in path and not path.startswith("."):
        return path
    norm = posixpath.normpath(path)
    if norm.startswith("//"):
        norm = "/" + norm.lstrip("/")
    if path.endswith(("/", "/.", "/..")) and norm != "/":
        norm += "/"
    return norm


def _is_session_param(pair: str) -> bool:
    key, _, value = pair.partition("=")
    key = key.lower()
    if key in SESSION_KEYS or key.startswith("aspsessionid"):
        return True
    return key == "sid" and bool(_TOKEN.fullmatch(value))


def _already_canonical(url: str) -> bool:
    """Cheap test for the common case: a lower-case http(s) URL without query, escapes, dot segments or port 80/443."""
    if not url.isascii():
        return False
    if url.startswith("http://"):
        rest, default = url[7:], ":80"
    elif url.startswith("https://"):
        rest, default = url[8:], ":443"
    else:
        return False
    slash = rest.find("/")
    if slash <= 0:
        return False
    netloc, path = rest[:slash], rest[slash:]
    if netloc != netloc.lower() or "@" in netloc or netloc.endswith((default, ".")) or "[" in netloc:
        return False
    port = netloc.partition(":")[2]
    if port and not (port.isdigit() and 0 < int(port) < 65536 and port[0] != "0"):
        return False
    return not any(c in path for c in _UNSAFE_PATH) and "/." not in path


_UNSAFE_PATH = ("?", "#", "%", ";", " ", "\\", "\t", "\n", "\r", '"', "<", ">", "{", "}", "|", "^", "`")


@lru_cache(maxsize=131_072)
def canonicalize(url: str) -> str:
    """The canonical form used for de-duplication; raises UnsupportedURL for non-http(s) URLs.

    Lower-cases scheme and host, drops default ports, fragments, dot segments, user info and session ids
    (jsessionid/PHPSESSID/… and token-like `sid`), sorts query parameters and normalises percent escapes.
    """
    if _already_canonical(url):
        return url
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsupportedURL(url) from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise UnsupportedURL(url)
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsupportedURL(url)
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    else:
        try:
            host = host.encode("idna").decode("ascii") if not host.isascii() else host
        except UnicodeError as exc:
            raise UnsupportedURL(url) from exc
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = parts.path or "/"
    if ";" in path:
        path = _PATH_SESSION.sub("", path)
    path = _upper_escapes(quote(_remove_dot_segments(path), safe=_SAFE_PATH))
    query = parts.query
    if query:
        pairs = [p for p in query.split("&") if p and not _is_session_param(p)]
        pairs.sort()
        query = _upper_escapes(quote("&".join(pairs), safe=_SAFE_QUERY))
    return f"{scheme}://{netloc}{path}?{query}" if query else f"{scheme}://{netloc}{path}"


def absolute(base: str, href: str, origin: str | None = None) -> str | None:
    """Resolve `href` against `base` (whose scheme://host is `origin`, if known) and canonicalise it; None for
    non-http(s) or malformed links."""
    href = href.strip()
    if not href or href[0] == "#":
        return None
    try:
        if href[0] == "/" and origin and not href.startswith("//") and "/." not in href:
            return canonicalize(origin + href)
        if href.startswith(("http://", "https://")) and "/." not in href:
            return canonicalize(href)
        head = href[:11].lower()
        if head.startswith(("javascript:", "mailto:", "tel:", "data:", "sms:", "about:", "ftp:", "file:")):
            return None
        return canonicalize(urljoin(base, href))
    except (UnsupportedURL, ValueError):
        return None


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def extension_of(url: str) -> str:
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@dataclass(frozen=True)
class Scope:
    """The hosts a crawl stays on: the seed's host (without a leading www.), its subdomains if asked, and extras."""

    roots: tuple[str, ...]
    include_subdomains: bool = True

    @classmethod
    def for_seed(cls, seed: str, include_subdomains: bool = True, extra_hosts: tuple[str, ...] = ()) -> Scope:
        host = host_of(seed)
        root = host[4:] if host.startswith("www.") and host.count(".") >= 2 else host
        return cls(tuple(dict.fromkeys([root, host, *(h.lower() for h in extra_hosts)])), include_subdomains)

    def contains(self, url: str) -> bool:
        host = host_of(url)
        for root in self.roots:
            if host == root or (self.include_subdomains and host.endswith("." + root)):
                return True
        return False
