"""Text as a reader sees it: the one folding table of the checks.

Full-width Latin letters, digits and their separators (湘ＩＣＰ备１７０２０５８６号－１, ２０２６．１１．１０, ０５７８－６１２２３４５, as
an input method types them) are the ASCII ones — NFKC's width folding, for these only: full-width punctuation (：，（）)
is Chinese text's own —, and the zero-width characters an editor leaves (U+200B, U+FEFF …) are nothing. NBSP and
U+3000 are whitespace to every reader.

`page.parse_page` folds a page's text nodes and title by `AS_READ` before any reader looks. The readers also given
text no page parse folded read it through the same table: `footer.read_marks` folds what it is given (a footer
image's alt, a caller's own text: `as_read`), and the `dates` patterns match the full-width forms (`wide`) where they
read a script's body, a meta value or an attribute as it is printed.
"""

from __future__ import annotations

import re

# full-width －．／ and ０–９ (U+FF0D–FF19), ＠ and Ａ–Ｚ (U+FF20–FF3A), ａ–ｚ (U+FF41–FF5A): the ASCII ones
_WIDTH = {c: c - 0xFEE0 for c in (*range(0xFF0D, 0xFF1A), *range(0xFF20, 0xFF3B), *range(0xFF41, 0xFF5B))}
_ZERO_WIDTH = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
AS_READ: dict[int, int | None] = {**_WIDTH, **dict.fromkeys(_ZERO_WIDTH)}
# a character AS_READ folds (the same set, as ranges: one search tells whether a text needs folding)
UNREAD = re.compile("[\uff0d-\uff19\uff20-\uff3a\uff41-\uff5a\u200b-\u200d\u2060\ufeff]")
_WIDE = {narrow: chr(wide) for wide, narrow in _WIDTH.items()}


def as_read(text: str) -> str:
    """`text` as a reader sees it: folded by `AS_READ` (the same string when it holds nothing to fold)."""
    return text.translate(AS_READ) if UNREAD.search(text) is not None else text


def wide(ascii_text: str) -> str:
    """The full-width form of `ascii_text` that `AS_READ` folds to it (`wide("20")` is ２０), for a pattern that
    reads text as printed."""
    return ascii_text.translate(_WIDE)
