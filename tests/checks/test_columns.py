"""Column rules on small sites: limits at the boundary, undated items, dates from detail pages, markup styles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import article, page
from .snapshot_builder import SnapshotBuilder

SEED = "http://www.t.gov.cn/"


def _report(tmp_path: Path, list_html: str, as_of: dt.date, extra: list[tuple[str, str]] = ()) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("首页", '<a href="/gzdt/">工作动态</a>'), depth=0)
    b.page(SEED + "gzdt/", page("工作动态", list_html))
    for url, html in extra:
        b.page(url, html)
    return run_checks(load_snapshot(b.write(tmp_path)), as_of)


def _column(report: dict) -> dict:
    return next(c for c in report["columns"] if c["url"] == SEED + "gzdt/")


def _stale(report: dict) -> bool:
    return any(f["check"] == "stale-column" for f in report["findings"])


@pytest.mark.parametrize("days,stale", [(13, False), (14, False), (15, True)])
def test_news_limit_boundary(tmp_path: Path, days: int, stale: bool) -> None:
    as_of = dt.date(2020, 11, 26)
    d = as_of - dt.timedelta(days=days)
    html = f'<ul><li><a href="/gzdt/1.html">会议召开</a><span>{d.isoformat()}</span></li>' \
           f'<li><a href="/gzdt/2.html">检查工作</a><span>2020-01-02</span></li></ul>'
    report = _report(tmp_path, html, as_of)
    assert _column(report)["type"] == "动态要闻"
    assert _column(report)["last_update"] == d.isoformat()
    assert _stale(report) is stale


def test_table_rows_and_chinese_dates(tmp_path: Path) -> None:
    html = ("<table><tr><td><a href='/gzdt/1.html'>甲项工作</a></td><td>2020年11月20日</td></tr>"
            "<tr><td><a href='/gzdt/2.html'>乙项工作</a></td><td>2020年10月01日</td></tr></table>")
    col = _column(_report(tmp_path, html, dt.date(2020, 11, 26)))
    assert col["items"] == 2 and col["last_update"] == "2020-11-20"


def test_month_day_year_from_detail_page(tmp_path: Path) -> None:
    # [11-20] on the list; the detail page says 2019 → the item is a year old, the column is stale
    html = "<ul><li><a href='/gzdt/1.html'>甲项工作</a>[11-20]</li><li><a href='/gzdt/2.html'>乙项工作</a>[11-01]</li></ul>"
    report = _report(tmp_path, html, dt.date(2020, 11, 26),
                     [(SEED + "gzdt/1.html", article("甲", "2019-11-20")), (SEED + "gzdt/2.html", article("乙", "2019-11-01"))])
    assert _column(report)["last_update"] == "2019-11-20"
    assert _stale(report)


def test_month_day_rows_run_newest_first_across_the_year(tmp_path: Path) -> None:
    # 10 February: 03月02日 on top cannot be this year's, so it is last year's — and the rows below it, numbered
    # lower, are older still (2019-12-28, not 2020-12-28): the column's newest is 2020-03-02
    def row(n: int, md: str, extra: str = "") -> str:
        return f"<tr><td>{extra}<a href='/gzdt/show.asp?id={n}'>第{n}号工作简报</a></td><td>{md}</td></tr>"
    html = "<table>" + row(905, "03月02日") + row(880, "12月28日") + row(871, "11月15日") + "</table>"
    assert _column(_report(tmp_path / "a", html, dt.date(2021, 2, 10)))["last_update"] == "2020-03-02"
    # a row pinned on top (置顶, numbered lower than the row below it) bounds nothing: 02月08日 is this year's
    html = ("<table>" + row(300, "05月06日", "[置顶]") + row(910, "02月08日") + row(902, "01月20日")
            + row(890, "12月30日") + "</table>")
    assert _column(_report(tmp_path / "b", html, dt.date(2021, 2, 10)))["last_update"] == "2021-02-08"


def test_undated_list_takes_detail_dates_else_not_updated(tmp_path: Path) -> None:
    html = "<ul><li><a href='/gzdt/1.html'>甲项工作</a></li><li><a href='/gzdt/2.html'>乙项工作</a></li></ul>"
    detail = page("甲", "<h1>甲项工作</h1><p>发布时间：2020-11-25</p>", meta='<meta name="ArticleTitle" content="甲">')
    nodate = page("乙", "<h1>乙项工作</h1>", meta='<meta name="ArticleTitle" content="乙">')
    report = _report(tmp_path, html, dt.date(2020, 11, 26), [(SEED + "gzdt/1.html", detail), (SEED + "gzdt/2.html", nodate)])
    assert _column(report)["last_update"] == "2020-11-25" and not _stale(report)
    report2 = _report(tmp_path / "b", html, dt.date(2020, 11, 26), [(SEED + "gzdt/1.html", nodate), (SEED + "gzdt/2.html", nodate)])
    assert _column(report2)["items"] == 2 and _column(report2)["last_update"] is None and _stale(report2)


def test_future_and_impossible_dates_are_ignored_and_reported(tmp_path: Path) -> None:
    html = ("<ul><li><a href='/gzdt/1.html'>甲项工作</a><span>2021-05-01</span></li>"
            "<li><a href='/gzdt/2.html'>乙项工作</a><span>2020-02-30</span></li>"
            "<li><a href='/gzdt/3.html'>丙项工作</a><span>2020-11-20</span></li></ul>")
    report = _report(tmp_path, html, dt.date(2020, 11, 26))
    assert _column(report)["last_update"] == "2020-11-20"
    assert any("2021-05-01" in w for w in report["warnings"])
    assert any("2020-02-30" in w for w in report["warnings"])


def test_pagination_by_next_link(tmp_path: Path) -> None:
    html = ("<ul><li><a href='/gzdt/1.html'>甲项工作</a><span>2020-11-20</span></li>"
            "<li><a href='/gzdt/2.html'>乙项工作</a><span>2020-11-19</span></li></ul>"
            "<div class='page'><a href='/gzdt/list_2.html'>下一页</a><a href='/gzdt/list_2.html'>尾页</a></div>")
    page2 = page("工作动态", "<ul><li><a href='/gzdt/3.html'>丙项工作</a><span>2020-10-19</span></li>"
                 "<li><a href='/gzdt/4.html'>丁项工作</a><span>2020-10-18</span></li></ul>")
    report = _report(tmp_path, html, dt.date(2020, 11, 26), [(SEED + "gzdt/list_2.html", page2)])
    assert [c["url"] for c in report["columns"]] == [SEED + "gzdt/"]
    assert _column(report)["items"] == 4


def test_homepage_stale_and_navigation_homepage(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("首页", '<a href="/gzdt/">工作动态</a>'), depth=0)   # navigation-only homepage
    b.page(SEED + "gzdt/", page("工作动态", "<ul><li><a href='/gzdt/1.html'>甲项工作</a><span>2020-11-01</span></li>"
                                            "<li><a href='/gzdt/2.html'>乙项工作</a><span>2020-10-01</span></li></ul>"))
    b.write(tmp_path)
    fresh = run_checks(load_snapshot(tmp_path), dt.date(2020, 11, 15))
    stale = run_checks(load_snapshot(tmp_path), dt.date(2020, 11, 16))
    assert not any(f["check"] == "homepage-stale" for f in fresh["findings"])
    assert [f["check"] for f in stale["findings"] if f["check"] == "homepage-stale"] == ["homepage-stale"]
    assert "homepage-stale" in [v["rule"] for v in stale["vetoes"]]


def test_frameset_homepage_is_a_gateway_not_a_stale_homepage(tmp_path: Path) -> None:
    """A seed answering with a frameset (a banner frame and a content frame) and a snapshot that does not name the
    homepage the frames lead to: the frameset shows nothing of its own, so the homepage is not measured — never
    a homepage-stale veto for a page that only holds frames."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, '<html><head><meta charset="utf-8"><title>某县人民政府</title></head>'
                 '<frameset rows="120,*"><frame src="top.asp" name="banner"><frame src="default.asp" name="body">'
                 '</frameset></html>', depth=0)
    b.page(SEED + "default.asp", page("某县人民政府", "<ul><li><a href='/xw/1.asp'>县长调研春耕</a>"
                                                     "<span>2021-03-02</span></li></ul>"), depth=1)
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2021, 6, 1))
    assert not any(f["check"] == "homepage-stale" for f in report["findings"])
    assert "homepage-stale" not in [v["rule"] for v in report["vetoes"]]
    assert any("框架页" in w for w in report["warnings"])


