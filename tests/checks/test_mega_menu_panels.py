"""Navigation hover panels (mega-menus): the drop-downs a menu item opens on hover, printed on every page with the
latest rows of a column, and a menu whose panels a script draws from a data file it fetches. On a small bureau site
in a `<nav>` whose drop-downs are hidden sections beside its items, unlike the township that showed each rule: the panels' rows are the
menu's — they make no single page a column and no homepage current — and entries only a fetched menu may hold are
not measured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://swj.linhe.gov.cn/"
AS_OF = dt.date(2023, 6, 30)
# the drop-down of 信息公开 carries the latest three 公示 rows (June), shown when the item is hovered
DROP_ROWS = [(331, "林河县2023年水利工程建设项目公示", "2023-06-28"), (329, "关于汛期水库调度运行的公告", "2023-06-21"),
             (326, "林河县河道采砂许可结果公示", "2023-06-12")]
NAV = ("<nav id='topnav'><ul class='lv1'><li><a href='/'>网站首页</a></li>"
       "<li onmouseenter='dropOpen(1)' onmouseleave='dropClose(1)'><a href='/jggk/'>机构概况</a></li>"
       "<li onmouseenter='dropOpen(2)' onmouseleave='dropClose(2)'><a href='/xxgk/'>信息公开</a></li>"
       "<li onmouseenter='dropOpen(3)' onmouseleave='dropClose(3)'><a href='/bszn/'>办事指南</a></li></ul>"
       "<div class='drops'><section class='drop' hidden><dl><dd><a href='/jggk/jgjj/'>机构简介</a><em>职责与内设科室</em>"
       "</dd><dd><a href='/jggk/ldzc/'>领导之窗</a><em>局领导分工</em></dd></dl></section>"
       "<section class='drop' hidden><dl><dd><a href='/xxgk/gs/'>公示公告</a><em>项目与许可公示</em></dd>"
       "<dd><a href='/xxgk/wj/'>政策文件</a><em>局规范性文件</em></dd></dl><div class='drop-new'>"
       + "".join(f"<p><a href='/xxgk/gs/{n}.html'>{t}</a><i>{d}</i></p>" for n, t, d in DROP_ROWS)
       + "</div></section></div></nav>")
FOOT = "<div class='foot'>主办：林河县水利局 网站标识码：3607240009 赣ICP备10007788号 电话：0797-5712001</div>"
WORK = [(318, "县水利局召开防汛工作部署会", "2023-05-30"), (312, "县水利局开展水库安全巡查", "2023-05-18"),
        (305, "县水利局组织河长制业务培训", "2023-05-06")]
NOTICES = [(331, *DROP_ROWS[0][1:]), (329, *DROP_ROWS[1][1:]), (326, *DROP_ROWS[2][1:]),
           (320, "林河县水土保持方案审批结果公示", "2023-06-01")]


def _page(title: str, main: str, nav: str = NAV) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{nav}"
            f"<div class='content'>{main}</div>{FOOT}</body></html>")


def _rows(folder: str, rows: list[tuple[int, str, str]]) -> str:
    return "<ul class='list'>" + "".join(
        f"<li><a href='/{folder}/{n}.html'>{t}</a><span>{d}</span></li>" for n, t, d in rows) + "</ul>"


def _crumb(*steps: str) -> str:
    return "<div class='crumb'>当前位置：<a href='/'>网站首页</a> &gt; " + " &gt; ".join(steps) + "</div>"


def _site(tmp_path: Path, nav: str = NAV, home_extra: str = "") -> dict[str, Any]:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("林河县水利局", "<h3>水利动态</h3>" + _rows("gzdt", WORK) + home_extra, nav), depth=0)
    b.page(SEED + "gzdt/", _page("水利动态_林河县水利局", _crumb("水利动态") + _rows("gzdt", WORK), nav))
    b.page(SEED + "xxgk/gs/", _page("公示公告_林河县水利局", _crumb("信息公开", "公示公告") + _rows("xxgk/gs", NOTICES), nav))
    # two single pages: what they say is their own, the drop-down's rows beside it the menu's
    b.page(SEED + "jggk/jgjj/", _page("机构简介_林河县水利局", _crumb("机构概况", "机构简介") + (
        "<h2>机构简介</h2><p>林河县水利局是县人民政府工作部门，负责全县水资源管理、水利工程建设与运行管理、防汛抗旱日常工作，"
        "内设办公室、水政水资源股、工程建设股三个股室。</p>"), nav))
    b.page(SEED + "bszn/", _page("办事指南_林河县水利局", _crumb("办事指南") + (
        "<h2>办事指南</h2><p>取水许可、河道管理范围内建设项目审批等事项在县行政服务中心二楼水利窗口受理，"
        "受理时间为工作日上午9:00至12:00、下午14:00至17:00，咨询电话0797-5712001。</p>"), nav))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_single_pages_beside_a_drop_down_of_dated_rows_are_no_columns(tmp_path: Path) -> None:
    report = _site(tmp_path)
    urls = {c["url"] for c in report["columns"]}
    assert SEED + "jggk/jgjj/" not in urls and SEED + "bszn/" not in urls
    assert not [f for f in report["findings"] if f["check"] == "empty-column"]


def test_a_drop_down_of_newer_rows_does_not_make_the_homepage_current(tmp_path: Path) -> None:
    # the homepage's own list stops at 05-30 (31 days before the as-of date); the menu's drop-down on every page
    # shows 06-28: the homepage is stale
    report = _site(tmp_path)
    stale = [f for f in report["findings"] if f["check"] == "homepage-stale"]
    assert stale and stale[0]["last_update"] == "2023-05-30"


def test_a_hidden_tab_of_the_homepage_still_dates_it(tmp_path: Path) -> None:
    # a tab box of the homepage's own (hidden until its tab is hovered), outside the menu: its rows are the
    # homepage's, which is current
    tabs = ("<div class='tabbox'><ul class='tt'><li onmouseover='tab(1)'>水利动态</li><li onmouseover='tab(2)'>公示公告</li>"
            "</ul><div id='con2' style='display:none'>" + _rows("xxgk/gs", NOTICES[:2]) + "</div></div>")
    report = _site(tmp_path, home_extra=tabs)
    assert not [f for f in report["findings"] if f["check"] == "homepage-stale"]


# the menu's panels drawn by a script from a data file it fetches into an empty menu-named element
FETCHED_NAV = ("<div class='mainnav'><ul><li><a href='/'>网站首页</a></li><li><a href='/jggk/'>机构概况</a></li>"
               "<li><a href='/xxgk/'>信息公开</a></li><li><a href='/gzdt/'>水利动态</a></li>"
               "<li><a href='/hdjl/'>互动交流</a></li><li><a href='/bszn/'>办事指南</a></li></ul>"
               "<div id='subMenuBox' class='submenu'></div></div><script>fetch('/swj/conf/menu.json')"
               ".then(function (r) { return r.json(); }).then(function (m) { "
               "buildPanels(document.getElementById('subMenuBox'), m); });</script>")


def test_entries_a_fetched_menu_may_hold_are_not_measured(tmp_path: Path) -> None:
    els = _site(tmp_path, nav=FETCHED_NAV)["elements"]
    assert els["负责人信息"]["measured"] is False and els["政府信息公开年报"]["measured"] is False
    # the footer's marks are no menu's: read as printed
    assert els["网站标识码"]["present"]
