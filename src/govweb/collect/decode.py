"""Turn response bytes into text: HTTP charset → BOM → <meta> charset → detector; gb2312/gbk read as gb18030."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import chardet

# Legacy Chinese labels are decoded with their superset: pages declaring gb2312 often carry GBK bytes.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""",
    re.I,
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
UNDECODABLE_SHARE = 0.2  # more replaced characters than this: the body is not text we can read


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str | None  # codec used (e.g. "gb18030", "utf-8"); None when undecodable
    source: str  # "http", "bom", "meta", "detector", "fallback"
    error: bool = False  # True when the bytes could not be read as text


def normalize_encoding(label: str | None) -> str | None:
    """A Python codec name for an encoding label, mapping legacy Chinese sets to gb18030; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    if name in ("cp936", "gbk", "gb2312", "hz"):
        return "gb18030"
    if name in ("latin-1", "iso8859-1"):
        return "cp1252"  # WHATWG: iso-8859-1 means windows-1252
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def sniff_meta(body: bytes) -> str | None:
    match = _META.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode a page body. Never raises; `error` is set only when no codec reads the bytes sensibly."""
    candidates: list[tuple[str, str]] = []
    http = normalize_encoding(charset_from_content_type(content_type))
    for bom, name in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(name, "replace"), name.replace("-le", "").replace("-be", ""), "bom")
    if http:
        candidates.append((http, "http"))
    meta = normalize_encoding(sniff_meta(body))
    if meta:
        candidates.append((meta, "meta"))
    for encoding, source in candidates:
        text = _strict(body, encoding)
        if text is not None:
            return Decoded(text, encoding, source)
    if not candidates and body.isascii():
        return Decoded(body.decode("ascii"), "utf-8", "detector")
    if _strict(body, "utf-8") is not None:
        return Decoded(body.decode("utf-8"), "utf-8", "detector")
    guess = normalize_encoding(chardet.detect(body[:65536]).get("encoding"))
    if guess and guess not in {c for c, _ in candidates}:
        text = _strict(body, guess)
        if text is not None:
            return Decoded(text, guess, "detector")
    # Nothing reads strictly: take the best label and replace the bad bytes.
    encoding = candidates[0][0] if candidates else guess or "utf-8"
    text = body.decode(encoding, "replace")
    bad = text.count("\ufffd")
    if text and bad / len(text) > UNDECODABLE_SHARE:
        return Decoded(text, None, "fallback", error=True)
    return Decoded(text, encoding, candidates[0][1] if candidates else "fallback")
