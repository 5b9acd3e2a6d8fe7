"""A layout table's row framing a box of dated headlines beside the site's channel tiles: the tiles are no rows of
that box, so a township's 镇长信箱 kept on the county portal's shared mailbox is its 互动交流 entry; a channel named
only by a link read inside a dated row is not measured, never vetoed; the deputies' proposals (人大代表建议) are no
message channel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.column_names import type_of
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.shuiqiao.gov.cn/"
COUNTY = "http://www.hengshan.gov.cn/"
MAILBOX = COUNTY + "zmhd/xzxx/write.jsp?org=shuiqiao"
AS_OF = dt.date(2025, 6, 20)
FOOT = ("<div class='bottom'>主办：横山县水桥镇人民政府 电话：0731-5560123 网站标识码：4312990014 "
        "湘ICP备14000021号 湘公网安备43129902000014号</div>")
NEWS = [("/zwdt/2025/0618/301.htm", "水桥镇开展汛期地质灾害隐患排查", "2025/06/18"),
        ("/zwdt/2025/0611/298.htm", "水桥镇召开农村人居环境整治推进会", "2025/06/11"),
        ("/zwdt/2025/0603/290.htm", "镇领导走访慰问困难党员", "2025/06/03")]


def _box(rows: list[tuple[str, str, str]]) -> str:
    # the box: a heading row, then one row per headline, its date in a cell of its own
    return ("<table class='box'><tr><th>镇务动态</th><th><a href='/zwdt/'>更多</a></th></tr>" + "".join(
        f"<tr><td><a href='{u}'>{t}</a></td><td class='d'>{d}</td></tr>" for u, t, d in rows) + "</table>")


def _tiles() -> str:
    return (f"<p class='tile'><a href='{MAILBOX}'><img src='/img/zzxx.gif' alt='镇长信箱'></a></p>"
            "<p class='tile'><a href='https://zwfw.hunan.gov.cn/town/431299104'><img src='/img/bs.gif' alt='在线办事'></a></p>")


def _home(tiles_in_row: bool) -> str:
    # an old layout: the page is a table; one row of it holds the news box in its first cell and the tiles in the next
    layout = (f"<tr><td width='640'>{_box(NEWS)}</td><td width='300'>{_tiles()}</td></tr>" if tiles_in_row
              else f"<tr><td width='640'>{_box(NEWS)}</td></tr><tr><td>{_tiles()}</td></tr>")
    return ("<html><head><meta charset='utf-8'><title>横山县水桥镇人民政府</title>"
            "<meta name='SiteIDCode' content='4312990014'></head><body>"
            "<div class='menu'><a href='/'>首页</a> | <a href='/zwdt/'>镇务动态</a></div>"
            f"<table class='layout'>{layout}</table>{FOOT}</body></html>")


def test_tiles_beside_a_box_in_one_layout_row_are_no_rows_of_the_box() -> None:
    f = parse_page(_home(True), SEED, None, "r", home=True)
    titles = {it.title: it.date for it in f.items}
    assert titles == {t: (int(d[:4]), int(d[5:7]), int(d[8:])) for _, t, d in NEWS}
    # (a menu item over its sub-list of dated rows takes none of their dates either)
    menu = ("<ul class='nav'><li><a href='/gkzl/'>公开专栏</a><ul>"
            "<li><a href='/gkzl/2025/0610/1.htm'>水桥镇2025年财政预算公开</a> <span>2025-06-10</span></li>"
            "<li><a href='/gkzl/2025/0602/2.htm'>水桥镇2024年财政决算公开</a> <span>2025-06-02</span></li></ul></li></ul>")
    g = parse_page(f"<html><head><title>x</title></head><body>{menu}</body></html>", SEED, None, "r", home=True)
    assert "公开专栏" not in {it.title for it in g.items} and len(g.items) == 2


def _site(tmp_path: Path, tiles_in_row: bool = True) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _home(tiles_in_row), depth=0)
    b.page(SEED + "zwdt/", "<html><head><title>镇务动态</title></head><body><div class='menu'><a href='/'>首页</a></div>"
           "<div class='pos'>当前位置：<a href='/'>首页</a> &gt; 镇务动态</div>" + "<ul>" + "".join(
               f"<li><a href='{u}'>{t}</a><em>{d}</em></li>" for u, t, d in NEWS) + f"</ul>{FOOT}</body></html>")
    # the county portal's shared mailbox, narrowed to the township: the county's page (its own code), a working form
    b.page(MAILBOX, "<html><head><meta charset='utf-8'><title>写信-镇长信箱-横山县人民政府</title>"
           "<meta name='SiteIDCode' content='4312990001'></head><body><div class='crumb'>首页 &gt; 政民互动 &gt; 水桥镇</div>"
           "<form method='post' action='/zmhd/xzxx/save.jsp'><input name='org' type='hidden' value='shuiqiao'>"
           "<input name='title'><textarea name='content'></textarea><input type='submit' value='提交'></form>"
           "<div class='ft'>横山县人民政府办公室主办 网站标识码：4312990001</div></body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_township_mailbox_on_the_county_portal_is_its_channel(tmp_path: Path) -> None:
    for tiles_in_row in (True, False):
        report = _site(tmp_path / str(tiles_in_row), tiles_in_row)
        assert report["elements"]["互动交流"]["present"] is True
        assert report["elements"]["互动交流"]["url"] == MAILBOX
        assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}


def test_a_channel_named_only_inside_a_dated_row_is_not_measured(tmp_path: Path) -> None:
    # the one link naming a channel stands in a dated row of its own (a 便民 box listing it with a date): the tile or a
    # row so titled — not known, so no veto
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>横山县水桥镇人民政府</title></head><body><div class='menu'><a href='/'>首页</a></div>"
           "<div class='bm'><h3>便民</h3><ul>"
           f"<li><a href='{MAILBOX}'>镇长信箱</a><span>2025-06-12</span></li>"
           "<li><a href='/zwdt/2025/0611/298.htm'>水桥镇召开农村人居环境整治推进会</a><span>2025-06-11</span></li>"
           f"</ul></div>{FOOT}</body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["互动交流"]["measured"] is False
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}
    assert any("镇长信箱" in w and "未测量" in w for w in report["warnings"])


def test_the_deputies_proposals_are_no_message_channel() -> None:
    for name in ("人大代表建议", "市人大代表建议答复", "代表建议办理结果"):
        assert type_of(name) == "其他"
    assert type_of("我要建议") == "互动"
