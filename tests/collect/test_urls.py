from __future__ import annotations

import pytest

from govweb.collect.urls import Scope, UnsupportedURL, absolute, canonicalize

CANONICAL = [
    ("HTTP://WWW.Example.GOV.cn/", "http://www.example.gov.cn/"),
    ("http://www.example.gov.cn:80/a.html", "http://www.example.gov.cn/a.html"),
    ("https://www.example.gov.cn:443/a.html", "https://www.example.gov.cn/a.html"),
    ("http://www.example.gov.cn:8080/a.html", "http://www.example.gov.cn:8080/a.html"),
    ("http://x.gov.cn/a.html#top", "http://x.gov.cn/a.html"),
    ("http://x.gov.cn", "http://x.gov.cn/"),
    ("http://x.gov.cn/a/./b/../c.html", "http://x.gov.cn/a/c.html"),
    ("http://x.gov.cn/a/b/../../../c.html", "http://x.gov.cn/c.html"),
    ("http://x.gov.cn/list/./", "http://x.gov.cn/list/"),
    ("http://x.gov.cn/a.jsp;jsessionid=0A1B2C3D4E5F?id=3", "http://x.gov.cn/a.jsp?id=3"),
    ("http://x.gov.cn/a.php?PHPSESSID=abcdef0123456789&id=3", "http://x.gov.cn/a.php?id=3"),
    ("http://x.gov.cn/a.php?id=3&sid=9f86d081884c7d659a2feaa0c55ad015", "http://x.gov.cn/a.php?id=3"),
    ("http://x.gov.cn/a.php?sid=12&id=3", "http://x.gov.cn/a.php?id=3&sid=12"),  # a short sid is a site id
    ("http://x.gov.cn/s?b=2&a=1&c=", "http://x.gov.cn/s?a=1&b=2&c="),
    ("http://x.gov.cn/%e6%94%bf%e5%ba%9c/", "http://x.gov.cn/%E6%94%BF%E5%BA%9C/"),
    ("http://x.gov.cn/政府/通知.html?q=公开", "http://x.gov.cn/%E6%94%BF%E5%BA%9C/%E9%80%9A%E7%9F%A5.html?q=%E5%85%AC%E5%BC%80"),
    ("http://[::1]:8080/a", "http://[::1]:8080/a"),
    ("http://user:pw@x.gov.cn/a", "http://x.gov.cn/a"),
    ("http://x.gov.cn./a", "http://x.gov.cn/a"),
]


@pytest.mark.parametrize(("raw", "expected"), CANONICAL)
def test_canonical_forms(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected
    assert canonicalize(expected) == expected  # idempotent


@pytest.mark.parametrize("raw", ["ftp://x.gov.cn/", "mailto:a@b.cn", "http://", "x.gov.cn/a", "http://x.gov.cn:99999/", "http://[::1/"])
def test_unsupported(raw: str) -> None:
    with pytest.raises(UnsupportedURL):
        canonicalize(raw)


def test_absolute_links() -> None:
    base = "http://x.gov.cn/col/list.html"
    assert absolute(base, "../art/1.html", "http://x.gov.cn") == "http://x.gov.cn/art/1.html"
    assert absolute(base, "/a/../b.html", "http://x.gov.cn") == "http://x.gov.cn/b.html"
    assert absolute(base, "2.html") == "http://x.gov.cn/col/2.html"
    assert absolute(base, "//cdn.x.gov.cn/a") == "http://cdn.x.gov.cn/a"
    for junk in ("javascript:void(0)", "JavaScript:;", "#top", "mailto:a@x.cn", "tel:123", "", "   "):
        assert absolute(base, junk) is None


def test_scope_host_and_subdomains() -> None:
    scope = Scope.for_seed("http://www.x.gov.cn/")
    assert scope.contains("http://www.x.gov.cn/a")
    assert scope.contains("https://x.gov.cn/a")
    assert scope.contains("http://zwgk.x.gov.cn/a")
    assert not scope.contains("http://y.gov.cn/a")
    assert not scope.contains("http://evilx.gov.cn/a")
    narrow = Scope.for_seed("http://www.x.gov.cn/", include_subdomains=False)
    assert not narrow.contains("http://zwgk.x.gov.cn/a")
    assert Scope.for_seed("http://www.x.gov.cn/", extra_hosts=("y.gov.cn",)).contains("http://y.gov.cn/")
