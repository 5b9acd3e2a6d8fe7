"""Columns read as a visitor reads them, on pages unlike the blind sites that showed each rule: a period's end is no
row date, a page reporting a system failure is no (blank) column, a site map dating its columns is none, a channel
landing page previewing one list of its sub-pages is none, an empty list the homepage previews is the column's own (no template
widget), a page at the search form's address answering another module is no search answer, an 在线访谈 archive
showing an empty list (or a list table whose one row says so) is a blank column, a hub's empty side box makes it no
blank column, and a box of past topics beside a list is none of its entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import find_full_dates
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='copyright'>主办单位：和县人民政府办公室 网站标识码：3405230001 皖ICP备06012345号</div>"
HOME_ROWS = "".join(f"<li><a href='/xwzx/2021/06{d:02d}/{d}.shtml'>和县召开第{d}次常务会议</a><em>2021-06-{d:02d}</em></li>"
                    for d in (20, 25))


def _site(tmp_path: Path, pages: dict[str, str], home_extra: str = "", menu: dict[str, str] | None = None) -> dict:
    """pages: path → full <body> content under the menu; menu: path → name (default: every page, by its path)."""
    menu = menu if menu is not None else {p: p for p in pages}
    nav = "<div class='navbar'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, n in menu.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>和县人民政府</title></head><body>{nav}<ul class='news'>{HOME_ROWS}</ul>"
                 f"{home_extra}{FOOTER}</body></html>", depth=0)
    for path, body in pages.items():
        b.page(SEED + path, f"<html><head><title>{menu.get(path, path)}-和县人民政府</title></head><body>{nav}{body}"
                            f"{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, dict]:
    return {c["url"]: c for c in report["columns"]}


def _empty(report: dict) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == "empty-column"}


def test_the_end_of_a_period_is_no_row_date() -> None:
    assert find_full_dates("报名时间：2020年9月1日—2020年10月31日 发布日期 2020-08-28") == [(2020, 9, 1), (2020, 8, 28)]
    assert find_full_dates("2019/03/01 ~ 2019/04/01") == [(2019, 3, 1)]
    # two dates of two labels stay two dates (来信 | 答复: a message list's)
    assert find_full_dates("来信时间：2020-10-01 答复时间：2020-10-09") == [(2020, 10, 1), (2020, 10, 9)]


def test_a_list_of_consultations_is_dated_by_publication_not_by_the_end_of_its_periods(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td><a href='/yjzj/2021/{m:02d}01/{m}.shtml'>关于第{m}号规划草案公开征求意见的公告</a></td>"
        f"<td>意见反馈期限 2021年{m}月1日到2021年{m + 2}月1日</td><td>{2021}-{m:02d}-01</td></tr>" for m in (2, 3))
    report = _site(tmp_path, {"yjzj/": f"<div class='con'><table class='zj'>{rows}</table></div>"},
                   menu={"yjzj/": "意见征集"})
    col = _columns(report)[SEED + "yjzj/"]
    assert col["last_update"] == "2021-03-01"


def test_a_page_reporting_a_system_failure_is_no_blank_column(tmp_path: Path) -> None:
    failed = ("<div class='box'><h3>网上咨询</h3><p class='tip'>服务器内部错误，数据加载失败，请联系系统管理员。</p>"
              "<dl class='zx'><dt>咨询主题</dt><dd>暂无记录</dd></dl></div>")
    # the same wording of an empty list without the failure stays a blank column
    empty = "<div class='box'><h3>投诉举报</h3><dl class='zx'><dt>投诉主题</dt><dd>暂无记录</dd></dl></div>"
    report = _site(tmp_path, {"hdjl/wszx/": failed, "hdjl/tsjb/": empty},
                   menu={"hdjl/wszx/": "网上咨询", "hdjl/tsjb/": "投诉举报"})
    assert SEED + "hdjl/wszx/" not in _columns(report)
    assert _empty(report) == {SEED + "hdjl/tsjb/"}


def test_a_site_map_dating_its_columns_is_no_column(tmp_path: Path) -> None:
    names = {"gzdt/": "工作动态", "tzgg/": "通知公告", "zcfg/": "政策法规", "rsrm/": "人事任免"}
    rows = "".join(f"<dl><dt><a href='/{p}'>{n}</a></dt><dd>更新于 2021-0{i + 1}-15</dd></dl>"
                   for i, (p, n) in enumerate(names.items()))
    report = _site(tmp_path, {"zddh/": f"<div class='map'><h2>站点导航</h2>{rows}</div>"}, menu={"zddh/": "站点导航"})
    assert SEED + "zddh/" not in _columns(report)
    # a catalogue of documents, each dated, stays a list
    docs = "".join(f"<dl><dt><a href='/xxgk/2021/0{m}15/{m}.shtml'>和县2021年第{m}季度财政预算执行情况的报告</a></dt>"
                   f"<dd>2021-0{m}-15</dd></dl>" for m in (1, 4))
    report = _site(tmp_path / "ml", {"xxgkml/": f"<div class='map'>{docs}</div>"}, menu={"xxgkml/": "政府信息公开目录"})
    assert SEED + "xxgkml/" in _columns(report)


def test_a_channel_landing_page_previewing_one_sub_list_is_no_column(tmp_path: Path) -> None:
    box = ("<div class='side'><div class='hd'><h4>党建快讯</h4><a href='/djgz/kx/'>MORE+</a></div><ul class='kx'>" + "".join(
        f"<li><a href='/djgz/kx/2021/06{d:02d}/{d}.shtml'>县直机关党组织开展第{d}期主题党日活动</a><i>2021-06-{d:02d}</i></li>"
        for d in (3, 9, 17)) + "</ul></div>")
    tiles = ("<div class='tiles'><a href='/djgz/zzjs/'>组织建设</a><a href='/djgz/dfzl/'>党风廉政</a>"
             "<a href='/djgz/xxjy/'>学习教育</a></div>")
    report = _site(tmp_path, {"djgz/": tiles + box}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" not in _columns(report)
    # rows of the page's own (in its folder, not the 更多 list's) beside the same links: a column
    own = box.replace("/djgz/kx/20", "/djgz/20")
    report = _site(tmp_path / "own", {"djgz/": tiles + own}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" in _columns(report)


def test_an_empty_list_the_homepage_previews_is_the_columns_own(tmp_path: Path) -> None:
    # the homepage's 人事任免 box says the list is empty, as the column page does; a photo list elsewhere also shows
    # an empty sign: two list pages with empty signs, but not the column's words
    box = ("<div class='box'><span>人事任免</span><a href='/rsrm/'>更多&gt;&gt;</a><div class='c'>该栏目暂无内容</div></div>")
    photos = ("<ul class='tp'>" + "".join(f"<li><a href='/tpxw/2021/06{d}/{d}.shtml'>和县风光第{d}组</a>"
                                          f"<span>2021-06-{d}</span></li>" for d in (11, 12)) + "</ul><p>暂无相关视频信息</p>")
    report = _site(tmp_path, {"rsrm/": "<div class='c'>该栏目暂无内容</div>", "tpxw/": photos}, home_extra=box,
                   menu={"rsrm/": "人事任免", "tpxw/": "图片新闻"})
    assert SEED + "rsrm/" in _empty(report)


def test_a_page_at_the_search_address_answering_another_module_is_a_list(tmp_path: Path) -> None:
    form = ("<form action='/index.php' method='get'><input type='hidden' name='c' value='search'>"
            "<input type='text' name='kw'><input type='submit' value='搜索'></form>")
    rows = "".join(f"<p class='row'><a href='/index.php?c=show&id={i}'>关于做好第{i}批项目申报工作的通知</a>"
                   f"<span>2021-06-0{i}</span></p>" for i in (1, 2, 3))
    pages = {"index.php?c=list&cat=7": form + rows, "index.php?c=search&kw=通知": form + rows}
    report = _site(tmp_path, pages, menu={"index.php?c=list&cat=7": "通知公告"})
    cols = _columns(report)
    assert SEED + "index.php?c=list&cat=7" in cols
    assert not any("c=search" in u for u in cols)


def test_an_interview_archive_showing_an_empty_list_is_a_blank_column(tmp_path: Path) -> None:
    archive = ("<div class='ft'><table class='ftlist'><thead><tr><th>访谈主题</th><th>嘉宾</th><th>时间</th></tr></thead>"
               "<tbody></tbody></table><p class='none'>暂无访谈记录</p></div>")
    live = ("<div class='ft'><video src='/live/ft.m3u8'></video><p>本期访谈：县长与网民谈优化营商环境，嘉宾在线解答网民提问，"
            "欢迎广大网民踊跃参与，提出意见建议。</p><h4>往期回顾</h4><ul class='wq'></ul><p>暂无信息</p></div>")
    report = _site(tmp_path, {"zxft/": archive, "ftzb/": live}, menu={"zxft/": "在线访谈", "ftzb/": "在线访谈直播"})
    assert SEED + "zxft/" in _empty(report)
    assert SEED + "ftzb/" not in _empty(report)


def test_a_channel_landing_page_with_a_box_under_one_parts_name_is_no_column(tmp_path: Path) -> None:
    crumb = "<p class='loc'>您所在的位置：<a href='/'>首页</a> » 党建工作</p>"
    tiles = ("<table class='tiles'><tr><td><a href='/djgz/zzjs/'>组织建设</a></td><td><a href='/djgz/dfzl/'>党风廉政</a>"
             "</td><td><a href='/djgz/xxjy/'>学习教育</a></td></tr></table>")

    def box(heading: str) -> str:
        return (f"<h4 class='bt'>{heading}</h4><dl class='docs'>" + "".join(
            f"<dt><a href='/djgz/2021/06{d:02d}/{d}.shtml'>县直机关党组织开展第{d}期主题党日活动</a></dt>"
            f"<dd>2021年06月{d:02d}日</dd>" for d in (3, 9, 17)) + "</dl>")
    # rows under the name of one part of the channel (党建工作 → 党建工作简报), beside tiles to its parts: a landing page
    report = _site(tmp_path, {"djgz/": crumb + tiles + box("党建工作简报")}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" not in _columns(report)
    # … or under another list's name (党建动态: a column type)
    report = _site(tmp_path / "typed", {"djgz/": crumb + tiles + box("党建动态")}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" not in _columns(report)
    # a list paging through its rows is the page's own, whatever stands above it
    pager = "<div class='page'><a href='/djgz/index_1.shtml'>2</a> <a href='/djgz/index_1.shtml'>下一页</a></div>"
    report = _site(tmp_path / "paged", {"djgz/": crumb + tiles + box("党建动态") + pager}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" in _columns(report)
    # the same rows under the channel's own name, or deeper in the hierarchy: the channel's list
    report = _site(tmp_path / "own", {"djgz/": crumb + tiles + box("党建工作")}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" in _columns(report)
    deeper = crumb.replace("» 党建工作", "» <a href='/dqgz/'>党群工作</a> » 党建工作")
    report = _site(tmp_path / "deep", {"djgz/": deeper + tiles + box("党建工作简报")}, menu={"djgz/": "党建工作"})
    assert SEED + "djgz/" in _columns(report)


def test_a_declared_column_an_app_shell_draws_is_a_column_not_measured(tmp_path: Path) -> None:
    """A page declaring itself a column (ColumnName) that shows nothing but what its script draws from data — its
    menu too, so no crawled page links to it — is a column whose entries are not measured (neither blank nor stale);
    such a page saying something of its own (a 概况 text) is no column."""
    def shell(name: str, own: str = "") -> str:
        return (f"<html><head><title>{name}-和县人民政府</title><meta name='ColumnName' content='{name}'></head><body>"
                f"<section id='root'><p class='tip'>正在加载，请稍候</p></section>{own}"
                "<script>fetch('/api/list?cid=7').then(r => r.json()).then(d => {"
                "document.getElementById('root').innerHTML = d.items.map(x => x.title).join('');});</script>"
                f"{FOOTER}</body></html>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>和县人民政府</title></head><body><ul class='news'>{HOME_ROWS}</ul>{FOOTER}"
                 "</body></html>", depth=0)
    b.page(SEED + "tzgg/", shell("通知公告"))
    b.page(SEED + "hxgk/", shell("和县概况", "<div class='txt'><p>和县位于安徽省东部，长江西岸，总面积1412平方公里，"
                                         "辖8个镇、1个乡，境内有国家级历史文化名镇一处，素有“鱼米之乡”之称。</p></div>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = _columns(report)
    assert set(cols) == {SEED + "tzgg/"} and cols[SEED + "tzgg/"]["items"] == 0
    assert cols[SEED + "tzgg/"]["shown"] is None   # how many entries it shows is not measured, not none
    assert not _empty(report) and not {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def test_a_page_showing_its_list_in_a_frame_is_the_frame_not_the_column(tmp_path: Path) -> None:
    """A 领导信箱 page whose board of answered letters stands in an iframe of the site: the framed document, which no
    page links to, is the column (here one a script fills: not measured); the page framing it (its intro and 写信
    button) is not. A framed board printing its rows is the column, dated by them."""
    def site(path: Path, board: str) -> dict:
        b = SnapshotBuilder(SEED)
        nav = "<div class='navbar'><a href='/ldxx/'>领导信箱</a></div>"
        b.page(SEED, f"<html><head><title>和县人民政府</title></head><body>{nav}<ul class='news'>{HOME_ROWS}</ul>"
                     f"{FOOTER}</body></html>", depth=0)
        b.page(SEED + "ldxx/", f"<html><head><title>领导信箱-和县人民政府</title></head><body>{nav}"
                              "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 领导信箱</div><div class='xx'>"
                              "<p>领导信箱受理对县政府工作的意见建议，工作日内答复。</p><a class='btn' href='/ldxx/write.jsp'>"
                              "写信</a><iframe src='/ldxx/board.jsp' width='100%' height='400'></iframe></div>"
                              f"{FOOTER}</body></html>")
        b.page(SEED + "ldxx/board.jsp", f"<html><body>{board}</body></html>")
        return _columns(run_checks(load_snapshot(b.write(path)), AS_OF))
    script = ("<table class='letters'><tr><th>标题</th><th>来信日期</th></tr><tbody id='letters'></tbody></table>"
              "<script>$.getJSON('/ldxx/letters.json', function (d) { $('#letters').html(d.rows.map(function (r) { return '<li>' + r.title + '</li>'; }).join('')); });</script>")
    cols = site(tmp_path, script)
    assert set(cols) == {SEED + "ldxx/board.jsp"} and cols[SEED + "ldxx/board.jsp"]["last_update"] is None
    rows = "".join(f"<tr><td><a href='/ldxx/show.jsp?id={i}'>关于{t}的建议</a></td><td>2021-06-{d:02d}</td></tr>"
                   for i, (t, d) in enumerate((("增设公交站点", 21), ("老旧小区改造", 14), ("农贸市场管理", 8))))
    cols = site(tmp_path / "printed", f"<table class='bd'>{rows}</table>")
    assert set(cols) == {SEED + "ldxx/board.jsp"} and cols[SEED + "ldxx/board.jsp"]["last_update"] == "2021-06-21"


def test_an_error_message_inside_a_long_template_is_no_blank_column(tmp_path: Path) -> None:
    """A page whose own text — the blocks no other page repeats — only says it is an error (您要访问的内容已下线) is a
    soft error page however long the menu and footer around it (drawn by a browser, or printed): no (blank) column;
    a column saying 建设中 in the same template stays a blank one."""
    menu = "".join(f"<li><a href='/{p}/'>{n}</a></li>" for p, n in (
        ("zwgk", "政务公开"), ("bsfw", "办事服务"), ("hdjl", "互动交流"), ("tzgg", "通知公告"), ("gzdt", "工作动态")))
    foot = "".join(f"<p>{line}</p>" for line in (
        "和县人民政府主办　和县人民政府办公室承办　和县数据资源管理局技术支持（联系电话：0555-5312404）",
        "地址：安徽省马鞍山市和县历阳镇和州大道188号　邮编：238200　网站标识码：3405230001",
        "皖ICP备06012345号　皖公网安备34052302000101号　建议使用1280×800分辨率、IE9以上版本浏览器浏览本站",
        "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为和县人民政府版权所有，未经协议授权禁止下载使用",
        "友情链接：中国政府网　安徽省人民政府　马鞍山市人民政府　含山县人民政府　当涂县人民政府　博望区人民政府",
        "政务服务便民热线12345　价格举报12315　环保举报12369　安全生产举报12350　消费者投诉举报专线电话",
        "网站地图　联系我们　隐私声明　使用帮助　无障碍浏览　长者模式　移动版　政务微博　政务微信　政务头条号",
    ))

    def shell(body: str) -> str:
        return f"<html><head><title>和县人民政府</title></head><body><ul class='menu'>{menu}</ul>{body}{foot}</body></html>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, shell(f"<ul class='news'>{HOME_ROWS}</ul>"), depth=0)
    b.page(SEED + "tzgg/", shell("<div class='err'><h3>提示</h3><p>抱歉，您要访问的内容已下线。</p><a href='/'>返回首页</a></div>"))
    b.page(SEED + "gzdt/", shell("<div class='lm'><h3>工作动态</h3><p>本栏目正在建设中，敬请关注。</p></div>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert set(_columns(report)) == {SEED + "gzdt/"} and _empty(report) == {SEED + "gzdt/"}


def test_a_picture_list_of_undated_tiles_counts_its_tiles_and_is_neither_blank_nor_stale(tmp_path: Path) -> None:
    # a 视频 column of tiles opening a player the crawl did not fetch: entries whose dates are unknown
    tiles = "".join(f"<div class='card'><a href='/sp/play.jsp?vid={n}'><img src='/p/{n}.jpg'>"
                    f"<h4>第{n}期：一分钟读懂稳岗返还政策</h4></a></div>" for n in range(1, 5))
    report = _site(tmp_path, {"wkt/": f"<div class='grid'>{tiles}</div>"}, menu={"wkt/": "视频解读"})
    col = _columns(report)[SEED + "wkt/"]
    assert col["items"] == 4 and col["last_update"] is None
    assert SEED + "wkt/" not in _empty(report)
    assert not any(f["check"] == "stale-column" and f["url"] == SEED + "wkt/" for f in report["findings"])


def test_a_script_writing_a_camel_case_menu_leaves_an_empty_list_blank(tmp_path: Path) -> None:
    """An inline script that writes only the element its camelCase id names a menu (`topNav`, `mainMenu`) fills the
    menu, no list: the empty list the server printed stays a blank column. A script naming a list (`docList`)
    may fill it: not measured."""
    def page(target: str) -> str:
        return ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 工作动态</div>"
                "<div class='main'><h2>工作动态</h2><ul class='list'></ul></div>"
                f"<script>var items = ['首页', '工作动态']; jQuery('#{target}').html(items.join(' | '));</script>")
    report = _site(tmp_path, {"gzdt/": page("topNav")}, menu={"gzdt/": "工作动态"})
    assert SEED + "gzdt/" in _empty(report)
    report = _site(tmp_path / "m", {"gzdt/": page("mainMenu")}, menu={"gzdt/": "工作动态"})
    assert SEED + "gzdt/" in _empty(report)
    report = _site(tmp_path / "l", {"gzdt/": page("docList")}, menu={"gzdt/": "工作动态"})
    assert SEED + "gzdt/" not in _empty(report)


def test_a_channel_offered_only_through_a_message_link_is_no_blank_column(tmp_path: Path) -> None:
    """A 政民互动 page whose only channel is a button that just tells the visitor it is unavailable (onclick
    alert: 功能升级中) and shows no list: the function's page out of service, not a 空白栏目 (the entries check judges
    the channel). A 通知公告 page showing an empty list beside the same kind of button in every page's header stays
    a blank column."""
    header = "<div class='top'><a href='#' onclick=\"alert('请使用手机扫码访问')\">移动版</a></div>"
    report = _site(tmp_path, {
        "zmhd/": (f"{header}<section class='card-row'><div class='card'><a href='javascript:void(0);' "
                  "onclick=\"alert('功能升级中，暂停使用');return false;\"><i class='ico-zx'></i><span>在线咨询</span></a>"
                  "</div></section>"),
        "tzgg/": f"{header}<div class='lb'><ul class='list'></ul></div>",
    }, home_extra=header, menu={"zmhd/": "政民互动", "tzgg/": "通知公告"})
    assert set(_columns(report)) == {SEED + "tzgg/"} and _empty(report) == {SEED + "tzgg/"}


def test_a_page_of_another_site_on_the_shared_host_is_no_column_of_the_site(tmp_path: Path) -> None:
    """A bureau's sub-site on its city's host (/jyj/): its 留言 entry opens the city's 咨询 system filtered to the
    bureau, a page declaring the city's 网站标识码 (SiteIDCode) and listing dated replies — the city's page, not a
    column of the bureau's site; the bureau's own list, declaring the bureau's code, is one."""
    seed = "http://www.qz.gov.cn/jyj/index.html"
    nav = "<div class='nav'><a href='/jyj/tzgg/'>通知公告</a><a href='/zxxt/bm_0412.jsp'>留言咨询</a></div>"

    def page(code: str, title: str, body: str) -> str:
        return (f"<html><head><meta name='SiteIDCode' content='{code}'><title>{title}</title></head>"
                f"<body>{nav}{body}<p>网站标识码：{code}</p></body></html>")
    rows = "".join(f"<li><a href='/jyj/tzgg/2021/06{d:02d}/{d}.html'>关于做好第{d}期教师培训工作的通知</a><span>2021-06-{d:02d}</span></li>"
                   for d in (12, 22))
    replies = "".join(f"<dl><dt><a href='/zxxt/show.jsp?id={i}'>咨询学区划分第{i}问</a></dt><dd>2021-06-{i + 10:02d}</dd></dl>"
                      for i in range(1, 5))
    b = SnapshotBuilder(seed)
    b.page(seed, page("3308000007", "衢州市教育局", f"<ul class='news'>{rows}</ul>"), depth=0)
    b.page("http://www.qz.gov.cn/jyj/tzgg/", page("3308000007", "通知公告-衢州市教育局", f"<ul class='lst'>{rows}</ul>"))
    b.page("http://www.qz.gov.cn/zxxt/bm_0412.jsp", page("3308000001", "咨询系统-衢州市人民政府",
                                                         f"<h3>市教育局</h3><div class='qa'>{replies}</div>"))
    cols = _columns(run_checks(load_snapshot(b.write(tmp_path)), AS_OF))
    assert set(cols) == {"http://www.qz.gov.cn/jyj/tzgg/"}


