"""Publication dates as Chinese government CMSs print them.

Covers 2020-11-26, 2020/11/26, 2020.11.26, 2020年11月26日, 2020-11-26 10:30, 20201126 in URLs (t20201126_…) and in
attachment names (…公示（20201126）.pdf, 20201126某方案.docx),
dates printed year last (11/26/2020) or with an English month name (Thu, 26 Nov 2020 10:15:00 +0800),
a two-digit year ([15-09-18], a date cell 20-11-30), dates relative to the day shown (今天, 3天前), and month-day-only forms ([11-26], 11/26, 11月26日) whose year comes from context. Dates are kept as raw
(year | None, month, day) triples at parse time; validation against the as-of date happens in the analysis,
which reports impossible and future dates instead of using them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from govweb.checks.fold import wide

RawDate = tuple[int | None, int, int]

# A full date as CMSs print it (2020-11-26, 2020/11/26, 2020.11.26, 2020年11月26日): the pattern every labelled
# date is built from. Its two separators agree: 2021年1-9月 is a period (January to September), no date.
# Full-width digits and separators (２０２３－１２－０６, as an input method types them) are the same date: a page's text
# comes folded (`fold.AS_READ`), a script's body, a meta value or an attribute as printed, so the patterns also take
# the full-width forms of the same table (`_either`); \d takes any decimal digit and int() reads it.


def _either(chars: str) -> str:
    """A character class of `chars` as printed and in the full-width forms `fold.AS_READ` folds to them."""
    return "[" + re.escape(chars + wide(chars)) + "]"


_YEAR = r"(?:19|20|" + wide("19") + "|" + wide("20") + r")\d{2}"
YMD = (_YEAR + r"\s*(?:" + _either("-") + r"\s*\d{1,2}\s*" + _either("-") + "|" + _either("/") + r"\s*\d{1,2}\s*"
       + _either("/") + "|" + _either(".") + r"\s*\d{1,2}\s*" + _either(".") + r"|年\s*\d{1,2}\s*月)\s*\d{1,2}")

_FULL = re.compile(
    r"(?<![\d])(?=" + YMD + r")(" + _YEAR + r")\s*(?:" + _either("-/.") + r"|年)\s*(\d{1,2})\s*(?:" + _either("-/.")
    + r"|月)\s*(\d{1,2})(?![\d])"
)
# … but not a year and month followed by a number and 月: the next month, no day (a calendar's month switcher,
# ‹ 11月 2026年12月 1月 ›, names months)
_NEXT_MONTH = re.compile(r"\s*月")


def _full_dates(text: str) -> Iterator[re.Match[str]]:
    """The `_FULL` matches of `text` that are dates (`_NEXT_MONTH`)."""
    for m in _FULL.finditer(text):
        if "月" not in m.group(0) or not _NEXT_MONTH.match(text, m.end()):
            yield m


# A full date in Chinese numerals, as a document's 落款 and a 成文日期 cell print it (二〇二三年十一月二十日).
_HAN_DIGITS = "〇○零一二三四五六七八九"
_HAN_VALUE = {c: max(0, i - 2) for i, c in enumerate(_HAN_DIGITS)}
_HAN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_HAN_DAY = r"三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
HAN_YMD = (r"(?<![" + _HAN_DIGITS + r"十])((?:一九|二[〇○零])[" + _HAN_DIGITS + r"]{2})\s*年\s*("
            + _HAN_MONTH + r")\s*月\s*(" + _HAN_DAY + r")\s*日")
HAN_DATE = re.compile(HAN_YMD)
# … or its month and day alone, as a photo's caption prints when it was taken (十一月十日 摄): read only where a
# caption stands for a row's date (`list_shapes.picture_tiles`), never in running text.
HAN_MONTH_DAY = re.compile(r"(?<![" + _HAN_DIGITS + r"十年])(" + _HAN_MONTH + r")\s*月\s*(" + _HAN_DAY + r")\s*日")
# A full date printed year last, as a server set to an English locale formats it (11/16/2026, 11/13/2026 10:36:18 AM):
# month first, the en-US order — unless the first number can only be a day (16/11/2026, the en-GB order). A page
# prints one order: `settle_day_first` turns the rows that read either way when another row of the page is day first.
# A list template prints it with dashes too (09-28-2026, 12-03-2026), its two separators alike.
# (as a pattern's part: the slashed form a label prints, 留言时间：11/22/2026)
YEAR_LAST_SLASHED = r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/])"
YEAR_LAST = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d/\-])")
# … or with the month's English name, as RFC 2822 and English CMS templates print it (Thu, 12 Nov 2026 10:15:00
# +0800; Nov 12, 2026; 12 November 2026).
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
             r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?")
_EN_DATE = re.compile(r"(?<![\dA-Za-z])(?:(\d{1,2})\s+" + _EN_MONTH + r",?\s+((?:19|20)\d{2})"
                      r"|" + _EN_MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d{2}))(?![\d])")


def year_last_parts(m: re.Match[str]) -> tuple[int, int, int]:
    """A YEAR_LAST match's numbers as printed: (first, second, year)."""
    return int(m.group(1)), int(m.group(3)), int(m.group(4))


