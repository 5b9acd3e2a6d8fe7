"""What makes a 办事服务 / 互动交流 / 政策解读 entry work or fail, read as a visitor reads the pages: 建设中 in a street's
name is no "under construction" notice; an empty-list sign is a template widget only when list pages repeat the same
sign; 信访 and 纪检 links do not keep a channel hub working, nor does a list of past letters whose way to write fails;
a "进入" link is named by its tile's heading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.datapage import GATE
from govweb.checks.printed_lists import EMPTY_LIST
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qingtan.gov.cn/"
AS_OF = dt.date(2022, 5, 10)
# a PHPCMS-shaped county site (index.php?m=content&c=index&a=lists&catid=N), its footer naming a street 建设中街
FOOT = ("<div class='copy'><p>青潭县人民政府 主办 &nbsp; 青潭县政务数据中心 承办</p>"
        "<p>地址：青潭县城关镇建设中街8号 电话：0795-3312000 网站标识码：3609290001</p>"
        "<p>赣ICP备10007788号 赣公网安备36092902000101号</p></div>")


def _lst(catid: int) -> str:
    return f"{SEED}index.php?m=content&c=index&a=lists&catid={catid}"


def _rows(catid: int, days: tuple[int, ...]) -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='{SEED}index.php?m=content&c=index&a=show&catid={catid}&id={catid * 100 + d}'>"
        f"青潭县第{d}号工作通报事项</a></td><td>2022-05-{d:02d}</td></tr>" for d in days) + "</table>"


def _page(title: str, menu: str, body: str) -> str:
    return (f"<html><head><title>{title}-青潭县人民政府</title></head><body><div class='tou'>{menu}</div>"
            f"<div class='wz'>您现在的位置：<a href='{SEED}'>首页</a> &gt;&gt; {title}</div>{body}{FOOT}</body></html>")


def _report(tmp_path: Path, menu: str, home: str, pages: dict[str, tuple[str, str, int]]) -> dict:
    """A homepage (`home` beside two dated lists) and `pages`: url → (title, body, status)."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青潭县人民政府</title></head><body><div class='tou'>{menu}</div>"
                 f"<div class='k'><h2>青潭要闻</h2>{_rows(10, (8, 6, 3))}</div>{home}{FOOT}</body></html>", depth=0)
    b.page(_lst(10), _page("青潭要闻", menu, _rows(10, (8, 6, 3, 1))))
    b.page(_lst(11), _page("通知公告", menu, _rows(11, (9, 5, 2))))
    for url, (title, body, status) in pages.items():
        b.page(url, _page(title, menu, body) if status < 400 else body, status=status)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _missing(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def _vetoes(report: dict) -> set[str]:
    return {v["rule"] for v in report["vetoes"]}


MENU = (f"<a href='{SEED}'>网站首页</a> <a href='{_lst(10)}'>青潭要闻</a> <a href='{_lst(11)}'>通知公告</a> "
        f"<a href='{_lst(30)}'>政策解读</a> <a href='{_lst(40)}'>办事大厅</a> <a href='{_lst(50)}'>书记信箱</a>")
FORM = ("<form action='/index.php?m=guestbook&a=post' method='post'><input name='title'>"
        "<textarea name='content'></textarea><input type='submit' value='提交'></form>")


def test_building_in_a_street_name_is_no_under_construction_notice() -> None:
    assert not EMPTY_LIST.search("地址：青潭县城关镇建设中街8号") and not GATE.search("建设中路1号 城乡建设中心")
    assert not EMPTY_LIST.search("奋力建设中国式现代化青潭篇章") and not EMPTY_LIST.search("建设中学召开家长会")
    assert EMPTY_LIST.search("本栏目正在建设中，敬请关注") and EMPTY_LIST.search("页面建设中")


def test_an_address_on_a_building_street_leaves_empty_entries_empty(tmp_path: Path) -> None:
    """Every page's footer gives the address 建设中街 8号: that is no empty-list widget of the template, so the
    empty 政策解读 list and the 办事大厅 finding no matter still fail."""
    report = _report(tmp_path, MENU, "", {
        _lst(30): ("政策解读", "<div class='lb'><table><tr><td>该栏目下没有信息</td></tr></table></div>", 200),
        _lst(40): ("办事大厅", "<table class='sx'><tr><th>事项</th><th>部门</th></tr>"
                               "<tr><td colspan='2'>没有符合条件的记录</td></tr></table>", 200),
        _lst(50): ("书记信箱", FORM, 200),
    })
    assert {"政策解读", "办事服务"} <= _missing(report)
    assert "互动交流" not in _missing(report)
    assert "service-unusable" in _vetoes(report)


def test_complaint_channels_do_not_keep_a_dead_channel_hub_working(tmp_path: Path) -> None:
    """A 互动 hub of three tiles: 网上信访 and 纪检 举报 (outside, never opened) beside a 书记信箱 answering 500.
    信访 and 纪检 are no interaction channel: the hub offers nothing that works."""
    def hub(third: str) -> dict[str, tuple[str, str, int]]:
        tiles = (f"<ul class='hd'><li><a href='https://wsxf.jxxf.gov.cn/'>网上信访</a></li>"
                 f"<li><a href='http://www.12388.gov.cn/'>纪检监察举报</a></li>"
                 f"<li><a href='{third}'>书记信箱</a></li></ul>")
        return {_lst(50): ("互动交流", tiles, 200),
                _lst(51): ("", "<html><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>", 500)}

    menu = MENU.replace("书记信箱", "互动交流")
    dead = _report(tmp_path / "dead", menu, "", hub(_lst(51)))
    assert "互动交流" in _missing(dead) and "interaction-poor" in _vetoes(dead)
    # the third tile leading to an outside platform we never opened may work: the hub is not judged
    unknown = _report(tmp_path / "unknown", menu, "", hub("https://12345.jiangxi.gov.cn/qingtan/"))
    assert "互动交流" not in _missing(unknown)


def test_an_enter_link_is_named_by_its_tile_heading(tmp_path: Path) -> None:
    """Tiles whose links all say 点击进入: the heading of each tile (网上信访, 纪检监察举报) names where it leads."""
    tiles = "".join(f"<dl class='tile'><dt>{name}</dt><dd>{says}</dd><dd><a href='{url}'>点击进入</a></dd></dl>"
                    for name, says, url in (
                        ("网上信访", "依法反映诉求、查询办理结果。", "https://wsxf.jxxf.gov.cn/"),
                        ("纪检监察举报", "受理对党员干部的检举控告。", "http://www.12388.gov.cn/"),
                        ("书记信箱", "向县委书记反映意见建议。", _lst(51))))
    menu = MENU.replace("书记信箱", "互动交流")
    report = _report(tmp_path, menu, "", {
        _lst(50): ("互动交流", tiles, 200),
        _lst(51): ("", "<html><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>", 500)})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_a_hub_leading_to_a_closed_letter_list_offers_no_channel(tmp_path: Path) -> None:
    """The hub's 局长信箱 is a list of answered letters whose 写信 link answers 404, beside a 网上信访 link: the list
    is a record, so the hub offers nothing that works; with the 写信 form working, the channel works."""
    letters = "<table class='xj'>" + "".join(
        f"<tr><td><a href='{SEED}index.php?m=guestbook&a=show&id={i}'>关于第{i}件事的来信</a></td>"
        f"<td>2022-04-{i:02d}</td><td>已回复</td></tr>" for i in (3, 8, 12)) + "</table>"
    write = f"{SEED}index.php?m=guestbook&a=add"

    def hub(status: int) -> dict[str, tuple[str, str, int]]:
        return {_lst(50): ("互动交流", f"<p><a href='https://wsxf.jxxf.gov.cn/'>网上信访</a></p>"
                                      f"<p><a href='{_lst(52)}'>局长信箱</a></p>", 200),
                _lst(52): ("局长信箱", f"<p class='btn'><a href='{write}'>写信</a></p>{letters}", 200),
                write: ("写信", FORM, 200) if status == 200 else
                ("", "<html><body><h1>404 Not Found</h1><hr>nginx</body></html>", status)}

    menu = MENU.replace("书记信箱", "互动交流")
    closed = _report(tmp_path / "closed", menu, "", hub(404))
    assert "互动交流" in _missing(closed) and "interaction-poor" in _vetoes(closed)
    works = _report(tmp_path / "works", menu, "", hub(200))
    assert "互动交流" not in _missing(works) and "interaction-poor" not in _vetoes(works)


def test_one_blocks_empty_sign_is_no_template_widget(tmp_path: Path) -> None:
    """The homepage's 公示公告 box is empty (暂无公告) and a site-map page beside its dated rows prints 暂无更新 for one
    column: two blocks' own signs, not one widget the template repeats — the empty 办事大厅 still fails. The same
    sign in a side box on every list page is a widget (tests/checks/test_column_pages.py)."""
    sitemap = _rows(12, (7, 4)) + "<table class='dt'><tr><td>人事信息</td><td>暂无更新</td></tr></table>"
    report = _report(tmp_path, MENU, "<div class='k'><h2>公示公告</h2><ul class='gs'><li>暂无公告</li></ul></div>", {
        _lst(12): ("网站导航", sitemap, 200),
        _lst(40): ("办事大厅", "<div class='sx'><p>没有找到相关记录</p></div>", 200),
        _lst(50): ("书记信箱", FORM, 200),
    })
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_letter_box_printing_its_database_failure_is_an_error_page(tmp_path: Path) -> None:
    """The 书记信箱 answers 200 but prints only its CMS's database message under the crumb (数据库查询失败), cut off
    before any form or footer: an error page, no channel (the hub beside it offers only 网上信访)."""
    menu = MENU.replace("书记信箱", "互动交流")
    report = _report(tmp_path, menu, "", {
        _lst(50): ("互动交流", f"<ul><li><a href='{_lst(51)}'>书记信箱</a></li>"
                              "<li><a href='https://wsxf.jxxf.gov.cn/'>网上信访</a></li></ul>", 200),
        _lst(51): ("", f"<html><head><title>书记信箱</title></head><body><div class='tou'>{menu}</div>"
                       f"<div class='wz'>您现在的位置：<a href='{SEED}'>首页</a> &gt;&gt; 书记信箱</div>"
                       "<div class='nr'>Error: 数据库查询失败 (1045)", 200)})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def _consult(button: str, script: str) -> str:
    return (f"<script>{script}</script><div class='zx'><form id='ask' action='#'><p>标题 <input name='bt'></p>"
            f"<p>内容 <textarea name='nr'></textarea></p><p>{button}</p></form></div>")


def test_a_consultation_form_whose_button_sends_nothing_is_no_channel(tmp_path: Path) -> None:
    """An 在线咨询 form with no submit control: its button runs the page's own function, which checks the fields,
    shows 提交成功 and clears the form — nothing is sent, so the channel takes nothing in. The same form whose
    function posts the fields ($.post), or whose button runs a function the page does not define (a script file may
    send), works or is not judged."""
    menu = MENU.replace("书记信箱", "在线咨询")
    button = "<button type='button' class='btn' onclick='return sendAsk();'>确 定</button>"
    fake = ("function sendAsk(){ var f = document.getElementById('ask');"
            " if (!f.bt.value) { alert('请输入标题'); return false; }"
            " alert('提交成功，感谢您的咨询！'); f.reset(); return false; }")
    dead = _report(tmp_path / "dead", menu, "", {_lst(50): ("在线咨询", _consult(button, fake), 200)})
    assert "互动交流" in _missing(dead) and "interaction-poor" in _vetoes(dead)
    posts = fake.replace("f.reset();", "$.post('/index.php?m=ask&a=save', $(f).serialize());")
    works = _report(tmp_path / "works", menu, "", {_lst(50): ("在线咨询", _consult(button, posts), 200)})
    assert "互动交流" not in _missing(works) and "interaction-poor" not in _vetoes(works)
    elsewhere = _report(tmp_path / "elsewhere", menu, "", {_lst(50): ("在线咨询", _consult(
        button.replace("sendAsk()", "askSubmit()"), fake), 200)})
    assert "互动交流" not in _missing(elsewhere) and "interaction-poor" not in _vetoes(elsewhere)
