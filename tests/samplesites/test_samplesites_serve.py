"""Serving: every host on 127.0.0.1 and ::1 by Host header, search, the hostile site and the blocked host."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from ss_fetch import get

from govweb.samplesites.server import SampleServer


def test_every_site_is_served_on_both_loopbacks(server: SampleServer) -> None:
    assert "::1" in server.bound
    for site in server.sites:
        for addr in ("127.0.0.1", "::1"):
            if addr == "::1" and not site.ipv6:
                with pytest.raises(OSError):
                    get(site.url, addr)
                continue
            r = get(site.url, addr)
            if site.status == "not-measured":
                assert r.status == 412
            else:
                assert r.status == 200, (site.url, addr)
                assert site.name.encode("gb18030") in r.body or site.name.encode() in r.body


def test_resolve_args_cover_site_and_external_hosts(server: SampleServer) -> None:
    site = server.site("www.suzhou.gov.cn")
    args = site.resolve_args()
    assert f"www.suzhou.gov.cn:{server.port}:127.0.0.1,::1" in args
    assert any(a.startswith("bszs.conac.cn:") for a in args)
    anji = next(a for a in args if a.startswith("www.anji.gov.cn:"))
    assert anji.endswith(":127.0.0.1")  # no AAAA for the site planted without IPv6
    assert all(a.count(":") >= 2 for a in site.resolve_args(ipv6=False))


def test_served_sites_csv_matches_served_urls(built: Path, server: SampleServer) -> None:
    from govweb.samplesites.build import sites_csv

    rows = list(csv.DictReader(sites_csv(server.meta["sites"], server.port).splitlines()))
    assert [r["首页网址"] for r in rows] == [s.url for s in server.sites]
    for r in rows:
        assert get(r["首页网址"]).status in (200, 412)


def test_absolute_links_to_served_hosts_get_the_port(server: SampleServer) -> None:
    body = get(server.site("www.wuhan.gov.cn").url).body.decode()
    assert f"http://bszs.conac.cn:{server.port}/" in body
    assert "http://bszs.conac.cn/" not in body
    ext = re.search(r'href="(http://www\.expired-zt\.gov\.cn:\d+/[^"]+)"', body)
    assert ext and get(ext.group(1)).status == 404


def test_search_finds_article_titles(server: SampleServer) -> None:
    for host in ("www.suzhou.gov.cn", "www.zhaoan.gov.cn", "www.anji.gov.cn"):
        meta = server.by_host[host]
        index = server._indexes.get(host) or __import__("json").loads(
            (server.dir / "_meta" / "search" / f"{host}.json").read_text(encoding="utf-8"))
        title = index[0]["title"]
        enc = "gbk" if meta["encoding"] != "utf-8" else "utf-8"
        url = f"http://{host}:{server.port}{meta['search_path']}?{meta['search_param']}={quote(title.encode(enc))}"
        r = get(url)
        assert r.status == 200
        assert title in r.body.decode(meta["encoding"])
        assert index[0]["url"].encode() in r.body
        page_title = f"{title}_{meta['name']}"  # what a page's <title> says: still finds the article first
        r = get(f"http://{host}:{server.port}{meta['search_path']}?{meta['search_param']}={quote(page_title.encode(enc))}")
        first = re.search(rb'<ul class="results"><li><a href="([^"]+)"', r.body)
        assert first and first.group(1) == index[0]["url"].encode()
        none = get(f"http://{host}:{server.port}{meta['search_path']}?{meta['search_param']}={quote('不存在的标题xyz')}")
        assert b'href="/' not in none.body.split(b"results")[-1]
    broken = next(s for s in server.meta["sites"] if s["search_broken"] and not s["held_out"])
    index = __import__("json").loads((server.dir / "_meta" / "search" / f"{broken['host']}.json").read_text("utf-8"))
    r = get(f"http://{broken['host']}:{server.port}{broken['search_path']}?{broken['search_param']}="
            f"{quote(index[0]['title'].encode(broken['encoding']))}")
    assert r.status == 200 and "共找到 0 条结果".encode(broken["encoding"]) in r.body


def test_head_and_ranges_for_attachments(server: SampleServer, truth: dict) -> None:
    r = get(server.site("www.suzhou.gov.cn").url, method="HEAD")
    assert r.status == 200 and r.body == b""
    for site in server.sites:
        root = server.dir / "hosts" / site.hosts[0]
        pdfs = sorted(root.rglob("*.pdf"))
        if pdfs:
            rel = "/" + str(pdfs[0].relative_to(root))
            r = get(f"http://{site.hosts[0]}:{server.port}{rel}")
            assert r.status == 200 and r.body.startswith(b"%PDF") and r.headers["content-type"] == "application/pdf"
            break


HOSTILE = "www.baoding.gov.cn"


def hostile_url(server: SampleServer, path: str) -> str:
    return f"http://{HOSTILE}:{server.port}{path}"


def test_hostile_traps(server: SampleServer) -> None:
    home = get(hostile_url(server, "/")).body.decode()
    for path in ("/rili/2020/11/", "/redirect/a.html", "/error/500_1.html", "/slow/drip.html", "/big/page.html",
                 "/private/oa/index.html", "/malformed.html", "/badbytes.html", "/waf/check.html"):
        assert f'href="{path}"' in home
    a = get(hostile_url(server, "/redirect/a.html"))
    b = get(hostile_url(server, "/redirect/b.html"))
    assert (a.status, a.headers["location"], b.status, b.headers["location"]) == (
        302, "/redirect/b.html", 302, "/redirect/a.html")
    assert get(hostile_url(server, "/error/500_2.html")).status == 500
    cal = get(hostile_url(server, "/rili/2020/11/")).body.decode()
    assert "/rili/2020/12/" in cal and "/rili/2020/10/" in cal
    far = get(hostile_url(server, "/rili/2417/03/")).body.decode()  # the calendar never ends
    assert "/rili/2417/04/" in far
    big = get(hostile_url(server, "/big/page.html"))
    assert len(big.body) == 8 * 1024 * 1024
    robots = get(hostile_url(server, "/robots.txt")).body.decode()
    assert "Disallow: /private/" in robots
    assert get(hostile_url(server, "/private/oa/index.html")).status == 200
    waf = get(hostile_url(server, "/waf/check.html"))
    assert waf.status == 412 and b"<script" in waf.body
    bad = get(hostile_url(server, "/badbytes.html")).body
    with pytest.raises(UnicodeDecodeError):
        bad.decode("utf-8")
    assert get(hostile_url(server, "/malformed.html")).status == 200


def test_slow_drip_is_slow_but_completes(server: SampleServer) -> None:
    start = time.monotonic()
    r = get(hostile_url(server, "/slow/drip.html?s=1.5"))
    assert r.status == 200 and r.body.endswith(b"</html>")
    assert time.monotonic() - start >= 1.4
    with pytest.raises(TimeoutError):
        get(hostile_url(server, "/slow/drip.html?s=5"), timeout=0.3)


def test_busy_page_recovers_after_retry_after(server: SampleServer) -> None:
    codes = [get(hostile_url(server, "/busy/index.html")).status for _ in range(4)]
    assert codes[0] == 503 and codes[-1] == 200


def test_blocked_host_only_answers_the_challenge(server: SampleServer) -> None:
    for path in ("/", "/robots.txt", "/xwzx/index.html"):
        r = get(f"http://www.rizhao.gov.cn:{server.port}{path}")
        assert r.status == 412 and b"<script" in r.body


def test_sitemap_and_moved_pages(server: SampleServer) -> None:
    site = server.site("www.suzhou.gov.cn")
    robots = get(site.url + "robots.txt").body.decode()
    sitemap = re.search(r"Sitemap: (\S+)", robots)
    assert sitemap and sitemap.group(1) == site.url + "sitemap.xml"
    locs = re.findall(r"<loc>([^<]+)</loc>", get(sitemap.group(1)).body.decode())
    assert len(locs) > 20 and all(loc.startswith(site.url) for loc in locs)
    assert all(get(loc).status == 200 for loc in locs[:15])
    moved = get(site.url + "zwgk/xxgk/index.html")
    assert moved.status == 301 and get(site.url.rstrip("/") + moved.headers["location"]).status == 200
