"""Which pages are columns, on shapes the sample families lack: a photo grid whose pictures name nothing while the
caption beside each dates it (in digits, or a month and day in Chinese numerals with the year on a line of its own),
a channel page of cards each named by its heading over a line describing it, and a list viewed year by year (the
menu fixed on last year's view): the current year's view names the column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import han_month_day
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.tangxi.gov.cn/"
AS_OF = dt.date(2024, 3, 20)
FOOTER = "<div class='bq'>主办：塘溪区人民政府办公室 电话：0577-5561234 网站标识码：3303990001</div>"
FRESH = "<ul class='yw'><li><a href='/xw/202403/t20240318_1.html'>区政府召开春季安全生产会议</a><em>2024-03-18</em></li></ul>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], menu: dict[str, str] | None = None) -> dict:
    """pages: path → (title, body); menu: path → name (default: every page under its title)."""
    menu = menu if menu is not None else {p: t for p, (t, _) in pages.items()}
    nav = "<div class='dh'>" + " ".join(f"<a href='/{p}'>{n}</a>" for p, n in menu.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>塘溪区人民政府</title></head><body>{nav}{FRESH}{FOOTER}</body></html>", depth=0)
    for path, (title, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{title}-塘溪区人民政府</title></head><body>{nav}"
                            f"<div class='nr'>{body}</div>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, dict]:
    return {c["url"]: c for c in report["columns"]}


def test_a_month_and_day_in_chinese_numerals() -> None:
    assert han_month_day("春耕现场（三月五日 摄）") == (None, 3, 5)
    assert han_month_day("十二月三十一日") == (None, 12, 31)
    assert han_month_day("二〇二四年三月五日") is None      # a full date (dates.HAN_DATE reads it)
    assert han_month_day("第十届运动会开幕") is None


def test_photo_captions_beside_nameless_pictures_date_the_grid(tmp_path: Path) -> None:
    # each photo a picture link without alt, its caption (with the day it was taken) and the year in spans beside it:
    # the captions date the rows, so the grid is a dated list — a stale one, its newest photo over 14 days old
    caps = [("2024/02/t20240226_31", "春耕备耕现场（二月二十六日 摄）"), ("2024/02/t20240219_30", "区领导检查节后复工（二月十九日 摄）"),
            ("2024/01/t20240130_29", "迎春文艺演出（一月三十日 摄）")]
    grid = "".join(f"<li class='ph'><a href='/tpxw/{u}.html'><img src='/tpxw/{i}.jpg'></a><span>{c}</span>"
                   f"<i>2024年</i></li>" for i, (u, c) in enumerate(caps))
    report = _site(tmp_path, {"tpxw/": ("图片新闻", f"<ul class='photos'>{grid}</ul>")})
    col = _columns(report)[SEED + "tpxw/"]
    assert col["items"] == 3 and col["last_update"] == "2024-02-26"
    assert any(f["check"] == "stale-column" and f["url"] == SEED + "tpxw/" for f in report["findings"])


def test_a_dated_caption_beside_a_nameless_picture_is_its_row() -> None:
    # captions dated in digits under pictures that name nothing: rows; undated captions stay undated tiles
    dated = "".join(f"<div class='it'><a href='/sp/{i}.html'><img src='/sp/{i}.png' alt=''></a><p>塘溪区第{i}期短视频展播"
                    f"</p><p>2024-03-0{i}</p></div>" for i in range(1, 4))
    facts = parse_page(f"<html><body><div class='grid'>{dated}</div></body></html>", SEED + "sp/", None, "r1")
    assert [it.date for it in facts.items] == [(2024, 3, 1), (2024, 3, 2), (2024, 3, 3)]
    assert not facts.tiles
    undated = dated.replace("<p>2024-03-0", "<p>第").replace("</p></div>", "集</p></div>")
    facts = parse_page(f"<html><body><div class='grid'>{undated}</div></body></html>", SEED + "sp/", None, "r2")
    assert not facts.items and len(facts.tiles) == 3


def test_cards_named_by_their_headings_make_a_channel_page_no_column(tmp_path: Path) -> None:
    # 互动交流 shows two cards, each a link holding its heading and a line describing it, to pages of its own section:
    # a channel page leading on (no column, never a blank one), whatever the lines say
    cards = ("<div class='kp'><a href='/gzcy/sjxx/'><h3>书记信箱</h3><span>向区委书记反映问题、提出建议</span></a>"
             "<a href='/gzcy/yjzj/'><h3>意见征集</h3><span>参与政策文件草案的意见征集</span></a></div>")
    report = _site(tmp_path, {"gzcy/": ("互动交流", cards)})
    assert SEED + "gzcy/" not in _columns(report)
    assert not any(f["check"] == "empty-column" for f in report["findings"])


def test_the_current_years_view_names_a_list_viewed_by_year(tmp_path: Path) -> None:
    # the menu opens last year's view of 规范性文件; its year tabs (2024 | 2023) open each year's: one column, named
    # by this year's view, its rows all the views'
    def view(rows: list[tuple[str, str]]) -> str:
        tabs = "<ul class='nf'><li><a href='/gfxwj/list.jsp?nf=2024'>2024</a></li><li><a href='/gfxwj/list.jsp?nf=2023'>2023</a></li></ul>"
        return tabs + "<table>" + "".join(f"<tr><td><a href='/gfxwj/{d[:4]}/{d}.html'>{t}</a></td><td>{d}</td></tr>"
                                          for t, d in rows) + "</table>"
    last = view([("塘溪区人民政府关于印发城区停车管理办法的通知", "2023-11-02"),
                 ("塘溪区人民政府关于印发区级储备粮管理办法的通知", "2023-06-15")])
    this = view([("塘溪区人民政府关于印发农村建房管理规定的通知", "2024-02-28")])
    report = _site(tmp_path, {"gfxwj/list.jsp?nf=2023": ("规范性文件", last), "gfxwj/list.jsp?nf=2024": ("规范性文件", this)},
                   menu={"gfxwj/list.jsp?nf=2023": "规范性文件"})
    cols = _columns(report)
    assert SEED + "gfxwj/list.jsp?nf=2023" not in cols
    col = cols[SEED + "gfxwj/list.jsp?nf=2024"]
    assert col["items"] == 3 and col["shown"] == 1 and col["last_update"] == "2024-02-28"