def year_last(m: re.Match[str]) -> RawDate:
    """A YEAR_LAST match as (year, month, day): month first unless the first number can only be a day."""
    a, b, year = year_last_parts(m)
    return (year, b, a) if a > 12 else (year, a, b)


def _en_date(m: re.Match[str]) -> RawDate:
    if m.group(1):
        return int(m.group(3)), _EN_MONTHS.index(m.group(2)[:3]) + 1, int(m.group(1))
    return int(m.group(6)), _EN_MONTHS.index(m.group(4)[:3]) + 1, int(m.group(5))


# Month-day only: two-digit padded with - or /, or the 月…日 form. Not preceded by a digit or a separator
# that would make it the tail of a full date, not followed by a digit or another separator.
_MONTH_DAY = re.compile(
    r"(?<![\d\-/.年])(?:(0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])"
    r"|(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*日)(?![\d\-/.])"
)
# Labelled publication time on detail pages.
_LABELLED = re.compile(
    r"(?:发布时间|发布日期|发文日期|印发日期|成文日期|更新时间|更新日期|发表时间|日期|时间)\s*[:：]?\s*"
    r"(" + YMD + r")"
)
# A letter's page (信件详情) is dated by when the letter came in (来信时间, 留言日期, 提问时间), the day its record opened.
_LETTER_LABEL = r"(?:来信|留言|提问|咨询|写信)(?:时间|日期)"
LETTER_LABELLED = re.compile(_LETTER_LABEL)
_PUBLISH_LABEL = (
    r"(?:(?:发布时间|发布日期|发表时间|发布于|更新时间|更新日期|发稿时间|发稿日期|录入时间|添加时间|上传时间|公开日期|"
    r"信息时间|撰稿时间|" + _LETTER_LABEL + r")\s*[:：]?|(?<![\u4e00-\u9fa5])(?:时间|日期|发布)\s*[:：])\s*")
# A text ending with a publication label, the date left to the element after it (发布时间：<time …>2天前</time>)
PUBLISH_LABEL_END = re.compile(_PUBLISH_LABEL + r"$")
# The weekday a template prints before the date it labels (Drupal's medium format: 发布于 周五, 12/04/2026 - 10:32)
_WEEKDAY_FIRST = r"(?:(?:周|星期)[一二三四五六日天]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?)\s*[,，]?\s*"
PUBLISH_LABELLED = re.compile(
    _PUBLISH_LABEL + r"(?:" + _WEEKDAY_FIRST + r")?" +
    # (the date as CMSs print it, in Chinese numerals — 发布日期：二〇二六年十一月十八日 —, year last, as a server
    # set to an English locale prints it: 发布日期：11/13/2026 10:36:18 AM, or with two digits of the year first, as
    # old ASP CMSs print it: 更新时间：26-11-09, read as `_SHORT_YEAR_CELL`)
    r"(" + YMD + r"|" + HAN_YMD + r"|" + YEAR_LAST_SLASHED +
    r"|\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\-/.]))"
)
_LABEL_KEYS = ("时间", "日期", "发布")   # (发布 finds 发布于 and a bare 发布：)
# The traditional forms of the characters the date labels are written with (發佈時間, 來信日期, 錄入時間 …)
_TRADITIONAL_LABELS = str.maketrans("發佈時間來詢問寫錄傳資開", "发布时间来询问写录传资开")
_TRADITIONAL_FIRST = "發佈時來詢寫錄傳資開"   # (間 and 問 come only after 時 and 詢)


