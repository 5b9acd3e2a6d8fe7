"""Text the page's own `<style>` hides or draws, read as a visitor sees it: a block hidden by a class the page's own
stylesheet hides for certain (a retired footer, an old header with its search box, a zero-height toolbox) is not
seen; a label the page's own ::before rule draws is read where it stands; a footer printing its values bare, labels
left to a stylesheet we do not hold, shows the code its SiteIDCode meta declares and leaves its sponsor not
measured. Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.checks.unseen import unseen_blocks

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hq.gov.cn/"
AS_OF = dt.date(2025, 3, 31)
NEWS = ("<div class='xw'><h3>工作动态</h3><ul>"
        "<li><a href='/gzdt/202503/t20250328_71.html'>区委常委会召开专题会议</a><i>2025-03-28</i></li>"
        "<li><a href='/gzdt/202503/t20250321_70.html'>全区春季植树活动启动</a><i>2025-03-21</i></li></ul></div>")
FOOT = ("<div id='bottom'><p>主办单位：某区人民政府办公室　电话：0516-83380000</p>"
        "<p>政府网站标识码：3203990002　<a href='https://beian.miit.gov.cn/'>苏ICP备12012345号-3</a></p></div>")


def _report(tmp_path: Path, head: str, body: str, meta: str = "") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><meta charset='utf-8'>{meta}<title>某区人民政府</title>{head}</head><body>"
                 f"<div class='menu'><a href='/'>首页</a> <a href='/gzdt/'>工作动态</a></div>{NEWS}{body}</body></html>",
           depth=0)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _unseen(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    return [" ".join(n.text(deep=True, separator=" ").split()) for n in unseen_blocks(tree, html, [])]


def test_a_class_the_pages_own_style_hides_for_certain_is_unseen() -> None:
    page = ("<html><head><style>.ft-2016 , .hd-2016 { display : none } .tools{height:0;overflow:hidden}</style>"
            "</head><body><section class='hd-2016'>旧版页头</section><div class='tools'><a href='/wza/'>辅助</a></div>"
            "<p>正文</p></body></html>")
    assert _unseen(page) == ["旧版页头", "辅助"]
    kept = [
        # a drop-down a hover shows, a panel another rule shows (.on), a switch word a script toggles, a rule for
        # small screens only
        ".sub{display:none} .nav li:hover .sub{display:block}",
        ".pane{display:none} .pane.on{display:block}",
        ".hide{display:none}",
        "@media (max-width:768px){.pane{display:none}}",
        ".pane{display:none} @media screen and (max-width:767px){.pane{display:block}}",
    ]
    for css in kept:
        html = (f"<html><head><style>{css}</style></head><body><div class='wrap'><div class='sub pane hide'>"
                "<a href='/x/'>栏目</a></div></div></body></html>")
        assert _unseen(html) == [], css


def test_a_retired_footer_hidden_by_the_pages_style_gives_no_marks(tmp_path: Path) -> None:
    retired = ("<section class='ft-2016'><p>主办：某区信息中心</p><p>网站标识码：3203990009　苏ICP备05000001号</p>"
               "<p><a href='https://bszs.conac.cn/sitename?method=show&id=ABC'><img src='/dz.png' alt='党政机关'></a></p>"
               "</section>")
    report = _report(tmp_path, "<style>.ft-2016{display:none}</style>", retired + FOOT)
    els = report["elements"]
    assert els["ICP备案号"]["value"] == "苏ICP备12012345号-3"
    assert els["网站标识码"]["value"] == "3203990002"
    assert els["网站主办单位"]["value"] == "某区人民政府办公室"
    assert not els["党政机关网站标识"]["present"]   # (the badge only in the hidden footer)


def test_an_old_header_hidden_by_the_pages_style_offers_no_search_and_a_zero_box_no_tools(tmp_path: Path) -> None:
    old = ("<div class='hd-2016'><form action='/was/search.jsp'><input type='text' name='q'>"
           "<input type='submit' value='检索'></form></div>"
           "<div class='tools'><a href='javascript:void(0)' onclick='wza.open()'>无障碍浏览</a></div>")
    css = "<style>.hd-2016{display:none} .tools{height:0;overflow:hidden}</style>"
    els = _report(tmp_path / "hidden", css, old + FOOT)["elements"]
    assert not els["站内搜索"]["present"] and not els["无障碍浏览"]["present"]
    shown = _report(tmp_path / "shown", "", old + FOOT)["elements"]
    assert shown["站内搜索"]["present"] and shown["无障碍浏览"]["present"]


def test_a_skip_link_into_a_hidden_block_of_a_scriptless_page_is_no_entry(tmp_path: Path) -> None:
    old = ("<a class='skip' href='#old-hd'>直达政民互动</a>"
           "<div class='v1' id='old-hd'><h4>政民互动</h4><a href='/hd/qzxx/'>区长信箱</a></div>")
    els = _report(tmp_path, "<style>.v1{display:none}</style>", old + FOOT)["elements"]
    assert not els["互动交流"]["present"] and els["互动交流"]["measured"]


def test_labels_drawn_by_the_pages_own_before_rules_are_read(tmp_path: Path) -> None:
    css = ("<style>#ft .c1::before{content:'主办单位：'} #ft .c2::before{content:'政府网站标识码：'}"
           "#ft .c3::before{content:\"联系电话：\"}</style>")
    foot = ("<div id='ft'><p><em class='c1'>某区人民政府办公室</em><em class='c3'>0516-83380000</em></p>"
            "<p><em class='c2'>3203990002</em><a href='https://beian.miit.gov.cn/'>苏ICP备12012345号-3</a></p></div>")
    els = _report(tmp_path, css, foot)["elements"]
    assert els["网站主办单位"]["value"] == "某区人民政府办公室"
    assert els["网站标识码"]["value"] == "3203990002"


def test_a_bare_footer_with_labels_in_a_stylesheet_we_lack(tmp_path: Path) -> None:
    link = "<link rel='stylesheet' href='/css/ft.css'>"
    meta = "<meta name='SiteIDCode' content='3203990002'>"
    foot = ("<div class='copyright'><p><b class='unit'>某区住房和城乡建设局</b> <b class='tel'>0516-83380000</b></p>"
            "<p><b class='code'>3203990002</b> <a href='https://beian.miit.gov.cn/'>苏ICP备12012345号-3</a></p></div>")
    report = _report(tmp_path / "bare", link, foot, meta)
    els = report["elements"]
    assert els["网站标识码"]["present"] and els["网站标识码"]["value"] == "3203990002"   # the meta's code, printed
    assert not els["网站主办单位"]["measured"]   # a body's name whose label we cannot read: not measured
    assert any("网站主办单位」未测量" in w for w in report["warnings"])
    # a footer that does not print the meta's code does not show it
    other = foot.replace("<b class='code'>3203990002</b> ", "")
    assert not _report(tmp_path / "unprinted", link, other, meta)["elements"]["网站标识码"]["present"]
