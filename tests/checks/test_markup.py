"""CMS markup styles seen on real government sites: Hanweb XML record lists, calendar-style split dates, empty-list
markers, catalogue pages, bare 时间: labels, probes and the unreachable veto."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import find_date
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import page
from .snapshot_builder import SnapshotBuilder

SEED = "http://www.m.gov.cn/"
AS_OF = dt.date(2020, 11, 26)


def test_hanweb_xml_records_are_list_entries() -> None:
    html = ('<html><body><div id="7008"><script type="text/xml"><datastore><recordset>'
            '<record><![CDATA[<li><a href="/art/2020/4/24/art_1.html" title="甲项工作会议">甲项工作会议</a>'
            '<span>[2020-04-24]</span></li>]]></record>'
            '<record><![CDATA[<li><a href="/art/2020/4/20/art_2.html">乙项工作部署</a><span>[2020-04-20]</span></li>]]></record>'
            '</recordset></datastore></script></div></body></html>')
    f = parse_page(html, SEED + "col/col1/index.html", None, "r")
    assert [(i.url, i.date) for i in f.items] == [(SEED + "art/2020/4/24/art_1.html", (2020, 4, 24)),
                                                  (SEED + "art/2020/4/20/art_2.html", (2020, 4, 20))]


def test_split_day_and_year_month() -> None:
    assert find_date("08 2020-10 于都县扎实推进") == (2020, 10, 8)
    assert find_date("2020-10 08") == (2020, 10, 8)
    assert find_date("共 2020 条 10 页") is None


def test_bare_time_label_marks_an_article() -> None:
    f = parse_page(page("通知", "<b>关于开展检查的通知</b><font>时间:2020-09-09 09:45 来源:司法局</font><p>正文</p>"),
                   SEED + "a/1.html", None, "r")
    assert f.is_article and f.pubdate == (2020, 9, 9)


def _site(tmp_path: Path, pages: dict[str, str], probes: list[dict] | None = None) -> dict:
    b = SnapshotBuilder(SEED)
    nav = "".join(f'<a href="{p}">{t}</a> ' for p, t in [("/czyjs/", "财政预决算"), ("/xxgkml/", "政府信息公开目录"),
                                                          ("/jgzn/", "机构职能"), ("/gzdt/", "工作动态")])
    b.page(SEED, page("首页", nav), depth=0)
    for path, body in pages.items():
        b.page(SEED + path.lstrip("/"), page(path, nav + body))
    if probes:
        b.probes = probes
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_empty_marker_catalogue_and_single_page_columns(tmp_path: Path) -> None:
    report = _site(tmp_path, {
        "/czyjs/": '<ul class="list"><li>该栏目下暂无内容</li></ul>',                     # blank, type 其他
        "/xxgkml/": '<ul><li><a href="/czyjs/">财政预决算</a></li><li><a href="/gzdt/">工作动态</a></li></ul>',  # catalogue
        "/jgzn/": "<table><tr><td>示例市发展和改革局</td><td>贯彻执行国家和省、市有关发展和改革工作的方针政策和法律法规，拟订并组织实施本地区相关规划。</td></tr></table>",
        "/gzdt/": "<ul><li><a href='/gzdt/1.html'>甲项工作会议</a><span>2020-11-20</span></li>"
                  "<li><a href='/gzdt/2.html'>乙项工作部署</a><span>2020-11-10</span></li></ul>",
    })
    empty = {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert empty == {SEED + "czyjs/"}
    assert SEED + "xxgkml/" not in {c["url"] for c in report["columns"]}


def test_site_unreachable_veto_from_probes(tmp_path: Path) -> None:
    probes = [{"time": f"2020-11-{20 + i // 20:02d}T10:{i % 20:02d}:00+08:00", "url": SEED,
               "status": 200 if i % 10 else None, "latency_ms": 300, "error": None if i % 10 else "timeout"}
              for i in range(140)]
    report = _site(tmp_path, {}, probes)
    assert "site-unreachable" in [v["rule"] for v in report["vetoes"]]     # 10 % of probes failed
    ok = _site(tmp_path / "ok", {}, [dict(p, status=200, error=None) for p in probes])
    assert "site-unreachable" not in [v["rule"] for v in ok["vetoes"]]


def test_definition_list_rows() -> None:
    f = parse_page('<html><body><dl><dt><a href="/a.html">关于开展检查的通知</a></dt><dd>2020-11-20</dd></dl></body></html>',
                   SEED, None, "r")
    assert [(i.url, i.date) for i in f.items] == [(SEED + "a.html", (2020, 11, 20))]


def test_todays_date_in_the_header_is_no_homepage_update(tmp_path: Path) -> None:
    header = '<div class="top">今天是2020年11月26日 星期四 <a href="/wza/">无障碍</a> <a href="/gzdt/">工作动态</a></div>'
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("首页", header + "<ul><li><a href='/gzdt/1.html'>甲项工作会议</a><span>2020-09-01</span></li></ul>"),
           depth=0)
    for path in ("gzdt/", "wza/", "gzdt/1.html"):
        b.page(SEED + path, page(path, header + "<p>内容</p>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "homepage-stale" in [f["check"] for f in report["findings"]]


def test_homepage_behind_a_redirect(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><body>Moved</body></html>", status=302, final_url=SEED + "index.html", depth=0)
    b.page(SEED + "index.html", page("首页", '<div class="footer">网站标识码：3301000001</div>'
                                          "<ul><li><a href='/gzdt/1.html'>甲项工作会议</a><span>2020-11-20</span></li></ul>"),
           depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["site"]["status"] == "measured"
    assert report["elements"]["网站标识码"]["value"] == "3301000001"
    assert "homepage-stale" not in [f["check"] for f in report["findings"]]


def test_article_with_related_list_is_no_column(tmp_path: Path) -> None:
    related = ("<h3>相关通知</h3><ul><li><a href='/tzgg/201801/t20180101_1.html'>关于开展旧工作的通知</a><span>2018-01-01</span></li>"
               "<li><a href='/tzgg/201712/t20171201_2.html'>关于开展另一项旧工作的通知</a><span>2017-12-01</span></li></ul>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("首页", "<ul><li><a href='/tzgg/202011/t20201120_9.html'>关于开展检查的通知</a>"
                            "<span>2020-11-20</span></li></ul>"), depth=0)
    # an article without any publication label, but with a dated URL and a list of old related notices
    b.page(SEED + "tzgg/202011/t20201120_9.html", page("关于开展检查的通知", "<h1>关于开展检查的通知</h1><p>正文。</p>" + related))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["columns"] == []
    assert not [f for f in report["findings"] if f["check"] == "stale-column"]


def test_a_base_with_the_default_port_names_pages_without_it() -> None:
    # JSP sites often carry <base href="http://host:80/">: targets are reported as a visitor's address bar shows them
    html = ("<html><head><base href='https://www.p.gov.cn:443/portal/'></head><body><a href='zwgk/index.jsp'>政务公开</a>"
            "<form action='/search/do'><input name='q'><button>检索</button></form>"
            "<a href='http://www.p.gov.cn:8080/app/'>办事</a></body></html>")
    f = parse_page(html, "https://www.p.gov.cn/", None, "r")
    assert [lk.url for lk in f.links] == ["https://www.p.gov.cn/portal/zwgk/index.jsp", "http://www.p.gov.cn:8080/app/"]
    assert f.search_action == "https://www.p.gov.cn/search/do"


def test_a_list_a_script_builds_from_an_inline_array_is_read() -> None:
    # rows kept as an array of arrays, appended to a string in a loop and set as a block's innerHTML
    html = ("<html><body><h2>部门信息</h2><div class='bmxx' id='bm_rows'></div><script>\n"
            'const data = [["2019-12-02", "第二季度采购意向", "/bmxx/2019/12/2.html"],'
            ' ["2019-11-18", "部门整体支出绩效", "/bmxx/2019/11/7.html"]];\n'
            "let out = '';\nfor (let k = 0; k < data.length; ++k) {\n"
            "  out += '<p><a href=\"' + data[k][2] + '\">' + data[k][1] + '</a> (' + data[k][0] + ')</p>';\n}\n"
            "document.getElementById('bm_rows').innerHTML = out;\n</script></body></html>")
    f = parse_page(html, SEED + "bmxx/", None, "r")
    assert [(i.url, i.date) for i in f.items] == [(SEED + "bmxx/2019/12/2.html", (2019, 12, 2)),
                                                  (SEED + "bmxx/2019/11/7.html", (2019, 11, 18))]
    # a loop reading a variable the script computes is not decoded: the block stays as the page has it
    f = parse_page(html.replace("data[k][1]", "title(k)"), SEED + "bmxx/", None, "r")
    assert f.items == []


def test_links_are_read_as_the_page_links_them() -> None:
    """Query order kept, fragment dropped, host lower-cased, default port dropped, dot segments resolved, Chinese
    escaped as a browser fetches it: the crawler's spelling, so findings cite what the site links."""
    from govweb.checks.page import parse_page

    hrefs = ["list.jsp?uid=7&amp;pageNum=10#p", "HTTP://WWW.Town.GOV.cn:80/a/./b/../c.html?z=1&amp;a=2",
             "../公告/通知.html", "/x/%E4%B8%AD.html?q=%E6%96%87&amp;id=3", "#top", "javascript:void(0)"]
    html = "<html><body>" + "".join(f'<a href="{h}">链接{i}</a>' for i, h in enumerate(hrefs)) + "</body></html>"
    facts = parse_page(html, "http://www.town.gov.cn/xxgk/tzgg/index.html", None, "r")
    assert [link.url for link in facts.links] == [
        "http://www.town.gov.cn/xxgk/tzgg/list.jsp?uid=7&pageNum=10",
        "http://www.town.gov.cn/a/c.html?z=1&a=2",
        "http://www.town.gov.cn/xxgk/%E5%85%AC%E5%91%8A/%E9%80%9A%E7%9F%A5.html",
        "http://www.town.gov.cn/x/%E4%B8%AD.html?q=%E6%96%87&id=3",
    ]


