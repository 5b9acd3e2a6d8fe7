"""Lists loaded by JSONP are data calls: a list container a page fills from a JSONP answer (a `<script src>` whose
address names a callback, a script element an inline script builds, `$.getJSON(…?callback=?)`, `$.ajax({dataType:
"jsonp"})`) is a script's list — not measured without a browser, never a blank column — even where other pages
print rows into the same markup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks import script_lists, script_source
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.ly.gov.cn/"
AS_OF = dt.date(2022, 6, 30)
FOOT = "<div class='ft'>主办：岭阳市人民政府办公室 网站标识码：4309000001 湘ICP备07001234号</div>"
MENU = ("<div class='mn'><a href='/xwzx/'>新闻中心</a><a href='/tzgg/'>通知公告</a><a href='/bmdt/'>部门动态</a>"
        "<a href='/zcwj/'>政策文件</a></div>")


def _rows(prefix: str) -> str:
    return "".join(f"<li><a href='/{prefix}/2022/06/{20 + i}/c{i}.html'>岭阳市第{i}次专题工作会议召开</a>"
                   f"<em>2022-06-{20 + i}</em></li>" for i in range(1, 4))


def _report(tmp_path: Path, loader: str, head: str = "") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>岭阳市人民政府</title></head><body>{MENU}<ul class='art-list'>{_rows('xwzx')}"
                 f"</ul>{FOOT}</body></html>", depth=0)
    for path, name, body in (("xwzx/", "新闻中心", _rows("xwzx")), ("bmdt/", "部门动态", _rows("bmdt")),
                             ("zcwj/", "政策文件", _rows("zcwj"))):
        b.page(f"{SEED}{path}", f"<html><head><title>{name}_岭阳市人民政府</title></head><body>{MENU}"
                                f"<ul class='art-list'>{body}</ul>{FOOT}</body></html>")
    b.page(f"{SEED}tzgg/", f"<html><head><title>通知公告_岭阳市人民政府</title>{head}</head><body>{MENU}"
                           f"<ul class='art-list' id='list'></ul>{loader}{FOOT}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


RENDER = ("<script>function showList(d){var h='';for(var i=0;i<d.rows.length;i++){h+='<li><a href=\"'+d.rows[i].url"
          "+'\">'+d.rows[i].title+'</a></li>';}document.getElementById('list').innerHTML=h;}</script>")


@pytest.mark.parametrize("loader,head", [
    # a script tag whose address names the callback the answer calls
    (RENDER + "<script src='http://api.ly.gov.cn/cms/list.do?colId=107&callback=showList'></script>", ""),
    # the same in the head, the answer's callback named jsoncallback
    (RENDER, "<script type='text/javascript' src='/cms/jsonp/list?col=107&jsoncallback=showList'></script>"),
    # an inline script building the script element itself
    (RENDER + "<script>var s=document.createElement('script');s.src='/cms/list.jsp?col=107&cb=showList';"
              "document.getElementsByTagName('head')[0].appendChild(s);</script>", ""),
    # jQuery's JSONP forms
    ("<script>$.getJSON('http://api.ly.gov.cn/list?col=107&callback=?',function(d){$('#list').append(d.html);});"
     "</script>", ""),
    ("<script>$.ajax({url:'http://api.ly.gov.cn/list?col=107',dataType:'jsonp',success:function(d){"
     "$('#list').append(d.html);}});</script>", ""),
])
def test_a_list_filled_by_jsonp_is_not_measured_never_blank(tmp_path: Path, loader: str, head: str) -> None:
    report = _report(tmp_path, loader, head)
    assert not {f["url"] for f in report["findings"] if f["check"] in ("empty-column", "stale-column")} & {
        f"{SEED}tzgg/"}


def test_the_server_printed_empty_list_without_any_data_call_is_still_blank(tmp_path: Path) -> None:
    # the same page with only the site's shared script (no data call): the server printed the list empty
    report = _report(tmp_path, "<script src='/js/common.js'></script>")
    assert f"{SEED}tzgg/" in {f["url"] for f in report["findings"] if f["check"] == "empty-column"}


@pytest.mark.parametrize("text,found", [
    ("http://api.x.gov.cn/list?callback=render", True),
    ("/cms/list.jsp?col=3&jsoncallback=show", True),
    ("/jsonp/list.do?col=3", True),
    ("s.src = url + '&cb=draw'; document.body.appendChild(s)", True),
    ("$.ajax({url: u, dataType: \"jsonp\"})", True),
    ("/js/common.js", False),
    ("/js/jsonpath.min.js", False),
    ("function callback() { return 1; }", False),
    ("var cb = 0;", False),
])
def test_what_names_a_jsonp_call(text: str, found: bool) -> None:
    assert script_source.jsonp_call(text) is found


def test_a_record_with_two_dates_is_drawn_with_both() -> None:
    """A record carrying 成文 and 发布 dates is drawn as a row printing both (read as a printed row is)."""
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(
        "<ul id='docs'></ul><script>var docs = {\"list\": [{\"name\": \"某县农田水利管理办法\", \"cw\": \"2021-03-02\","
        " \"fb\": \"2021-03-09\", \"href\": \"/wj/1.html\"}]}; document.getElementById('docs').innerHTML = "
        "docs.list.map(function (d) { return '<li>' + d.name + '</li>'; }).join('');</script>")
    script_lists.draw_data_lists(tree)
    row = tree.css_first("#docs li")
    assert row is not None and "2021-03-02" in row.text() and "2021-03-09" in row.text()