def labelled_publication_dates(text: str, limit: int = 2) -> list[tuple[int, str, str]]:
    """The first `limit` labelled publication dates as (position, date text, matched text), in text order.

    Same result as PUBLISH_LABELLED.finditer, faster: the labels are located with str.find and the pattern is
    matched only there."""
    # a page in traditional characters (a Big5 繁體 edition) prints the same labels so (發佈時間): read them folded,
    # character for character, so the positions stay the text's own
    printed = text
    if any(c in text for c in _TRADITIONAL_FIRST):   # (only a page printing one: folding every page costs)
        text = text.translate(_TRADITIONAL_LABELS)
    found: list[tuple[int, str, str]] = []
    for key in _LABEL_KEYS:
        i = text.find(key)
        while i >= 0:
            start = max(0, i - 2)
            for s0 in (start, i):
                m = PUBLISH_LABELLED.match(text, s0)
                if m:
                    if not _PERIOD_END.match(text, m.end()):   # (时间：2026年11月28日至12月4日: a period, no publication)
                        found.append((m.start(), m.group(1), printed[m.start():m.end()]))
                    break
            i = text.find(key, i + len(key))
    found = sorted(set(found))
    return found[:limit]


# An information table's 发文日期 or 成文日期 (索引号 | 发布机构 | 发文日期, as TRS-style 信息公开 tables print it): the day the document
# was issued, which dates its page where the page prints no publication label (`labelled_publication_dates`).
_ISSUED_LABELLED = re.compile(r"(?:发文|成文)日期\s*[:：]?\s*(" + YMD + r"|" + HAN_YMD + r")")


def issued_dates(text: str, limit: int = 2) -> list[tuple[int, str, str]]:
    """The first `limit` 发文日期 as (position, date text, matched text), in text order."""
    return [(m.start(), m.group(1), m.group(0)) for m in _ISSUED_LABELLED.finditer(text) if not _PERIOD_END.match(
        text, m.end())][:limit]


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?!\d)")


# A two-digit year in a list row's brackets ([15-09-18], 【16-02-25】: old ASP CMSs print yy-mm-dd so): 2015-09-18.
_SHORT_YEAR = re.compile(r"[\[【(（]\s*(\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\s*[\]】)）]")
# … or unbracketed as the whole text of a row's date cell (<span>20-11-30</span>); within a line (编号 19-06-03) it
# is a number as likely as a date.
_SHORT_YEAR_CELL = re.compile(r"\s*(\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\s*")
# A date a list prints relative to the day it is shown (今天, 昨天, 前天, 3天前, 5小时前, 刚刚), standing apart from any
# other Chinese word (今天是…, 今日青岙 are no dates). Kept as RELATIVE_YEAR, 0, days-ago: `to_date` counts back
# from the as-of date (the day of the crawl in a round). A weekday under a week's heading (本周 over 周一:
# `row_headings.group_date`) is kept as RELATIVE_YEAR, 1 + weeks back, the weekday (1–7).
_RELATIVE = re.compile(r"(?<![\u4e00-\u9fff])(?:(今天|刚刚)|(昨天)|(前天)|(\d{1,3})\s*天前|\d{1,2}\s*(?:小时|分钟)前)"
                       r"(?![\u4e00-\u9fff])")
RELATIVE_YEAR = 0
RELATIVE_MAX_DAYS = 365
SHORT_YEAR_PIVOT = 70   # yy below it is 20yy, from it 19yy


