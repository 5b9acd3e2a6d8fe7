"""Ground truth derived from the planned model by the published rules (methodology §2, issue 4).

Findings are computed from the same objects the renderer wrote, so every claim matches what is served:
* stale-column: a typed column whose newest dated item is older than its limit (exactly at the limit is fresh),
  or whose items show no date at all; empty-column: a column with no items (blank columns are not also stale)
* homepage-stale: the newest date shown on the homepage is more than 14 days old
* missing-interpretation: a 政策文件 dated within 365 days with no 解读 linking either way
* unanswered-message: submitted within 365 days, unanswered after 90 days or answered after more than 90
* incomplete-service-guide (an extra check): a 办事指南 lacking some of the ten key elements
* search-not-working: the search form is there but finds nothing (searching a recent title returns 0 results)
* broken-link, image-missing-alt, missing-element, no-mobile-viewport, no-ipv6; insecure-transport for every site
  (the sample server speaks plain HTTP only)
* an entry whose every link leads to a missing page (`broken_entries`) is a missing element, and a missing 办事服务
  or 互动交流 raises service-unusable or interaction-poor
"""

from __future__ import annotations

from datetime import date
from typing import Any

from govweb.samplesites.model import LIMITS, Site
from govweb.samplesites.render import conac_url, jiucuo_url

HOME_LIMIT = 14
REPLY_LIMIT = 90
YEAR = 365


def due_report_year(as_of: date) -> int:
    """The newest 政府信息公开年报 that must be online: year N is due by 31 January of N+1."""
    return as_of.year - 1 if (as_of.month, as_of.day) > (1, 31) else as_of.year - 2


def elements(site: Site, as_of: date) -> dict[str, str | None]:
    s, p = site, site.pages
    values: dict[str, str | None] = {
        "网站标识码": s.sid, "ICP备案号": s.icp, "公安机关备案号": s.gongan, "党政机关网站标识": conac_url(s),
        "网站主办单位": s.org, "联系方式": s.phone, "我为政府网站找错": jiucuo_url(s),
        "站内搜索": s.abs(s.search_path), "政府信息公开指南": s.abs(p["xxgk_guide"]),
        "政府信息公开目录": s.abs(p["xxgk_catalog"]), "政府信息公开年报": s.abs(p["xxgk_reports"]),
        "概况信息": s.abs(p["about"]), "机构职能": s.abs(p["org"]), "负责人信息": s.abs(p["leaders"]),
        "政策文件": s.abs(s.column("zcwj").url), "政策解读": s.abs(s.column("zcjd").url),
        "办事服务": s.abs(p["services"]), "互动交流": s.abs(p["messages"]), "数据开放": p["data"],
        "无障碍浏览": s.abs(p["wza"]),
    }
    for el in s.missing | s.broken_entries:
        values[el] = None
    if not any(r.year >= due_report_year(as_of) for r in s.reports):
        values["政府信息公开年报"] = None
    if not s.column("zcwj").items:
        values["政策文件"] = None   # its entry leads to a blank column: an empty page
    return values


def homepage_dates(site: Site) -> list[date]:
    return [it.date for c in site.columns if c.on_home for it in c.items[:8] if it.date]


