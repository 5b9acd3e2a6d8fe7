"""Pages a county's 融媒体中心 serves beside the government's portal, read as an evaluator reads them: a list on the
media centre's host that declares the portal's own 网站标识码 and site name is the portal's column; a box on the
homepage that another website's script fills, leading only to that website, is that website's news — no update
that keeps an old homepage from being judged stale. Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

PORTAL = "https://www.hexi.gov.cn/"
MEDIA = "https://news.hexitv.com/"
AS_OF = dt.date(2025, 6, 30)
META = "<meta name='SiteName' content='禾溪县人民政府'><meta name='SiteIDCode' content='5101990007'>"
FOOT = "<div class='bq'>主办单位：禾溪县人民政府办公室　网站标识码：5101990007　蜀ICP备10020304号</div>"


def _columns(tmp_path: Path, media_meta: str) -> set[str]:
    nav = f"<nav><a href='{PORTAL}'>首页</a><a href='{MEDIA}hxyw/list.shtml'>禾溪要闻</a><a href='{PORTAL}tzgg/'>通知公告</a></nav>"
    news = "".join(f"<p class='item'><a href='{MEDIA}hxyw/2025/06/{d:02d}/{d}01.shtml'>禾溪县第{d}期项目建设现场推进会召开</a>"
                   f"<em>2025年06月{d:02d}日</em></p>" for d in (26, 19, 12, 5))
    notes = "".join(f"<p class='item'><a href='{PORTAL}tzgg/2025/{d}.html'>关于第{d}批惠民补贴发放的公示</a>"
                    f"<em>2025年06月{d:02d}日</em></p>" for d in (20, 11, 3))
    b = SnapshotBuilder(PORTAL)
    b.page(PORTAL, f"<html><head>{META}<title>禾溪县人民政府</title></head><body>{nav}{news}{notes}{FOOT}</body></html>",
           depth=0)
    b.page(PORTAL + "tzgg/", f"<html><head>{META}<title>通知公告_禾溪县人民政府</title></head><body>{nav}{notes}{FOOT}"
                             "</body></html>")
    b.page(MEDIA + "hxyw/list.shtml", f"<html><head>{media_meta}<title>禾溪要闻</title></head><body>{nav}{news}"
                                      f"{FOOT}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {c["url"] for c in report["columns"]}


def test_a_list_on_another_host_declaring_the_portals_code_and_name_is_its_column(tmp_path: Path) -> None:
    """禾溪要闻 served from the media centre's host in the portal's template, declaring the portal's SiteIDCode and
    SiteName, is the portal's column; the same list declaring the media centre's own site name is another website's
    page, and one declaring no code stays outside too."""
    assert MEDIA + "hxyw/list.shtml" in _columns(tmp_path / "own", META)
    other = "<meta name='SiteName' content='禾溪融媒'><meta name='SiteIDCode' content='5101990007'>"
    assert MEDIA + "hxyw/list.shtml" not in _columns(tmp_path / "other", other)
    assert MEDIA + "hxyw/list.shtml" not in _columns(tmp_path / "none", "")


SITE = "http://ltx.meiling.gov.cn/"
TOWN_ROWS = ("<div class='zwgk'><b>乡村振兴</b><dl>"
             "<dd><a href='/show.aspx?id=3310'>龙塘乡召开夏季防汛工作部署会</a> 2025-06-09</dd>"
             "<dd><a href='/show.aspx?id=3302'>龙塘乡开展农村人居环境整治</a> 2025-05-28</dd>"
             "<dd><a href='/show.aspx?id=3297'>龙塘乡举办农技培训班</a> 2025-05-16</dd></dl></div>")
TOWN_FOOT = "<div class='ft'>主办：梅岭县龙塘乡人民政府　技术支持：梅岭县融媒体中心　网站标识码：3607990021</div>"


def _homepage_findings(tmp_path: Path, box: str) -> set[str]:
    b = SnapshotBuilder(SITE)
    b.page(SITE, "<html><head><meta charset='utf-8'><title>梅岭县龙塘乡人民政府</title></head><body>"
                 f"<div class='dh'><a href='/'>首页</a> <a href='/list.aspx?cid=4'>乡村振兴</a></div>{TOWN_ROWS}{box}"
                 f"{TOWN_FOOT}</body></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {f["check"] for f in report["findings"]}


def _box(more: str, script: str) -> str:
    return (f"<section class='card'><header>梅岭广电·今日头条 <a href='{more}'>查看更多</a></header>"
            f"<ol class='toutiao'><script src='{script}'></script></ol></section>")


def test_a_box_another_websites_script_fills_leaves_an_old_homepage_stale(tmp_path: Path) -> None:
    """A township's homepage whose own rows are three weeks old, beside a headline box the county TV station's widget
    fills (its script and its 查看更多 both on the station's host): stale. The same box leading to a list of the
    site's own, or filled by a script of the site's own host, may show the site's news: not measured."""
    tv = "https://www.mltv.com.cn/"
    assert "homepage-stale" in _homepage_findings(tmp_path / "tv", _box(tv + "toutiao/", tv + "embed/toutiao.js?n=6"))
    assert "homepage-stale" not in _homepage_findings(tmp_path / "own-more",
                                                      _box(SITE + "list.aspx?cid=9", tv + "embed/toutiao.js?n=6"))
    assert "homepage-stale" not in _homepage_findings(tmp_path / "own-script",
                                                      _box(SITE + "list.aspx?cid=9", SITE + "js/toutiao.js"))
