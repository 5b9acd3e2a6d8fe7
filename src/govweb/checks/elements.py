"""Required elements (政府网站发展指引): footer marks, disclosure pages, content sections, functions.

Footer marks (网站标识码 in both forms, ICP, 公安, 主办单位, 联系方式) are read from the homepage text and
meta tags; the conac mark and the 找错 entry from links, images and script tags (the official 找错 script is
`jiucuo.js` from zfwzgl/zfwzzc.www.gov.cn); sections from link texts, page titles and typed columns anywhere on
the site (homepage first). 政府信息公开年报 counts only when the latest report due by the as-of date is online.
"""

from __future__ import annotations

import datetime as dt
import re

from govweb.checks.columns import ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.model import ElementResult, Evidence, Finding
from govweb.checks.page import PageFacts
from govweb.terms import ELEMENTS

FOOTER_MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "网站主办单位", "联系方式")

# element → (words in a link text or page title, words that disqualify it)
LINK_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "政府信息公开指南": (("公开指南",), ()),
    "政府信息公开目录": (("公开目录",), ()),
    "概况信息": (("概况", "走进", "市情", "省情", "县情", "区情", "镇情", "简介", "印象"), ("领导", "机构")),
    "机构职能": (("机构职能", "机构设置", "部门职能", "内设机构", "组织机构", "机构概况", "主要职责", "职能"), ()),
    "负责人信息": (("领导", "负责人"), ("信箱", "留言")),
    "政策文件": (("政策文件", "规范性文件", "政府文件", "文件库", "政策法规"), ("解读",)),
    "政策解读": (("解读",), ()),
    "办事服务": (("办事", "政务服务", "网上服务", "服务事项"), ()),
    "互动交流": (("互动", "留言", "信箱", "咨询", "访谈", "征集", "问政", "写信"), ()),
    "数据开放": (("数据开放", "开放数据", "数据下载", "公共数据"), ()),
    "无障碍浏览": (("无障碍", "适老", "长者", "关怀版", "老年版", "读屏", "辅助浏览", "长辈版"), ()),
    "我为政府网站找错": (("找错",), ()),
}
URL_MARKERS: dict[str, tuple[str, ...]] = {
    "党政机关网站标识": ("conac.cn",),
    "我为政府网站找错": ("zfwzzc.www.gov.cn", "zfwzgl.www.gov.cn", "jiucuo", "#_jiucuo_"),
    "数据开放": ("opendata", "data.", "/data/"),
    "办事服务": ("zwfw", "gjzwfw"),
    "无障碍浏览": ("wza", "assist", "cniil", "barrier", "accessib"),
}
COLUMN_ELEMENTS = {"政策文件": "政策文件", "政策解读": "政策解读", "办事": "办事服务", "互动": "互动交流"}
_ANNUAL = re.compile(r"((?:19|20)\d{2})")

ELEMENT_INDEX = {
    "网站标识码": "管理保障", "ICP备案号": "管理保障", "公安机关备案号": "管理保障", "党政机关网站标识": "管理保障",
    "网站主办单位": "管理保障", "联系方式": "管理保障", "我为政府网站找错": "管理保障",
    "站内搜索": "功能推广", "无障碍浏览": "功能推广",
    "政府信息公开指南": "信息发布", "政府信息公开目录": "信息发布", "政府信息公开年报": "信息发布",
    "概况信息": "信息发布", "机构职能": "信息发布", "负责人信息": "信息发布", "政策文件": "信息发布",
    "政策解读": "解读回应", "办事服务": "办事服务", "互动交流": "互动交流", "数据开放": "数据开放",
}


def annual_report_due_year(as_of: dt.date) -> int:
    """The latest year whose 政府信息公开工作年度报告 must be online on `as_of` (due 31 January of N+1)."""
    return as_of.year - 1 if as_of > dt.date(as_of.year, 1, 31) else as_of.year - 2


class _Found:
    __slots__ = ("evidence", "results")

    def __init__(self) -> None:
        self.results: dict[str, ElementResult] = {}
        self.evidence: dict[str, Evidence] = {}

    def add(self, el: str, value: str | None, url: str, excerpt: str, record: str | None) -> None:
        if el not in self.results:
            self.results[el] = ElementResult(True, value, url)
            self.evidence[el] = Evidence(url, excerpt, record)


