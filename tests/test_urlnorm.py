"""URLs as linked and their canonical keys (govweb.urlnorm), shared by collect, checks and registry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from w3lib.url import canonicalize_url

from govweb.urlnorm import (
    UnsupportedURL,
    canonical,
    folder_of,
    front_page,
    gov_domain,
    index_document,
    normalize,
    on_site_platform,
    page_key,
    readable,
    readable_text,
    resolve,
    same_page,
    site_names,
    try_canonical,
    try_resolve,
    without_query_and_fragment,
)

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
    ("http://x.gov.cn/col/col1/index.html?uid=7&pageNum=10", "http://x.gov.cn/col/col1/?pageNum=10&uid=7"),
    ("http://x.gov.cn/%e6%94%bf%e5%ba%9c/", "http://x.gov.cn/%E6%94%BF%E5%BA%9C/"),
    ("http://x.gov.cn/政府/通知.html?q=公开", "http://x.gov.cn/%E6%94%BF%E5%BA%9C/%E9%80%9A%E7%9F%A5.html?q=%E5%85%AC%E5%BC%80"),
    ("http://[::1]:8080/a", "http://[::1]:8080/a"),
    ("http://user:pw@x.gov.cn/a", "http://x.gov.cn/a"),
    ("http://x.gov.cn./a", "http://x.gov.cn/a"),
    ("http://例子.政务.cn/", "http://xn--fsqu00a.xn--zfr164b.cn/"),
]
INDEX_SPELLINGS = ["/", "/index.html", "/index.htm", "/index.shtml", "/index.jsp", "/index.php", "/default.htm",
                   "/default.html", "/Index.HTML", "/index.aspx"]


@pytest.mark.parametrize(("raw", "expected"), CANONICAL)
def test_canonical_keys(raw: str, expected: str) -> None:
    assert canonical(raw) == try_canonical(raw) == expected
    assert canonical(expected) == expected  # idempotent


def test_a_folder_and_its_index_document_are_one_page() -> None:
    keys = {canonical("http://x.gov.cn" + path) for path in INDEX_SPELLINGS}
    assert keys == {"http://x.gov.cn/"}
    assert canonical("http://x.gov.cn/col/index.shtml") == canonical("http://x.gov.cn/col/") != canonical("http://x.gov.cn/")
    assert not same_page("http://x.gov.cn/index_2.html", "http://x.gov.cn/")  # a second page of the list
    assert not same_page("http://x.gov.cn/home.html", "http://x.gov.cn/")


@pytest.mark.parametrize("raw", ["ftp://x.gov.cn/", "mailto:a@b.cn", "http://", "x.gov.cn/a", "http://x.gov.cn:99999/",
                                 "http://[::1/", "http://[::1/bad", "http://a b.gov.cn/", "http://x..gov.cn/"])
def test_unsupported(raw: str) -> None:
    with pytest.raises(UnsupportedURL):
        canonical(raw)
    with pytest.raises(UnsupportedURL):
        normalize(raw)
    assert try_canonical(raw) is None


def test_links_resolve_as_linked_never_reordered() -> None:
    base = "http://x.gov.cn/col/list.html"
    assert resolve(base, "../art/1.html") == "http://x.gov.cn/art/1.html"
    assert resolve(base, "/a/../b.html") == "http://x.gov.cn/b.html"
    assert resolve(base, "2.html") == "http://x.gov.cn/col/2.html"
    assert resolve(base, "//cdn.x.gov.cn/a") == "http://cdn.x.gov.cn/a"
    assert resolve(base, "?uid=3&pageNum=2") == "http://x.gov.cn/col/list.html?uid=3&pageNum=2"
    assert resolve(base, "list.jsp?b=2&a=1&jsessionid=X#f") == "http://x.gov.cn/col/list.jsp?b=2&a=1&jsessionid=X"
    assert resolve(base, "HTTP://X.GOV.CN:80/A B.html") == "http://x.gov.cn/A%20B.html"
    assert resolve(base, " /a\\b.html\n") == "http://x.gov.cn/a/b.html"  # as a browser reads it
    for junk in ("javascript:void(0)", "JavaScript:;", "#top", "mailto:a@x.cn", "tel:123", "", "   ", "weixin://x"):
        assert resolve(base, junk) is None


def test_query_in_the_page_encoding() -> None:
    base = "http://x.gov.cn/"
    assert resolve(base, "/s?q=中文") == "http://x.gov.cn/s?q=%E4%B8%AD%E6%96%87"
    assert resolve(base, "/s?q=中文", "gb18030") == "http://x.gov.cn/s?q=%D6%D0%CE%C4"
    assert resolve(base, "/中文/", "gb18030") == "http://x.gov.cn/%E4%B8%AD%E6%96%87/"  # paths are UTF-8


def test_malformed_links_are_errors_never_crashes() -> None:
    base = "http://x.gov.cn/"
    for bad in ("http://[::1/bad", "http://x.gov.cn:70000/", "http://exa mple.gov.cn/"):
        with pytest.raises(UnsupportedURL):
            resolve(base, bad)
        assert try_resolve(base, bad) is None


_SEGMENT = st.text(alphabet=st.sampled_from("abcXYZ019-._~!$&'()*+,=:@"), min_size=0, max_size=8)


@given(host=st.sampled_from(["x.gov.cn", "www.a-b.gov.cn", "127.0.0.1:8080"]), scheme=st.sampled_from(["http", "https"]),
       segments=st.lists(_SEGMENT, max_size=4))
def test_the_plain_url_shortcut_agrees_with_w3lib(host: str, scheme: str, segments: list[str]) -> None:
    """URLs taking the shortcut (no query, escapes or session ids) get exactly w3lib's canonical form."""
    url = f"{scheme}://{host}/" + "/".join(segments)
    if "/." in url or "index." in url.lower() or "default." in url.lower():
        return  # dot segments and index documents are ours on top of w3lib
    assert canonical(url) == canonicalize_url(normalize(url)) == normalize(url)


