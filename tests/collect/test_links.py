from govweb.collect.links import is_pagination, list_items, parse_page
from govweb.collect.traps import NAV

# A Hanweb-style list: the records sit in a data island that a paging script turns into the visible list.
HANWEB_LIST = """<html><head><title>部门动态</title></head><body>
<ul class="nav"><li><a href="/col/col1/index.html">首页</a></li></ul>
<div id="12345"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup>
<recordset><record><![CDATA[<li><a href="/art/2020/11/26/art_1234_5678.html" title="通知">关于冬季供暖的通知</a><span>2020-11-26</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2020/11/25/art_1234_5677.html">市政府召开常务会议</a><span>2020-11-25</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2020/11/24/art_1234_5676.html">全市安全生产工作会议召开</a><span>2020-11-24</span></li>]]></record>
<record><![CDATA[<li><a href="http://www.other.gov.cn/art/2020/11/20/art_9_9.html">外链</a></li>]]></record></recordset>
</datastore></script></div>
<script>var html = '<a href="/from-javascript.html">js</a>';</script>
</body></html>"""


def test_links_in_data_islands_are_followed_but_not_in_javascript() -> None:
    links = parse_page(HANWEB_LIST, "http://www.a.gov.cn/col/col1234/index.html").links
    assert "http://www.a.gov.cn/art/2020/11/26/art_1234_5678.html" in links
    assert "http://www.other.gov.cn/art/2020/11/20/art_9_9.html" in links
    assert "http://www.a.gov.cn/module/jpage/dataproxy.jsp?page=1" in links
    assert links["http://www.a.gov.cn/col/col1/index.html"][1] & NAV  # navigation stays flagged
    # the dated rows of the island are list items (asked by the trap guard, which never prunes them)
    assert list_items(HANWEB_LIST, "http://www.a.gov.cn/col/col1234/index.html") == {
        f"http://www.a.gov.cn/art/2020/11/{d}/art_1234_{n}.html" for d, n in ((26, 5678), (25, 5677), (24, 5676))}
    assert links["http://www.a.gov.cn/col/col1/index.html"][0] == "http://www.a.gov.cn/col/col1/"  # canonical key
    assert not any("from-javascript" in url for url in links)


def test_pagination_is_told_from_the_urls() -> None:
    page = "http://x.gov.cn/col/col1/index.html"
    assert is_pagination(page + "?uid=1&pageNum=2", page)  # uid comes along from page 1
    assert is_pagination("http://x.gov.cn/col/col1/index_2.html", page)
    assert is_pagination("http://x.gov.cn/col/col1/2.html", "http://x.gov.cn/col/col1/")
    assert is_pagination(page, page + "?uid=1&pageNum=2")  # back to page 1
    assert not is_pagination(page + "?uid=2&pageNum=3", page + "?uid=1&pageNum=2")  # another column
    assert not is_pagination("http://x.gov.cn/col/col2/index.html", page)
    assert not is_pagination("http://x.gov.cn/news/124.html", "http://x.gov.cn/news/123.html")  # two articles
    assert not is_pagination("http://x.gov.cn/c/t20200530_17100188.html", "http://x.gov.cn/c/t20200530_17100189.html")
    assert not is_pagination("http://x.gov.cn/cal?date=2020-11-27", "http://x.gov.cn/cal?date=2020-11-26")  # a date
