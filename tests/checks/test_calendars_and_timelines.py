"""Lists a visitor reads off a month calendar or a timeline instead of a dated list: a calendar's titles under their
day numbers, dated by the month its caption (or the bar above it) names; a 大事记's events printed with no link under
their years' headings; and an agenda laid out as a calendar (领导日程) whose rows report events, the leaders' news.
Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hs.gov.cn/"
AS_OF = dt.date(2025, 6, 20)
FOOTER = "<div class='copy'>主办单位：禾沙区人民政府办公室 网站标识码：3707020011 鲁ICP备08012345号</div>"


def page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='topnav'><a href='/'>首页</a><a href='/xwzx/'>新闻中心</a><a href='/hdjl/'>互动交流</a></div>"
            f"{body}{FOOTER}</body></html>")


def _calendar(bar: str, days: dict[int, list[tuple[str, str]]], last: int = 30) -> str:
    """A month laid out as rows of seven cells, each opening with its day as `<b>12</b>`, its titles below."""
    cells = [""] * 6 + [f"<b>{d}</b>" + "".join(f"<p><a href='{u}'>{t}</a></p>" for u, t in days.get(d, []))
                        for d in range(1, last + 1)]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return f"{bar}<table class='rili' border='1'>{rows}</table>"


DAYS = {4: [("/ldrc/a/5101.shtml", "区长孙立平到禾沙经济开发区调研企业复工")],
        11: [("/ldrc/a/5117.shtml", "区委书记钱志远出席全区安全生产工作会议")],
        17: [("/ldrc/a/5130.shtml", "副区长吴芳走访慰问困难群众"), ("/ldrc/a/5131.shtml", "区长孙立平主持召开区政府常务会议")]}


def test_a_month_calendars_titles_are_of_the_days_they_stand_under() -> None:
    # the year and month in a bar above the table between its switchers, no caption; days 1–30 from the 7th cell
    bar = "<div class='yuefen'><a href='?ym=2025-05'>«</a> 2025年6月 <a href='?ym=2025-07'>»</a></div>"
    f = parse_page(page("领导日程", _calendar(bar, DAYS)), SEED + "ldrc/", None, "r", home=False)
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in f.items] == [
        ("5101.shtml", (2025, 6, 4)), ("5117.shtml", (2025, 6, 11)),
        ("5130.shtml", (2025, 6, 17)), ("5131.shtml", (2025, 6, 17))]


def test_no_calendar_without_a_month_named_or_a_months_days() -> None:
    # a table of a few numbered cells is no month; a bar naming a full day is no calendar's month either
    bar = "<div class='yuefen'>2025年6月</div>"
    few = "<table><tr><td><b>1</b><p><a href='/x/1.shtml'>区长孙立平到禾沙经济开发区调研企业复工</a></p></td>" \
          "<td><b>2</b><p><a href='/x/2.shtml'>区委书记钱志远出席全区安全生产工作会议</a></p></td></tr></table>"
    assert [i.date for i in parse_page(page("x", bar + few), SEED + "x/", None, "r", home=False).items] == []
    dated_bar = "<div class='yuefen'>2025年6月18日</div>"
    f = parse_page(page("x", _calendar(dated_bar, DAYS)), SEED + "x/", None, "r", home=False)
    assert all(i.date != (2025, 6, 4) for i in f.items)


def _timeline(years: list[tuple[int, list[tuple[str, str]]]]) -> str:
    return "<div class='jishi'>" + "".join(
        f"<h4 class='nian'>{y}年</h4><table class='sj'>" + "".join(
            f"<tr><td class='r'>{md}</td><td>{what}</td></tr>" for md, what in rows) + "</table>"
        for y, rows in years) + "</div>"


def test_a_timelines_events_printed_without_links_are_its_rows() -> None:
    # 大事记 as tables under <h4> years, a year of two events among them: every event a row, of its heading's year
    html = page("禾沙大事记", _timeline([
        (2025, [("5月30日", "禾沙区至港城快速路全线贯通"), ("2月14日", "禾沙区获评省级文明城区")]),
        (2024, [("12月2日", "区档案馆新馆落成并对外开放"), ("7月19日", "禾沙湿地公园二期工程竣工")])]))
    f = parse_page(html, SEED + "hsdsj/", None, "r", home=False)
    assert [i.date for i in f.items] == [(2025, 5, 30), (2025, 2, 14), (2024, 12, 2), (2024, 7, 19)]
    assert all(i.printed for i in f.items)   # (a record to read: nothing to open)
    # a career printed oldest first under its years is no list of entries
    cv = page("简历", _timeline([(2008, [("9月1日", "任某某乡党委副书记、乡长")]),
                                  (2012, [("3月1日", "任某某镇党委书记（正科级）"), ("9月2日", "任区农业农村局局长")])]))
    assert parse_page(cv, SEED + "ld/", None, "r", home=False).items == []


def test_an_agenda_laid_out_as_a_calendar_reporting_events_is_the_leaders_news(tmp_path: Path) -> None:
    bar = "<div class='yuefen'><a href='?ym=2025-05'>«</a> 2025年6月 <a href='?ym=2025-07'>»</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("禾沙区人民政府", "<ul class='xw'><li><a href='/xwzx/2025/0619/77.shtml'>禾沙区召开防汛工作会议</a>"
                                   "<span>2025-06-19</span></li></ul><a href='/ldrc/'>领导日程</a>"), depth=0)
    b.page(SEED + "ldrc/", page("领导日程-禾沙区人民政府", "<div class='lanmu'>领导日程</div>" + _calendar(bar, DAYS)))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "ldrc/")
    assert (col["type"], col["last_update"]) == ("动态要闻", "2025-06-17")
