"""Columns on pages unlike the sample families': function pages in the navigation are never columns (nor blank
ones), empty lists in every wording are blank columns, list markup in any form, month-day dates whose year comes
from the article URL, types from the breadcrumb and the menu section, and lists a script fills."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.c.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
FOOTER = "<div class='foot'>主办单位：某市人民政府办公室 网站标识码：4401000001 粤ICP备05012345号</div>"
FRESH = "<ul class='news'><li><a href='/xw/202011/t20201125_1.html'>全市召开工作会议</a><span>2020-11-25</span></li></ul>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], home: str = FRESH) -> dict:
    """pages: path → (name in the menu and title, body)."""
    nav = "<ul class='menu'>" + "".join(f"<li><a href='/{p}'>{n}</a></li>" for p, (n, _) in pages.items()) + "</ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{home}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}_某市人民政府</title></head><body>{nav}"
                            f"<div class='main'>{body}</div>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _checks(report: dict, check: str) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == check}


def test_function_pages_are_never_columns(tmp_path: Path) -> None:
    report = _site(tmp_path, {
        "lxwm/": ("联系我们", "<p>地址：某市府前路1号</p>"),
        "zzms/": ("长者模式", "<p>暂无内容</p>"),
        "zxft/": ("在线访谈", "<div class='live'><video src='/live.m3u8'></video><p>访谈正在直播</p></div>"),
        "wzdt/": ("网站地图", "<ul><li>首页</li></ul>"),
        "user/login.html": ("用户登录", "<form><input name='u'><input type='password' name='p'></form>"),
        "wyxx/": ("我要写信", "<form><input name='t'><textarea name='c'></textarea></form>"),
        "gywm/": ("关于我们", ""),
        "search/": ("站内搜索", "<form action='/search/'><input name='q'><button>搜索</button></form><p>没有找到相关信息</p>"),
    })
    assert report["columns"] == []
    assert not _checks(report, "empty-column")
    assert "columns-stale" not in {v["rule"] for v in report["vetoes"]}


@pytest.mark.parametrize("body", [
    "<ul class='list'><li>暂无数据</li></ul>",
    "<table class='list'><tr><td>没有记录</td></tr></table>",
    "<div class='page'>共0条 当前第1/1页</div>",
    "<ul class='list_news'></ul>",
    "<p>本栏目暂无信息</p>",
    "<p>该栏目正在建设中，敬请期待</p>",
    "<table border='1'><tr><td>序号</td><td>名称</td><td>发布时间</td></tr></table>",   # a header row in plain cells
])
def test_a_column_showing_an_empty_list_is_blank(tmp_path: Path, body: str) -> None:
    report = _site(tmp_path, {"czzj/": ("财政资金", body)})
    assert _checks(report, "empty-column") == {SEED + "czzj/"}
    assert [c["name"] for c in report["columns"]] == ["财政资金"]


def test_five_blank_columns_are_a_veto_and_function_pages_do_not_count(tmp_path: Path) -> None:
    blank = {f"c{i}/": (name, "<p>暂无信息</p>") for i, name in
             enumerate(("重点项目", "财政预决算", "建议提案", "扶贫专栏", "审计公告"))}
    report = _site(tmp_path / "five", blank)
    assert len(_checks(report, "empty-column")) == 5 and "columns-stale" in {v["rule"] for v in report["vetoes"]}
    four = dict(list(blank.items())[:4]) | {"zzms/": ("长者模式", "<p>暂无信息</p>"),
                                            "zxft/": ("在线访谈", "<p>暂无信息</p>")}
    report = _site(tmp_path / "four", four)
    assert len(_checks(report, "empty-column")) == 4
    assert "columns-stale" not in {v["rule"] for v in report["vetoes"]}


def test_list_markup_in_any_form() -> None:
    html = ("<HTML><BODY><TABLE><TR><TD><A HREF='/a/1.html'>关于开展普查的通告</A></TD><TD>2020/11/30</TD></TR></TABLE>"
            "<div class='row'><a href='/a/2.html'>某市召开常务会议</a><em>2020年11月29日</em></div>"
            "<div class='row'><span>[11-28]</span><a href='/a/3.html'>某局开展检查</a></div>"
            "<dl><dd><a href='/a/4.html'>第四条信息</a> 2020.11.27</dd></dl></BODY></HTML>")
    f = parse_page(html, SEED + "list/", None, "r")
    assert [(i.url.rsplit("/", 1)[-1], i.date) for i in f.items] == [
        ("1.html", (2020, 11, 30)), ("2.html", (2020, 11, 29)), ("3.html", (None, 11, 28)), ("4.html", (2020, 11, 27))]


def test_month_day_dates_take_their_year_from_the_article_url(tmp_path: Path) -> None:
    rows = "".join(f"<li><a href='/tzgg/{u}'>关于第{i}项工作的通知</a>[{md}]</li>"
                   for i, (u, md) in enumerate((("2018/3/22/art_1_1.html", "03-22"), ("201801/t20180105_2.html", "01-05"))))
    report = _site(tmp_path, {"tzgg/": ("通知公告", f"<ul>{rows}</ul>")})
    col = next(c for c in report["columns"] if c["url"] == SEED + "tzgg/")
    assert col["last_update"] == "2018-03-22"
    assert SEED + "tzgg/" in _checks(report, "stale-column")


def test_type_from_the_breadcrumb_and_the_menu_section(tmp_path: Path) -> None:
    old = "<ul>" + "".join(f"<li><a href='/xzfc/{i}.html'>乡镇第{i}条信息</a><span>2020-0{i}-10</span></li>"
                           for i in (5, 6)) + "</ul>"
    crumb = "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; 乡镇风采</div>"
    report = _site(tmp_path, {
        "xzfc/": ("乡镇风采", crumb + old),
        "ztzl/": ("专题专栏", crumb.replace("乡镇风采", "专题专栏") + old.replace("/xzfc/", "/ztzl/")),
    })
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types == {"乡镇风采": "动态要闻", "专题专栏": "其他"}
    assert _checks(report, "stale-column") == {SEED + "xzfc/"}


def test_type_from_the_menu_section(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    menu = ("<ul class='nav'><li><a href='/zwgk/'>政策文件</a><div class='sub'><a href='/szfl/'>市政府令</a>"
            "<a href='/bmgf/'>部门规范</a></div></li></ul>")
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    rows = "".join(f"<li><a href='/bmgf/{i}.html'>某局第{i}号规定</a><span>2019-0{i}-01</span></li>" for i in (1, 2))
    b.page(SEED + "bmgf/", f"<html><head><title>部门规范_某市</title></head><body>{menu}<ul>{rows}</ul>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]} == {"部门规范": "政策文件"}


def test_a_list_a_script_fills_is_not_measured_without_rendering(tmp_path: Path) -> None:
    body = ("<ul class='list' id='list'></ul><script src='/js/list.js'></script>"
            "<script>$.getJSON('/data/tzgg.json', function(d){ render(d); });</script>")
    b = SnapshotBuilder(SEED)
    nav = "<ul class='menu'><li><a href='/tzgg/'>通知公告</a></li></ul>"
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{body}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "tzgg/", f"<html><head><title>通知公告_某市</title></head><body>{nav}{body}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    checks = {f["check"] for f in report["findings"]}
    assert not {"empty-column", "stale-column", "homepage-stale"} & checks
    assert "homepage-stale" not in {v["rule"] for v in report["vetoes"]}
    assert any("首页更新情况未测量" in w for w in report["warnings"])


def test_an_empty_list_in_a_hidden_panel_leaves_the_homepage_judged(tmp_path: Path) -> None:
    """A homepage printing its dated rows, beside an empty list inside a hidden panel (`hidden`, display:none) that
    a script of its own may fill: what the visitor sees is the printed rows, so an old homepage is stale; the same
    empty list in plain sight leaves the homepage not measured."""
    rows = "<dl class='xw'>" + "".join(
        f"<dt><a href='/gzdt/{i}.html'>第{i}次工作会议</a></dt><dd>2020-0{i}-01</dd>" for i in (7, 8)) + "</dl>"

    def home(hide: str) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, "<html><head><title>某市人民政府</title><script src='/js/panels.js'></script></head><body>"
               f"<a href='/gzdt/'>工作动态</a>{rows}<section {hide}><ol class='newslist'></ol></section>{FOOTER}"
               "</body></html>", depth=0)
        return run_checks(load_snapshot(b.write(tmp_path / hide[:6])), AS_OF)

    for hide in ("hidden", "style='DISPLAY: none'"):
        assert "homepage-stale" in {v["rule"] for v in home(hide)["vetoes"]}
    shown = home("class='panel'")
    assert "homepage-stale" not in {f["check"] for f in shown["findings"]}
    assert any("首页更新情况未测量" in w for w in shown["warnings"])


def test_an_empty_widget_of_the_template_makes_no_blank_column(tmp_path: Path) -> None:
    # every page carries an empty "热点推荐" widget; list pages show it next to their rows
    widget = "<div class='side'><h4>热点推荐</h4><ul class='list-hot'></ul><p>暂无信息</p></div>"
    rows = "<ul>" + "".join(f"<li><a href='/gzdt/{i}.html'>第{i}条工作信息</a><span>2020-11-{20 + i}</span></li>"
                            for i in (1, 2)) + "</ul>"
    pages = {f"p{i}/": (name, widget + f"<p>{name}：本页介绍{name}的有关情况，内容按照有关规定及时更新，欢迎社会各界监督。</p>"
                                         f"<p>{name}如有疑问，请通过页面下方的联系电话与我们联系，我们将及时答复。</p>") for i, name in
             enumerate(("机构设置", "领导简介", "区情概况", "联系方式说明", "办事须知"))}
    pages |= {"gzdt/": ("工作动态", widget + rows), "tzgg/": ("通知公告", widget + rows.replace("gzdt", "tzgg"))}
    report = _site(tmp_path, pages)
    assert not _checks(report, "empty-column")
    assert "columns-stale" not in {v["rule"] for v in report["vetoes"]}


def test_a_search_box_named_like_a_list_is_no_empty_widget(tmp_path: Path) -> None:
    # every page's header holds the search box in a block whose class names news (div.news-search): its text box
    # and button are no empty list, so the list pages beside their rows show no empty widget, and the 政策解读
    # column saying 暂无信息 is blank — its entry does not carry 政策解读
    search = ("<div class='news-search'><input type='hidden' name='site' value='1'><input type='text' name='kw'>"
              "<input type='image' src='/img/ss.png' alt='检索'></div>")
    rows = "<ul>" + "".join(f"<li><a href='/gzdt/{i}.html'>第{i}条工作信息</a><span>2020-11-{20 + i}</span></li>"
                            for i in (1, 2)) + "</ul>"
    pages = {"gzdt/": ("工作动态", search + rows), "tzgg/": ("通知公告", search + rows.replace("gzdt", "tzgg")),
             "zcjd/": ("政策解读", search + "<h3>政策解读</h3><p class='intro'>本栏目发布本局对重要政策文件的图文解读、"
                                          "专家解读和新闻发布会实录。</p><div class='nodata'>暂无信息</div>")}
    report = _site(tmp_path, pages)
    assert _checks(report, "empty-column") == {SEED + "zcjd/"}
    assert "政策解读" in {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def test_a_message_list_is_no_message_and_an_undated_article_is_no_column(tmp_path: Path) -> None:
    rows = "".join(f"<dl><dt><a href='/gb/{i}.html'>关于第{i}件事的咨询</a></dt><dd>留言人：王** 留言时间：2020年10月{i:02d}日 "
                   f"回复时间：2020年10月{i + 3:02d}日</dd></dl>" for i in (1, 2, 3))
    f = parse_page(f"<html><head><title>市长信箱</title></head><body>{rows}</body></html>", SEED + "gb.jspx", None, "r")
    assert f.message is None and not f.is_article and len(f.items) == 3
    # an article that prints no date, linked from several pages, with a headline for a title
    title = "某市人民政府办公室关于印发某某暂行办法的通知"
    link = f"<a href='/zcwj/2019/0618/1.html'>{title}</a>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{FRESH}{link}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "zcwj/2019/0618/1.html", f"<html><head><title>{title}_某市人民政府</title></head><body><h1>{title}</h1>"
                                          f"<p>来源：市政府办 作者：admin</p><p>{'正文。' * 40}</p>{FOOTER}</body></html>")
    for i in range(6):
        b.page(SEED + f"p{i}/", f"<html><head><title>第{i}页</title></head><body>{link if i < 2 else ''}"
                                f"<p>第{i}页的内容，介绍本市第{i}项工作的有关情况。</p>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert SEED + "zcwj/2019/0618/1.html" not in {c["url"] for c in report["columns"]}
    # the same at an address without a date: its names (title, link texts) are headlines, not column names
    for fetch in b.fetches:
        fetch.url = fetch.url.replace("zcwj/2019/0618/1.html", "zcwj/1.jhtml")
        if isinstance(fetch.body, str):
            fetch.body = fetch.body.replace("/zcwj/2019/0618/1.html", "/zcwj/1.jhtml")
    report = run_checks(load_snapshot(b.write(tmp_path / "undated")), AS_OF)
    assert SEED + "zcwj/1.jhtml" not in {c["url"] for c in report["columns"]}


def test_an_open_data_page_under_construction_is_no_blank_column(tmp_path: Path) -> None:
    report = _site(tmp_path, {"sjkf/": ("数据开放", "<p>公共数据开放平台建设中，敬请期待。</p>")})
    assert not _checks(report, "empty-column") and report["columns"] == []


def test_an_interaction_function_out_of_service_is_no_blank_column(tmp_path: Path) -> None:
    # 区长信箱 stopped taking letters (no form, no list; a page long enough to be no soft error page): the function is
    # missing, not dated items; a 局长信箱 saying so above an empty list of its letters is a column with an empty list
    rules = "".join(f"<p>第{i}条：来信人应如实提供姓名和联系方式，所反映的问题应当具体明确，不得捏造歪曲事实。</p>" for i in range(9))
    report = _site(tmp_path, {
        "qzxx/": ("区长信箱", f"<div class='tip'><p>受平台迁移影响，区长信箱自即日起暂停受理，恢复日期另行公告。</p></div>{rules}"),
        "jzxx/": ("局长信箱", "<p>信箱暂停受理。</p><table class='list'><tr><td>暂无信件</td></tr></table>"),
    })
    assert {c["url"] for c in report["columns"]} == {SEED + "jzxx/"}
    assert _checks(report, "empty-column") == {SEED + "jzxx/"}


def test_rows_whose_links_run_scripts_are_entries(tmp_path: Path) -> None:
    # a list whose entries open through onclick handlers: a visitor sees dated entries, the column is not blank
    rows = "".join(f"<tr><td><a href='#' onclick='openDoc({i})'>关于开展第{i}批项目申报的通知</a></td>"
                   f"<td>2020-0{i}-15</td></tr>" for i in range(1, 5))
    report = _site(tmp_path, {"tzgg/": ("通知公告", f"<table class='tab'>{rows}</table>")})
    assert not _checks(report, "empty-column")
    col = next(c for c in report["columns"] if c["url"] == SEED + "tzgg/")
    assert (col["items"], col["last_update"]) == (4, "2020-04-15")


def test_action_pages_and_framed_pages_are_no_blank_columns(tmp_path: Path) -> None:
    report = _site(tmp_path, {
        "yyfw/": ("我要预约", "<iframe src='https://yy.example.com/form'></iframe><ul class='list'></ul>"),
        "bm/": ("网上报名", "<div class='news_list'></div>"),
        "sjcx/": ("数据查询", "<iframe src='/cx/query.jsp'></iframe><ul class='list'></ul>"),
        "gsgg/": ("公示公告", "<ul class='list'></ul>"),
    })
    assert _checks(report, "empty-column") == {SEED + "gsgg/"}


def test_an_empty_list_beside_a_printed_pager_is_blank_even_with_scripts(tmp_path: Path) -> None:
    # the server printed the pager (上一页 1/1页 下一页) around an empty table body: no script fills this list
    script = "<script src='/js/menu-effects.js'></script>"
    printed = ("<table class='t1'><tbody></tbody></table><div class='pg'>上一页 1/1页 下一页</div>")
    scripted = "<div class='box'><ol class='ol1'></ol></div><div id='pager'></div>"
    report = _site(tmp_path, {"jsgh/": ("建设规划", script + printed), "xmgs/": ("项目公示", script + scripted)})
    assert _checks(report, "empty-column") == {SEED + "jsgh/"}   # the second list may be a script's: not measured


def test_the_name_a_visitor_sees_beats_a_copied_column_meta(tmp_path: Path) -> None:
    # the CMS template stamped another column's ColumnName/ColumnType on this list; menu and title say 人事信息
    b = SnapshotBuilder(SEED)
    menu = "<ul class='nav'><li><a href='/rsxx/'>人事信息</a></li><li><a href='/szyx/'>书记邮箱</a></li></ul>"
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    rows = "".join(f"<li><a href='/rsxx/{i}.html'>某县第{i}批事业单位招聘公告</a><span>2020-0{i}-01</span></li>"
                   for i in (3, 4))
    b.page(SEED + "rsxx/", "<html><head><title>人事信息-某县人民政府</title><meta name='ColumnName' content='今日要闻'>"
                           f"<meta name='ColumnType' content='今日要闻'></head><body>{menu}<ul>{rows}</ul>{FOOTER}</body></html>")
    letters = "".join(f"<li><a href='/szyx/{i}.html'>关于小区停车难的来信{i}</a><span>2020-0{i}-02</span></li>" for i in (5, 6))
    b.page(SEED + "szyx/", f"<html><head><title>书记邮箱-某县</title><meta name='ColumnName' content='书记邮箱'></head>"
                           f"<body>{menu}<ul>{letters}</ul>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]} == {"人事信息": "人事", "书记邮箱": "互动"}
    assert not _checks(report, "stale-column")   # 人事 limit 365 days; as 动态要闻 (14 days) it would be stale


def test_a_column_type_meta_yields_to_a_type_word_of_the_columns_own_name(tmp_path: Path) -> None:
    """ColumnName 招考录用 with ColumnType 政务要闻 (the template's): the name's type word (招考 → 人事) wins; a name
    without a type word (网上展厅) keeps its declared type."""
    b = SnapshotBuilder(SEED)
    menu = "<ul class='nav'><li><a href='/zkly/'>招考录用</a></li><li><a href='/wszt/'>网上展厅</a></li></ul>"
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, name in (("zkly", "招考录用"), ("wszt", "网上展厅")):
        rows = "".join(f"<tr><td><a href='/{path}/{i}.html'>{name}第{i}期</a></td><td>2020年{i}月3日</td></tr>" for i in (2, 3))
        b.page(SEED + f"{path}/", f"<html><head><title>{name}</title><meta name='ColumnName' content='{name}'>"
                                  f"<meta name='ColumnType' content='政务要闻'></head><body>{menu}<table>{rows}</table>"
                                  f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]} == {"招考录用": "人事", "网上展厅": "动态要闻"}


def test_a_list_titled_with_the_sites_name_takes_its_heading_for_a_name(tmp_path: Path) -> None:
    """A list page whose title is the site's name and which no link names (the homepage links it by 更多): the
    heading over its rows names it, and gives its type."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某市公共资源交易平台</title></head><body><a href='/a/list1.htm'>更多</a>"
                 f"{FRESH}{FOOTER}</body></html>", depth=0)
    rows = "".join(f"<div class='row'><a href='/a/{i}.htm'>某市第{i}标段施工招标</a> <em>2020/0{i}/15</em></div>"
                   for i in (5, 6))
    b.page(SEED + "a/list1.htm", "<html><head><title>某市公共资源交易平台</title></head><body>"
                                 f"<div class='box'><h3>招标公告</h3><span>·</span>{rows}</div>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [(c["name"], c["type"]) for c in report["columns"]] == [("招标公告", "通知公告")]


def test_a_page_its_breadcrumb_names_with_one_dated_row_the_menu_also_links_is_a_column(tmp_path: Path) -> None:
    """领导分工 linked from one page only, under a breadcrumb naming it, lists one dated row: the 分工 document the
    site menu links on every page too (undated there). The row is the page's own — a column with one entry —
    while a box of dated rows that every page repeats stays a widget: no page is a column for showing it."""
    b = SnapshotBuilder(SEED)
    menu = "<div class='menu'><a href='/zw/'>政务</a> <a href='/c/2020-05-06/88.html'>领导分工</a></div>"
    box = "<div class='side'><p><a href='/c/2020-11-02/90.html'>全县经济运行情况通报</a> 2020-11-02</p></div>"
    page = "<html><head><title>{}</title></head><body>" + menu + "{}" + box + FOOTER + "</body></html>"
    crumb = "<div class='path'>当前位置：首页 &gt; 政务 &gt; {}</div>"
    b.page(SEED, page.format("某县人民政府", FRESH), depth=0)
    b.page(SEED + "zw/", page.format("政务_某县", crumb.format("政务") + "<a href='/zw/ldfg/'>领导分工</a>"
                                                 "<a href='/zw/jgsz/'>机构设置</a>"))
    b.page(SEED + "zw/ldfg/", page.format("领导分工_某县", crumb.format("领导分工")
                                          + "<ul><li><span>2020-05-06</span><a href='/c/2020-05-06/88.html'>县政府领导工作分工"
                                            "</a></li></ul>"))
    b.page(SEED + "zw/jgsz/", page.format("机构设置_某县", crumb.format("机构设置")
                                          + "<p>" + "县政府设办公室、发展和改革局、教育体育局等工作部门。" * 3 + "</p>"))
    for path, day in (("c/2020-05-06/88.html", "2020-05-06"), ("c/2020-11-02/90.html", "2020-11-02")):
        b.page(SEED + path, f"<html><head><title>文章</title><meta name='PubDate' content='{day}'></head>"
                            f"<body>{menu}<p>正文。</p>{box}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["name"]: c for c in report["columns"]}
    assert set(cols) == {"领导分工"}
    assert (cols["领导分工"]["items"], cols["领导分工"]["last_update"]) == (1, "2020-05-06")


def test_a_navigated_list_with_one_dated_entry_is_a_column(tmp_path: Path) -> None:
    one = "<table class='tb'><tr><td><a href='/gsgg/1.html'>某区2019年度财政预算公开</a></td><td>2019/03/05</td></tr></table>"
    report = _site(tmp_path, {"gsgg/": ("预算公开", one)})
    col = next(c for c in report["columns"] if c["url"] == SEED + "gsgg/")
    assert (col["items"], col["last_update"]) == (1, "2019-03-05")
    assert not _checks(report, "empty-column")


def test_script_run_rows_of_a_template_widget_make_no_columns(tmp_path: Path) -> None:
    # every page carries a 最新公告 sidebar whose rows open by onclick: the pages do not become old columns
    widget = ("<div class='side'><h4>最新公告</h4><ul>" + "".join(
        f"<li><a href='javascript:void(0)' onclick='show({i})'>关于做好第{i}季度安全生产工作的公告</a>"
        f"<span>2018-0{i}-10</span></li>" for i in (1, 2, 3)) + "</ul></div>")
    report = _site(tmp_path, {
        "lxwm/": ("联系我们", widget + "<p>地址：某县城关镇人民路1号 电话：0931-1234567</p>"),
        "gzzd/": ("工作制度", widget + "<p>工作日上午9:00至12:00，下午14:00至17:30受理，节假日顺延。</p>" * 3),
        "ldzc/": ("领导之窗", widget + "<p>县长：张某某，主持县政府全面工作。副县长：李某某，负责农业农村工作。</p>" * 2),
        "xxgk/": ("信息公开", widget + "<p>本县信息公开工作由县政府办公室负责，具体事务见各单位目录。</p>" * 2),
    }, home=FRESH + widget)
    assert report["columns"] == []
    assert not _checks(report, "stale-column") and "columns-stale" not in {v["rule"] for v in report["vetoes"]}


def test_an_undated_list_of_pages_at_dated_addresses_is_a_column(tmp_path: Path) -> None:
    # the list prints no dates and neither do its pages; their addresses carry a date: they are its entries
    rows = "".join(f"<p>· <a href='/zdxm/2019/0{i}18/88{i}.html'>某重点项目第{i}季度推进情况介绍</a></p>" for i in (1, 2, 3))
    b = SnapshotBuilder(SEED)
    nav = "<ul class='menu'><li><a href='/zdxm/'>重大项目</a></li></ul>"
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "zdxm/", f"<html><head><title>重大项目_某市</title></head><body>{nav}<div class='lb'>{rows}</div>{FOOTER}</body></html>")
    for i in (1, 2, 3):
        b.page(SEED + f"zdxm/2019/0{i}18/88{i}.html", f"<html><head><title>某重点项目第{i}季度推进情况介绍_某市</title></head>"
               f"<body>{nav}<h2>某重点项目第{i}季度推进情况介绍</h2><p>{'项目建设进展顺利。' * 20}</p>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "zdxm/")
    assert (col["items"], col["last_update"]) == (3, None)


@pytest.mark.parametrize(("script", "jumps"), [
    ("(function(){ location.replace('/xxgk/'); })();", True),
    ("$(function(){ window.location.href = '/xxgk/'; });", True),
    ("function go(){ location.href = '/xxgk/'; }\nsetTimeout(go, 2000);", True),
    ("function go(){ location.href = '/xxgk/'; }\nif (ok) { go(); }", True),
    # a location change a visitor asks for: a search box's handler, a button's click
    ("function doSearch(){ var q = document.forms[0].q.value; window.location = '/s?q=' + q; }\n"
     "document.getElementById('go').onclick = function(){ doSearch(); };", False),
    ("$('#more').click(function(){ location.href = '/gdxx/'; });", False),
])
def test_a_script_jump_is_one_that_runs_on_load(script: str, jumps: bool) -> None:
    html = f"<html><head><title>审计公告</title><script>{script}</script></head><body><p>审计公告</p></body></html>"
    assert parse_page(html, SEED + "sjgg/", None, "r", home=False).redirect is jumps


@pytest.mark.parametrize(("content", "jumps"), [
    ("0; URL='/xxgk/'", True),
    ("0;url=/xxgk/", True),
    ("1, /xxgk/", True),             # no url= label: browsers still send the visitor on
    ("url=/xxgk/", False),           # no delay: browsers ignore it
    ("600", False),                  # a periodic reload of the page itself
    ("0; url=/sjgg/", False),        # a refresh to its own address is a reload too
])
def test_a_meta_refresh_jump_is_read_as_browsers_read_it(content: str, jumps: bool) -> None:
    html = (f"<html><head><title>审计公告</title><meta http-equiv='Refresh' content=\"{content}\"></head>"
            "<body><p>审计公告</p></body></html>")
    assert parse_page(html, SEED + "sjgg/", None, "r", home=False).redirect is jumps


def test_an_empty_list_in_a_list_block_is_blank_when_the_server_printed_the_pager(tmp_path: Path) -> None:
    # short pages (the side menu is written by a script) whose only script jump is the search box's handler;
    # the list block shows its heading over an empty <ol>; a TRS pager call carries the page count the server
    # printed, so no script fills the list
    search = ("<script>function doSearch(){ window.location = '/s?q=' + document.forms[0].q.value; }"
              "document.getElementById('go').onclick = function(){ doSearch(); };</script>"
              "<script src='/js/sidemenu.js'></script>")
    block = "<section class='articles'><h3>{}</h3><ol></ol></section>"
    pager = "<script>createPageHTML(1, 0, 'list', 'shtml')</script>"
    report = _site(tmp_path, {
        "sjgg/": ("审计公告", search + block.format("审计公告") + pager),
        "zdxm/": ("重点项目", search + block.format("重点项目")),   # no printed pager: the list may be a script's
    })
    assert {c["url"] for c in report["columns"]} >= {SEED + "sjgg/", SEED + "zdxm/"}
    assert _checks(report, "empty-column") == {SEED + "sjgg/"}


def test_a_declared_page_paging_through_names_and_a_page_named_only_by_its_own_links_are_no_columns(
        tmp_path: Path) -> None:
    # 班子成员 declares a ColumnName and pages through its people (a printed pager, no dated entry): a single
    # page of its own text; 来访须知 carries placeholder links back to itself named like columns (通知公告 …)
    people = "".join(f"<dl><dt>副区长</dt><dd>第{i}位副区长：分管本区第{i}方面的工作，联系有关部门。</dd></dl>" for i in range(4))
    pager = "<div class='pages'><a href='?p=1'>1</a><a href='?p=2'>2</a><a href='?p=2'>下一页</a></div>"
    b = SnapshotBuilder(SEED)
    nav = "<div class='nav'><a href='/bzcy/'>班子成员</a><a href='/lfxz/'>来访须知</a></div>"
    b.page(SEED, f"<html><head><title>某区人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "bzcy/", "<html><head><title>班子成员-某区</title><meta name='ColumnName' content='班子成员'></head>"
                           f"<body>{nav}{people}{pager}{FOOTER}</body></html>")
    own = "".join(f"<a href='{SEED}lfxz/#'>{n}</a>" for n in ("通知公告", "工作动态", "政策文件"))
    b.page(SEED + "lfxz/", f"<html><head><title>来访须知-某区</title></head><body>{nav}<div class='tabs'>{own}</div>"
                           f"<p>请携带身份证件原件。</p>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["columns"] == [] and not _checks(report, "empty-column")


def test_an_error_page_or_a_bare_document_is_no_column(tmp_path: Path) -> None:
    # a menu entry whose page answers with the server's "页面不存在" text, and one whose rendering is a bare text
    report = _site(tmp_path, {
        "gzbg/": ("工作报告", "<h2>404</h2><p>抱歉，您访问的页面不存在！</p>"),
        "zmhd/": ("政民互动", "<div class='err'><p>对不起，您所访问的栏目不存在或已被删除。</p><a href='/'>返回首页</a></div>"),
        "xwfb/": ("新闻发布", "<p>本栏目正在建设中</p>"),   # under construction: a column, and a blank one
        # out of service: the menu's 政务服务 leads to a maintenance notice, a page of no column
        "zwfw/": ("政务服务", "<h3>温馨提示</h3><p>平台正在进行升级维护，暂停服务，请稍后再试。</p>"),
        # … while a list whose one row announces a maintenance is a list
        "tzgg/": ("通知公告", "<ul><li><a href='/tzgg/202011/t20201120_3.html'>关于网上办事系统升级维护暂停服务的公告</a>"
                             "<span>2020-11-20</span></li></ul>"),
    })
    assert {c["url"] for c in report["columns"]} == {SEED + "xwfb/", SEED + "tzgg/"}
    assert _checks(report, "empty-column") == {SEED + "xwfb/"}
    bare = SnapshotBuilder(SEED)
    bare.page(SEED + "zxdt/", "<html><body><pre>Service Unavailable</pre></body></html>")
    # what a browser shows for a menu entry that jumps to a host it cannot reach: the host for a title, no link
    bare.page(SEED + "xx/", "<html><head><title>oa.c.gov.cn:8080</title></head><body><p>无法访问此网站</p>"
                            "<p>oa.c.gov.cn 拒绝了我们的连接请求。</p></body></html>")
    bare.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/zxdt/'>最新动态</a>"
                    f"<a href='/xx/'>局长信箱</a>{FRESH}{FOOTER}</body></html>", depth=0)
    report = run_checks(load_snapshot(bare.write(tmp_path / "bare")), AS_OF)
    assert report["columns"] == [] and not _checks(report, "empty-column")


def test_a_site_given_by_the_address_of_a_list_page_has_that_list_as_a_column(tmp_path: Path) -> None:
    # the crawl started at a list page (the registry names a department's column): it says where it sits and
    # pages through its rows, so it is a column as well as the page the homepage checks read
    rows = "".join(f"<tr><td><a href='/zbcg/{i}.htm'>某局第{i}批办公设备采购项目成交结果</a></td><td>2020年10月{i:02d}日</td></tr>"
                   for i in range(1, 6))
    list_page = (f"<html><head><title>招标采购</title></head><body><div class='wz'>您的位置：首页 &gt; 招标采购</div>"
                 f"<table>{rows}</table><div class='fy'><a href='/zbcg/list_2.htm'>下一页</a></div>{FOOTER}</body></html>")
    b = SnapshotBuilder(SEED + "zbcg/list.htm")
    b.page(SEED + "zbcg/list.htm", list_page, depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path / "list")), AS_OF)
    assert [(c["url"], c["items"]) for c in report["columns"]] == [(SEED + "zbcg/list.htm", 5)]
    # a homepage listing news, without breadcrumb or pager, is no column (in its own folder or at the root, where
    # even a breadcrumb-like menu makes no column of it)
    home = f"<html><head><title>某局</title></head><body><table>{rows}</table>{FOOTER}</body></html>"
    for seed, page in ((SEED + "portal/index.html", home), (SEED, list_page)):
        b = SnapshotBuilder(seed)
        b.page(seed, page, depth=0)
        assert run_checks(load_snapshot(b.write(tmp_path / "home" / str(len(seed)))), AS_OF)["columns"] == []


