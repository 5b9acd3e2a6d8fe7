"""A page whose one date is an update stamp (更新时间, 更新日期) is an article only when it prints prose: a document has
a body of sentences; a hub of channel links under a box of figures (a 公众互动 page's 信件办理统计, 更新日期：…) is no
document, and stays an entry of the channel it leads to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://swj.hexiang-demo.gov.cn/"
AS_OF = dt.date(2025, 9, 10)
FOOT = ("<div class='copyright'><p>主办单位：禾乡县商务局　联系电话：0739-8812001</p><p>网站标识码：4305990021　"
        "湘ICP备19001234号　湘公网安备43059902000123号</p></div>")
NAV = (f"<table class='topmenu'><tr><td><a href='{SEED}'>网站首页</a></td><td><a href='{SEED}news/'>商务新闻</a></td>"
       f"<td><a href='{SEED}gzcy/'>公众互动</a></td></tr></table>")
# a 公众互动 page: a table of this year's letters counted, stamped with its update day, and the ways to write
HUB = (f"<table class='tj'><caption>局长信箱信件办理统计</caption><tr><th>受理</th><th>办结</th><th>满意率</th></tr>"
       f"<tr><td>41</td><td>40</td><td>98%</td></tr></table><span class='gx'>更新日期：2025年09月08日</span>"
       f"<dl><dt><a href='{SEED}gzcy/write.jsp'>给局长写信</a></dt><dd>咨询 建议 投诉</dd>"
       f"<dt><a href='{SEED}gzcy/reply/'>回复公开</a></dt><dd>已公开的信件</dd>"
       f"<dt><a href='{SEED}gzcy/survey/'>网上调查</a></dt><dd>民意征集</dd></dl>")
WRITE = ("<form action='/gzcy/save.jsp' method='post'><label>姓名<input name='xm'></label>"
         "<label>内容<textarea name='nr'></textarea></label><input type='submit' value='提交'></form>")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}-禾乡县商务局</title></head><body>{NAV}"
            f"<div class='dqwz'>当前位置：<a href='{SEED}'>网站首页</a> » {title}</div>{body}{FOOT}</body></html>")


def test_a_hub_stamped_with_an_update_day_is_no_article() -> None:
    f = parse_page(_page("公众互动", HUB), f"{SEED}gzcy/", None, "r", home=False)
    assert not f.is_article


def test_a_short_notice_stamped_so_is_still_an_article() -> None:
    """The same stamp over a sentence of text (a notice, even one ending in an ellipsis) dates a document."""
    body = ("<h2>关于开展2025年家电以旧换新补贴申报的通知</h2><p class='gx'>更新时间：2025-09-05</p>"
            "<div class='nr'><p>各有关企业：根据省商务厅部署，现将补贴申报有关事项通知如下……</p></div>")
    f = parse_page(_page("通知公告", body), f"{SEED}Article/Show.asp?id=77", None, "r", home=False)
    assert f.is_article and f.pubdate == (2025, 9, 5)


def test_a_stamped_contact_page_with_labels_only_is_no_article() -> None:
    """Lines of labels and values (地址：…, 电话：…) are no sentences: an update stamp over them dates no document."""
    body = ("<h3>联系我们</h3><p>更新时间：2024-05-06</p><p>单位名称：禾乡县商务局</p><p>办公地址：禾乡县人民路18号</p>"
            "<p>电话：0739-8812001　传真：0739-8812002</p>")
    f = parse_page(_page("联系我们", body), f"{SEED}Article/Show.asp?id=3", None, "r", home=False)
    assert not f.is_article


def test_the_stamped_hub_is_the_channel_entry(tmp_path: Path) -> None:
    """The homepage's only 互动 way is the menu's 公众互动 page: read as a hub (not an article), it is the 互动交流
    entry, working through the letter form it leads to."""
    news = "<ul>" + "".join(f"<li><a href='{SEED}news/2025{m:02d}/t{m}.html'>禾乡县召开外贸企业座谈会第{m}次</a>"
                            f"<span>2025-{m:02d}-0{m}</span></li>" for m in (9, 8, 7)) + "</ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾乡县商务局</title></head><body>{NAV}<h2>商务新闻</h2>{news}{FOOT}</body></html>",
           depth=0)
    b.page(f"{SEED}news/", _page("商务新闻", news))
    b.page(f"{SEED}gzcy/", _page("公众互动", HUB))
    b.page(f"{SEED}gzcy/write.jsp", _page("给局长写信", WRITE), depth=2)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    got = report["elements"]["互动交流"]
    assert got["present"] and got["url"] == f"{SEED}gzcy/"
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}