def test_rows_a_delegated_click_opens_by_a_data_attribute_are_links() -> None:
    """List items that are no links but carry the address a page script opens on click (`$(this).data('link')`):
    their longest part names the row, a date in another part dates it; the same markup without a script reading
    the attribute opens nothing and lists nothing."""
    rows = "".join(f"<li class='it' data-link='/gg/2024/{n}.html'><b>第{n}批专项资金拨付公示名单</b>"
                   f"<i>2024.05.0{n}</i></li>" for n in (3, 6))
    script = "<script>$('.it').on('click', function () { window.location = $(this).data('link'); });</script>"
    f = parse_page(f"<html><body><ol>{rows}</ol>{script}</body></html>", SEED + "gg/", None, "r")
    assert [(i.url, i.title, i.date) for i in f.items] == [
        (SEED + "gg/2024/3.html", "第3批专项资金拨付公示名单", (2024, 5, 3)),
        (SEED + "gg/2024/6.html", "第6批专项资金拨付公示名单", (2024, 5, 6))]
    f = parse_page(f"<html><body><ol>{rows}</ol></body></html>", SEED + "gg/", None, "r")
    assert f.items == [] and not any(link.url.startswith(SEED + "gg/2024/") for link in f.links)
    # a value that names no address (a tab's number the handler also reads) opens no page
    tabs = "<span class='tab' data-id='3'>政策解读</span><script>$('.tab').click(function(){ show($(this).data('id')); });</script>"
    f = parse_page(f"<html><body>{tabs}</body></html>", SEED + "gg/", None, "r")
    assert f.links == []


