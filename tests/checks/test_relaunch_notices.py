"""A site relaunched weeks ago (the 48th blind batch's reading): a notice in the template pointing to the former site
by its address is no dated row of every page, and a column saying its earlier items are on the former site is
neither plainly blank nor plainly filled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page_links import web_address
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2021, 3, 10)

# the template's notice on every page: the relaunch day beside the former site's address, printed as the link's name
NOTICE = ("<p class='gg'>【公告】本网站已于2021年2月20日改版，旧版 <a href='http://www.hx.gov.cn/old/'>"
          "www.hx.gov.cn/old/</a> 于2021年6月30日关闭。</p>")
MENU = ("<div class='menu'><a href='/'>首页</a> <a href='/xwdt/'>新闻动态</a> <a href='/cyfz/'>产业发展</a> "
        "<a href='/xczx/'>乡村振兴</a></div>")


def _page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}-河西县人民政府</title></head>"
            f"<body>{NOTICE}{MENU}{body}<div class='ft'>主办：河西县人民政府办公室</div></body></html>")


def _news() -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='/xwdt/2021030{i}/{i}.html'>河西县召开第{i}次春耕生产调度会</a></td><td>2021-03-0{i}</td></tr>"
        for i in (2, 5, 8)) + "</table>"


def _site(tmp_path: Path, rural: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", "<h3>新闻动态</h3>" + _news()), depth=0)
    b.page(SEED + "xwdt/", _page("新闻动态", _news()))
    b.page(SEED + "cyfz/", _page("产业发展", "<h2>产业发展</h2><table class='lb'></table><span>没有相关信息</span>"))
    b.page(SEED + "xczx/", _page("乡村振兴", "<h2>乡村振兴</h2><table class='lb'></table><span>没有相关信息</span>"
                                 + rural))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _blank(report: dict) -> set[str]:
    return {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}


def test_a_link_named_by_a_web_address_is_no_row_beside_the_notice_s_dates(tmp_path: Path) -> None:
    # the template's notice dates its link to the former site: read as a row, every empty column listed one
    assert web_address("www.hx.gov.cn/old/") and web_address("http://old.hx.gov.cn") and not web_address("方案.docx")
    report = _site(tmp_path, "")
    assert {c["url"] for c in report["columns"]} >= {SEED + "cyfz/", SEED + "xczx/"}
    assert _blank(report) == {SEED + "cyfz/", SEED + "xczx/"}


def test_a_column_saying_its_earlier_items_are_on_the_former_site_is_not_judged_blank(tmp_path: Path) -> None:
    # the column's own line (no other page says it) sends the reader to the former site's archive: its content may
    # stand there — not a blank column; its sibling saying only 没有相关信息 is
    report = _site(tmp_path, "<div class='ts'>2021年2月20日以前的信息可登录旧版网站查阅。</div>")
    assert SEED + "xczx/" in {c["url"] for c in report["columns"]}
    assert _blank(report) == {SEED + "cyfz/"}
