"""Columns at query addresses, on pages unlike the blind sites that showed each rule: a list whose own title filter
form sends the list's query back (hidden fields) is that list, not the hits of a search; a search's answer — a keyword
typed, or a page naming itself for search — stays no column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='bottom'>主办单位：临泉县人民政府办公室 网站标识码：3412210001 皖ICP备07012345号</div>"
HOME_ROWS = "".join(f"<li><a href='/xwdt/2021/06{d:02d}/{d}.html'>临泉县召开第{d}次县长办公会</a><i>2021-06-{d:02d}</i></li>"
                    for d in (21, 26))


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], menu: dict[str, str]) -> dict:
    """pages: path → (title, body under the menu); menu: path → name."""
    nav = "<div class='mainnav'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, n in menu.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{nav}<ul class='yw'>{HOME_ROWS}</ul>"
                 f"{FOOTER}</body></html>", depth=0)
    for path, (title, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{title}</title></head><body>{nav}{body}{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _filter_form(lb: str, nd: str, key: str = "") -> str:
    return (f"<form action='/gkml/index.aspx' method='get'><input type='hidden' name='lb' value='{lb}'>"
            f"<input type='hidden' name='nd' value='{nd}'>文件名称：<input type='text' name='key' value='{key}'>"
            "<input type='submit' value='检索'></form>")


def _rows(lb: str) -> str:
    return "<div class='wjlb'>" + "".join(
        f"<p><a href='/gkml/show.aspx?id={lb}{d}'>临泉县人民政府关于印发第{d}号实施方案的通知</a><span>[2021-06-{d:02d}]</span></p>"
        for d in (3, 11, 18)) + "</div>"


def test_a_list_whose_title_filter_sends_its_own_query_is_that_list(tmp_path: Path) -> None:
    # 规范性文件 opened from the menu at index.aspx?lb=3&nd=2021; its own 文件名称 filter form sends lb and nd back as
    # hidden fields: the page is the list the filter searches within, no answer of a search
    listing = "gkml/index.aspx?lb=3&nd=2021"
    hits = "gkml/index.aspx?lb=3&nd=2021&key=%E6%96%B9%E6%A1%88"
    named = "gkml/index.aspx?lb=5&nd=2021"
    report = _site(tmp_path, {
        listing: ("规范性文件-临泉县人民政府", _filter_form("3", "2021") + _rows("3")),
        # the same form's answer to a keyword a visitor typed (方案): search hits, no column
        hits: ("规范性文件-临泉县人民政府", _filter_form("3", "2021", "方案") + _rows("3")),
        # a page of the same address naming itself for search (全文检索): the search's own page, no column
        named: ("全文检索-临泉县人民政府", _filter_form("5", "2021") + _rows("5")),
    }, menu={listing: "规范性文件", hits: "方案", named: "文件检索"})
    cols = {c["url"] for c in report["columns"]}
    assert SEED + listing in cols
    assert SEED + hits not in cols
    assert SEED + named not in cols


def test_a_list_of_another_module_of_the_search_s_script_is_a_column(tmp_path: Path) -> None:
    # one script serves every page (portal.php?mod=…); the header's search form is sent to its search module by its
    # own address (mod=search&act=find), no hidden field: the menu's 招标公告 at mod=list&act=show&cid=7 names
    # another module — that list, not the search's answer; a visitor's typed keyword at the search address stays hits
    form = ("<div class='hd'><form action='/portal.php?mod=search&act=find' method='post'>"
            "<input type='text' name='wd'><input type='submit' value='搜索'></form></div>")
    listing = "portal.php?mod=list&act=show&cid=7"
    hits = "portal.php?mod=search&act=find&wd=%E6%8B%9B%E6%A0%87"
    rows = "<table class='lb'>" + "".join(
        f"<tr><td><a href='/portal.php?mod=view&id={d}'>临泉县第{d}标段道路改造工程招标公告</a></td><td>2021-06-{d:02d}</td></tr>"
        for d in (5, 14, 22)) + "</table>"
    report = _site(tmp_path, {
        listing: ("招标公告 - 临泉县人民政府", form + rows),
        hits: ("招标公告 - 临泉县人民政府", form + rows),
    }, menu={listing: "招标公告", hits: "招标"})
    cols = {c["url"]: c for c in report["columns"]}
    assert (cols[SEED + listing]["items"], cols[SEED + listing]["last_update"]) == (3, "2021-06-22")
    assert SEED + hits not in cols


# the site search every page's header holds: it searches every channel (chnl=0)
HEADER_SEARCH = ("<div class='top'><form action='/search/s' method='get'><input type='hidden' name='site' value='lq'>"
                 "<input type='hidden' name='chnl' value='0'><input type='text' name='wd'><button type='submit'>搜索</button>"
                 "</form></div>")


def _hits(ids: tuple[int, ...], chnl: str) -> str:
    # a full-text engine's hits: a title, an abstract, where the hit is filed and when it was published, its address
    return "<div class='reslist'>" + "".join(
        f"<div class='res'><h4><a href='/{chnl}/2021/06{d:02d}/{d}.html'>临泉县第{d}批高标准农田建设项目顺利通过验收</a></h4>"
        f"<div class='zy'>……高标准农田建设项目……经县农业农村局组织专家组现场查验，工程质量符合设计要求……</div>"
        f"<div class='meta'>来源：县农业农村局 <span>发布日期：2021-06-{d:02d}</span> "
        f"<em>www.lq.gov.cn/{chnl}/2021/06{d:02d}/{d}.html</em></div></div>" for d in ids) + "</div>"


def test_a_column_a_search_address_serves_is_a_column_a_visitor_s_search_is_none(tmp_path: Path) -> None:
    saved = "search/s?site=lq&chnl=1207&wd=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4"
    empty = "search/s?site=lq&chnl=1300&wd=%E9%A1%B9%E7%9B%AE%E5%85%AC%E7%A4%BA"
    hot = "search/result.html?wd=%E5%86%9C%E7%94%B0"
    crumb = "<div class='loc'>当前位置：<a href='/'>首页</a> &gt; {}</div>"
    report = _site(tmp_path, {
        # the menu's 乡村振兴 is a saved search of one channel (chnl=1207, where a visitor's search sends chnl=0),
        # named so by its breadcrumb: its hits are the column's rows
        saved: ("乡村振兴-站内搜索-临泉县人民政府", HEADER_SEARCH + crumb.format("乡村振兴") + _hits((4, 12, 19), "xczx")),
        # the menu's 项目公示, a saved search finding nothing: no column, never a blank one
        empty: ("项目公示-临泉县人民政府", HEADER_SEARCH + crumb.format("项目公示") + "<p class='tip'>共找到 0 条结果</p>"),
        # a visitor's search (a 热门搜索 link), its page naming itself for search: no column whatever it lists
        hot: ("搜索结果-临泉县人民政府", crumb.format("搜索结果") + "<ul class='r'>" + "".join(
            f"<li><a href='/xczx/2021/06{d:02d}/{d}.html'>临泉县第{d}批高标准农田建设项目顺利通过验收</a>"
            f"<span>2021-06-{d:02d}</span></li>" for d in (4, 12)) + "</ul>"),
    }, menu={saved: "乡村振兴", empty: "项目公示", hot: "农田"})
    cols = {c["url"]: c for c in report["columns"]}
    assert cols[SEED + saved]["items"] == 3 and cols[SEED + saved]["last_update"] == "2021-06-19"
    assert SEED + empty not in cols and SEED + hot not in cols
    assert not [f for f in report["findings"] if f["check"] == "empty-column"]


def test_a_link_naming_what_a_row_is_filed_under_is_no_row(tmp_path: Path) -> None:
    # each row: its title, then a line naming its column (所属栏目：<a>…</a>) and its date — one row, dated by that line
    rows = "".join(f"<tr><td><a href='/gkml/show.aspx?id={d}'>临泉县关于做好第{d}期防汛值班工作的通知</a><br>"
                   f"<font class='g'>所属栏目：<a href='/gkml/index.aspx?lb=9'>工作通知</a>　日期：2021-06-{d:02d}</font></td></tr>"
                   for d in (2, 9, 16, 23))
    report = _site(tmp_path, {"gkml/index.aspx?lb=9": ("工作通知-临泉县人民政府", f"<table class='lb'>{rows}</table>")},
                   menu={"gkml/index.aspx?lb=9": "工作通知"})
    col = {c["url"]: c for c in report["columns"]}[SEED + "gkml/index.aspx?lb=9"]
    assert (col["items"], col["last_update"]) == (4, "2021-06-23")


def test_a_report_entry_answering_an_error_is_judged_beside_an_outside_platform(tmp_path: Path) -> None:
    # the bureau's 政务公开 is its section of the city's platform (another host, not crawled); its 年度报告 link on
    # that platform was followed and answers 404: the report is missing — the platform's unseen pages do not stand in
    # for the entry that fails; were the entry not fetched at all, the report would stay not measured
    def site(path: Path, fetched: bool) -> dict:
        nav = ("<div class='dh'><a href='/'>首页</a><a href='http://gk.city.gov.cn/bm/jtj/'>政务公开</a>"
               "<a href='http://gk.city.gov.cn/bm/jtj/nb.jsp'>信息公开年度报告</a></div>")
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>临泉县交通运输局</title></head><body>{nav}<ul class='yw'>{HOME_ROWS}</ul>"
                     f"{FOOTER}</body></html>", depth=0)
        if fetched:
            b.page("http://gk.city.gov.cn/bm/jtj/nb.jsp", "<html><body><h1>404 Not Found</h1></body></html>", status=404)
        return run_checks(load_snapshot(b.write(path)), AS_OF)

    broken = site(tmp_path / "broken", fetched=True)
    assert broken["elements"]["政府信息公开年报"]["measured"] is not False
    assert "政府信息公开年报" in {f["element"] for f in broken["findings"] if f["check"] == "missing-element"}
    assert site(tmp_path / "unseen", fetched=False)["elements"]["政府信息公开年报"]["measured"] is False


def test_an_interpretation_naming_its_document_in_book_marks_is_linked_by_name() -> None:
    from govweb.checks.interpretation import named_in

    # the interpretation names what the document's title says after its issuer (its 关于… words), or after the place
    # its issuer governs; a book of another document names none
    assert named_in("某市人民政府关于调整城区停车收费标准的通知", ["《关于调整城区停车收费标准的通知》政策解读"])
    assert named_in("某市人民政府办公室关于公布证明事项清单（2021年版）的通知", ["图解：《某市证明事项清单（2021年版）》"])
    assert not named_in("某市人民政府关于印发某市防汛应急预案的通知", ["《某市森林防火条例》解读", "一图读懂防汛"])
    # an interpretation quoting nothing names the matter of its document (one matter holding the other)
    assert named_in("某县发展和改革局关于规范城区机动车停放服务收费的通知", ["关于规范城区机动车停放服务收费的解读"])
    assert named_in("关于某县天然气配气价格的批复", ["关于某县天然气配气价格调整的政策解读"])
    assert not named_in("关于某县天然气配气价格的批复", ["关于某县自来水价格调整的政策解读", "关于价格的解读"])
