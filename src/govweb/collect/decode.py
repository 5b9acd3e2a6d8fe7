"""Turn response bytes into text: HTTP charset → BOM → <meta> charset → detector; gb2312/gbk read as gb18030."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import chardet

# Legacy Chinese labels are decoded with their superset: pages declaring gb2312 often carry GBK bytes.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}
# WHATWG labels Python does not know.
_WHATWG_LABELS = {"x-gbk": "gbk", "csgb2312": "gb2312", "chinese": "gb2312", "iso-ir-58": "gb2312",
                  "gb_2312-80": "gb2312", "x-euc-cn": "gb2312", "windows-936": "gbk", "x-cp936": "gbk",
                  "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8", "x-x-big5": "big5"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""",
    re.I,
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
UNDECODABLE_SHARE = 0.2  # more replaced characters than this: the body is not text we can read
DECLARED_TOLERANCE = 0.02  # share of bad bytes still read with the declared encoding


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
    label = label.strip().strip("\"'").lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
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


def _bad_share(text: str) -> float:
    return text.count("\ufffd") / len(text) if text else 0.0


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode a page body. Never raises; `error` is set only when no codec reads the bytes sensibly.

    Order: BOM; UTF-8 when a GB label sits on bytes that are valid UTF-8 (a common lie: GBK almost never is);
    the HTTP then the <meta> charset if the bytes decode cleanly with it; UTF-8 or GB18030 if the
    bytes decode cleanly with one of them (mislabelled pages); the detector when nothing was declared; finally
    the declared (or guessed) encoding with the bad bytes replaced, unless most of the body is not text."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(name, "replace"), name.removesuffix("-le").removesuffix("-be"), "bom")
    candidates: list[tuple[str, str]] = []
    http = normalize_encoding(charset_from_content_type(content_type))
    if http:
        candidates.append((http, "http"))
    meta = normalize_encoding(sniff_meta(body))
    if meta and meta != http:
        candidates.append((meta, "meta"))
    if candidates and candidates[0][0] == "gb18030" and not body.isascii():
        text = _strict(body, "utf-8")  # a gb2312 label on UTF-8 bytes: multibyte UTF-8 is never GBK by accident
        if text is not None:
            return Decoded(text, "utf-8", "detector")
    for encoding, source in candidates:
        text = _strict(body, encoding)
        if text is not None:
            return Decoded(text, encoding, source)
    if body.isascii():
        return Decoded(body.decode("ascii"), "utf-8", "detector")
    for encoding in ("utf-8", "gb18030"):  # the two encodings Chinese sites use, often mislabelled
        if (encoding, "http") in candidates or (encoding, "meta") in candidates:
            continue
        text = _strict(body, encoding)
        if text is not None:
            return Decoded(text, encoding, "detector")
    fallback = candidates[0] if candidates else None
    if fallback is None:
        guess = normalize_encoding(chardet.detect(body[:65536]).get("encoding"))
        if guess:
            text = body.decode(guess, "replace")
            if _bad_share(text) <= DECLARED_TOLERANCE:
                return Decoded(text, guess, "detector")
        fallback = (guess or "utf-8", "fallback")
    encoding, source = fallback
    text = body.decode(encoding, "replace")
    if _bad_share(text) > UNDECODABLE_SHARE or text.count("\x00") > len(text) * 0.1:
        return Decoded(text, None, "fallback", error=True)
    return Decoded(text, encoding, source)