def test_homepage_an_app_draws_is_not_stale_unrendered(tmp_path: Path) -> None:
    """A homepage that is an app's shell (an empty `<div id="app">`, the site's bundle drawing menus and news from
    JSON), read without a browser: dated nowhere is no sign of staleness, so the homepage is not measured. The same
    undated homepage with no script of its own is stale."""
    shell = ('<html><head><meta charset="utf-8"><title>某市人民政府门户网站</title></head><body><div id="app"></div>'
             '<script src="/assets/js/chunk-vendors.4f2a.js"></script><script src="/assets/js/main.9c1e.js"></script>'
             '</body></html>')
    b = SnapshotBuilder(SEED)
    b.page(SEED, shell, depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path / "app")), dt.date(2025, 3, 1))
    assert not any(f["check"] == "homepage-stale" for f in report["findings"])
    assert "homepage-stale" not in [v["rule"] for v in report["vetoes"]]
    assert any("首页更新情况未测量" in w for w in report["warnings"])
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("某市人民政府", "<p>欢迎访问。</p><a href='/about.html'>本站介绍</a>"), depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path / "plain")), dt.date(2025, 3, 1))
    assert "homepage-stale" in [v["rule"] for v in report["vetoes"]]


def test_seed_naming_itself_a_column_with_date_cells_in_sibling_dd(tmp_path: Path) -> None:
    """A site given by the address of one of its columns, whose rows are <dl> pairs of cells (the link in one <dd>,
    the date in the next) and which names itself a column only in <meta name="ColumnName"> and its <title>: the
    seed is that column, with its dated rows."""
    url = SEED + "xxgk/tzgg/"
    rows = "".join(f'<dl><dd class="t"><a href="./2021{m:02d}/t2021{m:02d}05_{m}.html">第{m}号通知</a></dd>'
                   f'<dd class="d">2021-{m:02d}-05</dd></dl>' for m in (5, 4, 3))
    b = SnapshotBuilder(url)
    b.page(url, '<html><head><meta charset="utf-8"><meta name="ColumnName" content="通知公告">'
                '<title>通知公告_某区人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>'
                f'<div class="list">{rows}</div><div class="foot">主办：某区人民政府办公室</div></body></html>', depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2021, 6, 1))
    col = next(c for c in report["columns"] if c["url"] == url)
    assert (col["name"], col["items"], col["last_update"]) == ("通知公告", 3, "2021-05-05")


