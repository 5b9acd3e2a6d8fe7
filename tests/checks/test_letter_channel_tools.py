"""A 信箱 list printing no dates counts its letters, not the channel's own pages its side menu links (留言统计, the
channel's counts by month; 我要留言, its form). Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page_links import back_or_action
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2025, 9, 30)
FOOT = "<div id='bq'>主办：某县人民政府办公室　网站标识码：4307000012　湘ICP备09001234号</div>"
NAV = "<div id='menu'><a href='/'>首页</a> <a href='/xwzx/'>新闻中心</a> <a href='/hdjl/xzxx/'>县长信箱</a></div>"
SIDE = ("<dl class='zmenu'><dt>县长信箱</dt><dd><a href='/hdjl/xzxx/ly.html'>我要留言</a></dd>"
        "<dd class='cur'><a href='/hdjl/xzxx/'>留言选登</a></dd><dd><a href='/hdjl/xzxx/tj.html'>留言统计</a></dd></dl>")
LETTERS = (("1093", "县城东门菜市场排水不畅", "已答复"), ("1088", "咨询农村危房改造补助标准", "已答复"),
           ("1081", "建议增设城北公交站点", "办理中"), ("1075", "小区物业费收取不规范", "已答复"))


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{body}{FOOT}</body></html>"


def _report(tmp_path: Path, home_links_counts: bool) -> dict:
    rows = "".join(f"<div class='ly-row'><a href='/hdjl/xzxx/show.php?lid={n}'>{t}</a><em>{s}</em></div>"
                   for n, t, s in LETTERS)
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("某县人民政府", "<ul class='xw'><li><a href='/xwzx/2025/09/t20250926_1.html'>县政府召开常务会议"
                                  "</a><span>2025-09-26</span></li></ul>"
                                  + ("<a href='/hdjl/xzxx/tj.html'>留言统计</a>" if home_links_counts else "")), depth=0)
    b.page(SEED + "hdjl/xzxx/", _page("县长信箱_某县人民政府", SIDE + f"<div class='lylist'>{rows}"
                                      "<div class='fy'>共4条记录 当前第1/1页</div></div>"))
    months = "".join(f"<tr><td>2025年{m}月</td><td>{m + 2}</td><td>{m + 1}</td></tr>" for m in range(9, 0, -1))
    b.page(SEED + "hdjl/xzxx/tj.html", _page("留言统计_某县人民政府", "<div class='wz'>您的位置：<a href='/'>首页</a> » <a href='/hdjl/xzxx/'>县长信箱</a> » 留言统计</div><h4>县长信箱留言办理情况</h4><table><tr><th>月份</th>"
                                             f"<th>收到</th><th>已答复</th></tr>{months}</table>"
                                             "<p>说明：本表按留言提交月份统计，不含依规不予公开的留言，数据每月初更新一次。</p>"))
    b.page(SEED + "hdjl/xzxx/ly.html", _page("我要留言_某县人民政府", "<form action='/hdjl/save.php' method='post'>"
                                             "<textarea name='nr'></textarea><input type='submit' value='提交'></form>"))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_letter_list_counts_its_letters_not_its_channel_pages(tmp_path: Path) -> None:
    report = _report(tmp_path, home_links_counts=False)
    column = next(c for c in report["columns"] if c["url"] == SEED + "hdjl/xzxx/")
    assert column["items"] == len(LETTERS)


def test_a_channels_counts_page_is_no_blank_column(tmp_path: Path) -> None:
    """The homepage links the 留言统计 page too: still a page of the channel's counts, no (blank) 互动 column."""
    report = _report(tmp_path, home_links_counts=True)
    assert [c["url"] for c in report["columns"]] == [SEED + "hdjl/xzxx/"]
    assert "empty-column" not in {f["check"] for f in report["findings"]}


def test_a_channels_counts_page_is_no_entry() -> None:
    assert back_or_action("信件统计") and back_or_action("留言统计") and back_or_action("信件查询")
    assert not back_or_action("2025年统计公报") and not back_or_action("统计信息")
