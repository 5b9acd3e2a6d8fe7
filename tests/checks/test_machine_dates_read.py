"""Dates a platform keeps for machines read as a visitor reads them: a list page's meta publication date is when the
page was generated, not a document's; eight digits alone in a cell under a date header are a date; a labelled date
within the words of a text says something of the content, not when the page was published."""

from __future__ import annotations

from govweb.checks.page import parse_page

from .minisite import page

SITE = "http://www.lq.gov.cn/"
BODY = "<div class='zw'><p>为方便群众办事，现将有关事项公告如下，请相互转告。</p><p>特此公告。</p></div>"


def _list(rows: int) -> str:
    return "<div class='news'>" + "".join(
        f"<p><a href='/xwzx/2025/0{5 - i // 10}/{i}.shtml'>临泉区第{i}次便民服务活动顺利举办</a>"
        f"<em>2025/0{5 - i // 10}/{10 + i % 10}</em></p>" for i in range(rows)) + "</div>"


def test_a_meta_publication_date_of_a_page_listing_many_entries_is_its_generation() -> None:
    meta = '<meta name="firstpublishedtime" content="2025-06-03 23:10:05">'
    listed = parse_page(page("新闻动态-临泉区", _list(8), meta), SITE + "xwzx/list.shtml", None, "r", home=False)
    assert not listed.is_article and listed.pubdate is None
    assert len(listed.items) == 8
    # a page naming its article keeps the meta date, whatever dated list stands beside the document
    named = meta + '<meta name="ArticleTitle" content="临泉区优化便民服务事项的公告">'
    article = parse_page(page("临泉区优化便民服务事项的公告", "<h2>临泉区优化便民服务事项的公告</h2>" + BODY
                              + "<h4>相关信息</h4>" + _list(6), named), SITE + "xwzx/2025/06/3.shtml", None, "r",
                         home=False)
    assert article.is_article and article.pubdate == (2025, 6, 3)
    # … and so does a page listing fewer entries than a list
    few = parse_page(page("临泉区优化便民服务事项的公告", "<h2>临泉区优化便民服务事项的公告</h2>" + BODY + _list(3), meta),
                     SITE + "xwzx/2025/06/4.shtml", None, "r", home=False)
    assert few.is_article and few.pubdate == (2025, 6, 3)


def test_eight_digits_alone_under_a_date_header_date_the_row() -> None:
    table = ("<table class='wd'><thead><tr><td>问题</td><td>提问日期</td><td>答复日期</td></tr></thead><tbody>"
             "<tr><td><a href='/wd/show?id=51'>社保卡补办要带哪些证件</a></td><td>20250519</td><td>20250522</td></tr>"
             "<tr><td><a href='/wd/show?id=50'>公租房申请条件咨询</a></td><td>20250430</td><td>20250506</td></tr>"
             "</tbody></table>")
    f = parse_page(page("网上问答-临泉区", table), SITE + "wd/", None, "r", home=False)
    assert {it.title: (it.date, it.dates) for it in f.items} == {
        "社保卡补办要带哪些证件": ((2025, 5, 19), [(2025, 5, 19), (2025, 5, 22)]),
        "公租房申请条件咨询": ((2025, 4, 30), [(2025, 4, 30), (2025, 5, 6)])}
    # under any other header eight digits are a number (a telephone), no date
    phones = table.replace("提问日期", "值班电话").replace("答复日期", "传真")
    assert parse_page(page("网上问答-临泉区", phones), SITE + "wd/", None, "r", home=False).items == []


def test_a_labelled_date_within_the_words_of_the_text_leaves_the_information_line_dating_the_page() -> None:
    html = page("临泉区政务服务事项目录-临泉区", "<h1>临泉区政务服务事项目录</h1>"
                "<div class='xx'>信息来源：区数据资源局　浏览次数：96　发布日期：2025-04-03</div>"
                "<div class='zw'><p>本目录实行动态管理，更新时间：2025年6月30日，如有调整另行公布。</p>"
                "<p>一、行政许可类事项十二项。</p></div>")
    f = parse_page(html, SITE + "zwfw/content_2204.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2025, 4, 3)
