"""Footer marks in the forms real footers print them (real-world-patterns.md "The footer marks"), written by
scripts, and not taken from article text. Pages are hand-written in layouts unlike the sample families'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from govweb.checks.context import SiteContext
from govweb.checks.footer import read_marks
from govweb.checks.run import run_checks
from govweb.checks.script_source import inline_scripts
from govweb.checks.script_writes import apply_document_writes, drop_clocks, written_html
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.f.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
NEWS = ("<ul><li><a href='/xw/202011/t20201120_1.html'>全市冬季安全生产工作会议召开</a>"
        "<span>2020-11-20</span></li></ul>")


def _report(tmp_path: Path, body: str, rendered: str | None = None, head: str = "") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title>{head}</head><body>{NEWS}{body}</body></html>", depth=0,
           rendered=rendered)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _marks(footer: str) -> dict[str, str]:
    return {k: v for k, (v, _) in read_marks(footer, ([footer], ""), []).items()}


@pytest.mark.parametrize("line,sponsor", [
    ("主办单位：西安市人民政府办公厅　承办单位：西安市信息中心", "西安市人民政府办公厅"),
    ("主办：昭通市人民政府　地址：昭通市昭阳区", "昭通市人民政府"),
    ("主办方：鹤壁市人民政府办公室", "鹤壁市人民政府办公室"),
    ("版权所有 西安市人民政府 西安市人民政府办公厅主办 西安市大数据局承办", "西安市人民政府办公厅"),
    ("本网站由中共宁波市委宣传部主办", "中共宁波市委宣传部"),
    ("网站主办单位 张掖市甘州区人民政府", "张掖市甘州区人民政府"),
    ("某州人民政府办公室（主办） 某州信息中心（承办）", "某州人民政府办公室"),
    ("版权所有 某县融媒体中心(主办)", "某县融媒体中心"),
])
def test_sponsor_forms(line: str, sponsor: str) -> None:
    assert _marks(line + " 网站标识码：6107000001")["网站主办单位"] == sponsor


def test_a_name_before_a_copyright_label_is_not_its_holder() -> None:
    # (a footer line of links ending on the parent county's site, then 版权所有： naming the town's own government)
    marks = _marks("网站地图 | 返回某县政府网 某县人民政府 版权所有：某县某乡人民政府 皖ICP备05001234号")
    assert marks["网站主办单位"] == "某县某乡人民政府"
    assert _marks("某市某某局 版权所有 皖ICP备05001234号")["网站主办单位"] == "某市某某局"


def test_roles_that_are_not_the_sponsor() -> None:
    marks = _marks("承办单位：某市信息中心 技术支持：某科技有限公司 网站标识码：6107000001")
    assert "网站主办单位" not in marks


@pytest.mark.parametrize("line,icp", [
    ("滇ICP备05000002", "滇ICP备05000002"),
    ("鲁ICP备 05038584号", "鲁ICP备 05038584号"),
    ("京ICP备05070218号-1", "京ICP备05070218号-1"),
    ("备案号：苏ICP备12032488号 - 2", "苏ICP备12032488号 - 2"),
    ("版权所有 黔ICP备：12003456号", "黔ICP备：12003456号"),          # a colon after 备
    ("沪ICP备案编号：06005521号-3", "沪ICP备案编号：06005521号-3"),
])
def test_icp_forms(line: str, icp: str) -> None:
    assert _marks(line)["ICP备案号"] == icp


@pytest.mark.parametrize("line,police", [
    ("京公网安备11010202000001号", "京公网安备11010202000001号"),
    ("琼公网安备 46010802000101", "琼公网安备 46010802000101"),
    ("公安机关备案号：22010402000567", "公安机关备案号：22010402000567"),
    ("公安备案号 45010302001234-1", "公安备案号 45010302001234-1"),
])
def test_police_forms(line: str, police: str) -> None:
    assert _marks(line)["公安机关备案号"] == police


def test_full_width_digits_and_a_code_printed_in_pieces() -> None:
    # an input method's full-width digits are the same numbers; a template may print the code in two pieces
    marks = _marks("网站识别码 ５１０７００００２３ 蜀ICP备１８００４４２１号－３ 联系电话：（０２８）８６１２３４５６")
    assert (marks["网站标识码"], marks["ICP备案号"], marks["联系方式"]) == (
        "5107000023", "蜀ICP备18004421号-3", "（028）86123456")
    assert _marks("标识码：4420 000017 版权所有 某区人民政府")["网站标识码"] == "4420000017"
    assert "网站标识码" not in _marks("标识码：4420 0000171 版权所有 某区人民政府")   # eleven digits: no code


def test_police_record_only_in_an_image_link() -> None:
    link = ("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602009975", "")
    got = read_marks("版权所有 某市人民政府", (["版权所有 某市人民政府"], ""), [link])
    assert got["公安机关备案号"][0] == "33010602009975"


@pytest.mark.parametrize("line,value", [
    ("联系电话：010-12345678", "010-12345678"),
    ("电话：(0871)63608888", "(0871)63608888"),
    ("联系我们：020-83368888", "020-83368888"),
    ("客服电话：12329", "12329"),
    ("政务信息专线：0871-96128", "0871-96128"),
    ("联系邮箱：webmaster@km.gov.cn", "webmaster@km.gov.cn"),
    ("技术支持：江西某信息技术有限公司（0795-8819792）", "0795-8819792"),
    ("12345政务服务便民热线", "12345"),
    ("服务热线 0551-62999999 转 1", "0551-62999999 转 1"),
    ("传真：0731-88889999", "0731-88889999"),
    ("电话(Tel)：0898-65201234", "0898-65201234"),
    ("传真（FAX）: 0371-69690000", "0371-69690000"),
    ("客服热线：800-820-5566", "800-820-5566"),
    ("全国统一咨询电话 4006 123 456", "4006 123 456"),
])
def test_contact_forms(line: str, value: str) -> None:
    assert _marks("版权所有：某市人民政府 " + line)["联系方式"] == value


def test_the_support_companys_phone_gives_way_to_the_sites_own_contact() -> None:
    """The technical-support company's phone (in brackets after its name, or its 技术支持电话) is the vendor's: the site's
    own phone or e-mail printed after it is the contact; alone (or beside only 12345) it still is one."""
    vendor = "运行维护：某某软件股份有限公司（客服热线：4006-551-008）｜网站标识码：4509000017"
    assert _marks(vendor + "\n主办单位：某县人民政府办公室 电话：0775-3226110")["联系方式"] == "0775-3226110"
    assert _marks("技术支持电话：0898-66555000 投稿邮箱：zwgk@qz.gov.cn")["联系方式"] == "zwgk@qz.gov.cn"
    assert _marks(vendor)["联系方式"] == "4006-551-008"
    assert _marks("12345政务服务便民热线 技术支持电话：020-87654321")["联系方式"] == "020-87654321"


def test_a_longer_number_after_a_contact_label_is_no_phone() -> None:
    # "联系我们" is a link; the site code after it is ten digits, not a phone
    assert "联系方式" not in _marks("主办：某县人民政府 联系我们 | 网站标识码 3302110003 浙ICP备05012345号")
    assert _marks("主办：某县人民政府 联系我们 | 电话 83451234 网站标识码 3302110003")["联系方式"] == "83451234"


def test_a_hotline_in_the_page_header_is_the_sites_contact(tmp_path: Path) -> None:
    # the header prints the hotline; the footer prints no phone
    header = "<div class='top'><span>欢迎访问某省公共资源交易平台</span><span>咨询电话：0851-86891234</span></div>"
    footer = "<div class='ft'>版权所有：某省公共资源交易中心 网站标识码：5200000012 黔ICP备05001234号</div>"
    assert _report(tmp_path / "head", footer, head="")["elements"]["联系方式"]["present"] is False
    page_text = header + "<p>" + "交易公告" * 200 + "</p>" + footer
    els = _report(tmp_path / "both", page_text)["elements"]
    assert els["联系方式"]["value"] == "0851-86891234"
    # a phone further down the page (an article's, a notice's) is not the site's
    below = ("<p>" + "交易公告" * 100 + "</p><p>项目联系人：张工，联系电话：0851-86890000</p><p>" + "交易公告" * 100
             + "</p>" + footer)
    assert _report(tmp_path / "below", below)["elements"]["联系方式"]["present"] is False


def test_a_sponsor_inside_article_text_is_not_the_sites(tmp_path: Path) -> None:
    article = ("<div class='focus'><h2>第五届农民丰收节开幕</h2><p>本届丰收节主办单位：某市农业农村局、某市文化旅游局，"
               "联系电话：0571-88886666。活动为期三天。</p></div>")
    footer = ("<div class='ft'>主办：某市人民政府办公室 网站标识码：3301000001 浙ICP备05012345号 "
              "电话：0571-87654321</div>")
    els = _report(tmp_path / "a", article + "<p>" + "正文" * 400 + "</p>" + footer)["elements"]
    assert els["网站主办单位"]["value"] == "某市人民政府办公室"
    assert els["联系方式"]["value"] == "0571-87654321"
    only_article = _report(tmp_path / "b", article + "<p>" + "正文" * 400 + "</p>"
                           "<div class='copyright'>网站标识码：3301000001 浙ICP备05012345号</div>")
    assert not only_article["elements"]["网站主办单位"]["present"]
    assert {"check": "missing-element", "element": "网站主办单位"}.items() <= next(
        f for f in only_article["findings"] if f.get("element") == "网站主办单位").items()


def test_inline_document_write_is_read(tmp_path: Path) -> None:
    script = ("<div id='foot'><script type='text/javascript'>"
              "document.write('<p>主办单位：某县人民政府办公室&nbsp;' + \"网站标识码：5305000001</p>\");"
              "document.writeln(unescape('%3Cp%3E%u6EC7ICP%u590705000002%3C/p%3E'));"
              "document.write(decodeURIComponent('%E4%B8%BB%E5%8A%9E'));"
              "</script></div>")
    els = _report(tmp_path, script)["elements"]
    assert els["网站主办单位"]["value"] == "某县人民政府办公室"
    assert els["网站标识码"]["value"] == "5305000001"
    assert els["ICP备案号"]["value"] == "滇ICP备05000002"


def test_a_pager_script_hides_no_footer(tmp_path: Path) -> None:
    # a list page's pager writes its page links with variables; the footer beside it is in the static HTML
    pager = ("<div class='pages'><script>var n=5,cur=2;function pageLink(i){document.write('<a href=\"list_'+i+"
             "'.shtml\">'+i+'</a>');} for(var i=1;i<=n;i++){pageLink(i);} document.write('下一页');</script></div>")
    footer = "<div class='bottom'>版权所有：某市人民政府 网站标识码：4301000001 湘ICP备05000003号</div>"
    els = _report(tmp_path / "pager", pager + footer)["elements"]
    assert els["公安机关备案号"] == {"present": False, "value": None, "url": None, "measured": True}
    # any other undecoded write may be writing part of the footer: what is not seen is not measured
    other = "<div class='bottom'><script>document.write(siteFooter);</script></div>"
    els = _report(tmp_path / "other", other + footer)["elements"]
    assert els["公安机关备案号"]["measured"] is False


def test_a_clock_in_the_header_hides_no_footer(tmp_path: Path) -> None:
    # a header clock writes today's date from variables; the footer below is in the static HTML
    clock = ("<div class='top_date'><script>var now=new Date(), wk=['日','一','二','三','四','五','六'];"
             "document.write('<span class=\"d\">'+now.getFullYear()+'年'+(now.getMonth()+1)+'月'+now.getDate()"
             "+'日 星期'+wk[now.getDay()]+'</span>');</script></div>")
    footer = "<div class='bottom'>版权所有：某市人民政府 网站标识码：4301000001 湘ICP备05000003号</div>"
    els = _report(tmp_path / "clock", clock + footer)["elements"]
    assert els["公安机关备案号"] == {"present": False, "value": None, "url": None, "measured": True}
    # a script reading the date that also writes a link from a variable may be writing a menu or a mark
    linked = clock.replace("</span>');", "</span><a href=\"'+u+'\">'+t+'</a>');")
    els = _report(tmp_path / "linked", linked + footer)["elements"]
    assert els["公安机关备案号"]["measured"] is False


def test_a_footer_writing_its_copyright_year_is_no_clock(tmp_path: Path) -> None:
    # the footer's copyright line reads the date for its year (`"Copyright &copy; 2003-" + d.getFullYear()`): what the
    # script writes is the footer, which may hold the marks the static HTML lacks — not measured, never missing
    footer = ("<div class='bottom'><script>var d = new Date();document.write('Copyright &copy; 2003-' + d.getFullYear()"
              " + ' 某县人民政府 版权所有');</script> 网站标识码：4301000001 湘ICP备05000003号</div>")
    els = _report(tmp_path / "year", footer)["elements"]
    assert els["公安机关备案号"]["measured"] is False


def test_a_list_script_dating_its_rows_by_the_clock_is_no_clock() -> None:
    # rows built in a variable and written by `document.write(html)` in a script reading `new Date()` (to mark
    # today's rows new): a list, not the visitor's clock — its undecoded write counts, wherever its markup stands
    rows = ("<div class='lb'><script>var t = new Date(), html = '';"
            "for (var i = 0; i < rows.length; i++) { html += '<li><a href=\"' + rows[i].u + '\">' + rows[i].t"
            " + (rows[i].d == t.getDate() ? ' 新' : '') + '</a></li>'; } document.write(html);</script></div>")
    assert apply_document_writes(LexborHTMLParser(f"<html><body>{rows}</body></html>")) is True
    # the header's clock dressed in a `<font>`: it writes the date only
    clock = ("<script>var t = new Date();document.write('今天是<font color=\"red\">' + t.getFullYear() + '年'"
             " + (t.getMonth() + 1) + '月</font>');</script>")
    assert apply_document_writes(LexborHTMLParser(f"<html><body>{clock}</body></html>")) is False


def test_a_rendered_footer_year_and_a_fetched_date_stay_in_the_page() -> None:
    # a rendered footer's `<span id="cpy">© 1999-2026</span>`, filled by a script reading the date: a footer line,
    # no clock to drop; nor is a date a script parsed from data (`JSON.parse`) the visitor's clock
    year = ("<div class='bottom'><span id='cpy'>© 1999-2026</span> 某市人民政府 版权所有</div><script>var d = new Date();"
            "$('#cpy').html('&copy; 1999-' + d.getFullYear());</script>")
    fetched = ("<p>更新时间：<span id='upd'>2026-12-01</span></p><script>var r = JSON.parse(data), d = new Date(r.t);"
               "$('#upd').text(d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate());</script>")
    clock = ("<p>今天是<b id='today'>2026年12月7日</b></p><script>var n = new Date;"
             "document.getElementById('today').innerHTML = n.getFullYear() + '年' + (n.getMonth() + 1) + '月';</script>")
    tree = LexborHTMLParser(f"<html><body>{clock}{fetched}{year}</body></html>")
    drop_clocks(tree, list(inline_scripts(tree)))
    assert tree.css_first("#cpy") is not None and tree.css_first("#upd") is not None
    assert tree.css_first("#today") is None


def test_written_html_reports_calls_it_cannot_decode() -> None:
    assert written_html("document.write('<b>' + name + '</b>')") == ("", False)
    assert written_html('document.write("a\\"b\\u4e3b")') == ('a"b主', True)


def test_footer_from_an_external_script_is_not_measured_without_rendering(tmp_path: Path) -> None:
    body = "<div class='footer' id='footer'></div><script src='/resource/js/home_bottom.js'></script>"
    report = _report(tmp_path / "static", body)
    els = report["elements"]
    for el in ("网站标识码", "ICP备案号", "公安机关备案号", "网站主办单位", "联系方式"):
        assert els[el] == {"present": False, "value": None, "url": None, "measured": False}, el
    assert not [f for f in report["findings"] if f["check"] == "missing-element" and f["element"] in els
                and not els[f["element"]]["measured"]]
    assert any("未测量" in w and "页脚" in w for w in report["warnings"])
    assert report["metrics"]["marks_share"] is None      # no mark measured: the measurement is not taken
    # rendered by the browser lane: the rendered footer is read, what it lacks is missing
    rendered = (f"<html><head><title>某市人民政府</title></head><body>{NEWS}<div class='footer' id='footer'>"
                "主办单位：某市人民政府办公室 网站标识码：3301000001 浙ICP备05012345号</div></body></html>")
    seen = _report(tmp_path / "rendered", body, rendered=rendered)["elements"]
    assert seen["网站主办单位"]["value"] == "某市人民政府办公室"
    assert seen["公安机关备案号"] == {"present": False, "value": None, "url": None, "measured": True}


def test_footer_written_by_an_archived_script_file_is_read_without_rendering(tmp_path: Path) -> None:
    # the page leaves its footer to /resource/js/home_bottom.js; the crawl archived that file (served as
    # JavaScript): what its literal document.write calls print is the footer, so what the footer lacks is missing
    body = "<div class='footer' id='footer'><script src='../resource/js/home_bottom.js'></script></div>"
    script = ("var y = 2020;\ndocument.writeln('<p>主办单位：某市人民政府办公室&nbsp;电话：0571-87001234</p>');\n"
              "document.writeln('<p>网站标识码：3301000001 <a href=\"https://beian.miit.gov.cn\">浙ICP备05012345号</a></p>');")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{NEWS}{body}</body></html>", depth=0)
    b.page(SEED + "resource/js/home_bottom.js", script, content_type="application/javascript; charset=utf-8")
    report = run_checks(load_snapshot(b.write(tmp_path / "archived")), AS_OF)
    els = report["elements"]
    assert els["网站主办单位"]["value"] == "某市人民政府办公室" and els["网站标识码"]["value"] == "3301000001"
    assert els["公安机关备案号"] == {"present": False, "value": None, "url": None, "measured": True}
    # the same page whose footer script the crawl did not archive: not measured (see the test above)
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{NEWS}{body}</body></html>", depth=0)
    assert run_checks(load_snapshot(b.write(tmp_path / "lost")), AS_OF)["elements"]["公安机关备案号"]["measured"] is False


def test_document_write_reads_variables_a_straight_script_gave_literal_strings() -> None:
    # a branch-free include script assembling its lines from variables it sets to literals: read as it prints
    script = ("(function(){ var code = 'bm21000017'; var line = '<em>';\n line = line + '网站标识码：' + code;\n"
              "  document.write(line + '</em>'); })();")
    assert written_html(script) == ("<em>网站标识码：bm21000017</em>", True)
    # a variable given its value under a condition, or from a call, is not read
    assert not written_html(script.replace("var code = 'bm21000017';", "var code = 'x'; if (a) code = 'bm21000017';"))[1]
    assert not written_html(script.replace("'bm21000017'", "getCode()"))[1]


@pytest.mark.parametrize("src,layout", [("/assets/common.js", "<div class='copyright'>{line}{tag}</div>"),
                                        ("/assets/bottom.js", "<div class='copyright'>{line}</div>{tag}")])
def test_marks_an_archived_footer_script_writes_undecoded_are_not_measured(tmp_path: Path, src: str, layout: str) -> None:
    # the static footer prints the copyright holder and ICP number; the rest comes from a script the crawl archived,
    # placed inside the footer or named for it (bottom.js). Read when its writes can be decoded, else not measured
    line, tag = "<p>版权所有：某区人民政府办公室 京ICP备09012345号</p>", f"<script src='{src}'></script>"
    page = (f"<html><head><title>某区人民政府</title></head><body>{NEWS}"
            f"{layout.format(line=line, tag=tag)}</body></html>")
    script = ("var code = 'bm21000017';\nvar rec = '京公网安备11010502030001号';\n"
              "document.write('<p>网站标识码：' + code + ' ' + rec + '</p>');")
    for name, text, measured in (("plain", script, True),
                                 ("branched", script.replace("var rec", "if (top !== self) rec = '';\nvar rec"), False)):
        b = SnapshotBuilder(SEED)
        b.page(SEED, page, depth=0)
        b.page(SEED + src.lstrip("/"), text, content_type="application/javascript; charset=utf-8")
        els = run_checks(load_snapshot(b.write(tmp_path / name)), AS_OF)["elements"]
        assert els["网站主办单位"]["present"], name
        for el in ("网站标识码", "公安机关备案号"):
            assert els[el]["present"] is measured and els[el]["measured"] is True if measured \
                else els[el]["measured"] is False, (name, el)


@pytest.mark.parametrize("script", [
    # a string built from literals, then set as the footer's content (an include script of 集约化 platforms)
    ("var s = '<div class=\"bq\">';\ns += '<p>版权所有：某县人民政府办公室 主办</p>';\n"
     "s += '<p>联系电话：0831-7201234</p>' + '</div>';\n$(function () {\n  $(\"#copyright\").html(s);\n});"),
    # the HTML given directly
    ("document.getElementById(\"copyright\").innerHTML =\n  '<p>版权所有：某县人民政府办公室 主办</p>' +\n"
     "  '<p>联系电话：0831-7201234</p>';"),
    # a literal holding a query string (its ? is text, not a branch of the script)
    ("document.getElementById('copyright').innerHTML = '<p>版权所有：某县人民政府办公室 主办 "
     "<a href=\"/site/tpl/22?cat=lxwm\">联系我们</a></p>' + '<p>联系电话：0831-7201234</p>';"),
])
def test_a_footer_an_archived_script_sets_as_content_is_read(tmp_path: Path, script: str) -> None:
    # the page's footer is an empty box the site's /static/common.js fills; the crawl archived that file: what
    # it sets is the footer a visitor sees, so the ICP number and 公安 number it lacks are missing, not unmeasured
    page = (f"<html><head><title>某县人民政府</title></head><body>{NEWS}<div class='bottom' id='copyright'></div>"
            "<script src='/static/common.js'></script></body></html>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, page, depth=0)
    b.page(SEED + "static/common.js", script, content_type="application/javascript; charset=utf-8")
    els = run_checks(load_snapshot(b.write(tmp_path / "read")), AS_OF)["elements"]
    assert els["联系方式"]["present"]
    for el in ("ICP备案号", "公安机关备案号"):
        assert els[el] == {"present": False, "value": None, "url": None, "measured": True}, el
    # the same content set under a condition (which part shows is decided at view time): not measured
    branched = script.replace("s += '<p>联系", "if (wide) s += '<p>联系") if "var s" in script else \
        "if (window.innerWidth > 800) {\n" + script + "\n}\nelse { x = y; }"
    b = SnapshotBuilder(SEED)
    b.page(SEED, page, depth=0)
    b.page(SEED + "static/common.js", branched, content_type="application/javascript; charset=utf-8")
    els = run_checks(load_snapshot(b.write(tmp_path / "branched")), AS_OF)["elements"]
    assert els["ICP备案号"]["measured"] is False


def test_a_rendered_homepage_whose_footer_script_failed_is_not_measured(tmp_path: Path) -> None:
    # the browser lane rendered the page, but the footer script did not load (a 404, an unreachable CDN): the
    # rendered DOM still shows an empty footer next to the site's own script — what it writes is unknown
    body = ("<div id='bottom_box'></div><script src='http://cdn.example.net/site/foot.js'></script>"
            "<script src='/js/menu_tab.js'></script>")
    page = f"<html><head><title>某市人民政府</title></head><body>{NEWS}{body}</body></html>"
    report = _report(tmp_path / "failed", body, rendered=page)
    for el in ("网站标识码", "ICP备案号", "网站主办单位", "我为政府网站找错"):
        assert report["elements"][el]["measured"] is False, el
    assert any("渲染后仍未显示" in w for w in report["warnings"])
    assert not [f for f in report["findings"] if f["check"] == "missing-element" and f["element"] == "ICP备案号"]
    # a rendered footer that shows some marks is read as shown: what it lacks is missing
    shown = page.replace("<div id='bottom_box'></div>", "<div id='bottom_box'>版权所有 某市人民政府 黔ICP备12001234号</div>")
    els = _report(tmp_path / "shown", body, rendered=shown)["elements"]
    assert els["ICP备案号"]["present"] and els["网站标识码"] == {
        "present": False, "value": None, "url": None, "measured": True}


def test_a_static_footer_missing_a_mark_is_missing_even_with_scripts(tmp_path: Path) -> None:
    body = ("<div class='footer'>主办单位：某市人民政府办公室 网站标识码：3301000001 浙ICP备05012345号 "
            "联系电话：0571-87654321</div><script src='/js/jquery.min.js'></script><script src='/js/tab.js'></script>")
    els = _report(tmp_path, body)["elements"]
    assert els["公安机关备案号"] == {"present": False, "value": None, "url": None, "measured": True}


def test_contact_through_the_footer_contact_page(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{NEWS}<div class='footer'>"
                 "<a href='/lxwm/'>联系我们</a> 主办单位：某市人民政府办公室 网站标识码：3301000001</div></body></html>",
           depth=0)
    b.page(SEED + "lxwm/", "<html><head><title>联系我们_某市人民政府</title></head><body><p>通讯地址：某市府前路1号</p>"
                           "<p>办公电话：0571-87001234</p></body></html>")
    els = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]
    assert els["联系方式"]["present"] and els["联系方式"]["url"] == SEED + "lxwm/"


def test_police_record_link_with_a_port() -> None:
    link = ("http://www.beian.gov.cn:80/portal/registerSystemInfo?recordcode=33010602009975", "")
    assert read_marks("版权所有", (["版权所有"], ""), [link])["公安机关备案号"][0] == "33010602009975"


def test_a_service_guide_does_not_borrow_the_footers_phone() -> None:
    from govweb.checks.page import parse_page

    rows = "".join(f"<tr><th>{k}</th><td>内容</td></tr>" for k in
                   ("事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理机构", "收费标准", "办理时间", "办理流程"))
    html = (f"<html><head><title>婚姻登记办事指南</title></head><body><h1>婚姻登记办事指南</h1><table>{rows}</table>"
            "<div class='ft'>主办单位：某县人民政府办公室 联系电话：0571-87654321 网站标识码：3301000001</div></body></html>")
    f = parse_page(html, SEED + "bszn/1.html", None, "r", 2, home=False)
    assert "联系电话" not in f.guide_elements and len(f.guide_elements) == 9


def test_a_page_its_crumb_files_under_the_guides_is_a_service_guide() -> None:
    """A guide headed only by its service's name (残疾人证办理) is one when its breadcrumb files it under the guides'
    column (服务指南); the same labels in a page filed elsewhere (工作动态) make no guide, nor does 信息公开指南."""
    from govweb.checks.page import parse_page

    rows = "".join(f"<tr><td class='k'>{k}</td><td>内容</td></tr>" for k in
                   ("项目名称", "法定依据", "申报条件", "所需材料", "窗口地址", "受理部门", "办理程序"))

    def page(step: str) -> str:
        return (f"<html><head><title>残疾人证办理-青石县残联</title></head><body><div class='loc'>您的位置：首页 &gt;&gt; "
                f"便民服务 &gt;&gt; {step}</div><h2>残疾人证办理</h2><table class='xq'>{rows}</table></body></html>")
    f = parse_page(page("服务指南"), SEED + "bmfw/fwzn/12.html", None, "r", 2, home=False)
    assert len(f.guide_elements) == 7 and "收费标准" not in f.guide_elements
    for step in ("工作动态", "政府信息公开指南"):
        assert not parse_page(page(step), SEED + "bmfw/x/12.html", None, "r", 2, home=False).guide_elements, step


def test_the_sites_own_phone_wins_over_a_public_hotline() -> None:
    # a footer block prints 12345 under 联系我们; another block the site's own e-mail and phone
    parts = ["联系我们 12345 网站介绍", "主办：某市人民政府办公室 邮箱：wz@x.gov.cn 值班电话：0571-87001234 浙ICP备05012345号"]
    assert read_marks(" ".join(parts), (parts, ""), [])["联系方式"][0] == "wz@x.gov.cn"
    only = ["主办：某市人民政府办公室 便民热线 12345 浙ICP备05012345号"]
    assert read_marks(only[0], (only, ""), [])["联系方式"][0] == "12345"


@pytest.mark.parametrize("footer,holder", [
    ("版权所有：青石县人民政府办公室　地址：青石县府前路1号", "青石县人民政府办公室"),
    ("Copyright © 2019-2024 青石县自然资源局 版权所有　技术支持：某科技公司", "青石县自然资源局"),
    ("版权所有©2021 青石县卫生健康委员会 网站标识码：5201000001", "青石县卫生健康委员会"),
    ("青石县人民政府 版权所有　黔ICP备12000001号", "青石县人民政府"),
    # a site's name is no body: no sponsor
    ("版权所有：青石县人民政府门户网站　黔ICP备12000001号", None),
    # a line naming the sponsor wins over the copyright holder
    ("版权所有：青石县人民政府　主办单位：青石县人民政府办公室", "青石县人民政府办公室"),
])
def test_the_copyright_holder_is_the_sponsor_when_no_line_names_one(footer: str, holder: str | None) -> None:
    assert _marks(footer).get("网站主办单位") == holder


def test_marks_shown_as_images_only(tmp_path: Path) -> None:
    # a footer of four cells whose 标识码 and conac badge are pictures (a copied badge, no link to conac.cn)
    base = ("<table class='ft'><tr><td>主办单位</td><td>青石县人民政府办公室</td><td>联系电话</td><td>0851-6621234</td></tr>"
            "</table><p>黔ICP备12000001号</p>")
    named = base + ("<img src='/images/wzbsm.png' alt='网站标识码'> <img src='/images/badge_red.png' alt='党政机关'>")
    els = _report(tmp_path / "named", named)["elements"]
    assert els["党政机关网站标识"]["present"]
    # the code itself is in the picture's pixels: not measured, never missing
    assert els["网站标识码"]["present"] is False and els["网站标识码"]["measured"] is False
    beside = _report(tmp_path / "beside", base + "<p>网站标识码：<img src='/images/code.png' alt=''></p>")["elements"]
    assert beside["网站标识码"]["measured"] is False
    coded = base + "<img src='/images/bsm.gif' title='网站标识码：5201000001'>"
    assert _report(tmp_path / "coded", coded)["elements"]["网站标识码"]["value"] == "5201000001"
    # a picture only named like the badge (dzjg.png, no alt): not measured; no picture at all: missing
    assert _report(tmp_path / "file", base + "<img src='/img/dzjg.png'>")["elements"]["党政机关网站标识"][
        "measured"] is False
    bare = _report(tmp_path / "bare", base)["elements"]
    assert bare["党政机关网站标识"] == {"present": False, "value": None, "url": None, "measured": True}


def test_a_footer_drawn_as_images_is_read_by_their_alt_text(tmp_path: Path) -> None:
    # an HTML5 <footer> whose sponsor, ICP and phone lines are pictures (alt or title print what they show), on a
    # page whose only printed number is the 12345 hotline
    foot = ("<p class='rx'><a href='/rx/'>12345政务服务便民热线</a></p>"
            "<footer id='site-end'><ul>"
            "<li><img src='/f/zb.gif' title='本网站由青溪市自然资源局主办'></li>"
            "<li><a href='https://beian.miit.gov.cn'><img src='/f/icp.gif' alt='湘ICP备 18004321号'></a></li>"
            "<li><img src='/f/tel.gif' alt='咨询电话：0731-5556789'></li></ul></footer>")
    els = _report(tmp_path / "images", foot)["elements"]
    assert els["网站主办单位"]["value"] == "青溪市自然资源局"
    assert els["ICP备案号"]["value"] == "湘ICP备 18004321号"
    assert els["联系方式"]["value"] == "0731-5556789"
    # printed text comes first: an image's alt never overrides a printed mark
    printed = foot.replace("<ul>", "<p>主办单位：青溪市人民政府办公室 联系电话：0731-5550000</p><ul>")
    els = _report(tmp_path / "printed", printed)["elements"]
    assert els["网站主办单位"]["value"] == "青溪市人民政府办公室" and els["联系方式"]["value"] == "0731-5550000"
    # a picture outside the footer (an event banner naming its organiser) is no sponsor of the site
    banner = ("<div class='banner'><img src='/b/1.jpg' alt='主办单位：青溪市文化馆'></div>"
              "<div class='foot'><a href='https://beian.miit.gov.cn'>湘ICP备18004321号</a></div>")
    assert _report(tmp_path / "banner", banner)["elements"]["网站主办单位"]["present"] is False


def test_a_footer_shown_in_a_frame_is_read_as_the_pages_footer(tmp_path: Path) -> None:
    # the homepage's bottom is a table cell framing /include/bq.htm (an older GBK fragment under a UTF-8 page):
    # a visitor sees its lines as the footer, so its marks are the site's, and a relative link in it is its own
    body = ("<table width='1000' id='dibu'><tr><td><iframe src='include/bq.htm' height='120' frameborder='0'>"
            "</iframe></td></tr></table>")
    framed = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head><body>"
              "<p>网站主办：某县人民政府　技术支持：某县信息中心　联系邮箱：zfb@mx.example.gov.cn</p>"
              "<p><a href='../gywm/jcwz.htm' target='_top'>我为政府网站找错</a>　豫ICP备10020304号　"
              "豫公网安备 41152302000011号　网站标识码4115230001</p></body></html>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NEWS}{body}</body></html>", depth=0)
    b.page(SEED + "include/bq.htm", framed.encode("gbk"), content_type="text/html; charset=gbk", encoding="gbk")
    els = run_checks(load_snapshot(b.write(tmp_path / "framed")), AS_OF)["elements"]
    assert els["网站主办单位"]["value"] == "某县人民政府"
    assert els["ICP备案号"]["value"] == "豫ICP备10020304号" and els["网站标识码"]["value"] == "4115230001"
    assert els["公安机关备案号"]["present"] and els["联系方式"]["value"] == "zfb@mx.example.gov.cn"
    # the same homepage whose framed footer the crawl did not fetch: its marks are not measured, never missing
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NEWS}{body}</body></html>", depth=0)
    els = run_checks(load_snapshot(b.write(tmp_path / "lost")), AS_OF)["elements"]
    assert all(els[el]["measured"] is False for el in ("网站主办单位", "ICP备案号", "公安机关备案号", "联系方式"))


def test_a_footer_slot_an_inline_script_fills_from_page_data_is_not_measured(tmp_path: Path) -> None:
    # the footer prints its sponsor, but its record line is an empty `bottom`-named element an inline script of the
    # page fills from data the page holds (the slot's data-* attributes read by jQuery, or a JSON literal): the ICP
    # and 公安 numbers are not seen, not missing
    by_attribute = ("<div class='bottom'><p>主办：某县人民政府办公室　电话：0871-6123456</p>"
                    "<p id='bottom-beian' data-icp='滇ICP备09001234号' data-gaba='滇公网安备53010202000111号'></p></div>"
                    "<script>var b = $('#bottom-beian'); b.html(b.data('icp') + ' ' + b.data('gaba'));</script>")
    by_literal = ("<div class='bottom'><p>主办：某县人民政府办公室　电话：0871-6123456</p><p id='bottom-beian'></p></div>"
                  "<script>var rec = {\"icp\": \"滇ICP备09001234号\", \"gaba\": \"滇公网安备53010202000111号\"};"
                  "document.getElementById('bottom-beian').innerHTML = rec.icp + ' ' + rec.gaba;</script>")
    for name, body in (("attribute", by_attribute), ("literal", by_literal)):
        report = _report(tmp_path / name, body)
        for el in ("ICP备案号", "公安机关备案号"):
            assert report["elements"][el]["measured"] is False, (name, el)
        assert report["elements"]["网站主办单位"]["present"]
        assert not [f for f in report["findings"] if f["check"] == "missing-element" and f["element"] == "ICP备案号"]
    # a footer slot a script fills from a request (a visit counter: `<div id="pv">` and $.ajax) writes no mark, and
    # an empty footer element no script names is decoration: what the footer lacks is missing
    counter = ("<div class='bottom'><p>主办：某县人民政府办公室　电话：0871-6123456</p><span class='foot-num' id='pv'>"
               "</span></div><script>$.ajax({url: '/count.jsp', success: function (n) { $('#pv').html(n); }});</script>")
    plain = by_attribute.split("<script>")[0]
    for name, body in (("counter", counter), ("plain", plain)):
        els = _report(tmp_path / name, body)["elements"]
        assert els["ICP备案号"] == {"present": False, "value": None, "url": None, "measured": True}, name


def test_the_platform_line_of_a_shared_footer_gives_way_to_the_sites_own_marks(tmp_path: Path) -> None:
    """A site on a 集约化 platform may print the platform's line beside its own: the platform's 标识码 and ICP number
    belong to the platform (named last before them), the site's own line gives the site's marks, whichever comes
    first; a footer printing only the platform's marks still shows them."""
    body = ("<table class='copy'><tr><td>网站主办：某县教育局　网站识别码 4401830012　粤ICP备11022334号-12</td></tr>"
            "<tr><td>本网站依托某市政府网站集约平台建设　平台运维：某市大数据中心　平台标识码 4401000001　"
            "粤ICP备11022334号</td></tr></table>")
    els = _report(tmp_path, body)["elements"]
    assert (els["网站标识码"]["value"], els["ICP备案号"]["value"]) == ("4401830012", "粤ICP备11022334号-12")
    flipped = _marks("某市政府网站集约平台 平台标识码 4401000001 粤ICP备11022334号 | 网站主办：某县教育局 "
                     "网站识别码 4401830012 粤ICP备11022334号-12")
    assert (flipped["网站标识码"], flipped["ICP备案号"]) == ("4401830012", "粤ICP备11022334号-12")
    alone = _marks("某市政府网站集约平台 平台建设管理：某市政府办公室 平台标识码 4401000001 粤ICP备11022334号")
    assert (alone["网站标识码"], alone["ICP备案号"]) == ("4401000001", "粤ICP备11022334号")