def site_truth(site: Site, as_of: date) -> dict[str, Any]:
    if site.status == "not-measured":
        return {"url": site.base + "/", "family": site.family, "held_out": site.held_out, "status": "not-measured",
                "reason": "blocked", "findings": [], "vetoes": [], "columns": [], "elements": {}, "open_data": None}
    findings: list[dict[str, Any]] = []
    stale = empty = update_stale = 0
    columns = []
    for c in site.columns:
        last = c.last_update
        columns.append({"name": c.name, "url": site.abs(c.url), "type": c.ctype,
                        "last_update": last.isoformat() if last else None, "items": len(c.items)})
        if not c.items:
            findings.append({"check": "empty-column", "url": site.abs(c.url)})
            empty += 1
            continue
        limit = LIMITS.get(c.ctype)
        if limit is not None and (last is None or (as_of - last).days > limit):
            findings.append({"check": "stale-column", "url": site.abs(c.url), "type": c.ctype,
                             "last_update": last.isoformat() if last else None})
            update_stale += 1
            if c.ctype in ("动态要闻", "通知公告", "政策文件"):
                stale += 1
    home = homepage_dates(site)
    home_stale = not home or (as_of - max(home)).days > HOME_LIMIT
    if home_stale:
        findings.append({"check": "homepage-stale", "last_update": max(home).isoformat() if home else None})
    elems = elements(site, as_of)
    for el, value in elems.items():
        if value is None:
            findings.append({"check": "missing-element", "element": el})
    for target, sources in sorted(site.broken.items()):
        findings.append({"check": "broken-link", "target": target, "source": sorted(sources)})
    linked = {id(i.interprets) for i in site.column("zcjd").items if i.interprets is not None}
    for doc in site.column("zcwj").items:
        if doc.date and (as_of - doc.date).days <= YEAR and id(doc) not in linked:
            findings.append({"check": "missing-interpretation", "url": site.abs(doc.url)})
    late_or_unanswered = 0
    for m in site.messages:
        if (as_of - m.submitted).days > YEAR:
            continue
        waited = ((m.replied or as_of) - m.submitted).days
        if waited > REPLY_LIMIT:
            findings.append({"check": "unanswered-message", "url": site.abs(m.url),
                             "submitted": m.submitted.isoformat(),
                             "replied": m.replied.isoformat() if m.replied else None})
            late_or_unanswered += 1
    incomplete = [g for g in site.guides if g.missing]
    for g in incomplete:
        findings.append({"check": "incomplete-service-guide", "url": site.abs(g.url), "missing": g.missing})
    for it in site.all_items():
        if it.alt_missing:
            findings.append({"check": "image-missing-alt", "url": site.abs(it.url)})
    if site.search_broken and "站内搜索" not in site.missing:
        findings.append({"check": "search-not-working"})
    if not site.viewport:
        findings.append({"check": "no-mobile-viewport"})
    findings.append({"check": "insecure-transport"})
    if not site.ipv6:
        findings.append({"check": "no-ipv6"})

    vetoes = []
    if home_stale:
        vetoes.append("homepage-stale")
    if stale >= 5 or update_stale >= 10 or empty >= 5:
        vetoes.append("columns-stale")
    if late_or_unanswered or elems["互动交流"] is None:
        vetoes.append("interaction-poor")
    if incomplete or elems["办事服务"] is None:
        vetoes.append("service-unusable")
    extra: dict[str, Any] = {}
    if site.layout is not None:
        from govweb.samplesites.layout_markup import layout_summary

        extra["layout"] = layout_summary(site.layout)
    return {
        "url": site.base + "/", "homepage": site.abs(site.pages["home"]), "name": site.name, "family": site.family,
        # pages that list items but are no information column (messages, service guides, annual reports)
        "list_pages": [site.abs(site.pages[k]) for k in ("messages", "services", "xxgk_reports")],
        "held_out": site.held_out, **extra,
        "status": "measured", "findings": findings, "vetoes": vetoes, "columns": columns,
        "elements": elems,
        "messages": [{"url": site.abs(m.url), "submitted": m.submitted.isoformat(),
                      "replied": m.replied.isoformat() if m.replied else None} for m in site.messages],
        "guides": [{"url": site.abs(g.url), "missing": g.missing} for g in site.guides],
        "reports": [{"year": r.year, "url": site.abs(r.url), "date": r.date.isoformat()} for r in site.reports],
        # what the 数据开放 link leads to: datasets and formats when the portal is in the crawl's scope
        "open_data": site.portal.truth() if site.portal else {"entry": None, "crawlable": False, "datasets": None,
                                                                 "formats": [], "last_update": None},
    }
