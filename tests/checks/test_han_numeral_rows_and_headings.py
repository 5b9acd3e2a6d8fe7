"""Rows dated by a month and day in Chinese numerals beside a header clock printing today so, headings that are an
image or stand under a link to another document, and a 办事 page leading to the platform the homepage links too.
Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.columns import ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.pingxi.gov.cn/"
AS_OF = dt.date(2025, 3, 31)
CLOCK = "<div class='sj'>当前日期：二〇二五年三月三十一日 星期一</div>"
MENU = ("<div class='dh'><a href='/'>网站首页</a> <a href='/xzdt/'>乡镇动态</a> <a href='/zwfw/'>政务服务</a>"
        " <a href='/zcjd/'>政策解读</a></div>")
FOOT = "<div class='foot'>版权所有：平溪县人民政府　网站标识码：3507990001</div>"
ROWS = ("<table class='lb'>"
        "<tr><td><a href='/xzdt/c1009.html'>平溪县召开春耕备耕工作推进会</a></td><td>[三月九日]</td></tr>"
        "<tr><td><a href='/xzdt/c1002.html'>关于二月二十八日起调整城区公交线路的说明</a></td><td>[二月二十日]</td></tr>"
        "<tr><td><a href='/xzdt/c0995.html'>县领导调研农村饮水安全工程</a></td><td>[二月十一日]</td></tr>"
        "</table>")


def _page(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{CLOCK}{MENU}{body}{FOOT}</body></html>"


def _site(tmp_path: Path, service: str = "") -> Path:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("平溪县人民政府", f"<h3>乡镇动态</h3>{ROWS}<a href='https://zwfw.fj.gov.cn/pingxi/'>网上办事</a>"),
           depth=0)
    b.page(SEED + "xzdt/", _page("乡镇动态_平溪县人民政府", ROWS))
    b.page(SEED + "zwfw/", _page("政务服务_平溪县人民政府", service or "<p>暂无</p>"))
    for n, day in (("1009", "03-09"), ("1002", "02-20"), ("0995", "02-11")):
        b.page(SEED + f"xzdt/c{n}.html", _page("乡镇动态_平溪县人民政府", f"<h1>第{n}号动态</h1><p>发布时间：2025-{day}</p>"
                                                                 "<p>正文。</p>"))
    return b.write(tmp_path / "site")


def test_a_clock_in_chinese_numerals_is_no_update_and_rows_dated_so_are(tmp_path: Path) -> None:
    report = run_checks(load_snapshot(_site(tmp_path)), AS_OF)
    stale = [f for f in report["findings"] if f["check"] == "homepage-stale"]
    # the newest row is 三月九日 (22 days): the clock's 二〇二五年三月三十一日, today, is no item; nor is the
    # 二月二十八日 a row's title names
    assert stale and stale[0]["last_update"] == "2025-03-09"
    column = next(c for c in report["columns"] if c["name"] == "乡镇动态")
    assert column["items"] == 3 and column["last_update"] == "2025-03-09"


def test_a_service_page_leading_to_the_platform_the_homepage_links_is_no_column(tmp_path: Path) -> None:
    service = ("<div class='fw'><p><a href='https://zwfw.fj.gov.cn/pingxi/'>福建省网上办事大厅平溪分厅</a></p>"
               "<p>县行政服务中心窗口：周一至周五 8:00-12:00 15:00-18:00</p>"
               "<p><a href='/zwfw/qd.html'>县级政务服务事项目录</a></p></div>")
    ctx = SiteContext(load_snapshot(_site(tmp_path, service)), AS_OF)
    assert SEED + "zwfw/" not in {c.url for c in ctx_columns(ctx)}


def _article(tmp_path: Path, body: str, title: str) -> SiteContext:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("平溪县人民政府", ROWS), depth=0)
    b.page(SEED + "zcjd/c2001.html", _page(title, f"<div class='wz'>{body}<p>正文第一段，介绍有关情况。</p></div>"))
    b.page(SEED + "zcjd/c1990.html", _page("平溪县农业农村局关于印发春耕生产十条措施的通知_平溪县人民政府",
                                          "<h2>平溪县农业农村局关于印发春耕生产十条措施的通知</h2>"
                                          "<p>发布日期：2025-03-18</p><p>各乡镇：现将措施印发给你们。</p>"))
    return SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)


def test_a_heading_set_as_an_image_titles_the_document_by_its_alt(tmp_path: Path) -> None:
    ctx = _article(tmp_path, "<p class='bt'><img src='/u/bt.png' alt='平溪县春季森林防火工作全面启动'></p>"
                             "<p class='ly'>来源：县林业局　发布日期：2025-03-20</p>", "平溪县人民政府")
    f = ctx.pages[SEED + "zcjd/c2001.html"]
    assert f.is_article and f.title == "平溪县春季森林防火工作全面启动"


def test_a_link_above_the_byline_names_another_document_not_the_heading(tmp_path: Path) -> None:
    ctx = _article(tmp_path, "<h1>图说·春耕生产十条措施</h1><div>相关文件：<a href='/zcjd/c1990.html'>"
                             "平溪县农业农村局关于印发春耕生产十条措施的通知</a></div>"
                             "<p class='ly'>发布日期：2025-03-20</p>", "图说春耕生产十条措施_平溪县人民政府")
    f = ctx.pages[SEED + "zcjd/c2001.html"]
    assert f.is_article and f.title == "图说·春耕生产十条措施"
