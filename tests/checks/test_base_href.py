"""A page's `<base href>` is what its links resolve against, never the page's own name: the rows it prints with no
address of their own (messages printed whole), the date its own address carries and its tabs stay the page's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lanxian.gov.cn/"
BASE = f"<base href='{SEED}' target='_blank'>"
NAV = "<div class='dh'><a href='index.html'>网站首页</a><a href='hd/lyb/'>网上留言</a></div>"
FOOT = "<p class='ft'>主办：兰县人民政府办公室 网站标识码：4102000007 豫ICP备12004567号</p>"


def _board(page: int, rows: list[tuple[str, str, str]]) -> str:
    msgs = "".join(f"<div class='ly'><h5>标题：{t}</h5><p>留言时间：{sent}</p><p>答复时间：{answered}</p>"
                   "<p>答复内容：已转交相关部门办理。</p></div>" for t, sent, answered in rows)
    pager = "<div class='fy'><a href='hd/lyb/list_2.html'>下一页</a></div>" if page == 1 else ""
    return (f"<html><head><title>网上留言_兰县人民政府</title>{BASE}</head><body>{NAV}<h2>网上留言</h2>{msgs}{pager}"
            f"{FOOT}</body></html>")


def test_messages_printed_whole_on_pages_sharing_one_base_are_each_pages_own(tmp_path: Path) -> None:
    # both pages of the board resolve their links against the site root: their messages are still rows of each
    # page, not the root's (named alike, page 2's first messages would pass for page 1's)
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>兰县人民政府</title>{BASE}</head><body>{NAV}<ul><li><a href='xw/2021/0620.html'>"
                 f"县政府召开常务会议</a><em>2021-06-20</em></li></ul>{FOOT}</body></html>", depth=0)
    b.page(SEED + "hd/lyb/", _board(1, [("小区门口路灯损坏", "2021-06-12", "2021-06-15"),
                                        ("学校周边交通拥堵", "2021-06-02", "2021-06-08")]))
    b.page(SEED + "hd/lyb/list_2.html", _board(2, [("农贸市场噪音扰民", "2021-05-11", "2021-05-14"),
                                                   ("公交线路调整建议", "2021-04-20", "2021-04-26"),
                                                   ("老旧小区加装电梯", "2021-01-05", "2021-05-20")]))
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2021, 6, 30))
    board = next(c for c in report["columns"] if c["url"] == SEED + "hd/lyb/")
    assert board["items"] == 5
    late = [f for f in report["findings"] if f["check"] == "unanswered-message"]
    assert len(late) == 1 and "2021-01-05" in late[0]["message"]   # (answered after 135 days: a page-2 message)


def test_the_date_in_a_pages_own_address_is_read_under_a_base() -> None:
    # the byline's 发布时间 is left for a script to fill: the page's own address dates it, not its <base>
    html = (f"<html><head><title>关于做好秋季森林防火工作的通知_兰县人民政府</title>{BASE}</head><body>{NAV}"
            "<h1>关于做好秋季森林防火工作的通知</h1><div class='xx'>发布时间：<span id='fbsj'></span>　来源：县应急管理局</div>"
            "<div class='zw'><p>各乡镇人民政府，县直有关单位：为切实做好今年秋季森林防火工作，现将有关事项通知如下。"
            "一、提高思想认识。二、加强巡山护林。三、严格火源管理。</p></div></body></html>")
    f = parse_page(html, SEED + "art/2021/9/15/art_1203_5567.html", None, "r")
    assert f.is_article and f.pubdate == (2021, 9, 15)


def test_a_tab_of_the_page_under_a_base_is_the_page_itself() -> None:
    html = (f"<html><head><title>政务公开_兰县人民政府</title>{BASE}</head><body>{NAV}"
            "<div class='tab'><a href='#fdzd'>法定主动公开内容</a></div><div id='fdzd'><p>机构职能</p></div></body></html>")
    links = parse_page(html, SEED + "zwgk/index.html", None, "r").links
    assert any(link.url == SEED + "zwgk/index.html" and link.section for link in links)
    assert not any(link.url == SEED and link.section for link in links)


def test_the_search_form_sending_to_the_page_itself_under_a_base() -> None:
    # the header's site search and a 文件检索 form over its own results: the page answers the second one
    forms = ("<form action='so/site.jsp'><input name='q'><button>搜索</button></form>"
             "<form action='wjk/result.jsp'><input type='hidden' name='lb' value='zcwj'><input name='bt'>"
             "<button>检索</button></form>")
    html = f"<html><head><title>文件检索_兰县人民政府</title>{BASE}</head><body>{NAV}{forms}</body></html>"
    f = parse_page(html, SEED + "wjk/result.jsp?lb=zcwj&bt=防汛", None, "r")
    assert f.search_action == SEED + "wjk/result.jsp"