def test_an_address_gives_way_to_a_phone_or_e_mail_printed_after_it() -> None:
    """An address is where to go: the footer's phone or e-mail, printed after it, is the contact; alone it still is."""
    assert _marks("版权所有：某区卫生健康局 通讯地址：某区人民路88号4楼｜邮编 510000｜咨询电话 020-81234567")["联系方式"] \
        == "020-81234567"
    assert _marks("版权所有：某区卫生健康局 单位地址：某区人民路88号 邮箱：wjj@example.gov.cn")["联系方式"] \
        == "wjj@example.gov.cn"
    assert _marks("版权所有：某区卫生健康局 单位地址：某区人民路88号")["联系方式"] == "某区人民路88号"


def test_a_closable_layers_credits_are_not_the_sites_sponsor(tmp_path: Path) -> None:
    # a notice pop-up laid over the page (fixed, with a 关闭 button) signs itself in a bottom line of its own; the
    # site's footer below names the site's sponsor
    layer = ("<section id='tanchuang' style='z-index:999; position: fixed; inset:0'><button>关闭</button>"
             "<h2>文明城市创建倡议书</h2><div class='tc-bottom'>主办单位：某市文明办</div></section>")
    footer = "<footer>主办单位：某市人民政府办公室 网站标识码：3301000001 浙ICP备05012345号</footer>"
    els = _report(tmp_path / "layer", layer + "<p>" + "正文" * 100 + "</p>" + footer)["elements"]
    assert els["网站主办单位"]["value"] == "某市人民政府办公室"
    # the same bottom line in a fixed bar that no button closes is the page's own footer
    bar = layer.replace("<button>关闭</button>", "")
    els = _report(tmp_path / "bar", bar + "<p>" + "正文" * 100 + "</p>" + footer)["elements"]
    assert els["网站主办单位"]["value"] == "某市文明办"


