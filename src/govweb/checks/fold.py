"""Text as a reader sees it: the one folding table of the checks.

Full-width Latin letters, digits and their separators (湘ＩＣＰ备１７０２０５８６号－１, ２０２６．１１．１０, ０５７８－６１２２３４５, as
an input method types them) are the ASCII ones — NFKC's width folding, for these only: full-width punctuation (：，（）)
is Chinese text's own —, and the zero-width characters an editor leaves (U+200B, U+FEFF …) are nothing, as is a soft
hyphen (U+00AD, `&shy;`: seen only where a line breaks at it, 赣ICP备0602&shy;1187号). NBSP and U+3000 are whitespace
to every reader.

`page.parse_page` folds a page's text nodes and title by `AS_READ` before any reader looks. The readers also given
text no page parse folded read it through the same table: `footer.read_marks` folds what it is given (a footer
image's alt, a caller's own text: `as_read`), and the `dates` patterns match the full-width forms (`wide`) where they
read a script's body, a meta value or an attribute as it is printed.

A label printed in 繁體 forms (主辦單位, 網站標識碼, 辦事服務) says what its 简体 form says: the readers of labels (footer marks,
entry names) match `simplified(text)`, OpenCC's traditional → simplified table character by character. It keeps a
text's length, so a value matched there is cut from the text as printed (翎渝市發展和改革委員會 stays so).
"""

from __future__ import annotations

import re
from functools import cache

import opencc

# full-width －．／ and ０–９ (U+FF0D–FF19), ＠ and Ａ–Ｚ (U+FF20–FF3A), ａ–ｚ (U+FF41–FF5A): the ASCII ones
_WIDTH = {c: c - 0xFEE0 for c in (*range(0xFF0D, 0xFF1A), *range(0xFF20, 0xFF3B), *range(0xFF41, 0xFF5B))}
# the zero-width characters and the soft hyphen: nothing to a reader
_INVISIBLE = (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
AS_READ: dict[int, int | None] = {**_WIDTH, **dict.fromkeys(_INVISIBLE)}
# a character AS_READ folds (the same set, as ranges: one search tells whether a text needs folding)
UNREAD = re.compile("[\uff0d-\uff19\uff20-\uff3a\uff41-\uff5a\u00ad\u200b-\u200d\u2060\ufeff]")
_WIDE = {narrow: chr(wide) for wide, narrow in _WIDTH.items()}


def as_read(text: str) -> str:
    """`text` as a reader sees it: folded by `AS_READ` (the same string when it holds nothing to fold)."""
    return text.translate(AS_READ) if UNREAD.search(text) is not None else text


def wide(ascii_text: str) -> str:
    """The full-width form of `ascii_text` that `AS_READ` folds to it (`wide("20")` is ２０), for a pattern that
    reads text as printed."""
    return ascii_text.translate(_WIDE)


# the CJK Unified and Compatibility Ideographs, where the 繁體 forms a label prints stand
_IDEOGRAPHS = (*range(0x4E00, 0xA000), *range(0xF900, 0xFB00))


@cache
def _traditional() -> tuple[dict[int, str], re.Pattern[str]]:
    """OpenCC's t2s reading of each ideograph alone, where it differs (發→发, 網→网: ≈4,000 characters; ≈50 ms, on
    first use): the table and a pattern finding a character it folds."""
    chars = [chr(c) for c in _IDEOGRAPHS]
    read = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")   # (one character a line: no phrase spans two)
    table = {ord(t): s for t, s in zip(chars, read, strict=True) if s != t and len(s) == 1}
    return table, re.compile("[" + "".join(map(chr, table)) + "]")


def simplified(text: str) -> str:
    """`text` with its 繁體 characters in their 简体 forms, character for character (the same length; the same string
    when it holds none)."""
    table, traditional = _traditional()
    return text.translate(table) if traditional.search(text) is not None else text