def test_page_key_is_the_canonical_key_or_the_text_as_given() -> None:
    assert page_key("HTTP://Example.gov.cn:80/a/index.html?b=2&a=1") == "http://example.gov.cn/a/?a=1&b=2"
    assert page_key("http://[::1/bad") == "http://[::1/bad"


def test_folder_of_a_page() -> None:
    assert folder_of("http://www.x.gov.cn/tzgg/t2020_1.html?page=2#top") == "http://www.x.gov.cn/tzgg/"
    assert folder_of("http://www.x.gov.cn/tzgg/") == "http://www.x.gov.cn/tzgg/"
    assert folder_of("http://www.x.gov.cn/index.html") == "http://www.x.gov.cn/"


def test_without_query_and_fragment() -> None:
    assert without_query_and_fragment("http://www.x.gov.cn/tzgg/t2020_1.html?page=2#top") == (
        "http://www.x.gov.cn/tzgg/t2020_1.html")
    assert without_query_and_fragment("http://www.x.gov.cn/#/list?id=3") == "http://www.x.gov.cn/"   # a route's ?
    assert without_query_and_fragment("/zwgk/a.pdf?v=2") == "/zwgk/a.pdf"
    assert without_query_and_fragment("http://www.x.gov.cn/a.html") == "http://www.x.gov.cn/a.html"


@given(st.text(alphabet="ab/?#=.", max_size=12))
def test_without_query_and_fragment_is_each_spelling_it_replaced(url: str) -> None:
    # url.partition("#")[0].partition("?")[0] (urlnorm, context) and url.split("?", 1)[0].split("#", 1)[0]
    # (elements, list_rows, collect.urls): the URL up to the first ? or #, either way
    assert without_query_and_fragment(url) == url.split("?", 1)[0].split("#", 1)[0] == url.partition("#")[0].partition("?")[0]


def test_gov_domain_and_site_names() -> None:
    assert gov_domain("xxgk.Lanshi.gov.cn") == "lanshi.gov.cn" and gov_domain("gov.cn") is None
    assert gov_domain("www.example.com") is None
    assert site_names("http://fgw.qiao.gov.cn/") == {"fgw"}
    assert site_names("http://www.fgw.qiao.gov.cn/") == {"fgw"}            # a leading www names nothing
    assert site_names("http://www.qiao.gov.cn/") == frozenset()             # the city's own portal: no folder of its own
    assert site_names("http://www.qiao.gov.cn/zfxxgk/liuzhen/index.html") == {"liuzhen"}