def test_a_list_of_messages_is_an_interaction_column_whatever_its_name(tmp_path: Path) -> None:
    rows = "".join(f"<div class='row'><a href='/qzhs/{i}.html'>关于某路段路灯不亮的反映{i}</a> 来信时间：2020-10-{i:02d} "
                   f"回复时间：2020-10-{i + 2:02d}</div>" for i in range(1, 5))
    report = _site(tmp_path, {"qzhs/": ("群众呼声", rows)})
    assert {c["name"]: c["type"] for c in report["columns"]} == {"群众呼声": "互动"}


def test_section_words_for_services_and_faqs_and_statistics_keep_their_own_type(tmp_path: Path) -> None:
    def rows(d: str) -> str:
        return "<ul>" + "".join(f"<li><a href='/{d}/{i}.html'>第{i}项说明材料</a><span>2020-0{i}-10</span></li>"
                                for i in (5, 6)) + "</ul>"

    def crumb(*names: str) -> str:
        return "<p>您现在的位置：首页 » " + " » ".join(names) + "</p>"

    report = _site(tmp_path, {
        "tq/": ("探亲须知", crumb("我要办理", "探亲须知") + rows("tq")),           # a 我要办… section: services
        "faq/": ("常见问题解答", crumb("公众服务", "常见问题解答") + rows("faq")),   # an FAQ: interaction
        "tj/": ("月度统计", crumb("互动交流", "月度统计") + rows("tj")),          # statistics: not a message column
    })
    assert {c["name"]: c["type"] for c in report["columns"]} == {"探亲须知": "办事", "常见问题解答": "互动", "月度统计": "其他"}


def test_a_page_its_own_breadcrumb_names_is_a_column_when_its_list_is_empty(tmp_path: Path) -> None:
    """Department pages linked from one directory page only (not the menu): each names itself as the last step of
    its breadcrumb, so it is a node of the site's navigation; an empty list in any wording makes it blank — and a
    link reading "进入" (to an old version of the site) makes no page under a breadcrumb a splash page."""
    b = SnapshotBuilder(SEED)
    depts = {"jt": ("交通运输局", "<table class='lb'><tr><td>该栏目下没有信息</td></tr></table>"),
             "sw": ("水务局", "<dl class='items'><dd>暂无新发布文件</dd></dl>"),
             "ny": ("农业农村局", "<div class='rows'>此栏目暂无任何新增信息</div>"),
             "jg": ("机构概况", "<p>" + "负责全市机构编制管理工作，承担机构改革的具体实施和监督检查。" * 4 + "</p>")}
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/bm/'>部门</a>{FRESH}{FOOTER}"
                 "</body></html>", depth=0)
    b.page(SEED + "bm/", "<html><head><title>部门_某市人民政府</title></head><body>"
           + "".join(f"<p><a href='/bm/{k}/'>{n}</a></p>" for k, (n, _) in depts.items()) + f"{FOOTER}</body></html>")
    for key, (name, body) in depts.items():
        b.page(SEED + f"bm/{key}/", f"<html><head><title>{name}</title></head><body>"
               "<a href='http://old.c.gov.cn/'>旧版进入</a>"
               f"<div class='loc'>您的位置：<a href='/'>首页</a> » <a href='/bm/'>部门</a> » {name}</div>"
               f"<div class='main'>{body}</div>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"] for c in report["columns"]} >= {"交通运输局", "水务局", "农业农村局"}
    assert _checks(report, "empty-column") == {SEED + f"bm/{k}/" for k in ("jt", "sw", "ny")}   # 机构概况 has text


def test_a_page_its_own_breadcrumb_names_showing_a_list_a_script_would_fill_is_a_column(tmp_path: Path) -> None:
    # 年度计划, linked from one directory page only, names itself in its breadcrumb and shows an empty table body
    # beside a script of the site's that no browser ran: a column whose entries are not measured (not blank)
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/gk/'>公开</a>{FRESH}{FOOTER}"
                 "</body></html>", depth=0)
    b.page(SEED + "gk/", "<html><head><title>公开_某市人民政府</title></head><body>"
           f"<p><a href='/gk/ndjh/'>年度计划</a></p>{FOOTER}</body></html>")
    b.page(SEED + "gk/ndjh/", "<html><head><title>年度计划</title><script src='/res/pager.js'></script></head><body>"
           "<div class='loc'>您的位置：<a href='/'>首页</a> » <a href='/gk/'>公开</a> » 年度计划</div>"
           f"<table class='doc-table'><thead><tr><th>标题</th><th>日期</th></tr></thead><tbody></tbody></table>{FOOTER}"
           "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [c["name"] for c in report["columns"]] == ["年度计划"]
    assert not _checks(report, "empty-column")


def test_a_lookup_page_or_a_page_of_text_beside_a_script_list_is_no_column(tmp_path: Path) -> None:
    """A list container a script would fill makes a column of a navigated page only when the page is a list at a
    list's address: a lookup tool (…查询) and a page at a dated address (an article the menu links to) with a
    script-filled sidebar are no columns."""
    script = ("<div class='res'><table id='grid'><tbody></tbody></table></div><script src='/js/grid.js'></script>"
              "<script>$.post('/api/q', {}, function(r){ fill(r); });</script>")
    text = "<h2>主要负责人</h2>" + "".join(
        f"<p>{n}，男，汉族，研究生学历，现任本单位{r}，负责全面工作及分管有关处室。</p>"
        for n, r in (("张某某", "主任"), ("李某某", "副主任"), ("王某某", "副主任")))
    pages = {"cx/": ("办件进度查询", "<input name='no'><button>查询</button>" + script),
             "c/2020-03-20/8812.html": ("领导简介", text + script)}
    b = SnapshotBuilder(SEED)
    nav = "<ul class='menu'>" + "".join(f"<li><a href='/{p}'>{n}</a></li>" for p, (n, _) in pages.items()) + "</ul>"
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}</title></head><body>{nav}{body}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["columns"] == []


