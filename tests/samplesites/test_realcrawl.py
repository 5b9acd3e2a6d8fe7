"""A corpus site served on loopback and crawled by govweb's crawler (the corpus benchmark's --render modes): the
crawl fetches exactly the corpus pages, byte for byte, reaches unlinked ones through the sitemap, never reports a
page the corpus lacks as broken; with the browser lane the checks read the rendered page."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govweb.samplesites.accuracy import check_folder
from govweb.samplesites.realcrawl import CorpusServer, crawl_site, robots_txt, uncrawled
from govweb.samplesites.realpages import Page, Site
from govweb.samplesites.threaded import free_port
from govweb.urlnorm import canonical

CHROMIUM = Path("/usr/bin/chromium")
AS_OF = dt.date(2021, 3, 1)


def _site(port: int, home_footer: str = "", tls_port: int | None = None) -> Site:
    home = f"http://www.qx.test:{port}/"
    other = f"https://xxgk.gk-host.test:{tls_port}" if tls_port else f"http://xxgk.gk-host.test:{port}"
    html = {
        "index.html": (f"<html><head><meta charset='gbk'><title>某县人民政府</title></head><body>"
                       f"<a href='/xwzx/'>新闻中心</a> <a href='/gone/index.html'>不在语料中的栏目</a> "
                       f"<a href='{other}/gkml/'>政府信息公开目录</a> <a href='http://www.outside.test/'>外站</a>"
                       f"<ul><li><a href='/xwzx/1.html'>县政府召开常务会议</a><span>2021-02-26</span></li></ul>"
                       f"{home_footer}</body></html>"),
        "xwzx.html": "<html><head><title>新闻中心</title></head><body><ul><li><a href='1.html'>会议</a>"
                     "<span>2021-02-26</span></li><li><a href='2.html'>调研</a><span>2021-02-20</span></li></ul></body></html>",
        "gkml.html": "<html><head><title>政府信息公开目录</title></head><body>目录</body></html>",
        "lone.html": "<html><head><title>机构职能</title></head><body>县政府办公室职能：……</body></html>",
    }
    urls = {"index.html": home, "xwzx.html": home + "xwzx/", "gkml.html": f"{other}/gkml/",
            "lone.html": home + "zwgk/机构职能.html"}
    source = {"repository": "example/test", "path": "x", "commit": "0" * 40}
    pages = [Page(f, urls[f], "homepage" if f == "index.html" else "page", html[f].encode("gbk"), {}, source)
             for f in html]
    return Site("qx", Path("."), "dev", {"seed": "index.html", "homepage": "index.html", "as_of": AS_OF.isoformat()},
                pages)


def test_robots_allows_exactly_the_corpus_pages() -> None:
    site = _site(8080)
    text = robots_txt(site, "http", "www.qx.test", 8080)
    assert "Allow: /$" in text and "Allow: /xwzx/$" in text and "Disallow: /" in text
    assert "Allow: /zwgk/%E6%9C%BA%E6%9E%84%E8%81%8C%E8%83%BD.html$" in text     # non-ASCII path, quoted
    assert "gkml" not in text                                                       # another host's page
    assert "Sitemap: http://www.qx.test:8080/govweb-corpus-sitemap.xml" in text


def test_a_page_at_its_index_document_is_allowed_at_its_directory_too(tmp_path: Path) -> None:
    # the corpus keeps `/bmdt/default.aspx`, the site links `/bmdt/`: the server answers both, so robots.txt allows
    # both, and the crawl fetches the page the homepage links
    port = free_port()
    home = f"http://www.ly.test:{port}/"
    index = "<html><head><title>某局</title></head><body><a href='/bmdt/'>部门动态</a></body></html>"
    listing = ("<html><head><title>部门动态</title></head><body><table><tr><td><a href='/bmdt/7.aspx'>局务会</a></td>"
               "<td>2021-02-26</td></tr></table></body></html>")
    source = {"repository": "example/test", "path": "x", "commit": "0" * 40}
    site = Site("ly", Path("."), "dev", {"seed": "index.html", "homepage": "index.html", "as_of": AS_OF.isoformat()},
                [Page("index.html", home, "homepage", index.encode(), {}, source),
                 Page("bmdt.html", home + "bmdt/default.aspx", "column", listing.encode(), {}, source)])
    text = robots_txt(site, "http", "www.ly.test", port)
    assert "Allow: /bmdt/default.aspx$" in text and "Allow: /bmdt/$" in text
    with CorpusServer(site, address="127.0.0.1") as server:
        asyncio.run(crawl_site(site, tmp_path, server, render="never"))
    assert uncrawled(site, tmp_path) == []
    rows = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))["pages"]
    assert [p["status"] for p in rows if p["url"].endswith("/bmdt/")] == [200]
    # (a link to a page the corpus lacks stays robots-disallowed)
    assert [p["error"] for p in rows if p["url"].endswith("/bmdt/7.aspx")] == ["robots-disallowed"]


def test_crawl_fetches_the_corpus_pages_and_nothing_else(tmp_path: Path) -> None:
    site = _site(free_port(), tls_port=free_port())    # one host over https
    with CorpusServer(site, address="127.0.0.1") as server:
        render = asyncio.run(crawl_site(site, tmp_path, server, render="never"))
    assert render["mode"] == "never"
    assert uncrawled(site, tmp_path) == []            # the unlinked page came through the sitemap
    crawl = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))
    rows = {p["url"]: p for p in crawl["pages"]}
    gone = next(u for u in rows if u.endswith("/gone/index.html"))
    assert rows[gone]["error"] == "robots-disallowed" and rows[gone].get("status") is None
    assert not [u for u, p in rows.items() if p.get("status") == 404]
    assert "http://www.outside.test/" not in rows      # outside links are not checked offline
    with open(tmp_path / "crawl.warc.gz", "rb") as fh:
        bodies = {canonical(r.rec_headers.get_header("WARC-Target-URI")): r.content_stream().read()
                  for r in ArchiveIterator(fh) if r.rec_type == "response"}
    for page in site.pages:
        assert bodies[canonical(page.url)] == page.body
    report = check_folder(tmp_path, AS_OF)
    assert not [f for f in report["findings"] if f["check"] == "broken-link"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no Debian chromium")
def test_the_browser_lane_shows_a_footer_a_script_writes(tmp_path: Path) -> None:
    footer = ("<div id='ft'><script>var a = ['浙', 'I', 'C', 'P', '备'].join(''), n = 5012345 * 1;"
              "document.write('<p>主办单位：某县人民政府办公室 ' + a + '0' + n + '号</p>');</script></div>")
    site = _site(free_port(), footer)
    for mode in ("never", "auto"):
        with CorpusServer(site, address="127.0.0.1") as server:
            asyncio.run(crawl_site(site, tmp_path / mode, server, render=mode))
    static = check_folder(tmp_path / "never", AS_OF)["elements"]["ICP备案号"]
    rendered = check_folder(tmp_path / "auto", AS_OF)["elements"]["ICP备案号"]
    assert static["measured"] is False                 # a script writes it: not measured without a browser
    assert rendered["present"] is True and rendered["value"] and "05012345" in rendered["value"]


def test_a_splash_page_and_the_index_document_it_opens_are_served_apart(tmp_path: Path) -> None:
    # `/` and `/index.jsp` share a canonical key but are two corpus pages: each URL answers its own bytes, so the
    # crawl follows the splash page's refresh to the homepage as on the real site
    port = free_port()
    home = f"http://www.qx.test:{port}/"
    splash = "<html><head><meta http-equiv='refresh' content='2;url=index.jsp'></head><body>欢迎</body></html>"
    index = ("<html><head><title>某县人民政府</title></head><body><a href='/xwzx/'>新闻中心</a> "
             "<a href='/tzgg/'>通知公告</a> <a href='/zcwj/'>政策文件</a> <a href='/hdjl/'>互动交流</a>"
             "<p>主办单位：某县人民政府办公室 浙ICP备05012345号</p></body></html>")
    source = {"repository": "example/test", "path": "x", "commit": "0" * 40}
    site = Site("qx", Path("."), "dev", {"seed": "root.html", "homepage": "index.html", "as_of": AS_OF.isoformat()},
                [Page("root.html", home, "splash", splash.encode(), {}, source),
                 Page("index.html", home + "index.jsp", "homepage", index.encode(), {}, source)])
    with CorpusServer(site, address="127.0.0.1") as server:
        asyncio.run(crawl_site(site, tmp_path, server, render="never"))
    crawl = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))
    assert crawl["homepage"] == home + "index.jsp"
    report = check_folder(tmp_path, AS_OF)
    assert report["site"]["homepage"] == home + "index.jsp"
    assert report["elements"]["ICP备案号"]["present"] is True


def test_a_page_on_an_ip_address_host_is_served_on_loopback_too(tmp_path: Path) -> None:
    # the site's guestbook lives on a public IP address and its own port: the crawl must reach the corpus copy
    # through the resolve map, not the real address (which the evaluator's network may answer with anything)
    port, guest_port = free_port(), free_port()
    home = f"http://www.hq.test:{port}/"
    guest = f"http://58.20.117.6:{guest_port}/liuyan/list.php"
    index = f"<html><head><title>某乡</title></head><body><a href='{guest}'>乡长信箱</a></body></html>"
    letters = ("<html><head><title>乡长信箱</title></head><body><ul><li><a href='show.php?id=3'>关于修路的建议</a>"
               "<span>2021-02-20</span> 已回复</li></ul></body></html>")
    source = {"repository": "example/test", "path": "x", "commit": "0" * 40}
    site = Site("hq", Path("."), "dev", {"seed": "index.html", "homepage": "index.html", "as_of": AS_OF.isoformat()},
                [Page("index.html", home, "homepage", index.encode(), {}, source),
                 Page("ly.html", guest, "column", letters.encode(), {}, source)])
    with CorpusServer(site, address="127.0.0.1") as server:
        asyncio.run(crawl_site(site, tmp_path, server, render="never"))
    assert uncrawled(site, tmp_path) == []
    rows = json.loads((tmp_path / "crawl.json").read_text(encoding="utf-8"))["pages"]
    assert [p["status"] for p in rows if p["url"] == guest] == [200]
