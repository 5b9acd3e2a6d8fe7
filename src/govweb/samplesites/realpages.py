"""Real government pages saved in public repositories (benchmarks/data/realpages): each corpus site becomes the
crawl snapshot the crawler would have written for it (crawl.json + crawl.warc.gz), and a findings report is compared
with the truth written by reading the pages.

The corpus layout and the truth format are described in benchmarks/data/realpages/README.md. Pages are served to
the checks byte for byte as they were found; the WARC is written with the crawler's own writer and the crawl.json rows
with the crawler's decoder and title parser, so the checks cannot tell a corpus site from a crawl.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from govweb.checks.accuracy import Tally
from govweb.checks.page import normalize_url
from govweb.collect.decode import decode_html
from govweb.collect.links import parse_page as parse_links
from govweb.collect.snapshot import page_entry
from govweb.collect.warc import Exchange, WarcFile
from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open
from govweb.terms import COLUMN_TYPES, ELEMENTS

MANIFEST = "manifest.json"
SOURCES = "sources.json"
TRUTH = "truth.json"
MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "党政机关网站标识", "网站主办单位", "联系方式", "我为政府网站找错")
ENTRIES = tuple(e for e in ELEMENTS if e not in MARKS)
STATES = ("present", "absent", "script-only")
KINDS = ("homepage", "splash", "column", "article", "page", "function", "redirect")
SPLITS = ("dev", "holdout")
CONTENT_TYPE = "text/html"  # the servers' charset is unknown: the checks must sniff it as they do on real crawls


@dataclass(frozen=True)
class Page:
    file: str
    url: str
    kind: str
    body: bytes
    truth: Mapping[str, Any]
    source: Mapping[str, Any]


@dataclass
class Site:
    id: str
    dir: Path
    split: str
    truth: dict[str, Any]
    pages: list[Page] = field(default_factory=list)

    @property
    def as_of(self) -> dt.date:
        return dt.date.fromisoformat(self.truth["as_of"])

    @property
    def seed(self) -> Page:
        return self.page(self.truth["seed"])

    @property
    def homepage(self) -> Page | None:
        """The page a visitor lands on, when the corpus holds it (a splash site's homepage may be elsewhere)."""
        name = self.truth.get("homepage")
        return self.page(name) if name else None

    def page(self, file: str) -> Page:
        return next(p for p in self.pages if p.file == file)


def _read_json(path: Path, problems: list[Problem]) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(Problem("文件不存在", file=str(path)))
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(Problem(f"不是有效的 JSON：{exc}", file=str(path)))
    return None


def _check_state(where: str, name: str, value: Any, problems: list[Problem], file: str) -> None:
    if not isinstance(value, dict) or value.get("state") not in STATES:
        problems.append(Problem(f"{where}「{name}」应为 {{\"state\": {'|'.join(STATES)}, …}}", file=file))


def load_site(directory: Path, split: str) -> Site:
    """One corpus site with its pages (bytes checked against the recorded sha256) and truth. BadInput on errors."""
    problems: list[Problem] = []
    sources = _read_json(directory / SOURCES, problems) or []
    truth = _read_json(directory / TRUTH, problems) or {}
    site = Site(directory.name, directory, split, truth)
    truth_file = str(directory / TRUTH)
    pages_truth = truth.get("pages") or {}
    for row in sources:
        path = directory / row["file"]
        try:
            body = path.read_bytes()
        except FileNotFoundError:
            problems.append(Problem("页面文件不存在", file=str(path)))
            continue
        if hashlib.sha256(body).hexdigest() != row.get("sha256"):
            problems.append(Problem("页面内容与 sources.json 记录的 sha256 不符（页面须保持原样）", file=str(path)))
        page_truth = pages_truth.get(row["file"])
        if page_truth is None:
            problems.append(Problem(f"页面 {row['file']} 没有真值", file=truth_file))
            page_truth = {}
        kind = page_truth.get("kind", row.get("kind"))
        if kind not in KINDS:
            problems.append(Problem(f"页面 {row['file']} 的 kind「{kind}」不在 {KINDS} 中", file=truth_file))
        site.pages.append(Page(row["file"], row["url"], str(kind), body, page_truth, row))
    files = {p.file for p in site.pages}
    for name in pages_truth:
        if name not in files:
            problems.append(Problem(f"真值中的页面 {name} 不在 sources.json 中", file=truth_file))
    for key in ("as_of", "seed"):
        if key not in truth:
            problems.append(Problem(f"缺少 {key}", file=truth_file))
    if truth.get("seed") and truth["seed"] not in files:
        problems.append(Problem(f"seed {truth['seed']} 不是本站页面", file=truth_file))
    if truth.get("homepage") and truth["homepage"] not in files:
        problems.append(Problem(f"homepage {truth['homepage']} 不是本站页面", file=truth_file))
    for group, names in (("marks", MARKS), ("entries", ENTRIES)):
        for name, value in (truth.get(group) or {}).items():
            if name not in names:
                problems.append(Problem(f"{group} 中的「{name}」不是 terms.ELEMENTS 中的要素", file=truth_file))
            _check_state(group, name, value, problems, truth_file)
    for p in site.pages:
        col = p.truth.get("column")
        if isinstance(col, dict) and col.get("type") not in COLUMN_TYPES:
            problems.append(Problem(f"页面 {p.file} 的栏目类型「{col.get('type')}」不在 terms.COLUMN_TYPES 中",
                                    file=truth_file))
    if problems:
        raise BadInput(f"真实页面语料站点 {directory.name} 无法读取", problems)
    return site


def load_corpus(root: Path, splits: Iterable[str] = SPLITS) -> list[Site]:
    """Every site of the corpus in the manifest's order, limited to `splits`."""
    problems: list[Problem] = []
    manifest = _read_json(root / MANIFEST, problems)
    if problems:
        raise BadInput("真实页面语料无法读取", problems)
    wanted = set(splits)
    sites = []
    for i, row in enumerate(manifest.get("sites", []), start=1):
        if row.get("split") not in SPLITS:
            problems.append(Problem(f"split 应为 {SPLITS} 之一", file=str(root / MANIFEST), row=i))
            continue
        if row["split"] in wanted:
            sites.append(load_site(root / row["id"], row["split"]))
    if problems:
        raise BadInput("真实页面语料清单有误", problems)
    return sites


# --- the snapshot a crawl of the site's pages would have written --------------------------------------------------


def _crawl_order(site: Site) -> list[tuple[Page, str | None, int]]:
    """(page, referrer, depth): breadth-first from the seed over the links between corpus pages; pages no corpus
    page links to follow at depth 1 (the saved copies came from a crawl that reached them)."""
    by_url = {normalize_url(p.url): p for p in site.pages}
    seen = {site.seed.file}
    order: list[tuple[Page, str | None, int]] = [(site.seed, None, 0)]
    queue = deque([(site.seed, 0)])
    while queue:
        page, depth = queue.popleft()
        text = decode_html(page.body, CONTENT_TYPE).text
        for link in parse_links(text, page.url).links:
            target = by_url.get(normalize_url(link))
            if target is not None and target.file not in seen:
                seen.add(target.file)
                order.append((target, page.url, depth + 1))
                queue.append((target, depth + 1))
    order += [(p, None, 1) for p in site.pages if p.file not in seen]
    return order


def write_snapshot(site: Site, out: Path) -> Path:
    """crawl.json + crawl.warc.gz for the site's pages in `out`; returns `out`."""
    out.mkdir(parents=True, exist_ok=True)
    warc = WarcFile(out / "crawl.warc.gz", None)
    rows = []
    try:
        for page, referrer, depth in _crawl_order(site):
            host = urlsplit(page.url).netloc
            headers = [("Content-Type", CONTENT_TYPE), ("Content-Length", str(len(page.body)))]
            record = warc.add_exchange(Exchange(
                url=page.url, method="GET", request_headers=[("Host", host), ("User-Agent", "govweb-corpus")],
                status=200, reason="OK", http_version="1.1", response_headers=headers, body=page.body))
            decoded = decode_html(page.body, CONTENT_TYPE)
            rows.append(page_entry(
                url=page.url, kind="page", referrer=referrer, status=200, content_type=CONTENT_TYPE,
                encoding=decoded.encoding, title=parse_links(decoded.text, page.url).title, depth=depth,
                bytes=len(page.body), elapsed_ms=0, error="decode-error" if decoded.error else None,
                warc_record=record, final_url=page.url))
        warc.commit()
    finally:
        warc.close()
    crawl = {"seed": site.seed.url, "complete": True, "options": {"source": "realpages", "site": site.id},
             "pages": rows, "stats": {"fetched": len(rows)}, "pruned": []}
    with atomic_open(out / "crawl.json") as fh:
        json.dump(crawl, fh, ensure_ascii=False, indent=1)
    return out
