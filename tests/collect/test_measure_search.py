"""Site search, pure part: finding the form, choosing the query, judging the results page."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.collect.measure_search import (
    answers_query,
    find_search_box,
    find_search_form,
    main_part,
    query_from_crawl,
    query_from_homepage,
    query_text,
    results_list,
    strip_site_name,
)

LOGIN = ('<form action="/login" method="post"><input name="username" placeholder="请输入用户名">'
         '<input type="password" name="pwd"><input type="submit" value="登录"></form>')
SUBSCRIBE = '<form action="/subscribe"><input name="email"><input type="submit" value="订阅"></form>'


def test_finds_the_search_form_among_others_with_its_fields() -> None:
    html = (f"<html><body>{LOGIN}{SUBSCRIBE}"
            '<form id="searchForm" action="/jsearch/search.do" method="get">'
            '<input type="hidden" name="webid" value="12"><input type="text" name="q" placeholder="请输入关键字">'
            '<select name="scope"><option value="all">全站</option><option value="title" selected>标题</option></select>'
            '<input type="checkbox" name="exact" value="1"><input type="radio" name="sort" value="date" checked>'
            '<input type="submit" name="go" value="搜索"><input type="submit" name="adv" value="高级"></form></body></html>')
    form = find_search_form(html, "http://www.a.gov.cn/index.html", "gb18030")
    assert form is not None
    assert (form.action, form.method, form.query_field, form.charset) == (
        "http://www.a.gov.cn/jsearch/search.do", "GET", "q", "gb18030")
    assert form.fields == [("webid", "12"), ("scope", "title"), ("sort", "date"), ("go", "搜索")]
    url, body = form.submission("通知")
    assert body is None
    assert parse_qsl(urlsplit(url).query, encoding="gb18030") == [
        ("q", "通知"), ("webid", "12"), ("scope", "title"), ("sort", "date"), ("go", "搜索")]
    assert "q=%CD%A8%D6%AA" in url  # 通知 in GB18030


def test_post_form_with_accept_charset_and_relative_base() -> None:
    html = ('<html><head><base href="http://www.b.gov.cn/portal/"></head><body>'
            '<form name="sousuo" method="POST" action="search/result" accept-charset="utf-8">'
            '<input name="searchword" value=""><button>检索</button></form></body></html>')
    form = find_search_form(html, "http://www.b.gov.cn/", "gb18030")
    assert form is not None and form.method == "POST" and form.charset == "utf-8"
    assert form.action == "http://www.b.gov.cn/portal/search/result"
    url, body = form.submission("通知")
    assert url == form.action and body == b"searchword=%E9%80%9A%E7%9F%A5"


def test_no_search_form_is_reported_as_none() -> None:
    assert find_search_form(f"<html><body>{LOGIN}{SUBSCRIBE}</body></html>", "http://c.gov.cn/") is None
    assert find_search_form("<html><body><form><input type=hidden name=q></form></body></html>", "http://c/") is None


def test_a_search_box_without_a_form_and_its_button() -> None:
    # a table-layout header: the box in one cell, the picture button a script runs in the next; a login form's
    # inputs and a bare newsletter box with no search sign are no search box
    html = ("<html><body><table><tr><td>" + LOGIN + "</td><td><input type='text' name='email' placeholder='邮箱'>"
            "</td></tr><tr><td><input type='text' name='searchword' value=''></td><td><img src='/so.gif' "
            "onclick='toSearch()' title='站内检索'></td></tr></table></body></html>")
    nodes = list(LexborHTMLParser(html).css("*"))
    box = find_search_box(html)
    assert box is not None and box.button is not None
    assert nodes[box.box].attributes.get("name") == "searchword" and nodes[box.button].attributes.get("src") == "/so.gif"


def test_a_search_box_found_by_its_placeholder_and_button_only() -> None:
    # no name, no id: the hint and a clickable 搜索 span next to it make it the search box; the same box with a
    # button that does something else is not enough
    box = ("<div class='s'><input type='text' placeholder='请输入搜索内容'>"
           "<span class='btn' onclick='go()'>{}</span></div>")
    assert find_search_box("<html><body>" + box.format("搜索") + "</body></html>") is not None
    assert find_search_box("<html><body>" + box.format("登录") + "</body></html>") is None
    assert find_search_box("<html><body><form action='/s'><input name='q'><button>搜索</button></form></body></html>") is None


def test_site_name_is_stripped_from_article_titles() -> None:
    site = "某某市人民政府"
    assert strip_site_name("关于做好冬季安全生产工作的通知_某某市人民政府", [site]) == "关于做好冬季安全生产工作的通知"
    assert strip_site_name("某某市人民政府 - 市政府召开常务会议", [site]) == "市政府召开常务会议"
    assert strip_site_name("2020-2021年度工作计划 | 某某市人民政府门户网站", ["某某市人民政府门户网站"]) == "2020-2021年度工作计划"
    assert strip_site_name("没有后缀的标题", [site]) == "没有后缀的标题"
    # a bare hyphen before the site name (JEECMS titles), while hyphens inside the title stay
    assert strip_site_name("内江市部署养老服务体系建设相关工作-内江市人民政府", ["内江市人民政府"]) == "内江市部署养老服务体系建设相关工作"
    assert strip_site_name("关于2020-2025年规划的通知", [site]) == "关于2020-2025年规划的通知"
    assert strip_site_name("关于印发某某管理办法的通知_政策文件_某某区", []) == "关于印发某某管理办法的通知"


def _crawl(pages: list[tuple[str, str, int]]) -> dict:
    seed = "http://www.a.gov.cn/"
    rows = [{"url": seed, "kind": "page", "status": 200, "title": "某某市人民政府", "depth": 0, "error": None}]
    rows += [{"url": seed + path, "kind": "page", "status": status, "title": title, "depth": 1, "error": None}
             for path, title, status in pages]
    return {"seed": seed, "complete": True, "pages": rows}


def test_query_is_the_newest_dated_article_title() -> None:
    crawl = _crawl([
        ("zwgk/index.html", "政务公开_某某市人民政府", 200),
        ("art/2020/10/1/art_1_99.html", "国庆假期安排的通知_某某市人民政府", 200),
        ("art/2020/11/25/art_1_101.html", "关于做好冬季安全生产工作的通知_某某市人民政府", 200),
        ("art/2020/11/26/art_1_102.html", "页面不存在_某某市人民政府", 404),
        ("art/2020/11/20/art_1_100.html", "市政府召开第四十五次常务会议_某某市人民政府", 200),
    ])
    assert query_from_crawl(crawl) == "关于做好冬季安全生产工作的通知"
    undated = _crawl([("zwgk/index.html", "政务公开_某某市人民政府", 200),
                      ("info/content_123.html", "市长主持召开专题会议研究冬季供暖_某某市人民政府", 200),
                      ("info/content_124.html", "全市秋冬季森林防火工作会议召开_某某市人民政府", 200)])
    assert query_from_crawl(undated) == "市长主持召开专题会议研究冬季供暖"  # first reached, breadth-first
    assert query_from_crawl(_crawl([("zwgk/index.html", "政务公开_某某市人民政府", 200)])) is None


def test_query_from_homepage_news_list() -> None:
    html = ('<ul class="nav"><li><a href="/zwgk/">政务公开</a></li></ul><ul class="news">'
            '<li><a href="/art/2020/11/26/art_1_5.html" title="关于开展2020年度政府网站普查工作的通知">关于开展2020年度政府网站…</a></li>'
            '<li><a href="/art/2020/11/25/art_1_4.html">第二条新闻的标题文字很长</a></li></ul>')
    assert query_from_homepage(html) == "关于开展2020年度政府网站普查工作的通知"


def test_main_part_and_long_titles() -> None:
    assert main_part("【视频】关于做好冬季安全生产工作的通知（第2号）") == "关于做好冬季安全生产工作的通知"
    long_title = "某某市人民政府办公室关于印发某某市进一步优化营商环境更好服务市场主体实施方案的通知"
    assert query_text("短标题") == "短标题"
    assert len(query_text(long_title)) <= 38 and query_text(long_title) in long_title


def test_results_page_must_list_the_article_not_just_echo_the_query() -> None:
    title = "关于做好冬季安全生产工作的通知"
    listed = f'<p>您检索的“{title}”共1条</p><ul><li><a href="/art/1.html">关于做好冬季<em>安全生产</em>工作的通知</a></li></ul>'
    echoed = f'<input value="{title}"><p>您检索的“{title}”没有找到相关结果</p>'
    echoed_no_phrase = f"<title>{title} - 搜索</title><p>关键词：{title}</p><p>请尝试其他关键词</p>"
    partial = '<a href="/x">【转载】关于做好冬季安全生产工作的通知（节选）</a>'
    assert results_list(listed, title) is True
    assert results_list(echoed, title) is False
    assert results_list(echoed_no_phrase, title) is False
    assert results_list(partial, "【通知】" + title) is True  # the main part is enough
    assert results_list("<p>共2条</p><p>" + title + "</p><p>" + title + "</p>", title) is True
    assert results_list('<a href="/art/1.html">关于做好冬季安全…</a>', title) is True  # shortened by the list
    assert results_list('<a href="/art/1.html">关于做好…</a>', title) is False  # too little left to tell


def test_a_results_page_echoes_the_query_or_says_it_found_nothing() -> None:
    q = "关于做好冬季安全生产工作的通知"
    gbk = "http://www.a.gov.cn/s?kw=%B9%D8%D3%DA%D7%F6%BA%C3%B6%AC%BC%BE%B0%B2%C8%AB%C9%FA%B2%FA%B9%A4%D7%F7%B5%C4%CD%A8%D6%AA"
    assert answers_query("<html><body><p>共0条</p></body></html>", "http://www.a.gov.cn/s", q)
    assert answers_query("<html><body><ul></ul></body></html>", gbk, q)   # the query in a GBK address
    assert answers_query(f"<html><body><input name='kw' value='{q}'></body></html>", "http://www.a.gov.cn/s", q)
    # a search page a link led to, or the homepage again: no answer to the query
    assert not answers_query("<html><body><form><input name='kw'></form></body></html>",
                             "http://www.a.gov.cn/search/index.html", q)