def test_a_shared_system_page_naming_itself_the_site_is_the_site_s_column(tmp_path: Path) -> None:
    """The same shared 咨询 system, but its page filtered to the bureau names the bureau as its site (`SiteName`, as
    the bureau's homepage does) while printing the city's 网站标识码: the bureau's own list of replies, a column."""
    seed = "http://www.qz.gov.cn/jyj/index.html"
    nav = "<div class='nav'><a href='/jyj/tzgg/'>通知公告</a><a href='/zxxt/bm_0412.jsp'>局长信箱</a></div>"

    def page(code: str, name: str, title: str, body: str) -> str:
        return (f"<html><head><meta name='SiteName' content='{name}'><meta name='SiteIDCode' content='{code}'>"
                f"<title>{title}</title></head><body>{nav}{body}<p>网站标识码：{code}</p></body></html>")
    rows = "".join(f"<li><a href='/jyj/tzgg/2021/06{d:02d}/{d}.html'>关于做好第{d}期教师培训工作的通知</a><span>2021-06-{d:02d}</span></li>"
                   for d in (12, 22))
    replies = "".join(f"<dl><dt><a href='/zxxt/show.jsp?id={i}'>咨询学区划分第{i}问</a></dt><dd>2021-06-{i + 10:02d}</dd></dl>"
                      for i in range(1, 5))
    b = SnapshotBuilder(seed)
    b.page(seed, page("3308000007", "衢州市教育局", "衢州市教育局", f"<ul class='news'>{rows}</ul>"), depth=0)
    b.page("http://www.qz.gov.cn/jyj/tzgg/", page("3308000007", "衢州市教育局", "通知公告-衢州市教育局",
                                                   f"<ul class='lst'>{rows}</ul>"))
    b.page("http://www.qz.gov.cn/zxxt/bm_0412.jsp", page("3308000001", "衢州市教育局", "局长信箱-衢州市教育局",
                                                         f"<h3>局长信箱</h3><div class='qa'>{replies}</div>"))
    cols = _columns(run_checks(load_snapshot(b.write(tmp_path)), AS_OF))
    assert set(cols) == {"http://www.qz.gov.cn/jyj/tzgg/", "http://www.qz.gov.cn/zxxt/bm_0412.jsp"}


