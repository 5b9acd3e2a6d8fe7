"""Crawl scope (URL forms and keys are tested in tests/test_urlnorm.py)."""

from __future__ import annotations

from govweb.collect.urls import Scope, extension_of


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


def test_scope_takes_the_sites_folder_on_a_shared_platform() -> None:
    scope = Scope.for_seed("http://sfj.x.gov.cn/")
    assert scope.contains("http://xxgk.x.gov.cn/sfj/gkml/")
    assert not scope.contains("http://xxgk.x.gov.cn/gaj/gkml/")
    assert not scope.contains("http://www.x.gov.cn/")
    assert not Scope.for_seed("http://sfj.x.gov.cn/", include_platform=False).contains("http://xxgk.x.gov.cn/sfj/")


def test_extension_of() -> None:
    assert extension_of("http://x.gov.cn/a/b.PDF?x=1") == "pdf"
    assert extension_of("http://x.gov.cn/a.b/c") == ""
