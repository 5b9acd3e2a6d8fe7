"""A small hand-written government site in the markup styles real CMSs use (TRS-like lists with spans, tables,
bracketed month-day dates), with planted defects. Used by the unit tests; the expected findings are stated
next to each planted defect."""

from __future__ import annotations

from typing import Any

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.example.gov.cn/"
AS_OF = "2020-11-26"

NAV = """
<div class="nav"><ul>
 <li><a href="/">首页</a></li>
 <li><a href="/xwzx/bmdt/">部门动态</a></li>
 <li><a href="/tzgg/">通知公告</a></li>
 <li><a href="/zcwj/">政策文件</a></li>
 <li><a href="/zcjd/">政策解读</a></li>
 <li><a href="/rsxx/">人事信息</a></li>
 <li><a href="/ghjh/">规划计划</a></li>
 <li><a href="/hdjl/">互动交流</a></li>
 <li><a href="/bsfw/">办事服务</a></li>
 <li><a href="/zwgk/">政府信息公开</a></li>
</ul></div>"""

FOOTER = """
<div class="footer">
 <p>主办单位：示例市人民政府办公室 &nbsp; 联系电话：0571-87654321</p>
 <p>网站标识码：3301000001 &nbsp; <a href="https://beian.miit.gov.cn">浙ICP备05012345号-1</a>
  <a href="http://www.beian.gov.cn">浙公网安备 33010202000123号</a></p>
 <a href="https://bszs.conac.cn/sitename?method=show&id=1"><img src="/images/red.png" alt="党政机关"></a>
 <script id="_jiucuo_" sitecode="3301000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
</div>"""


def page(title: str, body: str, meta: str = "", viewport: bool = True) -> str:
    vp = '<meta name="viewport" content="width=device-width, initial-scale=1">' if viewport else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{vp}{meta}<title>{title}</title></head>"
            f"<body>{NAV}<div class=\"main\">{body}</div>{FOOTER}</body></html>")


def ul(items: list[tuple[str, str, str]]) -> str:
    return "<ul class=\"list\">" + "".join(
        f'<li><a href="{u}" title="{t}">{t}</a><span class="date">{d}</span></li>' for u, t, d in items
    ) + "</ul>"


def article(title: str, date: str, body: str = "", extra: str = "") -> str:
    meta = f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:00">'
    return page(title, f"<h1>{title}</h1><div class=\"info\">发布时间：{date}</div><p>{body}正文内容。</p>{extra}", meta)


