"""A site whose pages live in a folder of another host of its gov.cn domain: the township's own host serves its
homepage, whose <base href> (or whose menu) sends every column to `www.county.gov.cn/xqz/` (local servers only)."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from aiohttp import web
from conftest import SERVER, html, page, serve

from govweb.collect import CrawlSettings, crawl
from govweb.collect.urls import Scope, site_folder
from govweb.samplesites.tether import tethered

TOWN, COUNTY = "xq.qiaochuan.gov.cn", "www.qiaochuan.gov.cn"
CLI = [sys.executable, "-c", "from govweb.cli import main; main()", "crawl"]


def township(app: web.Application) -> None:
    """xq.qiaochuan.gov.cn/ carries <base href="http://www.qiaochuan.gov.cn/xqz/">; the county's host holds the
    township's folder /xqz/ (columns and articles), its 信息公开 folder /xxgk/xqz/, and its own pages elsewhere."""

    async def any_page(request: web.Request) -> web.Response:
        server = request.app[SERVER]
        gate = int(server.state.get("gate", 10**9))  # type: ignore[call-overload]
        if sum(1 for m, _, _ in server.log if m == "GET") >= gate:
            await asyncio.sleep(3600)  # hangs: the crawl is killed meanwhile
        host, path, port = request.host.split(":")[0], request.path, server.port
        county = f"http://{COUNTY}:{port}"
        if path == "/robots.txt":
            return page("User-agent: *\nDisallow:\n", content_type="text/plain")
        if host == TOWN and path == "/":
            return page(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>峤川县郗桥镇人民政府</title>'
                        f'<base href="{county}/xqz/"></head><body><div class="menu"><a href="./">网站首页</a>'
                        '<a href="zwdt/">政务动态</a><a href="tzgg/">通知公告</a>'
                        '<a href="../xxgk/xqz/gkzn.html">信息公开指南</a></div>'
                        '<ul><li><a href="zwdt/202611/t20261126_3310.html">郗桥镇开展冬季消防安全专项检查</a>'
                        '<i>2026-11-26</i></li></ul>'
                        f'<div class="links">友情链接：<a href="{county}/">峤川县人民政府</a>'
                        f'<a href="{county}/xwzx/">新闻中心</a></div></body></html>')
        if host == COUNTY and path in ("/xqz/zwdt/", "/xqz/tzgg/"):
            return page(html(f"郗桥镇 {path}", [f"{path}202611/t20261117_3299.html", "/xwzx/2026/a.html", "/"]))
        if host == COUNTY and path.startswith("/xqz/zwdt/2026"):
            return page(html("郗桥镇文章", ["/xqz/zwdt/", "/xqz/zwdt/202610/t20261028_3277.html", "/xwzx/2026/b.html"]))
        return page(html(f"{host} {path}", ["/xwzx/2026/c.html", "/zwgk/"]))

    app.router.add_get("/{tail:.*}", any_page)


def _resolve(port: int) -> tuple[str, ...]:
    return (f"{TOWN}:{port}:127.0.0.1", f"{COUNTY}:{port}:127.0.0.1")


def _run(seed: str, out: Path, **options: Any) -> tuple[dict[str, Any], set[str]]:
    result = crawl(seed, out, CrawlSettings(timeout=5.0, check_external=False, **options))
    assert result.complete
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    return data, {p["url"] for p in data["pages"] if p["kind"] == "page" and p["status"] == 200}


def test_the_folder_a_homepages_base_names_on_another_host_is_the_sites(tmp_path: Path) -> None:
    with serve(township) as srv:
        port = srv.port
        data, fetched = _run(f"http://{TOWN}:{port}/", tmp_path / "s", resolve=_resolve(port))
        gets = {(host.split(":")[0], path) for m, host, path in srv.log if m == "GET"}
    county = f"http://{COUNTY}:{port}"
    assert {f"{county}/xqz/zwdt/", f"{county}/xqz/tzgg/", f"{county}/xqz/zwdt/202611/t20261126_3310.html",
            f"{county}/xqz/zwdt/202610/t20261028_3277.html",  # an article found on an article page
            f"{county}/xqz/tzgg/202611/t20261117_3299.html"} <= fetched
    assert f"{county}/xxgk/xqz/gkzn.html" in fetched  # the township's 信息公开 folder of the county, named as /xqz/
    # the county's own pages are not the township's: its front page, news, other folders
    assert not {p for h, p in gets if h == COUNTY and not p.startswith(("/xqz/", "/xxgk/xqz/", "/robots.txt"))}
    assert (COUNTY, "/robots.txt") in gets  # the other host's robots.txt is asked like any host's
    assert data["scope"]["folders"] == [{"folder": f"{county}/xqz/", "reason": "base", "homepage": f"http://{TOWN}:{port}/"}]
    assert TOWN in data["scope"]["hosts"]


