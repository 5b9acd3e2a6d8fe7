"""Menus an inline script draws from data the page holds (`checks/script_menus.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.run import run_checks
from govweb.checks.script_menus import draw_data_menus, draw_trees, menu_items
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.m.gov.cn/"
AS_OF = dt.date(2021, 5, 10)
FOOTER = "<div class='foot'>主办单位：某区人民政府办公室 网站标识码：5101000001 蜀ICP备05001234号 川公网安备51010402000123号</div>"
# a menu declared as a script literal (keys name and link, sub-menus under sub), drawn into a menu-named div
MENU_SCRIPT = ("<div class='mainmenu' id='mainMenu'></div><script>"
               "var menuData = [{\"name\": \"首页\", \"link\": \"/\"},"
               " {\"name\": \"信息公开\", \"link\": \"/xxgk/\", \"sub\": [{\"name\": \"公开指南\", \"link\": \"/xxgk/zn/\"},"
               "  {\"name\": \"法定主动公开内容\", \"link\": \"/xxgk/ml/\"}]},"
               " {\"name\": \"开放数据\", \"link\": \"/sjkf/\"}, {\"name\": \"政民互动\", \"link\": \"/hd/\"}];"
               "var box = document.getElementById('mainMenu'), s = '';"
               "menuData.forEach(function (m) { s += '<a href=\"' + m.link + '\">' + m.name + '</a>'; });"
               "box.innerHTML = s;</script>")


def test_menu_items_of_a_data_value() -> None:
    value = {"code": 0, "menu": [{"title": "首页", "href": "/"}, {"title": "走进本区", "href": "/zjbq/"},
                                 {"title": "办事服务", "href": "https://zwfw.example.gov.cn/"}]}
    assert menu_items(value) == [("首页", "/"), ("走进本区", "/zjbq/"), ("办事服务", "https://zwfw.example.gov.cn/")]
    # dated records are a list's rows, not a menu; two items are too few to tell
    assert menu_items([{"title": "关于开展检查的通知", "url": "/a/1.html", "date": "2021-05-01"}] * 3) == []
    assert menu_items([{"t": "首页", "u": "/"}, {"t": "概况", "u": "/gk/"}]) == []


def test_an_empty_slot_no_script_names_is_left_alone() -> None:
    tree = LexborHTMLParser("<nav><ul id='nav'></ul></nav><script>var m = [{\"n\": \"首页\", \"u\": \"/\"},"
                            "{\"n\": \"概况\", \"u\": \"/gk/\"}, {\"n\": \"互动\", \"u\": \"/hd/\"}];</script>")
    assert draw_data_menus(tree) == 0
    assert tree.css("nav a") == []


def test_a_menu_drawn_from_a_script_literal_is_read(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某区人民政府</title></head><body>{MENU_SCRIPT}"
                 "<ul><li><a href='/xw/202105/t20210508_9.html'>区政府召开常务会议</a><span>2021-05-08</span></li></ul>"
                 f"{FOOTER}</body></html>", depth=0)
    # (the site's menu, on every page)
    b.page(SEED + "xxgk/zn/", f"<html><head><title>政府信息公开指南</title></head><body>{MENU_SCRIPT}"
                              "<h1>政府信息公开指南</h1><p>" + "本机关依法主动公开政府信息，公民可以通过网站查询。" * 5
                              + "</p></body></html>")
    b.page(SEED + "sjkf/", "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>",
           status=404)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    els = report["elements"]
    assert els["政府信息公开指南"]["present"] and els["政府信息公开指南"]["url"] == SEED + "xxgk/zn/"
    # the drawn menu's 开放数据 leads to a 404 page: a broken entry, not an unknown one
    assert els["数据开放"]["present"] is False and els["数据开放"]["measured"] is True
    assert any(f["check"] == "missing-element" and f["element"] == "数据开放" and "入口不可用" in f["message"]
               for f in report["findings"])


def test_a_tree_built_from_declared_nodes_is_drawn_as_links() -> None:
    # a catalogue tree (zTree) built on an empty element from nodes the page declares as a JavaScript literal (bare
    # keys, single quotes, nested children, a trailing comma): nodes with an address are links; a folder node (no
    # url) and a name merely written in a script are none
    tree = LexborHTMLParser(
        "<div class='ml'><h3>公开目录</h3><div id='mlTree' class='ztree'></div></div><script>"
        "var tip = '政府信息公开年报';"
        "var nodes = [{ name: '公开指南', url: '/xxgk/zn/', target: '_self' },"
        " { name: '主动公开', open: true, children: [ { name: '部门职能', url: '/xxgk/zn/../jgzn/' },"
        "   { name: '规划计划', url: 'https://xxgk.m.gov.cn/ghjh/' }, ] },"
        " { name: '依申请公开', url: 'javascript:void(0)' }];"
        "jQuery(function () { jQuery.fn.zTree.init(jQuery('#mlTree'), {}, nodes); });</script>")
    assert draw_trees(tree, [s.text() for s in tree.css("script")]) == 3
    assert [(a.text(), a.attributes["href"]) for a in tree.css("#mlTree a")] == [
        ("公开指南", "/xxgk/zn/"), ("部门职能", "/xxgk/zn/../jgzn/"), ("规划计划", "https://xxgk.m.gov.cn/ghjh/")]
    # nodes holding a function (a click handler) are not read as data: nothing drawn
    odd = LexborHTMLParser("<ul id='t'></ul><script>var n = [{name: '公开指南', url: '/zn/', click: f}];"
                           "$.fn.zTree.init($('#t'), s, n);</script>")
    assert draw_trees(odd, [s.text() for s in odd.css("script")]) == 0
