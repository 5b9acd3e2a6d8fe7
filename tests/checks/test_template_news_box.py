"""A box of dated rows the template sets on every page (a site builder's news widget beside each page's content): it
makes no page a list. The column whose rows it repeats counts them as its own, a document beside it is a document,
a single page and a form beside it are no columns; and a first-level showcase column (巾帼风采) is no news column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.columns import ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.model import Column
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://slj.dongqiao.gov.cn/"
AS_OF = dt.date(2021, 7, 2)
MENU = ("<table class='menu'><tr><td><a href='/'>网站首页</a></td><td><a href='/list/xwdt.html'>新闻动态</a></td>"
        "<td><a href='/list/gsgg.html'>公示公告</a></td><td><a href='/list/jgfc.html'>巾帼风采</a></td>"
        "<td><a href='/show/zcfg.html'>政策法规</a></td><td><a href='/show/jzxx.html'>局长信箱</a></td></tr></table>")
NEWS = [(f"/show/art{n}.html", title, date) for n, title, date in (
    (88, "东桥区水利局开展汛前水库大坝安全检查", "2021-06-29"), (87, "区水利局召开河长制工作推进会", "2021-06-24"),
    (86, "东桥区启动农村饮水安全巡查", "2021-06-17"), (85, "区水利局组织防汛应急演练", "2021-06-10"),
    (84, "东桥区完成中小河流治理项目验收", "2021-06-03"), (83, "区水利局开展水法宣传进社区活动", "2021-05-27"),
    (82, "东桥区部署农田水利冬修工作", "2021-05-20"), (81, "区水利局召开安全生产专题会议", "2021-05-13"))]
BOX = ("<div class='side'><div class='side-hd'>信息快报</div><dl>" + "".join(
    f"<dd><a href='{u}'>{t}</a><em>{d}</em></dd>" for u, t, d in NEWS[:5]) + "</dl></div>")
FOOT = "<div class='foot'>主办：东桥区水利局　网站标识码：3301990031　浙ICP备12004567号</div>"


def _page(title: str, content: str) -> str:
    return (f"<html><head><title>{title}_东桥区水利局</title></head><body>{MENU}{BOX}"
            f"<div class='content'>{content}</div>{FOOT}</body></html>")


def _rows(rows: list[tuple[str, str, str]]) -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='{u}'>{t}</a></td><td>{d}</td></tr>" for u, t, d in rows) + "</table>"


NOTICES = [(f"/show/gg{n}.html", f"东桥区{n}年度水利工程招标公示", f"2021-0{n % 5 + 1}-1{n}") for n in range(1, 6)]
SHOWCASE = [(f"/show/fc{n}.html", f"区水利局女职工参加第{n}次志愿服务活动", f"2021-06-0{n}") for n in range(1, 5)]


def _context(tmp_path: Path) -> SiteContext:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("东桥区水利局", "<p>欢迎访问东桥区水利局网站。</p>"), depth=0)
    b.page(SEED + "list/xwdt.html", _page("新闻动态", "<h3>新闻动态</h3>" + _rows(NEWS)))
    b.page(SEED + "list/gsgg.html", _page("公示公告", "<h3>公示公告</h3>" + _rows(NOTICES)))
    b.page(SEED + "list/jgfc.html", _page("巾帼风采", "<h3>巾帼风采</h3>" + _rows(SHOWCASE)))
    b.page(SEED + "show/zcfg.html", _page("政策法规", (
        "<h3>政策法规</h3><p>本局制定的规范性文件和政策措施，自2019年起统一在区人民政府门户网站政府信息公开平台发布，"
        "本站不再另行转载。如需查阅，请访问区政府门户网站。</p>"
        "<p><a href='http://www.dongqiao.gov.cn/'>东桥区人民政府</a></p>")))
    b.page(SEED + "show/jzxx.html", _page("局长信箱", (
        "<h3>局长信箱</h3><p>来信请留下真实姓名和联系电话，我们将在五个工作日内答复。</p>"
        "<form action='/api/mail' method='post'>标题：<input name='t'>内容：<textarea name='c'></textarea>"
        "<input type='submit' value='提交'></form>")))
    b.page(SEED + "hdjl/zxts.html", _page("咨询投诉", "<h3>咨询投诉</h3><form action='/api/ask'><textarea name='q'></textarea>"
                                       "<button>提交</button></form>" + "".join(
        f"<div class='ask'><b>{q}</b><span>留言时间：2021-06-{d:02d}</span><p>答复：已转相关科室办理。</p>"
        f"<span>答复时间：2021-06-{d + 2:02d}</span></div>"
        for q, d in (("关于村口排水沟清淤的建议", 21), ("咨询小型水库承包手续", 14), ("反映河道堆放垃圾", 8)))))
    for u, title, date in NEWS[:2]:
        b.page(SEED + u.lstrip("/"), _page(title, (
            f"<h2>{title}</h2><div class='about'>来源：东桥区水利局　{date}　点击：36</div>"
            "<p>近日，区水利局组织技术人员深入各镇街，逐项检查工程设施运行情况，并对发现的问题提出整改要求。</p>")))
    return SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[SiteContext, dict[str, Column]]:
    ctx = _context(tmp_path_factory.mktemp("box"))
    return ctx, {c.name: c for c in ctx_columns(ctx)}


def test_the_column_whose_rows_the_box_repeats_counts_them(site: tuple[SiteContext, dict[str, Column]]) -> None:
    # the column whose newest five the box repeats counts them too: eight rows, the newest its first
    news = site[1]["新闻动态"]
    assert (news.items, news.last_update) == (8, "2021-06-29")


def test_a_document_beside_the_box_is_an_article(site: tuple[SiteContext, dict[str, Column]]) -> None:
    # one date by its 来源 under its own heading, five dated rows of the box beside it: an article of that date
    for u, _, date in NEWS[:2]:
        page = site[0].pages[SEED + u.lstrip("/")]
        assert page.is_article and page.pubdate == tuple(int(x) for x in date.split("-"))


def test_a_page_or_a_form_beside_the_box_is_no_column(site: tuple[SiteContext, dict[str, Column]]) -> None:
    # a page of text and a link on, and a letter form, beside the box: no columns
    assert "政策法规" not in site[1] and "局长信箱" not in site[1]


def test_a_showcase_in_the_menu_is_no_news_column(site: tuple[SiteContext, dict[str, Column]]) -> None:
    # its rows report events, yet 巾帼风采 shows people: no line of the body's work
    assert site[1]["巾帼风采"].type == "其他"


def test_messages_printed_beside_the_box_are_the_pages_rows(site: tuple[SiteContext, dict[str, Column]]) -> None:
    # a form above three messages, each saying when it was sent and answered: a column of those messages
    asks = site[1]["咨询投诉"]
    assert (asks.items, asks.last_update) == (3, "2021-06-23")
