"""The open-data portal (公共数据开放平台) a sample site's 数据开放 link leads to.

Kinds (`SiteSpec.open_data`):
* `table` / `cards` / `list` / `api` — a portal with a paginated catalogue and one page per dataset, in the
  markup real platforms use: a table with a format column, cards with format badges, a plain list with a
  labelled 格式 line, or an API-only catalogue (each dataset is an interface: address, method, return format);
* `stale` — a couple of datasets, not updated for years, in XLS and PDF;
* `building` — one page saying the platform is under construction (建设中), nothing else;
* `province` — the link goes to the province's platform, outside the crawl's scope (not measured).
A portal lives on `data.<site root>` (in the crawl's scope as a subdomain) or, with `in_site`, in a column of
the site itself (/sjkf/). Its own RNG keeps the rest of the site's bytes unchanged.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from govweb.samplesites.words import DEPTS

FIELDS = ("经济建设", "交通出行", "教育科技", "医疗卫生", "生态环境", "文化休闲", "社会保障", "城建住房", "农业农村",
          "市场监管", "财税金融", "公共安全")
SUBJECTS = ("企业登记信息", "公交线路站点", "中小学校名录", "医疗机构名录", "空气质量监测数据", "A级旅游景区",
            "养老机构名录", "保障性住房项目", "农产品价格监测", "食品生产许可", "行政处罚信息", "停车场信息",
            "公共厕所分布", "体育场馆", "图书馆借阅统计", "药店分布", "建筑工地名录", "河道水质监测", "路灯设施",
            "公共自行车站点", "幼儿园名录", "社区服务中心", "充电桩分布", "农民专业合作社", "规上工业企业产值",
            "专利授权统计", "社会组织登记", "法律援助机构", "就业见习基地", "人才公寓项目", "政府采购公告",
            "地名地址信息", "旅游接待人次", "污水处理厂运行", "危险化学品企业", "消防站分布", "学校招生计划",
            "住房公积金缴存", "城市道路名录", "科技型中小企业", "驾校名录", "加油站分布", "婚姻登记机构",
            "文物保护单位", "公园名录")
FREQUENCIES = ("每日", "每周", "每月", "每季度", "每年", "实时")
RICH_FORMATS = ("XLSX", "CSV", "JSON", "XML", "RDF")
KIND_SIZES = {"table": (30, 44), "cards": (20, 32), "list": (16, 26), "api": (12, 18), "stale": (2, 2)}
PER_PAGE = 10


@dataclass
class Resource:
    name: str
    format: str          # XLSX, CSV …, or API
    href: str            # portal-relative


@dataclass
class Dataset:
    uid: int
    title: str
    provider: str
    field: str
    updated: date
    frequency: str
    records: int
    resources: list[Resource] = field(default_factory=list)
    href: str = ""

    @property
    def formats(self) -> list[str]:
        return sorted({r.format for r in self.resources})


@dataclass
class Portal:
    kind: str
    base: str                       # absolute URL of the portal's root folder, ending in /
    name: str
    org: str
    stated: bool                    # the catalogue prints its total
    encoding: str = "utf-8"
    meta_charset: str = "utf-8"
    datasets: list[Dataset] = field(default_factory=list)

    @property
    def host(self) -> str:
        return self.base.split("/")[2]

    @property
    def folder(self) -> str:
        return "/" + self.base.split("/", 3)[3]

    def pages(self) -> list[list[Dataset]]:
        return [self.datasets[i:i + PER_PAGE] for i in range(0, len(self.datasets), PER_PAGE)] or [[]]

    def catalogue_href(self, n: int) -> str:
        return "catalog/index.html" if n == 0 else f"catalog/index_{n + 1}.html"

    def truth(self) -> dict[str, Any]:
        if self.kind == "province":
            return {"entry": self.base, "crawlable": False, "datasets": None, "formats": [], "last_update": None}
        return {"entry": self.base, "crawlable": True, "datasets": len(self.datasets),
                "formats": sorted({f for d in self.datasets for f in d.formats}),
                "last_update": max(d.updated for d in self.datasets).isoformat() if self.datasets else None}


def plan_portal(kind: str, base: str, short: str, as_of: date, rng_key: str, in_site_encoding: str | None = None,
                stated: bool = True) -> Portal:
    rng = random.Random(rng_key)
    portal = Portal(kind, base, f"{short}公共数据开放平台", f"{short}大数据管理局", stated)
    if in_site_encoding:
        portal.encoding, portal.meta_charset = in_site_encoding, "gb2312" if "gb" in in_site_encoding else "utf-8"
    if kind not in KIND_SIZES:
        return portal
    lo, hi = KIND_SIZES[kind]
    subjects = rng.sample(SUBJECTS, rng.randint(lo, hi))
    uid = 20000 + rng.randint(0, 5000)
    newest = rng.randint(1000, 1300) if kind == "stale" else rng.randint(0, 12)
    for n, subj in enumerate(subjects):
        uid += rng.randint(1, 9)
        ago = newest + n * rng.randint(1, 9 if kind != "stale" else 200)
        ds = Dataset(uid, f"{short}{subj}", f"{short}{rng.choice(DEPTS)}", rng.choice(FIELDS),
                     as_of - timedelta(days=ago), rng.choice(FREQUENCIES), rng.randint(20, 90000))
        if kind == "api":
            fmts = ["API"]
        elif kind == "stale":
            fmts = ["XLS"] if n == 0 else ["PDF"]
        else:
            fmts = sorted(rng.sample(RICH_FORMATS, rng.randint(1, 3)))
            if kind in ("table", "cards") and rng.random() < 0.3:
                fmts.append("API")
            if kind == "list" and rng.random() < 0.25:
                fmts = ["PDF"] + fmts[:1]
        for k, fmt in enumerate(fmts):
            href = f"api/{uid}.html" if fmt == "API" else f"files/{uid}/{uid}_{k + 1}.{fmt.lower()}"
            ds.resources.append(Resource(f"{ds.title}{'（接口）' if fmt == 'API' else ''}", fmt, href))
        ds.href = f"dataset/{uid}.html"
        portal.datasets.append(ds)
    portal.datasets.sort(key=lambda d: (d.updated, d.uid), reverse=True)
    return portal


# --- rendering -------------------------------------------------------------------------------------------------

def _e(s: object) -> str:
    return html.escape(str(s))


def _rel(from_href: str, to_href: str) -> str:
    """A link from one portal page to another, relative as a portal's templates write them."""
    depth = from_href.count("/")
    return "../" * depth + to_href


