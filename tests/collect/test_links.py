import pytest

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


# A county's nav select: its change opens the chosen column in the same window (the 政府信息公开目录 is linked
# nowhere else); the page's <base> names the folder its relative addresses resolve against.
JUMP_MENU = """<html><head><title>首页</title><base href="http://www.a.gov.cn/site/"></head><body>
<div class="nav"><a href="/col/col1/index.html">首页</a></div>
<select name="lm" onchange="if(this.value!=''){location.href=this.value}">
<option value="">--请选择栏目--</option>
<option value="/col/col2012/index.html">政府信息公开目录</option>
<option value="zwgk/index.shtml">政务公开</option>
<option value="../bsfw/">办事服务</option>
<option value="#">回到顶部</option>
<option value="javascript:void(0)">更多</option>
</select></body></html>"""

# A 友情链接 select opening the chosen website in a new window, read through selectedIndex.
FRIEND_LINKS = """<html><head><title>某县人民政府</title></head><body><div class="foot">
<select onChange="window.open(this.options[this.selectedIndex].value,'_blank');this.selectedIndex=0">
<option selected>--友情链接--</option>
<option value="http://www.gov.cn/">中国政府网</option>
<option value=" https://www.province.gov.cn/index.html ">省人民政府</option>
<option value="-">----------</option>
</select></div></body></html>"""

# Selects that send no one anywhere: a search form's field (no onchange), one filtering a table in place (an onchange
# not reading the value as an address), and a jump menu whose options hold no address.
NOT_JUMP_MENUS = """<html><head><title>检索</title></head><body><form action="/search.jsp">
<select name="channel"><option value="/col/col3001/index.html">全部</option><option value="news.html">新闻</option></select>
<select onchange="filterRows(this.value)"><option value="/col/col3002/index.html">2020</option></select>
<select onchange="window.location=this.value"><option>--请选择--</option><option value="">部门</option>
<option value="#top">顶部</option><option value=" javascript:go('x') ">跳转</option><option>乡镇</option></select>
</form></body></html>"""


@pytest.mark.timeout(30)
def test_a_same_window_jump_menus_options_are_links_resolved_against_its_base() -> None:
    links = parse_page(JUMP_MENU, "http://www.a.gov.cn/").links
    assert links["http://www.a.gov.cn/col/col2012/index.html"] == ("http://www.a.gov.cn/col/col2012/", 0)  # not NAV
    assert "http://www.a.gov.cn/site/zwgk/index.shtml" in links and "http://www.a.gov.cn/bsfw/" in links
    assert set(links) == {"http://www.a.gov.cn/col/col1/index.html", "http://www.a.gov.cn/col/col2012/index.html",
                          "http://www.a.gov.cn/site/zwgk/index.shtml", "http://www.a.gov.cn/bsfw/"}  # no #, javascript:


@pytest.mark.timeout(30)
def test_a_new_window_friend_links_selects_options_are_links_to_other_hosts() -> None:
    links = parse_page(FRIEND_LINKS, "http://www.x.gov.cn/index.html").links
    assert set(links) == {"http://www.gov.cn/", "https://www.province.gov.cn/index.html"}  # value stripped, no heading
    assert not any(flags for _, flags in links.values())


@pytest.mark.timeout(30)
def test_selects_sending_no_one_to_their_values_are_not_followed() -> None:
    page = parse_page(NOT_JUMP_MENUS, "http://www.x.gov.cn/search/")
    assert page.links == {} and page.bad_links == []