def test_on_site_platform_is_the_sites_own_folder_on_its_gov_domain() -> None:
    dept = "http://fgw.qiao.gov.cn/"
    assert on_site_platform(dept, "http://zwgk.qiao.gov.cn/fgw/zcwj/")
    assert on_site_platform(dept, "https://www.qiao.gov.cn/zfxxgk/fgw")      # a folder linked without its slash
    assert on_site_platform(dept, "http://zwgk.qiao.gov.cn/bm/fgw/ndbg/2020.html")
    assert not on_site_platform(dept, "http://zwgk.qiao.gov.cn/sw/zcwj/")    # another department's folder
    assert not on_site_platform(dept, "http://zwgk.qiao.gov.cn/zcwj/fgw.html")  # a page named so, no folder
    assert not on_site_platform(dept, "http://zwgk.qiao.gov.cn/a/b/c/fgw/")  # too deep to be a section
    assert not on_site_platform(dept, "http://zwgk.other.gov.cn/fgw/")       # another registrable domain
    assert not on_site_platform(dept, "http://fgw.qiao.gov.cn/xx/")          # the site's own host: host rules decide
    assert not on_site_platform("http://fgw.example.com/", "http://zwgk.example.com/fgw/")  # gov.cn only
    assert not on_site_platform("http://www.qiao.gov.cn/", "http://zwgk.qiao.gov.cn/www/")


def test_readable_shows_chinese_as_written_and_names_the_same_url() -> None:
    shown = readable("http://www.x.gov.cn/hdjl/%E7%95%99%E8%A8%80.html?lm=%E9%80%9A%E7%9F%A5&a=%20%26")
    assert shown == "http://www.x.gov.cn/hdjl/留言.html?lm=通知&a=%20%26"   # ASCII escapes stay escaped
    assert normalize(shown) == "http://www.x.gov.cn/hdjl/%E7%95%99%E8%A8%80.html?lm=%E9%80%9A%E7%9F%A5&a=%20%26"
    assert readable("http://www.x.gov.cn/s.jsp?q=%D6%D0%CE%C4") == "http://www.x.gov.cn/s.jsp?q=%D6%D0%CE%C4"  # GBK
    assert readable("http://x.gov.cn/a%E2%80%AEb") == "http://x.gov.cn/a%E2%80%AEb"  # a bidi override stays hidden
    assert readable("http://xn--fiqs8s.xn--fiqs8s/%E4%B8%AD") == "http://中国.中国/中"
    assert readable("http://x.gov.cn/a?uid=7&pageNum=10") == "http://x.gov.cn/a?uid=7&pageNum=10"
    # the host ends at the first of / ? # wherever each stands: a query holding "/" is still decoded
    assert readable("http://a.gov.cn?q=%E7%95%99/x") == "http://a.gov.cn?q=留/x"
    assert readable("http://a.gov.cn#%E7%95%99/x") == "http://a.gov.cn#留/x"
    assert readable("网站标识码") == "网站标识码" and readable("http://x.gov.cn/%E4%B8") == "http://x.gov.cn/%E4%B8"
    assert readable_text("「办事」→ http://x.gov.cn/%E5%8A%9E.jsp?a=1：入口（http://x.gov.cn/b/%20c）") == (
        "「办事」→ http://x.gov.cn/办.jsp?a=1：入口（http://x.gov.cn/b/%20c）")
    assert readable_text(None) == "" and readable_text("100%") == "100%"
    assert readable_text("入口 http://xn--fiqs8s.gov.cn/ 无法访问") == "入口 http://中国.gov.cn/ 无法访问"  # no escape, an IDNA host


@given(st.text(alphabet="ab中文/?&=%.-_ ", max_size=20))
def test_readable_is_the_same_url(tail: str) -> None:
    try:
        url = normalize("http://www.x.gov.cn/" + tail)
    except UnsupportedURL:
        return
    assert normalize(readable(url)) == url


def test_front_page_is_a_hosts_root_or_its_index_document() -> None:
    for url in ("https://example.org", "http://example.org:8080/?lang=fr", "http://example.org/Index.Do",
                "https://example.org/DEFAULT.ASPX?x=1"):
        assert front_page(url), url
    for url in ("https://example.org/docs/", "https://example.org/docs/index.html", "https://example.org/home.html",
                "https://example.org/index_2.html", "https://example.org/index.tar.gz"):
        assert not front_page(url), url
    # an ending outside those given is no index document
    assert front_page("http://example.org/index.PHP", ("php",)) and not front_page("http://example.org/index.do", ("php",))


def test_index_document_is_in_any_folder() -> None:
    for url in ("https://example.org/a/b/index.xml", "https://example.org/DEFAULT.asp?page=3"):
        assert index_document(url), url
    for url in ("https://example.org/a/", "https://example.org/a/index_7.htm", "https://example.org/a/myindex.html",
                "https://example.org/a/index"):
        assert not index_document(url), url
    assert index_document("https://example.org/a/index_7.htm", paged=True)