def test_a_page_only_framing_another_document_is_no_column(tmp_path: Path) -> None:
    """A 网上办事 page showing nothing but its heading and an iframe of the province's service platform (not fetched),
    and a 12345 page framing a site page that answers with a short note: what they show is the framed document — no
    column, never a blank one. A 人事信息 page with an empty list beside a frame of the site's own stays a column (what
    the frame shows keeps it from being judged blank)."""
    report = _site(tmp_path, {
        "wsbs/": "<div class='main'><h2>网上办事</h2><iframe src='https://www.hnzwfw.gov.cn/portal/dept?code=09' "
                 "frameborder='0' width='100%' height='900'></iframe></div>",
        "rsxx/": "<div class='main'><iframe src='/inc/tip.html'></iframe><table class='tb'><tbody></tbody></table>"
                 "<p>暂无数据</p></div>",
    }, menu={"wsbs/": "网上办事", "rsxx/": "人事信息"})
    assert set(_columns(report)) == {SEED + "rsxx/"} and not _empty(report)


def test_a_service_page_sending_its_visitor_only_off_the_site_is_a_service_hall(tmp_path: Path) -> None:
    """A 政务服务 page with two links to the province's platform (its 事项 list and one service) beside the hall's
    opening hours, and no list sign: a service hall, not a column of undated items. A 办事服务 page saying 暂无数据
    over an empty list stays a blank column."""
    report = _site(tmp_path, {
        "zwfw/": ("<table class='fw'><tr><td><a href='https://www.ahzwfw.gov.cn/bog-bsdt/#/dept?code=11' target='_blank'>"
                  "安徽政务服务网和县旗舰店事项清单</a></td></tr><tr><td><a href='https://www.ahzwfw.gov.cn/bog-bsdt/#/item?id=77'"
                  " target='_blank'>不动产登记（首次登记）网上申请入口</a></td></tr></table>"
                  "<div>服务大厅办公时间：周一至周五 8:30-17:30</div>"),
        "bsfw/": "<div class='lst'><ul class='list'></ul><span>暂无数据</span></div>",
    }, menu={"zwfw/": "政务服务", "bsfw/": "办事服务"})
    assert set(_columns(report)) == {SEED + "bsfw/"} and _empty(report) == {SEED + "bsfw/"}


