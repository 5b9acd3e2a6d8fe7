"""Pages read as a visitor reads them (the thirty-eighth and thirty-ninth blind batches, read): a heading closing with
a bracket of words that names a deadline is still the document's heading; a byline printing the publication beside
an update keeps the publication, whatever the PubDate meta follows; a breadcrumb whose block ends with its separator
ends there; a letter channel's landing page — its own 我要留言 beside boxes — is no column, blank or not. Pages are
hand-written in layouts unlike the corpus pages they generalise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2026, 3, 20)
MENU = ("<ul class='topnav'><li><a href='/'>网站首页</a></li><li><a href='/channel/list.jsp?cid=11'>工作动态</a></li>"
        "<li><a href='/channel/list.jsp?cid=31'>公众参与</a></li></ul>")
FOOTER = "<div class='bottom'>河溪乡人民政府 主办 网站标识码：5323010012 滇ICP备12004567号</div>"


def _page(title: str, body: str, meta: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body>{MENU}{body}{FOOTER}</body></html>"


def test_a_heading_closing_with_a_bracket_of_words_naming_a_day_is_the_documents_title() -> None:
    html = _page("关于开展2026年春季植树活动的通知-河溪乡人民政府",
                 "<div class='wz'>所在位置：<a href='/'>网站首页</a> » 通知</div>"
                 "<div class='bt'>关于开展2026年春季植树活动的通知(报名至2026年3月25日)</div>"
                 "<div class='sx'>日期：2026-03-12　来源：乡林业站</div><div class='zw'><p>各村委会：现将有关事项通知如下。</p></div>")
    f = parse_page(html, SEED + "content/view.jsp?id=5521", None, "r", home=False)
    assert f.is_article and f.pubdate == (2026, 3, 12)
    assert f.title == "关于开展2026年春季植树活动的通知(报名至2026年3月25日)"
    # a bracket holding a date alone is a row's date, no heading: the <title> stays
    dated = html.replace("(报名至2026年3月25日)", "【2026-03-12】")
    assert parse_page(dated, SEED + "content/view.jsp?id=5521", None, "r", home=False).title.endswith("河溪乡人民政府")


def test_a_byline_printing_the_publication_beside_an_update_keeps_the_publication() -> None:
    meta = "<meta name='PubDate' content='2026-03-02 16:20'>"
    html = _page("河溪乡草果产业发展规划解读_河溪乡人民政府",
                 "<h2>河溪乡草果产业发展规划解读</h2><p class='info'>发布时间：2025-09-18 &nbsp; 更新时间：2026-03-02 "
                 "&nbsp; 点击数：311</p><div class='zw'><p>一、规划背景。</p><p>（2026年3月2日修正附表数据。）</p></div>", meta)
    f = parse_page(html, SEED + "content/view.jsp?id=4410", None, "r", home=False)
    assert f.pubdate == (2025, 9, 18)   # the meta follows the edit; the reader's date is the publication printed
    # an update printed far from the byline (the page's foot) says nothing of the byline's line: the meta stands
    apart = html.replace("&nbsp; 更新时间：2026-03-02 ", "").replace(
        "</div>" + FOOTER, "<p>" + "相关说明。" * 20 + "</p><p>更新时间：2026-03-02</p></div>" + FOOTER)
    assert parse_page(apart, SEED + "content/view.jsp?id=4410", None, "r", home=False).pubdate == (2026, 3, 2)


def test_a_breadcrumb_block_ending_with_its_separator_ends_there() -> None:
    side = "<div class='side'><h4>最新要闻</h4><p><a href='/content/view.jsp?id=3'>乡里召开春耕备耕会</a></p></div>"
    crumb = "<p class='wz'><span>所在位置：</span><a href='/'>网站首页</a> » <a href='/channel/list.jsp?cid=7'>三务公开</a> »</p>"
    rows = ("<ul class='lb'><li><a href='/content/view.jsp?id=61'>2026年1月村级财务收支公开</a><em>2026-02-05</em></li>"
            "<li><a href='/content/view.jsp?id=52'>2025年12月村级财务收支公开</a><em>2026-01-06</em></li></ul>")
    f = parse_page(_page("三务公开_河溪乡人民政府", crumb + side + rows), SEED + "channel/list.jsp?cid=7", None, "r",
                   home=False)
    assert f.breadcrumb == ("三务公开",)   # the sidebar's heading after the crumb's last » is no step
    # a crumb whose block prints its own last step keeps it
    named = crumb.replace("三务公开</a> »", "三务公开</a> » 村务</p><p class='x'>").replace("</p>", "", 1) + "</p>"
    g = parse_page(_page("村务_河溪乡人民政府", named + side + rows), SEED + "channel/list.jsp?cid=8", None, "r", home=False)
    assert g.breadcrumb == ("三务公开", "村务")


LOGIN = "https://sso.yn.gov.cn/auth/login?next=http%3A%2F%2Fwww.hx.gov.cn%2Fmail%2Fpost.jsp"
LANDING = ("<div class='dq'>所在位置：<a href='/'>网站首页</a> » 公众参与</div>"
           "<div class='kuai'><h3>乡长信箱</h3><p>来信请先登录省统一身份认证平台，我们将在15个工作日内答复。</p>"
           f"<a href='{LOGIN}'>我要留言</a></div>"
           "<div class='kuai'><h3>留言选登</h3><p class='kong'>暂无相关信息</p></div>")


def _site(tmp_path: Path, landing: str, login_status: int = 200) -> dict:
    b = SnapshotBuilder(SEED)
    news = ("<dl class='xw'><dd><a href='/content/view.jsp?id=88'>河溪乡召开春季森林防火工作会议</a> 2026-03-16</dd>"
            "<dd><a href='/content/view.jsp?id=84'>河溪乡开展春耕生产督导检查</a> 2026-03-11</dd></dl>")
    b.page(SEED, _page("河溪乡人民政府", news), depth=0)
    b.page(SEED + "channel/list.jsp?cid=11", _page("工作动态_河溪乡人民政府",
                                                   "<div class='dq'>所在位置：<a href='/'>网站首页</a> » 工作动态</div>" + news))
    for path in ("about/lxfs.jsp", "about/wzsm.jsp"):   # the menu repeats on the site's pages
        b.page(SEED + path, _page("河溪乡人民政府", f"<p>地址：河溪乡集镇中街2号（{path}）</p>"))
    b.page(SEED + "channel/list.jsp?cid=31", _page("公众参与_河溪乡人民政府", landing))
    if login_status:   # (0: the crawl did not fetch it, another host)
        b.page(LOGIN, "<html><head><title>统一身份认证</title></head><body><form><input type='password'></form>"
               "</body></html>" if login_status == 200 else "<html><body><h1>Not Found</h1></body></html>",
               status=login_status)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> set[str]:
    return {c["url"].removeprefix(SEED) for c in report["columns"]}


def _blank(report: dict) -> set[str]:
    return {f["url"].removeprefix(SEED) for f in report["findings"] if f["check"] == "empty-column"}


def test_a_letter_channels_landing_page_is_no_column_even_beside_an_empty_box(tmp_path: Path) -> None:
    # its own 我要留言 beside a 留言选登 box saying 暂无相关信息, no list container: the channel's landing page
    report = _site(tmp_path / "landing", LANDING)
    assert "channel/list.jsp?cid=31" not in _columns(report) | _blank(report)
    # boxes whose one row each opens another column of the site (its own address shape) list no document either
    teasers = LANDING.replace("<p class='kong'>暂无相关信息</p>", (
        "<p><a href='/channel/list.jsp?cid=34'>河溪乡2026年民生实事项目征求意见</a> 2026-03-01</p></div><div class='kuai'>"
        "<h3>在线访谈</h3><p><a href='/channel/list.jsp?cid=35'>乡长谈春耕备耕与草果产业</a> 2026-02-26</p>"))
    assert "channel/list.jsp?cid=31" not in _columns(_site(tmp_path / "teasers", teasers))
    # letters printed whole under the boxes (rows without a link of their own) are the page's list: a column
    letters = LANDING.replace("<p class='kong'>暂无相关信息</p>", (
        "<table class='xj'><tr><th>留言标题</th><th>留言时间</th><th>答复状态</th></tr>"
        "<tr><td>咨询集镇自来水管网改造时间</td><td>2026-03-09</td><td>已答复</td></tr>"
        "<tr><td>反映河溪村便民桥护栏损坏</td><td>2026-03-02</td><td>已答复</td></tr>"
        "<tr><td>草果种植补贴何时发放</td><td>2026-02-21</td><td>已答复</td></tr></table>"))
    assert "channel/list.jsp?cid=31" in _columns(_site(tmp_path / "letters", letters))
    # without its own way to write, the page saying its list is empty is a blank column
    bare = LANDING.replace(f"<a href='{LOGIN}'>我要留言</a>", "")
    assert "channel/list.jsp?cid=31" in _blank(_site(tmp_path / "bare", bare))
    # … and so is the landing page showing an empty list container of letters (a header row over no letter)
    table = LANDING.replace("<p class='kong'>暂无相关信息</p>", (
        "<table class='xj'><tr><th>留言标题</th><th>留言时间</th><th>答复状态</th></tr>"
        "<tr><td colspan='3'>暂无相关信息</td></tr></table>"))
    assert "channel/list.jsp?cid=31" in _blank(_site(tmp_path / "table", table))


def _lacks(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def test_a_letter_channels_landing_page_is_judged_by_its_way_to_write(tmp_path: Path) -> None:
    # the 留言选登 box's 暂无相关信息 is no empty entry page: the 我要留言 beside it is the channel's way in
    for status in (200, 0):   # (a login on another host the crawl did not open may work too)
        working = _site(tmp_path / f"working{status}", LANDING, login_status=status)
        assert "互动交流" not in _lacks(working)
        assert "interaction-poor" not in {v["rule"] for v in working["vetoes"]}
    # … and when that way in answers 404, the channel offers nothing that works — said of the way in, not of the box
    broken = _site(tmp_path / "broken", LANDING, login_status=404)
    lacks = [f["message"] for f in broken["findings"] if f["check"] == "missing-element" and f["element"] == "互动交流"]
    assert len(lacks) == 1 and "404" in lacks[0] and "没有内容" not in lacks[0]
    assert "interaction-poor" in {v["rule"] for v in broken["vetoes"]}
