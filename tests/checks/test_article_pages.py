"""Article pages known by their byline: an unlabelled date beside 来源/作者, a 发布时间 a script fills in while the
address carries the date, and the document's own heading where the <title> is only the site's name."""

from __future__ import annotations

from govweb.checks.dates import url_full_date
from govweb.checks.page import parse_page

from .minisite import page

SITE = "http://www.q.gov.cn/"
NAV = "<div class='nav'><a href='/'>首页</a><a href='/xw/'>新闻中心</a><a href='/gk/'>信息公开</a></div>"
CRUMB = "<div class='pos'>您所在的位置：<a href='/'>首页</a> &gt; <a href='/xw/'>新闻中心</a></div>"
BODY = "<div class='txt'><p>会议指出，要进一步做好今年的各项工作，确保任务按期完成。</p><p>会议要求各部门抓好落实。</p></div>"


def test_author_line_date_makes_an_article_and_its_heading_the_title() -> None:
    html = page("某某区人民政府",
                NAV + CRUMB + "<table><tr><td><h1>区政府召开第三季度经济形势分析会</h1></td></tr>"
                "<tr><td>作者：综合科　2023年4月5日</td></tr></table>" + BODY)
    f = parse_page(html, SITE + "xw/content_881.jsp", None, "r", home=False)
    assert f.is_article
    assert f.pubdate == (2023, 4, 5)
    assert f.title == "区政府召开第三季度经济形势分析会"   # the site-wide <title> gives way to the heading
    assert "作者" in f.pubdate_excerpt


def test_date_before_the_source_label() -> None:
    html = page("关于做好防汛工作的通知_某某县水利局",
                NAV + "<h3>关于做好防汛工作的通知</h3><div class='info'>2019/07/08 15:00 信息来源：县水利局</div>" + BODY)
    f = parse_page(html, SITE + "gk/p/41.aspx", None, "r", home=False)
    assert f.is_article and f.pubdate == (2019, 7, 8)
    assert f.title == "关于做好防汛工作的通知_某某县水利局"   # the <title> already names the document


