"""Lists that print their dates by group, read as a visitor reads them: a row printing only a day under a year and
month, a time under 今天/昨天, a weekday under 本周/上周; a letter's row printing two month-day dates (sent, answered);
a calendar's month switcher, which names months, no day; and a 信箱's 写信 button, no letter. Pages are hand-written
in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import find_date, to_date
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2025, 6, 12)   # a Thursday
FOOTER = "<div class='ft'>主办单位：临泉区人民政府办公室 网站标识码：4113000007 豫ICP备09031122号</div>"


def page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='menu'><a href='/'>首页</a><a href='/gzdt/'>工作动态</a><a href='/hd/qzxx/'>区长信箱</a>"
            f"<a href='/hdyg/'>活动预告</a></div>{body}{FOOTER}</body></html>")


def _columns(tmp_path: Path, path: str, body: str) -> dict[str, dict]:
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("临泉区人民政府", "<ul class='xw'><li><a href='/gzdt/2025/0611/88.html'>区政府召开防汛工作会议</a>"
                                  "<em>2025-06-11</em></li></ul>"), depth=0)
    b.page(SEED + path, page(f"{path}-临泉区人民政府", body))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {c["url"]: c for c in report["columns"]}


def test_a_month_switcher_names_months_no_day() -> None:
    # ‹ 5月 2025年6月 7月 ›: the year and month shown, then the next month's link — no 2025-06-07
    assert find_date("‹ 5月 2025年6月 7月 ›") is None
    assert find_date("2025年6月 7日") == (2025, 6, 7)
    html = page("活动预告", "<p class='pick'><a href='/hdyg/?ym=2025-05'>‹ 5月</a> 2025年6月 "
                        "<a href='/hdyg/?ym=2025-07'>7月 ›</a></p><table class='cal'><tr><td>20</td></tr></table>"
                        "<p>6月20日 区图书馆暑期少儿阅读营开营</p>")
    assert parse_page(html, SEED + "hdyg/", None, "r", home=False).items == []


def test_rows_printing_a_day_under_a_year_and_month_heading() -> None:
    # <p> rows, each with its day in an <i> after the title, under a <p> saying the year and month
    html = page("工作动态", "<div class='lb'><p class='m'>2025年6月</p>"
                        "<p class='r'><a href='/gzdt/a/91.html'>区人大常委会视察城区排涝设施建设</a> <i>9日</i></p>"
                        "<p class='r'><a href='/gzdt/a/87.html'>全区夏粮收购工作有序推进</a> <i>3日</i></p>"
                        "<p class='m'>2025年5月</p>"
                        "<p class='r'><a href='/gzdt/a/80.html'>临泉区举办第三届农民丰收节筹备会</a> <i>27日</i></p></div>")
    f = parse_page(html, SEED + "gzdt/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2025, 6, 9), (2025, 6, 3), (2025, 5, 27)]


def test_rows_printing_a_time_or_a_weekday_under_relative_headings() -> None:
    # a table per group under a <div> heading: times under 今天 and 昨天, weekdays under 本周 and 上周
    def group(head: str, rows: list[tuple[str, str, str]]) -> str:
        return f"<div class='gh'>{head}</div><table>" + "".join(
            f"<tr><td><a href='/gzdt/{u}.html'>{t}</a></td><td>{w}</td></tr>" for u, t, w in rows) + "</table>"
    html = page("工作动态", group("今天", [("101", "区委理论学习中心组召开专题学习会", "08:30")])
                + group("昨天", [("99", "临泉区开展防溺水安全宣传进校园活动", "17:15")])
                + group("本周", [("97", "区政务服务中心推行周末不打烊服务", "星期二")])
                + group("上周", [("94", "全区重点项目观摩拉练活动举行", "星期五")]))
    f = parse_page(html, SEED + "gzdt/", None, "r", home=False)
    assert [to_date(it.date, AS_OF) for it in f.items if it.date is not None] == [
        dt.date(2025, 6, 12), dt.date(2025, 6, 11), dt.date(2025, 6, 10), dt.date(2025, 6, 6)]


def test_a_letter_row_printing_two_month_day_dates_dates_the_list_by_its_answer(tmp_path: Path) -> None:
    # a 信箱 of <dl> letters printing 提问 and 答复 as month-day dates; the answer is the list's last touch, and the
    # 写信 button above the letters is no letter
    rows = "".join(f"<dl><dt><a href='/hd/qzxx/{n}.html'>{t}</a></dt><dd>提问 {q}，答复 {r}</dd></dl>"
                   for n, t, q, r in (("311", "东关菜市场周边占道经营问题", "06-02", "06-10"),
                                      ("305", "咨询城乡居民医保缴费时间", "05-20", "05-22"),
                                      ("298", "建议增设公交站台遮阳棚", "05-06", "05-13")))
    cols = _columns(tmp_path, "hd/qzxx/", f"<div class='xx'><h3>区长信箱</h3><a href='/hd/qzxx/xx.html'>写信</a>"
                                          f"{rows}</div>")
    col = cols[SEED + "hd/qzxx/"]
    assert col["items"] == 3
    assert col["last_update"] == "2025-06-10"