def detect_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    found = _Found()
    hp = ctx.homepage
    ordered = ([hp] if hp is not None else []) + [f for u, f in sorted(ctx.pages.items()) if f is not hp]

    # footer marks: the homepage (other pages only when the homepage could not be read)
    for f in ordered[:1] if hp is not None else ordered:
        for el in FOOTER_MARKS:
            if el in f.marks:
                value, excerpt = f.marks[el]
                found.add(el, value, f.url, excerpt, f.warc_record)

    # links, images, scripts: unique texts and urls across the site, homepage first
    seen_urls: set[str] = set()
    seen_texts: set[str] = set()
    for f in ordered:
        for src in f.script_srcs:
            low = src.lower()
            for el, markers in URL_MARKERS.items():
                if el in ("数据开放", "办事服务"):
                    continue
                if any(m in low for m in markers):
                    found.add(el, src, f.url, f'<script src="{src}">', f.warc_record)
        if f is not hp and f.depth > 2:
            continue
        for link in f.links:
            if link.url not in seen_urls:
                seen_urls.add(link.url)
                low = link.url.lower()
                for el, markers in URL_MARKERS.items():
                    if el not in found.results and any(m in low for m in markers):
                        found.add(el, link.url, f.url, f"{link.text} → {link.url}", f.warc_record)
            if not link.text or link.text in seen_texts:
                continue
            seen_texts.add(link.text)
            for el, (words, bad) in LINK_WORDS.items():
                if el in found.results:
                    continue
                if any(w in link.text for w in words) and not any(b in link.text for b in bad):
                    found.add(el, link.text, f.url, f"{link.text} → {link.url}", f.warc_record)
        for el, (words, bad) in LINK_WORDS.items():
            if el not in found.results and any(w in f.title for w in words) and not any(b in f.title for b in bad):
                found.add(el, f.title, f.url, f.title, f.warc_record)

    for col in ctx_columns(ctx):
        col_el = COLUMN_ELEMENTS.get(col.type)
        if col_el:
            found.add(col_el, col.name, col.url, col.name, col.evidence.warc_record)

    # 站内搜索: a search form on the homepage, or the measurement found one
    search = (ctx.snapshot.measurements or {}).get("search") or {}
    if hp is not None and hp.search_form:
        found.add("站内搜索", "搜索表单", hp.url, "<form> 搜索", hp.warc_record)
    elif isinstance(search, dict) and search.get("form_url"):
        found.add("站内搜索", str(search.get("form_url")), str(search.get("form_url")), "搜索表单", None)

    _annual_report(ctx, ordered, found)

    results: dict[str, ElementResult] = {}
    for el in ELEMENTS:
        results[el] = found.results.get(el, ElementResult(False, None, None))
    return results, found.evidence


def _annual_report(ctx: SiteContext, ordered: list[PageFacts], found: _Found) -> None:
    due = annual_report_due_year(ctx.as_of)
    latest: tuple[int, str, str, str | None] | None = None
    for f in ordered:
        for text in [f.title, *(link.text for link in f.links)]:
            if "信息公开" not in text or not ("年度报告" in text or "年报" in text):
                continue
            m = _ANNUAL.search(text)
            if not m:
                continue
            year = int(m.group(1))
            if year > ctx.as_of.year:
                continue
            if latest is None or year > latest[0]:
                latest = (year, text, f.url, f.warc_record)
    if latest is not None and latest[0] >= due:
        found.add("政府信息公开年报", f"{latest[0]}年", latest[2], latest[1], latest[3])
    elif latest is not None:
        found.evidence.setdefault(
            "政府信息公开年报", Evidence(latest[2], f"最新年报为 {latest[0]} 年，应已发布 {due} 年年报", latest[3])
        )


def ctx_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    got: tuple[dict[str, ElementResult], dict[str, Evidence]] = ctx.derived("elements", detect_elements)
    return got


def missing_element_findings(ctx: SiteContext) -> list[Finding]:
    results, evidence = ctx_elements(ctx)
    hp = ctx.homepage
    out: list[Finding] = []
    for el, res in results.items():
        if res.present:
            continue
        ev = evidence.get(el) or Evidence(ctx.homepage_url, "首页及已采集页面均未发现", hp.warc_record if hp else None)
        if el == "政府信息公开年报":
            msg = f"未发现 {annual_report_due_year(ctx.as_of)} 年政府信息公开工作年度报告"
        else:
            msg = f"未发现「{el}」"
        out.append(Finding("missing-element", ELEMENT_INDEX[el], {"element": el}, ev, msg))
    return out
