"""Sitemaps (sitemaps.org): the <loc> URLs of a sitemap or sitemap index, read as a stream.

The body (HTTP content codings, then a gzip file layer for `sitemap.xml.gz`) is decompressed step by step and
scanned as it comes, so memory stays a few hundred KB whatever the file holds, and reading stops at the byte cap
or once enough URLs were found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import unescape

from govweb.collect.inflate import GZIP_MAGIC, STEP, Inflater, UnsupportedCoding, codings

_LOC = re.compile(rb"<loc>\s*(.*?)\s*</loc>", re.S | re.I)
_OPEN = b"<loc"
MAX_LOC = 8192  # a <loc> longer than this is junk, not a URL
_QUOTES = {"&quot;": '"', "&apos;": "'"}  # the XML entities `unescape` adds to &lt; &gt; &amp;


@dataclass
class SitemapScan:
    locs: list[str] = field(default_factory=list)
    index: bool = False  # a <sitemapindex>: its locs are sitemaps
    truncated: bool = False  # stopped at the byte cap or at max_urls
    error: str | None = None  # decode-error: a corrupt or unsupported compression


def scan_sitemap(body: bytes, content_encoding: str | None, max_bytes: int, max_urls: int) -> SitemapScan:
    """The URLs a sitemap lists (XML entities in them unescaped), at most `max_urls`, reading at most `max_bytes`
    of decompressed XML."""
    scan = SitemapScan()
    try:
        outer = Inflater(codings(content_encoding), max_bytes)
    except UnsupportedCoding:
        scan.error = "decode-error"
        return scan
    layers = [outer]
    head = b""
    buffer = b""
    seen = 0
    for data in _pieces(body, layers, max_bytes):
        if seen < 4096:
            head = (head + data)[:4096]
            scan.index = scan.index or b"<sitemapindex" in head.lower()
            seen = len(head)
        buffer = _take(buffer + data, scan, max_urls)
        if scan.truncated:
            break
    if any(layer.error for layer in layers):
        scan.error = "decode-error"
    scan.truncated = scan.truncated or any(layer.over for layer in layers)
    return scan


def _pieces(body: bytes, layers: list[Inflater], max_bytes: int) -> Iterator[bytes]:
    """The decompressed XML of `body`, piece by piece: HTTP content codings (layers[0]), then a gzip file layer
    when the result starts with the gzip magic (appended to `layers`)."""
    inner: Inflater | None = None
    start = b""
    for begin in range(0, len(body), STEP):
        for data in layers[0].chunks(body[begin : begin + STEP]):
            if inner is None and len(start) < 2:
                start += data[:2]
                if start.startswith(GZIP_MAGIC):
                    inner = Inflater(["gzip"], max_bytes)
                    layers.append(inner)
            if inner is None:
                yield data
            else:
                yield from inner.chunks(data)


def _take(buffer: bytes, scan: SitemapScan, max_urls: int) -> bytes:
    """Move complete <loc>s out of `buffer`; keep only an unfinished one (bounded)."""
    end = 0
    for match in _LOC.finditer(buffer):
        if len(scan.locs) >= max_urls:
            scan.truncated = True
            return b""
        raw = match.group(1)
        if raw.startswith(b"<![CDATA[") and raw.endswith(b"]]>"):
            raw = raw[9:-3].strip()
        if len(raw) <= MAX_LOC:
            scan.locs.append(unescape(raw.decode("utf-8", "replace"), _QUOTES))
        end = match.end()
    rest = buffer[end:]
    cut = rest.rfind(_OPEN)
    if cut < 0:
        return rest[-len(_OPEN):]  # a "<lo" split across chunks
    return rest[cut:] if len(rest) - cut <= MAX_LOC else b""
