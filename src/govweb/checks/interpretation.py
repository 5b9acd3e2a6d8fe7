"""Policy interpretation (政策解读): a 政策文件 item dated within the past year needs a link to a 解读 page, or a
解读 page linking to it, in either direction."""

from __future__ import annotations

import datetime as dt
import re

from govweb.checks.article import DOC_NUMBER
from govweb.checks.columns import ctx_columns, item_date
from govweb.checks.context import SiteContext
from govweb.checks.model import Evidence, Finding

INTERPRETATION_WORDS = ("解读", "图解", "答记者问", "政策问答", "一图读懂", "一图看懂")


def _is_interpretation_text(text: str) -> bool:
    return any(w in text for w in INTERPRETATION_WORDS)


_BOOK = re.compile(r"《([^》]{4,80})》")


def interpretation_titles(ctx: SiteContext) -> list[str]:
    """Titles of 解读 entries whose pages were not archived. An interpretation is named after its document
    (《XX办法》政策解读, 关于《XX》的解读): the name links them when the links themselves cannot be seen."""
    titles: list[str] = []
    for col in ctx_columns(ctx):
        if col.type != "政策解读":
            continue
        for page_url in col.pages:
            # only entries whose page was not archived: an archived page's links are the better evidence
            titles.extend(it.title for it in ctx.pages[page_url].items if ctx.page(it.url) is None)
    return titles


def _doc_numbers(text: str) -> set[str]:
    """The document numbers (文号) `text` cites, written one way (澜府发[2026] 9号 → 澜府发〔2026〕9号)."""
    return {re.sub(r"\s|第", "", n).translate(_BRACKETS) for n in DOC_NUMBER.findall(text)}


_BRACKETS = str.maketrans("［[（(【］]）)】", "〔〔〔〔〔〕〕〕〕〕")


def cited_numbers(ctx: SiteContext) -> set[str]:
    """The document numbers a 政策解读 column's rows cite beside their titles (解读文件：澜府发〔2026〕9号): each row is
    the interpretation of the document of that number."""
    return {n for col in ctx_columns(ctx) if col.type == "政策解读"
            for page_url in col.pages for it in ctx.pages[page_url].items for n in _doc_numbers(it.row)}


def cited_documents(ctx: SiteContext) -> set[str]:
    """The pages a 政策解读 column's rows link beside their titles (关联文件：<a>某府发〔2026〕9号</a>, the row's
    buttons): each row is the interpretation of the document it links."""
    return {ctx.canonical(b) for col in ctx_columns(ctx) if col.type == "政策解读"
            for page_url in col.pages for it in ctx.pages[page_url].items for b in it.buttons}


def named_in(doc_title: str, interp_titles: list[str]) -> bool:
    books = _BOOK.findall(doc_title)
    core = books or [doc_title.strip()]
    if any(c and c in t for c in core for t in interp_titles if len(c) >= 6):
        return True
    # an interpretation naming its document in book marks names what the document's own title says after its
    # issuer (《关于调整城区征收土地区片综合地价的通知》政策解读 → 某县人民政府关于调整城区征收土地区片综合地价的通知)
    # (or after a place naming the issuer's area, which the document's title gives once, in its issuer:
    # 《某县行政许可事项清单（2026年版）》解读 → 某县人民政府关于公布行政许可事项清单（2026年版）的通知)
    if any(len(n) >= 6 and n in doc_title for t in interp_titles for b in _BOOK.findall(t)
           for n in (b, _PLACE.sub("", b, count=1))):
        return True
    # … or, quoting nothing, names the matter the document is about (关于规范城区停车收费的解读 → 关于规范城区停车收费的
    # 通知; 关于某市天然气价格调整的政策解读 → 关于某市天然气价格的批复): one matter holds the other
    matter = _matter(_DOC_MATTER, doc_title)
    return matter is not None and any(
        (said := _matter(_INTERP_MATTER, t)) is not None and (matter in said or said in matter) for t in interp_titles)


