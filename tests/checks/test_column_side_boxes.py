"""The boxes a column page prints beside its own list, on pages unlike the blind sites that showed each rule: a box
headed by a digest of other columns (热门文章, 推荐文章) holds no rows of the column, while a row its list prints too is
the list's, whatever template box repeats it; a list's own 置顶 box is none of its page's rows; a column whose own
list is empty beside such boxes is blank; a column named like a digest (最新发布) keeps its own list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
AS_OF = dt.date(2022, 3, 31)
FOOTER = "<div id='foot'>主办：青山区人民政府办公室 网站标识码：4201070001 鄂ICP备09012345号</div>"
COLUMNS = (("list-7.html", "区情动态"), ("list-8.html", "公示公告"), ("list-9.html", "政策法规"),
           ("list-10.html", "最新发布"))
NAV = "<div id='nav'>" + "".join(f"<a href='/{u}'>{n}</a>" for u, n in COLUMNS) + "</div>"


def _row(n: int, title: str, date: str) -> str:
    return f"<dd><a href='/content/{n}.html'>{title}</a><i>{date}</i></dd>"


def _box(heading: str, rows: list[tuple[int, str, str]]) -> str:
    return f"<div class='box'><div class='hd'><b>{heading}</b></div><dl>{''.join(_row(*r) for r in rows)}</dl></div>"


def _page(name: str, main: str, side: str) -> str:
    return (f"<html><head><title>{name}--青山区人民政府</title></head><body>{NAV}<div id='content'>"
            f"<div class='main'><div class='pos'>当前位置：<a href='/'>首页</a> » {name}</div><h1>{name}</h1>{main}</div>"
            f"<div class='aside'>{side}</div></div>{FOOTER}</body></html>")


def test_a_column_reads_its_own_list_not_the_boxes_beside_it(tmp_path: Path) -> None:
    news = [(501, "青山区召开一季度经济运行分析会", "2022-03-28"), (502, "区领导督导春季植树工作", "2022-03-15"),
            (503, "青山区开展安全生产大检查", "2022-03-02")]
    notices = [(601, "青山区2022年第一批公益性岗位拟聘人员公示", "2022-03-30"),
               (602, "关于开展2022年度春季征兵工作的通告", "2022-03-10")]
    laws = [(701, "青山区城市管理办法", "2021-08-12"), (702, "青山区政府投资项目管理规定", "2021-05-06")]
    pinned = [(603, "青山区政务服务热线受理范围公告", "2021-01-04")]
    # every page's 热门文章 box repeats the site's latest rows: 公示公告's and 区情动态's newest, both printed in their
    # lists too (there: the list's own rows)
    hot = _box("热门文章", [notices[0], news[0]])
    lst = lambda rows: "<dl class='list'>" + "".join(_row(*r) for r in rows) + "</dl>"  # noqa: E731
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青山区人民政府</title></head><body>{NAV}{lst([news[0], notices[0]])}{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "list-7.html", _page("区情动态", lst(news), hot))
    b.page(SEED + "list-8.html", _page("公示公告", _box("置顶", pinned) + lst(notices), hot))
    # 政策法规: its own list empty, beside the 热门文章 box and a 推荐文章 box of other columns' rows
    b.page(SEED + "list-9.html", _page("政策法规", "<dl class='list'><dd class='none'>暂无数据</dd></dl>",
                                       hot + _box("推荐文章", [news[1], notices[1]])))
    # 最新发布: a column named like a digest box, its own list under that heading
    b.page(SEED + "list-10.html", _page("最新发布", _box("最新发布", laws), hot))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "list-7.html"]["shown"], cols[SEED + "list-7.html"]["last_update"]) == (3, "2022-03-28")
    # (the pinned notice is the column's entry, not a row of its page)
    assert (cols[SEED + "list-8.html"]["shown"], cols[SEED + "list-8.html"]["last_update"]) == (2, "2022-03-30")
    assert cols[SEED + "list-9.html"]["shown"] == 0
    assert SEED + "list-9.html" in {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert (cols[SEED + "list-10.html"]["shown"], cols[SEED + "list-10.html"]["last_update"]) == (2, "2021-08-12")


def test_an_empty_side_box_and_a_pinned_row_leave_the_list_its_rows(tmp_path: Path) -> None:
    # 区情动态: a 热门文章 box printing only 暂无数据 stands before the list: the box ends there, the list is no row of it;
    # 公示公告: a 置顶 tag inside the list's first row marks a row of the list, not a box of pinned rows
    news = [(801, "青山区召开城市更新工作推进会", "2022-03-25"), (802, "青山区启动春季爱国卫生运动", "2022-03-11")]
    notices = [(901, "青山区2022年城市管理专项整治通告", "2021-12-01"), (902, "青山区2022年春季招聘公告", "2022-03-18")]
    empty_box = "<div class='side'><h3>热门文章</h3><p class='none'>暂无数据</p></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青山区人民政府</title></head><body>{NAV}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "list-7.html", (f"<html><head><title>区情动态--青山区人民政府</title></head><body>{NAV}"
                                  f"<div class='main'>{empty_box}"
                                  f"<dl class='list'>{''.join(_row(*r) for r in news)}</dl></div>{FOOTER}</body></html>"))
    rows = "".join(("<dd><span>置顶</span>" + _row(*r)[4:]) if i == 0 else _row(*r) for i, r in enumerate(notices))
    b.page(SEED + "list-8.html", _page("公示公告", f"<dl class='list'>{rows}</dl>", ""))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "list-7.html"]["shown"], cols[SEED + "list-7.html"]["last_update"]) == (2, "2022-03-25")
    assert SEED + "list-7.html" not in {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert cols[SEED + "list-8.html"]["shown"] == 2


def test_boxes_of_recommended_interpreted_and_county_news_hold_no_rows_of_the_list(tmp_path: Path) -> None:
    # every list page's side boxes (热点推荐, 本站热点, a 政策解读 box beside 政策法规, a higher level's 市内要闻 of
    # another site's news) print rows newer than the lists' own: none is a row of the list beside it
    news = [(801, "青山区召开春季防汛工作部署会", "2022-03-29"), (802, "区领导调研春耕备耕工作", "2022-03-20"),
            (803, "青山区开展消防安全专项整治", "2022-03-09")]
    notices = [(811, "关于2022年春季城区道路维修的通告", "2022-02-21"), (812, "青山区公开招聘社区工作者公告", "2022-02-08")]
    laws = [(821, "青山区城市绿化管理办法", "2021-10-12"), (822, "青山区农村集体资产管理规定", "2021-07-06")]
    reads = [(831, "一图读懂《青山区城市绿化管理办法》", "2021-10-15")]
    city = ("<div class='box'><div class='hd'><b>市内要闻</b></div><dl>"
            "<dd><a href='http://www.jc.gov.cn/xw/2022/0330/9.html'>全市春季植树造林现场会召开</a><i>2022-03-30</i></dd></dl></div>")
    lst = lambda rows: "<dl class='list'>" + "".join(_row(*r) for r in rows) + "</dl>"  # noqa: E731
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青山区人民政府</title></head><body>{NAV}{lst([news[0], notices[0]])}"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "list-7.html", _page("区情动态", lst(news), city))
    b.page(SEED + "list-8.html", _page("公示公告", lst(notices), _box("热点推荐", [news[1]])))
    b.page(SEED + "list-9.html", _page("政策法规", lst(laws), _box("政策解读", reads) + _box("本站热点", [notices[1]])))
    b.page(SEED + "list-10.html", _page("最新发布", lst(laws), _box("热点推荐", [news[2]])))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "list-7.html"]["shown"], cols[SEED + "list-7.html"]["last_update"]) == (3, "2022-03-29")
    assert (cols[SEED + "list-8.html"]["shown"], cols[SEED + "list-8.html"]["last_update"]) == (2, "2022-02-21")
    assert (cols[SEED + "list-9.html"]["shown"], cols[SEED + "list-9.html"]["last_update"]) == (2, "2021-10-12")


def test_a_row_of_the_list_stays_its_own_where_other_pages_box_it(tmp_path: Path) -> None:
    # 区情动态 prints its 2022-03-24 row in its list beside a 精彩推荐 box that holds none of its rows; the homepage,
    # the other columns and an article print that row in their 热门文章 boxes (linked and dated on half the pages):
    # the list's own row there, not the template's
    news = [(1001, "青山区召开重点项目建设推进会", "2022-03-29"), (1002, "青山区举办春季人才招聘洽谈会", "2022-03-24"),
            (1003, "区人大常委会视察老旧小区改造", "2022-03-17"), (1004, "青山区开展春季森林防火宣传", "2022-03-08")]
    notices = [(1011, "关于青山区2022年春季义务植树的通知", "2022-03-21"), (1012, "青山区城区道路临时交通管制公告", "2022-03-02")]
    laws = [(1021, "青山区河道管理办法", "2021-09-14"), (1022, "青山区公共停车场管理规定", "2021-06-01")]
    hot = _box("热门文章", [news[1]])
    lst = lambda rows: "<dl class='list'>" + "".join(_row(*r) for r in rows) + "</dl>"  # noqa: E731
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青山区人民政府</title></head><body>{NAV}{lst([notices[0], laws[0]])}"
                 f"<div class='aside'>{hot}</div>{FOOTER}</body></html>", depth=0)
    b.page(SEED + "list-7.html", _page("区情动态", lst(news), _box("精彩推荐", [laws[1]])))
    b.page(SEED + "list-8.html", _page("公示公告", lst(notices), hot))
    b.page(SEED + "list-9.html", _page("政策法规", lst(laws), hot))
    b.page(SEED + "content/1011.html", _page("关于青山区2022年春季义务植树的通知",
                                             "<p>发布时间：2022-03-21</p><p>" + "全区各单位按要求组织义务植树。" * 8 + "</p>", hot))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "list-7.html"]["shown"], cols[SEED + "list-7.html"]["last_update"]) == (4, "2022-03-29")
