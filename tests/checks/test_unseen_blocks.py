"""Blocks no visitor can ever see (hidden in the page and opened by nothing on it) are not the site's: a staff test
block's posts make no homepage fresh, a retired footer's marks are no marks shown. Blocks a visitor can open — a
tab's panel, a drop-down, a panel a button or a script names, a dialog — stay the site's. Pages are hand-written in
layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.checks.unseen import unseen_blocks

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lx.gov.cn/"
AS_OF = dt.date(2024, 6, 30)
OLD_NEWS = ("<section class='yw'><h2>本地要闻</h2><ol>"
            "<li><a href='/yw/2024/05/t20240520_31.html'>我区召开二季度经济运行分析会</a><em>2024-05-20</em></li>"
            "<li><a href='/yw/2024/05/t20240508_30.html'>区领导督导防汛备汛工作</a><em>2024-05-08</em></li></ol></section>")
FRESH = ("<h2>{name}</h2><ol>"
         "<li><a href='/cs/2024/06/t20240628_99.html'>{title}</a><em>2024-06-28</em></li>"
         "<li><a href='/cs/2024/06/t20240626_98.html'>第二条稿件</a><em>2024-06-26</em></li></ol>")
FOOTER = ("<footer class='site-ft'><p>主办：某区人民政府办公室　联系电话：0571-85550000</p>"
          "<p>网站标识码：3301990001　<a href='https://beian.miit.gov.cn/'>浙ICP备13001234号-2</a></p></footer>")


def _home(tmp_path: Path, body: str, footer: str = FOOTER) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><meta charset='utf-8'><title>某区人民政府</title></head><body>"
                 f"<nav><a href='/'>首页</a> <a href='/yw/'>本地要闻</a></nav>{OLD_NEWS}{body}{footer}</body></html>",
           depth=0)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _stale(report: dict) -> bool:
    return "homepage-stale" in {f["check"] for f in report["findings"]} and \
        "homepage-stale" in {v["rule"] for v in report["vetoes"]}


def _unseen(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    scripts = [s.text() for s in tree.css("script") if not s.attributes.get("src")]
    return [" ".join(n.text(deep=True, separator=" ").split()) for n in unseen_blocks(tree, html, scripts)]


def test_hidden_blocks_opened_by_nothing_are_unseen_and_widgets_are_not() -> None:
    page = ("<html><body><main><div class='col'><p>正文栏目</p></div>"
            "<aside class='draft' hidden><h3>调试区</h3><a href='/t/1.html'>排版调试</a></aside></main>"
            "<div class='ft-old' style='visibility: hidden'>旧版页脚 公网安备 33019902000001号</div></body></html>")
    assert _unseen(page) == ["调试区 排版调试", "旧版页脚 公网安备 33019902000001号"]
    opened = [
        # a tab's panel beside its tab bar, and one of like panels
        "<div class='box'><div class='hd'><span class='cur'>要闻</span><span>公告</span></div>"
        "<ol class='p1'><li>a</li></ol><ol class='p2' style='display:none'><li><a href='/x'>公告一</a></li></ol></div>",
        "<div class='box'><ul class='pane'><li>a</li></ul><ul class='pane' style='display:none'><li>b</li></ul></div>",
        # a menu item's drop-down
        "<ul class='menu'><li><a href='/a/'>政务公开</a><div class='drop' style='display:none'><a href='/a/1/'>指南</a>"
        "</div></li><li><a href='/b/'>办事</a></li></ul>",
        # named by a button's handler or a script, or by its id elsewhere
        "<p><a class='open' href='/m/' onclick=\"document.getElementById('more7').style.display='block';return false\">"
        "展开</a></p><div id='more7' style='display:none'><a href='/x'>往期</a></div>",
        "<div class='qr-pop' style='display:none'><img src='/wx.png'>扫码关注</div><script>$('.qr-pop').fadeIn()</script>",
        # a dialog a script pops up
        "<div class='notice-layer' style='display:none'><p>重要通知：系统升级。</p><a href='/n/1.html'>详情</a>"
        "<span>关闭</span></div>",
    ]
    for markup in opened:
        assert _unseen(f"<html><body><div class='wrap'>{markup}</div></body></html>") == [], markup


def test_a_hidden_test_block_makes_no_homepage_fresh(tmp_path: Path) -> None:
    # the visible rows are 41 days old; a block hidden in the page, opened by nothing, prints rows of two days ago:
    # no visitor sees them — the homepage is stale, and the veto
    hidden = f"<div class='zt-test' style='display: none;'>{FRESH.format(name='栏目调试', title='调试稿件请勿发布')}</div>"
    assert _stale(_home(tmp_path / "hidden", hidden))
    # the same rows in a tab's panel a visitor opens (its tab bar beside it): the homepage is fresh
    tabs = ("<div class='tabbox'><ul class='tab-nav'><li class='active'>本地要闻</li><li>公示公告</li></ul>"
            f"<div class='tab-item'>{OLD_NEWS}</div>"
            f"<div class='tab-item' style='display:none'>{FRESH.format(name='公示公告', title='关于征收土地的预公告')}</div>"
            "</div>")
    assert not _stale(_home(tmp_path / "tabs", tabs))
    # and in a panel a button of the page opens by its id
    more = ("<p><button type='button' onclick=\"$('#latest').show()\">查看更多</button></p>"
            f"<div id='latest' style='display:none'>{FRESH.format(name='最新发布', title='关于征收土地的预公告')}</div>")
    assert not _stale(_home(tmp_path / "more", more))


def _police(report: dict) -> bool:
    return report["elements"]["公安机关备案号"]["present"]


def test_a_mark_only_in_a_retired_hidden_footer_is_not_shown(tmp_path: Path) -> None:
    retired = ("<div id='foot2018' style='display:none'><p>主办：某区人民政府办公室 技术支持：某信息中心</p>"
               "<p><a href='http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33019902000001'>"
               "浙公网安备 33019902000001号</a></p></div>")
    report = _home(tmp_path / "retired", "", FOOTER + retired)
    assert not _police(report)
    assert "公安机关备案号" in {f["element"] for f in report["findings"] if f["check"] == "missing-element"}
    assert report["elements"]["联系方式"]["value"] == "0571-85550000"   # the visible footer's marks stand
    # the mark in the visible footer as well: present
    shown = FOOTER.replace("</footer>", "<p>浙公网安备 33019902000001号</p></footer>")
    assert _police(_home(tmp_path / "shown", "", shown + retired))
    # a page whose only footer is hidden may show it by a script: read as it is (nothing else is left of a footer)
    only = retired.replace("技术支持", "网站标识码：3301990001 技术支持")
    assert _police(_home(tmp_path / "only", "", only))


def test_a_mark_inside_a_hidden_layer_within_the_footer_is_not_shown(tmp_path: Path) -> None:
    # the 公安 line printed inside a hidden box that nothing opens, within the visible footer (as a self-closed
    # `<div …/>` the parser leaves open holds what follows it): the visitor does not see it
    police = ("<p><a href='http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33019902000001'>"
              "浙公网安备 33019902000001号</a></p>")
    hidden = FOOTER.replace("</footer>", f"<div class='qr-box' style='display:none'>{police}</div></footer>")
    report = _home(tmp_path / "hidden", "", hidden)
    assert not _police(report)
    assert report["elements"]["网站标识码"]["value"] == "3301990001"   # the footer's other marks stand
    # printed beside the box, not in it: shown
    assert _police(_home(tmp_path / "beside", "", FOOTER.replace("</footer>", f"{police}<div class='qr-box' "
                                                                              "style='display:none'>扫码关注</div></footer>")))


def test_a_screen_reader_label_names_the_number_shown_beside_its_icon(tmp_path: Path) -> None:
    # the footer's 咨询电话 label is screen-reader text (a 1px clipped box) before a number a visitor sees beside a
    # telephone icon: the number is the site's contact, as the label says
    style = "<style>.txt-hide{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>"
    footer = ("<div class='footer-wrap'><p>主办：某区人民政府办公室　网站标识码：3301990001</p>"
              "<p><i class='icon-phone'></i><span class='txt-hide'>咨询电话：</span>0571-86660000</p></div>")
    assert _home(tmp_path / "label", style, footer)["elements"]["联系方式"]["present"]
    # label and number both hidden: no visitor sees a number
    both = footer.replace("<span class='txt-hide'>咨询电话：</span>0571-86660000",
                          "<span class='txt-hide'>咨询电话：</span><span class='txt-hide'>0571-86660000</span>")
    assert not _home(tmp_path / "both", style, both)["elements"]["联系方式"]["present"]


def test_what_a_visitors_ad_blocker_hid_in_a_saved_copy_is_still_the_sites(tmp_path: Path) -> None:
    # a copy saved with an ad blocker on: its element-hiding sheet, and `display:none !important` written on what it
    # hid — the 找错 badge inline, the conac badge by the sheet's rule alone. The site shows both.
    sheet = ("<style id='cosmetic-filter'>[class*='gg-'], .piao-box,\n#topAdv { display:none !important }\n"
             ".weixin-pop{display: none!important;}</style>")
    jiucuo = ("<a class='gg-jc' style='display:none !important' target='_blank' href='https://zfwzgl.www.gov.cn/"
              "exposure/jiucuo.html?site_code=3301990001&url=http%3A%2F%2Fwww.lx.gov.cn%2F'>"
              "<img src='/img/jiucuo.png' alt='我为政府网站找错'></a>")
    conac = ("<span class='piao-box'><a href='https://bszs.conac.cn/sitename?method=show&id=0A1B2C'>"
             "<img src='/img/red.png' alt='党政机关'></a></span>")
    footer = FOOTER.replace("</footer>", f"<div class='badges'>{conac}{jiucuo}</div></footer>")
    assert _unseen(f"<html><head>{sheet}</head><body>{footer}</body></html>") == []
    assert _home(tmp_path / "blocker", sheet, footer)["elements"]["我为政府网站找错"]["present"]
    # without the blocker's sheet the inline `!important` is the site's own hiding: a retired badge no one sees
    assert not _home(tmp_path / "site", "", footer)["elements"]["我为政府网站找错"]["present"]
    # with the sheet, what the site hides itself stays hidden: a plain inline display:none, a class of its own <style>
    plain = footer.replace("display:none !important", "display:none")
    assert not _home(tmp_path / "plain", sheet, plain)["elements"]["我为政府网站找错"]["present"]
    own = footer.replace("class='gg-jc' style='display:none !important'", "class='old-jc'")
    assert not _home(tmp_path / "own", sheet + "<style>.old-jc{display:none}</style>", own)[
        "elements"]["我为政府网站找错"]["present"]