def test_list_fragments_a_menu_opens_in_a_frame_are_columns(tmp_path: Path) -> None:
    """A frameset (a menu frame whose links open in the content frame): the fragments it shows have no title, no
    navigation and no footer of their own, yet each is a column named by its menu entry — an empty list is blank,
    a list whose one row is old is stale; a text fragment and a login fragment in the same frame are no columns."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/gk/'>信息公开</a>{FRESH}{FOOTER}"
                 "</body></html>", depth=0)
    b.page(SEED + "gk/", "<html><head><title>信息公开_某市人民政府</title></head><frameset cols='200,*'>"
           "<frame src='/gk/menu.htm' name='leftFrame'><frame src='/gk/jj.htm' name='mainFrame'></frameset></html>")
    menu = {"jj.htm": "单位简介", "cg.htm": "采购信息", "rs.htm": "人员招录", "gl.htm": "后台管理"}
    b.page(SEED + "gk/menu.htm", "<html><body><dl>" + "".join(
        f"<dd><a href='{k}' target='mainFrame'>{n}</a></dd>" for k, n in menu.items()) + "</dl></body></html>")
    fragment = "<html><head><title></title></head><body><h4>信息公开 → {}</h4>{}</body></html>"
    b.page(SEED + "gk/jj.htm", fragment.format("单位简介", "<p>" + "本单位负责全市档案资料的收集、整理、保管和利用工作。" * 3 + "</p>"))
    b.page(SEED + "gk/cg.htm", fragment.format("采购信息", "<table class='tab_list'><tbody></tbody></table>"))
    b.page(SEED + "gk/rs.htm", fragment.format(
        "人员招录", "<table><tr><td><a href='javascript:void(0)'>二〇一八年公开招聘工作人员方案</a></td>"
                    "<td>2018/03/02</td></tr></table>"))
    b.page(SEED + "gk/gl.htm", fragment.format("后台管理", "<form><input name='u'><input type='password'></form>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["url"] for c in report["columns"]} == {"采购信息": SEED + "gk/cg.htm",
                                                                "人员招录": SEED + "gk/rs.htm"}
    assert _checks(report, "empty-column") == {SEED + "gk/cg.htm"}
    assert _checks(report, "stale-column") == {SEED + "gk/rs.htm"}


def test_a_columns_entries_are_the_rows_of_its_own_list(tmp_path: Path) -> None:
    """A 最新公告 box on every page repeats three notices: on the 公告 column's own page they are rows of its list
    (they live under its folder) and count, on the 动态 page they are a widget and do not; an undated link beside
    dated rows (a ranking page) is no row; `shown` counts the rows of the first page, `items` every crawled page."""
    box = "<div class='side'><h4>最新公告</h4>" + "".join(
        f"<p><a href='/gg/2020/{i}.html'>公告第{i}号</a> 2020.11.{10 + i}</p>" for i in (1, 2, 3)) + "</div>"
    notices = "<table class='lb'>" + "".join(
        f"<tr><td><a href='/gg/2020/{i}.html'>公告第{i}号</a></td><td>2020.11.{10 + i}</td></tr>" for i in (1, 2, 3, 4, 5)
    ) + "</table><a href='/gg/p2.html'>下一页</a><a href='/gg/ph.html'>办理排行</a>"
    news = "<table class='lb'>" + "".join(
        f"<tr><td><a href='/dt/2020/{i}.html'>动态第{i}篇</a></td><td>2020.11.2{i}</td></tr>" for i in (1, 2)) + "</table>"
    b = SnapshotBuilder(SEED)
    nav = "<div class='menu'><a href='/gg/'>公告</a> <a href='/dt/'>动态</a></div>"
    page = "<html><head><title>{}_某市人民政府</title></head><body>" + nav + "{}" + box + FOOTER + "</body></html>"
    b.page(SEED, page.format("首页", FRESH), depth=0)
    b.page(SEED + "gg/", page.format("公告", notices))
    b.page(SEED + "gg/p2.html", page.format("公告", "<table class='lb'><tr><td><a href='/gg/2019/9.html'>公告第9号</a>"
                                                   "</td><td>2019.12.01</td></tr></table><a href='/gg/'>上一页</a>"))
    b.page(SEED + "gg/ph.html", page.format("办理排行", "<ol><li>某局 98分</li><li>某委 95分</li></ol>"))
    b.page(SEED + "dt/", page.format("动态", news))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["name"]: c for c in report["columns"]}
    assert (cols["公告"]["shown"], cols["公告"]["items"]) == (5, 6)
    assert (cols["动态"]["shown"], cols["动态"]["items"]) == (2, 2)
    assert cols["动态"]["last_update"] == "2020-11-22"


def test_a_list_the_server_printed_empty_is_blank_beside_scripts_of_its_own(tmp_path: Path) -> None:
    """An empty list with a visible 暂无/没有 line printed beside it is the server's, whatever scripts the page runs
    (a script filling a list would keep that line hidden until it found nothing); the same line hidden, or a bare
    empty list beside a script of the site, stays 'not measured'."""
    script = "<script src='/static/js/site-main.js'></script>"
    report = _site(tmp_path, {
        "jyta/": ("建议提案办理", script + "<section class='docs'><dl class='wjlb'></dl><ol class='item-rows'></ol>"
                                     "<p class='tip'>该栏目下没有记录</p></section>"),
        "xzcf/": ("行政处罚公示", script + "<div class='lb'><table><tr><th>名称</th><th>日期</th></tr><tbody></tbody>"
                                     "</table></div><span class='empty'>暂无相关数据</span>"),
        "sqxx/": ("社区信息", script + "<div><ol class='item-rows'></ol><p style='display: none'>暂无内容</p></div>"),
        "bmdt/": ("部门动态", script + "<div><ol class='item-rows'></ol></div>"),
    })
    assert _checks(report, "empty-column") == {SEED + "jyta/", SEED + "xzcf/"}


def test_scripts_that_fill_only_the_footer_or_header_leave_lists_measured(tmp_path: Path) -> None:
    """A page whose only scripts of its own write the footer or header (a footer.js, `$('#bottom').load(…)`, a badge
    script from dcs.conac.cn) shows its lists as the server printed them: an empty one is blank, and a homepage's
    printed rows are judged; a script loading into a list (`$('#newslist').load(…)`) leaves them not measured."""
    parts = ("<div id='bottom'></div><div id='top-bar'></div><script src='/res/js/jquery-1.12.4.min.js'></script>"
             "<script>jQuery(document).ready(function(){ jQuery('#top-bar').load('/inc/top.shtml');"
             " jQuery('#bottom').load('/inc/bottom.shtml'); });</script>"
             "<script src='/res/js/site-footer.js'></script>"
             "<script src='https://dcs.conac.cn/js/44/000/0000/11111111/CA440000000111111110001.js'></script>")
    old_rows = "".join(f"<p><a href='/xw/2020/0{m}/0{m}.html'>镇里第{m}期工作简报</a> 2020年{m}月3日</p>" for m in (8, 9))
    into_list = "<script>$(function(){ $('#newslist').load('/inc/news.html'); });</script>"

    def site(extra: str, sub: str) -> dict:
        b = SnapshotBuilder(SEED)
        menu = "<div class='dh'><a href='/czzj/'>财政资金</a></div>"
        b.page(SEED, f"<html><head><title>某镇人民政府</title></head><body>{menu}<div class='yw'>{old_rows}</div>"
                     f"<ul id='newslist'></ul>{parts}{extra}</body></html>", depth=0)
        b.page(SEED + "czzj/", f"<html><head><title>财政资金_某镇人民政府</title></head><body>{menu}"
                               f"<div class='lm-list'><ul class='lb'></ul></div>{parts}{extra}</body></html>")
        return run_checks(load_snapshot(b.write(tmp_path / sub)), AS_OF)

    parts_only = site("", "parts")
    assert _checks(parts_only, "empty-column") == {SEED + "czzj/"}
    assert "homepage-stale" in {f["check"] for f in parts_only["findings"]}
    # a script of the site's own served from another host of its (a static host) may fill anything
    assert not _checks(site("<script src='https://static.q.gov.cn/js/lists.js'></script>", "cdn"), "empty-column")
    listed = site(into_list, "list")
    assert not _checks(listed, "empty-column")
    assert "homepage-stale" not in {f["check"] for f in listed["findings"]}
    assert any("首页更新情况未测量" in w for w in listed["warnings"])


def test_a_page_the_browser_lane_judged_static_is_read_as_shown(tmp_path: Path) -> None:
    """With the browser lane (crawl.json `render.available`), a page the crawl left unrendered because its HTML showed
    no sign of script-written content (no `scripted` reason in its row) shows what its HTML shows: its empty list is
    blank. One the lane passed over for want of budget (`scripted` set), or a crawl without the lane, leaves the
    list not measured."""
    import json

    b = SnapshotBuilder(SEED)
    menu = "<div class='dh'><a href='/rsrm/'>人事任免</a></div>"
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "rsrm/", f"<html><head><title>人事任免_某县</title><script src='/inc/js/lm.js'></script></head>"
                           f"<body>{menu}<table class='rmlb'><tbody></tbody></table>{FOOTER}</body></html>")

    def blank(sub: str, render: dict | None, scripted: str | None) -> bool:
        d = b.write(tmp_path / sub)
        crawl = json.loads((d / "crawl.json").read_text(encoding="utf-8"))
        if render is not None:
            crawl["render"] = render
        for row in crawl["pages"]:
            row["scripted"] = scripted if row["url"].endswith("/rsrm/") else None
        (d / "crawl.json").write_text(json.dumps(crawl, ensure_ascii=False), encoding="utf-8")
        return _checks(run_checks(load_snapshot(d), AS_OF), "empty-column") == {SEED + "rsrm/"}

    lane = {"mode": "auto", "available": True, "reason": None, "max_pages": 10, "rendered": 1}
    assert blank("static-judged", lane, None)
    assert not blank("budget", lane, "empty-container")
    assert not blank("no-lane", {**lane, "available": False, "reason": "no-browser"}, None)
    assert not blank("old-crawl", None, None)


def test_a_side_menu_the_sections_pages_share_lends_no_row_to_a_dated_list(tmp_path: Path) -> None:
    """A 人事信息 list whose section pages share a side menu (not the site's menu) linking a dated 机构职能 page:
    beside the dated rows the menu link is no row — neither an item nor the column's newest date — though its
    target reads as an article."""
    side = ("<div class='leftnav'><a href='/jggk/jgzn.html'>机构职能</a><a href='/jggk/rsxx/'>人事信息</a>"
            "<a href='/jggk/lxfs.html'>联系方式</a><a href='/jggk/ldxx.html'>领导信息</a></div>")
    rows = [(f"/jggk/rsxx/2020{m:02d}/t2020{m:02d}10_{m}.html", f"关于某某同志任职的通知（{m}）", f"2020-{m:02d}-10")
            for m in (3, 6, 9)]
    news = [(f"/xw/202011/t202011{d}_{d}.html", f"全市交通运输工作动态第{d}期", f"2020-11-{d}") for d in range(11, 17)]
    prose = "<p>" + "负责全市交通运输行业的规划、建设、管理和服务工作，拟订有关政策并组织实施。" * 12 + "</p>"
    pages = {
        "jggk/rsxx/": "<div class='crumb'>首页 > 机构概况 > 人事信息</div><ul class='rs'>"
                      + "".join(f"<li><a href='{u}'>{t}</a><em>{d}</em></li>" for u, t, d in rows) + "</ul>",
        "jggk/jgzn.html": f"<h1>机构职能</h1><div class='info'>发布时间：2020-11-20</div>{prose}",
        "jggk/lxfs.html": "<p>办公地址：某市府前路8号 电话：020-12345678</p>",
        "jggk/ldxx.html": "<p>局长：张某某，负责局全面工作。</p>",
    }
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某市交通运输局</title></head><body><a href='/jggk/rsxx/'>人事信息</a><ul>"
                 + "".join(f"<li><a href='{u}'>{t}</a>{d}</li>" for u, t, d in news) + f"</ul>{FOOTER}</body></html>",
           depth=0)
    for path, body in pages.items():
        b.page(SEED + path, f"<html><head><title>某市交通运输局</title></head><body>{side}{body}{FOOTER}</body></html>")
    for u, t, d in rows + news:   # the news pages (the site's other pages) have no side menu
        b.page(SEED + u.lstrip("/"), f"<html><head><title>{t}</title></head><body><h1>{t}</h1>"
                                     f"<div class='info'>发布时间：{d}</div>{prose}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"].endswith("/jggk/rsxx/"))
    assert (col["shown"], col["last_update"]) == (3, "2020-09-10")


def test_rows_a_loop_writes_from_an_inline_array_are_read_without_a_browser(tmp_path: Path) -> None:
    """A 通知公告 table whose rows a `for` loop writes with document.write from an array literal the page declares:
    its rows are read as a browser would write them; a loop whose write calls anything else stays unread (the
    list is then not measured, never blank)."""
    data = ('[{"u": "/tzgg/202011/t20201103_7.html", "t": "关于冬季供暖安全检查的通告", "d": "2020-11-03"},'
            ' {"u": "/tzgg/202010/t20201019_6.html", "t": "关于开展消防演练的通知", "d": "2020-10-19"}]')
    loop = ("<table class='tzgg'><script>let notes = " + data + ";\nfor (let k = 0; k < notes.length; k++) {"
            " document.write('<tr><td><a href=\"' + notes[k]['u'] + '\">' + notes[k].t + '</a></td><td>'"
            " + notes[k].d + '</td></tr>'); }</script></table>")
    report = _site(tmp_path / "read", {"tzgg/": ("通知公告", loop)})
    col = next(c for c in report["columns"] if c["url"].endswith("/tzgg/"))
    assert (col["shown"], col["last_update"]) == (2, "2020-11-03")
    unread = loop.replace("notes[k].d + '</td>", "fmt(notes[k].d) + '</td>")
    report = _site(tmp_path / "unread", {"tzgg/": ("通知公告", unread)})
    assert not {"empty-column", "stale-column"} & {f["check"] for f in report["findings"]}


def _rows(folder: str, n: int, day: int = 24) -> str:
    return "<dl class='lst'>" + "".join(
        f"<dd><a href='/{folder}/2020{11:02d}/t2020112{i}_{i}.html'>第{i}条工作信息</a><em>[2020/11/{day - i}]</em></dd>"
        for i in range(n)) + "</dl>"


def test_a_welcome_page_on_the_way_to_the_homepage_is_no_column(tmp_path: Path) -> None:
    # the seed is a 欢迎 page listing the latest news under an "enter" link; the crawl went on to the homepage
    # (crawl.json homepage_chain): the welcome page shows the site's front, not a column; the news list it links is one
    import json

    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>欢迎访问某市人民政府网站</title></head><body><a href='/web/main.html'>进入主站</a>"
                 + _rows("xwdt", 5) + "</body></html>", depth=0)
    b.page(SEED + "web/main.html", "<html><head><title>某市人民政府</title></head><body>"
           f"<h3><a href='/xwdt/'>新闻动态</a></h3>{_rows('xwdt', 3)}{FOOTER}</body></html>")
    b.page(SEED + "xwdt/", f"<html><head><title>新闻动态</title></head><body>{_rows('xwdt', 6)}{FOOTER}</body></html>")
    out = b.write(tmp_path)
    crawl = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    crawl.update(homepage=SEED + "web/main.html", homepage_chain=[{"url": SEED, "reason": "seed"},
                                                                  {"url": SEED + "web/main.html", "reason": "enter-link"}])
    (out / "crawl.json").write_text(json.dumps(crawl, ensure_ascii=False), encoding="utf-8")
    report = run_checks(load_snapshot(out), AS_OF)
    assert [c["url"] for c in report["columns"]] == [SEED + "xwdt/"]


def test_a_list_of_the_sites_section_on_the_citys_platform_counts_its_unopened_rows(tmp_path: Path) -> None:
    # the 水务局's 法定主动公开内容 list sits on the city's 信息公开 platform under /sw/ (linked once from its homepage);
    # the crawl fetched the list, not its documents: its rows under /sw/ are the site's, it is a column with 4 entries.
    # The same list at another department's folder (/ga/) is not the site's
    site = "http://sw.yunxi.gov.cn/"
    rows = "".join(f"<li><a href='http://xxgk.yunxi.gov.cn/{{d}}/fdzdgknr/content_{i}.html'>第{i}号水利工作文件</a>"
                   f"<span>2020-10-{10 + i}</span></li>" for i in range(4))
    b = SnapshotBuilder(site)
    b.page(site, "<html><head><title>云溪市水务局</title></head><body>"
           "<a href='http://xxgk.yunxi.gov.cn/sw/fdzdgknr/'>法定主动公开内容</a>"
           "<a href='http://xxgk.yunxi.gov.cn/ga/fdzdgknr/'>公安信息</a>"
           f"{FRESH.replace('/xw/', site + 'xw/')}{FOOTER}</body></html>", depth=0)
    for d in ("sw", "ga"):
        b.page(f"http://xxgk.yunxi.gov.cn/{d}/fdzdgknr/", "<html><head><title>法定主动公开内容</title></head><body>"
               f"<div class='crumb'>当前位置：信息公开 &gt; 法定主动公开内容</div><ul class='gk'>{rows.format(d=d)}</ul>"
               "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: (c["items"], c["last_update"]) for c in report["columns"]}
    assert columns.get("http://xxgk.yunxi.gov.cn/sw/fdzdgknr/") == (4, "2020-10-13")
    assert "http://xxgk.yunxi.gov.cn/ga/fdzdgknr/" not in columns


def test_a_list_page_sending_only_phones_to_its_phone_version_is_a_column(tmp_path: Path) -> None:
    # every page carries a script sending phones to /wap/ (a desktop browser stays): 通知公告 is a column, blank;
    # a page whose script sends every browser but phones on is a jump page, no column
    phones = ("<script>var isPhone = /iPhone|Android|Mobile/i.test(navigator.userAgent);"
              "if (isPhone) { location.href = '/wap/tzgg.html'; }</script>")
    desktops = "<script>if (!/iPhone|Android/i.test(navigator.userAgent)) { location.href = '/web/'; }</script>"
    empty = "<ul class='list'><li>暂无信息</li></ul>"
    report = _site(tmp_path, {"tzgg/": ("通知公告", phones + empty), "gsgg/": ("公示公告", desktops + empty)})
    assert [c["name"] for c in report["columns"]] == ["通知公告"]
    assert _checks(report, "empty-column") == {SEED + "tzgg/"}


def test_a_page_sending_small_screens_on_is_a_column_and_one_reading_an_unknown_test_a_jump(tmp_path: Path) -> None:
    # a width test sends small screens to /m/ (a desktop browser is wide: it stays on the empty list); a test the
    # checks cannot read (a function of the site's) may send every visitor on: a jump page, never judged blank
    narrow = ("<script>if (document.documentElement.clientWidth < 800)"
              " window.location.href = '/m/bmdt.html';</script>")
    unknown = "<script>if (isMobile()) window.location.href = '/m/gzdt.html';</script>"
    empty = "<table class='list'><tr><td>没有记录</td></tr></table>"
    report = _site(tmp_path, {"bmdt/": ("部门动态", narrow + empty), "gzdt/": ("工作动态", unknown + empty)})
    assert [c["name"] for c in report["columns"]] == ["部门动态"]
    assert _checks(report, "empty-column") == {SEED + "bmdt/"}


def test_search_hits_and_the_site_in_another_mode_are_no_columns(tmp_path: Path) -> None:
    """Dated rows do not make a column of a page that shows other lists' rows: the answer of the site's own search
    form (its address is the form's action with the query: `/s/find.jsp?kw=…`) and the site shown in big print
    (关怀版) — while an archive of past interviews under a 在线访谈 name lists rows of its own and is one."""
    b = SnapshotBuilder(SEED)
    form = "<form action='/s/find.jsp'><input type='text' name='kw'><input type='submit' value='查找'></form>"
    nav = ("<ul class='menu'><li><a href='/ywdt/'>要闻动态</a></li><li><a href='/care/'>关怀版</a></li>"
           "<li><a href='/ft/'>在线访谈</a></li></ul>")
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{form}{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "ywdt/", f"<html><head><title>要闻动态</title></head><body>{form}{nav}{_rows('ywdt', 4)}{FOOTER}"
                           "</body></html>")
    b.page(SEED + "s/find.jsp?kw=%E5%B7%A5%E4%BD%9C", "<html><head><title>查找：工作</title></head><body>"
           f"{form}{nav}<p>与“工作”相关的信息 3 篇</p>{_rows('tzgg', 3)}{FOOTER}</body></html>")
    b.page(SEED + "care/", "<html><head><title>关怀版 | 某市人民政府</title></head><body>"
           f"<p class='big'>字号已放大</p>{_rows('ywdt', 4)}</body></html>")
    b.page(SEED + "ft/", f"<html><head><title>在线访谈</title></head><body>{form}{nav}"
           "<table>" + "".join(f"<tr><td><a href='/ft/2020{m:02d}/t2020{m:02d}10_{m}.html'>第{m}期访谈</a></td>"
                               f"<td>2020-{m:02d}-10</td></tr>" for m in (9, 10, 11)) + f"</table>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted(c["url"] for c in report["columns"]) == [SEED + "ft/", SEED + "ywdt/"]


def test_the_former_homepage_kept_as_a_classic_version_is_no_column(tmp_path: Path) -> None:
    """A site whose new homepage keeps the former one at another address (旧首页 → 经典版, linked from the header):
    its box of dated rows repeats the site's lists, no column of its own — while a library list named for classic
    editions (经典版本) is one."""
    b = SnapshotBuilder(SEED)
    nav = ("<div class='top'><a href='/v1/'>经典版</a></div><ul class='menu'><li><a href='/gzdt/'>工作动态</a></li>"
           "<li><a href='/jdbb/'>经典版本书目</a></li></ul>")
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "v1/", "<html><head><title>经典版首页_某市人民政府</title></head><body>"
           f"{nav}<div class='bd'><h2>工作动态</h2>{_rows('gzdt', 4)}</div>{FOOTER}</body></html>")
    b.page(SEED + "gzdt/", f"<html><head><title>工作动态</title></head><body>{nav}{_rows('gzdt', 6)}{FOOTER}</body></html>")
    b.page(SEED + "jdbb/", f"<html><head><title>经典版本书目</title></head><body>{nav}{_rows('jdbb', 3)}{FOOTER}"
                           "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted(c["url"] for c in report["columns"]) == [SEED + "gzdt/", SEED + "jdbb/"]


def test_the_site_in_a_minority_language_is_no_column(tmp_path: Path) -> None:
    """A Tibetan (or Uyghur, Mongolian) version of the site lists its own dated rows under a title in that script:
    the other version's page, no column of the Chinese site — while a column titled in both scripts stays one."""
    b = SnapshotBuilder(SEED)
    nav = ("<p class='lang'><a href='/bo/xinwen.aspx'>བོད་ཡིག</a></p><ul class='menu'><li><a href='/gzdt/'>工作动态</a>"
           "</li></ul>")
    tibetan = "".join(f"<tr><td><a href='/bo/2020/11/{d}/n{d}.aspx'>རྫོང་གི་ལས་དོན་གསར་འགྱུར།</a></td>"
                      f"<td>2020.11.{d}</td></tr>" for d in (12, 18, 23))
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "bo/xinwen.aspx", "<html><head><title>རྫོང་མི་དམངས་སྲིད་གཞུང་།</title></head><body>"
           f"<table class='grid'>{tibetan}</table></body></html>")
    b.page(SEED + "gzdt/", "<html><head><title>工作动态 ལས་དོན་གསར་འགྱུར།</title></head><body>"
           f"{nav}{_rows('gzdt', 4)}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [c["url"] for c in report["columns"]] == [SEED + "gzdt/"]


def test_a_front_page_of_several_lists_is_no_column(tmp_path: Path) -> None:
    """A sub-site's front page (a 乡镇 channel) shows the first rows of its lists, each block with a 更多 link to its
    list: the lists are columns, the front page is none; a list page with one 更多 box beside its own list stays one,
    and so do list pages beside the template's two 更多 boxes (热点, 推荐 on every page)."""
    b = SnapshotBuilder(SEED)
    boxes = "".join(f"<div class='box'><b>{n}</b><a href='/{k}/'>more</a></div>" for k, n in (("rd", "热点"), ("tj", "推荐")))
    foot = boxes + FOOTER
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/xz/dz/'>东镇</a>{FRESH}{foot}"
                 "</body></html>", depth=0)
    front = "".join(f"<h3>{n}</h3><a href='/xz/dz/{k}/'>MORE&gt;&gt;</a>{_rows('xz/dz/' + k, 3)}"
                    for k, n in (("gzdt", "工作动态"), ("gsgg", "公示公告")))
    b.page(SEED + "xz/dz/", f"<html><head><title>东镇</title></head><body>{front}{foot}</body></html>")
    for k, n in (("gzdt", "工作动态"), ("gsgg", "公示公告")):
        side = "<div class='side'><h4>公示公告</h4><a href='/xz/dz/gsgg/'>更多</a></div>" if k == "gzdt" else ""
        b.page(SEED + f"xz/dz/{k}/", f"<html><head><title>{n}</title></head><body>"
               f"<div class='loc'>当前位置：<a href='/'>首页</a> > <a href='/xz/dz/'>东镇</a> > {n}</div>"
               f"{side}{_rows('xz/dz/' + k, 5)}{foot}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted((c["name"], c["url"]) for c in report["columns"]) == [
        ("公示公告", SEED + "xz/dz/gsgg/"), ("工作动态", SEED + "xz/dz/gzdt/")]


def test_hubs_named_like_columns_are_no_columns_and_an_empty_list_is_one(tmp_path: Path) -> None:
    """Pages that list nothing and lead on are hubs, whatever their names say: 便民服务 tiles leading to a service
    platform, a 公众参与 landing page leading to the pages of its own section; a 公众参与 sub-page whose list is empty
    in words the checks do not know (暂无来件) is a column all the same, and so is a 乡镇动态 list of headlines that
    print no date."""
    tiles = "".join(f"<div class='tile'><a href='http://fw.sheng.gov.cn/item/{i}'>{n}</a></div>"
                    for i, n in enumerate(("社保卡挂失", "公积金提取", "户口迁移", "居住证办理")))
    landing = ("<div class='box'><a href='/gzcy/yjzj/'>意见征集</a><p>重大决策公开征求意见</p></div>"
               "<div class='box'><a href='/gzcy/dczx/'>调查征询</a><p>网上调查</p></div>")
    empty = "<table class='mail'><tr><th>标题</th><th>日期</th></tr><tr><td colspan='2'>暂无来件</td></tr></table>"
    undated = "<div class='lb'>" + "".join(f"<p><a href='/xzdt/{n}.html'>{t}</a></p>" for n, t in (
        (7741, "东镇召开秋季防火工作部署会议"), (7742, "西乡开展“文明乡风”宣传活动"), (7743, "南湖街道举办消防安全演练"))) + "</div>"
    report = _site(tmp_path, {"bmfw/": ("便民服务", tiles), "gzcy/": ("公众参与", landing),
                              "gzcy/yjzj/": ("意见征集", empty), "xzdt/": ("乡镇动态", undated)})
    # 乡镇动态 leads to documents (headlines, no dates): a list, not a hub
    assert sorted(c["name"] for c in report["columns"]) == ["乡镇动态", "意见征集"]


def test_a_landing_page_leading_to_platform_boxes_and_a_page_below_is_a_hub(tmp_path: Path) -> None:
    # 政民互动 lists nothing: two boxes lead to the province's 征集 platform, one to its own 在线访谈 page below it
    # (which the menu links too): three ways on of both kinds make a hub; its 意见征集 page showing an empty table
    # beside the same two boxes is a column with an empty list
    boxes = ("<div class='box'><a href='http://zj.sheng.gov.cn/poll/list'>网上调查</a></div>"
             "<div class='box'><a href='http://zj.sheng.gov.cn/idea/list'>建言献策</a></div>")
    empty = "<table class='list'><tr><th>主题</th><th>时间</th></tr><tr><td colspan='2'>暂无征集</td></tr></table>"
    report = _site(tmp_path, {
        "zmhd/": ("政民互动", boxes + "<div class='box'><a href='/zmhd/zxft/'>在线访谈</a></div>"),
        "zmhd/zxft/": ("在线访谈", "<p>本期嘉宾：区教育局局长。访谈主题：义务教育阶段招生入学政策解读。</p>"),
        "yjzj/": ("意见征集", boxes + empty)})
    assert [c["name"] for c in report["columns"]] == ["意见征集"]


def test_a_catalogue_listing_dated_documents_is_a_column(tmp_path: Path) -> None:
    """A 目录 page is navigation when it lists columns, a list when it lists dated documents (a 公开目录 table with
    索引号 and dates)."""
    table = "<table>" + "".join(
        f"<tr><td>000-2020-{i:03d}</td><td><a href='/gk/doc{i}.html'>文件{i}</a></td><td>2020年11月{20 - i}日</td></tr>"
        for i in range(4)) + "</table>"
    cats = "<ul>" + "".join(f"<li><a href='/gk/c{i}/'>类目{i}</a></li>" for i in range(4)) + "</ul>"
    report = _site(tmp_path, {"gkml/": ("公开目录", table), "lmdh/": ("栏目目录", cats)})
    assert [c["name"] for c in report["columns"]] == ["公开目录"]


def test_the_page_a_gateway_homepage_sends_on_to_is_no_column(tmp_path: Path) -> None:
    """A snapshot that names a jump page as the homepage (a WARC from another tool, a crawl that did not follow it):
    the page it sends the visitor on to — by a refresh or its one link — stands for the homepage, not for a column,
    even when its lists carry no 更多 links; the lists it links to are columns."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某县</title><meta http-equiv='refresh' content='0; url=/portal/main.htm'></head>"
                 "<body><a href='/portal/main.htm'>点击进入</a></body></html>", depth=0)
    b.page(SEED + "portal/main.htm", "<html><head><title>某县人民政府</title></head><body>"
           "<h3><a href='/tzgg/'>通知公告</a></h3>" + _rows("tzgg", 4) + f"{FOOTER}</body></html>")
    b.page(SEED + "tzgg/", "<html><head><title>通知公告</title></head><body><a href='/portal/main.htm'>首页</a>"
           + _rows("tzgg", 6) + f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [c["url"] for c in report["columns"]] == [SEED + "tzgg/"]


def test_a_list_table_of_header_cells_only_is_blank(tmp_path: Path) -> None:
    # a table the server printed with its header row and no row: 文号 | 名称 | 成文日期 over nothing
    menu = "<div class='side'><a href='/gkwj/sjbg/'>审计报告</a></div>"   # a link only this page has
    header = menu + ("<table class='tb'><thead><tr><th>文号</th><th>名称</th><th>成文日期</th></tr></thead>"
                     "<tbody></tbody></table>")
    report = _site(tmp_path / "static", {"gkwj/": ("审计结果公告", header)})
    assert _checks(report, "empty-column") == {SEED + "gkwj/"}
    # the same table next to a script of the site's own that may write its rows: not measured, never blank
    scripted = header + "<script src='/js/gkwj_rows.js'></script>"
    report = _site(tmp_path / "scripted", {"gkwj/": ("审计结果公告", scripted)})
    assert not _checks(report, "empty-column")


def test_a_live_page_with_a_box_of_past_programmes_is_no_column(tmp_path: Path) -> None:
    past = ("<div class='wqjm'><b>往期节目</b><ol>"
            "<li><a href='/wszb/2020/10/1.html'>秋季森林防火工作直播</a><i>2020-10-09</i></li>"
            "<li><a href='/wszb/2020/08/3.html'>城区道路改造工作直播</a><i>2020-08-21</i></li>"
            "<li><a href='/wszb/2020/06/2.html'>夏季防汛工作直播</a><i>2020-06-30</i></li></ol></div>")
    live = ("<h1>稳就业保民生——市人社局局长走进直播间</h1><div class='zb'>"
            "<p>直播时间：2020年11月20日 15:00，嘉宾：市人力资源和社会保障局局长</p>"
            "<p>主持人：欢迎收看本期网上直播，今天我们请到市人社局局长，介绍今年稳就业的各项举措和成效。</p>"
            "<p>嘉宾：今年以来，全市新增城镇就业人数持续增长，我们推出了一系列援企稳岗政策，帮助企业渡过难关。</p>"
            "<p>网友提问：灵活就业人员如何参加社会保险？嘉宾：可在政务服务网上办理参保登记，手续简便。</p></div>")
    report = _site(tmp_path / "live", {"wszb/": ("网上直播", live + past)})
    assert report["columns"] == []
    # the same name over its rows only: an archive of past programmes is a column
    report = _site(tmp_path / "archive", {"wszb/": ("网上直播", past)})
    assert [c["url"] for c in report["columns"]] == [SEED + "wszb/"]


def test_a_definition_list_row_dates_its_title_from_a_later_cell() -> None:
    """`<dl>` entries printing a document number or an office between the title and the date: the date is the
    entry's, read from its own cells only (never from the next entry's)."""
    docs = "".join(f"<dl class='doc'><dt><a href='/wj/{i}.html'>某县关于第{i}项工作的实施办法</a></dt><dd>发文机关：某县人民政府</dd>"
                   f"<dd>某政发〔2021〕{i}号</dd><dd>2021年0{i}月1{i}日</dd></dl>" for i in (3, 4))
    f = parse_page(f"<html><head><title>规范性文件</title></head><body>{docs}</body></html>", SEED + "wj/", None, "r")
    assert [(it.url.rsplit("/", 1)[1], it.date) for it in f.items] == [("3.html", (2021, 3, 13)), ("4.html", (2021, 4, 14))]
    # an entry with a summary and no date does not take the date of the entry after it
    mixed = ("<dl><dt><a href='/a/1.html'>第一篇工作简报</a></dt><dd>简报摘要：本期介绍了有关工作</dd>"
             "<dt><a href='/a/2.html'>第二篇工作简报</a></dt><dd>2021-02-03</dd></dl>")
    f = parse_page(f"<html><body>{mixed}</body></html>", SEED + "a/", None, "r")
    assert [(it.url.rsplit("/", 1)[1], it.date) for it in f.items] == [("2.html", (2021, 2, 3))]


def test_a_header_row_in_plain_cells_over_a_table_of_rows_is_no_empty_list() -> None:
    """A header row of plain cells is an empty list only alone: over a table of its own rows it heads them, and a
    one-row table of other labels (a form's, a price's) is no list header."""
    header = "<table><tr><td>文件名称</td><td>成文日期</td></tr></table>"
    rows = "<table><tr><td><a href='/wj/1.html'>某县第一号文件</a></td><td>（日期见正文）</td></tr></table>"
    body = "<html><head><title>文件</title></head><body><div class='box'>{}</div></body></html>"
    assert parse_page(body.format(header), SEED + "wj/", None, "r").empty_container
    assert not parse_page(body.format(header + rows), SEED + "wj/", None, "r").empty_container
    labels = "<table><tr><td>姓名</td><td>职务</td></tr></table><p>县长：张某，主持县政府全面工作。</p>"
    assert not parse_page(body.format(labels), SEED + "ld/", None, "r").empty_container


def test_a_row_with_two_dates_is_dated_by_the_later_one_up_to_the_as_of_date(tmp_path: Path) -> None:
    """申请日期 | 答复日期 rows: the list was last touched on the later date; a 征集 row's 截止日期 after the as-of date
    leaves the row dated by its other date (never undated, never stale for it)."""
    def table(rows: list[tuple[str, str, str]]) -> str:
        return "<table class='sqgk'>" + "".join(
            f"<tr><td><a href='/x/{i}.html'>{t}</a></td><td>{a}</td><td>{b}</td></tr>" for i, (t, a, b) in
            enumerate(rows)) + "</table>"
    report = _site(tmp_path, {
        "ysq/": ("依申请公开答复", table([("关于某路段改造资金的公开申请", "2020-09-01", "2020-09-18"),
                                         ("关于某小区规划许可的公开申请", "2020-08-03", "2020-08-20")])),
        "yjzj/": ("意见征集", table([("《某市养犬管理办法（草案）》公开征求意见", "2020-11-20", "2020-12-20"),
                                   ("《某市停车场管理办法（草案）》公开征求意见", "2020-10-09", "2020-11-09")])),
    })
    newest = {c["name"]: c["last_update"] for c in report["columns"]}
    assert newest == {"依申请公开答复": "2020-09-18", "意见征集": "2020-11-20"}
    assert SEED + "yjzj/" not in _checks(report, "stale-column")


def test_a_disclosure_named_by_its_subject_is_no_notice_board(tmp_path: Path) -> None:
    """公示 after a subject (行政处罚公示, 招聘公示) names that subject's disclosure: typed by the subject or 其他, so an
    old 处罚 list is not a stale 通知公告; a 公示公告 board is 通知公告."""
    def rows(folder: str) -> str:
        return "<ul>" + "".join(f"<li><a href='/{folder}/{i}.html'>第{i}批名单</a><span>2019-0{i}-10</span></li>"
                                for i in (3, 4)) + "</ul>"
    report = _site(tmp_path, {f"{p}/": (name, rows(p)) for p, name in
                              (("xzcf", "行政处罚公示"), ("zpgs", "招聘公示"), ("gsgg", "公示公告"))})
    assert {c["name"]: c["type"] for c in report["columns"]} == {"行政处罚公示": "其他", "招聘公示": "人事",
                                                                "公示公告": "通知公告"}
    assert _checks(report, "stale-column") == {SEED + "zpgs/", SEED + "gsgg/"}


def test_a_tenders_publicity_and_the_procurement_intentions_are_notices(tmp_path: Path) -> None:
    """The 公示 of a tender's result (成交结果公示) and the 采购意向 a unit announces before buying are notices, like the
    tender's 公告: 通知公告, stale after six months; a subject's disclosure (环评公示) stays 其他."""
    def table(folder: str, title: str) -> str:
        return "<table class='gg'><tr><th>标题</th><th>日期</th></tr>" + "".join(
            f"<tr><td><a href='/{folder}/{i}.html'>{title}（第{i}包）</a></td><td>2020/0{i}/15</td></tr>"
            for i in (2, 3, 4)) + "</table>"
    report = _site(tmp_path, {f"{p}/": (name, table(p, row)) for p, name, row in (
        ("cjjg", "成交结果公示", "某市档案馆密集架采购项目成交结果"),
        ("yxgk", "政府采购意向公开", "某市财政局2020年第二季度政府采购意向"),
        ("hpgs", "环评公示", "某污水处理厂扩建项目环境影响评价"))})
    assert {c["name"]: c["type"] for c in report["columns"]} == {
        "成交结果公示": "通知公告", "政府采购意向公开": "通知公告", "环评公示": "其他"}
    assert _checks(report, "stale-column") == {SEED + "cjjg/", SEED + "yxgk/"}


def test_a_bulletin_of_the_bodys_work_is_news_wherever_it_sits(tmp_path: Path) -> None:
    """A 工作简报 reports the body's work (工作进展): 动态要闻 outside a news section too, stale after two weeks; a
    bulletin of the crops (农情简报) is no news of the work."""
    def issues(folder: str, name: str) -> str:
        return "<dl class='jb'>" + "".join(
            f"<dd><a href='/{folder}/{n}.html'>{name}（2020年第{n}期）</a><em>2020年{n}月28日</em></dd>"
            for n in (10, 9, 8)) + "</dl>"
    report = _site(tmp_path, {"gzjb/": ("工作简报", issues("gzjb", "某市水利局工作简报")),
                              "nqjb/": ("农情简报", issues("nqjb", "某市农情简报"))})
    assert {c["name"]: c["type"] for c in report["columns"]} == {"工作简报": "动态要闻", "农情简报": "其他"}
    assert _checks(report, "stale-column") == {SEED + "gzjb/"}


def test_a_guestbook_printing_its_messages_whole_lists_them(tmp_path: Path) -> None:
    """Messages printed whole on the list page, with no page of their own to link: each block holding one 来信时间
    is an entry (dated by its letter, its reply date kept for the message measures); one such block is a message's
    own page, not a list."""
    letters = "".join(f"<div class='letter'><p>来信标题：{t}</p><p>来信时间：2021年3月{d}日</p>"
                      f"<p>答复意见：已转交有关部门办理。答复日期：2021-03-{d + 4:02d}</p></div>"
                      for t, d in (("小区门口路灯不亮", 2), ("公交站台遮雨棚破损", 9), ("菜市场周边占道经营", 16)))
    f = parse_page(f"<html><head><title>书记信箱</title></head><body><h2>书记信箱</h2>{letters}</body></html>",
                   SEED + "sjxx/", None, "r")
    assert [(it.title, it.date, len(it.dates)) for it in f.items] == [
        ("小区门口路灯不亮", (2021, 3, 2), 2), ("公交站台遮雨棚破损", (2021, 3, 9), 2), ("菜市场周边占道经营", (2021, 3, 16), 2)]
    assert f.message is None
    one = parse_page(f"<html><body>{letters.split('</div>')[0]}</div></body></html>", SEED + "sjxx/1.html", None, "r")
    assert one.items == [] and one.message is not None
    report = _site(tmp_path, {"sjxx/": ("书记信箱", letters)})
    assert [(c["name"], c["type"], c["items"]) for c in report["columns"]] == [("书记信箱", "互动", 3)]


def test_a_letters_answer_in_the_block_after_its_linked_block_dates_it(tmp_path: Path) -> None:
    """A 信箱 printing each letter as its linked title and date, its answer in the next block of its own holding no
    link (答复日期：…): the answer is the letter's, so the list was last touched on the newest answer; a block after
    a letter that says when another message was sent is no answer of it."""
    letters = "".join(f"<dt><a href='/zxxx/{n}.html'>{q}</a><em>2020-{sent}</em></dt>"
                      f"<dd>答复单位：市城管局　答复日期：2020-{answered}<br>经核实，已安排维修。</dd>"
                      for n, q, sent, answered in ((3, "滨江路段井盖松动存在隐患", "11-12", "11-24"),
                                                   (2, "老城区公厕夜间不开放", "10-20", "10-23"),
                                                   (1, "人行道共享单车乱停乱放", "09-28", "10-09")))
    board = f"<dl class='xjlb'>{letters}</dl>"
    f = parse_page(f"<html><head><title>主任信箱</title></head><body>{board}</body></html>", SEED + "zxxx/", None, "r")
    assert [(it.date, it.dates) for it in f.items] == [
        ((2020, 11, 12), [(2020, 11, 12), (2020, 11, 24)]), ((2020, 10, 20), [(2020, 10, 20), (2020, 10, 23)]),
        ((2020, 9, 28), [(2020, 9, 28), (2020, 10, 9)])]
    report = _site(tmp_path, {"zxxx/": ("主任信箱", board)})
    assert [(c["name"], c["items"], c["last_update"]) for c in report["columns"]] == [("主任信箱", 3, "2020-11-24")]
    other = ("<p><a href='/zxxx/5.html'>公园健身器材损坏</a> 2020-11-02</p>"
             "<p>游客 留言时间：2020-11-20 回复时间：2020-11-25 小区停车位不足</p>")
    g = parse_page(f"<html><body>{other}</body></html>", SEED + "zxxx/", None, "r")
    assert [it.dates for it in g.items if it.url.endswith("5.html")] == [[(2020, 11, 2)]]



def test_a_guestbook_heading_each_message_with_its_poster_lists_them(tmp_path: Path) -> None:
    """EmpireCMS's 留言板 heads each message 发表者: … 发表时间: …: those blocks are its messages; 发表时间 alone, as
    articles print it (信息来源：本站 发表时间：…), says when a document was published, and lists no message."""
    posts = "".join(f"<dl class='msg'><dt><span>发表者：{who}</span> <em>发表时间：2021-03-{d:02d} 10:15</em></dt>"
                    f"<dd>{q}</dd><dd class='re'>回复：已转交有关部门。回复时间：2021-03-{d + 3:02d}</dd></dl>"
                    for who, d, q in (("李女士", 4, "社区卫生服务站周末是否开诊？"), ("游客", 11, "老年人乘车优惠卡在哪里办理？")))
    f = parse_page(f"<html><head><title>留言板</title></head><body>{posts}</body></html>", SEED + "lyb/", None, "r")
    assert [(it.title, it.date, len(it.dates)) for it in f.items] == [
        ("社区卫生服务站周末是否开诊？", (2021, 3, 4), 2), ("老年人乘车优惠卡在哪里办理？", (2021, 3, 11), 2)]
    report = _site(tmp_path, {"lyb/": ("留言板", posts)})
    assert [(c["name"], c["type"], c["items"]) for c in report["columns"]] == [("留言板", "互动", 2)]
    summaries = "".join(f"<div class='zy'><p>{t}……</p><p>信息来源：本站　发表时间：2021-03-{d:02d}</p></div>"
                        for t, d in (("全市春季植树活动有序开展", 4), ("城区道路改造工程进入收尾阶段", 11)))
    g = parse_page(f"<html><body>{summaries}</body></html>", SEED + "sy/", None, "r")
    assert g.items == [] and g.message is None


def test_a_board_saying_who_left_each_message_and_when_lists_them(tmp_path: Path) -> None:
    """A 留言板 table whose rows say who left each message and when (王女士 留言于 2020-10-05), each with the date it
    was answered: each row is a message, with both its dates."""
    rows = "".join(f"<tr><td class='who'>{who} 留言于 2020-{sent}</td><td>{q}</td><td>回复时间：2020-{answered}</td></tr>"
                   for who, sent, q, answered in (("王女士", "11-16", "小区路段夜间施工噪音扰民", "11-19"),
                                                  ("赵先生", "10-27", "公园公厕开放时间太短", "10-30"),
                                                  ("网友", "09-30", "希望增开一班早高峰公交", "10-09")))
    board = f"<table class='lyb'><tbody>{rows}</tbody></table>"
    f = parse_page(f"<html><head><title>在线留言</title></head><body>{board}</body></html>", SEED + "zxly/", None, "r")
    assert [(it.date, len(it.dates)) for it in f.items] == [((2020, 11, 16), 2), ((2020, 10, 27), 2), ((2020, 9, 30), 2)]
    report = _site(tmp_path, {"zxly/": ("在线留言", board)})
    assert [(c["name"], c["type"], c["items"], c["last_update"]) for c in report["columns"]] == [
        ("在线留言", "互动", 3, "2020-11-19")]


def test_posted_dates_are_messages_on_a_board_that_answers_them(tmp_path: Path) -> None:
    """发表于 dates forum posts and articles too; on a board printing when messages were answered — an answer headed
    管理员回复 with its date in brackets — it says when each message was sent, the one still unanswered included, and
    the list's newest date is that open message's. 发表于 alone (an article's byline) lists no message."""
    def post(who: str, sent: str, q: str, answered: str = "") -> str:
        reply = f"<p class='re'>管理员回复(2020-{answered})：已转交社区处理。</p>" if answered else ""
        return f"<li><p><span>{who}</span> 发表于 2020-{sent}</p><p>{q}</p>{reply}</li>"
    board = ("<ul class='posts'>" + post("游客", "11-20", "老旧小区楼道灯损坏")
             + post("刘先生", "11-02", "社区卫生站疫苗接种时间", "11-05")
             + post("游客", "10-12", "菜市场门口积水严重", "10-16") + "</ul>")
    f = parse_page(f"<html><head><title>主任信箱</title></head><body>{board}</body></html>", SEED + "zrxx/", None, "r")
    assert [(it.title, it.date, len(it.dates)) for it in f.items] == [
        ("老旧小区楼道灯损坏", (2020, 11, 20), 1), ("社区卫生站疫苗接种时间", (2020, 11, 2), 2),
        ("菜市场门口积水严重", (2020, 10, 12), 2)]
    report = _site(tmp_path, {"zrxx/": ("主任信箱", board)})
    assert [(c["name"], c["type"], c["items"], c["last_update"]) for c in report["columns"]] == [
        ("主任信箱", "互动", 3, "2020-11-20")]
    byline = "<h1>秋季防火工作部署</h1><p>作者：综合办 发表于 2020-11-02</p><p>近日，街道召开秋季防火工作会议。</p>"
    g = parse_page(f"<html><body>{byline}</body></html>", SEED + "xw/1.html", None, "r")
    assert g.items == [] and g.message is None


def test_a_linked_letter_with_its_reply_printed_under_it_is_one_row(tmp_path: Path) -> None:
    """A 信箱 listing linked letters as blocks, each answered one printing its reply text under its 提交时间: the block
    around one submission label is the letter's row however long the reply, with both dates (a late answer counts)."""
    def letter(i: int, title: str, sent: str, reply: str) -> str:
        answer = (f"<blockquote><em>答复部门：某市住房和城乡建设局</em> <em>答复时间：{reply}</em><span>您好，来信反映的"
                  "情况已转交属地街道和物业公司现场核查，相关设施已于本周完成维修，感谢您对城市管理工作的监督与支持。"
                  "</span></blockquote>") if reply else "<small>状态：待答复</small>"
        return (f"<article class='mail'><div class='t'><a href='/szxx/show.do?mid={i}'>{title}</a></div>"
                f"<span class='who'>提交人：市民　提交时间：{sent}</span>{answer}</article>")
    mails = (letter(1, "小区二次供水水压不足", "2020年11月02日", "2020年11月09日")
             + letter(2, "老旧小区加装电梯补贴", "2020年07月20日", "2020年11月03日")
             + letter(3, "物业擅自提高停车费", "2020年08月10日", ""))
    f = parse_page(f"<html><body><h2>市长信箱</h2>{mails}</body></html>", SEED + "szxx/", None, "r")
    assert [(it.date, len(it.dates), it.status) for it in f.items] == [
        ((2020, 11, 2), 2, None), ((2020, 7, 20), 2, None), ((2020, 8, 10), 1, "unanswered")]
    report = _site(tmp_path, {"szxx/": ("市长信箱", "<p class='crumb'>当前位置：<a href='/'>首页</a> &gt; 市长信箱</p>"
                                                   + mails)})
    assert [(c["name"], c["type"], c["items"]) for c in report["columns"]] == [("市长信箱", "互动", 3)]
    assert _checks(report, "unanswered-message") == {SEED + "szxx/show.do?mid=2", SEED + "szxx/show.do?mid=3"}
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_letter_answered_in_the_block_after_it_keeps_both_its_labelled_days(tmp_path: Path) -> None:
    """A 咨询 board printing each linked question in a block and its answer in the next block (no wrapper per letter,
    the answer holding no link and saying only when it was answered): the answer is the letter's, so the board was
    last touched on its newest answer and a late answer counts; a day the question's prose cites (2020年5月1日) is no
    day of the letter — it was sent when its label says, and answered in a week."""
    def ask(i: int, title: str, sent: str, prose: str, answered: str) -> str:
        return (f"<div class='ask'><span class='bt'><a href='/zxzx/detail.jsp?id={i}'>{title}</a></span>"
                f"<em>提问时间：{sent}</em><p>{prose}</p></div>"
                f"<div class='hf'><b>回复日期：{answered}</b><p>网友您好，您反映的问题我单位已安排专人核实处理，"
                "处理结果已电话告知，感谢您的理解与支持。</p></div>")
    board = (ask(1, "社区卫生服务站周末是否开诊", "2020-11-10", "家中老人周末常需要量血压。", "2020-11-24")
             + ask(2, "装修押金迟迟不退怎么办", "2020-10-20", "我于2020年5月1日交了装修押金，完工后物业一直不退。", "2020-10-27")
             + ask(3, "背街小巷路灯长期不亮", "2020-07-20", "晚上出行很不方便，已多次向社区反映。", "2020-11-03"))
    f = parse_page(f"<html><body><h2>咨询选登</h2>{board}</body></html>", SEED + "zxzx/", None, "r")
    assert [it.dates for it in f.items] == [
        [(2020, 11, 10), (2020, 11, 24)], [(2020, 10, 20), (2020, 10, 27)], [(2020, 7, 20), (2020, 11, 3)]]
    report = _site(tmp_path, {"zxzx/": ("在线咨询", board)})
    assert [(c["name"], c["type"], c["items"], c["last_update"]) for c in report["columns"]] == [
        ("在线咨询", "互动", 3, "2020-11-24")]
    assert _checks(report, "unanswered-message") == {SEED + "zxzx/detail.jsp?id=3"}


def test_a_short_live_page_outweighing_its_box_of_past_ones_is_no_column(tmp_path: Path) -> None:
    """A 网上直播 page printing its programme's summary — topic, guest, time and opening lines, under 150 characters
    but twice what its 往期 box says — is the live page; an archive with one line of introduction is a column."""
    past = ("<div class='wq'><b>往期</b><ul><li><a href='/wszb/2020/10/1.html'>秋季森林防火</a><i>2020-10-09</i></li>"
            "<li><a href='/wszb/2020/08/3.html'>城区道路改造</a><i>2020-08-21</i></li></ul></div>")
    live = ("<div class='zb'><p>本期主题：稳就业保民生，援企稳岗政策解读</p><p>本期嘉宾：市人力资源和社会保障局副局长</p>"
            "<p>直播时间：2020年11月20日 15:00</p><p>主持人：各位网友好，欢迎收看本期网上直播。</p>"
            "<p>嘉宾：今年以来我们推出了一系列援企稳岗政策……</p></div>")
    report = _site(tmp_path / "live", {"wszb/": ("网上直播", live + past)})
    assert report["columns"] == []
    report = _site(tmp_path / "archive", {"wszb/": ("网上直播", "<p>本栏目收录历次网上直播的回放。</p>" + past)})
    assert [c["url"] for c in report["columns"]] == [SEED + "wszb/"]


def test_a_service_entry_under_construction_is_no_blank_column(tmp_path: Path) -> None:
    """A 网上服务大厅 page saying only that it is being built lacks its service, not dated items: no column (the
    办事服务 entry judges it); a service list saying 暂无数据 and a notice list under construction are blank columns."""
    report = _site(tmp_path, {
        "wsdt/": ("网上服务大厅", "<div class='tip'><img src='/img/jsz.gif' alt=''>网上服务大厅正在建设中，敬请期待！</div>"),
        "bszn/": ("办事指南", "<div class='tip'>暂无数据</div>"),
        "gsgg/": ("公示公告", "<div class='tip'>栏目建设中，敬请期待！</div>"),
    })
    assert sorted(c["name"] for c in report["columns"]) == ["公示公告", "办事指南"]
    assert _checks(report, "empty-column") == {SEED + "bszn/", SEED + "gsgg/"}
def test_a_landing_page_whose_pages_sit_below_it_in_their_breadcrumb_is_no_column(tmp_path: Path) -> None:
    """Addresses that say nothing of the hierarchy (`/node/20.htm`, `/node/21.htm`) and a homepage that links every
    page: a 政民互动 landing page that lists nothing is a hub when the pages it leads to sit one step below it in
    their own breadcrumb (首页 > 政民互动 > 意见征集); an empty list whose side menu links its siblings is a column."""
    b = SnapshotBuilder(SEED)
    pages = {"20": ("政民互动", ()), "21": ("意见征集", ("政民互动",)), "22": ("网上调查", ("政民互动",)),
             "30": ("人事信息", ("政务公开",)), "31": ("规划计划", ("政务公开",)), "32": ("财政资金", ("政务公开",))}
    menu = "<div class='menu'>" + "".join(f"<a href='/node/{k}.htm'>{n}</a>" for k, (n, _) in pages.items()) + "</div>"
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    side = {"20": "<div class='box'><h4><a href='/node/21.htm'>意见征集</a></h4><p>重大行政决策草案向社会公开征求意见</p></div>"
                  "<div class='box'><h4><a href='/node/22.htm'>网上调查</a></h4><p>就民生实事项目开展问卷调查</p></div>",
            "30": "<div class='side'><a href='/node/31.htm'>规划计划</a><a href='/node/32.htm'>财政资金</a></div>"}
    for k, (name, above) in pages.items():
        crumb = "当前位置：<a href='/'>首页</a>" + "".join(f" &gt; <a href='#'>{a}</a>" for a in above) + f" &gt; {name}"
        body = side.get(k, "") if k in ("20", "30") else _rows(f"node{k}", 3)
        b.page(SEED + f"node/{k}.htm", f"<html><head><title>{name}</title></head><body>{menu}"
               f"<div class='crumb'>{crumb}</div>{body}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted(c["name"] for c in report["columns"]) == ["人事信息", "意见征集", "网上调查", "规划计划", "财政资金"]


def test_a_hotline_page_is_a_function_page_and_its_replies_a_column(tmp_path: Path) -> None:
    """A 政务咨询热线 page says what number to call, when and for what: a function page like 联系我们, no (blank) column;
    a list of the hotline's published replies (热线回复, dated rows) is a column."""
    hotline = ("<div class='rx'><p>热线号码：0571-12345</p><p>接听时间：工作日 8:30-17:30，节假日由值班人员接听。</p>"
               "<p>受理群众对本市行政管理和公共服务的咨询、求助、投诉和建议。</p></div>")
    replies = "<ul class='hf'>" + "".join(
        f"<li><a href='/rxhf/202011/t202011{20 - i}_{i}.html'>关于小区停车难问题的答复{i}</a><span>2020-11-{20 - i}</span></li>"
        for i in range(3)) + "</ul>"
    report = _site(tmp_path, {"szrx/": ("政务咨询热线", hotline), "rxhf/": ("热线回复", replies)})
    assert [c["name"] for c in report["columns"]] == ["热线回复"]
    assert not _checks(report, "empty-column")


# Lists a script draws from data: two tabs of a 公开 block built with $.each from one object literal; a table filled
# from a JSON file fetched with $.ajax; a list whose JSON file holds no record.
_TABS = """<ul class='nav nav-tabs'><li class='active'><a href='#t1' data-toggle='tab'>工作动态</a></li>
<li><a href='#t2' data-toggle='tab'>公示公告</a></li></ul>
<div class='tab-content'><div class='tab-pane active'><ol id='dtPane'></ol></div>
<div class='tab-pane' style='display:none'><ol id='ggPane'></ol></div></div>
<script>
window.blockData = {"dt": {"rows": [
  {"wz": "/gk/dt/2020/1120/c1.html", "bt": "镇召开冬季防火工作部署会", "sj": 1605830400000},
  {"wz": "/gk/dt/2020/1102/c2.html", "bt": "镇开展秋冬季环境整治行动", "sj": 1604275200000}]},
 "gg": {"rows": [{"wz": "/gk/gg/2019/0301/c9.html", "bt": "关于镇村两委换届选举的公告", "sj": "2019年03月01日"}]}};
$.each(blockData.dt.rows, function (k, r) { $('#dtPane').append('<li><a href="' + r.wz + '">' + r.bt + '</a></li>'); });
$.each(blockData.gg.rows, function (k, r) { $('#ggPane').append('<li><a href="' + r.wz + '">' + r.bt + '</a></li>'); });
</script>"""
_FETCHED = """<table class='gk'><tr><th>名称</th><th>成文日期</th></tr><tbody id='docRows'></tbody></table>
<div id='pageBar'></div>
<script>$.ajax({type: "get", url: "/data/wj.json", dataType: "json", success: function (d) {
  var s = ""; for (var i = 0; i < d.data.items.length; i++) { s += "<tr><td>" + d.data.items[i].name + "</td></tr>"; }
  $("#docRows").html(s); laypage({cont: "pageBar", pages: d.data.pages}); }});</script>"""
_FETCHED_EMPTY = _FETCHED.replace("/data/wj.json", "/data/rs.json")


def test_lists_a_script_draws_from_data_are_read(tmp_path: Path) -> None:
    """Lists a script draws from data (an object literal in the page; a JSON file the crawl archived) are read as a
    browser shows them: entries, newest dates; a JSON list that holds no record shows an empty list."""
    nav = "".join(f"<a href='/{p}'>{n}</a>" for p, n in (("gkdt/", "公开动态"), ("zcwj/", "政策文件"), ("rsxx/", "人事信息")))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某镇人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, name, body in (("gkdt/", "公开动态", _TABS), ("zcwj/", "政策文件", _FETCHED), ("rsxx/", "人事信息", _FETCHED_EMPTY)):
        b.page(SEED + path, f"<html><head><title>{name}</title></head><body>{nav}<h2>{name}</h2>{body}{FOOTER}</body></html>")
    b.page(SEED + "data/wj.json", '{"code": 0, "data": {"pages": 3, "items": [{"name": "某镇关于印发农房建设管理办法的通知", '
           '"cwrq": "2020/11/18", "href": "../../zcwj/2020/1118/d1.html"}, {"name": "某镇2020年防汛工作方案", '
           '"cwrq": "2020/06/01", "href": "../../zcwj/2020/0601/d2.html"}]}}', content_type="application/json")
    b.page(SEED + "data/rs.json", '{"code": 0, "data": {"total": 0, "items": []}}', content_type="application/json")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "gkdt/"]["shown"], cols[SEED + "gkdt/"]["last_update"]) == (3, "2020-11-20")
    assert (cols[SEED + "zcwj/"]["shown"], cols[SEED + "zcwj/"]["last_update"]) == (2, "2020-11-18")
    assert _checks(report, "empty-column") == {SEED + "rsxx/"}


