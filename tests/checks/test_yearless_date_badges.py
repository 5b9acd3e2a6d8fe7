"""A card whose link wraps a date badge printing the month (3月) and the day (08) as blocks of their own, no year:
the card's row is dated by that month-day, the year left to the page (the latest not after the as-of date), and its
title is the line after the badge. Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt

from govweb.checks import dates
from govweb.checks.page import parse_page

SEED = "http://www.baishi.gov.cn/"


def _cards(badges: list[tuple[str, str]]) -> str:
    """Cards `<a><span class='ri'>…</span><span class='yue'>…</span><b>标题</b><i>摘要</i></a>`, the badge's two blocks
    in the order given."""
    return "<section class='yaowen-cards'>" + "".join(
        f"<article><a href='/ywdt/art/{n}.jsp'><figure><img src='/p/{n}.png'></figure>"
        f"<span class='bx1'>{first}</span><span class='bx2'>{second}</span>"
        f"<b>白石区第{n}次城市管理联席会议召开</b><i>会议听取了各街道城市管理工作汇报并部署下阶段任务。</i></a></article>"
        for n, (first, second) in enumerate(badges, 1)) + "</section>"


def _items(body: str) -> list:
    html = f"<html><head><meta charset='utf-8'><title>要闻动态</title></head><body>{body}</body></html>"
    return parse_page(html, SEED + "ywdt/", None, "r", home=False).items


def test_a_cards_badge_of_a_day_and_a_month_without_a_year_dates_its_row() -> None:
    # the day above the month, and the month above the day: both month-days, the year the latest not after as-of
    items = _items(_cards([("08", "3月"), ("2月", "27")]))
    assert [i.date for i in items] == [(None, 3, 8), (None, 2, 27)]
    assert items[0].title == "白石区第1次城市管理联席会议召开"
    assert dates.to_date(items[0].date, dt.date(2025, 3, 20)) == dt.date(2025, 3, 8)


def test_no_badge_without_a_day_beside_the_month() -> None:
    # a number no day can be (a count, 245) beside a month is no date badge
    assert [i.date for i in _items(_cards([("245", "3月")]))] == []
