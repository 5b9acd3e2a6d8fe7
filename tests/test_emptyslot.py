"""An element left for a script to fill, as both the render decision (collect) and the script signs (checks) read it."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from govweb.checks.script_marks import footer_slot
from govweb.collect.render_detect import script_signal
from govweb.emptyslot import empty_slot, undrawn_row

CASES = {
    "<ul id='list'></ul>": True,
    "<ul id='list'><!-- 由脚本写入 --></ul>": True,
    "<div id='list'><script>render()</script><br></div>": True,
    # text beside a script writing into it: the script's part is unseen
    "<div id='list'>今天是：<script src='/js/date.js'></script><br></div>": True,
    "<div id='list'><style>.x{color:red}</style><script>pager(3)</script></div>": True,
    "<ul id='list'><li class='loading'>数据加载中…</li></ul>": True,
    # an app shell's root before its script ran (页面加载中, 内容加载中: the page's loading line)
    "<div id='list'><div class='spin'>页面加载中……</div></div>": True,
    "<div id='list'>内容加载中</div>": True,
    "<div id='list'><span class='tip'>数据加载中，请稍候...</span></div>": True,
    "<div id='list'><p>正在加载,请稍等</p></div>": True,
    "<div id='list'><p>数据加载中，请稍候再试或联系管理员</p></div>": False,
    "<div id='list'><video src='/v/1.mp4'></video><p>加载中</p></div>": False,
    "<ul id='list'><li><a href='/a/1.html'>关于春运的通知</a></li></ul>": False,
    "<div id='list'><p>暂无信息</p></div>": False,
}


@pytest.mark.parametrize("html", CASES)
def test_an_element_waits_for_a_script(html: str) -> None:
    node = LexborHTMLParser(f"<html><body>{html}</body></html>").css_first("#list")
    assert node is not None and empty_slot(node) is CASES[html]


def test_collect_and_checks_read_a_footer_slot_alike() -> None:
    # a footer holding a line break and the script that writes it: the browser lane renders the page, and the
    # checks know the footer is the script's
    rows = "".join(f"<li><a href='/xw/{i}.html'>第{i}条新闻：全县开展秋冬季安全生产大检查工作</a></li>" for i in range(40))
    html = (f"<html><body><ul class='news'>{rows}</ul>"
            "<div class='footer'><script src='/js/c.js'></script><br></div></body></html>")
    tree = LexborHTMLParser(html)
    assert footer_slot(tree) and script_signal(tree, html) is not None


UNDRAWN = {
    # an AngularJS table row before its framework ran: the cells still say {{ doc.name }}
    "<table><tr ng-repeat='doc in docs'><td>{{ doc.name }}</td><td>{{doc.date}}</td></tr></table>": "tr",
    # a Vue row bound by attributes only (v-text): repeated over the data, no text of its own
    "<dl><dd v-for='n in notes' :key='n.id'><a v-text='n.title' :href='n.link'></a></dd></dl>": "dd",
    # a template's placeholder in a list row without a loop attribute (a row an art-template call repeats)
    "<ol><li><a href='javascript:;'>{{title}}</a> <em>{{time}}</em></li></ol>": "li",
    # drawn: AngularJS keeps ng-repeat on the rows it filled
    "<table><tr ng-repeat='doc in docs'><td>县人社局2025年度部门决算公开</td></tr></table>": None,
    # drawn pictures repeated by AngularJS: no text, but addresses of their own
    "<ul><li ng-repeat='p in pics'><a href='/tp/1.html'><img src='/tp/1.jpg'></a></li></ul>": None,
    # a placeholder outside any row (a banner's caption) is no list's; a script's text is not shown
    "<p class='cap'>{{focus.title}}</p><script>var t = '<li>{{x}}</li>';</script>": None,
}


@pytest.mark.parametrize("html", UNDRAWN)
def test_a_template_row_no_framework_drew(html: str) -> None:
    body = LexborHTMLParser(f"<html><body>{html}</body></html>").body
    assert body is not None
    row = undrawn_row(body)
    assert (row.tag if row is not None else None) == UNDRAWN[html]
