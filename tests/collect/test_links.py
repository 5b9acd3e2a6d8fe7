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
# nowhere else); the page's <base> names the folder its relative addresses resolve against. Its heading, `#`,
# `javascript:` and a bare year's options lead nowhere.
JUMP_MENU = """<html><head><title>首页</title><base href="http://www.a.gov.cn/site/"></head><body>
<div class="nav"><a href="/col/col1/index.html">首页</a></div>
<select name="lm" onchange="if(this.value!=''){location.href=this.value}">
<option value="">--请选择栏目--</option>
<option value="/col/col2012/index.html">政府信息公开目录</option>
<option value="zwgk/index.shtml">政务公开</option>
<option value="../bsfw/">办事服务</option>
<option value="#">回到顶部</option>
<option value="javascript:void(0)">更多</option>
<option value="/col/col2019/">2019年</option>
</select></body></html>"""
HOME = "http://www.a.gov.cn/"
# a column select beside the selects under test: what the crawler does follow on the same page
COLUMNS = """<select onchange="location.href=this.value"><option value="">--请选择--</option>
<option value="/col/col2012/index.html">政府信息公开目录</option></select>"""
FOLLOWED = {"http://www.a.gov.cn/col/col2012/index.html"}


def _links(body: str) -> set[str]:
    page = parse_page(f"<html><head><title>首页</title></head><body>{COLUMNS}{body}</body></html>", HOME)
    assert page.bad_links == []
    return set(page.links)


@pytest.mark.timeout(30)
def test_a_same_window_jump_menus_options_are_links_resolved_against_its_base() -> None:
    links = parse_page(JUMP_MENU, HOME).links
    assert links["http://www.a.gov.cn/col/col2012/index.html"] == ("http://www.a.gov.cn/col/col2012/", 0)  # not NAV
    assert "http://www.a.gov.cn/site/zwgk/index.shtml" in links and "http://www.a.gov.cn/bsfw/" in links
    # no heading, #, javascript: or year option
    assert set(links) == {"http://www.a.gov.cn/col/col1/index.html", "http://www.a.gov.cn/col/col2012/index.html",
                          "http://www.a.gov.cn/site/zwgk/index.shtml", "http://www.a.gov.cn/bsfw/"}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("onchange", [
    "window.location.href=this.value", "location=this.value", "self.location=this.value",
    "top.location.href = this.options[this.selectedIndex].value", "parent.location.assign(this.value)",
    "window.location.replace(this.options[this.selectedIndex].value);this.selectedIndex=0"])
def test_every_way_of_sending_the_visitor_on_in_the_same_window_is_a_jump_menu(onchange: str) -> None:
    assert _links(f"""<select onchange="{onchange}"><option>--栏目--</option>
<option value="/col/col3001/index.html">政务服务</option></select>""") == FOLLOWED | {
        "http://www.a.gov.cn/col/col3001/index.html"}


@pytest.mark.timeout(30)
def test_a_select_opening_its_choice_in_a_new_window_is_not_followed() -> None:
    # a 友情链接 select opening other websites, and one opening the site's own columns: neither leads on here
    assert _links("""<div class="foot">
<select onChange="window.open(this.options[this.selectedIndex].value,'_blank');this.selectedIndex=0">
<option selected>--友情链接--</option><option value="http://www.gov.cn/">中国政府网</option>
<option value=" https://www.province.gov.cn/index.html ">省人民政府</option></select>
<select onchange="if(this.value!=''){window.open(this.value)}"><option value="">--请选择--</option>
<option value="/col/col3003/index.html">领导信息</option></select></div>""") == FOLLOWED


@pytest.mark.timeout(30)
def test_a_same_window_select_of_other_websites_is_not_followed() -> None:
    # headed by a set of websites (部门网站) though on the site's own host, or holding another host's address
    assert _links("""<select onchange="location.href=this.value"><option value="">==各部门网站==</option>
<option value="/fgw/">发改委</option></select>
<select onchange="location.href=this.value"><option value="/col/col3004/">政务公开</option>
<option value="http://www.province.gov.cn/">省政府网站</option></select>""") == FOLLOWED


@pytest.mark.timeout(30)
def test_selects_sending_no_one_to_their_values_are_not_followed() -> None:
    # a search form's field (no onchange), one filtering a table in place (an onchange not reading the value as an
    # address), a pager's (the value is no address), and a jump menu whose options hold no address
    assert _links("""<form action="/search.jsp">
<select name="channel"><option value="/col/col3001/index.html">全部</option><option value="news.html">新闻</option></select>
<select onchange="filterRows(this.value)"><option value="/col/col3002/index.html">2020</option></select>
<select onchange="location.href='list.jsp?page='+this.value"><option value="2">第2页</option></select>
<select onchange="window.location=this.value"><option>--请选择--</option><option value="">部门</option>
<option value="#top">顶部</option><option value=" javascript:go('x') ">跳转</option><option>/col/col3005/</option></select>
</form>""") == FOLLOWED