def test_a_list_table_whose_only_row_says_it_is_empty_is_an_empty_list(tmp_path: Path) -> None:
    # an interview archive printing its table's headers over one cell saying it holds nothing: a blank column
    said = ("<div class='ft'><table class='ftlb' width='100%'><tr><th>期数</th><th>访谈主题</th><th>访谈时间</th></tr>"
            "<tr><td colspan='3' align='center'>暂无访谈</td></tr></table></div>")
    # … a layout cell saying so, no list's (no headers, no list's name): the live page of the function, no column
    layout = "<div class='ft'><table class='kuang'><tr><td>暂无直播</td></tr></table></div>"
    report = _site(tmp_path, {"ftlb/": said, "ftzb/": layout}, menu={"ftlb/": "在线访谈", "ftzb/": "在线访谈室"})
    assert SEED + "ftlb/" in _empty(report)
    assert SEED + "ftzb/" not in _columns(report)


def test_a_hub_whose_side_box_says_it_is_empty_is_no_blank_column(tmp_path: Path) -> None:
    crumb = "<p class='dqwz'>当前位置：<a href='/'>首页</a> - 政务公开</p>"
    parts = ("<div class='gkdh'>" + "".join(f"<span><a href='/zwgk/{p}/'>{n}</a></span>" for p, n in (
        ("zcwj", "政策文件"), ("rsxx", "人事信息"), ("czyjs", "财政预决算"), ("jhgh", "计划规划"))) + "</div>")
    # the landing page's 最近更新 box says nothing is new: a box beside its ways on, not its list
    box = "<div class='zjgx'><b>最近更新</b><span>暂无更新</span></div>"
    report = _site(tmp_path, {"zwgk/": crumb + parts + box}, menu={"zwgk/": "政务公开"})
    assert SEED + "zwgk/" not in _columns(report)
    assert SEED + "zwgk/" not in _empty(report)
    # the same landing page printing an empty list table of its own (headers over no row): a blank column
    table = "<table class='wjlb'><tr><th>标题</th><th>发布日期</th></tr></table><p>暂无信息</p>"
    report = _site(tmp_path / "listed", {"zwgk/": crumb + parts + table}, menu={"zwgk/": "政务公开"})
    assert SEED + "zwgk/" in _empty(report)


