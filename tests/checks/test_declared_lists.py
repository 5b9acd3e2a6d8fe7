"""Lists a script draws from data the page reader can read: data a page only declares for the site's renderer, naming
the container its rows go into; a list helper the page defines, called with the data file's address and the list's
id. And the signs that must not make a list script-written or printed empty: a pager's block named for its list, a
list still saying 数据加载中."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.d.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='ft'>主办：某县人民政府办公室 网站标识码：3301000009 浙ICP备10012345号</div>"
HOME_ROWS = "<ul class='hot'><li><a href='/xw/2021/0629/a1.html'>县政府召开常务会议</a><span>2021-06-29</span></li></ul>"
RENDERER = "<script src='/assets/js/app-list.min.js'></script>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], files: dict[str, str] | None = None) -> dict:
    """pages: path → (name in the menu and title, body); files: path → an archived JSON data file."""
    nav = "<div class='topnav'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in pages.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{HOME_ROWS}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name} - 某县人民政府</title>{RENDERER}</head><body>{nav}"
                            f"<div class='content'><h3>{name}</h3>{body}</div>{FOOTER}</body></html>")
    for path, text in (files or {}).items():
        b.page(SEED + path, text, content_type="application/json")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _blank(report: dict) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == "empty-column"}


def _column(report: dict, path: str) -> dict:
    return next(c for c in report["columns"] if c["url"] == SEED + path)


def test_data_a_page_declares_for_its_renderer_names_its_list(tmp_path: Path) -> None:
    """A page keeps its list's data in a variable the site's renderer (a script file the crawl did not fetch) draws,
    the data naming the empty container by id: its records are the list a visitor sees, and data counting no record
    is a list seen empty — a blank column. Data naming no container of the page stays not measured."""
    declared = ("<ol class='wj-list' id='{id}'></ol><div class='fy' id='{id}Fy'></div>"
                "<script>var pageConf = {{\"target\": \"{id}\", \"count\": {n}, \"items\": [{rows}]}};</script>")
    rows = ('{"name": "某县关于印发农村人居环境整治方案的通知", "riqi": "2021-06-18", "link": "/zfwj/2021/0618/w1.html"}, '
            '{"name": "某县关于做好夏季防汛工作的通知", "riqi": "2021-05-07", "link": "/zfwj/2021/0507/w2.html"}')
    report = _site(tmp_path, {
        "zfwj/": ("政府文件", declared.format(id="wjRows", n=2, rows=rows)),
        "ghxx/": ("规划信息", declared.format(id="ghRows", n=0, rows="")),
        "rsrm/": ("人事任免", "<ol class='wj-list' id='rmRows'></ol>"
                              "<script>var pageConf = {\"count\": 0, \"items\": []};</script>"),
    })
    assert (_column(report, "zfwj/")["shown"], _column(report, "zfwj/")["last_update"]) == (2, "2021-06-18")
    assert _blank(report) == {SEED + "ghxx/"}
    assert _column(report, "rsrm/")["shown"] is None


def test_a_list_helper_called_with_its_data_file_and_list_id(tmp_path: Path) -> None:
    """The page defines a helper that fetches a data address and writes the rows into an element, both given as
    arguments, and calls it with literals: the archived data file's records are the list (none: a blank column);
    a call whose data file the crawl did not archive stays not measured."""
    helper = ("<script>function showRows(box, src, n) { $.getJSON(src, function (d) { var h = '';"
              " for (var i = 0; i < d.items.length && i < n; i++) { h += '<li><a href=\"' + d.items[i].link + '\">'"
              " + d.items[i].name + '</a>' + d.items[i].riqi + '</li>'; } $('#' + box).html(h); }); }</script>")
    def body(box: str, data: str) -> str:
        return f"<ul class='doc-list' id='{box}'></ul>{helper}<script>showRows('{box}', '/data/{data}.json', 20);</script>"
    files = {
        "data/tz.json": '{"count": 2, "items": [{"name": "关于开展安全生产大检查的通知", "riqi": "2021-06-21", '
                        '"link": "/tzgg/2021/0621/t1.html"}, {"name": "关于端午节放假安排的通知", "riqi": "2021-06-08", '
                        '"link": "/tzgg/2021/0608/t2.html"}]}',
        "data/jh.json": '{"count": 0, "items": []}',
    }
    report = _site(tmp_path, {
        "tzgg/": ("通知公告", body("tzBox", "tz")),
        "gzjh/": ("工作计划", body("jhBox", "jh")),
        "czzj/": ("财政资金", body("zjBox", "zj")),   # (data/zj.json not archived)
    }, files)
    assert (_column(report, "tzgg/")["shown"], _column(report, "tzgg/")["last_update"]) == (2, "2021-06-21")
    assert _blank(report) == {SEED + "gzjh/"}
    assert _column(report, "czzj/")["shown"] is None


def test_a_pager_block_named_for_its_list_is_no_empty_list(tmp_path: Path) -> None:
    """List pages leave their pager's block empty for a script (`<div id="tzggPage">`, named for the list it pages):
    no empty list, so no empty-list widget of the template that would hide a real blank column elsewhere."""
    rows = "".join(f"<li><a href='/{{p}}/2021/06{d:02d}/a{d}.html'>第{d}期工作简报</a><em>2021-06-{d:02d}</em></li>"
                   for d in (3, 17))
    report = _site(tmp_path, {
        "tzgg/": ("通知公告", f"<ul class='rows'>{rows.format(p='tzgg')}</ul><div class='pg' id='tzggPage'></div>"),
        "zwdt/": ("政务动态", f"<ul class='rows'>{rows.format(p='zwdt')}</ul><div class='pg' id='dongtaiPager'></div>"),
        "ghjh/": ("规划计划", "<ul class='rows'><li>暂无信息</li></ul>"),
    })
    assert _blank(report) == {SEED + "ghjh/"}


def test_a_list_saying_it_is_loading_is_never_printed_empty(tmp_path: Path) -> None:
    """Two pages print rows into `<ul class="rows">`; a third shows that list holding only 数据加载中…: a server
    printing its list empty prints no loading line, so the list is a script's (not measured), never blank."""
    rows = "".join(f"<li><a href='/{{p}}/2021/06{d:02d}/a{d}.html'>第{d}期工作简报</a><em>2021-06-{d:02d}</em></li>"
                   for d in (3, 17))
    report = _site(tmp_path, {
        "tzgg/": ("通知公告", f"<ul class='rows'>{rows.format(p='tzgg')}</ul>"),
        "zwdt/": ("政务动态", f"<ul class='rows'>{rows.format(p='zwdt')}</ul>"),
        "xwfb/": ("新闻发布", "<ul class='rows' data-cid='88'><li class='ld'>数据加载中…</li></ul>"),
    })
    assert not _blank(report)
    assert _column(report, "xwfb/")["shown"] is None


