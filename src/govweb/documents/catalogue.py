"""The check catalogue: every check's id, Chinese titles, remediation, what it reads, the index its findings
count against, the veto its findings feed and the measurement it needs. Neutral data that checks (which run
the checks), scoring, review and publish (which explain findings) all read, so no stage needs another's internals.
"""

from __future__ import annotations

from dataclasses import dataclass

from govweb.documents.layout import CRAWL_JSON, MEASUREMENTS_JSON
from govweb.terms import VETO_RULES

WARC = "crawl.warc.gz 页面"
CRAWL = CRAWL_JSON
MEAS = MEASUREMENTS_JSON


@dataclass(frozen=True)
class CheckInfo:
    id: str
    title: str                       # Chinese title: what is checked
    failure_title: str               # Chinese: what a finding says
    remediation: str                 # Chinese: how to fix it
    reads: tuple[str, ...]           # what it reads: crawl.json, WARC pages, measurements.json
    index: str                       # the index its findings count against (elements: per element)
    veto: str | None = None          # the veto rule (terms.VETO_RULES) its findings feed, if any
    measurement: str | None = None   # the metric it needs: without it the check could not run ("not measured")


CHECKS: tuple[CheckInfo, ...] = (
    CheckInfo("broken-link", "链接可用性", "存在无法访问的链接（错链、断链）",
              "修复或删除指向该地址的链接；附件和外部链接定期巡检。", (CRAWL, WARC), "管理保障"),
    CheckInfo("homepage-stale", "首页更新", "首页超过 2 周未更新",
              "首页动态要闻等栏目至少每 2 周更新；仅为导航页的首页，其二级页面须及时更新。", (WARC,), "信息发布",
              veto="homepage-stale"),
    CheckInfo("stale-column", "栏目更新", "栏目超过更新期限未更新",
              "动态要闻 2 周内、通知公告与政策文件 6 个月内、人事与规划计划 1 年内更新；无发布时间的信息补充发布时间。",
              (WARC,), "信息发布", veto="columns-stale"),
    CheckInfo("empty-column", "空白栏目", "栏目自开设以来无任何内容",
              "补充栏目内容，或将空白栏目下线、归并。", (WARC,), "信息发布", veto="columns-stale"),
    CheckInfo("missing-element", "必备要素", "缺少政府网站必备要素",
              "按《政府网站发展指引》在页面底部补齐网站标识码、ICP 备案号、公安机关备案号、党政机关网站标识、主办单位、"
              "联系方式与「我为政府网站找错」入口，并开设信息公开指南、目录、年报等栏目。", (WARC, MEAS), "（按要素）"),
    CheckInfo("unanswered-message", "留言办理", "留言超过 3 个月未答复或答复超时",
              "在 90 天内答复有效留言，并公开受理日期、答复日期、答复部门与答复内容。", (WARC,), "互动交流",
              veto="interaction-poor", measurement="answered_in_time_share"),
    CheckInfo("missing-interpretation", "政策解读关联", "近一年的政策文件未关联政策解读",
              "政策文件与解读同步发布，并在文件页和解读页相互链接。", (WARC,), "解读回应",
              measurement="interpretation_share"),
    CheckInfo("insecure-transport", "HTTPS", "网站不支持 HTTPS 访问",
              "部署有效证书，开启 HTTPS 并将 HTTP 访问跳转到 HTTPS。", (MEAS,), "管理保障", measurement="https"),
    CheckInfo("no-ipv6", "IPv6 支持", "网站不支持 IPv6 访问",
              "为域名配置 AAAA 记录并确保 IPv6 链路可达。", (MEAS,), "管理保障", measurement="ipv6"),
    CheckInfo("no-mobile-viewport", "移动端适配", "首页未声明移动端视口",
              "在页面 <head> 中加入 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">，"
              "并提供适配手机的页面。", (WARC,), "功能推广"),
    CheckInfo("image-missing-alt", "图片替代文本", "页面中有图片缺少替代文本（alt）",
              "为每张内容图片提供描述性 alt 文本，装饰性图片使用 alt=\"\"（GB/T 37668-2019）。", (WARC,), "功能推广"),
    CheckInfo("search-not-working", "站内搜索", "站内搜索无法检索到近期文章",
              "检查搜索索引是否及时更新、搜索表单是否可用。", (MEAS,), "功能推广", measurement="search_works"),
    CheckInfo("incomplete-service-guide", "办事指南要素", "办事指南缺少关键要素",
              "办事指南须包含事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、"
              "办理流程十项要素。", (WARC,), "办事服务", veto="service-unusable", measurement="guide_completeness"),
)

CHECKS_BY_ID: dict[str, CheckInfo] = {c.id: c for c in CHECKS}


def check_info(check: str) -> CheckInfo:
    """The catalogue entry of a check; an unknown id (a newer findings document) is described by its id."""
    return CHECKS_BY_ID.get(check) or CheckInfo(check, check, check, "", (), "")


def veto_of_check(check: str) -> str | None:
    """The veto rule the findings of `check` feed (the checks stage decides vetoes; this labels findings)."""
    entry = CHECKS_BY_ID.get(check)
    return entry.veto if entry else None


def veto_label(rule: str) -> str:
    return VETO_RULES.get(rule, rule)


def checks_without_findings(found: set[str], metrics: dict[str, object] | None) -> tuple[list[str], list[str]]:
    """(passed, not measured): the titles of the checks that found nothing, split by whether they could run."""
    passed, unmeasured = [], []
    for entry in CHECKS:
        if entry.id in found:
            continue
        if metrics is not None and entry.measurement is not None and metrics.get(entry.measurement) is None:
            unmeasured.append(entry.title)
        else:
            passed.append(entry.title)
    return passed, unmeasured
