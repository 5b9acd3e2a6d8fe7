"""Dates a page prints that are no publication of its own: the template's dated line, a site's or a column's stamp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.context import SiteContext
from govweb.checks.page import parse_page
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://jtj.hexi.gov.cn/"
AS_OF = dt.date(2024, 5, 10)
HEAD = ("<div class='banner'><span>和溪区交通运输局</span><em>日期：2024-05-10</em>"
        "<a href='https://www.hexi.gov.cn/'>区政府门户</a></div>")
MENU = ("<ul class='menu'><li><a href='/'>网站首页</a></li><li><a href='/jtyw/'>交通要闻</a></li>"
        "<li><a href='/zwfw/'>政务服务</a></li><li><a href='/gkzl/'>公开专栏</a></li></ul>")
FOOT = "<div class='foot'>主办单位：和溪区交通运输局 网站标识码：4401990012</div>"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{HEAD}{MENU}<div class='content'>{body}</div>{FOOT}</body></html>"


def _site(tmp_path: Path) -> SiteContext:
    b = SnapshotBuilder(SEED)
    rows = "".join(f"<p><a href='/jtyw/2024/0{m}/{m}1.html'>第{m}号交通简讯</a> 2024-0{m}-0{m}</p>" for m in (3, 4, 5))
    b.page(SEED, _page("和溪区交通运输局", f"<h3>交通要闻</h3>{rows}"), depth=0)
    b.page(SEED + "jtyw/", _page("交通要闻", rows))
    # a service page and a disclosure hub, each leading on by a couple of links, dated only by the header's line
    b.page(SEED + "zwfw/", _page("政务服务", "<p>办事请进入 <a href='https://www.gdzwfw.gov.cn/hexi/jtj/'>广东政务服务网和溪区交通运输局旗舰店</a></p>"
                             "<p><a href='https://www.gdzwfw.gov.cn/hexi/jtj/zn/1'>道路运输经营许可</a></p>"))
    b.page(SEED + "gkzl/", _page("公开专栏", "<p><a href='/gkzl/zn/'>公开指南</a> <a href='/gkzl/ml/'>公开目录</a></p>"))
    for m in (3, 4, 5):
        b.page(SEED + f"jtyw/2024/0{m}/{m}1.html", _page(
            f"第{m}号交通简讯", f"<h1>第{m}号交通简讯</h1><p class='info'>发布时间：2024-0{m}-0{m} 来源：本局</p><p>正文。</p>"))
    return SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)


def test_a_dated_line_half_the_pages_print_is_the_template_s_not_a_publication(tmp_path: Path) -> None:
    ctx = _site(tmp_path)
    # 政务服务 and 公开专栏 print only the header's 日期：2024-05-10: no documents, no date of theirs
    for path in ("zwfw/", "gkzl/"):
        f = ctx.pages[SEED + path]
        assert not f.is_article and f.pubdate is None
    assert ctx.pages[SEED].pubdate is None and ctx.pages[SEED + "jtyw/"].pubdate is None
    # a document keeps its own byline's date, the header's line beside it aside
    doc = ctx.pages[SEED + "jtyw/2024/04/41.html"]
    assert doc.is_article and doc.pubdate == (2024, 4, 4) and doc.title == "第4号交通简讯"


def test_one_day_under_one_label_on_a_few_pages_stays_each_document_s_date(tmp_path: Path) -> None:
    # three notices of one day print the very same byline, but fewer than half the site's pages do: no template
    b = SnapshotBuilder(SEED)
    nav = "".join(f"<li><a href='/lm{i}/'>栏目{i}</a></li>" for i in range(6))
    b.page(SEED, f"<html><head><title>某局</title></head><body><ul>{nav}</ul></body></html>", depth=0)
    for i in range(6):
        b.page(SEED + f"lm{i}/", f"<html><head><title>栏目{i}</title></head><body><ul>{nav}</ul>"
               f"<ul><li><a href='/lm{i}/a.html'>关于第{i}项工作的通知</a><span>2024-04-28</span></li></ul></body></html>")
    for i in range(3):
        b.page(SEED + f"lm{i}/a.html", f"<html><head><title>关于第{i}项工作的通知</title></head><body>"
               f"<h1>关于第{i}项工作的通知</h1><div>发布日期：2024-04-28</div><p>正文。</p></body></html>")
    ctx = SiteContext(load_snapshot(b.write(tmp_path / "few")), AS_OF)
    for i in range(3):
        f = ctx.pages[SEED + f"lm{i}/a.html"]
        assert f.is_article and f.pubdate == (2024, 4, 28)


def test_a_site_s_or_a_column_s_update_stamp_dates_no_document() -> None:
    for stamp in ("本站更新时间：2024-05-09", "栏目更新时间：2024-05-09 08:00", "页面更新时间：2024-05-09"):
        f = parse_page(f"<html><head><title>机构职能</title></head><body><div>{stamp}</div><h2>机构职能</h2>"
                       "<p>负责全区道路运输管理。</p></body></html>", SEED + "jgzn/", None, "r", 1, home=False)
        assert not f.is_article and f.pubdate is None, stamp
    # … while a document's own 更新时间 still dates it
    f = parse_page("<html><head><title>通告</title></head><body><h1>通告</h1><p>更新时间：2024-05-09</p>"
                   "<p>正文。</p></body></html>", SEED + "a.html", None, "r", 1, home=False)
    assert f.is_article and f.pubdate == (2024, 5, 9)


def test_one_day_printed_under_two_labels_is_the_document_s_date() -> None:
    # the byline's 信息时间 and the disclosure table's 公开日期 name one day: one date, an article
    f = parse_page("<html><head><title>和溪区交通运输局关于调整公交线路的通告</title></head><body>"
                   "<h1>和溪区交通运输局关于调整公交线路的通告</h1><span>信息时间：2024年05月06日</span>"
                   "<table><tr><th>索引号</th><td>11440199/2024-00031</td><th>公开日期</th><td>2024-05-06</td></tr></table>"
                   "<p>正文。</p></body></html>", SEED + "t.html", None, "r", 1, home=False)
    assert f.is_article and f.pubdate == (2024, 5, 6)
    # two days under two labels stay two dates: a list's, not one document's
    g = parse_page("<html><head><title>公示</title></head><body><p>信息时间：2024年05月06日</p>"
                   "<p>公开日期：2024-04-01</p></body></html>", SEED + "g.html", None, "r", 1, home=False)
    assert not g.is_article
    # … and one day printed twice beside a third date is still more than one date
    h = parse_page("<html><head><title>公示</title></head><body><h1>公示</h1><p>信息时间：2024年05月06日</p>"
                   "<p>公开日期：2024-05-06</p><p>日期：2024-03-02</p></body></html>", SEED + "h.html", None, "r", 1,
                   home=False)
    assert not h.is_article