def test_a_box_of_past_topics_beside_a_list_is_none_of_its_entries(tmp_path: Path) -> None:
    rows = "".join(f"<p class='item'><a href='/bmdt/2021/06{d:02d}/{d}.shtml'>县住建局部署第{d}期安全生产检查</a>"
                   f"<i>2021-06-{d:02d}</i></p>" for d in (2, 8, 15, 22))
    topics = ("<dl class='zt'><dt>专题回顾</dt>" + "".join(
        f"<dd><a href='/zt/{p}/index.shtml'>{n}</a><i>{d}</i></dd>" for p, n, d in (
            ("wmcj", "文明城市创建", "2017-05-02"), ("rkpc", "人口普查", "2020-11-01"))) + "</dl>")
    report = _site(tmp_path, {"bmdt/": topics + "<div class='lb'>" + rows + "</div>"}, menu={"bmdt/": "部门动态"})
    col = _columns(report)[SEED + "bmdt/"]
    assert col["items"] == 4 and col["last_update"] == "2021-06-22"
    # a list of topics (its rows all topics' front pages) keeps them
    report = _site(tmp_path / "topics", {"ztzl/": topics.replace("<dt>专题回顾</dt>", "")}, menu={"ztzl/": "专题专栏"})
    assert _columns(report)[SEED + "ztzl/"]["items"] == 2


def test_a_list_the_pages_own_script_fills_is_not_measured_though_the_server_prints_that_list_elsewhere(
        tmp_path: Path) -> None:
    """Other list pages print their rows into `<ol class="doc-items">`; this page leaves that list empty and its own
    inline script appends the rows from an array (not JSON) to it by id: the script's list, not one the server
    printed empty — without a browser, not measured, never blank."""
    def listed(days: tuple[int, ...]) -> str:
        return "<ol class='doc-items'>" + "".join(
            f"<li><a href='/gzdt/2021/06{d:02d}/{d}.shtml'>县交通局部署第{d}期道路养护</a><i>2021-06-{d:02d}</i></li>"
            for d in days) + "</ol>"
    script = ("<ol class='doc-items' id='docs'></ol><script>var docs = [['/czzj/1.shtml', '2021年部门预算', "
              "'2021-03-02'], ['/czzj/2.shtml', '2020年部门决算', '2020-08-11']];"
              "$.each(docs, function (i, d) { $('#docs').append('<li><a href=\"' + d[0] + '\">' + d[1] + "
              "'</a><i>' + d[2] + '</i></li>'); });</script>")
    report = _site(tmp_path, {"gzdt/": listed((3, 9, 18)), "tzgg/": listed((5, 21)), "czzj/": script},
                   menu={"gzdt/": "工作动态", "tzgg/": "通知公告", "czzj/": "财政资金"})
    col = _columns(report)[SEED + "czzj/"]
    assert col["shown"] is None and col["last_update"] is None
    assert SEED + "czzj/" not in _empty(report)


def test_a_column_saying_it_is_empty_beside_headlines_of_another_list_is_blank(tmp_path: Path) -> None:
    """政策解读 says 暂无数据 under its own heading; beside it a 最新动态 box lists the 要闻 list's latest rows, one of
    them linking the 要闻 list itself: another list's rows, so the column is blank and its entry shows nothing."""
    news = [(f"/xwzx/2021/06{d:02d}/{d}.shtml", f"和县召开第{d}次常务会议", f"2021-06-{d:02d}") for d in (20, 25)]
    xwzx = "<div class='lb'>" + "".join(f"<p><a href='{u}'>{t}</a><span>{d}</span></p>" for u, t, d in news) + "</div>"
    box = ("<div class='side'><h4>最新动态</h4><ul><li><a href='/xwzx/'>和县获评全省文明城市</a><em>2021-06-26</em></li>"
           f"<li><a href='{news[1][0]}'>{news[1][1]}</a><em>{news[1][2]}</em></li></ul></div>")
    zcjd = "<div class='main'><h3>政策解读</h3><div class='lb'></div><p class='nodata'>暂无数据</p></div>" + box
    report = _site(tmp_path, {"xwzx/": xwzx, "zcjd/": zcjd}, menu={"xwzx/": "和县要闻", "zcjd/": "政策解读"})
    assert _columns(report)[SEED + "zcjd/"]["items"] == 0
    assert SEED + "zcjd/" in _empty(report)
    assert report["elements"]["政策解读"]["present"] is False


