"""An article whose information line is labelled in English (Editor: … Views: …) is dated by the date standing
beside those labels, as a Chinese 来源/点击 line dates it; and a list's row is not dated by an edit date the page's
own style hides (`.stamp:not(.pub){display:none}`: a theme's second date beside the one shown). Hand-written in
layouts unlike the corpus pages (a plain ASP-era department template, a table list)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.hidden_blocks import hidden_by_class, style_hidden_classes
from govweb.checks.page import parse_page

SITE = "http://www.hq.gov.cn/"


def _article(info: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>河桥区开展汛前水利工程安全检查_河桥区水利局</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/notice/'>Notice</a></div>"
            "<table class='main'><tr><td><p class='tt'>河桥区开展汛前水利工程安全检查</p>"
            f"<p class='meta'>{info}</p>"
            "<div class='txt'><p>5月28日，区水利局组织对全区12座小型水库开展汛前安全检查，逐一查看溢洪道和放水设施。</p></div>"
            "</td></tr></table></body></html>")


def test_an_information_line_labelled_in_english_dates_the_article() -> None:
    f = parse_page(_article("2025-05-29 | Editor: 周海燕 | Views: 37"), SITE + "news/show.asp?id=418", None, "r",
                   home=False)
    assert f.is_article and f.pubdate == (2025, 5, 29)


def test_english_words_without_a_label_date_nothing() -> None:
    # (no label with its colon: the date under the heading is a line of the text, no byline)
    f = parse_page(_article("Open source data 2025-05-29 views of the reservoir"), SITE + "news/show.asp?id=418",
                   None, "r", home=False)
    assert f.pubdate is None


_LIST = ("<html><head><meta charset='utf-8'><title>通知公告_河桥区水利局</title>"
         "<style>.stamp:not(.pub){display:none}</style></head><body>"
         "<table class='list'>"
         "<tr><td><a href='/notice/421.html'>关于做好2025年防汛物资储备工作的通知</a></td>"
         "<td><span class='stamp pub'>2025-05-20</span><span class='stamp'>2025-06-11</span></td></tr>"
         "<tr><td><a href='/notice/409.html'>河桥区2025年度水利建设项目公示</a></td>"
         "<td><span class='stamp pub'>2025-05-06</span></td></tr>"
         "<tr><td><a href='/notice/398.html'>关于开展河道采砂专项整治的通告</a></td>"
         "<td><span class='stamp pub'>2025-04-18</span></td></tr>"
         "</table></body></html>")


def test_an_edit_date_the_page_hides_dates_no_row() -> None:
    f = parse_page(_LIST, SITE + "notice/", None, "r", home=False)
    first = next(it for it in f.items if it.url.endswith("/421.html"))
    assert first.date == (2025, 5, 20) and first.dates == [(2025, 5, 20)]


def test_a_hiding_rule_spares_the_class_it_excepts() -> None:
    tree = LexborHTMLParser(_LIST)
    classes = style_hidden_classes(tree)
    shown, hidden = tree.css("td span")[:2]
    assert not hidden_by_class(shown, classes) and hidden_by_class(hidden, classes)