# A date written as eight digits in a title, as file names of attachment lists carry it: bracketed (…公示（20261110）.xls,
# [20260922]) or opening the title right before its words (20260512某乡2026年工作方案.docx). Elsewhere eight digits
# are as likely a number (an amount, a code: 合计20201110元) as a date; a valid month and day are required all the same.
_COMPACT = (r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_COMPACT_DATE = re.compile(r"[(（\[【]\s*" + _COMPACT + r"\s*[)）\]】]|(?<![\dA-Za-z\u4e00-\u9fff])" + _COMPACT + r"(?=[\u4e00-\u9fff])")
# … or as the whole of a table cell under a header naming dates (发布日期 | 20250519: `row_dates`), read there only.
_COMPACT_CELL = re.compile(r"\s*" + _COMPACT + r"\s*")


def compact_cell(text: str) -> str | None:
    """A cell printing eight digits of a date alone (20250519) as the date CMSs print (2025-05-19), else None."""
    m = _COMPACT_CELL.fullmatch(text)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


# Calendar-style blocks print the day apart from the year-month: <span>08</span><span>2020-10</span>.
_DAY_THEN_MONTH = re.compile(r"(?<![\d\-/.])(3[01]|[12]\d|0?[1-9])\s+((?:19|20)\d{2})\s*[-/.年]\s*(1[0-2]|0?[1-9])月?(?![\d\-/.])")
_MONTH_THEN_DAY = re.compile(r"(?<![\d\-/.])((?:19|20)\d{2})\s*[-/.年]\s*(1[0-2]|0?[1-9])(月)?\s+(3[01]|[12]\d|0?[1-9])日?(?![\d\-/.%])(?(3)(?!\s*月))")
# (a day after 月 followed by 月 is the next month: ‹ 2026年12月 1月 ›, `_NEXT_MONTH`)
# … or the day, the month and the year each in a block of its own (<p>13</p><p>11月</p><p>2026</p>): the month named
# with 月, the year last.
_DAY_MONTH_YEAR = re.compile(r"(?<![\d\-/.])(3[01]|[12]\d|0?[1-9])\s+(1[0-2]|0?[1-9])\s*月\s+((?:19|20)\d{2})(?![\d\-/.])")


# A header clock's lunar date (【农历 10月27日】) is no publication date.
_LUNAR = re.compile(r"(?:农历|阴历)\s*(?:[\u4e00-\u9fff]{2}年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?")


def _han_number(text: str) -> int:
    """二〇二三 → 2023 (digit by digit), 十一 → 11, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return int("".join(str(_HAN_VALUE[c]) for c in text))
    tens, _, ones = text.partition("十")
    return 10 * (_han_number(tens) if tens else 1) + (_han_number(ones) if ones else 0)


def han_date(m: re.Match[str]) -> RawDate:
    return _han_number(m.group(1)), _han_number(m.group(2)), _han_number(m.group(3))


# … which a list also prints as a row's whole date cell (（十一月二十八日）, [十月二日]): read there, the year left to the
# page as for 11-28 (`han_month_day_cell`)
_HAN_MONTH_DAY_CELL = re.compile(r"[\[（(【]?\s*" + HAN_MONTH_DAY.pattern + r"\s*[\]）)】]?")


def han_month_day_cell(text: str) -> RawDate | None:
    """A text that is only a month-day date in Chinese numerals, maybe bracketed (（十一月二十八日） → (None, 11, 28))."""
    m = _HAN_MONTH_DAY_CELL.fullmatch(text) if "月" in text else None
    return (None, _han_number(m.group(1)), _han_number(m.group(2))) if m else None


def han_month_day(text: str) -> RawDate | None:
    """The first month-day date in Chinese numerals (十一月十日 → (None, 11, 10)), else None."""
    m = HAN_MONTH_DAY.search(text) if "月" in text else None
    return (None, _han_number(m.group(1)), _han_number(m.group(2))) if m else None


# What every date `find_date` reads holds: a digit (2020-11-26, 11-26, 20201126, 12 Nov 2026), 年 (二〇二〇年十一月
# 二十六日) or a relative day's 天 or 刚 (今天, 昨天, 3天前, 刚刚). A new date form `find_date` reads must keep this true.
_DATE_SIGN = re.compile(r"[\d年天刚]")


def may_hold_date(text: str) -> bool:
    """`text` may hold a date `find_date` reads: a cheap test before the full one (most links print no date)."""
    return _DATE_SIGN.search(text) is not None


# A 年月日 date whose month or day a document pasted from Word prints in two pieces (11<span>月</span><span>2</span>
# <span>6</span>日, read with a space between the pieces): one number, as the visitor sees it joined
_SPLIT_MONTH_OR_DAY = re.compile(r"(?<=年)(\s*\d)\s+(\d\s*月)|(?<=月)(\s*\d)\s+(\d\s*日)")


def joined_split_numbers(text: str) -> str:
    """`text` with the month or day of a 年月日 date printed in two pieces joined (2026 年 11 月 2 6 日 → 26 日)."""
    if "月" not in text:
        return text
    return _SPLIT_MONTH_OR_DAY.sub(lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4)), text)


def find_date(text: str) -> RawDate | None:
    """The first full date in `text`, else one in Chinese numerals, else one printed year last (11/16/2026) or with
    an English month name (12 Nov 2026), else a split day / year-month, else the first month-day date, else one
    written as eight digits in a title (（20261110）, 20260512某乡…), else None."""
    if "历" in text:
        text = _LUNAR.sub(" ", text)
    m = next(_full_dates(text), None)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = HAN_DATE.search(text) if "年" in text else None
    if m:
        return han_date(m)
    m = YEAR_LAST.search(text) if "/" in text or "-" in text else None
    if m:
        return year_last(m)
    m = _EN_DATE.search(text) if " " in text else None
    if m:
        return _en_date(m)
    m = _SHORT_YEAR.search(text) or _SHORT_YEAR_CELL.fullmatch(text)
    if m:
        yy = int(m.group(1))
        return yy + (2000 if yy < SHORT_YEAR_PIVOT else 1900), int(m.group(2)), int(m.group(3))
    m = _DAY_THEN_MONTH.search(text)
    if m:
        return int(m.group(2)), int(m.group(3)), int(m.group(1))
    m = _MONTH_THEN_DAY.search(text)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(4))
    m = _DAY_MONTH_YEAR.search(text) if "月" in text else None
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = _MONTH_DAY.search(text)
    if m:
        if m.group(1):
            return None, int(m.group(1)), int(m.group(2))
        return None, int(m.group(3)), int(m.group(4))
    m = _COMPACT_DATE.search(text)
    if m:
        g = 1 if m.group(1) else 4
        return int(m.group(g)), int(m.group(g + 1)), int(m.group(g + 2))
    return _relative(text)


def _relative(text: str) -> RawDate | None:
    m = _RELATIVE.search(text) if "前" in text or "天" in text or "刚" in text else None
    if m is None:
        return None
    days = 1 if m.group(2) else 2 if m.group(3) else int(m.group(4)) if m.group(4) else 0
    return (RELATIVE_YEAR, 0, days) if days <= RELATIVE_MAX_DAYS else None


_CACHE: dict[str, RawDate | None] = {}
_CACHE_MAX = 100_000


def find_date_cached(text: str) -> RawDate | None:
    """find_date for short texts that repeat from page to page (list rows, navigation items)."""
    try:
        return _CACHE[text]
    except KeyError:
        pass
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    d = _CACHE[text] = find_date(text)
    return d


# what joins the two ends of a period (征集时间：2021-10-20至2021-11-19, 2020年9月1日—2020年10月31日)
_RANGE_JOIN = re.compile(r"[日号]?\s*(?:至|到|~|～|—{1,2}|–|" + wide("-") + r"|-)\s*")
# … and the date closing it, with its year or without (时间：2026年11月28日至12月4日, 报名日期：2026-03-01至03-15): a label
# over a period (获取招标文件的时间, a 公示期) says when something runs, never when the page was published
_PERIOD_END = re.compile(_RANGE_JOIN.pattern + r"(?:" + _YEAR + r"|\d{1,2}\s*(?:月|[日号]|[-/.]\s*\d)|[" + _HAN_DIGITS + r"十])")


def find_full_dates(text: str) -> list[RawDate]:
    """Every full date of a row, but the end of a period printed there (征集时间：2021-10-20至2021-11-19): when a
    period ends is no day the row was published or touched; its start stays. Dates in Chinese numerals count when
    the row prints no date in digits (as `find_date` reads them)."""
    found = [(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _period_starts(_full_dates(text), text)]
    if not found and "年" in text:   # a row printing its dates in Chinese numerals only (成文日期 | 发布日期 cells)
        found = [han_date(m) for m in _period_starts(HAN_DATE.finditer(text), text)]
    return found


def full_dates_out(text: str, blank: str = " ") -> str:
    """`text` with its full dates (as `find_full_dates` reads them in digits) replaced by `blank`."""
    for m in reversed(list(_full_dates(text))):
        text = text[:m.start()] + blank + text[m.end():]
    return text


def find_month_days(text: str) -> list[RawDate]:
    """Every month-day date of a row printing no full date (来信 11-24 | 回复 11-27), but a period's end, as
    `find_full_dates` reads them: (None, month, day)."""
    return [(None, int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)))
            for m in _period_starts(_month_day_matches(text), text)]


# where a number starts (an ASCII digit after no digit, -, /, . or 年): the only places a `_MONTH_DAY` match begins
_NUMBER_START = re.compile(r"[0-9](?<![\d\-/.年][0-9])")


def find_year_last_dates(text: str) -> list[RawDate]:
    """Every date of a row printed year last (29/11/2026, as `year_last` reads it) or with the month's English name
    (Dec 1, 2026), in text order, but a period's end, as `find_full_dates` reads them."""
    found = sorted([*YEAR_LAST.finditer(text), *_EN_DATE.finditer(text)], key=lambda m: m.start())
    return [year_last(m) if m.re is YEAR_LAST else _en_date(m) for m in _period_starts(iter(found), text)]


def _month_day_matches(text: str) -> Iterator[re.Match[str]]:
    """`_MONTH_DAY.finditer(text)`, tried only where a number starts (a pattern opening with a look-behind is tried
    at every character of a page's text)."""
    end = 0
    for start in _NUMBER_START.finditer(text):
        if start.start() >= end and (m := _MONTH_DAY.match(text, start.start())) is not None:
            end = m.end()
            yield m


def _period_starts(matches: Iterator[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The date matches of `text` but those closing a period (a date joined to the one before it by 至, ~, —)."""
    end = -1
    for m in matches:
        if end < 0 or not _RANGE_JOIN.fullmatch(text, end, m.start()):
            yield m
        end = m.end()


def find_publication_date(text: str) -> RawDate | None:
    """A labelled publication date (发布时间：…) in a detail page's text."""
    m = PUBLISH_LABELLED.search(text) or _LABELLED.search(text)
    if not m:
        return None
    return find_date(m.group(1))


def parse_meta_date(value: str) -> RawDate | None:
    """A PubDate-style meta value: 2020-11-26 10:30:00, 2020/11/26, 20201126; a time with its zone
    (article:published_time 2026-11-18T17:20:00Z) as its day in Beijing time (`machine_day`: 2026-11-19), the day a
    visitor in China reads."""
    if _ZONED.fullmatch(value):
        return machine_day(value)
    d = find_date(value)
    if d is not None and d[0] is not None:
        return d
    m = _URL_DATE.search(value)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# A machine time as a program keeps it for a script to format: epoch seconds (10 digits) or milliseconds (13), or
# ISO 8601 with its zone (2026-11-20T16:10:00Z, 2026-11-21T00:10:00+08:00). Its day is the one a visitor in China
# reads, in Beijing time: 2026-11-20T16:10:00Z is 2026-11-21. A time with no zone reads as printed.
_EPOCH = re.compile(r"\s*(\d{10}|\d{13})\s*")
_ZONED = re.compile(r"\s*(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*([Zz]|[+-]\d{2}:?\d{2})\s*")
BEIJING = dt.timezone(dt.timedelta(hours=8))


def machine_day(value: str) -> RawDate | None:
    """The Beijing day of a machine time (`_EPOCH`, `_ZONED`), else the full date `value` prints, else None."""
    instant: dt.datetime | None = None
    if m := _EPOCH.fullmatch(value):
        number = int(m.group(1))
        instant = dt.datetime.fromtimestamp(number / 1000 if len(m.group(1)) == 13 else number, BEIJING)
    elif m := _ZONED.fullmatch(value):
        zone = m.group(2).upper().replace("Z", "+00:00")
        try:
            instant = dt.datetime.fromisoformat(m.group(1).replace(" ", "T").replace("t", "T")
                                                + (zone if ":" in zone else zone[:3] + ":" + zone[3:]))
        except ValueError:
            return None
    if instant is not None:
        day = instant.astimezone(BEIJING).date()
        return day.year, day.month, day.day
    return find_dated(value)


# When a static page says it was generated (本页生成时间：2026-12-03 17:42, 页面生成时间, 本页面生成于): its relative
# dates (今天, 3天前) were written then and count back from that moment, not from the day the page is read. Not
# 生成日期, a disclosure catalogue's field for when a record was made.
_GENERATED = re.compile(r"(?:本页面?|页面)生成(?:时间|于)\s*[:：]?\s*(" + YMD + r")\s*日?(?:\s*(\d{1,2}[:：]\d{2}))?")
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:：](\d{2})")


def generation_time(text: str) -> tuple[RawDate, str] | None:
    """The one moment a page prints as when it was generated (`_GENERATED`): its day and its HH:MM ("" when it prints
    none); None when it prints none, or two different ones."""
    moments = set()
    for m in _GENERATED.finditer(text):
        day = find_dated(m.group(1))
        if day is not None:
            moments.add((day, _hh_mm(m.group(2) or "")))
    return moments.pop() if len(moments) == 1 else None


# A meta naming the moment a page was rendered for the request (<meta name="renderTime" content="2026-12-05 10:21:33">,
# a dynamic template's): its relative dates were written then, as under a printed 本页生成时间.
_RENDER_METAS = ("rendertime",)


def render_time(meta: dict[str, str]) -> tuple[RawDate, str] | None:
    """The moment a page's meta (`_RENDER_METAS`, names lowered) says it was rendered: its day and HH:MM, as
    `generation_time` gives a printed one; None when it names none."""
    for key in _RENDER_METAS:
        if key in meta and (day := find_dated(meta[key])) is not None:
            return day, _hh_mm(meta[key])
    return None


def relative_dates(text: str) -> list[RawDate]:
    """Every date `text` prints relative to the day it is shown (今天, 昨天 15:40, 3天前, 5分钟前), as `find_date` keeps
    one (`_RELATIVE`)."""
    return [d for m in _RELATIVE.finditer(text) if (d := _relative(m.group())) is not None]


def _hh_mm(text: str) -> str:
    m = _CLOCK.search(text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else ""


def generated_then(meta_value: str, generated: tuple[RawDate, str]) -> bool:
    """A PubDate-style meta value naming the moment the page prints as its generation (the same day, and the same
    HH:MM where both give one): when the page was generated, not when a document was published."""
    day, clock = generated
    shown = _hh_mm(meta_value)
    return parse_meta_date(meta_value) == day and (not clock or not shown or clock == shown)


def counted_from(raw: RawDate, day: RawDate) -> RawDate:
    """A relative date (今天, 3天前, a weekday under 上周) counted back from `day`; any other date as it is."""
    if raw[0] != RELATIVE_YEAR or day[0] is None:
        return raw
    d = to_date(raw, dt.date(day[0], day[1], day[2]))
    return (d.year, d.month, d.day) if d is not None else raw


def find_dated(text: str) -> RawDate | None:
    """The date `text` holds (`find_date`) when it names its year: not a month-day alone, not a relative day."""
    found = find_date(text)
    return found if found is not None and found[0] not in (None, RELATIVE_YEAR) else None


# A date in a URL path the way CMSs name article pages: t20201126_1.html, /2020/1126/, /2020-11/26/, /art/2020/4/24/.
_ARTICLE_URL = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])[0-3]\d|[-/_](?:0?[1-9]|1[0-2])[-/_]?[0-3]?\d)(?!\d)"
)


