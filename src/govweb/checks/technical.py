"""Technical checks: HTTPS and IPv6 (from measurements.json), mobile viewport, images without alt, site search,
availability from probes, page meta tags, new-media links."""

from __future__ import annotations

from typing import Any

from govweb.checks.context import SiteContext
from govweb.checks.links import ERROR_TEXT
from govweb.checks.model import Evidence, Finding
from govweb.checks.page_kinds import device_fronts

NEW_MEDIA_WORDS = ("微信", "微博", "政务新媒体", "客户端", "抖音", "头条号", "APP", "App", "小程序")
NEW_MEDIA_HOSTS = ("weibo.com", "weibo.cn", "mp.weixin.qq.com", "douyin.com", "toutiao.com")
SITE_META = ("sitename", "sitedomain", "siteidcode")
COLUMN_META = ("columnname", "columntype")
ARTICLE_META = ("articletitle", "pubdate", "contentsource")


def _measurement(ctx: SiteContext, key: str) -> dict[str, Any] | None:
    m = (ctx.snapshot.measurements or {}).get(key)
    return m if isinstance(m, dict) else None


def _hp_evidence(ctx: SiteContext, excerpt: str) -> Evidence:
    hp = ctx.homepage
    return Evidence(ctx.homepage_url, excerpt, hp.warc_record if hp else None)


def https_ok(ctx: SiteContext) -> bool | None:
    m = _measurement(ctx, "https")
    if m is None or m.get("available") is None:
        return None
    return bool(m.get("available"))


def insecure_transport_findings(ctx: SiteContext) -> list[Finding]:
    m = _measurement(ctx, "https")
    if m is None or m.get("available") is not False:
        return []
    code = m.get("error")
    reason = ERROR_TEXT.get(code or "", "HTTPS 不可用")   # in words, never a bare code such as "（connect）"
    excerpt = f"https：{reason}" + (f"（{code}）" if code else "")
    return [Finding("insecure-transport", "管理保障", {}, _hp_evidence(ctx, excerpt), f"网站不支持 HTTPS 访问（{reason}）")]


def ipv6_ok(ctx: SiteContext) -> bool | None:
    m = _measurement(ctx, "ipv6")
    if m is None:
        return None
    if m.get("connect_ok") is None and m.get("aaaa") is None:
        return None
    return bool(m.get("aaaa")) and bool(m.get("connect_ok"))


def no_ipv6_findings(ctx: SiteContext) -> list[Finding]:
    m = _measurement(ctx, "ipv6")
    if m is not None and ipv6_ok(ctx) is None and m.get("error") == "dns":
        ctx.warnings.append("IPv6 未测量：评估端查询 AAAA 记录失败（域名解析超时或无解析服务），不计为网站问题")
    if ipv6_ok(ctx) is not False:
        return []
    m = _measurement(ctx, "ipv6") or {}
    aaaa = m.get("aaaa") or []
    why = "无 AAAA 记录" if not aaaa else f"AAAA {', '.join(map(str, aaaa))} 无法通过 IPv6 连接"
    if m.get("error") in ERROR_TEXT:
        why += f"（{ERROR_TEXT[m['error']]}）"
    return [Finding("no-ipv6", "管理保障", {}, _hp_evidence(ctx, why), f"网站不支持 IPv6 访问：{why}")]


def phone_version(ctx: SiteContext) -> str | None:
    """Where the homepage says the site serves phones from a version of its own: a `mobile-agent` meta
    (`format=html5;url=…`) or a link named 手机版/移动版/触屏版/WAP版 to another page of the site."""
    hp = ctx.homepage
    if hp is None:
        return None
    agent = hp.meta.get("mobile-agent", "")
    if "url=" in agent:
        return agent.split("url=", 1)[1].split(";")[0].strip() or None
    return min(ctx.derived("device_fronts", device_fronts), default=None)


def viewport_ok(ctx: SiteContext) -> bool | None:
    """The homepage declares a viewport; not measured on a splash page (it says nothing about the homepage's layout)
    or where the site serves phones from a version of its own (its desktop homepage needs no viewport)."""
    hp = ctx.homepage
    if hp is None or hp.redirect:
        return None
    return True if hp.viewport else None if phone_version(ctx) else False


