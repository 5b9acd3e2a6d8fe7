from __future__ import annotations

import datetime as dt

import pytest

from govweb.checks.dates import (
    find_date,
    find_full_dates,
    find_publication_date,
    may_hold_date,
    parse_meta_date,
    to_date,
    url_full_date,
    year_from_url,
)
from govweb.checks.page import parse_page

AS_OF = dt.date(2020, 11, 26)


@pytest.mark.parametrize("text,expected", [
    ("2020-11-26", (2020, 11, 26)),
    ("发布于 2020/11/6 10:30", (2020, 11, 6)),
    ("2020.11.26", (2020, 11, 26)),
    ("2020年11月26日", (2020, 11, 26)),
    ("2020 年 1 月 5 日", (2020, 1, 5)),
    ("[11-26]", (None, 11, 26)),
    ("（11/05）", (None, 11, 5)),
    ("11月26日", (None, 11, 26)),
    ("第12345号文件", None),
    ("2020年工作报告", None),
    ("今天是 星期四 阴历 九月 农历辛丑年 3月 5日", None),          # a header clock's lunar date
    ("农历 10月27日 | 通知 2020-11-02", (2020, 11, 2)),
    ("【19-06-03】关于开展防汛演练的通知", (2019, 6, 3)),    # a two-digit year in a row's brackets
    ("(98-12-30) 县志编纂完成", (1998, 12, 30)),
    ("[19-13-03]", None),                                   # no month 13: no date
    ("编号 19-06-03", None),                                # unbracketed: a number as likely as a date
    (" 20-11-30 ", (2020, 11, 30)),                         # … but a date cell of its own is one
    ("今天", (0, 0, 0)),                                    # relative dates: (RELATIVE_YEAR, 0, days ago)
    ("[3天前]", (0, 0, 3)),
    ("昨天 10:30", (0, 0, 1)),
    ("5小时前", (0, 0, 0)),
    ("今天是星期四", None),                                 # a clock's words, no date
    ("今日青岙", None),
    ("２０２１．０３．０９", (2021, 3, 9)),                   # full-width digits and separators: the same date
    ("更新：２０１９／１１／３０　１０：２０", (2019, 11, 30)),
    ("二〇二一年三月九日", (2021, 3, 9)),                     # Chinese numerals, as a 落款 or 成文日期 prints it
    ("一九九八年十二月三十一日印发", (1998, 12, 31)),
    ("二零一五年十月十日", (2015, 10, 10)),
    ("二〇二一年度工作要点", None),                           # a year alone is no date
    ("第十二月三十日", None),
    ("08 3月 2025 某县召开防汛工作会", (2025, 3, 8)),          # a calendar card: day, month (with 月), year apart
    ("第8 3月", None),
])
def test_find_date_formats(text: str, expected: tuple | None) -> None:
    assert find_date(text) == expected
    assert expected is None or may_hold_date(text)   # (the cheap pre-test never turns a date away)


def test_month_day_takes_latest_year_not_after_as_of() -> None:
    assert to_date((None, 11, 26), AS_OF) == dt.date(2020, 11, 26)
    assert to_date((None, 12, 1), AS_OF) == dt.date(2019, 12, 1)
    assert to_date((None, 2, 29), AS_OF) == dt.date(2020, 2, 29)
    assert to_date((None, 2, 29), dt.date(2021, 3, 1)) == dt.date(2020, 2, 29)


@pytest.mark.parametrize("url,ymd", [
    ("http://x.gov.cn/zcwj/2023-11-02/880.html", (2023, 11, 2)),   # a two-digit month, never month 1 day 1
    ("http://x.gov.cn/news/2019_12_31/5.htm", (2019, 12, 31)),
    ("http://x.gov.cn/art/2020/3/22/art_1_9.html", (2020, 3, 22)),
    ("http://x.gov.cn/c/202010/t20201005_7.html", (2020, 10, 5)),
])
def test_an_address_s_date_reads_two_digit_months_whole(url: str, ymd: tuple[int, int, int]) -> None:
    assert url_full_date(url) == ymd and year_from_url(url, ymd[1], ymd[2]) == ymd[0]


def test_relative_dates_count_back_from_as_of() -> None:
    assert to_date((0, 0, 0), AS_OF) == AS_OF
    assert to_date((0, 0, 3), AS_OF) == dt.date(2020, 11, 23)


def test_impossible_dates_are_none() -> None:
    assert to_date((2020, 2, 30), AS_OF) is None
    assert to_date((2020, 13, 1), AS_OF) is None


def test_labelled_publication_date_and_meta() -> None:
    assert find_publication_date("来源：市政府 发布时间：2020-10-08 浏览次数") == (2020, 10, 8)
    assert find_publication_date("发布日期：2020年11月2日") == (2020, 11, 2)
    assert parse_meta_date("2020-11-26 10:30:00") == (2020, 11, 26)
    assert parse_meta_date("20201126") == (2020, 11, 26)


