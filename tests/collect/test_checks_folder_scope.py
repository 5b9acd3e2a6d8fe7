"""The checks read the crawl's folder scope: a township served on its own host whose columns live in a folder of its
county's host (`www.county.gov.cn/xqz/`, adopted by the crawler: crawl.json `scope.folders`) has those columns —
fresh, with their newest date — and the entries leading there, after a crawl and the checks; another website of the
站群 below that folder stays another website's; a crawl.json without `scope` still loads (local servers only)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from conftest import SERVER, page, serve
from test_crawl_folder_scope import COUNTY, TOWN, _resolve

from govweb.checks.context import SiteContext
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.collect import CrawlSettings, crawl

AS_OF = dt.date(2026, 12, 1)
FOOT = ('<div class="footer"><p>主办单位：峤川县郗桥镇人民政府 联系电话：0571-88880000</p>'
        '<p>网站标识码：3301000099 浙ICP备00000099号</p></div>')
# the township's columns in the county's folder: folder → (name, rows as (article, headline, date))
COLUMNS = {
    "zwdt": ("政务动态", [("202611/t20261126_3310.html", "郗桥镇开展冬季消防安全专项检查", "2026-11-26"),
                      ("202611/t20261119_3302.html", "郗桥镇召开村级换届工作部署会", "2026-11-19"),
                      ("202611/t20261105_3287.html", "郗桥镇举办农村实用技术培训班", "2026-11-05")]),
    "tzgg": ("通知公告", [("202611/t20261117_3299.html", "关于开展冬季防火安全检查的通知", "2026-11-17"),
                      ("202610/t20261028_3277.html", "关于做好秋冬季秸秆禁烧工作的通知", "2026-10-28"),
                      ("202610/t20261009_3265.html", "关于公布镇级便民服务事项的公告", "2026-10-09")]),
    "zcwj": ("政策文件", [("202611/t20261110_3290.html", "郗桥镇农村人居环境整治实施方案", "2026-11-10"),
                      ("202609/t20260915_3240.html", "郗桥镇防汛防台应急预案", "2026-09-15"),
                      ("202608/t20260820_3201.html", "郗桥镇村级财务管理办法", "2026-08-20")]),
}
# the township's other entries in the county's folder: address → (name, page body); its 政府信息公开 page leads on to
# the 指南, 目录 and 年报
ENTRIES = {
    "zfxxgk.html": ("政府信息公开", "<h2>政府信息公开</h2><ul><li><a href='gkzn.html'>政府信息公开指南</a></li>"
                    "<li><a href='gkml/'>政府信息公开目录</a></li><li><a href='ndbg/'>政府信息公开年报</a></li></ul>"),
    "gkzn.html": ("政府信息公开指南", "<h1>郗桥镇人民政府信息公开指南</h1><p>为了更好地提供政府信息公开服务，根据《中华人民共和国"
                  "政府信息公开条例》，编制本指南。一、主动公开：公开的范围、公开的形式和公开的时限。二、依申请公开：申请的"
                  "提出与受理、办理时限和收费标准。三、监督方式：举报电话 0571-88880000。</p>"),
    "hdjl/": ("互动交流", "<h2>镇长信箱</h2><form action='write.jsp' method='post'><input name='title'>"
              "<textarea name='content'></textarea><button>提交</button></form>"),
    "bsfw/": ("办事服务", "<h2>办事指南</h2><ul><li><a href='zn1.html'>农村宅基地审批办事指南</a></li>"
              "<li><a href='zn2.html'>生育登记办事指南</a></li><li><a href='zn3.html'>残疾人两项补贴申请办事指南</a></li></ul>"),
}
GUIDE = ("<h1>办事指南</h1><p>事项名称：农村宅基地审批。设定依据：《中华人民共和国土地管理法》。办理机构：郗桥镇人民政府。"
         "联系电话：0571-88880000。受理条件：本镇户籍居民。申请材料：身份证、户口簿、申请表。办理流程：受理、审核、办结。"
         "办理时限：5个工作日。收费标准：不收费。办理地点：郗桥镇便民服务中心。</p>")
REPORT = "郗桥镇人民政府2025年政府信息公开工作年度报告"
# another website of the 站群 below the township's folder: the township's 纪委, its own name and menu
MEMBER = "郗桥镇纪律检查委员会"


def _menu(prefix: str, home: str) -> str:
    items = [f'<li><a href="{prefix}{folder}/">{name}</a></li>' for folder, (name, _) in COLUMNS.items()]
    items += [f'<li><a href="{prefix}{path}">{name}</a></li>' for path, (name, _) in ENTRIES.items() if path != "gkzn.html"]
    return f'<div class="nav"><ul><li><a href="{home}">网站首页</a></li>{"".join(items)}</ul></div>'


def _doc(title: str, menu: str, body: str, foot: str = FOOT) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{menu}'
            f'<div class="main">{body}</div>{foot}</body></html>')


def _rows(rows: list[tuple[str, str, str]], prefix: str = "") -> str:
    return "".join(f'<li><a href="{prefix}{art}">{headline}</a><span>{date}</span></li>' for art, headline, date in rows)


def _article(headline: str, date: str) -> str:
    return (f"<h1>{headline}</h1><p>发布时间：{date}　来源：郗桥镇人民政府</p><div class='content'><p>{headline}。为切实做好"
            "相关工作，现将有关事项通知如下：一、提高思想认识；二、落实工作责任；三、加强督促检查。</p></div>")


def township_columns(app: web.Application) -> None:
    """xq.qiaochuan.gov.cn/ carries <base href="http://www.qiaochuan.gov.cn/xqz/"> (as `township` of
    test_crawl_folder_scope); the county's host holds the township's columns and entries in /xqz/ — pages in the
    county's template, titled with the county's name, not the township's — and the township 纪委's website at
    /xqz/jjjc/, with a menu of its own."""
    member_rows = [("gzdt/202611/t20261120_3305.html", "镇纪委召开警示教育大会", "2026-11-20"),
                   ("gzdt/202611/t20261112_3295.html", "镇纪委开展作风建设专项检查", "2026-11-12"),
                   ("gzdt/202610/t20261030_3280.html", "镇纪委举办廉政党课", "2026-10-30")]

    async def any_page(request: web.Request) -> web.Response:
        host, path, port = request.host.split(":")[0], request.path, request.app[SERVER].port
        county, town = f"http://{COUNTY}:{port}", f"http://{TOWN}:{port}/"
        if path == "/robots.txt":
            return page("User-agent: *\nDisallow:\n", content_type="text/plain")
        if host == TOWN and path == "/":
            rows = _rows([(f"{folder}/{art}", headline, date) for folder, (_, arts) in COLUMNS.items()
                          for art, headline, date in arts[:1]])
            return page(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>峤川县郗桥镇人民政府</title>'
                        f'<base href="{county}/xqz/"></head><body>{_menu("", town)}<ul class="list">{rows}</ul>'
                        f'<div class="links">相关网站：<a href="jjjc/">郗桥镇纪委</a><a href="{county}/">峤川县人民政府</a>'
                        f'</div>{FOOT}</body></html>')
        if host != COUNTY or not path.startswith("/xqz/"):
            return web.Response(status=404, text="not found")
        sub, menu = path[len("/xqz/"):], _menu(f"{county}/xqz/", town)
        if sub.startswith("jjjc/"):
            own = ('<div class="nav"><a href="/xqz/jjjc/">纪委首页</a><a href="/xqz/jjjc/gzdt/">工作动态</a>'
                   '<a href="/xqz/jjjc/djgz/">党纪法规</a><a href="/xqz/jjjc/jbzq/">监督举报</a></div>')
            foot = f'<div class="footer"><p>主办单位：{MEMBER}</p></div>'
            title = next((h for a, h, _ in member_rows if sub == f"jjjc/{a}"), None)
            if title is not None:
                return page(_doc(f"{title}_{MEMBER}", own, _article(title, "2026-11-20"), foot))
            return page(_doc(f"工作动态_{MEMBER}", own, f'<ul class="list">{_rows(member_rows, "/xqz/jjjc/")}</ul>', foot))
        if sub in ENTRIES:
            name, body = ENTRIES[sub]
            return page(_doc(f"{name}_峤川县人民政府", menu, body))
        if sub.startswith("bsfw/zn"):
            return page(_doc("办事指南_峤川县人民政府", menu, GUIDE))
        if sub == "gkml/":
            rows = _rows([(f"../{folder}/{art}", h, d) for folder in ("zcwj", "tzgg") for art, h, d in COLUMNS[folder][1]])
            return page(_doc("政府信息公开目录_峤川县人民政府", menu, f"<h2>政府信息公开目录</h2><ul>{rows}</ul>"))
        if sub == "ndbg/":
            return page(_doc("政府信息公开年报_峤川县人民政府", menu,
                             f"<h2>政府信息公开年报</h2><ul>{_rows([('2025.html', REPORT, '2026-01-20')])}</ul>"))
        if sub == "ndbg/2025.html":
            return page(_doc(f"{REPORT}_峤川县人民政府", menu, f"<h1>{REPORT}</h1><p>发布时间：2026-01-20</p><div><p>"
                             "一、总体情况。二、主动公开政府信息情况。三、收到和处理政府信息公开申请情况。四、政府信息公开"
                             "行政复议、行政诉讼情况。五、存在的主要问题及改进情况。六、其他需要报告的事项。</p></div>"))
        for folder, (name, arts) in COLUMNS.items():
            if sub == f"{folder}/":
                return page(_doc(f"{name}_峤川县人民政府", menu,
                                 f'<div class="crumb">首页 &gt; {name}</div><ul class="list">{_rows(arts)}</ul>'))
            for art, headline, date in arts:
                if sub == f"{folder}/{art}":
                    return page(_doc(f"{headline}_峤川县人民政府", menu, _article(headline, date)))
        return web.Response(status=404, text="not found")

    app.router.add_get("/{tail:.*}", any_page)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The township crawled once: its snapshot folder and the county's origin."""
    out = tmp_path_factory.mktemp("folder-scope") / "s"
    with serve(township_columns) as srv:
        port = srv.port
        result = crawl(f"http://{TOWN}:{port}/", out, CrawlSettings(timeout=5.0, check_external=False,
                                                                     resolve=_resolve(port)))
    assert result.complete
    return out, f"http://{COUNTY}:{port}"