def build(**overrides: Any) -> SnapshotBuilder:
    b = SnapshotBuilder(SEED)
    b.measurements = {
        "taken_at": "2020-11-26T10:00:00+08:00",
        "https": {"available": True, "certificate_valid": True, "http_redirects_to_https": True, "error": None},
        "ipv6": {"aaaa": ["::1"], "connect_ok": True, "error": None},
        "search": {"form_url": SEED, "query": "x", "results_url": SEED + "search?q=x", "status": 200,
                   "found": True, "error": None},
    }
    h = SEED.rstrip("/")
    home = page("示例市人民政府", (
        '<form action="/search/" method="get"><input type="text" name="q"><button>搜索</button></form>'
        '<div class="news"><h2>部门动态</h2>' + ul([
            ("/xwzx/bmdt/202011/t20201120_1.html", "市政府召开常务会议", "2020-11-20"),
            ("/xwzx/bmdt/202011/t20201101_2.html", "示例市开展安全检查", "2020-11-01"),
        ]) + "</div>"
        '<a href="/zwgk/xxgkzn/">政府信息公开指南</a> <a href="/zwgk/xxgkml/">政府信息公开目录</a> '
        '<a href="/zwgk/ndbg/2019.html">2019年政府信息公开工作年度报告</a> '
        '<a href="/zjsl/">走进示例</a> <a href="/jgzn/">机构职能</a> <a href="/ldxx/">领导信息</a> '
        '<a href="http://data.example.gov.cn/">数据开放</a> <a href="/wza/">无障碍浏览</a> '
        '<a href="/dead-link.html">一个失效链接</a> <a href="http://weibo.com/example">政务微博</a>'
    ), meta='<meta name="SiteName" content="示例市人民政府"><meta name="SiteDomain" content="www.example.gov.cn">'
            '<meta name="SiteIDCode" content="3301000001">')
    b.page(SEED, overrides.get("home", home), depth=0)
    # 部门动态: fresh (2020-11-20, 6 days), two pages via TRS pager
    b.page(h + "/xwzx/bmdt/", page("部门动态", ul([
        ("/xwzx/bmdt/202011/t20201120_1.html", "市政府召开常务会议", "2020-11-20"),
        ("/xwzx/bmdt/202011/t20201101_2.html", "示例市开展安全检查", "2020-11-01"),
    ]) + '<script>createPageHTML(2, 0, "index", "html");</script>',
        meta='<meta name="ColumnName" content="部门动态"><meta name="ColumnType" content="动态要闻">'))
    b.page(h + "/xwzx/bmdt/index_1.html", page("部门动态", ul([
        ("/xwzx/bmdt/202010/t20201001_3.html", "十月工作会议", "2020-10-01"),
    ]), meta='<meta name="ColumnName" content="部门动态">'))
    b.page(h + "/xwzx/bmdt/202011/t20201120_1.html", article("市政府召开常务会议", "2020-11-20"))
    b.page(h + "/xwzx/bmdt/202011/t20201101_2.html", article("示例市开展安全检查", "2020-11-01"))
    b.page(h + "/xwzx/bmdt/202010/t20201001_3.html", article("十月工作会议", "2020-10-01"))
    # 通知公告: stale — month-day-only bracketed dates; the newest [04-30] is 2020-04-30 (210 days > 183)
    b.page(h + "/tzgg/", page("通知公告_示例市", '<ul>' + "".join(
        f'<li>[{d}] <a href="/tzgg/{i}.html">{t}</a></li>' for i, (t, d) in enumerate(
            [("关于开展普查的通告", "04-30"), ("关于停水的通知", "03-12")])
    ) + "</ul>"))
    # 政策文件: table layout; doc 1 has an interpretation (linked from the 解读 page), doc 2 links to its 解读,
    # doc 3 has none (missing-interpretation), doc 4 is older than a year (not checked)
    rows = [("/zcwj/1.html", "示例市关于促进就业的若干意见", "2020年10月08日"),
            ("/zcwj/2.html", "示例市营商环境优化办法", "2020年09月01日"),
            ("/zcwj/3.html", "示例市节能管理规定", "2020年06月15日"),
            ("/zcwj/4.html", "示例市老办法", "2019年06月15日")]
    b.page(h + "/zcwj/", page("政策文件", "<table>" + "".join(
        f'<tr><td><a href="{u}">{t}</a></td><td>{d}</td></tr>' for u, t, d in rows) + "</table>"))
    b.page(h + "/zcwj/1.html", article("示例市关于促进就业的若干意见", "2020-10-08"))
    b.page(h + "/zcwj/2.html", article("示例市营商环境优化办法", "2020-09-01",
                                       extra='<a href="/zcjd/2.html">相关解读：营商环境优化办法图解</a>'))
    b.page(h + "/zcwj/3.html", article("示例市节能管理规定", "2020-06-15"))
    b.page(h + "/zcjd/", page("政策解读", ul([
        ("/zcjd/1.html", "《示例市关于促进就业的若干意见》解读", "2020-10-09"),
        ("/zcjd/2.html", "一图读懂营商环境优化办法", "2020-09-02"),
    ])))
    b.page(h + "/zcjd/1.html", article("《示例市关于促进就业的若干意见》解读", "2020-10-09",
                                       extra='<a href="/zcwj/1.html">原文：示例市关于促进就业的若干意见</a>'))
    b.page(h + "/zcjd/2.html", article("一图读懂营商环境优化办法", "2020-09-02"))
    # 人事信息: blank column
    b.page(h + "/rsxx/", page("人事信息", '<ul class="list"></ul><p>暂无信息</p>'))
    # 规划计划: item without any publication time → not updated → stale
    b.page(h + "/ghjh/", page("规划计划", '<ul><li><a href="/ghjh/1.html">示例市“十四五”规划纲要</a></li></ul>'))
    b.page(h + "/ghjh/1.html", page("示例市“十四五”规划纲要", "<h1>示例市“十四五”规划纲要</h1>",
                                   meta='<meta name="ArticleTitle" content="示例市“十四五”规划纲要">'))
    # 互动交流: message list + details; message 2 unanswered for > 90 days, message 3 answered late
    b.page(h + "/hdjl/", page("互动交流", "<table><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>" + "".join(
        f'<tr><td><a href="/hdjl/{i}.html">{t}</a></td><td>{d}</td><td>{s}</td></tr>'
        for i, t, d, s in [(1, "咨询社保转移", "2020-10-20", "已回复"), (2, "小区噪音问题", "2020-06-01", "未回复"),
                           (3, "道路维修建议", "2020-03-01", "已回复")]) + "</table>"))
    b.page(h + "/hdjl/1.html", page("咨询社保转移", "留言标题：咨询社保转移 留言时间：2020-10-20 回复单位：人社局 回复时间：2020-10-25 回复内容：已办理。"))
    b.page(h + "/hdjl/2.html", page("小区噪音问题", "留言标题：小区噪音问题 留言时间：2020-06-01 办理状态：未回复"))
    b.page(h + "/hdjl/3.html", page("道路维修建议", "留言标题：道路维修建议 留言时间：2020-03-01 回复时间：2020-07-15 回复内容：已安排。"))
    # 办事服务 with a complete guide
    b.page(h + "/bsfw/", page("办事服务", '<a href="/bsfw/zn1.html">个体工商户登记办事指南</a>'))
    b.page(h + "/bsfw/zn1.html", page("个体工商户登记办事指南", "<h1>办事指南</h1><table>" + "".join(
        f"<tr><td>{k}</td><td>内容</td></tr>" for k in
        ["事项名称", "设定依据", "申请条件", "申请材料", "办理地点", "办理机构", "收费标准", "办理时间", "咨询电话", "办理流程"]
    ) + "</table>"))
    for path, title in [("/zwgk/", "政府信息公开"), ("/zwgk/xxgkzn/", "政府信息公开指南"),
                        ("/zwgk/xxgkml/", "政府信息公开目录"), ("/jgzn/", "机构职能"),
                        ("/ldxx/", "领导信息"), ("/wza/", "无障碍浏览")]:
        b.page(h + path, page(title, f"<h1>{title}</h1><p>{title}：本页介绍示例市{title}的有关情况，内容按规定及时更新。</p>"))
    b.page(h + "/zwgk/ndbg/2019.html", article("示例市2019年政府信息公开工作年度报告", "2020-01-20"))
    # a page with an image without alt
    b.page(h + "/zjsl/", page("走进示例", '<h1>走进示例</h1><img src="/images/city.jpg"><p>示例市位于东南沿海，辖6个区县。</p>'))
    b.page(h + "/dead-link.html", "<html>Not found</html>", status=404)
    b.page("http://data.example.gov.cn/", page("数据开放平台", "数据"), depth=2, kind="external")
    b.page("http://weibo.com/example", "", kind="external")
    return b


# What the checks must find on this site, and nothing else.
EXPECTED = {
    ("stale-column", SEED.rstrip("/") + "/tzgg/"),
    ("stale-column", SEED.rstrip("/") + "/ghjh/"),
    ("empty-column", SEED.rstrip("/") + "/rsxx/"),
    ("missing-interpretation", SEED.rstrip("/") + "/zcwj/3.html"),
    ("unanswered-message", SEED.rstrip("/") + "/hdjl/2.html"),
    ("unanswered-message", SEED.rstrip("/") + "/hdjl/3.html"),
    ("broken-link", SEED.rstrip("/") + "/dead-link.html"),
    ("image-missing-alt", SEED.rstrip("/") + "/zjsl/"),
}