# The year, month and (when given) day an article URL carries: t20180322_1.html, /2018/3/22/, /2018-03/22/,
# /2018/0322/, /201803/.
# (two-digit months and days first: /2023-11-02/ is 2023-11-02, never month 1, day 1)
_URL_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:(0[1-9]|1[0-2])([0-3]\d)?|[-/_](1[0-2]|0?[1-9])(?:[-/_]?(3[01]|[12]\d|0?[1-9]))?)(?!\d)"
)


def year_from_url(url: str, month: int, day: int) -> int | None:
    """The year of a month-day date, when the entry's URL is dated with the same month (and day, if it has one)."""
    path = url.split("?", 1)[0].split("://", 1)[-1].partition("/")[2]
    for m in _URL_YMD.finditer(path):
        mon = m.group(2) or m.group(4)
        d = m.group(3) or m.group(5)
        if mon and int(mon) == month and (d is None or int(d) == day):
            return int(m.group(1))
    return None


def url_full_date(url: str) -> RawDate | None:
    """The full date (year, month and day) an address's path carries: t20171124_1.html, /c/2019-03-20/1.html."""
    path = url.split("?", 1)[0].split("://", 1)[-1].partition("/")[2]
    for m in _URL_YMD.finditer(path):
        day = m.group(3) or m.group(5)
        if day:
            return int(m.group(1)), int(m.group(2) or m.group(4)), int(day)
    return None