def _columns(report: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    return {c["url"]: (c["name"], c["last_update"]) for c in report["columns"]}


@pytest.mark.timeout(120)
def test_the_columns_and_entries_in_the_sites_folder_of_another_host_are_the_sites(crawled: tuple[Path, str]) -> None:
    out, county = crawled
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    assert [f["folder"] for f in data["scope"]["folders"]] == [f"{county}/xqz/"]
    snapshot = load_snapshot(out)
    assert snapshot.scope_folders == [f"{county}/xqz/"]
    report = run_checks(snapshot, AS_OF)
    # the township's columns in the county's folder: found, each with its newest date, none stale or blank
    columns = _columns(report)
    assert {u: columns.get(u) for u in (f"{county}/xqz/zwdt/", f"{county}/xqz/tzgg/", f"{county}/xqz/zcwj/")} == {
        f"{county}/xqz/zwdt/": ("政务动态", "2026-11-26"), f"{county}/xqz/tzgg/": ("通知公告", "2026-11-17"),
        f"{county}/xqz/zcwj/": ("政策文件", "2026-11-10")}
    assert not [f for f in report["findings"] if f["check"] in ("stale-column", "empty-column", "homepage-stale")]
    # the entries leading into the folder (the 指南, 目录 and 年报 by way of its 政府信息公开 page) are present
    elements = report["elements"]
    for el, target in (("政策文件", "zcwj/"), ("互动交流", "hdjl/"), ("办事服务", "bsfw/"), ("政府信息公开指南", "gkzn.html"),
                       ("政府信息公开目录", "gkml/"), ("政府信息公开年报", "ndbg/")):
        assert elements[el]["present"] and elements[el]["url"] == f"{county}/xqz/{target}", el
    # the 纪委's website below the folder (its own name, menu and footer) is another website, not the township's
    assert not [u for u in columns if "/jjjc/" in u]
    ctx = SiteContext(snapshot, AS_OF)
    assert ctx.same_site(f"{county}/xqz/zwdt/") and ctx.in_site_section(f"{county}/xqz/zwdt/202612/unseen.html")
    assert not ctx.same_site(f"{county}/xqz/jjjc/gzdt/") and ctx.of_member_site(f"{county}/xqz/jjjc/gzdt/")
    assert not ctx.same_site(f"{county}/") and not ctx.in_site_section(f"{county}/xwzx/")


@pytest.mark.timeout(120)
def test_a_crawl_json_without_scope_loads_with_no_folder(crawled: tuple[Path, str], tmp_path: Path) -> None:
    """An older crawl.json (no `scope`, or `scope` a list of hosts) and a malformed one load with no folder scope:
    the folder's pages are then another host's, as before."""
    out, county = crawled
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    for name, scope in (("none", None), ("hosts", [TOWN]), ("junk", {"folders": [{"folder": 7}, "x", {"reason": "base"}]})):
        old = tmp_path / name
        old.mkdir()
        (old / "crawl.warc.gz").symlink_to(out / "crawl.warc.gz")
        (old / "crawl.json").write_text(json.dumps({k: v for k, v in data.items() if k != "scope"} | (
            {"scope": scope} if scope is not None else {}), ensure_ascii=False), encoding="utf-8")
        snapshot = load_snapshot(old)
        assert snapshot.scope_folders == [] and snapshot.integrity.complete and snapshot.complete
        assert not SiteContext(snapshot, AS_OF).same_site(f"{county}/xqz/zwdt/")
    assert f"{county}/xqz/zwdt/" not in _columns(run_checks(load_snapshot(tmp_path / "none"), AS_OF))