@pytest.mark.parametrize("head", [
    "【字体：大 中 小】 发稿时间：2020-07-31 来源：县政府办",
    "录入时间:2020年7月31日 点击数：128",
    "信息来源：市教育局 上传时间 2020/07/31",
    "索引号：11370100/2020-00123 公开日期：2020-07-31 公开方式：主动公开",
])
def test_an_article_dated_by_any_publication_label(head: str) -> None:
    html = f"<html><head><title>关于做好秋季开学工作的通知</title></head><body><h1>关于做好秋季开学工作的通知</h1>" \
           f"<div class='info'>{head}</div><p>{'各学校：现将有关事项通知如下。' * 10}</p></body></html>"
    f = parse_page(html, "http://www.j.gov.cn/art/1.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2020, 7, 31)


def test_a_letter_page_is_dated_by_when_the_letter_came_in() -> None:
    # a 留言 board's detail page: the question and its reply in a <dl>, the only dates labelled 提问时间 and 回复时间
    html = ("<html><head><title>咨询详情</title></head><body><h2>咨询详情</h2><dl class='ly'><dt>留言主题：</dt>"
            "<dd>新生儿医保参保登记在哪里办理</dd><dt>提问时间：</dt><dd>2023年3月5日 09:12</dd><dt>留言内容：</dt>"
            "<dd>孩子刚出生，想了解医保参保登记需要哪些材料，可以在手机上办理吗？</dd><dt>回复时间：</dt>"
            "<dd>2023年3月9日</dd><dt>回复内容：</dt><dd>可通过医保公共服务平台线上办理。</dd></dl></body></html>")
    f = parse_page(html, "http://www.q.gov.cn/hd/show.aspx?id=77", None, "r", home=False)
    assert f.is_article and f.pubdate == (2023, 3, 5)
    # a letter page whose meta names its publication keeps that date: the letter's arrival is not when it went online
    meta = html.replace("<title>", "<meta name='PubDate' content='2023-03-10 08:00'><title>")
    assert parse_page(meta, "http://www.q.gov.cn/hd/show.aspx?id=77", None, "r", home=False).pubdate == (2023, 3, 10)


def test_a_list_dated_by_two_digit_years_has_dated_rows() -> None:
    rows = "".join(f"<tr><td><a href='/show.asp?id={i}'>第{i}期工作简报</a></td><td>({19 - i:02d}-0{i + 1}-1{i})</td></tr>"
                   for i in range(3))
    f = parse_page(f"<html><head><title>工作简报</title></head><body><table>{rows}</table></body></html>",
                   "http://www.x.gov.cn/list.asp", None, "r")
    assert [it.date for it in f.items] == [(2019, 1, 10), (2018, 2, 11), (2017, 3, 12)]


@pytest.mark.parametrize("text, expected", [
    ("2019年1-6月全县财政收支情况 2019年07月", None),      # a period (January to June), then a month: no date
    ("2020年3-4季度 发布：2020.12.01", (2020, 12, 1)),
    ("2018/1-3 统计月报", None),
])
def test_a_date_s_separators_agree(text: str, expected: tuple | None) -> None:
    assert find_date(text) == expected
    row = f"<html><body><ul class='tj'><li><a href='/tj/a1.html'>{text}</a></li><li><a href='/tj/a2.html'>{text}</a></li></ul></body></html>"
    facts = parse_page(row, "http://www.t.gov.cn/tj/", None, "r", 1, home=False)
    assert {it.date for it in facts.items} <= ({expected} if expected else set())


@pytest.mark.parametrize("text, expected", [
    ("09/28/2025", (2025, 9, 28)),                          # year last, month first (an English-locale server)
    ("更新 3/07/2024 4:05:11 PM", (2024, 3, 7)),               # … read either way: month first, as en-US prints it
    ("28/09/2025", (2025, 9, 28)),                          # a first number above 12 can only be a day
    ("Mon, 6 Jan 2025 08:00:00 GMT", (2025, 1, 6)),        # RFC 2822
    ("Posted March 3, 2024", (2024, 3, 3)),
    ("Sept. 30, 2024", (2024, 9, 30)),
    ("12 Market 2026", None),                               # a word starting like a month names none
    ("13/13/2025", (2025, 13, 13)),                         # (no month 13: `to_date` refuses it)
    ("第3/4期", None),
])
def test_dates_printed_year_last_or_with_english_month_names(text: str, expected: tuple | None) -> None:
    assert find_date(text) == expected
    assert expected is None or may_hold_date(text)


def _slash_list(days: list[str]) -> list[tuple | None]:
    rows = "".join(f"<tr><td><a href='/jb/show.php?id={i}'>第{40 - i}期农机安全简报</a></td><td>{d}</td></tr>"
                   for i, d in enumerate(days))
    f = parse_page(f"<html><head><title>简报</title></head><body><table>{rows}</table></body></html>",
                   "http://www.n.gov.cn/jb/", None, "r", 1, home=False)
    return [it.date for it in f.items]


def test_a_page_prints_its_year_last_dates_in_one_order() -> None:
    # a row that can only be day first (21/03) makes the rows reading either way day first too
    assert _slash_list(["21/03/2025", "04/03/2025", "02/01/2025"]) == [(2025, 3, 21), (2025, 3, 4), (2025, 1, 2)]
    # … and one that can only be month first leaves them month first
    assert _slash_list(["03/21/2025", "03/04/2025", "01/02/2025"]) == [(2025, 3, 21), (2025, 3, 4), (2025, 1, 2)]


def test_an_article_dated_in_chinese_numerals_or_year_last_after_its_label() -> None:
    for label, expected in (("更新日期：二〇二四年七月九日", (2024, 7, 9)), ("发布时间: 07/09/2024 09:12 AM", (2024, 7, 9))):
        html = (f"<html><head><title>关于做好秋粮收购工作的通知</title></head><body><h1>关于做好秋粮收购工作的通知</h1>"
                f"<div class='info'>{label}　来源：县粮食局</div><p>各乡镇：现将有关事项通知如下。</p></body></html>")
        f = parse_page(html, "http://www.n.gov.cn/tz/view.php?id=88", None, "r", home=False)
        assert f.is_article and f.pubdate == expected, label


def test_rows_printing_their_weekdays_are_dated_and_a_clock_is_not() -> None:
    rows = "".join(f"<p class='row'><a href='/dt/v{i}.jsp'>镇村两级开展冬季森林防火巡查第{i}次</a>"
                   f"<i>2025-03-1{i} 星期{'一二三'[i]} 08:30</i></p>" for i in range(3))
    clock = "<div class='bar'>2025-03-20 星期四 <a href='/wza/'>读屏</a> <a href='/map/'>导航</a></div>"
    f = parse_page(f"<html><head><title>动态</title></head><body>{clock}{rows}</body></html>",
                   "http://www.n.gov.cn/dt/", None, "r", 1, home=False)
    assert [it.date for it in f.items] == [(2025, 3, 10), (2025, 3, 11), (2025, 3, 12)]


def test_short_letter_subjects_in_rows_printing_their_weekdays_are_dated() -> None:
    """A mailbox's rows print each letter's day with its weekday; a subject shorter than a headline (水管漏水) in a
    row of its own is dated like the others, while a tool link beside the clock in a bar of links stays undated."""
    rows = "".join(f"<tr><td><a href='/xx/show.jsp?id={i}'>{t}</a></td><td>提交：2025年3月{i + 10}日 星期{'一二三'[i]}</td>"
                   f"</tr>" for i, t in enumerate(("水管漏水", "反映噪音扰民问题", "小区门口积水")))
    clock = "<div class='bar'><span>2025年3月20日 星期四</span><a href='/wza/'>读屏</a><a href='/ghb/'>关怀版</a></div>"
    f = parse_page(f"<html><head><title>书记信箱</title></head><body>{clock}<table>{rows}</table></body></html>",
                   "http://www.n.gov.cn/xx/", None, "r", 1, home=False)
    assert [(it.title, it.date) for it in f.items] == [
        ("水管漏水", (2025, 3, 10)), ("反映噪音扰民问题", (2025, 3, 11)), ("小区门口积水", (2025, 3, 12))]


def test_a_row_printing_both_its_dates_in_chinese_numerals_keeps_both() -> None:
    """A 规范性文件 list printing 印发日期 and 公开日期 in Chinese numerals, cell by cell: the row keeps both dates (the
    column stage dates it by the later one), as it would in digits; a period's end is still no date of the row."""
    row = ("<tr><td><a href='/gfxwj/2025/0612/12.html'>某市关于印发城市更新实施办法的通知</a></td>"
           "<td>二〇二五年六月九日</td><td>二〇二五年六月十二日</td></tr>")
    f = parse_page("<html><head><title>规范性文件</title></head><body><table><tr><th>标题</th><th>印发日期</th>"
                   f"<th>公开日期</th></tr>{row}</table></body></html>", "http://www.n.gov.cn/gfxwj/", None, "r", 1,
                   home=False)
    assert [(it.date, it.dates) for it in f.items] == [((2025, 6, 9), [(2025, 6, 9), (2025, 6, 12)])]
    assert find_full_dates("公示期：二〇二五年六月九日至二〇二五年七月八日") == [(2025, 6, 9)]
