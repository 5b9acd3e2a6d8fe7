from __future__ import annotations

from govweb.collect.blocked import is_blocked
from govweb.collect.robots import Robots
from govweb.collect.settings import CrawlSettings
from govweb.collect.traps import TrapGuard, url_pattern


def test_calendar_pattern() -> None:
    assert url_pattern("http://x/cal?date=2020-11-26")[1]
    assert url_pattern("http://x/cal?year=2020&month=11")[1]
    assert url_pattern("http://x/cal/2020/11/26/")[1]
    assert not url_pattern("http://x/art/2020/11/26/art_1234_5678.html")[1]  # an article with an id


def test_trap_guard_reasons() -> None:
    guard = TrapGuard(CrawlSettings(max_depth=3, max_calendar_urls=5, max_urls_per_pattern=50, max_query_params=4,
                                    max_queries_per_path=20))
    assert guard.check("http://x/a.html", 4) == "depth"
    assert guard.check("http://x/a/b/a/b/a/b/a/b/c.html", 1) == "loop"
    assert guard.check("http://x/s?a=1&b=2&c=3&d=4&e=5", 1) == "query"
    assert [guard.check(f"http://x/cal?date=2020-11-{d:02d}", 1) for d in range(1, 8)].count("calendar") == 2
    assert guard.check("http://x/cal?date=2990-01-01", 1) == "calendar"  # a year no site has
    assert all(guard.check(f"http://x/art/{i}.html", 1) is None for i in range(50))
    assert guard.check("http://x/art/51.html", 1) == "pattern"
    assert [guard.check(f"http://x/list?page={i}", 1) for i in range(25)].count("query") == 5
    assert guard.pruned["calendar"] == 3


def test_robots_rules_delay_sitemaps() -> None:
    robots = Robots.parse("User-agent: *\nDisallow: /private/\nCrawl-delay: 2.5\nSitemap: http://x/sitemap.xml\n")
    assert not robots.allowed("http://x/private/a.html", "govweb/0.1")
    assert robots.allowed("http://x/public/a.html", "govweb/0.1")
    assert robots.crawl_delay("govweb/0.1") == 2.5
    assert robots.sitemaps == ["http://x/sitemap.xml"]
    assert Robots.from_response(404, None).allowed("http://x/private/", "govweb")
    assert Robots.from_response(500, "Disallow: /").allowed("http://x/", "govweb")


def test_blocked_pages() -> None:
    assert is_blocked(412, "<html><script>$_ts=window['$_ts'];</script></html>")
    challenge = "<html><script>document.cookie='__jsl_clearance=1;';location.href=location.pathname</script></html>"
    assert is_blocked(521, challenge) and is_blocked(200, challenge)
    assert is_blocked(403, "<html><body><h1>访问被拒绝</h1>您的访问请求可能对网站造成安全威胁</body></html>")
    normal = "<html><title>首页</title><body>" + "<p>政务公开 通知公告 政策文件</p>" * 400 + "</body></html>"
    assert not is_blocked(200, normal)
    assert not is_blocked(200, "<html><body><div id=app></div><script src=app.js></script></body></html>")


def test_retry_after_values() -> None:
    import email.utils
    import time

    from govweb.collect.fetch import retry_after

    assert retry_after("3", 60) == 3.0
    assert retry_after("600", 60) == 60.0  # capped
    soon = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.0 <= (retry_after(soon, 60) or 0) <= 5.0
    assert retry_after("tomorrow", 60) is None and retry_after(None, 60) is None
