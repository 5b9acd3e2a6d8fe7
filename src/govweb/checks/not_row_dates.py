"""Not row dates: the dates a row's text prints that date no row — a period's opening (2023年3月16日起恢复), the
visitor's clock a script prints (今天是：2026年12月5日 星期六, new Date), a date a label says is no publication (报名截止,
有效期至, 本页更新时间) and a period's start where the row prints another date — blanked by `not_row_dates_out` before
a row's date is read; and whether a page's rows print their weekdays (`weekday_list`), so that a date beside a weekday
dates a row."""

from __future__ import annotations

import functools
import re

from govweb.checks import dates
from govweb.checks.row_headings import WEEKDAY_DAYS

# Dates that date no row: one opening a period (自2021年9月1日起暂停受理, 2023年3月16日起恢复: when something
# starts, not when the row was published — a service's status note), and the visitor's own clock a script prints
# in the top bar (今天是：2026年12月5日 星期六, 当前时间 2026-12-05; in a rendered page the script that wrote it,
# `new Date()` … `document.write(…)`, still stands between the label, if any, and the date)
_NOT_ROW_DATE_OPENING_OR_CLOCK = (
    r"(?:自|从)?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*起(?!草)"
    r"|(?:(?:今天是|今日是|今天|今日|当前日期|当前时间|现在是|现在时间)\s*[:：]?\s*(?:[^\n]{0,300}?new Date\b[^\n]{0,300}?)?"
    r"|new Date\b[^\n]{0,300}?)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
_NOT_ROW_DATE = re.compile(
    _NOT_ROW_DATE_OPENING_OR_CLOCK +
    # the clock a server prints with the day of the week (2026年12月05日 星期六 over the top bar's 无障碍 and 网站地图
    # links): a list row prints when it was published, not which weekday that was — unless the page prints two days
    # or more so (`weekday_list`: each row of a list with its weekday, 2026年11月9日 星期一 15:02)
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:星期|周|礼拜)[一二三四五六日天]")
_NOT_ROW_DATE_BUT_WEEKDAYS = re.compile(_NOT_ROW_DATE_OPENING_OR_CLOCK)
# … and the same clock printed in Chinese numerals (今天是：二〇二六年十二月五日 星期六 农历十月廿七)
_CLOCK_LABEL = r"(?:今天是|今日是|今天|今日|当前日期|当前时间|现在是|现在时间)\s*[:：]?\s*"
_HAN_CLOCK_LABELLED = re.compile(_CLOCK_LABEL + dates.HAN_YMD)
_HAN_CLOCK = re.compile(_CLOCK_LABEL + dates.HAN_YMD + r"|" + dates.HAN_YMD + r"\s*(?:星期|周|礼拜)[一二三四五六日天]")
# Dates a row prints beside its publication date that are none: when something closes or happens — a deadline
# (报名截止：2026年12月15日, 投标截止时间, 2026年12月10日前截止), a bid opening (开标时间：2026-12-10 09:30), a validity
# (有效期至2031年11月5日, 有效期：… 至 …), a time limit (办理时限) — and when the page itself was regenerated, as a template
# prints it beside a link (本页内容更新时间：2026-12-03, 网站更新时间), or a visit counter's span beside the footer's
# links (计数起始日期：2017年05月01日, 截至2026年12月03日). Such a date never dates the row: a row printing nothing else is
# undated (not measured), never dated by a guess.
_CLOSING_WORDS = ("截止", "截至", "开标", "有效期", "时限", "失效", "到期", "起始")
_NOT_PUBLISHED_WORDS = (*_CLOSING_WORDS, "更新")
_DAY = r"(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_NOT_PUBLISHED = re.compile(
    r"(?:(?:" + "|".join(_CLOSING_WORDS) + r")[\u4e00-\u9fff]{0,3}|(?:本页|页面|网站|本站|本网)(?:内容)?(?:最后)?更新(?:时间|日期))"
    r"\s*[:：]?\s*" + _DAY + r"(?:\s*(?:至|到|~|～|—{1,2}|–|－|-)\s*" + _DAY + r")?"
    r"|" + _DAY + r"\s*(?:\d{1,2}[:：]\d{2}\s*)?前?截止")
