from govweb.collect.links import parse_page
from govweb.collect.traps import ITEM, NAV

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
    assert links["http://www.a.gov.cn/art/2020/11/26/art_1234_5678.html"][1] & ITEM  # an item of the island's list
    assert links["http://www.a.gov.cn/col/col1/index.html"][0] == "http://www.a.gov.cn/col/col1/"  # canonical key
    assert not any("from-javascript" in url for url in links)
