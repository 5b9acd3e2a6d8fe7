"""Dates a list row prints that a reader does not take as they stand: a date printed only relative to the day shown
(昨天, 2周前, 1个月前) gives way to the full date the row's markup keeps; a 政策文件 table's 施行, 废止 and 有效性 cells
are the document's own dates, no day the list was touched — unless the row prints no other date."""

from __future__ import annotations

from govweb.checks import dates
from govweb.checks.page import parse_page

SEED = "http://fgj.hx.gov.cn/"


def _rows(body: str, url: str = SEED + "gzdt/") -> dict[str, tuple[int | None, int, int] | None]:
    f = parse_page(f"<html><head><title>工作动态_禾西区发改局</title></head><body>{body}</body></html>", url, None, "r",
                   home=False)
    return {it.title: it.date for it in f.items}


def _row_dates(body: str) -> dict[str, list[tuple[int | None, int, int]]]:
    """Every date of each row that may date it (`Item.dates`: a column takes the latest not after the as-of date)."""
    f = parse_page(f"<html><head><title>规范性文件_禾西区发改局</title></head><body>{body}</body></html>", SEED + "gfx/",
                   None, "r", home=False)
    return {it.title: it.dates for it in f.items}


def test_a_relative_date_gives_way_to_the_full_date_the_row_keeps() -> None:
    """A table of news whose date cell says 3天前 (a page generated long ago) with the day in its span's title; a
    row printing 2周前 with a `<time datetime>`; a row printing 1个月前 whose link's title labels its publication.
    A row printing 昨天 and keeping nothing else still counts back from the as-of date."""
    body = ("<table class='news'>"
            "<tr><td><a href='/gzdt/202005/t20200521_31.html'>区发改局召开重点项目攻坚推进会</a></td>"
            "<td><span class='d' title='2020/05/21'>3天前</span></td></tr>"
            "<tr><td><a href='/gzdt/202005/t20200511_30.html'>禾西区一季度固定资产投资稳步增长</a></td>"
            "<td><time datetime='2020-05-11T08:00:00+08:00'>2周前</time></td></tr>"
            "<tr><td><a href='/gzdt/202004/t20200420_29.html' title='禾西区启动价格监测点调整工作 发布日期：2020年04月20日'>"
            "禾西区启动价格监测点调整工作</a></td><td><span>1个月前</span></td></tr>"
            "<tr><td><a href='/gzdt/30.html'>区发改局开展节能宣传周活动</a></td><td><span>昨天</span></td></tr>"
            "</table>")
    shown = {title.split()[0]: d for title, d in _rows(body).items()}   # (a link's longer title names its row)
    assert shown == {"区发改局召开重点项目攻坚推进会": (2020, 5, 21), "禾西区一季度固定资产投资稳步增长": (2020, 5, 11),
                     "禾西区启动价格监测点调整工作": (2020, 4, 20), "区发改局开展节能宣传周活动": (dates.RELATIVE_YEAR, 0, 1)}


def test_a_document_tables_validity_and_effect_cells_date_no_row() -> None:
    """A 规范性文件 table printing 印发日期 beside 生效日期 and a 有效性 cell holding when the document was repealed:
    the 印发日期 dates the row. A table printing only 施行日期 is dated by it (no row left undated)."""
    body = ("<table class='gfx'><tr><th>文件名称</th><th>印发日期</th><th>生效日期</th><th>有效性</th></tr>"
            "<tr><td><a href='/gfx/3.html'>禾西区政府投资项目管理办法</a></td><td>2019-12-30</td><td>2020-02-01</td>"
            "<td>有效</td></tr>"
            "<tr><td><a href='/gfx/2.html'>禾西区价格调节基金征收管理规定</a></td><td>2017-03-15</td><td>2017-05-01</td>"
            "<td>于2020-11-20废止</td></tr></table>")
    assert _row_dates(body) == {"禾西区政府投资项目管理办法": [(2019, 12, 30)], "禾西区价格调节基金征收管理规定": [(2017, 3, 15)]}
    only = ("<table><tr><td>名称</td><td>施行日期</td></tr>"
            "<tr><td><a href='/gfx/9.html'>禾西区公共资源交易管理暂行办法</a></td><td>2020-07-01</td></tr></table>")
    assert _row_dates(only) == {"禾西区公共资源交易管理暂行办法": [(2020, 7, 1)]}