def test_a_date_that_opens_a_period_is_no_row_date() -> None:
    # a status note (2023年3月16日起恢复, 自6月1日起暂停) says when something starts; a row's own date stays one, and
    # so does a date beside 起草 (a drafting note)
    html = ("<html><body><table>"
            "<tr><td><a href='/sx/11.html'>燃气经营许可</a></td><td>暂停，2023年3月16日起恢复</td></tr>"
            "<tr><td><a href='/sx/12.html'>户外广告设置审批</a></td><td>自6月1日起暂停</td></tr>"
            "<tr><td><a href='/sx/13.html'>城市道路占用审批</a></td><td>2023-01-05 更新</td></tr>"
            "<tr><td><a href='/sx/14.html'>临时建筑审批办法</a></td><td>2022-12-30 起草说明</td></tr>"
            "</table></body></html>")
    f = parse_page(html, SEED + "sx/", None, "r")
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in f.items] == [("13.html", (2023, 1, 5)), ("14.html", (2022, 12, 30))]


def test_the_visitors_clock_a_script_printed_dates_no_row() -> None:
    # a rendered top bar: the visitor's clock beside a script link to the homepage, above a list with no entry —
    # the clock dates nothing, and the list stays empty
    html = ("<html><body><div class='topbar'><em>当前时间：2024-05-06 星期一</em>"
            "<a href='javascript:;' onclick=\"window.location.href='http://www.example.gov.cn/'\">返回主站</a></div>"
            "<h2>统计信息</h2><table class='list'></table><p class='page'>共0条 第1/1页</p></body></html>")
    f = parse_page(html, SEED + "tjxx/", None, "r")
    assert f.items == [] and f.empty_marker
    # a row whose own cell carries a date still has it
    row = html.replace("<table class='list'></table>",
                       "<table class='list'><tr><td><a href='/tjxx/1.html'>一季度经济运行情况</a></td>"
                       "<td>2024-04-20</td></tr></table>")
    assert [i.date for i in parse_page(row, SEED + "tjxx/", None, "r").items] == [(2024, 4, 20)]
    # as a browser leaves it: the script that printed the clock stays between the label and the date
    rendered = html.replace("<em>当前时间：2024-05-06 星期一</em>",
                            "<span>今天是：<script>var d=new Date();document.write(d.getFullYear()+'年'+(d.getMonth()+1)"
                            "+'月'+d.getDate()+'日');</script>2024年5月6日</span>")
    f = parse_page(rendered, SEED + "tjxx/", None, "r")
    assert f.items == [] and f.empty_marker
    # … or with no label at all: the clock script's own date, printed where it stands
    bare = html.replace("<em>当前时间：2024-05-06 星期一</em>",
                        "<span class='riqi'><script>var t=new Date();document.write(t.getFullYear()+'-'"
                        "+(t.getMonth()+1)+'-'+t.getDate());</script>2024-5-6</span>")
    f = parse_page(bare, SEED + "tjxx/", None, "r")
    assert f.items == [] and f.empty_marker