def test_script_written_publication_date_comes_from_the_address() -> None:
    html = page("乡村道路养护情况通报",
                NAV + "<h2>乡村道路养护情况通报</h2><p>发布日期：<script>document.write(pubTime)</script></p>" + BODY)
    f = parse_page(html, SITE + "art/2018/5/9/art_12_7.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2018, 5, 9)
    assert "脚本" in f.pubdate_excerpt
    # the same page at an address without a date: nothing to read the date from, no article claimed
    g = parse_page(html, SITE + "content/7.html", None, "r", home=False)
    assert not g.is_article and g.pubdate is None


def test_several_bylines_are_a_list_not_an_article() -> None:
    rows = "".join(f"<div class='row'><b>第{n}期工作简报</b><span>来源：办公室 2021-0{n}-02</span></div>" for n in (3, 4, 5))
    f = parse_page(page("工作简报", NAV + "<h2>工作简报</h2>" + rows), SITE + "jb/", None, "r", home=False)
    assert not f.is_article and f.pubdate is None


def test_a_byline_needs_a_heading_above_it() -> None:
    # straight under the breadcrumb: no document heading of its own
    html = page("新闻中心", NAV + CRUMB + "<div>来源：本网 2022-06-01</div>" + BODY)
    f = parse_page(html, SITE + "xw/", None, "r", home=False)
    assert not f.is_article and f.pubdate is None


def test_a_date_in_a_sentence_after_a_source_is_no_byline() -> None:
    html = page("全县人口情况", NAV + "<h1>全县人口情况</h1><p>资料来源：县统计局，2020年1月2日公布的抽样数据显示常住人口稳定。</p>")
    f = parse_page(html, SITE + "gk/rk.html", None, "r", home=False)
    assert not f.is_article and f.pubdate is None


def test_article_title_meta_with_markup_does_not_replace_a_title_that_names_the_document() -> None:
    html = page("乡镇街道联席会议召开 部署秋冬季工作_某某市",
                NAV + "<h1>乡镇街道联席会议召开</h1><p>发布时间：2021-10-09</p>" + BODY,
                meta='<meta name="ArticleTitle" content="乡镇街道联席会议召开<br/>部署秋冬季工作">')
    f = parse_page(html, SITE + "xw/9.html", None, "r", home=False)
    assert f.is_article and f.title == "乡镇街道联席会议召开 部署秋冬季工作_某某市"


def test_url_full_date() -> None:
    assert url_full_date("http://a.gov.cn/xw/201711/t20171124_5.html") == (2017, 11, 24)
    assert url_full_date("http://a.gov.cn/c/2019-03-20/415805.html") == (2019, 3, 20)
    assert url_full_date("http://a.gov.cn/art/2018/5/9/art_1.html") == (2018, 5, 9)
    assert url_full_date("http://a.gov.cn/xw/201711/index.html") is None   # a month, no day
    assert url_full_date("http://20201126.gov.cn/a.html") is None           # the host is no path


def test_a_byline_heading_must_be_the_pages_title_or_a_heading_element() -> None:
    # a featured block on a list-less page: its caption is neither the page's <title> nor set as a heading
    html = page("专题专栏", NAV + "<div class='focus'><span>市领导调研春耕备耕工作</span>"
                "<em>来源：农业农村局 2024-03-11</em></div>" + BODY)
    f = parse_page(html, SITE + "ztzl/", None, "r", home=False)
    assert not f.is_article and f.pubdate is None
    g = parse_page(html.replace("<span>市领导调研春耕备耕工作</span>", "<h4>市领导调研春耕备耕工作</h4>"),
                   SITE + "ztzl/a1.html", None, "r", home=False)
    assert g.is_article and g.pubdate == (2024, 3, 11) and g.title == "市领导调研春耕备耕工作"


def test_a_page_without_title_takes_its_heading() -> None:
    html = ("<html><head><meta charset='utf-8'></head><body>" + NAV +
            "<div class='art'><h2>街道开展消防安全演练</h2><p>2022年11月09日 供稿：街道办</p></div>" + BODY + "</body></html>")
    f = parse_page(html, SITE + "jd/n/3301.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2022, 11, 9) and f.title == "街道开展消防安全演练"
    # without a heading element and without a <title> naming it, the caption is no document heading
    g = parse_page(html.replace("<h2>", "<p>").replace("</h2>", "</p>"), SITE + "jd/n/3302.html", None, "r", home=False)
    assert not g.is_article


def test_dateless_byline_takes_the_date_of_the_address() -> None:
    html = page("全区秋粮收购工作进展顺利_某某区农业农村局",
                NAV + "<h1>全区秋粮收购工作进展顺利</h1><div>稿源：区粮食站　字号：<a>大</a> <a>中</a> <a>小</a></div>" + BODY)
    f = parse_page(html, SITE + "xxgk/202310/t20231017_5521.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2023, 10, 17)
    # the same labels spread over the page (a caption's 来源 far below) are no one information line
    far = html.replace("</div>", "</div>" + "<p>" + "正文段落。" * 30 + "</p><p>图片来源：网络</p>", 1)
    g = parse_page(far, SITE + "xxgk/202310/t20231017_5522.html", None, "r", home=False)
    assert not g.is_article


def test_view_count_beside_the_date_is_a_byline() -> None:
    html = page("老旧小区改造计划公示", NAV + "<h2>老旧小区改造计划公示</h2><p>【2024.01.15】【浏览次数：218】</p>" + BODY)
    f = parse_page(html, SITE + "gsgg/show.php?id=77", None, "r", home=False)
    assert f.is_article and f.pubdate == (2024, 1, 15)


def test_source_and_author_beside_one_date_are_one_byline() -> None:
    """来源 and 作者 labels of one information line standing by the same date are one byline, not a list's two."""
    html = page("某某县人民政府", NAV + "<div class='tit'><h2>全县春季植树造林现场推进会召开</h2><ul><li>来源：县林业局</li>"
                "<li>作者：王某</li><li>2021-03-12 09:30</li></ul></div>" + BODY)
    f = parse_page(html, SITE + "xw/show.jsp?id=5", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 3, 12)
    assert f.title == "全县春季植树造林现场推进会召开"


def test_plain_heading_under_a_crumb_ending_in_its_separator_is_the_documents() -> None:
    """首页 > 工作动态 > and then a plain-text heading: the document's own (no link names it); the same block named by
    a link of the page (the side menu's column) is the crumb's last step, not a heading."""
    crumb = ("<div class='crumb'><span><a href='/'>首页</a></span><span>&gt;</span><span><a href='/gzdt/'>工作动态</a>"
             "</span><span>&gt;</span></div>")
    info = "<ul class='info'><li>来源：县农业农村局</li><li>作者：</li><li>2022-08-09 16:20</li></ul>"
    html = page("全县秋粮生产现场观摩会召开-某某县人民政府",
                NAV + crumb + "<div class='t'><div>全县秋粮生产现场观摩会召开</div>" + info + "</div>" + BODY)
    f = parse_page(html, SITE + "gzdt/content_55.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2022, 8, 9)
    side = "<div class='side'><a href='/tzgg/'>通知公告</a></div>"
    listing = page("通知公告", NAV + side + crumb.replace("工作动态", "信息公开") + "<div>通知公告</div>" + info + BODY)
    g = parse_page(listing, SITE + "tzgg/", None, "r", home=False)
    assert not g.is_article and g.pubdate is None


def test_a_document_number_or_an_information_label_is_no_heading() -> None:
    """An information table's cells above the date (文号：某发〔2021〕7号, 发文字号) are no heading: the document's
    heading is the title above them; a <title> naming the document stays."""
    info = ("<h2>关于进一步加强农村饮水安全管理的意见</h2><dl class='meta'><dt>文号：</dt><dd>江水发[2021]7号</dd>"
            "<dt>发布日期：</dt><dd>2021年03月02日</dd></dl>")
    html = page("某某市水务局", NAV + info + BODY)
    f = parse_page(html, SITE + "gk/wj/8812.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 3, 2)
    assert f.title == "关于进一步加强农村饮水安全管理的意见"
    named = page("关于进一步加强农村饮水安全管理的意见_某某市水务局", NAV + info + BODY)
    g = parse_page(named, SITE + "gk/wj/8813.html", None, "r", home=False)
    assert g.title == "关于进一步加强农村饮水安全管理的意见_某某市水务局"


def test_a_labelled_cell_of_an_information_table_is_no_heading() -> None:
    """Cells printed with their values (文号：某府发〔2023〕5号) above the date are the table's, no heading; above the
    table stands the menu (a link of the page): the heading is under the table, so the <title> naming the document
    stays. A 标题 cell names the heading itself."""
    side = "<ul class='side'><li><a href='/gk/zn/'>公开指南</a></li><li><a href='/gk/ysq/'>依申请公开</a></li></ul>"
    table = ("<table class='info'><tr><td>索引号：000014349/2023-01102</td><td>发布机构：某某县人民政府</td></tr>"
             "<tr><td>文号：某府发〔2023〕5号</td><td>发布日期：2023年04月18日</td></tr></table>")
    heading = "<h2>某某县人民政府关于公布第二批县级非物质文化遗产名录的通知</h2>"
    html = page("某某县人民政府关于公布第二批县级非物质文化遗产名录的通知 - 某某县人民政府", side + table + heading + BODY)
    f = parse_page(html, SITE + "gk/wj/2023/0418/55.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2023, 4, 18)
    assert f.title.startswith("某某县人民政府关于公布")
    titled = table.replace("<td>发布机构：某某县人民政府</td>", "<td>标题：关于公布第二批县级非物质文化遗产名录的通知</td>")
    g = parse_page(page("某某县人民政府", side + titled + BODY), SITE + "gk/wj/2023/0418/56.html", None, "r", home=False)
    assert g.title == "关于公布第二批县级非物质文化遗产名录的通知"


def test_any_short_label_of_an_information_table_is_no_heading() -> None:
    """A table setting each label alone in its cell, its value in the next, with labels of its own choosing (信息类别：,
    来源单位：) beside known ones (发布日期：): the value after such a label is a cell, not the heading above the table;
    a label naming the title (文章标题：) still gives the heading."""
    heading = "关于印发农村人居环境整治提升五年行动方案的通知"
    info = ("<dl class='meta'><dt>信息类别：</dt><dd>规划计划</dd><dt>来源单位：</dt><dd>某某县农业农村局</dd>"
            "<dt>发布日期：</dt><dd>2021年05月11日</dd></dl>")
    f = parse_page(page("某某县农业农村局", NAV + f"<h2>{heading}</h2>" + info + BODY), SITE + "gk/wj/77.html", None, "r",
                   home=False)
    assert f.is_article and f.pubdate == (2021, 5, 11)
    assert f.title == heading
    titled = info.replace("<dt>信息类别：</dt><dd>规划计划</dd>", f"<dt>文章标题：</dt><dd>{heading}</dd>")
    g = parse_page(page("某某县农业农村局", NAV + titled + BODY), SITE + "gk/wj/78.html", None, "r", home=False)
    assert g.title == heading


def test_a_row_both_printed_and_kept_as_a_script_record_is_one_row() -> None:
    # a jpage-style page prints its first rows and keeps every row as XML records for its script: each row once
    from govweb.checks.page import parse_page

    rows = [("/art/2021/5/1/art_1_1.html", "关于开展安全生产检查的通知", "2021-05-01"),
            ("/art/2021/5/3/art_1_2.html", "县政府召开第十二次常务会议", "2021-05-03")]
    printed = "".join(f"<li><a href='{u}'>{t}</a><span>{d}</span></li>" for u, t, d in rows[:1])
    records = "".join(f"<record><![CDATA[<li><a href='{u}'>{t}</a><span>{d}</span></li>]]></record>" for u, t, d in rows)
    html = (f"<html><body><ul class='list'>{printed}</ul><script type='text/xml'><datastore><recordset>{records}"
            "</recordset></datastore></script></body></html>")
    facts = parse_page(html, "http://www.x.gov.cn/col/col1/index.html", None, "<urn:uuid:1>", home=False)
    assert sorted(it.url for it in facts.items) == [f"http://www.x.gov.cn{u}" for u, _, _ in rows]


def test_a_document_signed_off_in_chinese_numerals_is_dated_by_its_sign_off() -> None:
    # an HTML5 page, no 发布时间 and no byline: the only date is the 落款 under the issuing office
    html = page("关于开展春季校园安全隐患排查的通知-青湾县教育体育局",
                "<header><nav><a href='/'>首页</a><a href='/tz/'>通知</a></nav></header><main>"
                "<h2>关于开展春季校园安全隐患排查的通知</h2><section><p>各乡镇中心学校：</p>"
                "<p>为切实做好春季开学安全工作，现就有关事项通知如下。</p></section>"
                "<footer class='sign'><div>青湾县教育体育局办公室</div><div>二〇二一年三月九日</div></footer></main>")
    f = parse_page(html, SITE + "tz/view.do?id=3021", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 3, 9)
    assert f.title.startswith("关于开展春季校园安全隐患排查的通知")


def test_a_sign_off_needs_its_own_heading_and_to_be_the_only_one() -> None:
    sign = "<p>青湾县人民政府</p><p>二〇二一年三月九日</p>"
    # two signed documents on one page (a compilation): no one document's date
    two = page("文件汇编_青湾县人民政府", "<h2>文件汇编</h2><p>一、……</p>" + sign + "<p>二、……</p>" + sign)
    f = parse_page(two, SITE + "hb/", None, "r", home=False)
    assert not f.is_article and f.pubdate is None
    # only the issuer's name above it, which the <title> names: no heading of a document
    bare = page("青湾县人民政府", "<p>青湾县人民政府</p><p>本站文章未经许可不得转载。</p>" + sign)
    g = parse_page(bare, SITE + "about/", None, "r", home=False)
    assert not g.is_article and g.pubdate is None
    # a date in a sentence is no sign-off
    prose = page("工作回顾_青湾县人民政府", "<h2>工作回顾</h2><p>会议于二〇二一年三月九日召开，部署全年工作。</p>")
    h = parse_page(prose, SITE + "hg/", None, "r", home=False)
    assert not h.is_article and h.pubdate is None


def test_a_full_width_publication_date_makes_an_article() -> None:
    html = page("我县完成冬小麦播种_青湾县人民政府",
                "<h3>我县完成冬小麦播种</h3><span>发布时间：２０２２／１０／２８</span>" + BODY)
    f = parse_page(html, SITE + "news/detail?id=77", None, "r", home=False)
    assert f.is_article and f.pubdate == (2022, 10, 28)


def test_printed_publication_date_wins_over_a_meta_pubdate_that_differs() -> None:
    # a provincial platform regenerates its pages: <meta name="PubDate"> carries the generation time, the byline the
    # date a reader sees
    meta = '<meta name="PubDate" content="2024-06-30 18:02:11"><meta name="ArticleTitle" content="关于开展安全生产检查的通知">'
    shown = page("关于开展安全生产检查的通知", "<h2>关于开展安全生产检查的通知</h2>"
                 "<p class='src'>来源：应急管理局　　发布日期：2024-03-12 09:40</p>" + BODY, meta)
    f = parse_page(shown, SITE + "gk/tzgg/art_3_4412.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2024, 3, 12)
    assert "发布日期" in f.pubdate_excerpt
    # an update time printed beside it, or two printed dates, leave the meta's date standing
    updated = shown.replace("发布日期：2024-03-12 09:40", "更新时间：2024-03-12 09:40")
    assert parse_page(updated, SITE + "gk/tzgg/art_3_4412.html", None, "r", home=False).pubdate == (2024, 6, 30)
    two = shown.replace("</p><div", "</p><p>成文日期：2024-03-10　发布时间：2024-03-11</p><div", 1)
    assert parse_page(two, SITE + "gk/tzgg/art_3_4412.html", None, "r", home=False).pubdate == (2024, 6, 30)


def test_a_heading_the_title_opens_with_stays_the_title_over_a_line_above_the_byline() -> None:
    """A guide whose last cell (办理流程: 受理→审核→办结) sits just above its 发布时间: the <h2> the title opens with
    names the document."""
    html = ("<html><head><title>个体工商户设立登记服务指南｜某区市场监管局</title></head><body>"
            "<h2>个体工商户设立登记服务指南</h2><table><tr><td>办理时限</td><td>3个工作日</td></tr>"
            "<tr><td>办理流程</td><td>受理→审核→决定→办结</td></tr></table>"
            "<div>发布时间：2021年4月2日</div></body></html>")
    f = parse_page(html, "http://www.q.gov.cn/bszn/1.html", None, "")
    assert f.is_article and f.pubdate == (2021, 4, 2)
    assert f.title.startswith("个体工商户设立登记服务指南")


def test_a_page_in_traditional_characters_is_dated_by_its_labels() -> None:
    html = ("<html><head><title>某市舉辦兩岸青年交流營</title></head><body><h1>某市舉辦兩岸青年交流營</h1>"
            "<p>發布日期：2021-05-20　來源：某市臺辦</p><p>交流營於5月19日開營。</p></body></html>")
    f = parse_page(html, "http://www.t.gov.cn/ft/a1.html", None, "")
    assert f.is_article and f.pubdate == (2021, 5, 20)


def test_a_bulletin_dated_only_by_its_issue_line_is_dated_by_it() -> None:
    # a 简报 masthead: the issuing office and the day it was issued (印发) on one line, no other date
    html = page("水务简报第7期-青湾县水务局",
                "<div class='crumb'>首页 &gt; 简报</div><h2>水务简报第7期</h2>"
                "<div class='mast'><span>青湾县水务局办公室</span>　<span>2021年4月2日印发</span></div>"
                "<p>一、全县春灌工作进展顺利。</p>")
    f = parse_page(html, SITE + "jb/view.do?id=7", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 4, 2)


def test_publication_date_a_script_sets_and_writes_into_an_empty_slot() -> None:
    # a CMS detail page whose date line is filled in the browser from a variable the page declares; no date printed,
    # none in its address
    script = ("<script>var docInfo = {id: 5521, pubDate: '2025/03/14 09:20', hits: 88};"
              "$('.pub-date').text(docInfo.pubDate);</script>")
    html = page("全镇春季森林防火工作部署会召开-某某镇",
                NAV + "<h2>全镇春季森林防火工作部署会召开</h2><div class='meta'>时间 <i class='pub-date'></i></div>"
                + BODY + script)
    f = parse_page(html, SITE + "news/detail?id=5521", None, "r", home=False)
    assert f.is_article and f.pubdate == (2025, 3, 14)
    assert "pubDate" in f.pubdate_excerpt
    # the slot printed (the date already on the page under no label): the variable says nothing the page does not
    shown = html.replace("<i class='pub-date'></i>", "<i class='pub-date'>三月中旬</i>")
    assert parse_page(shown, SITE + "news/detail?id=5521", None, "r", home=False).pubdate is None
    # a script holding several documents' dates (a related-news box's data) dates none of them
    two = html.replace("hits: 88}", "hits: 88, related: [{pubDate: '2025/02/01'}]}")
    assert parse_page(two, SITE + "news/detail?id=5521", None, "r", home=False).pubdate is None


def test_a_post_dated_only_by_the_time_its_theme_marks_as_published() -> None:
    # a blog theme's post (Docusaurus/Hexo-like): the heading, then a <time itemprop="datePublished"> printing only the
    # month and day, its UTC datetime the day before in Beijing; the build's 最后更新 stamp is no publication
    meta = ("<div class='meta'><time datetime='2026-10-19T16:30:00.000Z' itemprop='datePublished'>10月20日</time>"
            " · 阅读需 3 分钟</div>")
    stamp = "<div class='updated'>最后更新：<time datetime='2026-12-01'>2026年12月1日</time></div>"
    html = page("县发展改革局召开重点项目推进会 | 某县发展和改革局",
                NAV + f"<article><header><h1>县发展改革局召开重点项目推进会</h1>{meta}</header>{BODY}{stamp}</article>")
    f = parse_page(html, SITE + "blog/xmtj-2026/", None, "r", home=False)
    assert f.is_article and f.pubdate == (2026, 10, 20)
    # the same mark on a list's one entry (a tag page holding a single post) dates that row, not the page
    row = ("<ul class='posts'><li><a href='/blog/xmtj-2026/'>县发展改革局召开重点项目推进会</a>"
           "<time datetime='2026-10-20' itemprop='datePublished'>2026-10-20</time></li></ul>")
    f = parse_page(page("重点项目 | 某县发展和改革局", NAV + f"<h1>重点项目</h1>{row}"), SITE + "blog/tags/zdxm/", None, "r",
                   home=False)
    assert not f.is_article
