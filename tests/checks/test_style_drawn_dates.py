"""An article's date whose words the page's own `<style>` draws (`::before`/`::after` content): the publication
label before an element printing only the date, and the 年/月/日 after elements printing a year's, a month's and a
day's number. A visitor reads them; the HTML text holds a bare date, or three bare numbers."""

from __future__ import annotations

from govweb.checks.page import parse_page

SEED = "http://www.qsx.gov.cn/"
TITLE = "青石乡开展秋冬季农田水利基本建设_青石乡人民政府"
HEADING = "<h2 class='doc-h'>青石乡开展秋冬季农田水利基本建设</h2>"
# (a sign-off dated in figures under the text: a second bare date, so the information line's is no lone bare line)
TEXT = ("<article><p>连日来，青石乡组织各村清淤沟渠、整修山塘，确保明年春耕用水。</p>"
        "<p>青石乡人民政府</p><p>2021年9月14日</p></article>")


def _page(style: str, meta: str, body: str = TEXT):   # type: ignore[no-untyped-def]
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title><style>{style}</style></head>"
            f"<body><div class='doc'>{HEADING}{meta}{body}</div></body></html>")
    return parse_page(html, SEED + "xwzx/202109/a_4417.htm", None, "r", home=False)


def test_a_publication_label_drawn_before_the_date_dates_the_article() -> None:
    """发表时间： drawn before `<em class="when">2021/09/15 10:20</em>`: an article of that day. Drawn before an element
    printing more than a date, or as a letter's 留言时间：, it dates nothing."""
    meta = "<div class='doc-meta'><em class='when'>2021/09/15 10:20</em> <em class='who'>乡农业办</em></div>"
    f = _page(".doc-meta .when:before{content:\"发表时间：\"} .doc-meta .who:before{content:\"供稿：\"}", meta)
    assert f.is_article and f.pubdate == (2021, 9, 15)
    worded = meta.replace("2021/09/15 10:20", "2021/09/15 10:20 修订")
    assert _page(".doc-meta .when:before{content:\"发表时间：\"}", worded).pubdate is None
    assert _page(".doc-meta .when:before{content:\"留言时间：\"}", meta).pubdate is None


def test_year_month_and_day_words_drawn_after_their_numbers_make_the_date() -> None:
    """`<b>2021</b><b>9</b><b>15</b>` whose 年/月/日 the style draws, under a drawn 日期： label: 2021年9月15日. The same
    numbers with the words in a stylesheet the page links (not held) date nothing."""
    meta = ("<p class='doc-meta'><span class='pd'><b class='n1'>2021</b><b class='n2'>9</b><b class='n3'>15</b>"
            "</span></p>")
    style = (".pd .n1::after{content:'年'} .pd .n2::after{content:'月'} .pd .n3::after{content:'日'}"
             " p.doc-meta .pd::before{content:'日期：'}")
    f = _page(style, meta)
    assert f.is_article and f.pubdate == (2021, 9, 15)
    assert _page("", meta).pubdate is None