# A file's upload folder named for its day in six digits, as DedeCMS keeps uploads (`/uploads/soft/250318/1-….pdf`):
# yymmdd, under a folder named for uploads
_UPLOAD_DAY = re.compile(r"/uploads?(?:files?)?/(?:[^/]+/)*?(\d{2})(0[1-9]|1[0-2])([0-3]\d)/[^/]+$", re.I)


def upload_folder_day(url: str) -> RawDate | None:
    """The day a file's six-digit upload folder names (`/uploads/soft/250318/` → 2025-03-18) — never where the six
    digits read as a year and month too (`/upload/201201/`: 2012-01 or 2020-12-01?)."""
    m = _UPLOAD_DAY.search(urlsplit(url).path)
    if m is None:
        return None
    yy, mm, dd = m.groups()
    if yy in ("19", "20") and 1 <= int(dd) <= 12:
        return None
    return 2000 + int(yy), int(mm), int(dd)


# What a CMS prints for a date nobody set: the first day of 1900, the Unix epoch (1970-01-01 08:00 in Beijing)
UNSET_DATES = frozenset({(1900, 1, 1), (1970, 1, 1)})


def unusable(raw: RawDate) -> bool:
    """A full date nobody set (a CMS's default) or no calendar has (2026-11-31, 2026-02-30, month 13)."""
    if raw[0] is None or raw[0] == RELATIVE_YEAR:
        return False
    try:
        dt.date(raw[0], raw[1], raw[2])
    except ValueError:
        return True
    return raw in UNSET_DATES