def test_a_mark_in_the_vendors_brackets_is_the_vendors(tmp_path: Path) -> None:
    """A record number in brackets after the company that built or supports the site is the company's: the site's
    own ICP number printed later is the site's, and a footer whose only 公网安备 is the builder's shows none."""
    footer = ("<footer><p>网站制作：某某数码传媒有限公司(粤ICP备09087766号)</p>"
              "<p>版权所有：某区住房和城乡建设局 | 粤ICP备11223344号-2 | 标识码 4406040021</p>"
              "<p>承建单位 某网络工程有限公司（粤公网安备 44060402000777号）</p></footer>")
    els = _report(tmp_path, footer)["elements"]
    assert els["ICP备案号"]["value"] == "粤ICP备11223344号-2"
    assert (els["公安机关备案号"]["present"], els["公安机关备案号"]["measured"]) == (False, True)
    # the same numbers standing on the site's own line are the site's
    assert _marks("主办：某区住房和城乡建设局 粤公网安备 44060402000777号")["公安机关备案号"] == "粤公网安备 44060402000777号"


def test_a_label_drawn_as_a_picture_reads_as_its_word(tmp_path: Path) -> None:
    # a Lonsun-style <footer> whose 主办/承办 labels are small pictures before the names (no 主办 word in the text)
    foot = ("<footer class='site-bottom'><div class='row'><span><img src='/res/lbl1.png' alt='主办：'>"
            "<font>临江市生态环境局</font></span> | <img src='/res/lbl2.png' title='承办单位'>临江市政务数据中心</div>"
            "<div class='row'><a href='https://beian.miit.gov.cn'>赣ICP备19001234号-2</a> 网站标识码：3610000042</div>"
            "</footer>")
    els = _report(tmp_path / "alt", foot)["elements"]
    assert els["网站主办单位"]["value"] == "临江市生态环境局"
    # the same pictures with no alt: what they say is in pixels — the sponsor is not measured, never missing
    bare = foot.replace(" alt='主办：'", "").replace(" title='承办单位'", "")
    els = _report(tmp_path / "bare", bare)["elements"]
    assert els["网站主办单位"]["present"] is False and els["网站主办单位"]["measured"] is False
    # a wordless picture before no body's name (a police badge before its number) leaves the sponsor missing
    police = ("<footer class='site-bottom'><img src='/res/gongan.png'>赣公网安备 36100002000123号 "
              "<a href='https://beian.miit.gov.cn'>赣ICP备19001234号-2</a></footer>")
    els = _report(tmp_path / "police", police)["elements"]
    assert els["网站主办单位"] == {"present": False, "value": None, "url": None, "measured": True}
    # nor does a builder's logo before its company's name (技术支持 drawn as a picture)
    logo = ("<footer class='site-bottom'><img src='/images/vendor_logo.png'>江州云帆信息技术有限公司 "
            "<a href='https://beian.miit.gov.cn'>赣ICP备19001234号-2</a></footer>")
    els = _report(tmp_path / "logo", logo)["elements"]
    assert els["网站主办单位"] == {"present": False, "value": None, "url": None, "measured": True}


