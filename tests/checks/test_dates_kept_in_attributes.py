"""Dates a page keeps in its markup where what it prints is partial or missing: the year of a row's month-day dates
in their tooltips, a row's date in a data attribute the page's own script prints into an empty slot, and an
article's date printed relative to the day shown (昨天) beside a publication label, kept in the element's title."""

from __future__ import annotations

from govweb.checks.page import parse_page

SEED = "http://www.lxz.gov.cn/"


def _page(title: str, body: str, url: str, script: str = ""):   # type: ignore[no-untyped-def]
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}"
            f"{f'<script>{script}</script>' if script else ''}</body></html>")
    return parse_page(html, url, None, "r", home=False)


def test_month_day_rows_take_the_years_their_tooltips_keep() -> None:
    """A letters list printing 收到 and 办结 as month-day dates, each with its full date in the tooltip of its <em>
    (a letter of late December answered in January); a row whose tooltips keep only one of its two days is left as
    read (no year guessed for half a row)."""
    body = ("<div class='xx'><ul>"
            "<li><a href='/hdjl/show.php?mid=88'>关于老旧小区加装电梯补贴的咨询</a>"
            "收到 <em title='2019年12月28日 14:05'>12-28</em> 办结 <em title='2020年01月03日 10:00'>01-03</em></li>"
            "<li><a href='/hdjl/show.php?mid=87'>反映乡道路灯损坏问题</a>"
            "收到 <em title='2019年11月30日'>11-30</em> 办结 <em>12-04</em></li>"
            "</ul></div>")
    f = _page("领导信箱_林溪镇", body, SEED + "hdjl/")
    rows = {it.title: it.dates for it in f.items}
    assert rows["关于老旧小区加装电梯补贴的咨询"] == [(2019, 12, 28), (2020, 1, 3)]
    assert rows["反映乡道路灯损坏问题"] == [(None, 11, 30), (None, 12, 4)]


_PRINTS_PUBDATE = ("document.querySelectorAll('tr[data-pubdate]').forEach(function (r) {"
                   " r.querySelector('.t').textContent = r.dataset.pubdate; });")


def test_a_row_is_dated_by_the_attribute_its_empty_slot_is_filled_from() -> None:
    """A table whose date cells are empty, filled by the page's own script from each row's data-pubdate: dated so.
    The same table with no script reading the attribute is dated by nothing."""
    body = ("<table class='wj'>"
            "<tr data-pubdate='2020/04/17'><td><a href='/zcwj/content_3312.html'>林溪镇农村人居环境整治实施方案</a></td>"
            "<td class='t'></td></tr>"
            "<tr data-pubdate='2020/02/03'><td><a href='/zcwj/content_3290.html'>林溪镇春季防火工作安排</a></td>"
            "<td class='t'></td></tr></table>")
    f = _page("政策文件_林溪镇", body, SEED + "zcwj/", _PRINTS_PUBDATE)
    assert {it.title: it.date for it in f.items} == {"林溪镇农村人居环境整治实施方案": (2020, 4, 17),
                                                     "林溪镇春季防火工作安排": (2020, 2, 3)}
    assert _page("政策文件_林溪镇", body, SEED + "zcwj/").items == []


def test_an_article_dated_relative_to_the_day_shown_reads_the_date_its_element_keeps() -> None:
    """发稿时间：昨天 with the full date in the word's title: the article's date. The same words keeping no full date
    date nothing (a static page's 昨天 names no day)."""
    kept = ("<h2>林溪镇开展冬季消防安全大检查</h2><p class='meta'>发稿时间：<span title='2020年05月06日 09:30'>昨天</span>"
            "　作者：镇应急办</p><div class='text'><p>近日，林溪镇组织力量对辖区商铺、厂房开展消防安全检查。</p></div>")
    f = _page("林溪镇开展冬季消防安全大检查_林溪镇", kept, SEED + "xwdt/content_5120.html")
    assert f.is_article and f.pubdate == (2020, 5, 6)
    bare = kept.replace(" title='2020年05月06日 09:30'", "")
    assert _page("林溪镇开展冬季消防安全大检查_林溪镇", bare, SEED + "xwdt/content_5120.html").pubdate is None