_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡)")
# the matter a title names after 关于, before the kind of document (…的通知) or of its interpretation (…的政策解读)
_DOC_MATTER = re.compile(r"关于(.+?)的(?:通知|批复|意见|实施意见|决定|规定|公告|通告|函|复函|办法|方案)")
_INTERP_MATTER = re.compile(r"关于(.+?)的(?:政策)?解读")
_MATTER_MIN = 6


def _matter(pattern: re.Pattern[str], title: str) -> str | None:
    """The matter `title` names (`pattern`'s group), its place name left out, if long enough to name one thing."""
    m = pattern.search(title)
    matter = _PLACE.sub("", m.group(1), count=1) if m else ""
    return matter if len(matter) >= _MATTER_MIN else None


def interpretation_pages(ctx: SiteContext) -> set[str]:
    pages: set[str] = set()
    for col in ctx_columns(ctx):
        if col.type == "政策解读":
            pages.update(col.item_urls)
    for url, f in ctx.pages.items():
        title = f.meta.get("articletitle") or f.title
        if f.is_article and _is_interpretation_text(title):
            pages.add(url)
    return pages


def recent_policy_documents(ctx: SiteContext) -> list[tuple[str, dt.date, str, str, str]]:
    """(url, date, title, list page, row text) of 政策文件 items dated within the interpretation window."""
    docs: dict[str, tuple[str, dt.date, str, str, str]] = {}
    for col in ctx_columns(ctx):
        if col.type != "政策文件":
            continue
        for page_url in col.pages:
            for it in ctx.pages[page_url].items:
                u = ctx.canonical(it.url)
                if u in docs or not ctx.same_site(u) or _is_interpretation_text(it.title):
                    continue
                d = item_date(ctx, it.date, u, page_url)
                if d is not None and 0 <= ctx.days_since(d) <= ctx.limits.interpretation_window:
                    docs[u] = (u, d, it.title, page_url, it.row)
    return [docs[k] for k in sorted(docs)]


def interpreted(ctx: SiteContext, doc_url: str, interp: set[str]) -> bool:
    page = ctx.pages.get(doc_url)
    if page is not None:
        column_urls = {c.url for c in ctx_columns(ctx)}
        for link in page.links:
            target = ctx.canonical(link.url)
            if target == doc_url or target in ctx.template_links or target in column_urls:
                continue
            if target in interp or _is_interpretation_text(link.text):
                return True
    return any(src in interp for src in ctx.inbound.get(doc_url, ()))


def missing_interpretation_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    linked: dict[str, bool] = ctx.derived("interpretation_links", _linked)
    for url, d, title, list_page, _ in _policy_documents(ctx):
        if linked[url]:
            continue
        page = ctx.pages.get(url) or ctx.pages.get(list_page)
        out.append(Finding(
            "missing-interpretation", "解读回应", {"url": url},
            Evidence(url, title, page.warc_record if page else None),
            f"政策文件「{title}」（{d}）未关联政策解读", {"date": d.isoformat()},
        ))
    return out


def _linked(ctx: SiteContext) -> dict[str, bool]:
    interp = interpretation_pages(ctx)
    titles = interpretation_titles(ctx)
    numbers = cited_numbers(ctx)
    cited = cited_documents(ctx)
    return {u: interpreted(ctx, u, interp) or u in cited or named_in(title, titles) or bool(_doc_numbers(row) & numbers)
            for u, _, title, _, row in _policy_documents(ctx)}


def _policy_documents(ctx: SiteContext) -> list[tuple[str, dt.date, str, str, str]]:
    return ctx.derived("policy_documents", recent_policy_documents)


def interpretation_share(ctx: SiteContext, fixed: frozenset[str] = frozenset()) -> float | None:
    """Share of the past year's policy documents linked to an interpretation; documents in `fixed` (urls)
    count as linked."""
    linked: dict[str, bool] = ctx.derived("interpretation_links", _linked)
    if not linked:
        return None
    return sum(1 for u, ok in linked.items() if ok or u in fixed) / len(linked)
