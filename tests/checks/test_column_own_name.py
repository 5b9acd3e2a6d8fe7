"""A column named by its own title and breadcrumb where the menu links it under its section's name."""

from __future__ import annotations

from collections import Counter

from govweb.checks.column_names import column_name
from govweb.checks.page import parse_page

from .minisite import page, ul

SITE = "http://www.lw.gov.cn/"
CRUMB = "<p class='where'>当前位置：<a href='/'>首页</a> » <a href='/xwzx/'>新闻中心</a> » <a href='/xwzx/gzdt/'>工作动态</a></p>"
ROWS = ul([(f"/xwzx/gzdt/2025/{i}.shtml", f"区住建局开展第{i}批燃气安全检查", f"2025-0{i}-1{i}") for i in range(1, 6)])


def test_menu_names_the_section_the_page_names_itself() -> None:
    f = parse_page(page("工作动态-某某区人民政府门户网站", CRUMB + ROWS), SITE + "xwzx/gzdt/", None, "r", home=False)
    assert f.breadcrumb[-2:] == ("新闻中心", "工作动态")
    # every page's menu says 新闻中心 and opens this list; the crumb's own step 工作动态 links it once
    assert column_name(f, {f.url: Counter({"新闻中心": 7, "工作动态": 1})}) == "工作动态"
    # … but a menu name that is no section above the page keeps the name the links give it
    assert column_name(f, {f.url: Counter({"部门动态": 7, "工作动态": 1})}) == "部门动态"
    # … and so does a title naming something else (the site's name only)
    g = parse_page(page("某某区人民政府门户网站", CRUMB + ROWS), SITE + "xwzx/gzdt/", None, "r", home=False)
    assert column_name(g, {g.url: Counter({"新闻中心": 7, "工作动态": 1})}) == "新闻中心"
