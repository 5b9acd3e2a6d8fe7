"""The family-independent model of one sample site: columns, items, messages, guides, reports, marks.

A plan (plan.py) fills the model; a family scheme (families.py) gives every object its URL path; the renderer
writes pages; ground truth (truth.py) is derived from the same model, so what is served and what is claimed agree.
Paths are site-absolute ("/xwzx/index.html"); absolute URLs are only used for other hosts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from govweb.samplesites.portal import Portal

if TYPE_CHECKING:
    from govweb.samplesites.variety import Layout

# The ten key elements of a 办事指南 (methodology §2.1, service-unusable).
GUIDE_ELEMENTS = (
    "事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理机构", "收费标准", "办理时间", "联系电话", "办理流程",
)

# Column types that have an update limit, in days.
LIMITS = {"动态要闻": 14, "通知公告": 183, "政策文件": 183, "人事": 365, "规划计划": 365}


@dataclass
class Link:
    text: str
    href: str  # site path or absolute URL


@dataclass
class Image:
    src: str
    alt: str | None  # None = no alt attribute at all


@dataclass
class Attachment:
    name: str
    href: str
    asset: str | None  # file under assets/ to serve; None = the link is dead


@dataclass
class Item:
    uid: int
    title: str
    date: date | None  # None: the item shows no publication time
    time: str
    ctype: str
    column_key: str
    paragraphs: list[str]
    source: str
    url: str = ""
    doc_number: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)  # 解读 ⇄ 政策文件 links shown on the page
    extra_links: list[Link] = field(default_factory=list)  # links inside the body text
    interprets: Item | None = None  # for a 解读: the policy document it explains
    link_dir: str = ""  # which side links the other: both | doc | interp

    @property
    def alt_missing(self) -> bool:
        return any(img.alt is None for img in self.images)

    @property
    def datestr(self) -> str:
        return self.date.isoformat() if self.date else ""


@dataclass
class Column:
    cid: int
    key: str  # path segment, e.g. "jrgz"
    name: str  # 今日要闻
    ctype: str  # 动态要闻 | 通知公告 | … | 其他
    section: str  # nav section key
    items: list[Item] = field(default_factory=list)
    per_page: int = 15
    date_style: str = "iso"
    page_urls: list[str] = field(default_factory=list)
    on_home: bool = False

    @property
    def url(self) -> str:
        return self.page_urls[0]

    def pages(self) -> list[list[Item]]:
        if not self.items:
            return [[]]
        return [self.items[i : i + self.per_page] for i in range(0, len(self.items), self.per_page)]

    @property
    def last_update(self) -> date | None:
        dated = [i.date for i in self.items if i.date]
        return max(dated) if dated else None


@dataclass
class Message:
    uid: int
    title: str
    asker: str
    submitted: date
    replied: date | None
    dept: str
    question: str
    answer: str
    url: str = ""


@dataclass
class Guide:
    uid: int
    title: str
    elements: dict[str, str]  # key element -> text; absent keys are missing from the page
    url: str = ""

    @property
    def missing(self) -> list[str]:
        return [e for e in GUIDE_ELEMENTS if e not in self.elements]


@dataclass
class Report:
    year: int
    date: date
    title: str
    url: str = ""


@dataclass
class Section:
    key: str
    name: str
    url: str = ""


@dataclass
class Site:
    sid: str  # 网站标识码
    name: str  # 赣州市章贡区人民政府
    place: str  # 赣州市章贡区
    short: str  # 章贡区
    host: str
    family: str
    held_out: bool
    level: str  # 级别 (tier) or 部门
    admin_code: str
    org: str  # 网站主办单位
    phone: str
    address: str
    icp: str
    gongan: str  # 公安机关备案号 as canonical text, e.g. 京公网安备11010502030001号
    encoding: str = "utf-8"  # encoding of the bytes
    meta_charset: str = "utf-8"  # charset the pages declare
    viewport: bool = True
    ipv6: bool = True
    sid_form: str = "colon"  # 网站标识码：X (colon) or 网站标识码 X (space)
    missing: set[str] = field(default_factory=set)  # elements deliberately absent
    sections: list[Section] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)  # special page kind -> path
    home_links: list[Link] = field(default_factory=list)  # extra homepage links (planted dead links …)
    broken: dict[str, set[str]] = field(default_factory=dict)  # dead target -> source paths/URLs
    search_path: str = "/search"
    search_param: str = "q"
    search_broken: bool = False
    status: str = "measured"
    portal: Portal | None = None  # where the 数据开放 link leads (None: the site has no such link)
    layout: Layout | None = None  # a generated site's layout (variety.py)
    broken_entries: frozenset[str] = frozenset()  # 办事服务 / 互动交流 whose page answers 404

    @property
    def base(self) -> str:
        return f"http://{self.host}"

    def abs(self, href: str) -> str:
        return href if "://" in href else self.base + href

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def all_items(self) -> list[Item]:
        return [i for c in self.columns for i in c.items]
