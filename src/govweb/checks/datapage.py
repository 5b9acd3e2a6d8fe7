"""Open-data facts of one page, read at parse time (the HTML is dropped afterwards): dataset labels, resource
formats, stated dataset totals, the update date, and whether the page says the portal is not built yet.

Open-data portals (公共数据开放平台, data.*.gov.cn) differ in markup but not in vocabulary: a dataset shows its
provider (提供单位 / 数源单位 / 数据提供方 …), its update time, its field and its resources, each in a format
(XLSX, CSV, JSON, XML, RDF, or an API 接口); catalogues print totals (共 123 个数据集, 数据集（123）). The formats
of a page come from three markup-independent places: links to files with a data extension, badges (an element
whose whole text is a format name) and labelled lists (数据格式：CSV、XLSX).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.checks import dates
from govweb.checks.dates import RawDate
from govweb.checks.out_of_service import BUILDING

# Formats a resource can have, by file extension (lower case) → the name we report.
EXTENSIONS: dict[str, str] = {
    "xlsx": "XLSX", "xls": "XLS", "csv": "CSV", "json": "JSON", "geojson": "GEOJSON", "xml": "XML", "rdf": "RDF",
    "pdf": "PDF", "doc": "DOC", "docx": "DOCX", "txt": "TXT", "zip": "ZIP", "rar": "RAR", "shp": "SHP",
    "kml": "KML", "wps": "WPS", "et": "ET", "ofd": "OFD", "jpg": "JPG", "png": "PNG",
}
# Structured formats software can read without a person (开放数林 可机读格式); an API counts too.
MACHINE_READABLE = frozenset({"XLSX", "XLS", "CSV", "JSON", "GEOJSON", "XML", "RDF", "SHP", "KML", "API", "ET"})
_BADGE_NAMES = {name.lower(): name for name in EXTENSIONS.values() if name not in ("JPG", "PNG", "ET")}
_API_BADGES = frozenset({"api", "api接口", "接口", "数据接口", "接口服务", "服务接口", "api服务", "restful", "webservice"})
_TOKEN = r"(?:xlsx|xls|csv|geojson|json|xml|rdf|pdf|docx|doc|txt|zip|rar|shp|kml|wps|ofd|api|接口)"
_FORMAT_LIST = re.compile(
    r"(?:数据格式|资源格式|文件格式|下载格式|格式类型|开放格式|格式)\s*[:：]?\s*"
    rf"((?<![a-z]){_TOKEN}(?![a-z])(?:\s*[、,，/|;；\s]\s*{_TOKEN}(?![a-z]))*)", re.I,
)
_TOKENS = re.compile(rf"(?<![a-z]){_TOKEN}(?![a-z])", re.I)
# An API described on the page: its address, method or how to call it.
_API_LABELS = re.compile(r"接口地址|请求地址|调用地址|请求方式|请求方法|接口调用|调用示例|服务地址|API\s*地址", re.I)

# Labels of a dataset description (a page or a catalogue row).
_DATASET_LABELS = re.compile(
    r"提供单位|数源单位|数据提供方|提供部门|来源部门|数据来源|数据提供单位|发布单位|提供方|"
    r"所属领域|数据领域|主题分类|行业分类|资源分类|数据分类|"
    r"数据格式|资源格式|文件格式|开放方式|开放条件|开放属性|开放类型|共享属性|"
    r"数据摘要|资源摘要|数据描述|数据简介|摘要信息|数据量|数据条数|记录数|数据项|"
    r"更新频率|更新周期|接口地址|请求方式|调用次数|下载次数|下载量|浏览量|访问量"
)
# … not a number printed before the label of a count of events (tiles 316 数据接口 2,913,440 累计下载次数: the
# second number is the downloads', not the interfaces')
_EVENT_COUNT = r"(?!\s*(?:累计|下载|访问|浏览|调用|点击|申请))"
# Stated totals: 共 123 个数据集, 共123条, 数据集（123）, 数据集总数：123, 已开放数据集 123 个.
_TOTALS = (
    re.compile(r"(?:共|总计|合计|累计|已开放|共有)\s*(?:有|开放)?\s*(\d[\d,]{0,9})\s*(?:个|项|条|类|组)\s*"
               r"(?:数据集|数据资源|数据目录|开放数据|资源|目录|接口|记录|结果|(?![\u4e00-\u9fa5]))"),
    re.compile(r"(?:数据集|数据资源|数据目录|开放数据集|目录|接口)(?:总数|总量|数量|数)?\s*[:：(（\[【]?\s*(\d[\d,]{0,9})"
               r"(?![\d,年月\-./])" + _EVENT_COUNT + r"\s*(?:个|项|条)?\s*[)）\]】]?"),
)
# … a total that says what it counts (a list's pager says 共5条 of any list)
_NAMED_TOTALS = (
    re.compile(r"(?:共|总计|合计|累计|已开放|共有)\s*(?:有|开放)?\s*\d[\d,]{0,9}\s*(?:个|项|条|类|组)\s*"
               r"(?:数据集|数据资源|数据目录|开放数据|资源|目录|接口)"),
    _TOTALS[1],
)
_UPDATED = re.compile(
    r"(?:最后更新|最近更新|更新时间|更新日期|数据更新时间|数据更新日期|最新更新|更新于)\s*[:：]?\s*"
    r"(" + dates.YMD + r")"
)
_BUILDING = re.compile(BUILDING + r"|正在建设|筹建中|即将上线|敬请期待|升级改造|系统维护|暂未开通|尚未开通|暂无数据|暂无数据集")
# A page worth reading for open data at all (one search per page keeps the common case cheap). A body named for its
# data (数据资源局, 政务服务和数据资源管理局, 大数据资源中心 — the 承办单位 many footers print on every page) is no
# open-data word: read so, every list of PDF files on such a site was an open-data page.
GATE = re.compile(
    r"数据集|数据目录|数据资源(?!(?:管理|服务|发展|开发)?(?:局|中心|处|科|办公室|公司))|数源单位|提供单位|数据提供方|资源格式|数据格式|接口地址|正在建设|敬请期待|" + BUILDING
)
_BADGE_TAGS = "span, em, i, b, strong, small, label, td, sup, mark, font, button"  # links are read as links
MAX_BADGE = 12


class _LinkLike(Protocol):
    url: str
    text: str


@dataclass(frozen=True, slots=True)
class DataFacts:
    labels: int                      # distinct dataset labels on the page (提供单位, 数据格式, 更新时间 …)
    formats: frozenset[str]          # formats the page names (badges, labelled lists, API addresses)
    resources: tuple[tuple[str, str], ...]   # (url, format) of links to resources: data files, API links
    stated: int | None               # the largest stated total (共 N 个数据集 …)
    updated: RawDate | None          # the newest labelled update date
    building: bool                   # the page says the platform is under construction / has no data
    named: bool = False              # a stated total names what it counts (共 N 个数据集, 数据目录：N), not a bare 共5条


def extension_format(url: str) -> str | None:
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    if "." not in name:
        return None
    return EXTENSIONS.get(name.rsplit(".", 1)[-1].lower())


def token_format(token: str) -> str | None:
    t = token.strip().lower().replace(" ", "")
    if t in _API_BADGES:
        return "API"
    return _BADGE_NAMES.get(t.lstrip("."))


def formats_in(text: str) -> set[str]:
    """Formats a labelled list in `text` names (数据格式：CSV、XLSX …)."""
    out: set[str] = set()
    for m in _FORMAT_LIST.finditer(text):
        for tok in _TOKENS.findall(m.group(1)):
            f = token_format(tok)
            if f:
                out.add(f)
    return out


def row_formats(text: str) -> set[str]:
    """Formats a catalogue row names, labelled or as bare tokens (the row is short: badges lose their tags)."""
    out = formats_in(text)
    for tok in _TOKENS.findall(text):
        f = token_format(tok)
        if f:
            out.add(f)
    return out


def stated_total(text: str) -> int | None:
    best: int | None = None
    for rx in _TOTALS:
        for m in rx.finditer(text):
            n = int(m.group(1).replace(",", ""))
            if best is None or n > best:
                best = n
    return best


def data_facts(tree: LexborHTMLParser, text: str, links: Sequence[_LinkLike]) -> DataFacts | None:
    """The open-data facts of a page whose text passed `GATE`; None when it shows nothing of open data."""
    labels = len(set(_DATASET_LABELS.findall(text)))
    formats: set[str] = set()
    resources: dict[str, str] = {}
    for link in links:
        f = extension_format(link.url)
        if f is None:
            f = token_format(link.text) if len(link.text) <= MAX_BADGE else None
            if f is None:
                continue
        resources.setdefault(link.url, f)
    if labels or resources:
        for node in tree.css(_BADGE_TAGS):
            t = node.text(deep=True, strip=True)
            if t and len(t) <= MAX_BADGE:
                f = token_format(t)
                if f:
                    formats.add(f)
    formats |= formats_in(text)
    if _API_LABELS.search(text):
        formats.add("API")
    stated = stated_total(text)
    updated: RawDate | None = None
    for m in _UPDATED.finditer(text):
        d = dates.find_date(m.group(1))
        if d is not None and d[0] is not None and (updated is None or d > updated):
            updated = d
    building = _BUILDING.search(text) is not None
    if not (labels or formats or resources or stated or building):
        return None
    named = stated is not None and any(rx.search(text) for rx in _NAMED_TOTALS)
    return DataFacts(labels, frozenset(formats), tuple(sorted(resources.items())), stated, updated, building, named)