def test_seed_naming_itself_a_column_whose_list_a_script_fills(tmp_path: Path) -> None:
    """A site given by the address of one of its columns whose rows arrive by script, with no browser run: the seed
    is that column, its entries not measured (neither blank nor stale); a page not leading its <title> with the
    declared name, or sitting in the root folder, stays the homepage."""
    shell = ('<html><head><meta charset="utf-8"><meta name="ColumnName" content="{name}"><title>{title}</title>'
             '<script src="/js/jquery.min.js"></script></head><body><div class="side"><a href="/">网站首页</a>'
             '<a href="/zwgk/">政务公开</a></div><div class="con"><h3>{name}</h3><ul class="news-list"></ul>'
             '<div id="pager"></div></div><script>$.getJSON("/api/channel/318/page_1.json", function (d) {{'
             ' $(".news-list").html(d.rows.map(r => "<li>" + r.title + "</li>").join("")); }});</script>'
             '<div class="foot">主办：某市住房和城乡建设局</div></body></html>')

    def columns(url: str, title: str) -> list[dict]:
        b = SnapshotBuilder(url)
        b.page(url, shell.format(name="规划计划", title=title), depth=0)
        report = run_checks(load_snapshot(b.write(tmp_path / str(len(list(tmp_path.iterdir()))))), dt.date(2024, 6, 1))
        assert not {f["check"] for f in report["findings"]} & {"empty-column", "stale-column"}
        return report["columns"]

    [col] = columns(SEED + "zwgk/ghjh/", "规划计划-某市住房和城乡建设局")
    assert (col["name"], col["shown"], col["last_update"]) == ("规划计划", None, None)
    assert columns(SEED + "zwgk/ghjh/", "某市住房和城乡建设局") == []
    assert columns(SEED + "index.html", "规划计划-某市住房和城乡建设局") == []


