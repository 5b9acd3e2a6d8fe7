"""Decompression capped while decompressing (content codings, gzip files) and sitemaps read as a stream."""

from __future__ import annotations

import gzip
import zlib

import pytest

from govweb.collect.inflate import Inflater, UnsupportedCoding, codings, decompress, inflate
from govweb.collect.sitemaps import scan_sitemap

PAGE = "<html><head><title>通知公告</title></head><body>".encode() + b"x" * 5000 + b"</body></html>"


def _zeros_gzip(megabytes: int, prefix: bytes = b"") -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    return comp.compress(prefix) + b"".join(comp.compress(bytes(1 << 20)) for _ in range(megabytes)) + comp.flush()


def test_every_coding_and_their_stacks() -> None:
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert inflate(gzip.compress(PAGE), ["gzip"], 10**6) == (PAGE, False, False)
    assert inflate(gzip.compress(gzip.compress(PAGE)), ["gzip", "gzip"], 10**6)[0] == PAGE
    assert inflate(zlib.compress(PAGE), ["deflate"], 10**6)[0] == PAGE
    assert inflate(raw_deflate.compress(PAGE) + raw_deflate.flush(), ["deflate"], 10**6)[0] == PAGE  # unwrapped
    assert inflate(gzip.compress(PAGE) + gzip.compress(b"more"), ["gzip"], 10**6)[0] == PAGE + b"more"  # members
    assert codings("gzip, identity") == ["gzip"] and codings(None) == []
    for bad in ("br", "zstd", "gzip, gzip, gzip, gzip, gzip"):
        with pytest.raises(UnsupportedCoding):
            codings(bad)
    assert decompress(b"plain", "br", 100) == b"plain"  # not ours to decode: kept as it came


def test_a_bomb_stops_at_the_cap_without_taking_memory() -> None:
    bomb = _zeros_gzip(64, b"<html>")
    assert len(bomb) < 200_000
    inflater = Inflater(["gzip"], 1 << 20)
    pieces = [len(p) for start in range(0, len(bomb), 4096) for p in inflater.chunks(bomb[start:start + 4096])]
    assert inflater.over and sum(pieces) == 1 << 20 and max(pieces) <= 64 * 1024  # never more than a step at once
    body, over, corrupt = inflate(gzip.compress(bomb), ["gzip", "gzip"], 1 << 20)  # nested
    assert over and not corrupt and len(body) == 1 << 20


def test_corrupt_streams_stop_with_an_error() -> None:
    body, over, corrupt = inflate(gzip.compress(PAGE)[:40] + b"\xff" * 100, ["gzip"], 10**6)
    assert corrupt and not over and PAGE.startswith(body)


def test_sitemaps_and_indexes_plain_gzipped_and_coded() -> None:
    index = b'<?xml version="1.0"?><sitemapindex><sitemap><loc> http://x.gov.cn/a.xml </loc></sitemap>' \
            b"<sitemap><loc><![CDATA[http://x.gov.cn/b.xml?x=1&amp;y=2]]></loc></sitemap></sitemapindex>"
    for body, coding in ((index, None), (gzip.compress(index), None), (gzip.compress(index), "gzip"),
                         (gzip.compress(gzip.compress(index)), "gzip")):
        scan = scan_sitemap(body, coding, 10**6, 100)
        assert scan.index and scan.locs == ["http://x.gov.cn/a.xml", "http://x.gov.cn/b.xml?x=1&y=2"], coding
    urls = b"<urlset>" + b"".join(b"<url><loc>http://x.gov.cn/%d.html</loc></url>" % i for i in range(100)) + b"</urlset>"
    scan = scan_sitemap(urls, None, 10**6, 30)
    assert not scan.index and len(scan.locs) == 30 and scan.truncated
    assert scan_sitemap(b"junk", "gzip", 10**6, 5).error == "decode-error"


def test_a_gzipped_sitemap_bomb_is_scanned_in_bounded_memory() -> None:
    head = b'<?xml version="1.0"?><urlset><url><loc>http://x.gov.cn/1.html</loc></url>'
    scan = scan_sitemap(_zeros_gzip(64, head), None, 8 << 20, 1000)
    assert scan.locs == ["http://x.gov.cn/1.html"] and scan.truncated and scan.error is None
