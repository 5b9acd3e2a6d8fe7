"""Dates a page or a row prints that cannot stand as printed — a CMS's default for a date nobody set, a day no calendar
has, a mistyped year, a day after the as-of date — are settled by the address, the sign-off or the day the text names;
where nothing settles them they date nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.column_entries import item_date
from govweb.checks.columns import ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.page import parse_page
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.shuangfeng-qu.gov.cn/"
AS_OF = dt.date(2024, 6, 3)
FOOT = "<div id='copy'>双峰区人民政府主办　网站标识码：5301990003　滇ICP备12003456号</div>"


def _doc(title: str, info: str, body: str = "<p>现将有关事项通知如下。</p>") -> str:
    return (f"<html><head><title>{title}-双峰区</title></head><body><div class='pos'>位置：<a href='/'>首页</a></div>"
            f"<div class='detail'><h2>{title}</h2><div class='attr'>{info}</div>{body}</div>{FOOT}</body></html>")


def _pubdate(html: str, url: str) -> tuple[int | None, int, int] | None:
    return parse_page(html, url, None, "r", home=False).pubdate


def test_an_unset_or_impossible_date_is_the_addresss_day() -> None:
    epoch = _doc("双峰区关于做好汛期安全防范工作的通知", "发表时间：1970-01-01 08:00 信息来源：区应急局")
    assert _pubdate(epoch, SEED + "xwzx/2024/0517/88.html") == (2024, 5, 17)
    no_day = _doc("双峰区关于做好汛期安全防范工作的通知", "发表时间：2024-04-31 信息来源：区应急局")
    assert _pubdate(no_day, SEED + "xwzx/2024/0428/77.html") == (2024, 4, 28)


def test_a_mistyped_year_under_a_dated_address_is_the_addresss() -> None:
    typo = _doc("双峰区召开农村供水保障推进会", "发表时间：2014-05-17 信息来源：区水务局")
    assert _pubdate(typo, SEED + "xwzx/2024/0517/91.html") == (2024, 5, 17)
    # (an address of another day says nothing of the printed one)
    assert _pubdate(typo, SEED + "xwzx/2024/0520/91.html") == (2014, 5, 17)


def test_an_unset_date_with_no_dated_address_takes_the_sign_off_else_none() -> None:
    signed = _doc("双峰区关于开展农村危房排查的通知", "发表时间：1900-01-01 信息来源：区住建局",
                  "<p>请各镇于月底前报送排查结果。</p><p class='r'>双峰区住房和城乡建设局<br>二〇二四年五月九日</p>")
    assert _pubdate(signed, SEED + "show.php?id=4021") == (2024, 5, 9)
    unsigned = _doc("双峰区关于开展农村危房排查的通知", "发表时间：1900-01-01 信息来源：区住建局")
    assert _pubdate(unsigned, SEED + "show.php?id=4021") is None


def _site(tmp_path: Path) -> SiteContext:
    b = SnapshotBuilder(SEED)
    rows = [("tz/show.php?id=501", "关于召开防汛工作调度会的通知", "2024-06-20"),        # the meeting's day as 发表时间
            ("dt/show.php?id=498", "和平镇开展端午节前安全检查", "2042-05-28"),           # 2042 for 2024
            ("dt/show.php?id=470", "区文旅局举办非遗展演", "2025-01-06"),               # next year: may be scheduled
            ("dt/show.php?id=455", "区卫健局开展义诊活动", "2024-02-20")]
    lis = "".join(f"<li><a href='/{u}'>{t}</a><em>{d}</em></li>" for u, t, d in rows)
    b.page(SEED, f"<html><head><title>双峰区人民政府</title></head><body><ul class='news'>{lis}</ul>{FOOT}</body></html>",
           depth=0)
    b.page(SEED + "dt/", f"<html><head><title>部门动态-双峰区</title></head><body><ul class='list'>{lis}</ul>"
                         f"{FOOT}</body></html>")
    b.page(SEED + rows[0][0], _doc(rows[0][1], "发表时间：2024-06-20 信息来源：区防汛办",
                                   "<p>定于6月20日召开调度会。</p><p>双峰区防汛抗旱指挥部办公室</p><p>2024年5月30日</p>"))
    b.page(SEED + rows[1][0], _doc(rows[1][1], "发表时间：2042-05-28 信息来源：和平镇",
                                   "<p>5月28日，和平镇组织开展节前安全检查。</p>"))
    b.page(SEED + rows[2][0], _doc(rows[2][1], "发表时间：2025-01-06 信息来源：区文旅局",
                                   "<p>1月6日，区文旅局将在文化广场举办非遗展演。</p>"))
    return SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)


def test_a_date_after_as_of_is_settled_by_the_sign_off_or_the_day_the_text_names(tmp_path: Path) -> None:
    ctx = _site(tmp_path)
    assert ctx.pages[SEED + "tz/show.php?id=501"].pubdate == (2024, 5, 30)   # signed before the meeting
    assert ctx.pages[SEED + "dt/show.php?id=498"].pubdate == (2024, 5, 28)   # a year no CMS schedules: mistyped
    assert ctx.pages[SEED + "dt/show.php?id=470"].pubdate == (2025, 1, 6)    # next year's day: left as printed
    # the column's newest row is the settled one: fresh, not dated by the February row below it
    (col,) = [c for c in ctx_columns(ctx) if c.url == SEED + "dt/"]
    assert col.last_update == "2024-05-30"


def test_a_rows_unusable_or_mistyped_date_is_its_addresss_day(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    rows = [("gg/2024/0529/120.html", "双峰区2024年高考交通管制公告", "2024-13-29"),
            ("gg/2024/0527/118.html", "双峰区公共租赁住房分配结果公示", "1900-01-01"),
            ("gg/2024/0525/117.html", "关于调整城区公交线路的公告", "2014-05-25"),
            ("gg/2024/0215/96.html", "双峰区春节期间烟花爆竹燃放公告", "2024-02-15"),
            ("gg/2024/0110/80.html", "双峰区2023年度冬季征兵公告", "2023-01-10")]
    lis = "".join(f"<li><span>{d}</span><a href='/{u}'>{t}</a></li>" for u, t, d in rows)
    b.page(SEED, f"<html><head><title>双峰区人民政府</title></head><body><ul>{lis}</ul>{FOOT}</body></html>", depth=0)
    b.page(SEED + "gg/", f"<html><head><title>公告公示-双峰区</title></head><body><ul class='list'>{lis}</ul>"
                         f"{FOOT}</body></html>")
    ctx = SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)
    (col,) = [c for c in ctx_columns(ctx) if c.url == SEED + "gg/"]
    assert col.last_update == "2024-05-29"
    # a year the list's order does not give away (the last row, older than the one above it) stays as printed
    assert item_date(ctx, (2023, 1, 10), SEED + "gg/2024/0110/80.html", SEED + "gg/") == dt.date(2023, 1, 10)
    assert item_date(ctx, (2014, 5, 25), SEED + "gg/2024/0525/117.html", SEED + "gg/") == dt.date(2024, 5, 25)
