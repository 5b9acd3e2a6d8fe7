"""Publication labels in the forms templates print them: a bare 发布： before the date (a player page's information
line beside its 时长 and 播放), and a weekday between the label and the date (发布于 周五, 12/04/2026 - 10:32)."""

from __future__ import annotations

from govweb.checks.page import parse_page

from .minisite import page

SITE = "https://www.v.gov.cn/"
NAV = "<ul class='menu'><li><a href='/'>首页</a></li><li><a href='/tv/'>影像长乐</a></li><li><a href='/dt/'>动态</a></li></ul>"
BODY = "<section class='desc'><p>本片记录了全乡秋收时节的田间景象，由乡文化站拍摄制作。</p></section>"


def test_a_bare_publish_label_dates_a_player_page() -> None:
    html = page("长乐乡丰收节纪实_长乐乡人民政府",
                NAV + "<section><video src='/media/fsj.mp4' controls></video><h2>长乐乡丰收节纪实</h2>"
                "<ul class='meta'><li>片长 07:40</li><li>观看 1.3万</li><li>发布: 2025-09-23</li></ul></section>" + BODY)
    f = parse_page(html, SITE + "tv/show/8812.shtml", None, "r", home=False)
    assert f.is_article and f.pubdate == (2025, 9, 23)


def test_a_publish_word_inside_a_name_is_no_label() -> None:
    # 信息发布：… names the office that publishes, no date label: the page stays undated
    html = page("长乐乡丰收节纪实", NAV + "<h2>长乐乡丰收节纪实</h2><p>信息发布：2025年度文化站工作组</p>" + BODY)
    f = parse_page(html, SITE + "tv/show/8813.shtml", None, "r", home=False)
    assert not f.is_article and f.pubdate is None


def test_a_weekday_between_label_and_date_is_read_with_the_date() -> None:
    html = page("乡村文化站开放时间调整说明 – 长乐乡",
                NAV + "<main><h1>乡村文化站开放时间调整说明</h1><p class='submitted'>作者 admin，发布于 星期二，"
                "<span>03/10/2026 - 09:15</span></p>" + BODY + "</main>")
    f = parse_page(html, SITE + "node/77", None, "r", home=False)
    assert f.is_article and f.pubdate == (2026, 3, 10)   # year last, month first: 10 March


def test_an_english_weekday_before_the_date() -> None:
    html = page("Notice of closure", NAV + "<h1>Notice of closure</h1><p>更新时间：Thu, 2026-02-05</p>" + BODY)
    f = parse_page(html, SITE + "node/78", None, "r", home=False)
    assert f.is_article and f.pubdate == (2026, 2, 5)