def address_settles(raw: RawDate, url: str) -> RawDate | None:
    """The date an article's address (t20261128, /art/2026/11/18/) carries, where the full date printed for it cannot
    stand: one nobody set or no calendar has, or the address's month and day in an earlier year (2016-11-28 at
    t20261128: a mistyped year). None where the address settles nothing."""
    if raw[0] is None or raw[0] == RELATIVE_YEAR:
        return None
    addressed = url_full_date(url)
    if addressed is None or unusable(addressed):
        return None
    if unusable(raw) or addressed[1:] == raw[1:] and addressed[0] > raw[0]:   # type: ignore[operator]
        return addressed
    return None


def dated_url(url: str) -> bool:
    """True for URLs that carry a publication date (article pages; column pages never do)."""
    return _ARTICLE_URL.search(url.split("?", 1)[0].split("://", 1)[-1].partition("/")[2]) is not None


def to_date(raw: RawDate, as_of: dt.date) -> dt.date | None:
    """Resolve a raw date: a missing year is the latest year that does not put the date after as-of.

    Returns None for impossible dates (2020-02-30, month 13)."""
    year, month, day = raw
    if year == RELATIVE_YEAR:   # (month 0: `day` days back; else a weekday, 1–7, of the week `month - 1` weeks back)
        if month:
            return as_of - dt.timedelta(days=as_of.weekday() + 7 * (month - 1) - (day - 1))
        return as_of - dt.timedelta(days=day)
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(as_of.year, month, day) if not (month == 2 and day == 29) else None
        if candidate is None:  # 02-29: latest leap year not after as-of
            y = as_of.year
            while True:
                try:
                    candidate = dt.date(y, 2, 29)
                    if candidate <= as_of:
                        return candidate
                except ValueError:
                    pass
                y -= 1
        return candidate if candidate <= as_of else dt.date(as_of.year - 1, month, day)
    except ValueError:
        return None


def format_raw(raw: RawDate) -> str:
    year, month, day = raw
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"{month:02d}-{day:02d}"
