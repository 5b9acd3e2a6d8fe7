"""Every check, declared in one place (id, Chinese title, failure title, remediation, what it reads, index)."""

from __future__ import annotations

from govweb.checks import columns, elements, interaction, interpretation, links, services, technical
from govweb.checks.model import Audit

WARC = "crawl.warc.gz 页面"
CRAWL = "crawl.json"
MEAS = "measurements.json"

AUDITS: tuple[Audit, ...] = (
    Audit("broken-link", "链接可用性", "存在无法访问的链接（错链、断链）",
          "修复或删除指向该地址的链接；附件和外部链接定期巡检。", (CRAWL, WARC), "管理保障",
          links.broken_link_findings),
    Audit("homepage-stale", "首页更新", "首页超过 2 周未更新",
          "首页动态要闻等栏目至少每 2 周更新；仅为导航页的首页，其二级页面须及时更新。", (WARC,), "信息发布",
          columns.homepage_stale_findings),
    Audit("stale-column", "栏目更新", "栏目超过更新期限未更新",
          "动态要闻 2 周内、通知公告与政策文件 6 个月内、人事与规划计划 1 年内更新；无发布时间的信息补充发布时间。",
          (WARC,), "信息发布", columns.stale_column_findings),
    Audit("empty-column", "空白栏目", "栏目自开设以来无任何内容",
          "补充栏目内容，或将空白栏目下线、归并。", (WARC,), "信息发布", columns.empty_column_findings),
    Audit("missing-element", "必备要素", "缺少政府网站必备要素",
          "按《政府网站发展指引》在页面底部补齐网站标识码、ICP 备案号、公安机关备案号、党政机关网站标识、主办单位、"
          "联系方式与「我为政府网站找错」入口，并开设信息公开指南、目录、年报等栏目。", (WARC, MEAS), "（按要素）",
          elements.missing_element_findings),
    Audit("unanswered-message", "留言办理", "留言超过 3 个月未答复或答复超时",
          "在 90 天内答复有效留言，并公开受理日期、答复日期、答复部门与答复内容。", (WARC,), "互动交流",
          interaction.unanswered_message_findings),
    Audit("missing-interpretation", "政策解读关联", "近一年的政策文件未关联政策解读",
          "政策文件与解读同步发布，并在文件页和解读页相互链接。", (WARC,), "解读回应",
          interpretation.missing_interpretation_findings),
    Audit("insecure-transport", "HTTPS", "网站不支持 HTTPS 访问",
          "部署有效证书，开启 HTTPS 并将 HTTP 访问跳转到 HTTPS。", (MEAS,), "管理保障",
          technical.insecure_transport_findings),
    Audit("no-ipv6", "IPv6 支持", "网站不支持 IPv6 访问",
          "为域名配置 AAAA 记录并确保 IPv6 链路可达。", (MEAS,), "管理保障", technical.no_ipv6_findings),
    Audit("no-mobile-viewport", "移动端适配", "首页未声明移动端视口",
          "在页面 <head> 中加入 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">，"
          "并提供适配手机的页面。", (WARC,), "功能推广", technical.no_viewport_findings),
    Audit("image-missing-alt", "图片替代文本", "页面中有图片缺少替代文本（alt）",
          "为每张内容图片提供描述性 alt 文本，装饰性图片使用 alt=\"\"（GB/T 37668-2019）。", (WARC,), "功能推广",
          technical.image_alt_findings),
    Audit("search-not-working", "站内搜索", "站内搜索无法检索到近期文章",
          "检查搜索索引是否及时更新、搜索表单是否可用。", (MEAS,), "功能推广", technical.search_findings),
    Audit("incomplete-service-guide", "办事指南要素", "办事指南缺少关键要素",
          "办事指南须包含事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、"
          "办理流程十项要素。", (WARC,), "办事服务", services.incomplete_guide_findings),
)

AUDITS_BY_ID = {a.id: a for a in AUDITS}
