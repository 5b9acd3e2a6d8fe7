"""Evidence cites URLs as the site links them: a small site whose links carry unordered queries, fragments, an
upper-case host, `./` and `../` parts, percent-escapes and Chinese is crawled and checked; every URL the crawl,
the WARC, the findings and the report show is one the site links (resolved against its page), while pages are still
told apart by their canonical keys."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from aiohttp import web
from conftest import page, serve
from warcio.archiveiterator import ArchiveIterator

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.collect import CrawlSettings, crawl
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.publish.diagnosis.model import build_diagnosis
from govweb.scoring import load_methodology
from govweb.scoring.site import scored_document
from govweb.urlnorm import canonical, readable, resolve

FOOTER = ('<div class="footer"><p>主办单位：样例县人民政府办公室 联系电话：0000-7654321</p>'
          '<p>网站标识码：9999000001 样ICP备00000001号</p></div>')


def _site(port: int) -> dict[str, str]:
    """path?query (as the server sees it) → the page; hrefs in the odd spellings real pages use."""
    nav = ('<div class="nav"><ul><li><a href="/">首页</a></li>'
           '<li><a href="/zcwj/list.jsp?uid=7&amp;pageNum=10#top">政策文件</a></li>'
           f'<li><a href="HTTP://WWW.Cite.TEST:{port}/ldxx/./index.html?b=2&amp;a=1">领导信息</a></li>'
           '<li><a href="../hdjl/留言.html">互动交流</a></li>'
           '<li><a href="/bsfw/%E5%8A%9E%E4%BA%8B.jsp?z=1&amp;a=2">办事服务</a></li></ul></div>')

    def doc(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{nav}'
                f'<div class="main">{body}</div>{FOOTER}</body></html>')

    rows = "".join(f'<li><a href="../art/{d}.html?id={d}&amp;cat=2#c">第{d}号文件</a><span>2020-11-2{d}</span></li>'
                   for d in range(1, 4))
    pages = {
        "/": doc("样例县人民政府", f'<ul class="list">{rows}</ul><a href="/gone.jsp?z=1&amp;a=2">失效链接</a>'
                   '<a href="/旧栏目/说明.html">旧栏目</a>'),
        "/zcwj/list.jsp?uid=7&pageNum=10": doc("政策文件", f'<div class="crumb">首页 > 政策文件</div><ul>{rows}</ul>'),
        "/ldxx/index.html?b=2&a=1": doc("领导信息", "<p>县长：某某，主持县政府全面工作。</p>"),
        "/hdjl/留言.html": doc("互动交流", '<p>县长信箱：<a href="write.jsp?step=1&amp;act=new">我要写信</a></p>'),
        "/bsfw/办事.jsp?z=1&a=2": doc("办事服务", "<p>办事指南：户籍办理、社保查询、不动产登记，在线申报。</p>"),
        "/hdjl/write.jsp?step=1&act=new": doc("我要写信", "<form><textarea name=x></textarea><button>提交</button></form>"),
    }
    for d in range(1, 4):
        pages[f"/art/{d}.html?id={d}&cat=2"] = doc(f"第{d}号文件", f"<h1>第{d}号文件</h1><p>发布时间：2020-11-2{d}</p>")
    return pages


def _crawl(tmp_path: Path) -> tuple[str, dict[str, str], set[str]]:
    """Crawl the site; return its seed, its pages by URL and every URL its pages link (resolved as a browser does)."""
    out = tmp_path / "site"

    def routes(app: web.Application) -> None:
        async def any_page(request: web.Request) -> web.Response:
            site = _site(request.url.port or 80)
            key = request.path + (f"?{request.query_string}" if request.query_string else "")
            return page(site[key]) if key in site else page("<title>404</title>页面不存在", status=404)

        app.router.add_get("/{tail:.*}", any_page)

    with serve(routes) as srv:
        seed = f"http://www.cite.test:{srv.port}/"
        crawl(seed, out, CrawlSettings(resolve=(f"www.cite.test:{srv.port}:127.0.0.1",), timeout=5.0,
                                       check_external=False))
        site = _site(srv.port)
    linked = {seed}
    for path, text in site.items():
        base = resolve(seed, path)
        assert base is not None
        for href in text.split('href="')[1:]:
            url = resolve(base, href.split('"', 1)[0].replace("&amp;", "&"))
            if url:
                linked.add(url)
    return seed, {resolve(seed, p) or p: t for p, t in site.items()}, linked


def _urls(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if value.startswith(("http://", "https://")) else set()
    if isinstance(value, dict):
        return set().union(*(_urls(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_urls(v) for v in value)) if value else set()
    return set()


def test_findings_crawl_and_warc_cite_urls_as_the_site_links_them(tmp_path: Path) -> None:
    seed, pages, linked = _crawl(tmp_path)
    out = tmp_path / "site"
    origin = seed.rstrip("/")
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    recorded = {p["url"] for p in data["pages"]} | {p.get("final_url") for p in data["pages"] if p.get("final_url")}
    assert recorded - {origin + "/robots.txt"} <= linked
    with open(out / "crawl.warc.gz", "rb") as fh:
        targets = {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)
                   if r.rec_type in ("request", "response")}
    assert targets - {origin + "/robots.txt"} <= linked

    report = run_checks(load_snapshot(out), dt.date(2020, 11, 26))
    shown = _urls(report["findings"]) | _urls(report["elements"]) | _urls(report["columns"])
    assert shown and {u for u in shown if u.startswith(origin)} <= linked
    elements = report["elements"]
    # the query as written (never sorted), no fragment, host in lower case, `./` resolved, Chinese escaped as fetched
    assert elements["政策文件"]["url"] == origin + "/zcwj/list.jsp?uid=7&pageNum=10"
    assert elements["负责人信息"]["url"] == origin + "/ldxx/index.html?b=2&a=1"
    assert elements["互动交流"]["url"] == origin + "/hdjl/%E7%95%99%E8%A8%80.html"
    assert elements["办事服务"]["url"] == origin + "/bsfw/%E5%8A%9E%E4%BA%8B.jsp?z=1&a=2"
    broken = {f["target"] for f in report["findings"] if f["check"] == "broken-link"}
    assert broken == {origin + "/gone.jsp?z=1&a=2", origin + "/%E6%97%A7%E6%A0%8F%E7%9B%AE/%E8%AF%B4%E6%98%8E.html"}
    # deduplication still keys pages: the sorted spelling names the same page
    assert canonical(origin + "/zcwj/list.jsp?pageNum=10&uid=7") == canonical(elements["政策文件"]["url"])

    # the report a site operator reads shows the Chinese the site writes, and names the same URL
    methodology = load_methodology(DEFAULT_METHODOLOGY)
    scored = scored_document(report, methodology, None)
    (out / "findings.json").write_text(json.dumps(scored, ensure_ascii=False), encoding="utf-8")
    diagnosis = build_diagnosis(out, methodology, tier="区县")
    wheres = {f.where for f in diagnosis.findings} | {f.evidence_url for f in diagnosis.findings}
    assert {origin + "/gone.jsp?z=1&a=2", origin + "/旧栏目/说明.html"} <= wheres
    shown_text = [t for f in diagnosis.findings for t in (f.where, f.evidence_url, f.message, f.excerpt)]
    assert not [t for t in shown_text + diagnosis.warnings if "%E" in t]   # no escaped Chinese anywhere
    assert readable(elements["互动交流"]["url"]) == origin + "/hdjl/留言.html"
    assert resolve(seed, readable(elements["办事服务"]["url"])) == elements["办事服务"]["url"]