def test_an_office_in_a_name_types_no_service_column() -> None:
    from govweb.checks.column_names import type_of
    assert type_of("社区建设-龙洲区荷塘街道办事处") == "其他"
    assert type_of("工作动态_县人民政府驻京办事处") == "动态要闻"
    assert type_of("办事指南_驻京办事处") == "办事"


def test_what_a_rows_button_opens_is_part_of_the_row(tmp_path: Path) -> None:
    # an 答复 list: each row links its question and, as a short second link, the answer's own page — a fetched
    # article dated later; the list has two entries, its newest the rows' own dates
    html = ("<table><tr><td><a href='/gzdt/q1.html'>关于老旧小区加装电梯的建议</a></td><td>2020-10-12</td>"
            "<td><a href='/gzdt/a1.html'>答复全文</a></td></tr>"
            "<tr><td><a href='/gzdt/q2.html'>关于增设公交站点的建议</a></td><td>2020-09-03</td>"
            "<td><a href='/gzdt/a2.html'>【答复】</a></td></tr></table>")
    extra = [(SEED + "gzdt/a1.html", article("答复一", "2020-11-20")), (SEED + "gzdt/a2.html", article("答复二", "2020-11-21"))]
    col = _column(_report(tmp_path, html, dt.date(2020, 11, 26), extra))
    assert col["items"] == 2 and col["last_update"] == "2020-10-12"


def _bare(title: str, body: str, meta: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body>{body}</body></html>"


def _site(tmp_path: Path, pages: list[tuple[str, str]], home_links: str, sitename: str = "青石镇人民政府") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _bare("首页", home_links, f'<meta name="SiteName" content="{sitename}">'), depth=0)
    for url, html in pages:
        b.page(url, html)
    return run_checks(load_snapshot(b.write(tmp_path)), dt.date(2020, 11, 26))


def _column_urls(report: dict) -> set[str]:
    return {c["url"] for c in report["columns"]}


def test_a_server_clock_printed_with_its_weekday_dates_no_row(tmp_path: Path) -> None:
    # a header bar printing the day with its weekday beside two tool links is no list: the page is a single page
    bar = '<div class="hd">2020-11-26 周四 <a href="/wza/">读屏</a> <a href="/map/">本站导航</a></div>'
    text = "<p>本单位负责全镇农村集体经济组织的指导和监督管理工作，承担农业技术推广、防汛抗旱和农田水利建设等职责。</p>"
    report = _site(tmp_path, [(SEED + "gk/", _bare("单位简介", bar + text))], '<a href="/gk/">单位简介</a>')
    assert SEED + "gk/" not in _column_urls(report)
    assert not any(f["check"] == "empty-column" for f in report["findings"])


@pytest.mark.parametrize("hall,column", [("岭南县网上办事大厅", False), ("青石镇网上办事大厅", True)])
def test_another_governments_service_platform_lists_no_column_of_the_site(
        tmp_path: Path, hall: str, column: bool) -> None:
    # a county's 网上办事大厅 listing a town's 事项 (empty) is what the town's 办事 entry leads to; the town's own hall
    # showing an empty list is a blank column of the town
    url = "http://bs.lingnan.gov.cn/item/list.htm?area=45"
    items = _bare(f"青石镇办事事项-{hall}", "<table><tr><th>事项</th><th>受理日期</th></tr></table><p>暂无数据</p>")
    report = _site(tmp_path, [(url, items)], f'<a href="{url}">办事事项</a>')
    assert (url in _column_urls(report)) is column


