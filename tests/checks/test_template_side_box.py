"""A box of the site's latest documents that the template prints on every page (热门文章 in a right-hand column),
on a small table-laid site unlike the blind town that showed each rule: an article whose heading is a plain table
cell stays an article beside it; the homepage's newest update may stand in it; a 政务服务 page leading to the
province's platform is a service hall whatever dated rows the box prints beside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qiaotou.gov.cn/"
AS_OF = dt.date(2022, 3, 31)
MENU = ("<table class='menu'><tr><td><a href='/'>首页</a></td>"
        "<td><a href='/xzxw/'>乡镇新闻</a></td>"
        "<td><a href='/gsgg/'>公示公告</a></td>"
        "<td><a href='/zwfw/'>政务服务</a></td></tr></table>")
FOOTER = ("<table class='foot'><tr><td>主办单位：桥头乡人民政府 网站标识码：4310230011 湘ICP备12003456号 "
          "电话：0735-6120001</td></tr></table>")
# the template's right-hand box of the site's latest documents, different days, on every page
BOX_ROWS = [(612, "桥头乡开展春季森林防火宣传", "2022-03-29"), (611, "关于2022年春耕备耕物资供应的公告", "2022-03-25"),
            (609, "桥头乡召开村级财务审计工作会", "2022-03-21"), (605, "桥头乡完成农村危房摸底排查", "2022-03-16"),
            (603, "桥头乡组织开展学雷锋志愿服务", "2022-03-05"), (601, "关于做好春季动物防疫工作的通知", "2022-03-01")]
BOX = ("<td class='side' width='260'><b>热门文章</b><table>" + "".join(
    f"<tr><td><a href='/{'gsgg' if n % 2 else 'xzxw'}/{n}.html'>{t}</a></td><td class='d'>{d}</td></tr>" for n, t, d in BOX_ROWS)
    + "</table></td>")


def _page(title: str, main: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{MENU}"
            f"<table class='wrap'><tr><td class='main'>{main}</td>{BOX}</tr></table>{FOOTER}</body></html>")


def _rows(folder: str, rows: list[tuple[int, str, str]]) -> str:
    return "<table class='list'>" + "".join(
        f"<tr><td><a href='/{folder}/{n}.html'>{t}</a></td><td>[{d}]</td></tr>" for n, t, d in rows) + "</table>"


NEWS = [(588, "桥头乡召开2022年乡村振兴工作部署会", "2022-01-18"), (584, "桥头乡开展冬季安全生产大检查", "2022-01-09"),
        (579, "桥头乡举办新型职业农民培训", "2021-12-20")]
NOTICES = [(590, "桥头乡2021年度低保对象公示", "2022-02-10"), (586, "关于春节期间烟花爆竹燃放的通告", "2022-01-15")]


def _site(tmp_path: Path, service: str = "") -> dict[str, Any]:
    b = SnapshotBuilder(SEED)
    home_main = ("<b>乡镇新闻</b>" + _rows("xzxw", NEWS) + "<b>公示公告</b>" + _rows("gsgg", NOTICES))
    b.page(SEED, _page("桥头乡人民政府", home_main), depth=0)
    b.page(SEED + "xzxw/", _page("乡镇新闻_桥头乡人民政府",
                                                    "<div>当前位置：<a href='/'>首页</a> - 乡镇新闻</div>"
                                                    + _rows("xzxw", NEWS)))
    b.page(SEED + "gsgg/", _page("公示公告_桥头乡人民政府",
                                                    "<div>当前位置：<a href='/'>首页</a> - 公示公告</div>"
                                                    + _rows("gsgg", NOTICES)))
    # an article of 公示公告 the box lists, its heading a plain table cell (no heading element) over its one
    # labelled date
    b.page(SEED + "gsgg/611.html", _page(
        "关于2022年春耕备耕物资供应的公告_桥头乡人民政府",
        "<table><tr><td>当前位置：<a href='/'>首页</a> - <a href='/gsgg/'>公示公告</a></td>"
        "</tr><tr><td class='art_tit'>关于2022年春耕备耕物资供应的公告</td></tr>"
        "<tr><td class='art_info'>发布日期：2022年03月25日　浏览：<span>36</span>次</td></tr>"
        "<tr><td class='art_txt'><p>为保障春耕生产顺利进行，乡农业综合服务中心已备足种子、化肥等农资，各村可按需申领。"
        "如有疑问，请向乡农业综合服务中心咨询。</p><p>桥头乡人民政府</p></td></tr></table>"))
    b.page(SEED + "zwfw/", _page(
        "政务服务_桥头乡人民政府", service or (
            "<div>当前位置：<a href='/'>首页</a> - 政务服务</div><div class='page_txt'>"
            "<p>桥头乡政务服务中心窗口受理时间：工作日上午8:00至12:00，下午14:30至17:30。</p>"
            "<p><a href='https://zwfw-new.hunan.gov.cn/qiaotou/' target='_blank'>湖南政务服务网桥头乡站（网上办理）</a></p>"
            "<p><a href='/zwfw/fwzn/'>服务指南</a></p></div>")))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_article_headed_by_a_plain_cell_beside_the_template_box_is_an_article(tmp_path: Path) -> None:
    # the page prints six dated rows (the template's box) and one 发布日期 under a heading set in a <td>, the
    # <title> opening with it: the document's heading, as an <h1> would be — an article, never a blank column
    report = _site(tmp_path)
    urls = {c["url"] for c in report["columns"]}
    assert SEED + "gsgg/611.html" not in urls
    assert not [f for f in report["findings"] if f["check"] == "empty-column"]


def test_the_template_box_of_latest_documents_dates_the_homepage(tmp_path: Path) -> None:
    # the homepage's own blocks end in February, but it shows the template's 热门文章 box too, its rows of different
    # days up to 03-29: the homepage is current
    report = _site(tmp_path)
    assert not [f for f in report["findings"] if f["check"] == "homepage-stale"]


def test_a_service_page_beside_the_template_box_is_a_service_hall(tmp_path: Path) -> None:
    # 政务服务 leads to the province's platform and to one unopened guide list: no column, the box's rows being the
    # template's
    report = _site(tmp_path)
    assert SEED + "zwfw/" not in {c["url"] for c in report["columns"]}
