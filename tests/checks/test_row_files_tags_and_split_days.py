"""List rows read as a visitor reads them, on pages unlike the blind sites that showed each rule: a row's attachment
named as a file but served by a download script is part of its row; a row's bracketed tag linking the column names
the row's kind, not the column's type; a date whose month or day a pasted document prints in two pieces is one date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.dates import joined_split_numbers
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qingshi.gov.cn/"
AS_OF = dt.date(2024, 4, 2)


def test_a_rows_attachment_named_as_a_file_behind_a_download_script_is_part_of_its_row() -> None:
    """Each `li` links its notice and, after 附件：, one or two files whose address is a download script's
    (`getfile.aspx?fid=…`) but whose names end in .docx, .xls, .pdf: four rows, the files no rows of their own."""
    files = {1: ["报名登记表（2024年版）.docx"], 2: ["第一批拟补助人员花名册.xls", "补助资金分配测算说明.pdf"], 3: [], 4: []}
    rows = "".join(
        f"<li><a href='/zwgk/tzgg/2024/03/{i:02d}/{100 + i}.shtml'>青石乡2024年第{i}批惠民补助事项通知</a>"
        + ("<span class='fj'>附件：" + "、".join(f"<a href='/common/getfile.aspx?fid={90 + i}{k}'>{n}</a>"
                                              for k, n in enumerate(names)) + "</span>" if names else "")
        + f"<i>2024-03-{30 - i:02d}</i></li>" for i, names in files.items())
    html = (f"<html><head><title>通知公告 - 青石乡人民政府</title></head><body><div class='lm'>通知公告</div>"
            f"<ul class='newslist'>{rows}</ul></body></html>")
    f = parse_page(html, SEED + "zwgk/tzgg/", None, "r", home=False)
    assert [it.title for it in f.items] == [f"青石乡2024年第{i}批惠民补助事项通知" for i in files]
    assert [len(it.buttons) for it in f.items] == [1, 2, 0, 0]


def _site(tmp_path: Path, home_rows: str, column_body: str) -> dict:
    nav = ("<div class='menu'><a href='/'>网站首页</a> <a href='/xwzx/'>新闻中心</a> <a href='/lysp/'>林业审批</a>"
           "</div>")
    foot = "<div class='copyright'>主办：青石县林业局 网站标识码：4108260013</div>"
    news = "".join(f"<li><a href='/xwzx/2024/03{d:02d}/{d}.html'>县林业局召开第{d}次局务会议</a><span>2024-03-{d:02d}</span></li>"
                   for d in (25, 28))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青石县林业局</title></head><body>{nav}<ul>{news}</ul><ul>{home_rows}</ul>"
                 f"{foot}</body></html>", depth=0)
    b.page(SEED + "xwzx/", f"<html><head><title>新闻中心_青石县林业局</title></head><body>{nav}<ul>{news}</ul>"
                           f"{foot}</body></html>")
    b.page(SEED + "lysp/", f"<html><head><title>林业审批_青石县林业局</title></head><body>{nav}{column_body}"
                           f"{foot}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_rows_bracketed_tag_linking_the_column_does_not_type_it(tmp_path: Path) -> None:
    """The homepage's 林业审批 rows open with a tag linking the column (【许可决定公告】, 【受理公示】): the kind of each
    row's matter, not what the column is — a name carrying no type word stays 其他."""
    matters = [("许可决定公告", "青石国有林场林木采伐许可", "2024-03-27"), ("受理公示", "城关镇林地占用申请", "2024-03-20"),
               ("不予许可公告", "北山村林木经营许可", "2024-03-12")]
    home = "".join(f"<li><a href='/lysp/' class='tag'>【{k}】</a><a href='/lysp/{i}.html'>{t}</a><span>{d[5:]}</span>"
                   f"</li>" for i, (k, t, d) in enumerate(matters))
    body = "<ul class='list'>" + "".join(f"<li><a href='/lysp/{i}.html'>{t}</a><span>{d}</span></li>"
                                         for i, (_, t, d) in enumerate(matters)) + "</ul>"
    report = _site(tmp_path, home, body)
    assert {c["url"]: (c["name"], c["type"]) for c in report["columns"]}[SEED + "lysp/"] == ("林业审批", "其他")


@pytest.mark.parametrize("text,expected", [
    ("2024 年 3 月 1 9 日", "2024 年 3 月 19 日"),     # the day in two pieces
    ("2024 年 1 2 月 0 5 日", "2024 年 12 月 05 日"),   # month and day
    ("2024年3月19日", "2024年3月19日"),                 # nothing split
    ("共 1 2 条", "共 1 2 条"),                         # no date
])
def test_a_dates_month_or_day_in_two_pieces_is_one_number(text: str, expected: str) -> None:
    assert joined_split_numbers(text) == expected


def test_a_rows_day_split_over_two_elements_dates_the_row() -> None:
    """A list pasted from a word processor prints each row's date in runs of `<font>`: 2024年3月1|9日 is the 19th."""
    runs = {"关于春季造林苗木调拨的通知": ("3", "1", "9"), "关于开展松材线虫病普查的通知": ("3", "0", "8")}
    rows = "".join(f"<div class='row'><a href='/lysp/{i}.html'><font face='仿宋'>{t}</font></a><div class='rq'>"
                   f"<font>2024</font><font>年</font><font>{m}</font><font>月</font><font>{d1}</font><font>{d2}</font>"
                   f"<font>日</font></div></div>" for i, (t, (m, d1, d2)) in enumerate(runs.items()))
    html = f"<html><head><title>通知公告</title></head><body><div class='box'>{rows}</div></body></html>"
    f = parse_page(html, SEED + "tzgg/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2024, 3, 19), (2024, 3, 8)]