def test_lines_a_block_breaks_are_rows_of_their_own() -> None:
    # one <div> printing its rows as lines, the date after each title: each line's date is its own row's
    html = ("<html><body><h3>公示公告</h3><div class='gs'>"
            "<a href='/gs/a.shtml'>甲项目竣工验收结果公示</a> 【2019年7月3日】<br>"
            "<a href='/gs/b.shtml'>乙项目招标结果公示</a> 【2019年4月15日】<br>"
            "<a href='/gs/c.shtml'>丙项目中标候选人公示</a> 【2018年12月1日】"
            "</div></body></html>")
    f = parse_page(html, SEED + "gs/", None, "r")
    assert [i.date for i in f.items] == [(2019, 7, 3), (2019, 4, 15), (2018, 12, 1)]
    # a title and its date on two lines of one item stay one row
    one = "<html><body><ul><li><a href='/gs/d.shtml'>丁项目公示</a><br><small>2020-03-04</small></li></ul></body></html>"
    assert [i.date for i in parse_page(one, SEED + "gs/", None, "r").items] == [(2020, 3, 4)]


def test_a_two_digit_year_cell_dates_its_row_and_a_rows_buttons_are_no_entries() -> None:
    # a <div> grid whose last cell prints only yy-mm-dd beside a 编号 cell; each row also links its 附件 button
    html = ("<html><body><ul class='grid'>"
            "<li><div><a href='/x/1.htm'>年度部门预算公开说明</a></div><div>编号 A-7</div><div>21-03-02</div>"
            "<div><a href='/x/1.pdf'>下载附件</a></div></li>"
            "<li><div><a href='/x/2.htm'>年度部门决算公开说明</a></div><div>编号 A-8</div><div>20-08-30</div>"
            "<div><a href='/x/2.pdf'>【下载】</a></div></li>"
            "</ul></body></html>")
    f = parse_page(html, SEED + "x/", None, "r")
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in f.items] == [("1.htm", (2021, 3, 2)), ("2.htm", (2020, 8, 30))]


def test_month_day_rows_under_a_year_heading_are_of_that_year() -> None:
    # an archive printing its rows by month-day under a year heading, at addresses that carry no date
    html = ("<html><body><div class='nian'><b>2019</b></div><table class='lb'>"
            "<tr><td><a href='/show.asp?id=88'>关于调整部分科室职责的通知</a></td><td>11月02日</td></tr>"
            "<tr><td><a href='/show.asp?id=80'>关于聘任科室负责人的通知</a></td><td>06月18日</td></tr>"
            "</table></body></html>")
    f = parse_page(html, SEED + "rsxx.asp", None, "r")
    assert [i.date for i in f.items] == [(2019, 11, 2), (2019, 6, 18)]
    # with no such heading, the year stays for the as-of date to resolve
    plain = html.replace("<div class='nian'><b>2019</b></div>", "<h3>人事任免</h3>")
    assert [i.date for i in parse_page(plain, SEED + "rsxx.asp", None, "r").items] == [(None, 11, 2), (None, 6, 18)]


