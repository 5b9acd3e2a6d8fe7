"""Dates printed as templates localised outside China print them: year last with dashes, a letter's two dates year
last or with English month names, an article's either-way date settled by its own words, a two-digit year settled
by the address."""

from __future__ import annotations

import pytest

from govweb.checks.dates import find_date
from govweb.checks.page import parse_page


@pytest.mark.parametrize("text, expected", [
    ("10-28-2025", (2025, 10, 28)),      # year last with dashes, month first (as with slashes)
    ("28-10-2025", (2025, 10, 28)),      # … unless the first number can only be a day
    ("更新 07-04-2025", (2025, 7, 4)),
    ("10-28/2025", None),                # two separators that differ print no date
    ("0571-10-2025", None),              # the tail of a longer number
])
def test_dates_printed_year_last_with_dashes(text: str, expected: tuple | None) -> None:
    assert find_date(text) == expected


def test_a_list_of_dashed_year_last_dates_prints_one_order() -> None:
    rows = "".join(f"<p class='r'><a href='/xm/{i}.shtml'>第{i}批农业产业化项目验收结果公示</a> <em>{d}</em></p>"
                   for i, d in enumerate(("22-09-2025", "04-09-2025", "01-08-2025")))
    f = parse_page(f"<html><head><title>项目公示</title></head><body>{rows}</body></html>",
                   "http://www.n.gov.cn/xm/", None, "r", 1, home=False)
    assert [it.date for it in f.items] == [(2025, 9, 22), (2025, 9, 4), (2025, 8, 1)]


def _letters(rows: list[tuple[str, str]]) -> list[list[tuple]]:
    body = "".join(f"<dl class='xj'><dt><a href='/zx/q{i}.aspx'>反映村道路面破损问题{i}</a></dt><dd>提交 {came} 答复 {answered}"
                   f"</dd></dl>" for i, (came, answered) in enumerate(rows))
    f = parse_page(f"<html><head><title>局长信箱</title></head><body>{body}</body></html>",
                   "http://www.n.gov.cn/zx/", None, "r", 1, home=False)
    return [it.dates for it in f.items]


def test_a_letters_two_dates_printed_year_last_or_in_english() -> None:
    # day first, settled by a day above 12: the reply of 03/11/2025 is 3 November, after the letter of 30/10
    assert _letters([("30/10/2025", "03/11/2025"), ("14/10/2025", "20/10/2025")]) == [
        [(2025, 10, 30), (2025, 11, 3)], [(2025, 10, 14), (2025, 10, 20)]]
    assert _letters([("Oct 30, 2025", "Nov 3, 2025")]) == [[(2025, 10, 30), (2025, 11, 3)]]


def _article(label: str, words: str, url: str = "http://www.n.gov.cn/xw/show.php?id=301") -> tuple | None:
    html = ("<html><head><title>县农业农村局开展秋季动物防疫督导</title></head><body>"
            "<div class='crumb'>位置：<a href='/'>首页</a> » <a href='/xw/'>工作动态</a></div>"
            f"<h2>县农业农村局开展秋季动物防疫督导</h2><div class='meta'>{label}　来源：县农业农村局</div>"
            f"<div class='content'><p>{words}</p></div></body></html>")
    f = parse_page(html, url, None, "r", home=False)
    assert f.is_article
    return f.pubdate


def test_an_either_way_date_is_read_as_the_articles_own_words_name_it() -> None:
    # 05/10/2025 reads 10 May or 5 October: the text's 10月5日 and the 落款 say October
    assert _article("发布日期：05/10/2025", "10月5日，局督导组赴各乡镇检查秋防工作。") == (2025, 10, 5)
    assert _article("发布日期：05/10/2025", "督导组检查了秋防工作。</p><p>县农业农村局</p><p>2025年10月5日") == (2025, 10, 5)
    # words naming both days, or none, settle nothing: the date stays as read
    assert _article("发布日期：05/10/2025", "5月10日部署，10月5日督导。") == (2025, 5, 10)
    assert _article("发布日期：05/10/2025", "督导组检查了秋防工作。") == (2025, 5, 10)


def test_a_two_digit_year_label_dates_the_article_over_a_date_in_its_text() -> None:
    dated = "http://www.n.gov.cn/xw/202509/t20250907_5512.html"
    assert _article("发布时间：25-09-07", "局督导组于2025年8月30日启动秋防工作。", dated) == (2025, 9, 7)
