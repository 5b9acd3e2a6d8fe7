"""A link opening a route of a hash-routed app (`/#/list?id=18`, `#!/guestbook`) leads to a page the app's script
draws, not back to the homepage nor to a part of it: the entry is there by its name (where it leads the crawl
cannot open, so it is not measured)."""

from __future__ import annotations

from pathlib import Path

from .test_entries import _missing, _site, _vetoes

SHELL = "<div id='root'></div><script src='/assets/index.7c1e.js'></script>"
APP = ("<div id='root'><div class='ant-menu'><span class='item'><a href='#!/'>门户首页</a></span>"
       "<span class='item'><a href='#!/doc/list/gfxwj'>规范性文件</a></span>"
       "<span class='item'><a href='./#!/guestbook/write'>在线留言</a></span>"
       "<span class='item'><a href='http://zwfw.example-prov.gov.cn/county/'>网上办事</a></span></div></div>")


def test_entries_opening_app_routes_are_present_and_raise_no_veto(tmp_path: Path) -> None:
    report = _site(tmp_path, SHELL, rendered=f"<html><head><title>某县人民政府</title></head><body>{APP}</body></html>")
    assert not {"政策文件", "互动交流"} & _missing(report)
    assert "interaction-poor" not in _vetoes(report)
    assert report["elements"]["互动交流"]["url"].endswith("#!/guestbook/write")