def test_a_member_site_in_a_folder_of_the_portal_host_is_no_column_of_the_portal(tmp_path: Path) -> None:
    """A county portal's host (和平县人民政府) carries the 交通运输局's member site of the 站群 in /jtj/, named for the county too
    (和平县交通运输局) but declaring its own 网站标识码: its blank 政务公开 list is that site's, not the portal's."""
    code = "<meta name='SiteIDCode' content='{}'>"
    b = SnapshotBuilder(SEED)
    nav = "<div class='navbar'><a href='/xwzx/'>和县要闻</a><a href='/jtj/zwgk/'>交通运输局</a></div>"
    rows = "".join(f"<li><a href='/xwzx/2021/06{d:02d}/{d}.shtml'>和县召开第{d}次常务会议</a><em>2021-06-{d:02d}</em></li>"
                   for d in (20, 25))
    b.page(SEED, f"<html><head>{code.format('3405230001')}<title>和平县人民政府</title></head><body>{nav}"
                 f"<ul class='news'>{HOME_ROWS}</ul>{FOOTER}</body></html>", depth=0)
    b.page(SEED + "xwzx/", f"<html><head>{code.format('3405230001')}<title>和平县要闻-和平县人民政府</title></head>"
                           f"<body>{nav}<ul class='lst'>{rows}</ul>{FOOTER}</body></html>")
    b.page(SEED + "jtj/zwgk/", f"<html><head>{code.format('3405230014')}<title>政务公开-和平县交通运输局</title></head>"
                               "<body><div class='jt-nav'><a href='/jtj/'>首页</a></div><h3>政务公开</h3>"
                               "<table class='xxgk'><tr><th>标题</th><th>日期</th></tr></table><p>暂无信息</p>"
                               "<p>主办：和平县交通运输局 网站标识码：3405230014</p></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert SEED + "jtj/zwgk/" not in _columns(report)
    assert SEED + "jtj/zwgk/" not in _empty(report)


def test_the_city_library_narrowed_to_the_bureau_by_a_choice_is_the_bureaus_column(tmp_path: Path) -> None:
    """A bureau's site on its own host: its menu's 文件 opens the city's document library with the bureau chosen in
    the library's 发文单位 drop-down (`?unit=jyj`, no keyword) — rows naming the bureau as their issuer. The
    library's own code and template are the city's; the rows are the bureau's documents: its column (not the hits of
    a search, not another site's page)."""
    seed = "http://jyj.hz.gov.cn/"
    nav = "<div class='menu'><a href='/tzgg/'>通知公告</a><a href='http://www.hz.gov.cn/wjk/list.do?unit=jyj'>文件</a></div>"

    def page(code: str, title: str, body: str) -> str:
        return (f"<html><head><meta name='SiteIDCode' content='{code}'><title>{title}</title></head>"
                f"<body>{body}<p>网站标识码：{code}</p></body></html>")
    notes = "".join(f"<li><a href='/tzgg/2021/06{d:02d}/{d}.html'>关于第{d}期校长培训的通知</a><span>2021-06-{d:02d}</span></li>"
                    for d in (12, 22))
    docs = "".join(f"<div class='doc'><a href='http://www.hz.gov.cn/wjk/{i}.do'>关于规范第{i}批中小学办学行为的意见</a>"
                   f"<span>发文单位：禾州市教育局</span><span>2021-0{i}-15</span></div>" for i in range(2, 6))
    form = ("<form action='http://www.hz.gov.cn/wjk/list.do'>关键字<input type='text' name='q'>"
            "<select name='unit'><option value=''>全部</option><option value='jyj' selected>禾州市教育局</option></select>"
            "<input type='submit' value='检索'></form>")
    b = SnapshotBuilder(seed)
    b.page(seed, page("3304000021", "禾州市教育局", f"{nav}<ul class='news'>{notes}</ul>"), depth=0)
    b.page(seed + "tzgg/", page("3304000021", "通知公告-禾州市教育局", f"{nav}<ul class='lst'>{notes}</ul>"))
    b.page("http://www.hz.gov.cn/wjk/list.do?unit=jyj", page("3304000001", "文件库-禾州市人民政府", form + docs))
    cols = _columns(run_checks(load_snapshot(b.write(tmp_path)), AS_OF))
    assert cols["http://www.hz.gov.cn/wjk/list.do?unit=jyj"]["items"] == 4


def test_an_empty_table_beside_a_clock_script_and_the_accessibility_toolbar_is_a_blank_column(tmp_path: Path) -> None:
    """招标信息 prints its table's header row over no row; the page's only scripts are the 无障碍 toolbar's
    (`/wza/aria.js`) and an inline clock writing the date into the top bar's `<b id="riqi">` by its id: neither
    writes the table, so the column is blank (measured), not "not measured". A script writing into the block that
    holds the table may fill it: that list stays not measured."""
    table = ("<table class='grid'><tr><th>名称</th><th>日期</th></tr></table>")
    clock = ("<p>今天是 <b id='riqi'></b></p><script src='/wza/aria.js'></script><script>var t = new Date();"
             "$('#riqi').html(t.getFullYear() + '年' + (t.getMonth() + 1) + '月');</script>")
    filled = ("<div id='zbbox'>" + table + "</div><script>$.get('/zbxx/data.txt', function (d) {"
              " $('#zbbox').html(d); });</script>")
    report = _site(tmp_path, {"zbxx/": clock + table, "cgxx/": filled}, menu={"zbxx/": "招标信息", "cgxx/": "采购信息"})
    cols = _columns(report)
    assert cols[SEED + "zbxx/"]["shown"] == 0 and SEED + "zbxx/" in _empty(report)
    assert cols[SEED + "cgxx/"]["shown"] is None and SEED + "cgxx/" not in _empty(report)


def test_another_lists_news_box_beside_an_empty_list_does_not_type_the_column(tmp_path: Path) -> None:
    """乡村振兴, a menu column of every page whose name carries no type word, says 暂无数据 under its own heading;
    beside it a 热点关注 box repeats three of the 要闻 list's headlines (召开, 举办 …). Those rows are not its own: they
    neither count as its entries nor make it a news column — it is blank and typed 其他."""
    news = [(f"/xwzx/2021/06{d:02d}/{d}.shtml", f"和县召开第{d}次乡村工作会议", f"2021-06-{d:02d}") for d in (18, 22, 26)]
    xwzx = "<div class='lb'>" + "".join(f"<p><a href='{u}'>{t}</a><span>{d}</span></p>" for u, t, d in news) + "</div>"
    box = ("<div class='side'><h4>热点关注</h4><ul>" + "".join(f"<li><a href='{u}'>{t}</a><em>{d}</em></li>"
                                                      for u, t, d in news) + "</ul></div>")
    xczx = "<div class='main'><h3>乡村振兴</h3><div class='lb'></div><p class='nodata'>暂无数据</p></div>" + box
    tzgg = ("<div class='lb'><p><a href='/tzgg/2021/0620/1.shtml'>关于做好防汛工作的通知</a><span>2021-06-20</span></p>"
            "<p><a href='/tzgg/2021/0610/2.shtml'>关于征兵报名的公告</a><span>2021-06-10</span></p></div>")
    report = _site(tmp_path, {"xwzx/": xwzx, "xczx/": xczx, "tzgg/": tzgg},
                   menu={"xwzx/": "和县要闻", "xczx/": "乡村振兴", "tzgg/": "通知公告"})
    col = _columns(report)[SEED + "xczx/"]
    assert (col["items"], col["type"]) == (0, "其他")
    assert SEED + "xczx/" in _empty(report)


def test_a_rendered_clock_beside_a_link_is_no_row_of_the_page(tmp_path: Path) -> None:
    """A rendered page's top bar shows the date its inline script wrote from the visitor's clock
    (`$("#nowTime").text(…new Date…)`) beside the link to the province's portal; the page's own list says 暂无信息.
    The clock's date is the day the page was viewed, no row: the column is blank, as its static HTML shows it."""
    script = ("<script>var n = new Date(); $('#nowTime').text(n.getFullYear() + '-' + (n.getMonth() + 1) + '-' "
              "+ n.getDate());</script>")
    top = "<div class='tb'><i id='nowTime'>{}</i><a href='http://www.ah.gov.cn/'>安徽省人民政府</a></div>"
    body = "<h3>财政预决算</h3><div class='lb'></div><p class='nodata'>暂无信息</p>"
    nav = "<div class='navbar'><a href='/czyjs/'>财政预决算</a><a href='/xwzx/'>和县要闻</a></div>"

    def html(clock: str) -> str:
        return (f"<html><head><title>财政预决算-和县人民政府</title></head><body>{top.format(clock)}{nav}{body}"
                f"{FOOTER}{script}</body></html>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>和县人民政府</title></head><body>{nav}<ul class='news'>{HOME_ROWS}</ul>"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "xwzx/", f"<html><head><title>和县要闻-和县人民政府</title></head><body>{nav}<ul class='lst'>"
                           f"{HOME_ROWS}</ul>{FOOTER}</body></html>")
    b.page(SEED + "czyjs/", html(""), rendered=html("2021-6-30"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = _columns(report)[SEED + "czyjs/"]
    assert (col["items"], col["last_update"]) == (0, None)
    assert SEED + "czyjs/" in _empty(report)


GUIDE = ("<h1>{name}办事指南</h1><table class='zn'>" + "".join(
    f"<tr><th>{label}</th><td>见窗口公示</td></tr>" for label in (
        "事项名称", "设定依据", "办理机构", "申请条件", "办理材料", "办理地点", "办理时间", "收费标准", "办理流程",
        "联系电话")) + "</table>")


def test_a_service_page_opening_one_guide_of_its_own_beside_the_platform_is_a_service_hall(tmp_path: Path) -> None:
    """A 办事服务 page leading to the province's platform (which the homepage's 网上办事 button opens too) and, in a
    热门服务 box, to one guide the site keeps itself: a service hall, whose guide is a service, not the one undated
    item of a column. The same page opening an article of its own that is no guide (a notice) lists it: a column."""
    platform = "<a href='https://www.ahzwfw.gov.cn/bog-bsdt/#/dept?code=11'>网上办事</a>"
    names = ("城乡居民最低生活保障申请",)

    def site(folder: str, target: str) -> dict:
        pages = {"bsfw/": (f"<div class='fwbox'><p>{platform}（安徽政务服务网和县分厅）</p><h4>热门服务</h4><ul class='rm'>"
                           f"<li><a href='/bsfw/zn/202106/t20210610_1.html'>{names[0]}</a></li><li>{platform}</li></ul></div>"),
                 "bsfw/zn/202106/t20210610_1.html": target}
        return _columns(_site(tmp_path / folder, pages, home_extra=platform, menu={"bsfw/": "办事服务"}))

    assert SEED + "bsfw/" not in site("guide", GUIDE.format(name=names[0]))
    notice = "<h1>关于调整城乡居民最低生活保障标准的通知</h1><p class='info'>发布时间：2021-06-10</p><p>各乡镇：……</p>"
    assert SEED + "bsfw/" in site("notice", notice)


def test_the_city_letters_list_narrowed_to_the_bureau_by_its_short_name_is_the_bureaus_column(tmp_path: Path) -> None:
    """A commission's site links the city 12345 platform's letters list narrowed to it by the platform's 办理单位
    choice — the link adds the unit's short name (`orgname=市卫健委`), and no keyword — whose every row names the
    commission by that short name (市卫健委 for 禾州市卫生健康委员会): the commission's letters, its column. Typed in
    the keyword field, the same address is a search's hits; rows of another body (市公安局) are no column of the site."""
    seed = "http://wjw.hz.gov.cn/"
    form = ("<form class='sx' action='http://12345.hz.gov.cn/xj/list.do'>标题<input type='text' name='title'>"
            "<select name='org'><option value=''>全部</option><option value='17' selected>市卫健委</option></select>"
            "<button>筛选</button></form>")

    def site(folder: str, query: str, unit: str = "市卫健委") -> dict:
        url = f"http://12345.hz.gov.cn/xj/list.do?{query}"
        cards = "".join(f"<div class='xj'><p class='bt'><a href='http://12345.hz.gov.cn/xj/{i}.do'>反映第{i}社区门诊排队"
                        f"时间过长</a></p><p><em>2021-06-{i:02d}</em> <em>{unit}</em> <em>已回复</em></p></div>"
                        for i in range(3, 9))
        b = SnapshotBuilder(seed)
        b.page(seed, f"<html><head><title>禾州市卫生健康委员会</title></head><body><a href='{url}'>我要咨询</a>"
                     f"<ul><li><a href='/gzdt/1.html'>全市启动夏季爱国卫生运动</a><span>2021-06-20</span></li></ul>"
                     "</body></html>", depth=0)
        b.page(url, f"<html><head><title>信件公开 - 禾州市12345热线</title></head><body>{form}{cards}</body></html>")
        return _columns(run_checks(load_snapshot(b.write(tmp_path / folder)), AS_OF))

    narrowed = "org=17&orgname=%E5%B8%82%E5%8D%AB%E5%81%A5%E5%A7%94"
    assert site("narrowed", narrowed)[f"http://12345.hz.gov.cn/xj/list.do?{narrowed}"]["items"] == 6
    assert not site("searched", narrowed + "&title=%E9%97%A8%E8%AF%8A")
    assert not site("other", narrowed, unit="市公安局")


def test_a_channel_page_framing_another_system_beside_a_short_notice_is_no_column(tmp_path: Path) -> None:
    """A 书记信箱 page that says a few lines of its own (写信须知) above an iframe of the city's letters system —
    fetched and broken, or not fetched at all — shows that system, not a list: no column, never a blank one."""
    notice = ("<div class='xz'><b>写信须知</b><p>书记信箱由市政民互动平台统一受理，请如实填写联系方式；"
              "涉诉涉法事项请依法通过相关途径反映，受理后十个工作日内答复。</p></div>")
    frame = "<iframe src='http://zmhd.example-city.gov.cn/letter/submit.do?org=hx' width='100%' height='800'></iframe>"
    b = SnapshotBuilder(SEED)
    nav = "<div class='navbar'><a href='/sjxx/'>书记信箱</a><a href='/bmfw/'>办事大厅</a></div>"
    b.page(SEED, f"<html><head><title>和县人民政府</title></head><body>{nav}<ul class='news'>{HOME_ROWS}</ul>"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "sjxx/", f"<html><head><title>书记信箱-和县人民政府</title></head><body>{nav}{notice}{frame}"
                           f"{FOOTER}</body></html>")
    b.page("http://zmhd.example-city.gov.cn/letter/submit.do?org=hx", "<html><body><h1>Not Found</h1></body></html>",
           status=404, referrer=SEED + "sjxx/", depth=2)
    b.page(SEED + "bmfw/", f"<html><head><title>办事大厅-和县人民政府</title></head><body>{nav}"
                           "<p class='tip'>本县政务服务事项均在省政务服务网办理。</p>"
                           "<iframe src='https://zwfw.example-prov.gov.cn/county/hx'></iframe>"
                           f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert not {SEED + "sjxx/", SEED + "bmfw/"} & set(_columns(report))
    assert not _empty(report)


def test_a_page_framing_the_sites_list_on_a_shared_platform_is_the_frame_not_the_column(tmp_path: Path) -> None:
    """A 区长信箱 page whose letters stand in a frame of the city's 互动 platform, on a list titled for the district
    (区长信箱_泠川区政民互动): the framed list is the district's column, dated by its letters; the page framing it, with
    its long-winded 办信说明, is no blank column beside it."""
    rules = ("<div class='sm'><h4>办信说明</h4><p>一、本信箱受理群众对全区经济社会发展的意见建议、咨询和求助；</p>"
             "<p>二、反映问题请写明时间地点和具体诉求，来信人应对内容真实性负责；</p></div>")
    platform = "http://hd.example-city.gov.cn/mail/hx/list.html"
    b = SnapshotBuilder(SEED)
    nav = "<div class='navbar'><a href='/qzxx/'>区长信箱</a></div>"
    b.page(SEED, f"<html><head><title>泠川区人民政府</title></head><body>{nav}<ul class='news'>{HOME_ROWS}</ul>"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "qzxx/", f"<html><head><title>区长信箱-泠川区人民政府</title></head><body>{nav}{rules}"
                           f"<a class='write' href='{platform.replace('list', 'write')}'>我要写信</a>"
                           f"<iframe src='{platform}' width='100%'></iframe>{FOOTER}</body></html>")
    rows = "".join(f"<div class='r'><span>{d}</span><a href='/mail/hx/{i}.html'>关于{t}的咨询</a><i>已答复</i></div>"
                   for i, (t, d) in enumerate((("学区划分", "2021-06-22"), ("公租房申请", "2021-06-15"),
                                               ("医保异地备案", "2021-06-03"))))
    b.page(platform, f"<html><head><title>区长信箱_泠川区政民互动</title></head><body>{rows}</body></html>",
           referrer=SEED + "qzxx/", depth=2)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = _columns(report)
    assert SEED + "qzxx/" not in cols and not _empty(report)
    assert cols[platform]["last_update"] == "2021-06-22"


def test_a_landing_pages_box_under_the_name_of_a_list_it_links_previews_that_list(tmp_path: Path) -> None:
    """A 信息公开 landing page leading on by its tiles shows a box 重点领域 of two notices kept at the CMS's dated
    addresses, beside its own tile 重点领域 opening the list: the box previews that list wherever the rows are filed —
    the page is no column. Without a link so named the rows are the page's own."""
    tiles = "".join(f"<li><a href='/xxgk/{p}/'>{n}</a></li>" for p, n in (
        ("zn", "公开指南"), ("zd", "公开制度"), ("ysq", "依申请公开"), ("jg", "机构信息")))
    rows = "".join(f"<p class='it'><a href='/content/2021/06{d}/{i}.html'>{n}保障性住房分配结果公示</a> 2021-06-{d}</p>"
                   for i, (n, d) in enumerate((("城东片区", "18"), ("城西片区", "02"))))

    def landing(link: str) -> str:
        return (f"<div class='crumb'>您的位置：<a href='/'>首页</a> » 信息公开</div><ul class='tiles'>{tiles}{link}</ul>"
                f"<div class='box'><div class='hd'>重点领域</div>{rows}</div>")
    report = _site(tmp_path, {"xxgk/": landing("<li><a href='/zdly/list.jsp'>重点领域</a></li>")}, menu={"xxgk/": "信息公开"})
    assert SEED + "xxgk/" not in _columns(report)
    report = _site(tmp_path / "own", {"xxgk/": landing("")}, menu={"xxgk/": "信息公开"})
    assert SEED + "xxgk/" in _columns(report)


def test_a_service_page_opening_the_platform_and_one_unread_page_of_its_own_is_a_service_hall(tmp_path: Path) -> None:
    """A 政务服务 page printing no date, whose tiles open the province's platform (the homepage's button too) and its
    个人办事 section, beside one page of the site's own the crawl did not open (the service centre's window plan): a
    service hall, not a column of one unread entry. The same page opening a notice the crawl read lists it."""
    platform = "<a href='https://www.zjzwfw.gov.cn/hx/'>浙江政务服务网·和县政务服务中心网上大厅</a>"

    def site(folder: str, extra: dict[str, str]) -> dict:
        tiles = (f"<div class='fw-tiles'><div class='tile'>{platform}</div><div class='tile'>"
                 "<a href='https://www.zjzwfw.gov.cn/hx/grbs/'>个人办事</a></div><div class='tile'>"
                 "<a href='/zwfw/content_3391.html'>和县政务服务中心各窗口设置及办理时间一览表</a></div></div>")
        return _columns(_site(tmp_path / folder, {"zwfw/": tiles, **extra}, home_extra=platform, menu={"zwfw/": "政务服务"}))

    assert SEED + "zwfw/" not in site("unread", {})
    notice = "<h1>关于调整政务服务中心窗口设置及办理时间的通知</h1><p class='info'>发布时间：2021-06-10</p><p>各单位：……</p>"
    assert SEED + "zwfw/" in site("notice", {"zwfw/content_3391.html": notice})


def test_a_filter_tab_above_the_list_at_the_pages_own_address_is_no_other_list(tmp_path: Path) -> None:
    """A list of documents whose rows the CMS files at dated addresses, under a row of year filters ending in 不限 —
    each tab the page's own address with a query (`?nf=0`) —: the tab is the same list through a filter, not another
    list the rows preview; the page is a column."""
    tabs = "".join(f"<a href='/zfxxgk/wjlb.jsp?nf={y}'>{y + '年度' if y != '0' else '不限'}</a> " for y in ("2021", "2020", "2019", "0"))
    rows = "".join(f"<tr><td><a href='/content/2021/06{d}/{d}8.html'>关于印发和县{n}的通知</a></td><td>2021-06-{d}</td></tr>"
                   for d, n in (("21", "夏季防汛工作方案"), ("09", "农村人居环境整治方案"), ("02", "安全生产检查方案")))
    body = (f"<div class='weizhi'>当前位置：<a href='/'>首页</a> &gt; 区政府文件</div><div class='nf'>年份：{tabs}</div>"
            f"<table class='wjlb'>{rows}</table>")
    report = _site(tmp_path, {"zfxxgk/wjlb.jsp": body}, home_extra="<a href='/zfxxgk/wjlb.jsp'>更多文件</a>",
                   menu={"zfxxgk/wjlb.jsp": "区政府文件"})
    assert SEED + "zfxxgk/wjlb.jsp" in _columns(report)
