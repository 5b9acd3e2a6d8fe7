"""The one folding table (`checks/fold.py`) folds what each of the three it replaced folded: the page's own table
(`page.AS_READ`), the footer's full-width digits and hyphen (`footer._ASCII_DIGITS`) and the full-width forms the
date patterns matched (`dates._YEAR`, `YMD`, `_FULL`, `_RANGE_JOIN`) — and the readers given text no page parse
folded still read it as printed."""

from __future__ import annotations

import re

import pytest

from govweb.checks import dates
from govweb.checks.dates import find_date, find_full_dates, parse_meta_date
from govweb.checks.fold import AS_READ, UNREAD, as_read, wide
from govweb.checks.footer import read_marks

# the three tables as they were written before they were one (commit 00e6644a)
OLD_PAGE = {**{c: c - 0xFEE0 for c in (*range(0xFF0D, 0xFF1A), *range(0xFF20, 0xFF3B), *range(0xFF41, 0xFF5B))},
            **dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))}
OLD_FOOTER = str.maketrans("０１２３４５６７８９－", "0123456789-")
OLD_YEAR = r"(?:19|20|１９|２０)\d{2}"
OLD_YMD = (OLD_YEAR + r"\s*(?:[-－]\s*\d{1,2}\s*[-－]|[/／]\s*\d{1,2}\s*[/／]|[.．]\s*\d{1,2}\s*[.．]|年\s*\d{1,2}\s*月)"
           r"\s*\d{1,2}")
OLD_FULL = (r"(?<![\d])(?=" + OLD_YMD + r")(" + OLD_YEAR + r")\s*(?:[-/.－／．]|年)\s*(\d{1,2})\s*(?:[-/.－／．]|月)"
            r"\s*(\d{1,2})(?![\d])")
OLD_RANGE_JOIN = r"[日号]?\s*(?:至|到|~|～|—{1,2}|–|－|-)\s*"


def test_the_table_is_the_page_table() -> None:
    assert AS_READ == {**OLD_PAGE, 0xAD: None}   # (and the soft hyphen, nothing to a reader, folded since)


def test_the_table_folds_what_the_footer_folded() -> None:
    for wide_char, ascii_char in OLD_FOOTER.items():
        assert AS_READ[wide_char] == ascii_char
        assert as_read(chr(wide_char)) == chr(ascii_char)


@pytest.mark.parametrize(("printed", "read"), [("１９", "19"), ("２０", "20"), ("－", "-"), ("／", "/"), ("．", ".")])
def test_the_table_folds_what_the_date_patterns_took(printed: str, read: str) -> None:
    # the full-width forms the date patterns were written with are the ones the table folds to their ASCII
    assert as_read(printed) == read
    assert wide(read) == printed


def test_the_date_patterns_are_the_ones_written_before() -> None:
    # the same regular expressions, parsed: nothing they match or capture has changed
    parse = re._parser.parse   # type: ignore[attr-defined]
    for old, new in ((OLD_YEAR, dates._YEAR), (OLD_YMD, dates.YMD), (OLD_FULL, dates._FULL.pattern),
                     (OLD_RANGE_JOIN, dates._RANGE_JOIN.pattern)):
        assert str(parse(new).data) == str(parse(old).data)


def test_unread_finds_exactly_the_characters_the_table_folds() -> None:
    found = {c for c in range(0x10000) if UNREAD.match(chr(c))}
    assert found == set(AS_READ)


def test_as_read() -> None:
    assert as_read("湘ＩＣＰ备１７０２０５８６号－１") == "湘ICP备17020586号-1"
    assert as_read("0743-\u200b2286519") == "0743-2286519"
    plain = "中文，（）：　～"   # full-width punctuation is Chinese text's own: nothing to fold, the same string
    assert as_read(plain) is plain


def test_readers_of_text_no_page_parse_folded_still_read_full_width() -> None:
    # a meta value, a script's variable (dates) and a footer image's alt (footer) come as printed (the alt's
    # full-width letters, 湘ＩＣＰ备, are read as the page's text always read them: the footer folded only digits and -)
    assert parse_meta_date("２０２３－１２－０６ １０：３０") == (2023, 12, 6)
    assert find_date("ｐｕｂＤａｔｅ: '２０２１／０３／０９'") == (2021, 3, 9)
    assert find_full_dates("征集时间：２０２１．１０．２０－２０２１．１１．１９") == [(2021, 10, 20)]
    marks = read_marks("某市人民政府", (["<img alt=\"网站标识码：３３９９２１００１２ 湘ＩＣＰ备１７０２０５８６号－１\">"], ""), [])
    assert (marks["网站标识码"][0], marks["ICP备案号"][0]) == ("3399210012", "湘ICP备17020586号-1")