def test_a_page_of_text_leading_to_a_write_button_or_another_host_is_a_single_page(tmp_path: Path) -> None:
    mailbox = _bare("局长信箱", "<p>欢迎来信反映问题、提出意见建议。请如实填写联系方式，我们将在十五个工作日内办理并答复，"
                           "涉诉涉法及信访事项请依照法定途径另行反映，本信箱不予受理。</p><p><a href='/jzxx/write.aspx'>我要写信</a></p>")
    hall = _bare("网上办事", "<p>受理窗口：镇政府一楼　周一至周五</p>"
                        "<p><a href='https://www.gdzwfw.gov.cn/'>广东政务服务网</a></p>")
    report = _site(tmp_path, [(SEED + "jzxx/", mailbox), (SEED + "wsbs/", hall)],
                   '<a href="/jzxx/">局长信箱</a><a href="/wsbs/">网上办事</a>')
    assert not {SEED + "jzxx/", SEED + "wsbs/"} & _column_urls(report)


def test_a_list_named_for_itself_takes_the_type_of_the_menu_entry_opening_it(tmp_path: Path) -> None:
    rows = "".join(f'<p><a href="/xw/{i}.htm">镇里召开第{i}次农业生产推进会议</a> 2020-11-{20 + i}</p>' for i in range(1, 4))
    report = _site(tmp_path, [(SEED + "xw/", _bare("青石视窗", rows, '<meta name="ColumnName" content="青石视窗">'))], '<a href="/xw/">工作动态</a>')
    col = next(c for c in report["columns"] if c["url"] == SEED + "xw/")
    assert col["name"] == "青石视窗" and col["type"] == "动态要闻"


@pytest.mark.parametrize("name,column", [("办事服务", False), ("工作动态", True)])
def test_a_service_hall_listing_its_guides_without_dates_is_no_column(tmp_path: Path, name: str, column: bool) -> None:
    # a 办事 page leading to its services' guides (kept at dated addresses, printing no date in the list) is a service
    # hall: no freshness to judge; a page named for news listing the same undated links stays a list of articles
    guides = [("bdc", "不动产登记"), ("cjrz", "残疾人证办理"), ("njbt", "农机购置补贴申领")]
    table = "<table class='sx'><tr><th>事项</th><th>部门</th></tr>" + "".join(
        f"<tr><td><a href='/bmfw/2020/0301/{k}.jsp'>{t}</a></td><td>镇便民服务中心</td></tr>" for k, t in guides) + "</table>"
    pages = [(SEED + "bmfw/", _bare(f"{name}-青石镇", table)), *(
        (SEED + f"bmfw/2020/0301/{k}.jsp", article(t, "2020-03-01")) for k, t in guides)]
    report = _site(tmp_path, pages, f'<a href="/bmfw/">{name}</a>')
    assert (SEED + "bmfw/" in _column_urls(report)) is column


@pytest.mark.parametrize("pager,column", [("", False), ("<a href='/xxgk/index_2.htm'>下一页</a>", True)])
def test_a_channel_page_previewing_the_rows_of_one_list_its_menu_names_is_no_column(
        tmp_path: Path, pager: str, column: bool) -> None:
    # 信息公开 with a side menu of its lists and a box of 通知公告's newest rows (no 更多): the rows preview that list;
    # a page paging through its rows lists them itself
    menu = "<div class='zc'><a href='/xxgk/tzgg/'>通知公告</a><a href='/xxgk/rsxx/'>人事信息</a></div>"
    rows = "<table>" + "".join(f"<tr><td><a href='/xxgk/tzgg/{i}.jsp'>青石镇关于第{i}批农房改造补助的公示</a></td>"
                               f"<td>2020-11-{10 + i}</td></tr>" for i in range(1, 4)) + "</table>"
    listing = _bare("通知公告", "<p><a href='/xxgk/tzgg/1.jsp'>青石镇关于第1批农房改造补助的公示</a> 2020-11-11</p>"
                    "<p><a href='/xxgk/tzgg/2.jsp'>青石镇关于第2批农房改造补助的公示</a> 2020-11-12</p>")
    report = _site(tmp_path, [(SEED + "xxgk/", _bare("信息公开", menu + rows + pager)),
                              (SEED + "xxgk/tzgg/", listing), (SEED + "xxgk/rsxx/", _bare("人事信息", "<p>暂无信息</p>"))],
                   '<a href="/xxgk/">信息公开</a>')
    assert (SEED + "xxgk/" in _column_urls(report)) is column


