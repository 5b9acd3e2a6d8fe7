"""What is a column, what is blank, what type (the 24th/25th blind batches' reading): a block of search fields is no
empty list, a CMS's message page is a soft error, a box previewing another list, a tag's page, a medium's name, a
press-conference column, an empty list in a list block the server fills on other pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.column_names import type_of
from govweb.checks.out_of_service import says_error
from govweb.checks.run import run_checks
from govweb.checks.script_source import FETCH
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
AS_OF = dt.date(2021, 3, 10)


def _bare(title: str, body: str, meta: str = "", head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title>{head}</head>"
            f"<body>{body}<div class='ft'>主办：青石县人民政府办公室</div></body></html>")


def _site(tmp_path: Path, pages: list[tuple[str, str]], home_links: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _bare("首页", home_links, '<meta name="SiteName" content="青石县人民政府">'), depth=0)
    for url, html in pages:
        b.page(url, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, dict]:
    return {c["url"]: c for c in report["columns"]}


def _blank(report: dict) -> set[str]:
    return {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}


def _rows(folder: str, n: int = 3, day: int = 1) -> str:
    return "".join(f"<tr><td><a href='/{folder}/2021030{day + i}_{i}.htm'>青石县第{i + 1}次农田水利建设推进情况通报</a></td>"
                   f"<td>2021-03-0{day + i}</td></tr>" for i in range(n))


# --- a block of search fields is no empty list ----------------------------------------------------------------------

def test_a_list_named_block_of_search_fields_is_no_empty_list_of_every_page(tmp_path: Path) -> None:
    # every page's header holds `div.newslist-so` (a search form: fields only, no text); the list pages show it too,
    # so were it an empty list it would be the template's widget and the blank column's 暂无内容 would say nothing
    # (beside the site's own script, on every page: the blank page's 暂无内容 is what says it is blank)
    search = ("<div class='newslist-so'><form action='/search/'><input type='text' name='kw'>"
              "<input type='submit' value=''></form></div>")
    head = "<script src='/js/qs.js'></script>"
    news = _bare("乡镇动态", search + "<table>" + _rows("xzdt") + "</table>", head=head)
    notices = _bare("公示公告", search + "<table>" + _rows("gsgg") + "</table>", head=head)
    plans = _bare("规划计划", search + "<h2>规划计划</h2><p class='none'>暂无内容</p>", head=head)
    report = _site(tmp_path, [(SEED + "xzdt/", news), (SEED + "gsgg/", notices), (SEED + "ghjh/", plans)],
                   "<a href='/xzdt/'>乡镇动态</a><a href='/gsgg/'>公示公告</a><a href='/ghjh/'>规划计划</a>")
    assert _blank(report) == {SEED + "ghjh/"}


# --- a CMS's message page answering a dead link ---------------------------------------------------------------------

def test_a_message_page_saying_the_link_is_gone_is_a_soft_error_no_blank_column(tmp_path: Path) -> None:
    assert says_error("提示信息 您点击的链接已失效 返回上一页")
    gone = _bare("提示信息", "<table><tr><td><b>您访问的链接不存在</b><br><a href='javascript:history.back()'>返回</a>"
                 "</td></tr></table>")
    report = _site(tmp_path, [(SEED + "e/gb/?id=3", gone)], "<a href='/e/gb/?id=3'>书记信箱</a>")
    assert SEED + "e/gb/?id=3" not in _columns(report)
    assert not _blank(report)


# --- a box previewing another list ----------------------------------------------------------------------------------

def test_a_hubs_rows_under_the_name_of_its_menus_link_preview_that_list(tmp_path: Path) -> None:
    # 信息公开 leads on to its parts; its one box of rows stands under 年度报告, the name of its menu's link to that
    # list, every row in that list's folder: the box previews the list, the hub is no column
    menu = ("<ul class='gkmenu'><li><a href='/gk/zn/'>公开指南</a></li><li><a href='/gk/zd/'>公开制度</a></li>"
            "<li><a href='/gk/nb/'>年度报告</a></li><li><a href='/gk/ysq/'>依申请公开</a></li></ul>")
    box = ("<div class='kuai'><h4>年度报告</h4><ul>"
           "<li><a href='/gk/nb/202101/t20210120_88.htm'>青石县2020年政府信息公开工作报告</a><i>2021-01-20</i></li>"
           "<li><a href='/gk/nb/202001/t20200118_51.htm'>青石县2019年政府信息公开工作报告</a><i>2020-01-18</i></li>"
           "</ul></div>")
    report = _site(tmp_path, [(SEED + "gk/", _bare("信息公开-青石县", "当前位置：首页 > 信息公开" + menu + box))],
                   "<a href='/gk/'>信息公开</a>")
    assert SEED + "gk/" not in _columns(report)


@pytest.mark.parametrize("said,column", [
    ("<p>刘建华，男，1975年8月生，大学学历，中共党员。历任青石县石桥乡乡长、党委书记，县发展和改革局局长。</p>"
     "<p>负责县政府常务工作，分管财政、税务、审计、统计等方面工作。</p>", False),
    ("", True),
])
def test_a_page_saying_its_own_text_beside_a_box_of_another_lists_rows_is_no_column(
        tmp_path: Path, said: str, column: bool) -> None:
    # a 副县长's page: his CV and duties beside a 近期活动 box whose rows are 青石要闻 documents, 更多 → 青石要闻; the
    # same box alone is a list
    box = ("<div class='hdbox'><h4>近期活动</h4><a href='/xw/qsyw/'>更多</a><table>" + _rows("xw/qsyw") + "</table></div>")
    page = _bare("刘建华-县政府领导", "当前位置：首页 > 政府领导 > 刘建华<h2>刘建华</h2>" + said + box)
    news = _bare("青石要闻", "<table>" + _rows("xw/qsyw") + "</table>")
    report = _site(tmp_path, [(SEED + "ld/ljh/", page), (SEED + "xw/qsyw/", news)],
                   "<a href='/ld/ljh/'>刘建华</a><a href='/xw/qsyw/'>青石要闻</a>")
    assert (SEED + "ld/ljh/" in _columns(report)) is column
    assert SEED + "xw/qsyw/" in _columns(report)


# --- a tag's page ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("step,column", [("TAG", False), ("热门标签", False), ("新闻中心", True)])
def test_a_tags_page_gathering_documents_of_many_lists_is_no_column(tmp_path: Path, step: str, column: bool) -> None:
    rows = ("<table>" + _rows("xzdt", 2) + "<tr><td><a href='/gsgg/20210305_7.htm'>关于春耕备耕农资补贴发放的公示"
            "</a></td><td>2021-03-05</td></tr></table>")
    page = _bare("春耕生产-青石县", f"您的位置：首页 &gt; {step} &gt; 春耕生产" + rows)
    report = _site(tmp_path, [(SEED + "tags.php?/春耕生产/", page)], "<a href='/tags.php?/春耕生产/'>春耕生产</a>")
    assert any("tags.php" in u for u in _columns(report)) is column


# --- types ----------------------------------------------------------------------------------------------------------

def test_a_press_conference_column_is_an_interpretation() -> None:
    assert type_of("政策发布会") == "政策解读"
    assert type_of("新闻发布会") == "政策解读"
    assert type_of("新闻发布") == "动态要闻"   # (a news release list, no conference)


@pytest.mark.parametrize("section,kind", [("新闻动态", "动态要闻"), ("走进青石", "其他")])
def test_a_column_named_for_its_medium_takes_its_sections_type(tmp_path: Path, section: str, kind: str) -> None:
    # 影像青石 (pictures) under 新闻动态 is news in pictures; under 走进青石 (typed nothing) it stays 其他
    page = _bare(f"影像青石-{section}", f"当前位置：首页 &gt; {section} &gt; 影像青石<table>" + _rows("yxqs") + "</table>")
    report = _site(tmp_path, [(SEED + "yxqs/", page)], "<a href='/yxqs/'>影像青石</a>")
    assert _columns(report)[SEED + "yxqs/"]["type"] == kind


# --- an empty list in a list block the server fills on other pages --------------------------------------------------

@pytest.mark.parametrize("script,blank", [
    ("", True),
    # the page's own script fetches data: the list may be drawn from it — not measured
    ("<script>$.getJSON('/api/list?col=rsxx', function (d) { draw(d); });</script>", False),
    # … by jQuery's own name, not its `$` alias (a page whose `$` belongs to another library)
    ("<script>jQuery.getJSON('/api/list?col=rsxx', function (d) { draw(d); });</script>", False),
    ("<script>jQuery.get('/api/list?col=rsxx', function (d) { draw(d); });</script>", False),
    ("<script>$.get('/api/list?col=rsxx', function (d) { draw(d); });</script>", False),
])
def test_an_empty_list_in_the_block_other_pages_print_their_rows_into_is_blank(
        tmp_path: Path, script: str, blank: bool) -> None:
    # two list pages print their rows (dl/dd) into `div.wz-list`; 人事任免 prints an empty `<ol class="ol-rows">` in that
    # block, beside the site's own script (the same on every page): the server printed that list empty
    head = "<script src='/js/site.js'></script>"

    def rows(folder: str) -> str:
        return "<div class='wz-list'><dl>" + "".join(
            f"<dd><a href='/{folder}/{i}.htm'>青石县第{i}批惠农补贴资金发放情况</a><em>2021-03-0{i}</em></dd>"
            for i in (1, 2, 3)) + "</dl></div>"
    pages = [(SEED + "tzgg/", _bare("通知公告", rows("tzgg"), head=head)),
             (SEED + "gzdt/", _bare("工作动态", rows("gzdt"), head=head)),
             (SEED + "rsrm/", _bare("人事任免", "<h3>人事任免</h3><div class='wz-list'><ol class='ol-rows'></ol></div>"
                                    + script, head=head))]
    report = _site(tmp_path, pages, "<a href='/tzgg/'>通知公告</a><a href='/gzdt/'>工作动态</a><a href='/rsrm/'>人事任免</a>")
    assert (SEED + "rsrm/" in _blank(report)) is blank
    assert _columns(report)[SEED + "rsrm/"]["shown"] == (0 if blank else None)


@pytest.mark.parametrize("call,fetches", [
    ("$.get('/api/list')", True), ("$ . getJSON('/api/list')", True), ("$.ajax({url: '/api/list'})", True),
    ("jQuery.get('/api/list')", True), ("jQuery.getJSON('/api/list')", True), ("jQuery.post('/api/list')", True),
    ("$('#docs').get(0)", False), ("myjQuery.get('/api/list')", False),
])
def test_a_script_fetching_by_jquery_by_either_name(call: str, fetches: bool) -> None:
    assert (FETCH.search(call) is not None) is fetches


@pytest.mark.parametrize("second_box_empty", [False, True])
def test_a_channel_front_page_whose_box_headings_link_their_lists_is_no_column(
        tmp_path: Path, second_box_empty: bool) -> None:
    """A department's channel front page (/bmzl/sfj/) printing two boxes whose headings link their lists below it —
    no 更多 link — with rows kept in a folder of their own (/bmzl/sfj/art/): every row stands in one of those lists,
    so the boxes preview them; the lists are the columns, the front page none. A box over a blank list (暂无内容) is a
    box too."""
    menu = ("<div class='m'><a href='/'>首页</a><a href='/bmzl/'>部门专栏</a><a href='/bmzl/sfj/'>司法局</a>"
            "<a href='/bmzl/sfj/fzxc/'>法治宣传</a><a href='/bmzl/sfj/gsgg/'>公示公告</a></div>")
    news = [("/bmzl/sfj/art/2021/0305a.html", "县司法局开展“三八”妇女维权普法宣传", "2021-03-05"),
            ("/bmzl/sfj/art/2021/0226b.html", "县司法局组织人民调解员业务培训", "2021-02-26")]
    notes = [] if second_box_empty else [("/bmzl/sfj/art/2021/0301c.html", "2021年度法律援助对象名单公示", "2021-03-01")]

    def rows(items: list[tuple[str, str, str]]) -> str:
        return "".join(f"<p class='r'><a href='{u}'>{t}</a><i>{d}</i></p>" for u, t, d in items) or \
            "<p class='r'>暂无内容</p>"

    front = ("<section><h3><a href='/bmzl/sfj/fzxc/'>法治宣传</a></h3>" + rows(news) + "</section>"
             "<section><h3><a href='/bmzl/sfj/gsgg/'>公示公告</a></h3>" + rows(notes) + "</section>")
    pages = [(SEED + "bmzl/sfj/", _bare("司法局_青石县人民政府", menu + front)),
             (SEED + "bmzl/sfj/fzxc/", _bare("法治宣传_青石县人民政府", menu + rows(news))),
             (SEED + "bmzl/sfj/gsgg/", _bare("公示公告_青石县人民政府", menu + rows(notes)))]
    columns = _columns(_site(tmp_path, pages, menu))
    assert SEED + "bmzl/sfj/" not in columns
    assert {SEED + "bmzl/sfj/fzxc/", SEED + "bmzl/sfj/gsgg/"} <= set(columns)