def test_a_folder_is_another_hosts_named_folder_of_the_domain_matched_on_host_and_path() -> None:
    scope = Scope.for_seed("http://xq.qc.gov.cn/")
    assert site_folder("http://xq.qc.gov.cn/", "http://www.qc.gov.cn/xqz/", (), scope) == ("http://www.qc.gov.cn/xqz/", "base")
    assert site_folder("http://xq.qc.gov.cn/", "http://www.qc.gov.cn/", (), scope) is None  # never a host's root
    assert site_folder("http://xq.qc.gov.cn/", "http://www.qc.gov.cn/xxgk/", (), scope) is None  # nor a platform's
    assert site_folder("http://xq.qc.gov.cn/", "http://www.other.gov.cn/xqz/", (), scope) is None  # another domain
    assert site_folder("http://xq.qc.gov.cn/", "http://xq.qc.gov.cn/new/", (), scope) is None  # already in scope
    wide = Scope(("xq.qc.gov.cn",), True, "http://xq.qc.gov.cn/", ("http://www.qc.gov.cn/xqz/",))
    assert wide.contains("https://www.qc.gov.cn/xqz/zwdt/1.html") and wide.contains("http://www.qc.gov.cn/xqz")
    assert wide.contains("http://www.qc.gov.cn/XQZ/zwdt/") and wide.contains("http://www.qc.gov.cn/xxgk/xqz/gkzn.html")
    assert not wide.contains("http://www.qc.gov.cn/") and not wide.contains("http://www.qc.gov.cn/xqzz/")
    assert not wide.contains("http://www.qc.gov.cn/xwzx/xqz.html")


def menus(app: web.Application) -> None:
    """Two townships on one county: `xq` whose menu opens three columns of the county host's /xqz/ folder, and `hx`
    whose menu is its own, with three headlines of the county's news folder /xwzx/ on its homepage."""

    async def any_page(request: web.Request) -> web.Response:
        host, path, port = request.host.split(":")[0], request.path, request.app[SERVER].port
        county = f"http://{COUNTY}:{port}"
        if host == TOWN and path == "/":
            return page(html("郗桥镇人民政府", [f"{county}/xqz/zwdt/202611/t1.html"],
                             nav=["/", f"{county}/xqz/zwdt/", f"{county}/xqz/tzgg/", f"{county}/xqz/zcwj/"]))
        if host == "hx.qiaochuan.gov.cn" and path == "/":
            return page(html("花溪镇人民政府", [f"{county}/xwzx/xyw/t{i}.html" for i in range(3)],
                             nav=["/", "/zwdt/", "/tzgg/", "/zcwj/", f"{county}/"]))
        if host == COUNTY and path.startswith("/xqz/") and path.endswith("/"):
            return page(html(f"郗桥镇 {path}", [f"{path}202611/t2.html", "/xwzx/xyw/t9.html"]))
        return page(html(f"{host} {path}", ["/xwzx/xyw/t8.html", "/zwgk/"]))

    app.router.add_get("/{tail:.*}", any_page)


def test_the_folder_most_of_the_homepages_menu_leads_into_is_the_sites_but_headlines_are_not(tmp_path: Path) -> None:
    with serve(menus) as srv:
        port = srv.port
        resolve = (*_resolve(port), f"hx.qiaochuan.gov.cn:{port}:127.0.0.1")
        data, fetched = _run(f"http://{TOWN}:{port}/", tmp_path / "xq", resolve=resolve)
        other, other_fetched = _run(f"http://hx.qiaochuan.gov.cn:{port}/", tmp_path / "hx", resolve=resolve)
    county = f"http://{COUNTY}:{port}"
    assert {f"{county}/xqz/zwdt/", f"{county}/xqz/tzgg/", f"{county}/xqz/zcwj/", f"{county}/xqz/zwdt/202611/t1.html",
            f"{county}/xqz/zwdt/202611/t2.html"} <= fetched
    assert not {u for u in fetched if "/xwzx/" in u or u == f"{county}/"}
    assert data["scope"]["folders"][0]["folder"] == f"{county}/xqz/" and data["scope"]["folders"][0]["reason"] == "nav"
    # headlines of the county's news on a township's homepage: the county's pages, not the township's
    assert other["scope"]["folders"] == []
    assert not {u for u in other_fetched if COUNTY in u}
    assert f"http://hx.qiaochuan.gov.cn:{port}/zwdt/" in other_fetched


def test_a_resumed_crawl_keeps_the_folder_in_scope(tmp_path: Path) -> None:
    """Killed right after the homepage (the folder found): the crawl resumed still takes the folder's pages found
    later (articles linked from its columns)."""
    out = tmp_path / "snap"
    with serve(township) as srv:
        port = srv.port
        srv.state["gate"] = 2  # the town's robots.txt and homepage; then every request hangs
        args = [f"http://{TOWN}:{port}/", "--out", str(out), "--timeout", "30", "-s", "check_external=false",
                *(f"--resolve={r}" for r in _resolve(port))]
        proc = subprocess.Popen(tethered([*CLI, *args]), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while len(srv.log) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # the homepage is committed; the crawler waits on the county's robots.txt
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert len(srv.log) == 2
        srv.state["gate"] = 10**9
        done = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    county = f"http://{COUNTY}:{port}"
    fetched = {p["url"] for p in data["pages"] if p["kind"] == "page" and p["status"] == 200}
    assert {f"{county}/xqz/zwdt/202610/t20261028_3277.html", f"{county}/xqz/tzgg/202611/t20261117_3299.html"} <= fetched
    assert not {u for u in fetched if "/xwzx/" in u}
    assert [f["folder"] for f in data["scope"]["folders"]] == [f"{county}/xqz/"]
    assert "本站文件夹" in done.stdout and f"{COUNTY}:{port}/xqz/" in done.stdout