def test_a_lists_rows_printed_without_links_are_its_entries() -> None:
    # a 公示 list printing each row as spans, no link on most: a reader counts every dated row, newest first
    rows = "".join(f"<li><span class='t'>第{n}批次农机购置补贴资金兑付情况公示</span><span class='d'>2022年{m}月{d}日</span></li>"
                   for n, m, d in ((3, 9, 14), (2, 6, 2), (1, 3, 21)))
    linked = "<li><span class='t'><a href='/gs/0.htm'>上年度农机购置补贴资金兑付情况公示</a></span><span class='d'>2021年12月1日</span></li>"
    html = f"<html><body><h3>资金公示</h3><ol class='gs'>{rows}{linked}</ol></body></html>"
    f = parse_page(html, SEED + "gs/", None, "r")
    assert sorted(i.date for i in f.items) == [(2021, 12, 1), (2022, 3, 21), (2022, 6, 2), (2022, 9, 14)]
    assert len({i.url for i in f.items}) == 4   # the linked row once, each unlinked row an entry of its own
    assert sorted(i.printed for i in f.items) == [False, True, True, True]   # (a record to read: nothing to open)
    # a leader's CV runs oldest first, a roster's birth dates in no order: no list of entries
    cv = "".join(f"<tr><td>{y}年9月1日</td><td>任某某乡党委副书记、乡长（正科级）</td></tr>" for y in (2008, 2012, 2017))
    roster = "".join(f"<tr><td>张{n}</td><td>{y}-0{n}-1{n}</td><td>县农业农村局综合执法大队</td></tr>"
                     for n, y in ((1, 1990), (2, 1994), (3, 1988)))
    for table in (cv, roster):
        got = parse_page(f"<html><body><table>{table}</table></body></html>", SEED + "ld/", None, "r")
        assert got.items == []
    # beside a form to write in, the printed replies are that function page's, not a list of it
    form = f"<html><body><form><textarea name='c'></textarea></form><ol>{rows}</ol></body></html>"
    assert parse_page(form, SEED + "xx/", None, "r").items == []


def test_the_tiles_of_a_picture_list_are_read() -> None:
    tiles = "".join(f"<li class='v'><a href='http://tv.example.cn/play/{n}'><img src='/p/{n}.jpg'>"
                    f"<span>第{n}期 政策微课堂</span></a></li>" for n in range(1, 4))
    f = parse_page(f"<html><body><ul class='vlist'>{tiles}</ul></body></html>", SEED + "wkt/", None, "r")
    assert f.tiles == tuple(f"http://tv.example.cn/play/{n}" for n in range(1, 4))
    # two tiles, or tiles printing a date (read as rows), are no such list
    two = "".join(f"<li><a href='/a/{n}.htm'><img src='/p/{n}.jpg'><b>图说第{n}期</b></a></li>" for n in (1, 2))
    assert parse_page(f"<html><body><ul>{two}</ul></body></html>", SEED + "ts/", None, "r").tiles == ()


def test_undated_rows_under_a_date_heading_take_that_day() -> None:
    # a timeline: each day a heading, its documents below it without dates of their own
    html = ("<html><body><dl class='rili'><dt>2023-06-02</dt><dd><a href='/a/31.jsp'>关于开展汛期安全检查的通知</a></dd>"
            "<dd><a href='/a/30.jsp'>防汛物资储备情况公示</a></dd><dt>２０２３－０５－２８</dt>"
            "<dd><a href='/a/27.jsp'>端午节期间值班安排</a></dd></dl></body></html>")
    f = parse_page(html, SEED + "gg.jsp", None, "r")
    assert [i.date for i in f.items] == [(2023, 6, 2), (2023, 6, 2), (2023, 5, 28)]
    # a date in a plain block above a list (a clock, a label) is no heading of its rows
    plain = ("<html><body><div class='clock'>2023-06-02</div><ul><li><a href='/a/31.jsp'>关于开展汛期安全检查的通知</a></li>"
             "<li><a href='/a/30.jsp'>防汛物资储备情况公示</a></li></ul></body></html>")
    assert parse_page(plain, SEED + "gg.jsp", None, "r").items == []
