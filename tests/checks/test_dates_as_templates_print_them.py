"""Dates as some templates print them: a message board's labels with dates year last (提问时间：5/4/2021 3:12:09 PM),
an article's label with a two-digit year first (发布时间：21-03-05), and a plug-in's list printing day first what
reads either way, settled by the months its rows report on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<p class='foot'>主办单位：某县人民政府办公室 网站标识码：4301000003 湘ICP备07054321号</p>"


def test_a_board_printing_its_dates_year_last_is_judged(tmp_path: Path) -> None:
    """A 问政 board printing each question whole, dated year last as an en-US server prints them: the question
    answered 104 days after it was asked is late; the others, answered in days, are not."""
    def question(subject: str, asked: str, answered: str) -> str:
        return (f"<div class='q'><b>{subject}</b><span>提问时间：{asked}</span>"
                f"<div class='a'>答复内容：感谢您的关注，已交县教育局核实处理。<em>答复时间：{answered}</em></div></div>")
    board = ("<h2>县长问政</h2>" + question("城东菜市场何时改造", "6/1/2021 9:14:02 AM", "6/8/2021 4:30:00 PM")
             + question("咨询新生入学报名时间", "5/4/2021 3:12:09 PM", "5/10/2021 10:01:44 AM")
             + question("乡村公路路灯损坏", "1/20/2021 8:05:31 PM", "5/4/2021 11:20:00 AM"))
    nav = "<div class='nav'><a href='/'>首页</a><a href='/wz/'>县长问政</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}<ul class='news'><li><a href="
                 f"'/xw/202106/t20210629_1.html'>县政府召开常务会议</a><span>2021-06-29</span></li></ul>{FOOTER}"
                 f"</body></html>", depth=0)
    b.page(SEED + "wz/", f"<html><head><title>县长问政-某县人民政府</title></head><body>{nav}{board}{FOOTER}"
                         f"</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    late = [(f["submitted"], f["replied"]) for f in report["findings"] if f["check"] == "unanswered-message"]
    assert late == [("2021-01-20", "2021-05-04")]


def test_an_article_labelled_with_a_two_digit_year_first_is_dated() -> None:
    html = ("<html><head><title>关于开展春季植树活动的通知</title></head><body><div class='t'>关于开展春季植树活动的通知</div>"
            "<div class='i'>发布时间：21-03-05　浏览：88次</div><div class='c'><p>各村委会：为改善人居环境，现就有关事项通知如下。</p>"
            "</div></body></html>")
    f = parse_page(html, "http://www.lq.gov.cn/news/show.asp?id=512", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 3, 5)


def _report_list(titles: list[str], days: list[str]) -> list[tuple | None]:
    rows = "".join(f"<li><a href='/tj/show.aspx?id={90 - i}'>{t}</a><span class='d'>{d}</span></li>"
                   for i, (t, d) in enumerate(zip(titles, days, strict=True)))
    f = parse_page(f"<html><head><title>统计信息</title></head><body><ul class='list'>{rows}</ul></body></html>",
                   "http://www.lq.gov.cn/tj/", None, "r", 1, home=False)
    return [it.date for it in f.items]


def test_rows_reporting_on_named_months_settle_a_list_read_either_way_day_first() -> None:
    days = ["03/10/2020", "05/09/2020", "04/08/2020"]
    # a month's report on 10 March for September, read month first, cannot be: day first, 3 October, 5 September …
    assert _report_list(["2020年9月经济运行简况", "2020年8月经济运行简况", "2020年7月经济运行简况"], days) == [
        (2020, 10, 3), (2020, 9, 5), (2020, 8, 4)]
    # … while titles naming no month leave the rows month first, as an English-locale server prints them
    assert _report_list(["第9期统计简报", "第8期统计简报", "第7期统计简报"], days) == [
        (2020, 3, 10), (2020, 5, 9), (2020, 4, 8)]


def test_a_letters_page_prints_its_two_dates_in_one_order() -> None:
    """One letter's page: sent 02/05/2021 and answered 19/05/2021 — the answer can only be day first, so the letter
    came on 2 May (17 days), not on 5 February (103 days)."""
    html = ("<html><head><title>信件详情</title></head><body><table class='xj'><tr><td>信件标题：反映小区停车难</td></tr>"
            "<tr><td>写信时间：02/05/2021</td></tr><tr><td>回复内容：已协调物业增设车位。</td></tr>"
            "<tr><td>回复日期：19/05/2021</td></tr></table></body></html>")
    f = parse_page(html, "http://www.lq.gov.cn/xx/detail.php?id=31", None, "r", home=False)
    assert f.message is not None and (f.message.submitted, f.message.replied) == ((2021, 5, 2), (2021, 5, 19))
