"""Text the page's own CSS hides for certain is no text a visitor reads: a class its <style> hides (display:none,
opacity:0, a clipped box of no height, the 1px box of screen-reader text), words set inline to no size. On a page
that runs no script a hidden ticker or a dialog opens for nobody, so the homepage is judged without them; on a list
page a hidden row among rows that show is no row; on an article a hidden date is no date. Pages are hand-written in
layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
AS_OF = dt.date(2025, 3, 31)
SHOWN = ("<div class='xw'><h3>乡镇新闻</h3><dl>"
         "<dd><a href='/xw/202502/t20250214_71.html'>春季农资供应情况调度会召开</a><i>2025-02-14</i></dd>"
         "<dd><a href='/xw/202502/t20250206_70.html'>街道开展节后安全检查</a><i>2025-02-06</i></dd></dl></div>")
ROLLING = ("<p class='roll'><b>快讯</b><a href='/xw/202503/t20250329_80.html'>全区春耕生产现场会召开</a>2025-03-29"
           "<a href='/xw/202503/t20250328_79.html'>植树节义务植树活动举行</a>2025-03-28</p>")
POPUP = ("<aside class='layer' style='display: none;'><a href='/gg/202503/t20250330_9.html'>清明节假期值班安排</a>"
         "<em>2025-03-30</em><span>×</span></aside>")


def _stale(tmp_path: Path, body: str, head: str = "") -> bool:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><meta charset='utf-8'><title>某街道办事处</title>{head}</head><body>"
                 f"<nav><a href='/'>首页</a> <a href='/xw/'>乡镇新闻</a></nav>{body}{SHOWN}"
                 "<div class='bottom'>主办：某街道办事处　网站标识码：5101990002</div></body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return "homepage-stale" in {v["rule"] for v in report["vetoes"]}


def test_a_hidden_ticker_or_dialog_on_a_page_without_script_makes_no_homepage_fresh(tmp_path: Path) -> None:
    style = "<style>.roll{height:0;overflow:hidden;}.roll.play{height:24px}</style>"
    # visible rows 45 days old; a ticker its class keeps at no height (nothing adds `play`: no script), a dialog
    # hidden inline that nothing pops up: the homepage is stale
    assert _stale(tmp_path / "ticker", ROLLING, style)
    assert _stale(tmp_path / "popup", POPUP)
    # a page running a script may add the class or pop the dialog up: their rows count
    script = "<script src='/js/common.js'></script>"
    assert not _stale(tmp_path / "ticker-js", ROLLING, style + script)
    assert not _stale(tmp_path / "popup-js", POPUP, script)
    # a tab pane its class hides until clicked stays the site's: a visitor opens it
    tabs = (f"<div class='tabs'><span class='cur'>新闻</span><span>快讯</span></div><div class='pane on'>{SHOWN}</div>"
            f"<div class='pane'>{ROLLING.replace('roll', 'list')}</div>")
    assert not _stale(tmp_path / "tabs", tabs, "<style>.pane{display:none}.pane.on{display:block}</style>")


def _list_page(rows: str, style: str = "") -> list:
    html = (f"<html><head><meta charset='utf-8'><title>公示公告-某街道</title><style>{style}</style></head><body>"
            "<div class='loc'>您的位置：<a href='/'>首页</a> &gt; 公示公告</div><table class='gs'>"
            f"<tr><th>标题</th><th>日期</th></tr>{rows}</table><div class='fy'>共 3 页 <a href='/gs/2.html'>下一页</a>"
            "</div></body></html>")
    return parse_page(html, SEED + "gs/", None, "r", home=False).items


def test_a_list_row_hidden_among_rows_that_show_is_no_row() -> None:
    shown = "".join(f"<tr><td><a href='/gs/2025/03/{d}.html'>公示第{d}号</a></td><td>2025-03-{d:02d}</td></tr>"
                    for d in (20, 17, 12, 9, 5))
    test_row = "<tr style='visibility:hidden'><td><a href='/gs/2025/03/30.html'>测试稿件</a></td><td>2025-03-30</td></tr>"
    copies = "<tr class='copy'><td><a href='/gs/2025/03/99.html'>公示第20号</a></td><td>2025-03-20</td></tr>"
    items = _list_page(test_row + shown + copies, ".copy{display:none}")
    assert len(items) == 5
    assert max(it.date for it in items if it.date) == (2025, 3, 20)
    # a style another rule shows again (a hover, a state) is not certain: the row counts
    assert len(_list_page(test_row.replace(" style='visibility:hidden'", "") + shown + copies,
                          ".copy{display:none} table:hover .copy{display:table-row}")) == 7


def test_an_article_date_hidden_by_css_is_not_its_date() -> None:
    def article(line: str) -> tuple:
        html = ("<html><head><meta charset='utf-8'><title>关于春季防火的通告-某街道</title><style>.vh{clip:rect(0 0 0 0);"
                "overflow:hidden;position:absolute;width:1px;height:1px}</style></head><body>"
                "<div class='loc'>您的位置：<a href='/'>首页</a> &gt; 通知公告</div><h1>关于春季防火的通告</h1>"
                f"<div class='source'>{line}</div><div class='zw'><p>各社区：进入春季，森林防火形势严峻，请做好巡查。</p>"
                "<p>特此通告。</p></div></body></html>")
        f = parse_page(html, SEED + "tzgg/202503/t20250318_5.html", None, "r", home=False)
        return f.is_article, f.pubdate
    assert article("<em class='vh'>发布日期：2025-03-02</em><em>发布日期：2025-03-18</em>") == (True, (2025, 3, 18))
    assert article("<em>发布日期：2025-03-18</em> <em style='font-size: 0px;'>修改日期：2025-03-25</em>") \
        == (True, (2025, 3, 18))
