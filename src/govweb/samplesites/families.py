"""Template families: how each CMS lays out its URLs, dates and encodings.

A `Scheme` assigns a path to every object of the model and says how list dates are written. The markup itself
lives in `templates/<family>/` (base.html, home.html, list.html, detail.html, page.html).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govweb.samplesites.model import Column, Guide, Item, Message, Report, Site


def fmt_date(d: date | None, style: str) -> str:
    """A list date in one of the styles real portals use; '' when the item shows no date."""
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cn-short":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "md":  # year implied by context
        return f"{d.month:02d}-{d.day:02d}"
    if style == "bracket":
        return f"[{d.isoformat()}]"
    if style == "bracket-md":
        return f"[{d.month:02d}-{d.day:02d}]"
    raise ValueError(style)


@dataclass(frozen=True)
class Scheme:
    family: str
    search_path: str = "/search"
    search_param: str = "q"
    list_style: str = "iso"

    # Columns and items -------------------------------------------------------------------------------------------
    def column_urls(self, site: Site, col: Column) -> list[str]:
        raise NotImplementedError

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        raise NotImplementedError

    # Special pages -----------------------------------------------------------------------------------------------
    def page(self, kind: str) -> str:
        raise NotImplementedError

    def message_url(self, m: Message) -> str:
        raise NotImplementedError

    def guide_url(self, g: Guide) -> str:
        raise NotImplementedError

    def report_url(self, r: Report) -> str:
        raise NotImplementedError

    def style_for(self, col: Column) -> str:
        return self.list_style

    def attachment_url(self, item: Item, k: int, ext: str) -> str:
        d = _ym(item.date)
        return f"{item.url.rsplit('/', 1)[0]}/P0{d:%Y%m%d}{item.uid % 100000:05d}{k}.{ext}"


def _ym(d: date | None) -> date:
    return d or date(2019, 6, 18)


class TRS(Scheme):
    """TRS WCM: /section/column/index.html, index_1.html …, ./202011/t20201126_123456.html."""

    def style_for(self, col: Column) -> str:
        # per-column list templates: day and month in separate spans, or the date in the title's brackets
        return {"人事": "split", "规划计划": "title-bracket"}.get(col.ctype, self.list_style)

    def column_urls(self, site: Site, col: Column) -> list[str]:
        base = f"/{col.section}/{col.key}/"
        return [base + ("index.html" if n == 0 else f"index_{n}.html") for n in range(len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        d = _ym(item.date)
        return f"/{col.section}/{col.key}/{d:%Y%m}/t{d:%Y%m%d}_{item.uid}.html"

    PAGES = {
        "home": "/", "about": "/zjxx/gk/index.html", "leaders": "/zjxx/ldzc/index.html",
        "org": "/zwgk/jgzn/index.html", "xxgk_guide": "/zwgk/xxgkzn/index.html",
        "xxgk_catalog": "/zwgk/xxgkml/index.html", "xxgk_reports": "/zwgk/xxgknb/index.html",
        "messages": "/hdjl/ldxx/index.html", "services": "/zwfw/bszn/index.html", "wza": "/wza/index.html",
        "search_form": "/was5/web/search.html",
    }

    def page(self, kind: str) -> str:
        return self.PAGES[kind]

    def message_url(self, m: Message) -> str:
        return f"/hdjl/ldxx/{m.submitted:%Y%m}/t{m.submitted:%Y%m%d}_{m.uid}.html"

    def guide_url(self, g: Guide) -> str:
        return f"/zwfw/bszn/201905/t20190520_{g.uid}.html"

    def report_url(self, r: Report) -> str:
        return f"/zwgk/xxgknb/{r.date:%Y%m}/t{r.date:%Y%m%d}_{r.year}{r.year % 97:02d}.html"


class Hanweb(Scheme):
    """大汉 Hanweb: /col/col1234/index.html lists (jpage datastore), /art/2020/11/26/art_1234_5678.html."""

    def style_for(self, col: Column) -> str:
        return "cn-short" if col.ctype in ("通知公告", "人事") else self.list_style

    def column_urls(self, site: Site, col: Column) -> list[str]:
        # jpage paginates in the browser: index.html?uid=…&pageNum=N are the same document.
        base = f"/col/col{col.cid}/index.html"
        return [base] + [f"{base}?uid={col.cid + 4000}&pageNum={n + 1}" for n in range(1, len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        d = _ym(item.date)
        return f"/art/{d.year}/{d.month}/{d.day}/art_{col.cid}_{item.uid}.html"

    PAGE_COLS = {
        "about": 1101, "leaders": 1102, "org": 1103, "xxgk_guide": 1201, "xxgk_catalog": 1202,
        "xxgk_reports": 1203, "services": 1301, "wza": 1401,
    }

    def page(self, kind: str) -> str:
        if kind == "home":
            return "/"
        if kind == "messages":
            return "/jact/front/mailpublist.do?sysid=6"
        if kind == "search_form":
            return "/jrobot/search.html"
        return f"/col/col{self.PAGE_COLS[kind]}/index.html"

    def message_url(self, m: Message) -> str:
        return f"/jact/front/mailpubdetail.do?sysid=6&transactid={m.uid}"

    def guide_url(self, g: Guide) -> str:
        return f"/art/2019/5/20/art_1301_{g.uid}.html"

    def report_url(self, r: Report) -> str:
        return f"/art/{r.date.year}/{r.date.month}/{r.date.day}/art_1203_{r.year}{r.year % 89:02d}.html"


class JEECMS(Scheme):
    """JEECMS: /xwzx/index.jhtml, index_2.jhtml, /xwzx/123.jhtml; dates 2020年11月26日."""

    def attachment_url(self, item: Item, k: int, ext: str) -> str:
        d = _ym(item.date)
        return f"/u/cms/www/{d:%Y%m}/{d:%d}{item.uid:08d}{k}.{ext}"

    def column_urls(self, site: Site, col: Column) -> list[str]:
        return [f"/{col.key}/index.jhtml" if n == 0 else f"/{col.key}/index_{n + 1}.jhtml" for n in range(len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        return f"/{col.key}/{item.uid}.jhtml"

    def page(self, kind: str) -> str:
        return {
            "home": "/", "about": "/zjgk/index.jhtml", "leaders": "/ldzc/index.jhtml", "org": "/jgzn/index.jhtml",
            "xxgk_guide": "/xxgkzn/index.jhtml", "xxgk_catalog": "/xxgkml/index.jhtml",
            "xxgk_reports": "/xxgknb/index.jhtml", "messages": "/guestbook.jspx", "services": "/bszn/index.jhtml",
            "wza": "/wza/index.jhtml", "search_form": "/search.jhtml",
        }[kind]

    def message_url(self, m: Message) -> str:
        return f"/guestbook/detail.jspx?id={m.uid}"

    def guide_url(self, g: Guide) -> str:
        return f"/bszn/{g.uid}.jhtml"

    def report_url(self, r: Report) -> str:
        return f"/xxgknb/{r.year}{r.year % 83:02d}.jhtml"


class Dede(Scheme):
    """DedeCMS (HTML 4, tables, GBK): /a/xwzx/ , list_3_2.html, /a/xwzx/2020/1126/123.html, dates [11-26]."""

    def attachment_url(self, item: Item, k: int, ext: str) -> str:
        d = _ym(item.date)
        return f"/uploads/soft/{d:%y%m%d}/{item.uid}-{k + 1}.{ext}"

    def column_urls(self, site: Site, col: Column) -> list[str]:
        return [f"/a/{col.key}/" if n == 0 else f"/a/{col.key}/list_{col.cid}_{n + 1}.html" for n in range(len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        d = _ym(item.date)
        return f"/a/{col.key}/{d:%Y}/{d:%m%d}/{item.uid}.html"

    def page(self, kind: str) -> str:
        return {
            "home": "/", "about": "/a/zjgk/", "leaders": "/a/ldzc/", "org": "/a/jgzn/", "xxgk_guide": "/a/xxgkzn/",
            "xxgk_catalog": "/a/xxgkml/", "xxgk_reports": "/a/xxgknb/", "messages": "/plus/guestbook.php",
            "services": "/a/bszn/", "wza": "/a/wza/", "search_form": "/plus/search.html",
        }[kind]

    def message_url(self, m: Message) -> str:
        return f"/plus/guestbook.php?action=view&id={m.uid}"

    def guide_url(self, g: Guide) -> str:
        return f"/a/bszn/2019/0520/{g.uid}.html"

    def report_url(self, r: Report) -> str:
        return f"/a/xxgknb/{r.date:%Y}/{r.date:%m%d}/{r.year}{r.year % 79:02d}.html"


class JSHeavy(Scheme):
    """A script-built portal: nav by document.write, lists filled from JSON, client-side paging."""

    def column_urls(self, site: Site, col: Column) -> list[str]:
        base = f"/{col.key}/list.html"
        return [base] + [f"{base}?page={n + 1}" for n in range(1, len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        return f"/{col.key}/detail_{item.uid}.html"

    def page(self, kind: str) -> str:
        return {
            "home": "/", "about": "/about/index.html", "leaders": "/leaders/index.html", "org": "/org/index.html",
            "xxgk_guide": "/xxgk/guide.html", "xxgk_catalog": "/xxgk/catalog.html", "xxgk_reports": "/xxgk/reports.html",
            "messages": "/interact/mailbox.html", "services": "/service/guides.html", "wza": "/wza/index.html",
            "search_form": "/search/index.html",
        }[kind]

    def message_url(self, m: Message) -> str:
        return f"/interact/letter_{m.uid}.html"

    def guide_url(self, g: Guide) -> str:
        return f"/service/guide_{g.uid}.html"

    def report_url(self, r: Report) -> str:
        return f"/xxgk/report_{r.year}.html"


class Zhanqun(Scheme):
    """A 站群 platform: one template for many sites on subdomains; /zwgk/tzgg/index.shtml, content_123.shtml."""

    def style_for(self, col: Column) -> str:
        # day and year-month in separate spans; notices carry the date in the title's trailing brackets
        return "title-bracket" if col.ctype == "通知公告" else "split"

    def column_urls(self, site: Site, col: Column) -> list[str]:
        base = f"/{col.section}/{col.key}/"
        return [base + ("index.shtml" if n == 0 else f"index_{n + 1}.shtml") for n in range(len(col.pages()))]

    def item_url(self, site: Site, col: Column, item: Item) -> str:
        d = _ym(item.date)
        return f"/{col.section}/{col.key}/{d:%Y-%m}/{d:%d}/content_{item.uid}.shtml"

    def page(self, kind: str) -> str:
        return {
            "home": "/", "about": "/zjgk/gk/index.shtml", "leaders": "/zjgk/ldzc/index.shtml",
            "org": "/zwgk/jgzn/index.shtml", "xxgk_guide": "/zwgk/zn/index.shtml", "xxgk_catalog": "/zwgk/ml/index.shtml",
            "xxgk_reports": "/zwgk/nb/index.shtml", "messages": "/hdjl/xjxx/index.shtml", "services": "/zwfw/bszn/index.shtml",
            "wza": "/wza/index.shtml", "search_form": "/search/index.shtml",
        }[kind]

    def message_url(self, m: Message) -> str:
        return f"/hdjl/xjxx/{m.submitted:%Y-%m}/{m.submitted:%d}/content_{m.uid}.shtml"

    def guide_url(self, g: Guide) -> str:
        return f"/zwfw/bszn/2019-05/20/content_{g.uid}.shtml"

    def report_url(self, r: Report) -> str:
        return f"/zwgk/nb/{r.date:%Y-%m}/{r.date:%d}/content_{r.year}{r.year % 71:02d}.shtml"


SCHEMES: dict[str, Scheme] = {
    "trs": TRS("trs", search_path="/was5/web/search", search_param="searchword", list_style="iso"),
    "hanweb": Hanweb("hanweb", search_path="/jrobot/search.do", search_param="q", list_style="bracket"),
    "jeecms": JEECMS("jeecms", search_path="/search.jspx", search_param="q", list_style="cn"),
    "dede": Dede("dede", search_path="/plus/search.php", search_param="keyword", list_style="bracket-md"),
    "jsheavy": JSHeavy("jsheavy", search_path="/search/result", search_param="keyword", list_style="slash"),
    "zhanqun": Zhanqun("zhanqun", search_path="/search/result.shtml", search_param="q", list_style="iso"),
}