# A period a row prints (公示期：2026-11-18至2026-12-17, 报名时间：2026年11月5日至12月8日): its end is no date of the row
# (`dates.find_full_dates`), and its start dates the row only when the row prints no other date — a 公示 published the
# day before its period opens is dated by its publication.
_PERIOD = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}[:：]\d{2}\s*)?"
                     r"(?:至|到|~|～|—{1,2}|–|－)\s*" + _DAY)
_PERIOD_JOINS = ("至", "到", "~", "～", "—", "–", "－")
_WEEKDAY_WORDS = ("星期", "周", "礼拜")
_DATE_BEFORE_WEEKDAY = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_WEEKDAY_REACH = 24   # characters of a date and the space before its weekday


def weekday_list(html: str) -> bool:
    """The page prints two different days or more with their weekdays (2026年11月9日 星期一 15:02 in each row of a
    list): its rows are dated so. A server's clock prints one day, today's."""
    days: set[tuple[int, int, int]] = set()
    for word in _WEEKDAY_WORDS:
        # (a word is found by its last character: str.find of one character runs through a page several times
        # faster than of two — the same occurrences, as neither word overlaps itself)
        last = word[-1]
        k = html.find(last)
        while k >= 0:
            i = k + 1 - len(word)
            j = k + 1
            if i >= 0 and html.startswith(word, i) and j < len(html) and html[j] in WEEKDAY_DAYS:
                m = _DATE_BEFORE_WEEKDAY.search(html, max(0, i - _WEEKDAY_REACH), i)
                if m:
                    days.add((int(m.group(1)), int(m.group(2)), int(m.group(3))))
                    if len(days) >= 2:
                        return True
            k = html.find(last, j)
    return False


@functools.lru_cache(maxsize=100_000)
def not_row_dates_out(text: str, weekdays: bool = False) -> str:
    """`text` with the dates that date no row blanked. Every such date holds 起, a clock label (今天, 今日, 当前…,
    现在…), a clock script (new Date) or a weekday (星期, 周, 礼拜): most rows hold none of them and skip the pattern (keep the test in step with
    _NOT_ROW_DATE); or a label saying it is no publication (`_NOT_PUBLISHED`). A period's start (`_PERIOD`) is
    blanked when the rest still holds a date. Each of these patterns holds a digit: a text with none is kept as it is.
    Texts repeat from row to row and page to page: each is read once."""
    if "年" in text and _han_clock_signed(text):
        text = (_HAN_CLOCK_LABELLED if weekdays else _HAN_CLOCK).sub(" ", text)
    return _dates_out(text, weekdays) if DIGIT.search(text) else text


def _han_clock_signed(text: str) -> bool:
    """`text` may print a clock in Chinese numerals (`_HAN_CLOCK`): a clock label or a weekday beside a 年."""
    return "今" in text or "当前" in text or "现在" in text or "星期" in text or "周" in text or "礼拜" in text


DIGIT = re.compile(r"\d")


_NOT_PUBLISHED_ANY = re.compile("|".join(map(re.escape, _NOT_PUBLISHED_WORDS)))
_PERIOD_JOINS_ANY = re.compile("|".join(map(re.escape, _PERIOD_JOINS)))


def _dates_out(text: str, weekdays: bool) -> str:
    """`not_row_dates_out` of a text holding a digit."""
    if "起" in text or "今" in text or "当前" in text or "现在" in text or "new Date" in text or "星期" in text or (
            "周" in text or "礼拜" in text):
        text = (_NOT_ROW_DATE_BUT_WEEKDAYS if weekdays else _NOT_ROW_DATE).sub(" ", text)
    if _NOT_PUBLISHED_ANY.search(text):
        text = _NOT_PUBLISHED.sub(" ", text)
    if _PERIOD_JOINS_ANY.search(text):
        other = _PERIOD.sub(" ", text)
        if other != text and dates.find_date_cached(other) is not None:
            text = other
    return text
