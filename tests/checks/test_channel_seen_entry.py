"""Which address a 办事服务 / 互动交流 entry reports when its best link leads to a page the crawl did not open: a weaker
entry whose page was read and works is named instead (an evaluator cites a channel he saw work); with none, the
unopened one stands with the benefit of the doubt; an outside platform never crawled keeps its rank. Presence never
changes, only the address reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://sthjj.baiyun-demo.gov.cn/"
AS_OF = dt.date(2025, 9, 1)
FOOT = ("<footer id='ft'><p>主办：白云市生态环境局　联系电话：0851-6120300</p><p>网站标识码：5201990012　"
        "黔ICP备20004321号-2　黔公网安备52019902000188号</p></footer>")
# a bureau's page, its menu a row of buttons in a <header> (no nav/menu class), the channel tiles a <table>
MENU = (f"<header><span><a href='{SEED}'>首页</a></span><span><a href='{SEED}sthj/news/'>环境要闻</a></span>"
        f"<span><a href='{SEED}gzhd/'>互动交流</a></span><span><a href='{SEED}bsfw/'>网上办事</a></span></header>")
WRITE = ("<form action='/api/mail/submit' method='post'><label>来信标题<input name='bt'></label>"
         "<label>来信内容<textarea name='nr'></textarea></label><button type='submit'>提交信件</button></form>")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}_白云市生态环境局</title></head><body>{MENU}"
            f"<p class='loc'>当前位置：<a href='{SEED}'>首页</a> / {title}</p>{body}{FOOT}</body></html>")


def _news() -> str:
    return "<ol>" + "".join(f"<li><a href='{SEED}sthj/news/2025{m:02d}/t{m}.html'>白云市开展第{m}轮水质监测工作</a>"
                            f"<i>2025-{m:02d}-1{m}</i></li>" for m in (8, 7, 6)) + "</ol>"


def _report(tmp_path: Path, tiles: str, pages: dict[str, tuple[str, str, int]]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>白云市生态环境局</title></head><body>{MENU}<section><h2>环境要闻</h2>"
                 f"{_news()}</section><table class='tiles'><tr>{tiles}</tr></table>{FOOT}</body></html>", depth=0)
    b.page(f"{SEED}sthj/news/", _page("环境要闻", _news()))
    for url, (title, body, status) in pages.items():
        b.page(url, _page(title, body) if status < 400 else body, status=status)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _element(report: dict, el: str) -> dict:
    return report["elements"][el]


def test_a_channel_seen_to_work_is_named_before_an_unopened_menu_link(tmp_path: Path) -> None:
    """The menu's 互动交流 → /gzhd/ was never fetched; the homepage's 局长信箱 tile opens a read page with a form: the
    reported 互动交流 is the 信箱 (present either way)."""
    tiles = f"<td><a href='{SEED}gzhd/jzxx.jsp'><img src='/img/xx.png' alt='局长信箱'></a></td>"
    report = _report(tmp_path, tiles, {f"{SEED}gzhd/jzxx.jsp": ("局长信箱", WRITE, 200)})
    got = _element(report, "互动交流")
    assert got["present"] and got["url"] == f"{SEED}gzhd/jzxx.jsp"
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}


def test_the_unopened_link_stands_when_no_weaker_entry_is_seen_to_work(tmp_path: Path) -> None:
    """The only tile, 网上咨询, answers 404: the unopened 互动交流 may still work — present, and its address."""
    tiles = f"<td><a href='{SEED}gzhd/zxzx.jsp'>网上咨询</a></td>"
    report = _report(tmp_path, tiles, {
        f"{SEED}gzhd/zxzx.jsp": ("", "<html><body><h1>404 Not Found</h1><hr>nginx</body></html>", 404)})
    got = _element(report, "互动交流")
    assert got["present"] and got["url"] == f"{SEED}gzhd/"
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}


def test_an_outside_platform_never_crawled_keeps_its_rank(tmp_path: Path) -> None:
    """网上办事 in the menu → the province's 政务服务网 (another host, never crawled by design) before the bureau's own
    办事指南 list, read and working: the platform stays the 办事服务 entry."""
    platform = "https://zwfw.guizhou-demo.gov.cn/bmfw/sthjj/"
    b_menu = MENU.replace(f"{SEED}bsfw/", platform)
    guides = "<ol>" + "".join(f"<li><a href='{SEED}bsfw/bszn/{i}.html'>排污许可证核发第{i}项办事指南</a></li>"
                              for i in (1, 2, 3)) + "</ol>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>白云市生态环境局</title></head><body>{b_menu}<section><h2>环境要闻</h2>"
                 f"{_news()}</section><p><a href='{SEED}bsfw/bszn/'>办事指南</a></p>{FOOT}</body></html>", depth=0)
    b.page(f"{SEED}sthj/news/", _page("环境要闻", _news()))
    b.page(f"{SEED}bsfw/bszn/", _page("办事指南", guides))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    got = _element(report, "办事服务")
    assert got["present"] and got["url"] == platform


def test_a_channel_met_deeper_in_the_crawl_does_not_replace_the_homepage_s_link(tmp_path: Path) -> None:
    """Only a column page links the working 网上咨询 page; the homepage's own way to the channel is the unopened
    互动交流 link: that one is reported, the deeper page being no way the homepage offers."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>白云市生态环境局</title></head><body>{MENU}<section><h2>环境要闻</h2>"
                 f"{_news()}</section>{FOOT}</body></html>", depth=0)
    b.page(f"{SEED}sthj/news/", _page("环境要闻", _news() + f"<aside><a href='{SEED}hd/zxzx.jsp'>网上咨询</a></aside>"))
    b.page(f"{SEED}hd/zxzx.jsp", _page("网上咨询", WRITE))
    got = _element(run_checks(load_snapshot(b.write(tmp_path)), AS_OF), "互动交流")
    assert got["present"] and got["url"] == f"{SEED}gzhd/"
