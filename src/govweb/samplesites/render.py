"""Render a planned `Site` to files under `DIR/hosts/<host>/` with its family's templates.

Templates are looked up as `<family>/<name>` first, then `common/<name>`, so a family overrides only what its CMS
really renders differently. Output bytes use the site's encoding (GBK sites declare gb2312 as real ones do).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from govweb.samplesites.families import SCHEMES, Scheme, fmt_date
from govweb.samplesites.layout_markup import VariedMarkup
from govweb.samplesites.model import GUIDE_ELEMENTS, Column, Item, Site
from govweb.samplesites.plan import province_host
from govweb.samplesites.variety import FUNCTIONS
from govweb.samplesites.words import DEPTS

MINISTRIES = (
    "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会", "公安部",
    "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
    "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "退役军人事务部",
    "应急管理部", "中国人民银行", "审计署", "国务院国有资产监督管理委员会", "海关总署", "国家税务总局",
    "国家市场监督管理总局", "国家广播电视总局", "国家体育总局", "国家统计局", "国家国际发展合作署", "国家医疗保障局",
)
PROVINCES = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
    "青海", "宁夏", "新疆",
)

# Static scripts a family's pages load: site path -> file under templates/.
FAMILY_STATIC = {
    "hanweb": {"module/jslib/jpage/jpage.js": "hanweb/static/jpage.js"},
    "jsheavy": {"js/app.js": "jsheavy/static/app.js"},
    "dede": {"templets/default/style/dedecms.css": "common/static/site.css"},
    "jeecms": {"r/cms/www/red/css/layout.css": "common/static/site.css"},
}

_env: Environment | None = None


def env() -> Environment:
    global _env
    if _env is None:
        _env = Environment(
            loader=PackageLoader("govweb.samplesites", "templates"), autoescape=True, undefined=StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        )
        _env.filters["fmt"] = fmt_date
    return _env


def site_path_to_file(root: Path, path: str) -> Path:
    """Map a site path (maybe with a query) to the file that serves it."""
    p, _, query = path.partition("?")
    rel = p.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    if query:
        rel += "%3F" + quote(query, safe="=&")
    return root / rel


def conac_url(site: Site) -> str:
    digest = hashlib.sha1(site.sid.encode()).hexdigest()[:20].upper()
    return f"http://bszs.conac.cn/sitename?method=show&id={digest}"


def jiucuo_url(site: Site) -> str:
    return f"http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteCode.action?siteCode={site.sid}"


def weibo_url(site: Site) -> str:
    return f"http://weibo.com/{site.host.split('.')[-3] if site.host.count('.') >= 2 else 'gov'}fb"


class Renderer:
    def __init__(self, site: Site, root: Path, assets: Path, siblings: list[tuple[str, str]] | None = None) -> None:
        self.site = site
        self.siblings = siblings or []
        fam = "trs" if site.family in ("hostile", "blocked") else site.family
        self.family = fam
        self.scheme: Scheme = SCHEMES[fam]
        self.root = root
        self.assets = assets
        self.written: list[str] = []  # site paths of pages, for the crawler tests and large checks
        self._context: dict[str, Any] | None = None
        self._menu: list[dict[str, Any]] | None = None
        self.varied = VariedMarkup(site, site.layout, self) if site.layout is not None else None

    # ------------------------------------------------------------------------------------------------------------
    def tpl(self, name: str) -> Any:
        return env().select_template([f"{self.family}/{name}", f"common/{name}"])

    def base_context(self) -> dict[str, Any]:
        s = self.site
        if self._context is not None:
            return self._context
        nav = []
        for sec in s.sections:
            cols = [c for c in s.columns if c.section == sec.key]
            nav.append({"section": sec, "columns": cols})
        ctx = {
            "site": s, "scheme": self.scheme, "family": self.family, "nav": nav, "pages": s.pages,
            "show": lambda el: el not in s.missing, "conac_url": conac_url(s), "jiucuo_url": jiucuo_url(s),
            "weibo_url": weibo_url(s), "ministries": MINISTRIES, "provinces": PROVINCES,
            "gongan_digits": "".join(ch for ch in s.gongan if ch.isdigit()),
            "zwfw_url": self.entry_href("zwfw"), "charset": s.meta_charset,
            "guide_elements": GUIDE_ELEMENTS, "depts": DEPTS[:24], "columns_by_key": {c.key: c for c in s.columns},
            "ghash": hashlib.sha1(s.sid.encode()).hexdigest(), "menu": self.menu(), "sister_sites": self.siblings,
            "rel": relative_href, "section_links": self.section_links,
            "gongan_spaced": s.gongan.replace("备", "备 ", 1), "ctype_label": CTYPE_LABELS, "home_links": s.home_links,
            "layout": s.layout, "v": self.varied, "home_href": s.pages["home"],
        }
        self._context = ctx
        return ctx

    def menu(self) -> list[dict[str, Any]]:
        """The navigation bar: sections with their sub-entries (missing elements leave their entry out)."""
        if self._menu is not None:
            return self._menu
        s, p = self.site, self.site.pages
        cols = {sec.key: [(c.name, c.url) for c in s.columns if c.section == sec.key] for sec in s.sections}
        names = {sec.key: sec.name for sec in s.sections}

        def show(el: str) -> bool:
            return el not in s.missing

        entries: list[dict[str, Any]] = [{"name": "首页", "href": p["home"], "children": []}]
        about = [(f"{s.short}概况", p["about"])] + ([("领导之窗", p["leaders"])] if show("负责人信息") else [])
        entries.append({"name": names["zjxx"], "href": p["about"], "children": about})
        entries.append({"name": names["xwzx"], "href": cols["xwzx"][0][1], "children": cols["xwzx"]})
        xxgk = [("政府信息公开指南", p["xxgk_guide"]), ("政府信息公开目录", p["xxgk_catalog"]),
                ("政府信息公开年报", p["xxgk_reports"])] + cols["zwgk"] + [("机构职能", p["org"])]
        entries.append({"name": names["zwgk"], "href": p["xxgk_catalog"], "children": xxgk})
        entries.append({"name": names["zwfw"], "href": p["services"],
                        "children": [("办事指南", p["services"]), ("网上办事大厅", self.entry_href("zwfw"))]})
        entries.append({"name": names["hdjl"], "href": p["messages"],
                        "children": [("领导信箱", p["messages"])] + cols["hdjl"]})
        if show("数据开放"):
            entries.append({"name": "数据开放", "href": p["data"], "children": []})
        self._menu = entries
        return entries

    def entry_href(self, kind: str) -> str:
        """Where an entry leads: a page of the site, the province's service platform (zwfw) — or, for a broken
        办事服务, the services page that answers 404."""
        if kind == "zwfw":
            if "办事服务" in self.site.broken_entries:
                return self.site.pages["services"]
            return f"http://www.{province_host(self.site)}zwfw.gov.cn/"
        return self.site.pages[kind]

    def base_context_conac(self) -> str:
        return conac_url(self.site)

    def base_context_jiucuo(self) -> str:
        return jiucuo_url(self.site)

    def section_links(self, section: str) -> list[tuple[str, str]]:
        names = {"zjxx": 1, "xwzx": 2, "zwgk": 3, "zwfw": 4, "hdjl": 5}
        menu = self.menu()
        return list(menu[names[section]]["children"]) if section in names else []

    def write(self, path: str, html: str) -> None:
        target = site_path_to_file(self.root, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html.encode(self.site.encoding, errors="xmlcharrefreplace"))
        self.written.append(path)

    def page(self, template: str, path: str, **ctx: Any) -> None:
        full = self.base_context() | {"path": path} | ctx
        self.write(path, self.tpl(template).render(**full))

    # ------------------------------------------------------------------------------------------------------------
    def render(self) -> None:
        s = self.site
        self.copy_assets()
        home_cols = [c for c in s.columns if c.on_home]
        self.page("home.html", s.pages["home"], home_columns=home_cols, title=s.name)
        if self.varied is not None:
            lay = self.varied.layout
            if lay.splash != "none":
                self.write("/", self.varied.splash())
            for key in lay.functions:
                name, path = FUNCTIONS[key]
                self.page("page.html", path, kind="function", title=name, body=self.varied.function_body(key))
            for path, text in self.varied.script_files().items():
                self.write_raw_text(path, text)
        for col in s.columns:
            self.render_column(col)
        for col in s.columns:
            for it in col.items:
                self.page("detail.html", it.url, item=it, column=col, title=it.title)
        self.render_specials()
        self.write_robots()
        for target, source in FAMILY_STATIC.get(self.family, {}).items():
            dst = self.root / target
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes((Path(str(resources.files("govweb.samplesites"))) / "templates" / source).read_bytes())
        if self.family == "jsheavy":
            self.write_json_data()
            nav = self.tpl("nav.js").render(**self.base_context(), menu_json=json.dumps(self.menu(), ensure_ascii=False))
            self.write_raw_text("/js/nav.js", nav)

    def render_column(self, col: Column) -> None:
        pages = col.pages()
        if self.family == "hanweb":  # one document; jpage paginates client-side
            self.page("list.html", col.url, column=col, items=col.items, page_no=1, page_count=len(pages),
                      title=col.name)
            return
        for n, items in enumerate(pages):
            if self.family == "jsheavy" and n > 0:
                break  # list.html?page=N is the same document
            self.page("list.html", col.page_urls[n], column=col, items=items, page_no=n + 1,
                      page_count=len(pages), title=col.name)

    def render_specials(self) -> None:
        s, p = self.site, self.site.pages
        simple = {
            "about": f"{s.short}概况", "leaders": "领导之窗", "org": "机构职能", "xxgk_guide": "政府信息公开指南",
            "xxgk_catalog": "政府信息公开目录", "xxgk_reports": "政府信息公开年报", "messages": "领导信箱",
            "services": "办事指南", "wza": "无障碍浏览", "search_form": "站内搜索",
        }
        broken = {"services": "办事服务", "messages": "互动交流"}
        for kind, title in simple.items():
            if kind == "wza" and "无障碍浏览" in s.missing:
                continue
            if broken.get(kind) in s.broken_entries:
                continue   # its entry leads nowhere (404)
            if kind == "search_form" and "站内搜索" in s.missing:
                continue
            self.page("page.html", p[kind], kind=kind, title=title)
        for m in s.messages:
            self.page("page.html", m.url, kind="message", title=m.title, message=m)
        for g in s.guides:
            self.page("page.html", g.url, kind="guide", title=g.title, guide=g)
        for r in s.reports:
            self.page("page.html", r.url, kind="report", title=r.title, report=r)

    def write_robots(self) -> None:
        if self.family != "trs":
            (self.root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="ascii")
            return
        # TRS sites publish a sitemap of their columns and newest articles.
        s = self.site
        (self.root / "robots.txt").write_text(
            f"User-agent: *\nDisallow: /admin/\nDisallow: /was5/web/\n\nSitemap: {s.base}/sitemap.xml\n", encoding="ascii")
        urls = [(s.base + "/", None)] + [(s.abs(c.url), c.last_update) for c in s.columns]
        newest = sorted((i for i in s.all_items() if i.date), key=lambda i: (i.date, i.uid), reverse=True)[:40]
        urls += [(s.abs(i.url), i.date) for i in newest]
        entries = "".join(f"<url><loc>{u}</loc>" + (f"<lastmod>{d.isoformat()}</lastmod>" if d else "") + "</url>\n"
                          for u, d in urls)
        (self.root / "sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries + "</urlset>\n", encoding="utf-8")

    def copy_assets(self) -> None:
        """Images and attachments: real small files, hard-linked from one copy when possible."""
        files = {
            "images/photo1.png": "photo1.png", "images/photo2.png": "photo2.png", "images/photo3.png": "photo3.png",
            "images/photo4.png": "photo4.png", "images/conac.png": "conac.png", "images/logo.png": "logo.png",
            "images/wechat.png": "wechat.png", "images/jiucuo.png": "logo.png",
        }
        if self.site.layout is not None:
            files.update({f"images/rk{n}.png": "logo.png" for n in range(1, 5)})
        for it in self.site.all_items():
            for att in it.attachments:
                if att.asset:
                    files[att.href.lstrip("/")] = att.asset
        for rel, asset in files.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(self.assets / asset, target)

    def write_json_data(self) -> None:
        """The JS family's lists live in JSON the page scripts fetch."""
        s = self.site
        for col in s.columns:
            for n, items in enumerate(col.pages()):
                data = {"column": col.name, "page": n + 1, "pages": len(col.pages()),
                        "list": [item_json(it, col.date_style) for it in items]}
                self.write_raw(f"/data/{col.key}_p{n + 1}.json", data)
        home = {c.key: [item_json(it, c.date_style) for it in c.items[:7]] for c in s.columns if c.on_home}
        self.write_raw("/data/home.json", home)

    def write_raw(self, path: str, data: object) -> None:
        self.write_raw_text(path, json.dumps(data, ensure_ascii=False, sort_keys=True))

    def write_raw_text(self, path: str, text: str) -> None:
        target = site_path_to_file(self.root, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


CTYPE_LABELS = {"动态要闻": "要闻动态", "通知公告": "通知公告", "政策文件": "政策文件", "人事": "人事信息",
                "规划计划": "规划计划", "政策解读": "政策解读", "其他": "其他"}


def relative_href(from_path: str, to: str) -> str:
    """TRS-style relative link: './202011/t…html' when the target is below the current folder."""
    if "://" in to:
        return to
    folder = from_path.split("?")[0].rsplit("/", 1)[0] + "/"
    return "./" + to[len(folder):] if to.startswith(folder) else to


def item_json(it: Item, style: str) -> dict[str, str]:
    return {"title": it.title, "url": it.url, "date": fmt_date(it.date, style)}


def link_or_copy(src: Path | Any, dst: Path) -> None:
    if dst.exists():
        dst.unlink()
    try:
        os.link(str(src), dst)
    except OSError:
        shutil.copyfile(str(src), dst)


def assets_dir() -> Path:
    return Path(str(resources.files("govweb.samplesites") / "assets"))


def search_index(site: Site) -> list[dict[str, str]]:
    return [{"title": it.title, "url": it.url, "date": it.datestr} for it in site.all_items()]
