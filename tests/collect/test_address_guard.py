"""The address guard: a hostile site on loopback hands the crawler, the measurements and the browser lane links,
redirects, frames and scripts aimed at loopback, link-local and private addresses in every spelling; nothing
reaches them unless the operator named the host or passed --allow-private."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.abc import ResolveResult
from conftest import Server, html, page, serve
from warcio.archiveiterator import ArchiveIterator

from govweb.collect import CrawlSettings, crawl
from govweb.collect.guard import (
    AddressPolicy,
    category,
    check_url,
    host_key,
    operator_policy,
    operator_problem,
    parse_ip,
)
from govweb.collect.netmap import parse_resolve
from govweb.collect.urls import canonicalize
from govweb.errors import BadInput

HOST = "www.hostile.gov.cn"  # the site under evaluation: operator-named through --resolve
SUBDOMAIN = "data.hostile.gov.cn"  # in the crawl's scope, but only "DNS" (the fake resolver) says it is loopback
REBIND = "rebind.evil.example"  # a site-handed name whose DNS answer is 127.0.0.1


@pytest.mark.parametrize(("spelling", "address", "kind"), [
    ("127.0.0.1", "127.0.0.1", "loopback"),
    ("2130706433", "127.0.0.1", "loopback"),          # decimal
    ("017700000001", "127.0.0.1", "loopback"),        # octal, one part
    ("0177.0.0.1", "127.0.0.1", "loopback"),          # octal parts
    ("0x7f.1", "127.0.0.1", "loopback"),              # hex, short form
    ("0x7f000001", "127.0.0.1", "loopback"),
    ("127.1", "127.0.0.1", "loopback"),               # short form
    ("127.0.0.1.", "127.0.0.1", "loopback"),          # trailing dot
    ("[::ffff:127.0.0.1]", "127.0.0.1", "loopback"),  # IPv4-mapped IPv6
    ("::ffff:7f00:1", "127.0.0.1", "loopback"),
    ("[::1]", "::1", "loopback"),
    ("0", "0.0.0.0", "unspecified"),
    ("[::]", "::", "unspecified"),
    ("169.254.169.254", "169.254.169.254", "link-local"),
    ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254", "link-local"),
    ("2852039166", "169.254.169.254", "link-local"),
    ("[fe80::1%25eth0]", "fe80::1", "link-local"),
    ("[64:ff9b::a9fe:a9fe]", "64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 carrying 169.254.169.254
    ("10.1.2.3", "10.1.2.3", "private"),
    ("172.31.255.1", "172.31.255.1", "private"),
    ("192.168.0.1", "192.168.0.1", "private"),
    ("[fd12::1]", "fd12::1", "private"),
    ("100.100.100.200", "100.100.100.200", "metadata"),  # Alibaba Cloud's metadata service
    ("[fd00:ec2::254]", "fd00:ec2::254", "metadata"),
    ("224.0.0.1", "224.0.0.1", "multicast"),
    ("[ff02::1]", "ff02::1", "multicast"),
    ("8.8.8.8", "8.8.8.8", None),
    ("172.32.0.1", "172.32.0.1", None),
    ("[2001:4860::8888]", "2001:4860::8888", None),
])
def test_every_spelling_of_an_address_is_read_and_classified(spelling: str, address: str, kind: str | None) -> None:
    ip = parse_ip(spelling)
    assert ip is not None and str(ip) == address
    assert category(ip) == kind


@pytest.mark.parametrize("name", ["www.gov.cn", "1.2.3.4.example.com", "256.1.1.1", "1.2.3.256", "0x100000000",
                                  "1_0.1.1.1", "٣.1.1.1", "0x7g.1", "", "localhost"])
def test_host_names_are_not_addresses(name: str) -> None:
    assert parse_ip(name) is None


def test_check_url_is_the_rule_without_the_network() -> None:
    strict = AddressPolicy()
    for url in ("http://127.0.0.1/", "http://0x7f.1:8080/a", "http://[::ffff:127.0.0.1]/", "http://LOCALHOST./",
                "http://a.localhost/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/"):
        reason = check_url(url, strict)
        assert reason is not None and reason.startswith("地址受限："), url
    assert check_url("http://www.gov.cn/", strict) is None  # a name: screened again on its address when fetched
    assert check_url("not a url", strict) is None
    named = operator_policy(["http://127.0.0.1:8080/"], ["www.a.gov.cn:80:10.0.0.5"])
    assert check_url("http://127.0.0.1:9999/", named) is None  # an operator-named host, on every port
    assert check_url("http://0x7f.1/", named) is None  # … in every spelling
    assert check_url("http://www.a.gov.cn:81/", named) is None
    assert check_url("http://[::1]/", named) is not None  # another host
    assert check_url("http://169.254.169.254/", operator_policy(["http://169.254.169.254.nip.example/"])) is not None
    opened = AddressPolicy(allow_private=True)
    assert check_url("http://192.168.1.1/", opened) is None and check_url("http://localhost/", opened) is None
    assert "链路本地" in (check_url("http://169.254.169.254/", opened) or "")  # never opened
    assert "组播" in (check_url("http://224.0.0.251/", opened) or "")
    assert host_key("WWW.Example.GOV.CN.") == "www.example.gov.cn" and host_key("[::FFFF:7F00:1]") == "127.0.0.1"


def test_operators_may_name_loopback_and_private_hosts_but_never_link_local_or_multicast() -> None:
    assert operator_problem("http://127.0.0.1:8080/") is None and operator_problem("http://10.0.0.8/") is None
    for url in ("http://169.254.169.254/", "http://0xa9fea9fe/", "http://[fe80::1]/", "http://224.0.0.1/",
                "http://0.0.0.0/", "http://100.100.100.200/"):
        assert operator_problem(url) is not None, url
    with pytest.raises(BadInput) as refused:
        operator_policy(["http://www.ok.gov.cn/", "http://169.254.169.254/", "http://[ff02::1]/"])
    assert len(refused.value.problems) == 2
    with pytest.raises(BadInput) as bad_map:
        parse_resolve(["www.a.gov.cn:80:169.254.169.254", "www.b.gov.cn:80:127.0.0.1", "www.c.gov.cn:80:224.0.0.9"])
    assert [p.message.split("」")[0] for p in bad_map.value.problems] == [
        "--resolve「www.a.gov.cn:80:169.254.169.254", "--resolve「www.c.gov.cn:80:224.0.0.9"]


class FakeDNS:
    """Stands in for the system resolver: the names in ANSWERS resolve to loopback, as a hostile DNS would."""

    ANSWERS = {SUBDOMAIN: ["127.0.0.1"], REBIND: ["127.0.0.1", "::1"]}

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[ResolveResult]:
        if host not in self.ANSWERS:
            raise OSError(socket.EAI_NONAME, f"{host} does not resolve in the test")
        return [ResolveResult(hostname=host, host=a, port=port,
                              family=socket.AF_INET6 if ":" in a else socket.AF_INET, proto=0,
                              flags=socket.AI_NUMERICHOST) for a in self.ANSWERS[host]]

    async def close(self) -> None:
        pass


def victim_routes(app: web.Application) -> None:
    async def anything(request: web.Request) -> web.Response:
        return page(html("内部服务", body="<p>SECRET-TOKEN</p>"))

    app.router.add_route("*", "/{tail:.*}", anything)


def home_and_redirect(body: str, path: str, location: str) -> Any:
    """A homepage showing `body`, and `path` redirecting to `location`."""
    def routes(app: web.Application) -> None:
        async def home(request: web.Request) -> web.Response:
            return page(html("首页", body=body))

        async def moved(request: web.Request) -> web.Response:
            return web.Response(status=302, headers={"Location": location})

        app.router.add_get("/", home)
        app.router.add_get(path, moved)

    return routes


def forbidden_targets(victim: int) -> dict[str, str]:
    """What the hostile homepage links to: name → URL (the victim server listens on 127.0.0.1 and ::1)."""
    return {
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "metadata-hex": "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
        "loopback-other-port": f"http://127.0.0.1:{victim}/secret",
        "hex": f"http://0x7f.1:{victim}/hex",
        "decimal": f"http://2130706433:{victim}/decimal",
        "octal": f"http://0177.0.0.1:{victim}/octal",
        "short": f"http://127.1:{victim}/short",
        "mapped": f"http://[::ffff:127.0.0.1]:{victim}/mapped",
        "ipv6-loopback": f"http://[::1]:{victim}/v6",
        "localhost": f"http://localhost:{victim}/localhost",
        "localhost-dot": f"http://localhost.:{victim}/dot",
        "rebind": f"http://{REBIND}:{victim}/rebind",
        "subdomain": f"http://{SUBDOMAIN}:{victim}/in-scope",
        "attachment": f"http://127.0.0.1:{victim}/files/report.pdf",
    }


def hostile_routes(victim: int) -> Any:
    def routes(app: web.Application) -> None:
        links = [*forbidden_targets(victim).values(), "/go/metadata", "/go/loopback", "/go/rebind", "/news/1.html"]

        async def home(request: web.Request) -> web.Response:
            return page(html("恶意网站首页", links))

        async def go(request: web.Request) -> web.Response:
            target = {"metadata": "http://169.254.169.254/latest/meta-data/iam/",
                      "loopback": f"http://127.0.0.1:{victim}/redirected",
                      "rebind": f"http://{REBIND}:{victim}/redirected"}[request.match_info["to"]]
            return web.Response(status=302, headers={"Location": target})

        async def news(request: web.Request) -> web.Response:
            return page(html("新闻", ["/"]))

        async def robots(request: web.Request) -> web.Response:
            return web.Response(text=f"User-agent: *\nAllow: /\nSitemap: http://127.0.0.1:{victim}/sitemap.xml\n")

        app.router.add_get("/", home)
        app.router.add_get("/go/{to}", go)
        app.router.add_get("/news/1.html", news)
        app.router.add_get("/robots.txt", robots)

    return routes


def guarded_crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, allow_private: bool
                  ) -> tuple[Server, Server, dict[str, dict[str, Any]]]:
    monkeypatch.setattr("govweb.collect.netmap.DefaultResolver", FakeDNS)
    with serve(victim_routes) as victim:
        with serve(hostile_routes(victim.port)) as hostile:
            seed = f"http://{HOST}:{hostile.port}/"
            settings = CrawlSettings(timeout=5.0, resolve=(f"{HOST}:{hostile.port}:127.0.0.1",),
                                     allow_private=allow_private, retry_times=0)
            result = crawl(seed, tmp_path, settings)
            assert result.complete
            assert hostile.hits()["/"] == 1
        pages = {p["url"]: p for p in json.loads((tmp_path / "crawl.json").read_text("utf-8"))["pages"]}
    return victim, hostile, pages


def archived_urls(warc: Path) -> set[str]:
    with open(warc, "rb") as fh:
        return {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)} - {None}


def test_a_hostile_page_cannot_send_the_crawler_to_forbidden_addresses(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    victim, hostile, pages = guarded_crawl(tmp_path, monkeypatch, allow_private=False)
    assert victim.log == []  # not one request reached the loopback service, by any spelling or route
    for name, url in forbidden_targets(victim.port).items():
        entry = pages.get(canonicalize(url))
        assert entry is not None and entry["error"] == "address-blocked", (name, url, entry)
        assert entry["warc_record"] is None and entry["status"] is None, name
    assert pages[f"http://{HOST}:{hostile.port}/news/1.html"]["error"] is None  # the site itself is crawled
    for to, target in (("metadata", "http://169.254.169.254/latest/meta-data/iam/"),
                       ("loopback", f"http://127.0.0.1:{victim.port}/redirected"),
                       ("rebind", f"http://{REBIND}:{victim.port}/redirected")):
        hop = pages[f"http://{HOST}:{hostile.port}/go/{to}"]
        assert hop["status"] == 302 and hop["final_url"] == canonicalize(target)  # a redirect off the site …
        assert pages[canonicalize(target)]["error"] == "address-blocked"  # … whose target is checked, and refused
    archived = archived_urls(tmp_path / "crawl.warc.gz")
    assert f"http://{HOST}:{hostile.port}/go/metadata" in archived  # the site's own 302 is evidence …
    assert not any("169.254" in u or "redirected" in u or f":{victim.port}" in u for u in archived)  # … not the target


def test_a_seed_redirecting_to_a_forbidden_address_is_refused_there(tmp_path: Path) -> None:
    with serve(victim_routes) as victim, serve(hostile_routes(victim.port)) as hostile:
        seed = f"http://{HOST}:{hostile.port}/go/loopback"
        crawl(seed, tmp_path, CrawlSettings(timeout=5.0, resolve=(f"{HOST}:{hostile.port}:127.0.0.1",)))
    pages = {p["url"]: p for p in json.loads((tmp_path / "crawl.json").read_text("utf-8"))["pages"]}
    assert victim.log == []
    assert pages[seed]["error"] == "address-blocked"
    assert pages[seed]["final_url"] == f"http://127.0.0.1:{victim.port}/redirected"
    assert pages[seed]["warc_record"] is not None  # the site's 302 is archived; the refused target is not


def test_allow_private_opens_loopback_but_never_link_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim, _, pages = guarded_crawl(tmp_path, monkeypatch, allow_private=True)
    reached = {path for _, _, path in victim.log}
    assert {"/secret", "/hex", "/mapped", "/localhost", "/rebind"} <= reached
    blocked = sorted(url for url, p in pages.items() if p["error"] == "address-blocked")
    assert blocked and all("169.254.169.254" in url or "0xa9" in url or "/go/metadata" in url for url in blocked)


def test_link_local_and_multicast_seeds_are_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from govweb.cli import main

    for args in (["crawl", "http://169.254.169.254/latest/", "--out", str(tmp_path / "a")],
                 ["crawl", "http://0xa9fea9fe/", "--out", str(tmp_path / "b")],
                 ["crawl", "http://www.a.gov.cn/", "--out", str(tmp_path / "c"), "--resolve",
                  "www.a.gov.cn:80:169.254.169.254"],
                 ["measure", "http://[fe80::1]/", "--out", str(tmp_path / "d")],
                 ["probe", "http://224.0.0.1/", "--out", str(tmp_path / "e.jsonl")]):
        monkeypatch.setattr("sys.argv", ["govweb", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        assert exited.value.code == 2, args
        assert "地址" in capsys.readouterr().err
    assert not (tmp_path / "a").exists() and not (tmp_path / "e.jsonl").exists()


def test_measurements_and_probes_screen_what_the_site_hands_them(tmp_path: Path) -> None:
    from govweb.collect.measure import take_measurements
    from govweb.collect.probe import availability, probe_once

    with serve(victim_routes) as victim:
        form = f'<form action="http://localhost:{victim.port}/search" method="get"><input name="q"></form>'
        news = '<ul><li><a href="/art/2020/11/26/art_1_1.html">关于开展二〇二〇年度政务公开工作考核的通知</a></li></ul>'
        routes = home_and_redirect(form + news, "/moved", f"http://127.0.0.1:{victim.port}/home")
        with serve(routes) as site:
            resolve = {(HOST, site.port): "127.0.0.1"}
            result = asyncio.run(take_measurements(f"http://{HOST}:{site.port}/", tmp_path, resolve, timeout=5))
            probe = asyncio.run(probe_once(f"http://{HOST}:{site.port}/moved", 5, resolve))
            opened = asyncio.run(probe_once(f"http://{HOST}:{site.port}/moved", 5, resolve, allow_private=True))
    assert result["search"]["error"] == "address-blocked" and result["search"]["found"] is False
    assert probe.error == "address-blocked" and opened.error is None
    assert [path for _, _, path in victim.log] == ["/home"]  # only the --allow-private probe got through
    summary = availability([{"time": "2020-11-26T10:00:00+08:00", "error": "address-blocked", "latency_ms": 3}])
    assert summary.probes == 0 and summary.blocked == 1  # our side refused: not counted against the site


@pytest.mark.browser
async def test_the_browser_lane_loads_nothing_from_forbidden_addresses(site_server: Any) -> None:
    from govweb.collect.render import Renderer

    with site_server(victim_routes) as victim:
        v = victim.port
        embedded = {
            "iframe": f'<iframe src="http://127.0.0.1:{v}/frame"></iframe>',
            "img": f'<img src="http://0x7f.1:{v}/img.png" alt="">',
            "script": f'<script src="http://localhost:{v}/x.js"></script>',
            "mapped": f'<img src="http://[::ffff:127.0.0.1]:{v}/mapped.png" alt="">',
            "metadata": '<iframe src="http://169.254.169.254/latest/meta-data/"></iframe>',
            "decimal": f'<link rel="stylesheet" href="http://2130706433:{v}/s.css">',
            "fetch": f'<script>fetch("http://[::1]:{v}/api").catch(() => 0);'
                     f'new WebSocket("ws://127.0.0.1:{v}/ws");</script>',
        }

        routes = home_and_redirect("".join(embedded.values()) + "<p id=ok>正文</p>", "/jump",
                                   f"http://localhost:{v}/landed")
        with site_server(routes) as hostile:
            resolve = {(HOST, hostile.port): "127.0.0.1"}
            async with Renderer(pool_size=1, timeout_s=10, resolve=resolve,
                                policy=operator_policy([f"http://{HOST}:{hostile.port}/"], resolve)) as renderer:
                shown = await renderer.render(f"http://{HOST}:{hostile.port}/", screenshot=True)
                jumped = await renderer.render(f"http://{HOST}:{hostile.port}/jump")
                direct = await renderer.render(f"http://127.0.0.1:{v}/direct")
                hex_nav = await renderer.render(f"http://0x7f.1:{v}/direct")
            strict_hits = list(victim.log)
            async with Renderer(pool_size=1, timeout_s=10, resolve=resolve,
                                policy=operator_policy([], resolve, allow_private=True)) as opened:
                allowed = await opened.render(f"http://{HOST}:{hostile.port}/")
        assert shown.error is None and "正文" in shown.html and shown.screenshot_png is not None
        assert strict_hits == []  # nothing reached the loopback service: frames, images, scripts, XHR, WebSocket
        refused = {u.split("/", 3)[-1] for u in shown.blocked}
        assert {"frame", "img.png", "x.js", "mapped.png", "latest/meta-data/", "s.css", "api"} <= refused
        assert jumped.error == "address-blocked" and direct.error == "address-blocked"
        assert hex_nav.error == "address-blocked"
        reached = {path for _, _, path in victim.log}  # with --allow-private the same page does reach it …
        assert allowed.error is None and {"/frame", "/img.png", "/x.js", "/mapped.png", "/s.css"} <= reached
        assert [u.split("/", 3)[-1] for u in allowed.blocked] == ["latest/meta-data/"]  # … but never link-local
