"""A township's homepage carrying a box of its county's news that a script from the county's own gov.cn site fills
(headed by the county's name, every link of the box on the county's host): that box shows the county's news, no
update of the township, so the township's own printed rows are judged for homepage-stale. A box headed by the
site's own place, or leading to the site itself, may be the site's own list served by its platform: not measured.
Pages are hand-written in a layout unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SITE = "https://lwx.qinglan.gov.cn/"
COUNTY = "https://www.qinglan.gov.cn/"
AS_OF = dt.date(2025, 3, 28)
OWN_ROWS = ("<table class='gzdt'><caption>工作动态</caption>"
            + "".join(f"<tr><td><a href='/html/2025/0{m}/{d}.shtml'>龙湾乡第{d}次村级工作例会</a></td><td>2025/0{m}/{d:02d}</td></tr>"
                      for m, d in ((3, 3), (2, 24), (2, 11)))
            + "</table>")
FOOT = "<p class='copy'>主办：青岚县龙湾乡人民政府　网站标识码：5224990031　黔ICP备13004512号</p>"


def _findings(tmp_path: Path, heading: str, more: str) -> set[str]:
    box = (f"<dl class='panel'><dt>{heading}<a class='more' href='{more}'>MORE+</a></dt>"
           "<dd><ol class='feed'><li>数据加载中，请稍候…</li></ol></dd>"
           f"<script src='{COUNTY}interface/feed.js?jsoncallback=fillFeed&amp;size=5'></script></dl>")
    b = SnapshotBuilder(SITE)
    b.page(SITE, "<html><head><meta charset='utf-8'><title>青岚县龙湾乡人民政府</title></head><body>"
                 f"<div class='menu'><a href='/'>首页</a> <a href='/html/gzdt/'>工作动态</a></div>{OWN_ROWS}{box}{FOOT}"
                 "</body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {f["check"] for f in report["findings"]}


def test_a_box_of_the_countys_news_filled_from_its_site_leaves_an_old_township_homepage_stale(tmp_path: Path) -> None:
    """The township's own rows are 25 days old; beside them 青岚新闻, filled by the county site's feed script, MORE+ on
    the county's host: stale. Headed 龙湾要闻 (the township's own place), or leading to the township's own list, the
    box may hold the site's own news from its platform: not measured."""
    assert "homepage-stale" in _findings(tmp_path / "county", "青岚新闻", COUNTY + "xwzx/qlxw/")
    assert "homepage-stale" in _findings(tmp_path / "county-unit", "青岚县新闻", COUNTY + "xwzx/qlxw/")
    assert "homepage-stale" not in _findings(tmp_path / "own-place", "龙湾要闻", COUNTY + "xwzx/lwx/")
    assert "homepage-stale" not in _findings(tmp_path / "own-more", "青岚新闻", SITE + "html/gzdt/")