def test_an_app_shell_draws_its_one_list_from_a_json_island(tmp_path: Path) -> None:
    """A page showing only `<div id="root">内容加载中…</div>` whose inline script reads a JSON island and writes the whole
    page into that root: the island's one list of dated records is the page's list (a column, dated); an island holding
    two lists (a front page's boxes) is not drawn into the root, and stays not measured."""
    render = ("<script>var st = JSON.parse(document.getElementById('pg-state').textContent);"
              " var h = '<h2>' + st.name + '</h2>'; for (var k in st.boxes) { h += st.boxes[k].length; }"
              " document.getElementById('root').innerHTML = h;</script>")

    def shell(state: str) -> str:
        return (f"<noscript>请启用浏览器脚本</noscript><div id='root'><p class='ld'>内容加载中…</p></div>"
                f"<script type='application/json' id='pg-state'>{state}</script>{render}")
    one = ('{"name": "财政预决算", "boxes": {"rows": [{"bt": "某县2021年部门预算公开", "rq": "2021-06-11", "lj": "/czyjs/a1.html"},'
           ' {"bt": "某县2020年部门决算公开", "rq": "2021-02-05", "lj": "/czyjs/a2.html"}]}}')
    two = ('{"name": "信息公开", "boxes": {"tz": [{"bt": "关于开展安全生产检查的通知", "rq": "2021-06-11", "lj": "/tz/a1.html"},'
           ' {"bt": "关于端午节放假安排的通知", "rq": "2021-06-02", "lj": "/tz/a2.html"}], "wj": [{"bt": "某县农村公路养护管理办法",'
           ' "rq": "2021-05-20", "lj": "/wj/a1.html"}, {"bt": "某县防汛应急预案", "rq": "2021-04-02", "lj": "/wj/a2.html"}]}}')
    nav = "<div class='topnav'><a href='/czyjs/'>财政预决算</a><a href='/xxgk/'>信息公开</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{HOME_ROWS}{FOOTER}</body></html>", depth=0)
    for path, name, state in (("czyjs/", "财政预决算", one), ("xxgk/", "信息公开", two)):
        b.page(SEED + path, f"<html><head><title>{name} - 某县人民政府</title></head><body>{shell(state)}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = _column(report, "czyjs/")
    assert (col["items"], col["last_update"]) == (2, "2021-06-11")
    assert SEED + "xxgk/" not in {c["url"] for c in report["columns"] if c["items"]}
    assert not _blank(report)


def test_an_app_shell_whose_island_holds_no_row_shows_its_renderers_empty_line(tmp_path: Path) -> None:
    """An app shell declaring itself a column whose island holds its list with no row, and whose renderer writes 没有相关
    信息 for an empty list: the visitor sees that line — a blank column. The same shell whose island names an address
    the rows come from instead (`"api": "/api/…"`), or whose renderer writes nothing for an empty list, stays not
    measured."""
    def render(empty: str) -> str:
        return ("<script>var st = JSON.parse(document.getElementById('st').textContent); var v = st.view, h = '';"
                " for (var i = 0; i < v.items.length; i++) h += '<p><a href=\"' + v.items[i].href + '\">'"
                " + v.items[i].t + '</a></p>';"
                f" document.getElementById('view').innerHTML = '<h2>' + v.label + '</h2>' + (h || '{empty}');</script>")

    def shell(name: str, view: str, empty: str, fetch: str = "") -> str:
        script = render(empty).replace("<script>", f"<script>{fetch}", 1)
        return (f"<html><head><title>{name} - 某县人民政府</title><meta name='ColumnName' content='{name}'></head><body>"
                f"<main id='view'><span>内容加载中…</span></main><script type='application/json' id='st'>"
                f'{{"view": {view}}}</script>{script}</body></html>')
    b = SnapshotBuilder(SEED)
    home_links = "".join(f"<p><a href='/{p}/'>{n}</a></p>" for p, n in (("ghjh", "规划计划"), ("rsxx", "人事信息"),
                                                                       ("tjxx", "统计信息"), ("xzzf", "行政执法")))
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{home_links}{HOME_ROWS}{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "ghjh/", shell("规划计划", '{"label": "规划计划", "items": []}', "<p class=none>没有相关信息</p>"))
    b.page(SEED + "rsxx/", shell("人事信息", '{"label": "人事信息", "items": [], "api": "/api/doc?c=6"}',
                                 "<p class=none>没有相关信息</p>"))
    b.page(SEED + "tjxx/", shell("统计信息", '{"label": "统计信息", "items": []}', ""))
    # (nor one whose script fetches rows from an address whose answer the crawl did not keep)
    b.page(SEED + "xzzf/", shell("行政执法", '{"label": "行政执法", "items": []}', "<p class=none>没有相关信息</p>",
                                 "fetch('/api/xzzf.json').then(function (r) { return r.json(); });"))
    # (a shell no menu links, only a hub page of the site: a declared column all the same)
    b.page(SEED + "zwgk/", "<html><head><title>政务公开 - 某县人民政府</title></head><body><h2>政务公开</h2>"
           f"<p><a href='/jyta/'>建议提案办理</a></p>{FOOTER}</body></html>")
    b.page(SEED + "jyta/", shell("建议提案", '{"label": "建议提案", "items": []}', "<p class=none>没有相关信息</p>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert _blank(report) == {SEED + "ghjh/", SEED + "jyta/"}
    assert _column(report, "ghjh/")["shown"] == 0


def test_array_handed_to_the_renderer_by_a_call_naming_the_container(tmp_path: Path) -> None:
    """A page declares its records as an array and hands it to the site's renderer in a call naming the empty
    container by id (`showRows('gkList', docs, …)`): those rows are the list a visitor sees, dated by its newest.
    A call naming no empty container of the page draws nothing (the list stays not measured)."""
    body = ("<ul class='gk-list' id='{id}'></ul>"
            "<script>let docs = [{{'bt': '某县关于开展安全生产大检查的通知', 'fbsj': '2021-06-21', 'lj': '/gk/2021/0621/g1.html'}},"
            " {{'bt': '某县关于公布第一批示范村名单的公告', 'fbsj': '2021-04-02', 'lj': '/gk/2021/0402/g2.html'}}];"
            " showRows('{call}', docs, {{size: 20}});</script>")
    report = _site(tmp_path, {
        "gk/": ("公示公告", body.format(id="gkList", call="gkList")),
        "tz/": ("通知", body.format(id="tzList", call="noSuchBox")),
    })
    assert (_column(report, "gk/")["shown"], _column(report, "gk/")["last_update"]) == (2, "2021-06-21")
    assert _column(report, "tz/")["shown"] is None
