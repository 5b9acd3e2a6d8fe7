"""A jump menu's options (`<select onchange>` sending the visitor to the chosen option's address in the same window)
are ways on a visitor takes like links; a select opening its choice in a new window, leading to other hosts or
headed by a set of websites (部门网站, 友情链接) lists other websites, no entry of the site's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.beishan.gov.cn/"
AS_OF = dt.date(2025, 3, 10)
FOOTER = ("<table id='foot'><tr><td>主办单位：北山区人民政府　网站标识码：2301020003　黑ICP备09012345号　"
          "黑公网安备23010202000456号　联系电话：0451-86612345</td></tr></table>")
NEWS = ("<table class='news'><tr><td class='t'>区内动态</td></tr>"
        "<tr><td><a href='/News/Show.asp?id=8812'>北山区开展冬季供暖专项检查</a></td><td>2025-03-07</td></tr>"
        "<tr><td><a href='/News/Show.asp?id=8809'>区政府召开春季防火工作部署会</a></td><td>2025-03-05</td></tr></table>")


def _menu(onchange: str, heading: str, options: str) -> str:
    return f"<td class='jump'><select name='sel' onChange=\"{onchange}\"><option value=''>{heading}</option>{options}</select></td>"


CATALOGUE = "<option value='/Zwgk/Catalog.asp'>信息公开目录</option><option value='#'>机构设置</option>"
SAME_WINDOW = "window.location=this.options[this.selectedIndex].value"


def _site(tmp_path: Path, menu: str) -> dict:
    b = SnapshotBuilder(SEED)
    home = (f"<html><head><title>北山区人民政府</title></head><body><table><tr><td><a href='/'>网站首页</a></td>"
            f"<td><a href='/News/List.asp'>区内动态</a></td>{menu}</tr></table>{NEWS}{FOOTER}</body></html>")
    b.page(SEED, home, depth=0)
    b.page(SEED + "News/List.asp", "<html><head><title>区内动态</title></head><body>"
           f"<h2>区内动态</h2>{NEWS}{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _missing(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def test_an_option_of_a_same_window_jump_menu_is_an_entry(tmp_path: Path) -> None:
    report = _site(tmp_path, _menu(SAME_WINDOW, "请选择", CATALOGUE))
    assert "政府信息公开目录" not in _missing(report)
    assert report["elements"]["政府信息公开目录"]["url"] == SEED + "Zwgk/Catalog.asp"


def test_a_menu_of_other_websites_gives_no_entry(tmp_path: Path) -> None:
    # opened in a new window, or headed by a set of websites: the sites of other bodies, even on the site's own host
    for onchange, heading in (("window.open(this.value)", "请选择"), (SAME_WINDOW, "==各部门网站==")):
        report = _site(tmp_path / heading, _menu(onchange, heading, CATALOGUE))
        assert "政府信息公开目录" in _missing(report)


def test_only_options_holding_an_address_on_the_pages_host_are_links() -> None:
    # (a page number or a year picks a view of the list, no way on)
    html = ("<html><body><select onchange=\"if(this.value!=''){location.href=this.value}\"><option value=''>请选择"
            "</option><option value='/Zwgk/Catalog.asp'>信息公开目录</option><option value='#'>机构设置</option>"
            "<option value='javascript:;'>领导信息</option></select>"
            "<select onchange=\"location.href=this.value\"><option value='/Zwgk/'>政务公开</option>"
            "<option value='http://www.hlj.gov.cn/'>省政府网站</option></select>"
            "<select onchange=\"location.href='List.asp?page='+this.value\"><option value='2'>第2页</option></select>"
            "<select onchange=\"location.href=this.value\"><option value='/News/2024/'>2024年</option></select>"
            "</body></html>")
    facts = parse_page(html, SEED, None, "r")
    assert [(lk.url, lk.text) for lk in facts.links] == [(SEED + "Zwgk/Catalog.asp", "信息公开目录")]
