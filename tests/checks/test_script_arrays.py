"""Loops writing the elements of an array a script declares: hand-written menus and lists declare them with
single-quoted strings, and a data file run before the page's loop may hold the array (`checks/script_writes.py`)."""

from __future__ import annotations

from govweb.checks.page import parse_page

SEED = "http://www.pu.gov.cn/"


def test_a_menu_file_looping_over_a_single_quoted_array_is_read() -> None:
    # /include/top.js: a menu kept as name/address pairs in single quotes, written by a for loop
    top = ("var menu = [ ['本站首页', '/'], ['办事大厅', '/wsbs/'], ['咨询投诉', '/hd/zxts/'], ];\n"
           "document.write('<ul class=\"mainnav\">');\n"
           "for (var k = 0; k < menu.length; k++) {\n"
           "  document.write('<li><a href=\"' + menu[k][1] + '\">' + menu[k][0] + '</a></li>');\n}\n"
           "document.write('</ul>');\n")
    html = "<html><body><script src='/include/top.js'></script><p>正文</p></body></html>"
    f = parse_page(html, SEED, None, "r", script_text=lambda u: top if u.endswith("/include/top.js") else None)
    assert [(lk.text, lk.url) for lk in f.links] == [
        ("本站首页", SEED), ("办事大厅", SEED + "wsbs/"), ("咨询投诉", SEED + "hd/zxts/")]
    # an element holding anything but plain values (a call) leaves the loop unread
    odd = top.replace("'/wsbs/'", "base() + '/wsbs/'")
    f = parse_page(html, SEED, None, "r", script_text=lambda u: odd if u.endswith("/include/top.js") else None)
    assert f.links == []


def test_a_list_loop_reads_the_array_an_archived_data_file_declared() -> None:
    # /data/gg.js declares the rows; the page's inline loop writes them into its list
    data = ("var ggRows = [\n {'t': '关于开展冬季消防检查的通知', 'u': '/gg/2025/12/01.html', 'd': '2025-12-01'},\n"
            " {'t': '城区道路施工封闭公告', 'u': '/gg/2025/11/20.html', 'd': '2025-11-20'}\n];\n")
    html = ("<html><body><ul class='gglist'><script src='/data/gg.js'></script><script>\n"
            "for (var n = 0; n < ggRows.length; n++) {\n"
            "  document.write('<li><a href=\"' + ggRows[n].u + '\">' + ggRows[n].t + '</a><span>'"
            " + ggRows[n].d + '</span></li>');\n}\n</script></ul></body></html>")
    f = parse_page(html, SEED + "gg/", None, "r", script_text=lambda u: data if u.endswith("/data/gg.js") else None)
    assert [(i.url, i.date) for i in f.items] == [(SEED + "gg/2025/12/01.html", (2025, 12, 1)),
                                                  (SEED + "gg/2025/11/20.html", (2025, 11, 20))]
    # the same loop with no archived data file stays unread: the list is the script's
    f = parse_page(html, SEED + "gg/", None, "r")
    assert f.items == []