@pytest.mark.parametrize("rows,column", [
    # letters to the town, each saying whether it was answered: the town's 互动 list kept on the platform
    ("".join(f"<li><a href='/xj/show.do?id={i}'>关于青石镇第{i}号村道修缮的来信</a><span>2020-10-0{i}</span>"
             f"<span>2020-10-1{i}</span><span>已回复</span></li>" for i in (1, 2, 3)), True),
    # the platform's 事项 for the town, dated: what the town's 办事 entry leads to, no column
    ("".join(f"<li><a href='/sx/show.do?id={i}'>青石镇第{i}类农机购置补贴申领</a><span>2020-10-0{i}</span></li>"
             for i in (1, 2, 3)), False),
])
def test_letters_to_a_section_of_a_larger_site_on_a_service_platform_are_its_column(
        tmp_path: Path, rows: str, column: bool) -> None:
    # the town's channel on its county's portal (SiteName 岭南县人民政府, homepage titled 岭南县青石镇): the platform's
    # page names the town (青石镇), the place its own title names inside the county's
    url = "http://xj.nanfang.gov.cn/xj/list.do?org=42"
    b = SnapshotBuilder(SEED)
    b.page(SEED, _bare("岭南县青石镇", f'<a href="{url}">信件选登</a>', '<meta name="SiteName" content="岭南县人民政府">'),
           depth=0)
    b.page(url, _bare("信件选登-青石镇-南方省政务服务网", f"<ul class='xjlb'>{rows}</ul>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2020, 11, 26))
    assert (url in _column_urls(report)) is column


def test_a_rendered_list_whose_records_stay_in_the_app_state_is_not_measured(tmp_path: Path) -> None:
    # a client-only list: the page's state (a Vue store, quoted keys, named pubTime/linkUrl) holds the column's
    # records, but the app bundle did not load in our browser, so the rendered list is still empty — the visitor
    # sees rows we did not: neither a blank column nor a count of 0
    state = ("<script>window.__INITIAL_STATE__ = {\"column\": {\"docs\": ["
             "{\"docTitle\": \"关于全面推进基层政务公开标准化的实施意见解读\", \"pubTime\": \"2021-04-02\", \"linkUrl\": \"/jd/1.html\"},"
             "{\"docTitle\": \"一图读懂县政府工作报告\", \"pubTime\": \"2021-03-11\", \"linkUrl\": \"/jd/2.html\"}]}};</script>")
    shell = ("<div class='jd-panel'><h2>政策解读</h2><ul class='doc-list' id='docList'></ul></div>"
             "<script src='/static/js/app.8c1f.js'></script>")

    def column(where: str, extra: str) -> dict:
        html = page("工作动态", shell + extra)
        b = SnapshotBuilder(SEED)
        b.page(SEED, page("首页", '<a href="/gzdt/">工作动态</a>'), depth=0)
        b.page(SEED + "gzdt/", html, rendered=html)
        report = run_checks(load_snapshot(b.write(tmp_path / where)), dt.date(2021, 4, 20))
        return {"col": _column(report), "empty": any(f["check"] == "empty-column" for f in report["findings"])}

    held = column("held", state)
    assert held["col"]["shown"] is None and not held["empty"]
    # with no records anywhere in the page, the rendered empty list is what the visitor sees
    bare = column("bare", "")
    assert bare["empty"]


def test_a_lists_further_page_the_crawl_did_not_fetch_is_no_entry(tmp_path: Path) -> None:
    # undated headlines to documents the crawl did not fetch, and a pager to the list's second page (not fetched
    # either): four entries dated by their addresses (t20201113 the newest), the second page none of them
    rows = "".join(f'<div class="item"><a href="./202011/t202011{10 + i}_{i}.htm">全镇召开第{i + 1}次安全生产工作推进会</a></div>'
                   for i in range(4))
    pager = '<div class="pg">1 <a href="list_2.htm">2</a> <a href="list_2.htm">后页</a></div>'
    col = _column(_report(tmp_path, rows + pager, dt.date(2020, 11, 26)))
    assert col["items"] == 4 and col["last_update"] == "2020-11-13"