class PortalRenderer:
    def __init__(self, portal: Portal, hosts_dir: Path) -> None:
        self.p = portal
        self.root = hosts_dir / portal.host / portal.folder.strip("/")
        self.written: list[str] = []

    def write(self, href: str, body: str | bytes) -> None:
        target = self.root / href
        target.parent.mkdir(parents=True, exist_ok=True)
        data = body if isinstance(body, bytes) else body.encode(self.p.encoding, errors="xmlcharrefreplace")
        target.write_bytes(data)
        self.written.append(self.p.base + href)

    def page(self, href: str, title: str, main: str) -> None:
        p = self.p
        nav = "".join(f'<li><a href="{_rel(href, h)}">{t}</a></li>' for t, h in (
            ("首页", "index.html"), ("数据目录", "catalog/index.html"), ("开发者中心", "index.html#dev"),
            ("关于平台", "index.html#about")))
        nav = "" if p.kind == "building" else f'<ul class="nav">{nav}</ul>'
        self.write(href, (
            f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{p.meta_charset}"><title>{_e(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
            f'<div class="header"><span class="logo">{_e(p.name)}</span>{nav}</div>'
            f'<div class="main">{main}</div>'
            f'<div class="bottom"><p>主办：{_e(p.org)}　技术支持：{_e(p.org)}数据资源中心</p></div></body></html>'))

    def render(self) -> list[str]:
        p = self.p
        if p.kind == "province":
            return []
        if p.kind == "building":
            self.page("index.html", p.name, f'<div class="notice"><h2>{_e(p.name)}</h2>'
                      '<p>平台正在建设中，敬请期待！</p></div>')
            return self.written
        self.home()
        pages = p.pages()
        for n, chunk in enumerate(pages):
            self.catalogue(n, chunk, len(pages))
        for ds in p.datasets:
            self.dataset(ds)
        return self.written

    def total(self) -> str:
        return f'<p class="total">共 {len(self.p.datasets)} 个数据集</p>' if self.p.stated else ""

    def home(self) -> None:
        p = self.p
        stats = f'<div class="stats">已开放数据集 {len(p.datasets)} 个</div>' if p.stated else ""
        recent = "".join(f'<li><a href="{ds.href}">{_e(ds.title)}</a><span class="date">{ds.updated.isoformat()}</span></li>'
                         for ds in p.datasets[:6])
        self.page("index.html", p.name, f'<div class="banner"><h2>{_e(p.name)}</h2>{stats}</div>'
                  f'<div class="recent"><h3>最新数据</h3><ul>{recent}</ul>'
                  f'<a href="catalog/index.html">更多</a></div>')

    def catalogue(self, n: int, chunk: list[Dataset], count: int) -> None:
        p = self.p
        href = p.catalogue_href(n)
        rows = "".join(self.row(href, ds) for ds in chunk)
        if p.kind in ("table", "api", "stale"):
            head = ("<tr><th>数据集名称</th><th>提供单位</th><th>开放方式</th><th>数据格式</th><th>更新时间</th></tr>"
                    if p.kind != "api" else "<tr><th>接口名称</th><th>提供部门</th><th>服务类型</th><th>更新日期</th></tr>")
            body = f'<table class="list">{head}{rows}</table>'
        elif p.kind == "cards":
            body = f'<div class="cards">{rows}</div>'
        else:
            body = f'<ul class="datalist">{rows}</ul>'
        pager = ""
        if count > 1:
            links = [f'<a href="{_rel(href, p.catalogue_href(k))}">{k + 1}</a>' for k in range(count) if k != n]
            if n + 1 < count:
                links.append(f'<a href="{_rel(href, p.catalogue_href(n + 1))}">下一页</a>')
            pager = f'<div class="pager">第 {n + 1} 页 共 {count} 页 {" ".join(links)}</div>'
        facets = "".join(f"<span>{f}</span>" for f in ("全部", *FIELDS[:6]))
        self.page(href, f"数据目录_{p.name}", f'<div class="facets">{facets}</div>{self.total()}{body}{pager}')

    def row(self, href: str, ds: Dataset) -> str:
        link = f'<a href="{_rel(href, ds.href)}" title="{_e(ds.title)}">{_e(ds.title)}</a>'
        kind = self.p.kind
        if kind == "api":
            return (f"<tr><td>{link}</td><td>{_e(ds.provider)}</td><td>API</td>"
                    f"<td>{ds.updated.isoformat()}</td></tr>")
        if kind in ("table", "stale"):
            return (f"<tr><td>{link}</td><td>{_e(ds.provider)}</td><td>无条件开放</td>"
                    f"<td>{' '.join(ds.formats)}</td><td>{ds.updated.isoformat()}</td></tr>")
        if kind == "cards":
            badges = "".join(f'<span class="fmt fmt-{f.lower()}">{f}</span>' for f in ds.formats)
            return (f'<div class="card"><h4>{link}</h4><p>数源单位：{_e(ds.provider)} | 所属领域：{_e(ds.field)}</p>'
                    f'<div class="tags">{badges}</div><p class="time">更新于 {ds.updated.isoformat()}</p></div>')
        return (f"<li>{link}<span>提供单位：{_e(ds.provider)}</span><span>格式：{'、'.join(ds.formats)}</span>"
                f'<span class="date">{ds.updated.isoformat()}</span></li>')

    def dataset(self, ds: Dataset) -> None:
        p = self.p
        href = ds.href
        res_rows = []
        for r in ds.resources:
            link = _rel(href, r.href)
            action = f'<a href="{link}">API接口</a>' if r.format == "API" else f'<a href="{link}">下载</a>'
            res_rows.append(f"<tr><td>{_e(r.name)}</td><td>{r.format}</td><td>{action}</td></tr>")
            if r.format == "API":
                self.api_page(r, ds)
            else:
                self.write(r.href, self.file_body(ds, r.format))
        meta = (f'<table class="meta"><tr><th>数据提供方</th><td>{_e(ds.provider)}</td><th>所属领域</th>'
                f'<td>{_e(ds.field)}</td></tr><tr><th>更新时间</th><td>{ds.updated.isoformat()}</td><th>更新频率</th>'
                f'<td>{ds.frequency}</td></tr><tr><th>数据量</th><td>{ds.records} 条</td><th>开放方式</th>'
                f'<td>无条件开放</td></tr></table>')
        main = (f"<h1>{_e(ds.title)}</h1>{meta}<p>数据摘要：{_e(ds.title)}，包括名称、地址、联系电话等字段。</p>"
                f'<h3>数据资源</h3><table class="res"><tr><th>资源名称</th><th>格式</th><th>操作</th></tr>'
                f'{"".join(res_rows)}</table><p><a href="{_rel(href, "catalog/index.html")}">返回数据目录</a></p>')
        self.page(href, f"{ds.title}_{p.name}", main)

    def api_page(self, r: Resource, ds: Dataset) -> None:
        self.page(r.href, f"{ds.title}（接口）_{self.p.name}", (
            f"<h1>{_e(ds.title)}（接口）</h1><table><tr><th>接口地址</th><td>{self.p.base}openapi/{ds.uid}</td></tr>"
            "<tr><th>请求方式</th><td>GET</td></tr><tr><th>返回格式</th><td>JSON</td></tr>"
            "<tr><th>申请方式</th><td>注册登录后申请 appKey</td></tr></table>"))

    def file_body(self, ds: Dataset, fmt: str) -> bytes:
        rows = [("名称", "地址", "联系电话"), (ds.title, ds.provider, "0000-0000000")]
        if fmt == "CSV":
            return ("\n".join(",".join(r) for r in rows) + "\n").encode("utf-8")
        if fmt == "JSON":
            return json.dumps([{"名称": ds.title, "地址": ds.provider}], ensure_ascii=False).encode()
        if fmt in ("XML", "RDF"):
            return (f'<?xml version="1.0" encoding="UTF-8"?><records><record><name>{_e(ds.title)}</name>'
                    "</record></records>").encode()
        return b"PK\x03\x04" + ds.title.encode("utf-8")   # a stand-in for an office or PDF file