def test_a_rendered_page_shows_its_script_writes_once(tmp_path: Path) -> None:
    # the browser lane's DOM already holds what an inline script and the archived /static/copy.js wrote, right after
    # their tags: read as the browser showed it, every picture once; a render that lost the file's output (its tag
    # alone) still has that write read in
    script = ("var org = '某区人民政府';\ndocument.writeln('<div class=\"copy\">版权所有：' + org + "
              "' <img src=\"/pic/jiucuo.gif\"> 纠错</div>');")
    inline = "<script>document.write('<span class=\"lx\"><img src=\"/pic/tel.png\">联系我们</span>');</script>"
    tag = "<script src='/static/copy.js'></script>"
    by_inline = "<span class='lx'><img src='/pic/tel.png'>联系我们</span>"
    by_file = "<div class='copy'>版权所有：某区人民政府 <img src='/pic/jiucuo.gif'> 纠错</div>"

    def pictures(name: str, dom: str | None) -> tuple[int, int]:
        page = "<html><head><title>某区人民政府</title></head><body>" + NEWS + "<div class='foot'>{}</div></body></html>"
        b = SnapshotBuilder(SEED)
        b.page(SEED, page.format(inline + tag), depth=0, rendered=None if dom is None else page.format(dom))
        b.page(SEED + "static/copy.js", script, content_type="application/javascript; charset=utf-8")
        facts = SiteContext(load_snapshot(b.write(tmp_path / name)), AS_OF).pages[SEED]
        return facts.images, facts.images_missing_alt

    assert pictures("static", None) == (2, 2)
    assert pictures("rendered", inline + by_inline + tag + by_file) == (2, 2)
    assert pictures("lost", inline + by_inline + tag) == (2, 2)
