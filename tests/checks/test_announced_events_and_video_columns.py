"""A video column behind an announcement of a broadcast to come: the homepage's announcement links the column under
the broadcast's name (…直播) and a booking button, which name the event, not the page; the column's own announcement
row (a booking button and the broadcast's day) is no entry; its undated cards are. A first-level column named for a
medium and the site's own place is the place's news in that medium (动态要闻). A live-interview room stays a function
page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.songjian.gov.cn/"
AS_OF = dt.date(2025, 3, 20)
FOOTER = "<div class='foot'>主办：松涧镇人民政府 电话：0591-7712345 网站标识码：3501990003</div>"
FRESH = "<table class='news'><tr><td><a href='/zxdt/202503/t20250318_8.html'>松涧镇部署春季森林防火工作</a></td>" \
        "<td>2025-03-18</td></tr></table>"
# the homepage's announcement: the broadcast's name and a booking link, both opening the video column
ANNOUNCED = ("<p class='notice'><b>即将开播</b>：<a href='/wsp/'>松涧茶叶采摘技术讲座在线直播</a>（3月28日 14:30）"
             "<a href='/wsp/'>点此预约</a></p>")
VIDEOS = ("茶农的一天", "古村落修缮纪实", "松涧镇志愿者服务队风采", "春茶开采第一天")
# video cards: a thumbnail and a title, a duration and a play count, no date
CARDS = "".join(f"<div class='card'><a href='/wsp/202503/t2025031{i}_5{i}.html'><img src='/wsp/p{i}.png' alt=''>"
                f"<h5>{t}</h5></a><small>0{i}:1{i} · 播放 {i}.2万</small></div>" for i, t in enumerate(VIDEOS, start=1))
# the column's own announcement row: a button that only runs a script, beside the broadcast's day
OWN_NOTICE = ("<div class='booking'>即将开播 松涧茶叶采摘技术讲座 3月28日 14:30 "
              "<a href='javascript:;' onclick='book(12)'>预约观看</a></div>")
LIVE_ROOM = "<div class='room'><video src='/zb/live.m3u8'></video><p>嘉宾正在与网友在线交流，欢迎提问。</p></div>"


def _site(tmp_path: Path, column: str) -> dict:
    menu = {"zxdt/": "最新动态", "wsp/": column, "zxft/": "在线访谈"}
    nav = "<ul class='menu'>" + "".join(f"<li><a href='/{p}'>{n}</a></li>" for p, n in menu.items()) + "</ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>松涧镇人民政府</title></head><body>{nav}{ANNOUNCED}{FRESH}{FOOTER}</body></html>",
           depth=0)
    rows = "".join(f"<li><a href='/zxdt/202503/t202503{d:02d}_{d}.html'>松涧镇第{d}次工作例会</a><span>2025-03-{d:02d}"
                   "</span></li>" for d in (18, 11, 4))
    for path, title, body in (("zxdt/", "最新动态", f"<ul>{rows}</ul>"), ("wsp/", column, f"{OWN_NOTICE}<section class='grid'>{CARDS}</section>"),
                              ("zxft/", "在线访谈", LIVE_ROOM)):
        b.page(SEED + path, f"<html><head><title>{title}_松涧镇人民政府</title></head><body>{nav}{body}{FOOTER}"
                            "</body></html>")
    for i, title in enumerate(VIDEOS, start=1):   # each video's page, dated by its 发布日期
        b.page(SEED + f"wsp/202503/t2025031{i}_5{i}.html", f"<html><head><title>{title}_松涧镇人民政府</title></head>"
               f"<body>{nav}<h1>{title}</h1><video src='/wsp/v{i}.mp4'></video><p>发布日期：2025-03-1{i}</p>{FOOTER}"
               "</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_announced_broadcast_names_no_page_and_its_booking_row_is_no_entry(tmp_path: Path) -> None:
    report = _site(tmp_path, "影像松涧")
    cols = {c["url"]: c for c in report["columns"]}
    col = cols[SEED + "wsp/"]   # not a function page for the 直播 and 预约 the announcement links it by
    assert col["items"] == 4   # the four cards, not the booking button dated by the broadcast's day
    assert col["type"] == "动态要闻"   # 影像 + the site's own place: the town's news in videos
    # the live-interview room the menu links, no dated item on it: a function page, never a (blank) column
    assert SEED + "zxft/" not in cols
    assert not any(f["check"] == "empty-column" for f in report["findings"])


def test_a_medium_and_another_place_types_nothing(tmp_path: Path) -> None:
    col = next(c for c in _site(tmp_path, "影像长河")["columns"] if c["url"] == SEED + "wsp/")
    assert col["type"] == "其他"


def test_a_button_to_a_form_beside_a_preview_is_no_entry(tmp_path: Path) -> None:
    """An interview archive whose sidebar previews the next programme and links a form to send questions (报名参加,
    a button's few characters opening a page, not a script): the button, dated by the programme's day, is no entry of
    the list; the headline of the past programmes are."""
    past = "".join(f"<li><a href='/zxft/202503/t202503{d:02d}_{d}.html'>松涧镇第{d}期民生访谈实录</a>"
                   f"<span>2025-03-{d:02d}</span></li>" for d in (12, 5))
    side = ("<aside class='next'><h6>本期预告</h6><span>春耕备耕补贴政策</span><span>2025年3月26日 10:00</span>"
            "<a href='/zxft/form.jsp?pid=9'>报名参加</a></aside>")
    nav = "<ul class='menu'><li><a href='/zxft/'>民生访谈</a></li></ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>松涧镇人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "zxft/", f"<html><head><title>民生访谈_松涧镇人民政府</title></head><body>{nav}{side}"
                           f"<ul class='wq'>{past}</ul>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "zxft/")
    assert (col["items"], col["last_update"]) == (2, "2025-03-12")
