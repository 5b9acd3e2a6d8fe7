"""Decompression that never outgrows its cap: HTTP content codings (stacked too: `gzip, gzip`), gzip files.

Data is pushed in as it arrives and decoded in small steps, each bounded in output, so a 2 GiB bomb costs a
few KB of memory and stops at the cap (`over`); a corrupt stream stops with `error`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

STEP = 64 * 1024  # most output one decompression step produces
MAX_LAYERS = 4  # more stacked codings than this is not a real response
GZIP_MAGIC = b"\x1f\x8b"
_CODINGS = {"gzip": 31, "x-gzip": 31, "deflate": 15}


class UnsupportedCoding(ValueError):
    """A content coding we do not decode (br, zstd, compress …) or an absurd stack of them."""


def codings(header: str | None) -> list[str]:
    """The content codings of a Content-Encoding header, in the order they were applied (identity dropped)."""
    found = [c.strip().lower() for c in (header or "").split(",")]
    found = [c for c in found if c and c != "identity"]
    if len(found) > MAX_LAYERS or any(c not in _CODINGS for c in found):
        raise UnsupportedCoding(header or "")
    return found


class _Layer:
    """One coding: gzip (several members allowed) or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, coding: str) -> None:
        self.wbits = _CODINGS[coding]
        self.d = zlib.decompressobj(self.wbits)
        self.started = False

    def step(self, data: bytes) -> tuple[bytes, bytes]:
        """Decode at most STEP bytes of output from `data`; returns (output, input not consumed yet)."""
        try:
            out = self.d.decompress(data, STEP)
        except zlib.error:
            if self.started or self.wbits != 15:
                raise
            self.wbits = -15  # "deflate" sent without its zlib wrapper
            self.d = zlib.decompressobj(-15)
            out = self.d.decompress(data, STEP)
        self.started = True
        rest = self.d.unconsumed_tail
        if self.d.eof and self.d.unused_data:  # the next gzip member (or trailing junk: dropped)
            tail = self.d.unused_data
            if self.wbits == 31 and tail.startswith(GZIP_MAGIC):
                self.d = zlib.decompressobj(31)
                rest = tail + rest
            else:
                rest = b""
        return out, rest


class Inflater:
    """Push compressed bytes in; get at most `cap` decoded bytes out in total, STEP bytes at a time."""

    def __init__(self, codings: list[str], cap: int) -> None:
        self.layers = [_Layer(c) for c in reversed(codings)]  # the last coding applied is undone first
        self.cap = cap
        self.size = 0
        self.over = False  # output reached the cap: stop feeding
        self.error = False  # the stream is corrupt

    def chunks(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of `data` (each at most STEP bytes), as they are decoded."""
        if self.over or self.error:
            return
        try:
            yield from self._push(0, data)
        except zlib.error:
            self.error = True

    def feed(self, data: bytes) -> bytes:
        return b"".join(self.chunks(data))

    def _push(self, level: int, data: bytes) -> Iterator[bytes]:
        if level == len(self.layers):
            room = self.cap - self.size
            if len(data) >= room:
                data, self.over = data[:room], True
            self.size += len(data)
            yield data
            return
        layer = self.layers[level]
        while data and not self.over:
            chunk, data = layer.step(data)
            if chunk:
                yield from self._push(level + 1, chunk)
            elif data and not layer.d.unconsumed_tail and layer.d.eof:
                break


def inflate(data: bytes, coding_list: list[str], cap: int) -> tuple[bytes, bool, bool]:
    """Decode `data` whole: (at most `cap` bytes, whether the cap cut it, whether it was corrupt)."""
    inflater = Inflater(coding_list, cap)
    body = b"".join(inflater.feed(data[i : i + STEP]) for i in range(0, len(data), STEP))
    return body, inflater.over, inflater.error


def decompress(body: bytes, content_encoding: str | None, cap: int) -> bytes:
    """A response body decoded per its Content-Encoding within `cap`; the body as is when its coding is not one we
    decode, what was decoded before the damage when it is corrupt."""
    try:
        return inflate(body, codings(content_encoding), cap)[0]
    except UnsupportedCoding:
        return body
