"""A page's text read as a visitor sees it whatever its typography: full-width Latin letters, digits and their
separators as the ASCII ones, zero-width characters and soft hyphens (literal or as references) as nothing, a label
split by a line break or a tag as the label, and a short list whose row prints its date in Chinese numerals still a
list. Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

from govweb.checks.page import parse_page

SITE = "http://www.hd.gov.cn/"


def page(title: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def _home(footer: str) -> str:
    return page("禾店区人民政府",
                "<div class='menu'><a href='/'>首页</a><a href='/zwdt/'>政务动态</a><a href='/hdjl/'>互动交流</a></div>"
                "<ul class='news'><li><a href='/zwdt/202503/t20250301_1.html'>全区春耕备耕工作推进会召开</a>"
                "<i>2025-03-01</i></li></ul>" + footer)


def test_full_width_letters_and_a_number_split_by_a_zero_width_space_are_the_marks() -> None:
    # an HTML5 <footer> of definition lists: the ICP number typed in full-width letters and digits, the telephone
    # printed in three <em>s with a zero-width space written as a reference
    html = _home("<footer><dl><dt>备案信息</dt><dd><a href='https://beian.miit.gov.cn/'>苏ＩＣＰ备２００４１１８６号－２</a>"
                 "</dd><dt>咨询热线</dt><dd>服务电话：<em>0517</em><em>-</em><em>&#x200B;83650012</em></dd>"
                 "<dd>政府网站标识码：3208030001</dd></dl></footer>")
    marks = {k: v for k, (v, _) in parse_page(html, SITE, None, "r", home=True).marks.items()}
    assert marks["ICP备案号"] == "苏ICP备20041186号-2"
    assert marks["联系方式"] == "0517-83650012"


def test_a_soft_hyphen_in_a_mark_or_a_link_is_nothing_to_a_reader() -> None:
    # a footer table whose ICP number carries a soft hyphen as a decimal reference and whose fax number carries one
    # as the literal character: a browser shows neither (only where a line breaks there), so both marks are read
    html = _home("<table id='ft'><tr><td>闽ICP备15&#173;007342号</td><td>传真：0591-8712\u00ad6630</td></tr>"
                 "<tr><td>政府网站标识码：3501020003</td></tr></table>")
    marks = {k: v for k, (v, _) in parse_page(html, SITE, None, "r", home=True).marks.items()}
    assert marks["ICP备案号"] == "闽ICP备15007342号"
    assert marks["联系方式"] == "0591-87126630"
    # and on any other page a link named with a named reference (政务&shy;公开) is named as shown
    html = page("政务公开_禾店区人民政府", "<nav><a href='/'>首页</a><a href='/zwgk/'>政务&shy;公开</a></nav>")
    assert "政务公开" in [link.text for link in parse_page(html, SITE + "zwgk/", None, "r", home=False).links]


def test_a_sponsor_label_broken_by_a_line_break_or_a_tag_is_the_label() -> None:
    # a two-line label cell (主办<br>单位) beside the name in the next cell
    html = _home("<table class='copyright'><tr><td>网站主办<br/>单位：</td><td>禾店区人民政府办公室</td>"
                 "<td>网站标识码：3208030001</td></tr></table>")
    marks = {k: v for k, (v, _) in parse_page(html, SITE, None, "r", home=True).marks.items()}
    assert marks["网站主办单位"] == "禾店区人民政府办公室"
    # no sponsor line: the copyright holder, its 版权所有 split by a tag
    html = _home("<div id='bottom'><p>禾店区人民政府办公室 版权<b>所有</b></p><p>苏ICP备20041186号</p></div>")
    marks = {k: v for k, (v, _) in parse_page(html, SITE, None, "r", home=True).marks.items()}
    assert marks["网站主办单位"] == "禾店区人民政府办公室"


def test_a_list_row_dated_at_the_edge_of_its_title_in_full_width_separators() -> None:
    # a list page of <p> rows whose titles end with the date typed with full-width points (one row's
    # full-width year written as numeric references)
    html = page("工作简报_禾店区人民政府",
                "<div class='menu'><a href='/'>首页</a><a href='/gzjb/'>工作简报</a></div><div class='lb'>"
                "<p><a href='/gzjb/12.html'>禾店工作简报第12期（2025．03．04）</a></p>"
                "<p><a href='/gzjb/11.html'>禾店工作简报第11期（2025．02．18）</a></p>"
                "<p><a href='/gzjb/10.html'>禾店工作简报第10期（&#65298;&#65296;&#65298;&#65301;．01．27）</a></p></div>")
    f = parse_page(html, SITE + "gzjb/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2025, 3, 4), (2025, 2, 18), (2025, 1, 27)]


def test_a_short_list_whose_row_prints_its_date_in_chinese_numerals_is_no_signed_document() -> None:
    # two rows of a 规范性文件 table: one dated in Chinese numerals as a 成文日期 cell prints it, one in digits;
    # the first row's title over its date is a row, not an issuer over a sign-off
    html = page("规范性文件_禾店区人民政府",
                "<div class='menu'><a href='/'>首页</a><a href='/gfxwj/'>规范性文件</a></div><h3>规范性文件</h3>"
                "<table class='wj'><tr><th>标题</th><th>成文日期</th></tr>"
                "<tr><td><a href='/gfxwj/202502/t20250210_7.html'>禾店区农村人居环境整治办法</a></td>"
                "<td>二〇二五年二月十日</td></tr>"
                "<tr><td><a href='/gfxwj/202412/t20241205_3.html'>禾店区城市道路管理规定</a></td>"
                "<td>2024年12月5日</td></tr></table>")
    f = parse_page(html, SITE + "gfxwj/", None, "r", home=False)
    assert not f.is_article and f.pubdate is None
    assert [it.date for it in f.items] == [(2025, 2, 10), (2024, 12, 5)]
