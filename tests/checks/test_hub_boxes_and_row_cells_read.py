"""Four readings of the sixty-first, sixty-second and fifty-ninth blind batches: a landing page's box found under its
own heading though every row opens with the body's name the header greets the visitor with; a site-map link in a
folder named data; rows printing a relative time that names no day; a survey table's 结束日期. Hand-written in
layouts unlike the corpus pages (a bureau's PHP site, a table list, a DIV grid of surveys)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.bsnsz.gov.cn/"
BODY = "白石县农业农村和水利综合服务中心"
AS_OF = dt.date(2025, 6, 16)
MENU = ("<div class='menu'><span><a href='/'>首页</a></span><span><a href='/news/'>工作动态</a></span>"
        "<span><a href='/xxgk/'>信息公开</a></span><span><a href='/survey/'>网上调查</a></span></div>")


def _page(title: str, body: str, footer: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}-{BODY}</title></head><body>"
            f"<div class='hello'>您好，欢迎光临{BODY}门户网站</div>{MENU}{body}"
            f"<div class='bottom'>{BODY} 主办　网站标识码：5301230019　滇ICP备12004568号{footer}</div></body></html>")


def _news() -> str:
    return "<ul class='news'>" + "".join(
        f"<li><a href='/news/2025/06/{d:02d}/{d}.html'>{BODY}召开第{d}次工作例会</a><i>2025-06-{d:02d}</i></li>"
        for d in (12, 9, 5)) + "</ul>"


def _report(tmp_path: Path, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", _news()), depth=0)
    b.page(SEED + "news/", _page("工作动态", "<h3>工作动态</h3>" + _news()))
    for path, html in pages.items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


LANDING = _page("信息公开", (
    "<div class='here'>所在位置：<a href='/'>首页</a> » 信息公开</div>"
    "<div class='grid'><p><a href='/xxgk/zn.php'>公开指南</a></p><p><a href='/xxgk/zd.php'>公开制度</a></p>"
    "<p><a href='/xxgk/ysq.php'>依申请公开</a></p><p><a href='/xxgk/list.php?c=ghjh'>规划计划</a></p></div>"
    "<div class='panel'><div class='hd'>规划计划</div><dl>"
    f"<dd><a href='/show.php?id=812'>{BODY}2025年工作要点</a><em>2025-02-14</em></dd>"
    f"<dd><a href='/show.php?id=655'>{BODY}2024年工作要点</a><em>2024-02-20</em></dd></dl></div>"))


def test_a_box_is_found_under_its_own_heading_not_the_greeting_naming_the_body(tmp_path: Path) -> None:
    # every row opens with the body's name, which the greeting above the page prints too: the rows stand under
    # 规划计划, the name of the grid's link to that list — the landing page previews it and is no column
    report = _report(tmp_path, {"xxgk/": LANDING})
    assert SEED + "xxgk/" not in {c["url"] for c in report["columns"]}


def test_a_site_map_in_a_data_folder_is_no_open_data_entry(tmp_path: Path) -> None:
    footer = "　<a href='/data/map.html'>站点地图</a>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", _news(), footer), depth=0)
    b.page(SEED + "news/", _page("工作动态", "<h3>工作动态</h3>" + _news(), footer))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["数据开放"]["present"] is False


STAMP = "<p>本页生成于 2025/06/10 08:05</p>"
RELATIVE = [("/news/2025/06/10/31.html", "乡村水利设施汛前检查全面完成", "1小时前"),
            ("/news/2025/06/09/30.html", "农技人员下田指导夏粮抢收", "昨天"),
            ("/news/2025/06/07/29.html", "高标准农田建设项目通过初验", "3天前"),
            ("/news/2025/05/28/28.html", "全县水库安全度汛演练举行", "2周前"),
            ("/news/2025/03/11/27.html", "春耕备耕物资储备情况通报", "3个月前")]


def test_rows_printing_a_relative_time_that_names_no_day_are_entries_of_the_list(tmp_path: Path) -> None:
    # 2周前 and 3个月前 say no day: the rows are entries whose date is unknown, counted with the others
    table = "<table class='lb'>" + "".join(
        f"<tr><td class='bt'><a href='{u}'>{t}</a></td><td class='sj'>{d}</td></tr>" for u, t, d in RELATIVE) + "</table>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", _news(), STAMP), depth=0)
    b.page(SEED + "news/", _page("工作动态", "<h3>工作动态</h3>" + table, STAMP))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    news = next(c for c in report["columns"] if c["url"] == SEED + "news/")
    assert news["shown"] == len(RELATIVE)
    assert news["last_update"] == "2025-06-10"


SURVEYS = _page("网上调查", (
    "<div class='here'>所在位置：<a href='/'>首页</a> » 网上调查</div><h3>网上调查</h3>"
    "<table class='dc'><tr><td>问卷名称</td><td>开始日期</td><td>结束日期</td><td>参与</td></tr>"
    "<tr><td><a href='/survey/q7.html'>农村饮水安全满意度问卷</a></td><td>2025-05-06</td><td>2025-06-06</td><td>211</td></tr>"
    "<tr><td><a href='/survey/q6.html'>高素质农民培训需求调查</a></td><td>2025-03-02</td><td>2025-04-02</td><td>96</td></tr>"
    "<tr><td><a href='/survey/q5.html'>农机购置补贴政策知晓度调查</a></td><td>2024-11-15</td><td>2024-12-15</td><td>143</td></tr>"
    "</table>"))


def test_a_surveys_end_date_is_no_publication(tmp_path: Path) -> None:
    # 结束日期 is when the survey closed: the list was last touched when the newest survey opened
    report = _report(tmp_path, {"survey/": SURVEYS})
    survey = next(c for c in report["columns"] if c["url"] == SEED + "survey/")
    assert survey["last_update"] == "2025-05-06"
