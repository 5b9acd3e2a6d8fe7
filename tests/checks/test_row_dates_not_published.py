"""Dates a list row prints that are no publication dates: deadlines, bid openings, validities, the template's own
update time and a visit counter's span are never a row's date; a period's start dates a row only when it prints no
other date; a table's header can say which of its date columns is no publication. And the column navigation the
list pages share types a news column; a disclosure entry the crawl holds nothing of is not measured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
FOOTER = "<div class='bottom'>主办单位：禾西区人民政府办公室 网站标识码：3301990001 浙ICP备05012345号</div>"


def _rows(body: str, url: str = SEED + "tzgg/") -> dict[str, tuple[int | None, int, int] | None]:
    f = parse_page(f"<html><head><title>公告_禾西区</title></head><body>{body}</body></html>", url, None, "r", home=False)
    return {it.title: it.date for it in f.items}


def test_a_deadline_beside_a_row_is_never_its_date() -> None:
    body = ("<div class='item'><a href='/tzgg/1.html'>关于征集2021年民生实事项目的公告</a>"
            "<p class='tip'>征集截止日期：2020年12月20日</p><p class='time'>2020/11/02</p></div>"
            "<div class='item'><a href='/tzgg/2.html'>区图书馆少儿阅读活动报名公告</a>"
            "<p class='time'>2020/10/28</p><p class='tip'>2020年11月20日前截止</p></div>"
            "<div class='item'><a href='/tzgg/3.html'>禾西区营业执照换发工作提示</a>"
            "<p class='tip'>旧版执照有效期至2021年6月30日</p><p class='time'>2020/10/12</p></div>")
    assert _rows(body) == {"关于征集2021年民生实事项目的公告": (2020, 11, 2), "区图书馆少儿阅读活动报名公告": (2020, 10, 28),
                           "禾西区营业执照换发工作提示": (2020, 10, 12)}


def test_a_row_printing_only_a_bid_opening_is_undated() -> None:
    body = ("<ul class='cg'><li><a href='/cg/1.html'>禾西区道路养护服务采购公告</a><b>开标日期：2020-12-03</b></li>"
            "<li><a href='/cg/2.html'>区实验小学食堂设备采购公告</a><b>开标日期：2020-11-24</b></li></ul>")
    assert _rows(body, SEED + "cg/") == {}


def test_a_period_dates_a_row_only_when_it_prints_no_other_date() -> None:
    body = ("<ul><li><a href='/gs/202011/t20201119_1.html'>禾西区2020年度优秀志愿者拟表彰名单公示</a>"
            "<span>（公示时间：2020年11月20日—11月26日）</span><i>[11-19]</i></li>"
            "<li><a href='/gs/202011/t20201105_2.html'>禾西区第二批老旧小区改造项目公示</a>"
            "<span>公示时间：2020年11月6日—2020年11月12日</span></li></ul>")
    assert _rows(body, SEED + "gs/") == {"禾西区2020年度优秀志愿者拟表彰名单公示": (None, 11, 19),
                                         "禾西区第二批老旧小区改造项目公示": (2020, 11, 6)}


def test_a_header_naming_a_deadline_column_takes_its_dates_out() -> None:
    """A header row of plain cells (名称 | 报名截止 | 发布日期): the deadline column dates nothing; a row whose 发布日期 is
    empty is undated, not dated by its deadline."""
    body = ("<table class='zp'><tr><td>招聘名称</td><td>报名截止</td><td>发布日期</td></tr>"
            "<tr><td><a href='/zp/1.html'>禾西区卫健系统公开招聘编外人员公告</a></td><td>2020-11-25</td>"
            "<td>2020-11-09</td></tr>"
            "<tr><td><a href='/zp/2.html'>禾西区社区专职工作者招聘公告</a></td><td>2020-11-20</td><td></td></tr></table>")
    assert _rows(body, SEED + "zp/") == {"禾西区卫健系统公开招聘编外人员公告": (2020, 11, 9)}


def test_the_templates_update_time_and_a_counter_date_no_link() -> None:
    body = ("<div class='box'><a href='/gk/ml/'>查看主动公开目录</a>　页面最后更新时间：2020-11-26</div>"
            "<div class='count'><a href='https://beian.miit.gov.cn/'>浙ICP备05012345号</a>"
            " 访问量：102938（统计起始日期：2015-03-01）</div>")
    assert _rows(body, SEED + "gk/") == {}


def test_a_homepage_whose_only_recent_dates_are_deadlines_is_stale(tmp_path: Path) -> None:
    news = "".join(f"<li><a href='/xw/2020/{d}/{i}.html'>禾西区召开第{i}次工作推进会</a><span>2020-{d}</span></li>"
                   for i, d in enumerate(("11-02", "10-28", "10-20"), 1))
    bids = "".join(f"<li><a href='/cg/{i}.html'>禾西区第{i}批政府采购项目公告</a><span>投标截止时间：2020-{d} 09:30</span></li>"
                   for i, d in enumerate(("12-01", "11-24"), 1))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾西区人民政府</title></head><body><ul class='xw'>{news}</ul>"
                 f"<ul class='cg'>{bids}</ul>{FOOTER}</body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    stale = [f for f in report["findings"] if f["check"] == "homepage-stale"]
    assert len(stale) == 1 and stale[0]["last_update"] == "2020-11-02"


def test_a_column_the_list_pages_navigation_opens_whose_rows_report_events_is_news(tmp_path: Path) -> None:
    """河长制 is linked from the 栏目导航 beside every list page's rows, not from the homepage nor the articles; its rows
    report events: a news column, stale after 14 days. A list only the homepage opens keeps no type."""
    side = ("<div class='side'><h4>栏目导航</h4><a href='/gzdt/'>工作动态</a><a href='/tzgg/'>通知公告</a>"
            "<a href='/hzz/'>河长制</a><a href='/zcfg/'>政策法规</a></div>")

    def rows(d: str, titles: tuple[str, ...], day: int) -> str:
        return "<table class='lb'>" + "".join(
            f"<tr><td><a href='/{d}/{i}.html'>{t}</a></td><td>[2020-{day - i:02d}-0{i}]</td></tr>"
            for i, t in enumerate(titles, 1)) + "</table>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾西区人民政府</title></head><body><a href='/gzdt/'>工作动态</a>"
                 f"<a href='/tzgg/'>通知公告</a><a href='/zcfg/'>政策法规</a><a href='/fxkh/'>防汛抗旱</a>"
                 f"<ul><li><a href='/gzdt/9.html'>禾西区召开全区经济工作会议</a><span>2020-11-25</span></li></ul>"
                 f"{FOOTER}</body></html>", depth=0)
    pages = {
        "gzdt/": ("工作动态", ("区政府召开常务会议", "禾西区举办招商推介会", "区领导走访重点企业")),
        "tzgg/": ("通知公告", ("关于做好冬季供暖工作的通知", "关于开展消防演练的通告", "禾西区停水通知")),
        "zcfg/": ("政策法规", ("禾西区城市管理办法", "禾西区物业管理规定", "禾西区停车收费标准")),
        "hzz/": ("河长制", ("区河长办开展河道巡查", "禾西区召开河长制工作会议", "河长办督查入河排污口整治")),
    }
    for path, (name, titles) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}_禾西区</title></head><body>{side}"
                            f"{rows(path.strip('/'), titles, 11)}{FOOTER}</body></html>")
    b.page(SEED + "fxkh/", f"<html><head><title>防汛抗旱_禾西区</title></head><body>{side}"
                           + rows("fxkh", ("全区防汛演练举行", "区领导检查防汛工作", "禾西区召开防汛会议"), 11)
                           + f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types["河长制"] == "动态要闻" and types["防汛抗旱"] == "其他"
    assert SEED + "hzz/" in {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def test_a_disclosure_entry_the_crawl_holds_nothing_of_is_not_measured(tmp_path: Path) -> None:
    """A town's folder on its county's host links 政务公开 to the county's 信息公开 folder for the town, which the crawl
    did not reach: its 指南, 目录 and 年报 are unseen — not measured, not missing."""
    seed = "http://www.lq.gov.cn/shz/"
    b = SnapshotBuilder(seed)
    b.page(seed, "<html><head><title>龙泉县石竹镇人民政府</title></head><body><div class='nav'>"
                 "<a href='/shz/'>首页</a><a href='http://www.lq.gov.cn/gk/shz/'>政务公开</a></div>"
                 "<ul><li><a href='/shz/2020/1125/1.html'>石竹镇召开冬季防火工作会</a><span>2020-11-25</span></li></ul>"
                 "<div class='ft'>主办：龙泉县石竹镇人民政府 网站标识码：3311270001</div></body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    for el in ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报"):
        assert report["elements"][el]["measured"] is False
    assert not [f for f in report["findings"] if f["check"] == "missing-element" and f["element"].startswith("政府信息公开")]


def test_a_row_printing_only_a_date_after_the_as_of_date_takes_its_pages_publication(tmp_path: Path) -> None:
    # a 政策吹风会 list printing each meeting's day: the 预告 on top names a day to come; its page, opened, was
    # published on 11-24 — the column's newest, not the older meeting below it
    meetings = (("1201", "【预告】禾西区优化营商环境政策吹风会", "2020-12-08"), ("0912", "禾西区稳就业政策吹风会", "2020-09-15"),
                ("0603", "禾西区减税降费政策吹风会", "2020-06-05"))
    table = "<table class='chfh'><tr><th>名称</th><th>举行日期</th></tr>" + "".join(
        f"<tr><td><a href='/chfh/{k}.html'>{t}</a></td><td>{d}</td></tr>" for k, t, d in meetings) + "</table>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾西区人民政府</title></head><body><a href='/chfh/'>政策吹风会</a>"
                 f"<ul><li><a href='/xw/9.html'>禾西区召开全区经济工作会议</a><span>2020-11-25</span></li></ul>"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "chfh/", f"<html><head><title>政策吹风会_禾西区</title></head><body>{table}{FOOTER}</body></html>")
    article = ("<html><head><title>【预告】禾西区优化营商环境政策吹风会</title></head><body><h1>【预告】禾西区优化营商环境政策吹风会"
               "</h1><div class='info'>发布日期：2020-11-24 来源：区政府新闻办</div><p>区政府新闻办定于2020年12月8日上午"
               "举行政策吹风会，介绍优化营商环境若干措施，欢迎关注。</p>" + FOOTER + "</body></html>")
    b.page(SEED + "chfh/1201.html", article)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "chfh/")
    assert col["last_update"] == "2020-11-24"