def no_viewport_findings(ctx: SiteContext) -> list[Finding]:
    if viewport_ok(ctx) is not False:
        if ctx.homepage is not None and not ctx.homepage.viewport and (phone := phone_version(ctx)):
            ctx.warnings.append(f"首页未声明 viewport，但网站另有手机版（{phone}）：移动端适配未测量")
        return []
    return [Finding("no-mobile-viewport", "功能推广", {}, _hp_evidence(ctx, "首页缺少 <meta name=\"viewport\">"),
                    "首页未声明移动端视口（viewport），手机浏览体验差")]


def image_alt_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    for url, f in sorted(ctx.pages.items()):
        if f.images_missing_alt and ctx.same_site(url):
            out.append(Finding(
                "image-missing-alt", "功能推广", {"url": url},
                Evidence(url, f'<img src="{f.missing_alt_example}">（缺少 alt）', f.warc_record),
                f"{f.images_missing_alt} 张图片缺少替代文本（alt）", {"images": f.images_missing_alt},
            ))
    return out


def search_works(ctx: SiteContext) -> bool | None:
    m = _measurement(ctx, "search")
    if m is None or m.get("found") is None:
        return None
    return bool(m.get("found"))


SEARCH_NOT_MEASURED = {
    "script-search": "站内搜索未测量：首页搜索框没有表单，由脚本提交，需用浏览器检索（请用 --render auto 重新采集）",
    "no-response": "站内搜索未测量：在首页搜索框输入检索词并回车、点击搜索按钮后页面无变化（可能是脚本未能加载）",
    "no-results-page": "站内搜索未测量：在首页搜索框检索后打开的页面不是检索结果页（未显示检索词，也未提示无结果）",
}


def search_findings(ctx: SiteContext) -> list[Finding]:
    m = _measurement(ctx, "search")
    if m is not None and m.get("found") is None and m.get("error") in SEARCH_NOT_MEASURED:
        ctx.warnings.append(SEARCH_NOT_MEASURED[m["error"]])
    if m is None or m.get("found") is not False:
        return []
    excerpt = f"检索「{m.get('query') or ''}」未找到该文章" + (f"（{m['error']}）" if m.get("error") else "")
    return [Finding("search-not-working", "功能推广", {},
                    Evidence(str(m.get("results_url") or m.get("form_url") or ctx.homepage_url), excerpt, None),
                    "站内搜索不可用：以近期文章标题检索未能找到该文章")]


def availability(ctx: SiteContext) -> tuple[float | None, int]:
    """(share of probes that opened within the timeout, number of probes)."""
    probes = ctx.snapshot.probes
    if not probes:
        return None, 0
    ok = 0
    for p in probes:
        status = p.get("status")
        latency = p.get("latency_ms")
        if (
            not p.get("error") and isinstance(status, int) and status < 500
            and (not isinstance(latency, (int, float)) or latency <= ctx.limits.probe_timeout_ms)
        ):
            ok += 1
    return ok / len(probes), len(probes)


def meta_tag_share(ctx: SiteContext) -> float | None:
    """Share of the expected meta tags present: site tags on the homepage, column tags on column pages,
    article tags on article pages."""
    from govweb.checks.columns import ctx_columns

    wanted = 0
    have = 0
    hp = ctx.homepage
    if hp is not None:
        wanted += len(SITE_META)
        have += sum(1 for k in SITE_META if hp.meta.get(k))
    for col in ctx_columns(ctx):
        f = ctx.pages[col.url]
        wanted += len(COLUMN_META)
        have += sum(1 for k in COLUMN_META if f.meta.get(k))
    for f in ctx.pages.values():
        if f.is_article:
            wanted += len(ARTICLE_META)
            have += sum(1 for k in ARTICLE_META if f.meta.get(k))
    return have / wanted if wanted else None


def new_media_links(ctx: SiteContext) -> int:
    hp = ctx.homepage
    if hp is None:
        return 0
    return sum(
        1 for lk in hp.links
        if any(w in lk.text for w in NEW_MEDIA_WORDS) or any(h in lk.url for h in NEW_MEDIA_HOSTS)
    )


def _image_counts(ctx: SiteContext) -> tuple[int, int]:
    return sum(f.images for f in ctx.pages.values()), sum(f.images_missing_alt for f in ctx.pages.values())


def alt_share(ctx: SiteContext, fixed: frozenset[str] = frozenset()) -> float | None:
    """Share of images with an alt attribute; the images of pages in `fixed` (urls) count as having one."""
    counts: tuple[int, int] = ctx.derived("image_counts", _image_counts)
    total, missing = counts
    if not total:
        return None
    repaired = sum(f.images_missing_alt for u in fixed if (f := ctx.pages.get(u)) is not None)
    return 1 - (missing - repaired) / total