def test_a_script_list_whose_data_is_not_archived_is_not_measured(tmp_path: Path) -> None:
    """The same table whose JSON file the crawl did not archive: not measured, never a blank or stale column."""
    report = _site(tmp_path, {"zcwj/": ("政策文件", _FETCHED)})
    assert not _checks(report, "empty-column") and not _checks(report, "stale-column")
    # how many rows it shows is not measured either: null, not a count of 0
    col = next(c for c in report["columns"] if c["url"] == SEED + "zcwj/")
    assert (col["shown"], col["last_update"]) == (None, None)


def test_an_empty_list_the_server_prints_elsewhere_is_blank_beside_a_site_script(tmp_path: Path) -> None:
    """Every page loads the site's own script (menu effects); two 栏目 pages print their rows into `<ol
    class="art-rows">`: on a third page the same container standing empty was printed empty — a blank column. A
    container no page prints rows into, or one beside a data call, stays not measured."""
    site_js = "<script src='/res/site-effects.js'></script>"
    rows = "".join(f"<li><a href='/gk/2020/11{d:02d}/a{d}.html'>第{d}号通知</a><em>2020-11-{d:02d}</em></li>" for d in (3, 9))
    b = SnapshotBuilder(SEED)
    pages = {"gsgg/": ("公示公告", f"<ol class='art-rows'>{rows}</ol>"),
             "gzdt/": ("工作动态", f"<ol class='art-rows'>{rows.replace('通知', '动态')}</ol>"),
             "ghxx/": ("规划信息", "<ol class='art-rows'></ol>"),
             "rsxx/": ("人事信息", "<ol class='renshi-box'></ol>"),
             "cwxx/": ("财务信息", "<ol class='art-rows'></ol><script>$.get('/api/cw', function (d) { $('.art-rows').html(d); });</script>")}
    nav = "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in pages.items())
    b.page(SEED, f"<html><head><title>某局</title>{site_js}</head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}</title>{site_js}</head><body>{nav}<h3>{name}</h3>{body}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert _checks(report, "empty-column") == {SEED + "ghxx/"}


def test_a_hub_whose_tiles_the_homepage_links_too_is_no_column(tmp_path: Path) -> None:
    """A 公众参与 page of three picture tiles (a 信箱 and a 征集 platform, its own 访谈 page) that the homepage's 公众参与
    block links too: a hub leading on, not an information column; a headline list of articles the crawl did not
    fetch (dated addresses) is a column."""
    tiles = ("<div class='cards'><a href='http://xx.sheng.gov.cn/box?u=9'><img src='/i/1.png'><b>局长信箱</b></a>"
             "<a href='/hd/ft.html'><img src='/i/2.png'><b>在线访谈</b></a>"
             "<a href='http://zj.sheng.gov.cn/poll?u=9'><img src='/i/3.png'><b>民意征集</b></a></div>")
    home = FRESH + "<div class='gzcy'>" + tiles.replace("cards", "blk") + "</div>"
    headlines = "<ul class='gb'>" + "".join(
        f"<li><a href='/tjgb/2020{m:02d}/t2020{m:02d}15_{m}.html'>某县20{m + 8}年国民经济和社会发展统计公报</a><i>20{m + 8}年</i></li>"
        for m in (3, 4, 5)) + "</ul>"
    # monthly figures below the list's folder, each row printing the period only (2020年1-9月 … 2019年)
    periods = "<table>" + "".join(f"<tr><td><a href='/tjsj/{n}/index.html'>{t}</a></td><td>{p}</td></tr>" for n, t, p in (
        (88, "2020年1-9月全县规模以上工业生产情况", "2020年09月"), (87, "2020年1-8月全县规模以上工业生产情况", "2020年08月"),
        (86, "2020年上半年全县规模以上工业生产情况", "2020年06月"), (80, "2019年全县工业生产情况", "2019年"))) + "</table>"
    # a channel page (一页多栏): blocks of headlines, each under its section's link — that section's documents
    channel = "".join(f"<div class='blk'><h4><a href='/zwgk/{sec}/'>{name}</a></h4>" + "".join(
        f"<p><a href='/zwgk/{sec}/content/post_{sec}{i}.html'>关于做好{name}第{i}项工作的通知</a></p>" for i in range(3)) + "</div>"
        for sec, name in (("tzgg", "通知公告"), ("zfcg", "政府采购")))
    report = _site(tmp_path, {"gzcy/": ("公众参与", tiles), "hd/ft.html": ("在线访谈", "<p>本期访谈：城乡低保政策。</p>"),
                              "tjgb/": ("统计公报", headlines),
                              "tzgg/": ("通知公告", headlines.replace("tjgb", "tzgg").replace("统计公报", "专项审计结果的公告")),
                              "tjsj/": ("统计数据", periods), "zwgk/": ("政务公开", channel)},
                     home=home)
    # (the 通知公告 rows print no date and their pages were not fetched: the day each TRS address names dates them,
    # t20200515 the newest — 195 days before the as-of date, a stale 通知公告)
    assert sorted((c["name"], c["shown"]) for c in report["columns"]) == [
        ("统计公报", 3), ("统计数据", 4), ("通知公告", 3)]
    assert not _checks(report, "empty-column") and _checks(report, "stale-column") == {SEED + "tzgg/"}


def test_a_rendered_list_still_empty_beside_its_data_call_is_not_measured(tmp_path: Path) -> None:
    """The browser ran the page, yet the list stands empty beside the script fetching its data (its library or data
    file did not load): not measured, never blank. A rendered list the script filled with 暂无数据 is blank."""
    call = "<script>$.getJSON('/json/xx.json', function (r) { $('#rows').html(r.map(function (x) { return x.t; }).join('')); });</script>"
    b = SnapshotBuilder(SEED)
    nav = "<a href='/gzdt/'>工作动态</a><a href='/ghjh/'>规划计划</a>"
    b.page(SEED, f"<html><head><title>某县</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, name, shown in (("gzdt/", "工作动态", ""), ("ghjh/", "规划计划", "<li class='none'>暂无数据</li>")):
        page = f"<html><head><title>{name}</title></head><body>{nav}<h2>{name}</h2><ul id='rows'>LIST</ul>{call}{FOOTER}</body></html>"
        b.page(SEED + path, page.replace("LIST", ""), rendered=page.replace("LIST", shown))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert _checks(report, "empty-column") == {SEED + "ghjh/"}


def test_a_rendered_list_still_showing_its_template_row_is_not_measured(tmp_path: Path) -> None:
    """The browser ran the page, yet its table still shows a client-side template's row as written
    (`<tr ng-repeat>` over `{{ n.title }}`: the framework's library did not load) and the template's empty line,
    shown on a condition no script decided (`ng-show`): not measured, never blank. Rows the framework drew are read."""
    template = ("<tr ng-repeat='n in notes'><td><a ng-href='{{n.url}}'>{{ n.title }}</a></td>"
                "<td>{{ n.pub }}</td></tr>")
    drawn = "".join(f"<tr ng-repeat='n in notes'><td><a href='/ggl/{i}.html'>关于冬季供暖价格调整的公告（{i}）</a></td>"
                    f"<td>2020-11-2{i}</td></tr>" for i in (1, 2))
    b = SnapshotBuilder(SEED)
    nav = "<a href='/ggl/'>公告栏</a><a href='/bmgg/'>部门公告</a>"
    b.page(SEED, f"<html><head><title>某县</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, name, rows in (("ggl/", "公告栏", drawn), ("bmgg/", "部门公告", template)):
        page = (f"<html><head><title>{name}</title></head><body>{nav}<div ng-app='notes' ng-controller='NoteCtrl'>"
                f"<h2>{name}</h2><table class='tb'>{rows}</table><p ng-show='!notes.length'>暂无数据</p></div>"
                f"<script src='/lib/angular.min.js'></script><script src='/js/note-ctrl.js'></script>{FOOTER}</body></html>")
        b.page(SEED + path, page, rendered=page)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert not _checks(report, "empty-column")
    assert sorted((c["name"], c["shown"]) for c in report["columns"]) == [("公告栏", 2), ("部门公告", None)]


def test_a_page_named_like_a_column_showing_nothing_at_all_is_no_column(tmp_path: Path) -> None:
    """A first-level 政民互动 page whose content area holds nothing — no list, no empty-list statement, no text, no link
    of its own — shows no list at all: a blank page an entry leads to, not a (blank) column; a 通知公告 page showing an
    empty list is one, and so is a 人事信息 page deeper in the hierarchy showing nothing."""
    crumb = "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; {}</div>"
    report = _site(tmp_path, {
        "zmhd/": ("政民互动", crumb.format("政民互动") + "<div class='content' style='min-height:500px'>\n</div>"),
        "tzgg/": ("通知公告", crumb.format("通知公告") + "<div class='content'><ul class='list_news'></ul></div>"),
        "zwgk/rsxx/": ("人事信息", crumb.format("政务公开 &gt; 人事信息") + "<div class='content'></div>")})
    assert sorted(c["name"] for c in report["columns"]) == ["人事信息", "通知公告"]
    assert _checks(report, "empty-column") == {SEED + "tzgg/", SEED + "zwgk/rsxx/"}


def test_a_back_link_or_an_action_button_near_a_date_is_no_list_entry(tmp_path: Path) -> None:
    """A 办事 page saying its system was switched off on a date, with a 返回首页 link under the notice, is a function
    out of service, not a blank column; a 我要提问 button above a table of questions is no question."""
    report = _site(tmp_path, {
        "zxbl/index.jsp": ("在线办理", "<div class='tip'>通知：本平台已于2019.06.30起停止使用，请移步省政务服务网。"
                                      "<br><a href='/index.html'>返回首页</a></div>"),
        "wszx/list.jsp?cid=9": ("网上咨询", "<a class='btn' href='/wszx/ask.jsp'>我要提问</a><table>"
                                            "<tr><th>标题</th><th>时间</th></tr>"
                                            "<tr><td><a href='/wszx/show.jsp?id=21'>社保卡补办要带什么</a></td><td>2020-11-20</td></tr>"
                                            "<tr><td><a href='/wszx/show.jsp?id=20'>公积金提取进度查询</a></td><td>2020-11-02</td></tr></table>"),
    }, home=FRESH + "<a href='/index.html'>首页</a>")
    cols = {c["url"]: c for c in report["columns"]}
    assert SEED + "zxbl/index.jsp" not in cols and not _checks(report, "empty-column")
    assert cols[SEED + "wszx/list.jsp?cid=9"]["items"] == 2


def test_a_list_of_numbered_documents_printing_no_date_is_a_column(tmp_path: Path) -> None:
    """A JSP list whose rows are titles only (`detail.jsp?id=N`, the crawl opened none of them) is a column with
    entries whose dates are not known — never a blank one; a landing page linking sub-columns in one numbered shape
    (the crawl opened them: lists) is none, nor a 领导分工 page paging through its leaders and their duties."""
    rows = "".join(f"<p><a href='/detail.jsp?id={n}'>{t}</a></p>" for n, t in (
        (907, "二〇二〇年度农村公路养护计划表"), (881, "镇区道路交通安全隐患排查情况"), (860, "全镇饮用水水源地保护范围说明")))
    subs = "".join(f"<a href='/list.jsp?cid={n}'>{t}</a>" for n, t in (
        (31, "财政预决算及三公经费"), (32, "重大建设项目批准实施"), (33, "社会公益事业建设信息")))
    duties = "".join(f"<div><a href='/ld/show.jsp?id={n}'>副镇长（第{n}分管）：某某某同志</a><p>负责农业农村、水利、林业、"
                     f"乡村振兴和防汛抗旱工作，分管农业农村办公室、水利站和林业站，联系第{n}片区各村。</p></div>"
                     for n in (1, 2, 3))
    nav = ("<ul class='menu'><li><a href='/list.jsp?cid=12&page=1'>交通水利</a></li><li><a href='/zdly.jsp'>重点领域</a></li>"
           "<li><a href='/ldfg.jsp'>领导分工</a></li></ul>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某镇人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, name, body in (("list.jsp?cid=12&page=1", "交通水利", rows + "<div>共3条 1/1页</div>"),
                             ("zdly.jsp", "重点领域", subs), ("list.jsp?cid=31", "财政预决算及三公经费", FRESH),
                             ("list.jsp?cid=32", "重大建设项目批准实施", FRESH), ("list.jsp?cid=33", "社会公益事业建设信息", FRESH),
                             ("ldfg.jsp", "领导分工", duties + "<div>共3条 1/1页</div>")):
        b.page(SEED + path, f"<html><head><title>{name}_某镇人民政府</title></head><body>{nav}<div class='main'>{body}"
                            f"</div>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert cols[SEED + "list.jsp?cid=12&page=1"]["items"] == 3
    assert SEED + "zdly.jsp" not in cols and SEED + "ldfg.jsp" not in cols   # (leaders' duties: a single page)
    assert not _checks(report, "empty-column")


def test_a_platform_list_labelled_with_the_sites_body_is_its_column(tmp_path: Path) -> None:
    """On the city's 信息公开 platform whose addresses name no department (`list.do?deptId=…&catId=…`), the list page
    saying 信息公开单位：云溪市水务局 is the 水务局's column; the same platform's list labelled with another body is not."""
    site = "http://sw.yunxi.gov.cn/"
    rows = "".join(f"<tr><td><a href='http://gk.yunxi.gov.cn/detail.do?id={i}'>第{i}号水利工作文件</a></td>"
                   f"<td>2020.10.{10 + i}</td></tr>" for i in range(3))
    b = SnapshotBuilder(site)
    b.page(site, "<html><head><title>云溪市水务局</title></head><body>"
           "<a href='http://gk.yunxi.gov.cn/list.do?deptId=88&catId=5'>规范性文件</a>"
           "<a href='http://gk.yunxi.gov.cn/list.do?deptId=91&catId=5'>公安规范性文件</a>"
           f"{FRESH.replace('/xw/', site + 'xw/')}{FOOTER}</body></html>", depth=0)
    for dept, body in (("88", "云溪市水务局"), ("91", "云溪市公安局")):
        b.page(f"http://gk.yunxi.gov.cn/list.do?deptId={dept}&catId=5", "<html><head><title>规范性文件-云溪市政务公开平台"
               f"</title></head><body><div class='unit'>信息公开单位：{body}</div><table>{rows}</table></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: (c["items"], c["last_update"]) for c in report["columns"]}
    assert columns.get("http://gk.yunxi.gov.cn/list.do?deptId=88&catId=5") == (3, "2020-10-12")
    assert "http://gk.yunxi.gov.cn/list.do?deptId=91&catId=5" not in columns


def test_a_title_parted_by_a_full_width_dash_names_the_page_not_the_office(tmp_path: Path) -> None:
    """社区文化－某某街道办事处: the column's own name is 社区文化 (其他), not the whole title with its 办事处 (办事)."""
    b = SnapshotBuilder(SEED)
    nav = "<a href='/wh/list.do?id=3'>文化</a>"
    b.page(SEED, f"<html><head><title>某某街道办事处</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    rows = "".join(f"<li><a href='/wh/show.do?id={i}'>社区文化活动第{i}期</a> 20-11-{10 + i}</li>" for i in range(3))
    b.page(SEED + "wh/list.do?id=3", f"<html><head><title>社区文化－某某街道办事处</title></head><body>{nav}"
                                     f"<ul>{rows}</ul>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [(c["name"], c["type"]) for c in report["columns"]] == [("文化", "其他")]


def test_a_list_dating_its_rows_today_and_days_ago_is_fresh(tmp_path: Path) -> None:
    """Rows dated 今天, 3天前 and in a short-year cell (20-11-20) are this week's: the column is not stale."""
    rows = "".join(f"<li><a href='/xw/show.jsp?id={i}'>全镇第{i}次安全生产工作推进会召开</a><span>{d}</span></li>"
                   for i, d in enumerate(["今天", "3天前", "20-11-20", "2020.11.10"]))
    report = _site(tmp_path, {"xw/list.jsp?cid=1&page=1": ("工作动态", f"<ul class='list'>{rows}</ul>")})
    assert [(c["items"], c["last_update"]) for c in report["columns"]] == [(4, AS_OF.isoformat())]
    assert not _checks(report, "stale-column")


def test_a_script_paging_its_inline_data_shows_its_first_page(tmp_path: Path) -> None:
    """Twelve records in an object literal, shown five a page (`rows.slice(start, start + pageSize)`): the visitor
    sees five rows, the newest first; a script cutting each title with `.slice(0, 24)` shows every record."""
    records = ", ".join(f'{{"href": "/gg/2020/11{20 - i:02d}/g{i}.html", "title": "关于第{i}批项目的公示", '
                        f'"time": "2020-11-{20 - i:02d}"}}' for i in range(12))
    paged = (f"<ul id='ggList'></ul><div id='pg'></div><script>var data = {{\"rows\": [{records}]}}, pageSize = 5;"
             "function show(p) { var start = (p - 1) * pageSize, h = '';"
             "$.each(data.rows.slice(start, start + pageSize), function (i, r) { h += '<li><a href=\"' + r.href + '\">'"
             " + r.title + '</a><span>' + r.time + '</span></li>'; }); $('#ggList').html(h); } show(1);</script>")
    cut = paged.replace("data.rows.slice(start, start + pageSize)", "data.rows").replace(
        "r.title +", "r.title.slice(0, 24) +")
    report = _site(tmp_path, {"gsgg/": ("公示公告", paged), "tzgg/": ("通知公告", cut)})
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + "gsgg/"]["shown"], cols[SEED + "gsgg/"]["last_update"]) == (5, "2020-11-20")
    assert cols[SEED + "tzgg/"]["shown"] == 12


def test_a_way_back_beside_a_date_is_no_list_row() -> None:
    # a notice page: one date in its text, then 返回列表 / 返回首页 — navigation, not a dated entry
    html = ("<html><head><title>通知</title></head><body><div class='ts'>平台已于2021-06-30迁移。"
            "<a href='/tzgg/'>返回列表</a> <a href='/'>返回首页</a></div></body></html>")
    assert parse_page(html, SEED + "pt/", None, "r", home=False).items == []
    # a headline starting with 返回 is still a row
    rows = ("<ul><li><a href='/a/1.html'>返回武汉人员健康监测须知</a><span>2021-02-03</span></li>"
            "<li><a href='/a/2.html'>春运返乡提示</a><span>2021-01-28</span></li></ul>")
    got = parse_page(f"<html><head><title>通知公告</title></head><body>{rows}</body></html>", SEED + "tz/", None, "r")
    assert [it.title for it in got.items] == ["返回武汉人员健康监测须知", "春运返乡提示"]


def test_a_page_of_text_with_a_way_or_two_on_is_no_column(tmp_path: Path) -> None:
    """A 办事指南 page that says where and how to apply and leads on to the province's approval platform and the
    service centre's page is a single page (fewer ways on than a hub's); a 规划计划 page whose two links are plan
    files, or a 通知公告 page leading to one headline, lists documents and stays a column."""
    text = "<p>本委员会承办的审批事项已全部在省投资项目在线审批监管平台受理，申请人可登录平台申报，或到区行政服务中心综合窗口递交材料，咨询电话0591-83300000。</p>"
    ways = ("<p><a href='http://tzxm.sheng.gov.cn/portal/index'>投资项目在线审批监管平台</a> "
            "<a href='/xzfwzx/'>区行政服务中心</a></p>")
    plans = "<p><a href='/ghjh/sswgh.pdf'>某区十四五发展规划</a> <a href='/ghjh/2035.pdf'>国土空间总体规划</a></p>"
    notice = "<p><a href='/tzgg/gs/1.html'>关于开展2020年度安全生产大检查的通知</a></p>"
    report = _site(tmp_path, {"bszn/": ("办事指南", text + ways),
                              "ghjh/": ("规划计划", "<p>本区中长期规划经区人民代表大会审议通过后全文公开，年度计划见政府工作报告。</p>" + plans),
                              "tzgg/": ("通知公告", "<p>本栏目发布区政府及部门的通知、公告，历史信息请到区档案馆网站查阅，谢谢关注。</p>" + notice)})
    assert sorted(c["name"] for c in report["columns"]) == ["规划计划", "通知公告"]


def test_the_answer_to_a_query_posted_back_is_no_column(tmp_path: Path) -> None:
    """A search whose query is posted back to the form's own address (`/cms/fulltext.aspx`, no query in the address)
    answers with hits from every list: named for search (全文检索), it is no column; a 公开目录 filter posting back to
    its own list page is a list all the same."""
    b = SnapshotBuilder(SEED)
    form = "<form action='/cms/fulltext.aspx' method='post'><input name='txt'><input type='submit' value='检索'></form>"
    nav = "<ul class='menu'><li><a href='/gkml/list.aspx'>公开目录</a></li><li><a href='/tzgg/'>通知公告</a></li></ul>"
    filt = "<form action='/gkml/list.aspx' method='post'><select name='y'><option>2020</option></select></form>"
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{form}{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "tzgg/", f"<html><head><title>通知公告</title></head><body>{form}{nav}{_rows('tzgg', 4)}{FOOTER}"
                           "</body></html>")
    b.page(SEED + "cms/fulltext.aspx", "<html><head><title>全文检索 - 某市人民政府</title></head><body>"
           f"{form}{nav}<p>检索到 3 条信息</p>{_rows('ywdt', 3)}{FOOTER}</body></html>")
    b.page(SEED + "gkml/list.aspx", f"<html><head><title>公开目录</title></head><body>{filt}{nav}{_rows('gkml', 3)}"
           f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted(c["url"] for c in report["columns"]) == [SEED + "gkml/list.aspx", SEED + "tzgg/"]


def test_a_channels_landing_page_saying_more_than_its_rows_is_no_column(tmp_path: Path) -> None:
    """A first-level 信息公开 page (首页 > 信息公开) setting out how information is disclosed, beside a box of the two
    latest documents, says more of its own than its rows: a landing page, no column. The same text one level deeper
    (首页 > 信息公开 > 公开年报) heads a list of its own, and a first-level list with a line of introduction is a list."""
    intro = ("<p>本站信息公开实行主动公开与依申请公开相结合的制度。主动公开的信息自形成或变更之日起二十个工作日内公开；"
             "依申请公开请向区政府办公室信息公开科提出，可现场、邮寄或在线提交，本机关自收到申请之日起二十个工作日内答复；"
             "对答复不服的，可依法申请行政复议或提起行政诉讼。查阅地点设在区档案馆和区图书馆。</p>")
    box = "<h4>最新公开</h4><ul>" + "".join(
        f"<li><a href='/xxgk/{n}.html'>区政府关于第{n}批民生实事项目的公告</a>（2020-11-{n + 10}）</li>" for n in (1, 2)) + "</ul>"
    crumb = "<p class='crumb'>您所在的位置：<a href='/'>首页</a> » {}</p>"
    deep = intro.replace("本站", "本区") + box.replace("/xxgk/", "/xxgk/nb/")
    short = "<p>发布区政府各类通知公告。</p>" + box.replace("/xxgk/", "/tzgg/")
    report = _site(tmp_path, {"xxgk/": ("信息公开", crumb.format("信息公开") + intro + box),
                              "xxgk/nb/": ("公开年报", crumb.format("<a href='/xxgk/'>信息公开</a> » 公开年报") + deep),
                              "tzgg/": ("通知公告", crumb.format("通知公告") + short)})
    assert sorted(c["name"] for c in report["columns"]) == ["公开年报", "通知公告"]


def test_a_sub_site_front_page_naming_itself_the_homepage_is_no_column(tmp_path: Path) -> None:
    """A department's front page on its county's platform, deep in the host's folders: it says where it sits (部门 >
    发改局) and shows boxes of rows from its lists, yet its title names it the homepage (首页 | …): no column."""
    rows = "".join(f"<tr><td><a href='/bm/fgj/tzgg/{i}.htm'>某项目第{i}批资金安排的公告</a></td><td>2020/11/{i:02d}</td></tr>"
                   for i in range(1, 5))
    page = (f"<html><head><title>首页 | 某县发展和改革局</title></head><body><div class='wz'>您的位置：部门 &gt; 发改局</div>"
            f"<h3><a href='/bm/fgj/tzgg/list.htm'>通知公告</a></h3><table>{rows}</table>{FOOTER}</body></html>")
    b = SnapshotBuilder(SEED + "bm/fgj/index.htm")
    b.page(SEED + "bm/fgj/index.htm", page, depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert SEED + "bm/fgj/index.htm" not in {c["url"] for c in report["columns"]}


def test_a_map_of_offices_filled_by_a_script_is_no_column(tmp_path: Path) -> None:
    """便民网点地图: an empty map box and an empty list of points a script fills — a tool to find an office on, not a
    list; a 地图审核公示 list with its rows stays a column."""
    box = ("<div id='allmap' style='height:400px'></div><ul id='wdList' class='wd-list'></ul>"
           "<script src='/js/wdmap.js'></script>")
    shsh = "<ul>" + "".join(f"<li><a href='/dtsh/{i}.html'>某某公司第{i}号地图审核结果</a><em>2020-11-{i:02d}</em></li>"
                            for i in (10, 12)) + "</ul>"
    report = _site(tmp_path, {"wd/map.html": ("便民网点地图", box), "dtsh/": ("地图审核公示", shsh)})
    assert {c["name"] for c in report["columns"]} == {"地图审核公示"}


def test_hub_tiles_linked_by_their_own_pages_and_by_the_sections_pages_are_its_own(tmp_path: Path) -> None:
    """A 公众互动 page of tiles with long captions that the homepage links too: the pages it leads to link themselves
    (their breadcrumb), and a page below it sends the visitor on to the same platform a tile does — none of that is
    another page linking the tiles: a hub, no column."""
    tiles = ("<div class='tiles'><a href='/c/2201.htm'><b>市长信箱</b><i>反映问题、提出建议</i></a>"
             "<a href='/gzhd/dc/'><b>民意调查</b><i>在线调查 表达意见</i></a>"
             "<a href='https://rx.sheng.gov.cn/'><b>政务服务热线</b><i>一号受理 全省通办</i></a></div>")
    crumb = "<div class='dqwz'><a href='/'>首页</a> &gt; <a href='/gzhd/'>公众互动</a> &gt; <a href='{}'>{}</a></div>"
    others = {f"lm{i}/": (f"栏目{i}", FRESH) for i in range(6)}
    nav = "<a href='/'>首页</a><a href='/gzhd/'>公众互动</a>" + "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in others.items())
    pages = {
        "": ("某市人民政府", FRESH + tiles),
        "gzhd/": ("公众互动", "<div class='dqwz'><a href='/'>首页</a> &gt; <a href='/gzhd/'>公众互动</a></div>"
                 "<p>欢迎您参与政务互动，您的每一条意见和建议都是我们改进工作的动力。</p>" + tiles),
        "c/2201.htm": ("市长信箱", crumb.format("/c/2201.htm", "市长信箱") + "<p>信箱已并入<a href='https://rx.sheng.gov.cn/'>"
                                 "政务服务热线平台</a>，请前往留言。</p>"),
        "gzhd/dc/": ("民意调查", crumb.format("/gzhd/dc/", "民意调查") + "<p>本期调查已结束，请访问"
                             "<a href='https://rx.sheng.gov.cn/'>政务服务热线平台</a>。</p>"), **others}
    b = SnapshotBuilder(SEED)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}</title></head><body>{nav}{body}{FOOTER}</body></html>",
               **({"depth": 0} if not path else {}))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "公众互动" not in {c["name"] for c in report["columns"]}


def test_a_webforms_list_posting_back_to_its_own_address_is_no_search_answer(tmp_path: Path) -> None:
    """An ASP.NET page's one form posts back to the page's own address (query and all) and holds the header's search
    box: the page is a list, not the answer to a search; a query the form sent (Search.aspx?kw=…) is one."""
    rows = "".join(f"<span class='item'><a href='Show.aspx?ID={i}'>某区第{i}季度重点项目建设进展</a>"
                   f"<span class='dt'>[2020-11-{i:02d}]</span></span><br/>" for i in range(10, 14))
    form = ("<form method='post' action='Info.aspx?ClassID=7' id='aspnetForm'><input type='hidden' name='__VIEWSTATE' "
            "value='x'/><input name='ctl00$kw' type='text'/><input type='submit' value='搜索'/>{}</form>")
    b = SnapshotBuilder(SEED)
    nav = "<a href='/Info.aspx?ClassID=7'>工作动态</a>"
    b.page(SEED, f"<html><head><title>某区</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "Info.aspx?ClassID=7",
           f"<html><head><title>工作动态</title></head><body>{nav}{form.format(rows)}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [(c["name"], c["items"]) for c in report["columns"]] == [("工作动态", 4)]


def test_table_rows_whose_link_is_a_result_button_are_rows_not_text_beside_them(tmp_path: Path) -> None:
    """民意调查 as a table (主题 | 开始 | 结束 | 查看结果): the subjects stand in the rows' cells, not in their links; they
    are the list's rows, not a document the page says beside a short list."""
    rows = "".join(f"<tr><td>关于第{i}批城市更新片区（含老旧小区及背街小巷）改造意向与居民需求的问卷调查</td><td>2020-0{i}-01</td>"
                   f"<td>2020-0{i}-20</td><td>{f'<a href=/dc/jg_{i}.html>查看结果</a>' if i > 4 else '未发布'}</td></tr>"
                   for i in range(3, 7))
    crumb = "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; 民意调查</div>"
    report = _site(tmp_path, {"dc/": ("民意调查", f"{crumb}<table><tr><th>主题</th><th>开始</th><th>结束</th><th>结果</th></tr>"
                                               f"{rows}</table>")})
    # (dated by 开始, when the survey went online: 结束 is when it closed, no publication)
    assert [(c["name"], c["last_update"]) for c in report["columns"]] == [("民意调查", "2020-06-01")]


def test_rows_of_another_list_beside_a_columns_empty_list_are_a_box(tmp_path: Path) -> None:
    # 招聘信息 says its own list is empty; beside it a 最新动态 box repeats 工作动态's latest rows (kept in /gzdt/)
    rows = "".join(f"<div class='r'><a href='/gzdt/2020/11/{20 + i}/a{i}.html'>第{i}项重点工作取得新进展</a>"
                   f"<i>2020/11/{20 + i}</i></div>" for i in (1, 2, 3))
    report = _site(tmp_path, {
        "zpxx/": ("招聘信息", f"<div class='colbox'><h2>招聘信息</h2><div class='empty'>本栏目暂无信息</div></div>"
                               f"<div class='aside'><h3>最新动态</h3>{rows}</div>"),
        "gzdt/": ("工作动态", f"<div class='colbox'><h2>工作动态</h2>{rows}</div>"),
    })
    columns = {c["name"]: c for c in report["columns"]}
    assert columns["招聘信息"]["items"] == 0 and columns["工作动态"]["items"] == 3
    assert _checks(report, "empty-column") == {SEED + "zpxx/"}


def test_a_function_page_announcing_what_is_to_come_is_no_column(tmp_path: Path) -> None:
    def live(day: str) -> str:
        return "".join(f"<p class='item'><a href='/ftzb/{i}.html'>第{i}期：民生热点面对面</a> 直播时间：{day} 14:00</p>"
                       for i in (1, 2))
    ahead = _site(tmp_path / "ahead", {"ftzb/": ("访谈直播", live("2020年12月03日"))})
    assert ahead["columns"] == [] and not _checks(ahead, "empty-column")
    past = _site(tmp_path / "past", {"ftzb/": ("访谈直播", live("2020年11月03日"))})
    assert [c["name"] for c in past["columns"]] == ["访谈直播"]


def test_a_data_island_paged_by_its_script_shows_one_page_of_records(tmp_path: Path) -> None:
    # twelve records in the page's XML island; its paging script shows ten at a time: the first page shows ten
    records = "".join(f"<record><![CDATA[<li><em>2020-11-{i + 1:02d}</em><a href='/art/2020/11/{i + 1}/art_77_{i}.html'>"
                      f"第{i}次城乡环境整治督查通报</a></li>]]></record>" for i in range(12))
    body = (f"<div id='u42'><script type='text/xml'><datastore><recordset>{records}</recordset></datastore></script>"
            "</div><script>$('#u42').jpage({dataStore: dataStore42, perPage: '10', totalRecord: 12});</script>")
    report = _site(tmp_path, {"col/col77/index.html": ("城管动态", body)})
    assert [(c["name"], c["items"], c["shown"]) for c in report["columns"]] == [("城管动态", 12, 10)]


def test_a_data_island_of_table_rows_dates_each_row_from_its_own_cell(tmp_path: Path) -> None:
    # the island's records are table rows its script writes between <table> and </table>: read as rows of a table,
    # each title's cell and date cell stay apart, so every row is dated although no article was fetched
    days = ("2020-11-18", "2020-10-09", "2020-07-30")
    records = "".join(f"<record><![CDATA[\n<tr><td class='tit'><a href='/art/{d.replace('-', '/')}/art_51_{i}.html'>"
                      f"关于第{i}批惠企政策兑现的说明</a></td><td class='time'>{d}</td></tr>\n]]></record>"
                      for i, d in enumerate(days))
    body = (f"<div id='lst51'><script type='text/xml'><datastore><recordset>{records}</recordset></datastore>"
            "</script></div><script>$('#lst51').jpage({dataStore: ds, dataBefore: '<table>', dataAfter: '</table>', "
            "perPage: 20, totalRecord: 3});</script>")
    report = _site(tmp_path, {"col/col51/index.html": ("政策解读", body)})
    assert [(c["name"], c["items"], c["last_update"]) for c in report["columns"]] == [("政策解读", 3, "2020-11-18")]


def test_a_list_whose_fetched_datastore_the_crawl_archived_shows_what_the_answer_holds(tmp_path: Path) -> None:
    # 招标采购's script fetches its rows from a data proxy (an XML datastore); the crawl archived that answer (text/xml):
    # no record, so the visitor sees the list empty — a blank column; 招聘信息's answer holds two rows; 公示公告's
    # answer was not archived: still not measured
    def column(unit: str) -> str:
        return (f"<div id='{unit}'><p class='wait'>数据加载中…</p></div><script src='/js/lister.js'></script>"
                f"<script>lister({{box: '{unit}', size: 20, url: '/proxy/list.do?unit={unit}&start=1'}});</script>")
    row = "<li><a href='/art/2020/11/{d}/art_{d}.html'>第{d}号招聘公告</a><span>2020-11-{d}</span></li>"
    answers = {"u71": "", "u72": "".join(f"<record><![CDATA[{row.format(d=d)}]]></record>" for d in (20, 24))}
    pages = {"zbcg/": ("招标采购", column("u71")), "zpxx/": ("招聘信息", column("u72")), "gsgg/": ("公示公告", column("u73"))}
    nav = "<ul class='menu'>" + "".join(f"<li><a href='/{p}'>{n}</a></li>" for p, (n, _) in pages.items()) + "</ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}_某市人民政府</title></head><body>{nav}"
                            f"<div class='main'>{body}</div>{FOOTER}</body></html>")
    for unit, records in answers.items():
        b.page(SEED + f"proxy/list.do?unit={unit}&start=1", "<?xml version='1.0' encoding='UTF-8'?><datastore><recordset>"
               f"{records}</recordset><totalrecord>{records.count('<record>')}</totalrecord></datastore>",
               content_type="text/xml; charset=utf-8")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["name"]: (c["items"], c["shown"], c["last_update"]) for c in report["columns"]}
    assert columns["招标采购"] == (0, 0, None) and columns["招聘信息"] == (2, 2, "2020-11-24")
    assert columns["公示公告"] == (0, None, None)
    assert _checks(report, "empty-column") == {SEED + "zbcg/"}


def test_answers_to_public_concerns_are_typed_other_whatever_their_section(tmp_path: Path) -> None:
    # 回应关切 under a 政民互动 crumb is neither a message column nor an interpretation; the 解读回应 section
    # beside it keeps its own type
    def rows(d: str) -> str:
        return "<ul>" + "".join(f"<li><span>2020/0{i}/10</span><a href='/{d}/{i}.html'>关于第{i}季度停车收费的回应</a></li>"
                                for i in (5, 6)) + "</ul>"

    def crumb(*names: str) -> str:
        return "<div class='dqwz'>当前位置：首页 / " + " / ".join(names) + "</div>"

    report = _site(tmp_path, {
        "hygq/": ("回应关切", crumb("政民互动", "回应关切") + rows("hygq")),
        "jdhy/": ("解读回应", crumb("政务公开", "解读回应") + rows("jdhy")),
    })
    assert {c["name"]: c["type"] for c in report["columns"]} == {"回应关切": "其他", "解读回应": "政策解读"}


def test_investigations_of_officials_are_no_survey(tmp_path: Path) -> None:
    """监察调查 (and 审查调查) of a discipline organ lists its case releases: 其他, though 调查 names a survey of the
    public elsewhere — the 网上调查 beside it stays 互动."""
    def rows(d: str, titles: tuple[str, ...]) -> str:
        return "<table class='lb'>" + "".join(
            f"<tr><td>·<a href='/{d}/t20201{i}01_{i}.html'>{t}</a></td><td>[2020-1{i}-01]</td></tr>"
            for i, t in enumerate(titles)) + "</table>"

    report = _site(tmp_path, {
        "jcdc/": ("监察调查", "<p>当前位置：首页 &gt;&gt; 监察调查</p>"
                          + rows("jcdc", ("某局原科长王某某被留置", "某镇原党委委员赵某某被开除公职"))),
        "wsdc/": ("网上调查", "<p>当前位置：首页 &gt;&gt; 网上调查</p>"
                          + rows("wsdc", ("全市公共自行车满意度问卷", "农贸市场营业时间意见问卷"))),
    })
    assert {c["name"]: c["type"] for c in report["columns"]} == {"监察调查": "其他", "网上调查": "互动"}


def test_a_menu_column_named_for_a_line_of_work_whose_rows_report_events_is_news(tmp_path: Path) -> None:
    """乡村振兴 in the menu of every page, its rows reporting events (举行, 签约, 竣工): the body's work news, stale
    after 14 days; the Party's 党建园地 and a list of plain documents keep no type."""
    def rows(d: str, titles: tuple[str, ...]) -> str:
        return "<table>" + "".join(f"<tr><td><a href='/{d}/{i}.shtml'>{t}</a></td><td>2020/10/0{i}</td></tr>"
                                   for i, t in enumerate(titles, 1)) + "</table>"
    news = ("东坑村产业项目集中签约", "全镇乡村振兴现场推进会举行", "石桥村文化礼堂竣工", "镇领导走访种植大户")
    report = _site(tmp_path, {
        "xczx/": ("乡村振兴", rows("xczx", news)),
        "djyd/": ("党建园地", rows("djyd", news)),
        "bgxz/": ("表格下载", rows("bgxz", ("房屋租赁登记表", "个体工商户变更申请书", "农机购置补贴申请表"))),
    })
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types == {"乡村振兴": "动态要闻", "党建园地": "其他", "表格下载": "其他"}
    assert _checks(report, "stale-column") == {SEED + "xczx/"}


def test_a_box_of_the_homepage_reporting_events_is_no_news_column(tmp_path: Path) -> None:
    """A list the homepage opens from a box only (not the menu every page carries) keeps its type 其他."""
    b = SnapshotBuilder(SEED)
    menu = "<div class='nav'><a href='/'>首页</a><a href='/gzdt/'>工作动态</a></div>"
    box = "<div class='box'><h3><a href='/fxkh/'>防汛抗旱</a></h3></div>"
    rows = "".join(f"<li><a href='/fxkh/{i}.html'>全区防汛应急演练第{i}场举行</a><span>2020-09-0{i}</span></li>"
                   for i in range(1, 5))
    b.page(SEED, f"<html><head><title>某区人民政府</title></head><body>{menu}{box}{FRESH}{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "gzdt/", f"<html><head><title>工作动态_某区</title></head><body>{menu}{FRESH}{FOOTER}</body></html>")
    b.page(SEED + "fxkh/", f"<html><head><title>防汛抗旱_某区</title></head><body>{menu}<p>当前位置：首页 &gt; 防汛抗旱</p>"
                           f"<ul>{rows}</ul>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]}.get("防汛抗旱") == "其他"


def test_a_column_takes_the_type_of_the_section_its_title_names(tmp_path: Path) -> None:
    """办理结果｜书记信箱｜某镇人民政府: no breadcrumb, no labels on the rows — the title's middle part names the section."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某镇人民政府</title></head><body><a href='/sjxx/jg.html'>办理结果</a>{FRESH}"
                 f"{FOOTER}</body></html>", depth=0)
    rows = "".join(f"<tr><td>{i}</td><td><a href='/sjxx/{i}.html'>反映某村道路积水问题{i}</a></td><td>2020-10-1{i}</td>"
                   "<td>已办结</td></tr>" for i in range(1, 4))
    b.page(SEED + "sjxx/jg.html", "<html><head><title>办理结果｜书记信箱｜某镇人民政府</title></head><body>"
                                  f"<table>{rows}</table>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]} == {"办理结果": "互动"}


def test_a_box_beside_an_empty_list_of_a_cms_telling_columns_apart_by_query_is_a_box(tmp_path: Path) -> None:
    # a PHP CMS keeps every column and every article in one folder (list.php?catid=N, show.php?id=N): 招标采购's
    # own list is empty, its 阅读排行 box repeats 部门动态's rows — same folder, but kept by another list of it
    rows = "".join(f"<dl><dt><a href='/cms/show.php?id=5{i}'>部门开展第{i}轮安全隐患排查</a></dt><dd>2020年11月{10 + i}日</dd></dl>"
                   for i in (1, 2, 3))
    report = _site(tmp_path, {
        "cms/list.php?catid=12": ("招标采购", "<section><h1>招标采购</h1><p class='none'>暂无信息</p></section>"
                                              f"<aside><b class='t'>阅读排行</b>{rows}</aside>"),
        "cms/list.php?catid=3": ("部门动态", f"<section><h1>部门动态</h1>{rows}</section>"),
    })
    columns = {c["name"]: c for c in report["columns"]}
    assert columns["招标采购"]["items"] == 0 and columns["部门动态"]["items"] == 3
    assert _checks(report, "empty-column") == {SEED + "cms/list.php?catid=12"}


def test_letters_printed_as_blocks_under_their_titles_are_the_rows_of_a_column(tmp_path: Path) -> None:
    # each letter a block: its title alone in a heading, a line with its date and status, then the reply's prose
    # (dated too): one entry each, the reply part of its row — not text of a function page beside a box of rows
    def letter(i: int, asked: str, answer: str) -> str:
        reply = (f"<div class='answer'><em>答复时间：{answer}</em><p>您好！您反映的第{i}号路段照明问题，我办已会同"
                 "城管部门现场核查，已于近日完成路灯线路检修并恢复照明，后续将加强巡查，感谢您对我县工作的关心支持。</p></div>"
                 if answer else "")
        return (f"<section class='xj'><h3><a href='/hdjl/sjxx/show.php?mid=90{i}'>关于第{i}号路段路灯不亮的反映</a></h3>"
                f"<div class='info'>写信人：市民 留言时间：{asked} 状态：{'已答复' if answer else '处理中'}</div>{reply}</section>")
    body = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 书记信箱</div>"
            "<div class='notice'>书记信箱受理群众来信，请如实填写。<a href='/hdjl/sjxx/write.php'>写信</a></div>"
            + letter(1, "2020年11月20日", "") + letter(2, "2020年10月02日", "2020年10月09日")
            + letter(3, "2020年07月15日", "2020年11月02日"))
    report = _site(tmp_path, {"hdjl/sjxx/": ("书记信箱", body)})
    columns = {c["name"]: c for c in report["columns"]}
    assert columns["书记信箱"]["items"] == 3 and columns["书记信箱"]["last_update"] == "2020-11-20"
    assert _checks(report, "unanswered-message") == {SEED + "hdjl/sjxx/show.php?mid=903"}   # answered 110 days on


def test_an_undated_list_of_numbered_records_beside_the_units_answering_them_is_a_column(tmp_path: Path) -> None:
    # a 咨询 list in a table printing no dates: subject, the unit that answered (a cell of each row), a pager's
    # statement; an intro line and the units' names are less text than the subjects — still a list of titles
    units = ["市发展和改革委员会办公室", "市人力资源和社会保障局", "市自然资源和规划局", "市市场监督管理局综合科",
             "市住房和城乡建设局房改科", "市财政局社会保障科"]
    rows = "".join(f"<tr><td><a href='/hdpt/detail.jsp?id={700 + i}'>关于第{i}批次城镇老旧小区改造补助资金申请条件和办理流程的咨询</a></td>"
                   f"<td>{u}</td></tr>" for i, u in enumerate(units))
    body = ("<p class='tip'>本栏目选登网民咨询及有关部门的答复，答复内容仅供参考，具体以相关部门最新政策为准。</p>"
            f"<table class='zx'>{rows}</table><div class='pg'>共 6 条 1/1 页</div>")
    report = _site(tmp_path, {"zxzx/list.jsp": ("咨询选登", body)})
    assert [(c["name"], c["items"]) for c in report["columns"]] == [("咨询选登", 6)]


def test_the_answer_of_a_page_search_below_the_site_search_is_no_column(tmp_path: Path) -> None:
    # the header's site search first, then the page's own 政策查询 form sending to this very address: the dated rows
    # under it are the answer of that query (its keyword in the address), not a column
    head = "<div class='hd'><form action='/s/index.php'><input type='text' name='wd'><button>搜索</button></form></div>"
    rows = "".join(f"<li><a href='/zcwj/2020{m:02d}/t2020{m:02d}10_{m}.html'>关于进一步做好稳就业工作的第{m}号通知</a>"
                   f"<em>2020-{m:02d}-10</em></li>" for m in (6, 8, 10))
    own = ("<form action='/zcwj/query.php' method='get'>关键词 <input type='text' name='kw' value='稳就业'>"
           "<input type='submit' value='查询'></form><div class='count'>检索到 3 份文件</div>")
    page = "<html><head><title>{}_某市人民政府</title></head><body>" + head + "{}" + FOOTER + "</body></html>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, page.format("某市人民政府", "<a href='/zcwj/query.php?kw=%E7%A8%B3%E5%B0%B1%E4%B8%9A'>政策查询</a>" + FRESH),
           depth=0)
    b.page(SEED + "zcwj/query.php?kw=%E7%A8%B3%E5%B0%B1%E4%B8%9A", page.format("政策查询", own + f"<ul>{rows}</ul>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["columns"] == []


def test_pages_of_another_host_do_not_keep_a_column_out_of_the_site_s_menu(tmp_path: Path) -> None:
    """云上某市 in the menu of every page of the site, its rows reporting events, is the body's news even though the
    crawl also fetched pages of the city's 信息公开 platform (another host, another menu) that do not link it."""
    b = SnapshotBuilder(SEED)
    menu = "<div class='nav'><a href='/'>首页</a><a href='/yssz/'>云上某市</a><a href='/tzgg/'>通知公告</a></div>"
    rows = "".join(f"<li><a href='/yssz/{i}.html'>市领导走访重点企业第{i}站</a><span>2020-11-2{i}</span></li>"
                   for i in range(1, 5))
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "yssz/", f"<html><head><title>云上某市_某市</title></head><body>{menu}<ul>{rows}</ul>{FOOTER}"
                           "</body></html>")
    b.page(SEED + "tzgg/", f"<html><head><title>通知公告_某市</title></head><body>{menu}{FRESH}{FOOTER}</body></html>")
    b.page(SEED + "xw/202011/t20201125_1.html", f"<html><head><title>全市召开工作会议</title><meta name='PubDate' "
           f"content='2020-11-25'></head><body>{menu}<h1>全市召开工作会议</h1><p>正文。</p>{FOOTER}</body></html>")
    for i in (1, 2):   # the platform's own pages: its own menu
        b.page(f"http://xxgk.c.gov.cn/p{i}.html", "<html><head><title>某市政府信息公开平台</title></head><body>"
               "<div class='xxgk-nav'><a href='http://xxgk.c.gov.cn/'>平台首页</a></div><p>法定主动公开内容</p></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {c["name"]: c["type"] for c in report["columns"]}.get("云上某市") == "动态要闻"


def test_a_table_heading_when_messages_were_sent_lists_messages(tmp_path: Path) -> None:
    """A table headed 来信日期 (the rows print only the date): a list of letters, 互动, whatever the page is named; a
    table headed 受理日期 (an office's applications are received too) says no such thing."""
    def table(head: str, d: str) -> str:
        return (f"<table><tr><th>编号</th><th>标题</th><th>{head}</th><th>状态</th></tr>" + "".join(
            f"<tr><td>{i}</td><td><a href='/{d}/{i}.html'>关于某路段路灯损坏的反映{i}</a></td><td>2020-11-0{i}</td>"
            "<td>已回复</td></tr>" for i in range(1, 4)) + "</table>")
    report = _site(tmp_path, {"gkxx/": ("公开选登", table("来信日期", "gkxx")),
                              "bjgs/": ("结果公开", table("受理日期", "bjgs"))})
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types == {"公开选登": "互动", "结果公开": "其他"}


def test_a_sub_site_menu_column_reporting_events_is_news_though_the_portal_s_platform_shares_its_host(
        tmp_path: Path) -> None:
    """A township's sub-site in a folder of the county portal's host: its menu (on every page of the folder) opens
    特色产业, whose rows report events; the county's letters platform on the same host, outside the folder, carries
    the portal's menu, not the township's — 特色产业 is still the township's work news, stale after 14 days."""
    site = SEED + "xz/lsz/"
    menu = ("<div class='dh'><a href='/xz/lsz/'>首页</a><a href='/xz/lsz/zwdt/'>镇务动态</a>"
            "<a href='/xz/lsz/tscy/'>特色产业</a><a href='/xz/lsz/djgz/'>党建工作</a>"
            "<a href='/zmhd/sjxx/list.do?org=lsz'>书记信箱</a></div>")

    def table(d: str, titles: tuple[str, ...], day: int) -> str:
        return "<table class='lb'>" + "".join(
            f"<tr><td><a href='/xz/lsz/{d}/art_{i}.html'>{t}</a></td><td>[2020-10-{day + i:02d}]</td></tr>"
            for i, t in enumerate(titles, 1)) + "</table>"

    events = ("石门村茶叶加工项目签约", "全镇特色种植现场会举行", "镇农业专班走访果蔬合作社", "东岭冷链仓储项目竣工")
    b = SnapshotBuilder(site)
    b.page(site, f"<html><head><title>某某镇人民政府</title></head><body>{menu}{FRESH}{FOOTER}</body></html>",
           depth=0)
    for path, name, body in (("zwdt/", "镇务动态", FRESH), ("tscy/", "特色产业", table("tscy", events, 1)),
                             ("djgz/", "党建工作", table("djgz", events, 2))):
        b.page(site + path, f"<html><head><title>{name}－某某镇人民政府</title></head><body>{menu}"
                            f"<p>所在位置：首页 &gt; {name}</p>{body}{FOOTER}</body></html>")
    letters = "".join(f"<tr><td><a href='/zmhd/sjxx/show.do?id={i}'>关于村道路灯维修的反映{i}</a></td>"
                      f"<td>来信时间：2020-11-1{i}</td><td>已回复</td></tr>" for i in range(1, 4))
    b.page(SEED + "zmhd/sjxx/list.do?org=lsz",
           "<html><head><title>书记信箱_某县政民互动平台</title></head><body><div class='hd'><a href='/'>某县人民政府</a>"
           f"<a href='/zmhd/'>政民互动</a></div><table>{letters}</table>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types["特色产业"] == "动态要闻" and types["党建工作"] == "其他"
    assert site + "tscy/" in _checks(report, "stale-column")


def test_rows_of_one_list_opening_one_address_under_their_own_titles_are_each_a_row() -> None:
    """A 留言 list whose every row opens the same view page (no letter id in the address): each row is a letter of its
    own; the same address under the same title, or in another list on the page (a box of highlights), is no new row."""
    rows = "".join(f"<li><a href='/gzcy/lyck.aspx'>{t}</a><em>{d}</em><b>已回复</b></li>" for t, d in (
        ("小区门口积水严重", "2020-11-12"), ("申请增设公交站点", "2020-10-30"), ("菜市场周边占道经营", "2020-10-08"),
        ("申请增设公交站点", "2020-10-30")))
    box = "<ol class='jx'><li><a href='/gzcy/lyck.aspx'>精选：幼儿园学位咨询</a> 2020-09-01</li></ol>"
    f = parse_page(f"<html><body><h2>网上留言</h2><ul class='ly'>{rows}</ul>{box}</body></html>", SEED + "gzcy/",
                   None, "r")
    assert [it.title for it in f.items] == ["小区门口积水严重", "申请增设公交站点", "菜市场周边占道经营"]
    # a box whose rows open other pages too, two of them the same listing page: that page is one row
    mixed = ("<ul class='rd'><li><a href='/xw/1.html'>全市秋粮收购顺利</a> 2020-11-02</li><li><a href='/xw/'>冬季供暖"
             "启动</a> 2020-11-01</li><li><a href='/xw/'>城区新增停车位</a> 2020-10-28</li></ul>")
    g = parse_page(f"<html><body>{mixed}</body></html>", SEED + "gzcy/", None, "r")
    assert [it.title for it in g.items] == ["全市秋粮收购顺利", "冬季供暖启动"]


def test_letters_whose_sent_label_stands_in_its_own_cell_are_a_column(tmp_path: Path) -> None:
    # a 区长信箱 table printing each letter whole, no page of its own: the 来信时间 label in a <th>, its date in the
    # <td> after it, the reply under it — each letter an entry, as a reader takes it
    def letter(subject: str, sent: str, answered: str) -> str:
        return (f"<table class='letter'><tr><th>来信主题</th><td>{subject}</td></tr>"
                f"<tr><th>来信时间</th><td>{sent}</td></tr><tr><th>答复内容</th><td>您好，已转交属地街道核实处理。</td></tr>"
                f"<tr><th>答复时间</th><td>{answered}</td></tr></table>")
    body = ("<h2>区长信箱</h2>" + letter("小区门口占道经营问题", "2020年11月10日", "2020年11月13日")
            + letter("公交站台遮雨棚破损", "2020年10月21日", "2020年10月26日")
            + letter("咨询老年人优待证办理", "2020年09月30日", "2020年10月09日"))
    report = _site(tmp_path, {"qzxx/": ("区长信箱", body)})
    columns = {c["name"]: c for c in report["columns"]}
    assert columns["区长信箱"]["items"] == 3 and columns["区长信箱"]["last_update"] == "2020-11-13"


def test_a_list_the_citys_platform_places_under_the_sites_short_name_is_the_sites(tmp_path: Path) -> None:
    # the 卫生健康委员会's 规划信息 list sits on the city's shared 公开 platform, its breadcrumb placing it under the
    # commission's short name (市卫健委): a column of the site. The same list placed under a district's 区卫健委 (the
    # same short name at another level) is another body's
    site = "http://wsjk.lanzhou-demo.gov.cn/"
    rows = "".join(f"<p class='row'><a href='http://open.lanzhou-demo.gov.cn/{{d}}/ghxx/doc_{i}.shtml'>"
                   f"第{i}期卫生健康规划执行情况通报</a> <em>[2020-09-{10 + i}]</em></p>" for i in range(3))
    b = SnapshotBuilder(site)
    b.page(site, "<html><head><title>岚州市卫生健康委员会</title></head><body>"
           "<a href='http://open.lanzhou-demo.gov.cn/wjw/ghxx/'>规划信息</a>"
           "<a href='http://open.lanzhou-demo.gov.cn/qwjw/ghxx/'>区级规划</a>"
           f"{FRESH.replace('/xw/', site + 'xw/')}{FOOTER}</body></html>", depth=0)
    for d, body in (("wjw", "市卫健委"), ("qwjw", "区卫健委")):
        b.page(f"http://open.lanzhou-demo.gov.cn/{d}/ghxx/", "<html><head><title>规划信息｜岚州市政务公开平台</title></head>"
               f"<body><div class='location'>您现在的位置：政务公开 &gt; {body} &gt; 规划信息</div>"
               f"<div class='rows'>{rows.format(d=d)}</div></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: (c["items"], c["last_update"]) for c in report["columns"]}
    assert columns.get("http://open.lanzhou-demo.gov.cn/wjw/ghxx/") == (3, "2020-09-12")
    assert "http://open.lanzhou-demo.gov.cn/qwjw/ghxx/" not in columns


def test_a_list_in_a_frame_a_script_addresses_is_not_measured_never_none(tmp_path: Path) -> None:
    # the frame holding the list stays about:blank until a lazy-loading script copies its address in
    lazy = ("<h2>规划计划</h2><iframe class='lazyload' src='about:blank' data-original='https://gk.example.gov.cn/ghjh/'>"
            "</iframe><script src='/js/lazy.js'></script>")
    report = _site(tmp_path, {"ghjh/": ("规划计划", lazy)})
    shown = {c["url"]: c["shown"] for c in report["columns"]}
    assert SEED + "ghjh/" in shown and shown[SEED + "ghjh/"] is None
    assert not _checks(report, "empty-column")


def test_a_page_framing_another_platforms_form_with_a_link_to_it_is_no_column(tmp_path: Path) -> None:
    # a 留言 page framing the city hotline's form, with a 在新窗口中打开 link to that platform
    framed = ("<p>本单位留言已统一由市政务服务热线平台受理。</p><iframe src='https://rx.c.gov.cn/ly/form?org=7'></iframe>"
              "<a href='https://rx.c.gov.cn/ly/index?org=7'>在新窗口中打开</a>")
    report = _site(tmp_path, {"ly/": ("政民互动", framed)})
    assert SEED + "ly/" not in {c["url"] for c in report["columns"]}
