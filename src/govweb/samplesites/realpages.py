"""Real government pages saved in public repositories (benchmarks/data/realpages): each corpus site becomes the
crawl snapshot the crawler would have written for it (crawl.json + crawl.warc.gz), and a findings report is compared
with the truth written by reading the pages.

The corpus layout and the truth format are described in benchmarks/data/realpages/README.md. Pages are served to
the checks byte for byte as they were found; the WARC is written with the crawler's own writer and the crawl.json rows
with the crawler's decoder and title parser, and the way from the seed to the homepage (a splash page, a frameset)
with the crawler's `next_hop`, so the checks cannot tell a corpus site from a crawl.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from govweb.checks.context import Limits
from govweb.collect.decode import decode_html
from govweb.collect.homepage import next_hop
from govweb.collect.links import parse_page as parse_links
from govweb.collect.settings import CrawlSettings
from govweb.collect.snapshot import page_entry
from govweb.collect.warc import Exchange, WarcFile
from govweb.documents.layout import CRAWL_JSON, CRAWL_WARC
from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open
from govweb.samplesites.accuracy import Tally
from govweb.samplesites.model import GUIDE_ELEMENTS
from govweb.terms import COLUMN_TYPES, ELEMENTS
from govweb.urlnorm import page_key

MANIFEST = "manifest.json"
SOURCES = "sources.json"
TRUTH = "truth.json"
MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "党政机关网站标识", "网站主办单位", "联系方式", "我为政府网站找错")
ENTRIES = tuple(e for e in ELEMENTS if e not in MARKS)
STATES = ("present", "absent", "script-only")
KINDS = ("homepage", "splash", "column", "article", "page", "function", "redirect")
SPLITS = ("dev", "holdout")
HTTP_STATUSES = frozenset(s.value for s in HTTPStatus)
CONTENT_TYPE = "text/html"  # the servers' charset is unknown: the checks must sniff it as they do on real crawls
# Files of a site that no browser shows as a page (a script bundle, a style sheet, the JSON an app draws from, an
# attachment's PDF): served with their own type, as any web server does, so that a crawl keeps them as resources and
# the checks never read them as pages.
RESOURCE_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".pdf": "application/pdf"}
# Repositories kept for an independent evaluation: no corpus page may come from them.
EXCLUDED_SOURCES = ("GeneralNewsExtractor/GeneralNewsExtractor", "SimonXinw/job", "mhxqwer/", "Yuhamixli/nfra.gov.cn",
                    "Zhouqwq/zhouqwq.github.io", "silverfoxy/JSCryptoMinerStudy", "atuskong/play_web_crawler",
                    "seraph115/bid-data", "crawlerclub/bjjs")


@dataclass(frozen=True)
class Page:
    file: str
    url: str
    kind: str
    body: bytes
    truth: Mapping[str, Any]
    source: Mapping[str, Any]      # repository, path, commit (found pages) or written_by, modelled_on (written ones)
    status: int = 200              # the HTTP status the site answers with (written sites: a 404 page, a 500 page)


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

    def page_at(self, url: str) -> Page | None:
        """The corpus page at `url`: the one at that very URL, else one of its canonical key (a splash at `/` and the
        `/index.asp` it sends the visitor on to are two pages of one key)."""
        key = page_key(url)
        return next((p for p in self.pages if p.url == url), None) or next(
            (p for p in self.pages if page_key(p.url) == key), None)


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
    elif not all(isinstance(v, str) for v in value.get("also") or ()):
        problems.append(Problem(f"{where}「{name}」的 also 应为字符串列表", file=file))


def _source_problem(source: Mapping[str, Any], written: bool) -> str | None:
    """What is wrong with a page's provenance: found pages name repository, path and commit (and no repository kept
    for the independent evaluation); pages written for a blind test name their author and what they imitate."""
    if written:
        if not source.get("written_by") or not source.get("modelled_on"):
            return "sources.json 须写明页面的作者（written_by）与所仿的真实页面类型（modelled_on）"
        return None
    repo = str(source.get("repository") or "")
    if not repo or not source.get("path") or len(str(source.get("commit") or "")) != 40:
        return "sources.json 须写明来源仓库、路径与 40 位提交号"
    if repo.lower().startswith(tuple(x.lower() for x in EXCLUDED_SOURCES)):
        return f"来源仓库 {repo} 留作独立评估，不得用于语料"
    return None


def load_site(directory: Path, split: str, written: bool = False) -> Site:
    """One corpus site with its pages (bytes checked against the recorded sha256) and truth. BadInput on errors.
    `written`: the corpus holds pages written for a blind test rather than pages found in public repositories."""
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
        source = row.get("source") or {}
        wrong = _source_problem(source, written)
        if wrong:
            problems.append(Problem(wrong, file=str(directory / SOURCES)))
        status = row.get("status", 200)
        if type(status) is not int or status not in HTTP_STATUSES or status < 200 or 300 <= status < 400:
            problems.append(Problem(f"页面 {row['file']} 的 status 应为 2xx、4xx 或 5xx 的 HTTP 状态码（重定向写作 redirect 页面）",
                                    file=str(directory / SOURCES)))
            status = 200
        page_truth = pages_truth.get(row["file"])
        if page_truth is None:
            problems.append(Problem(f"页面 {row['file']} 没有真值", file=truth_file))
            page_truth = {}
        kind = page_truth.get("kind", row.get("kind"))
        if kind not in KINDS:
            problems.append(Problem(f"页面 {row['file']} 的 kind「{kind}」不在 {KINDS} 中", file=truth_file))
        site.pages.append(Page(row["file"], row["url"], str(kind), body, page_truth, source, status))
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
    """Every site of the corpus in the manifest's order, limited to `splits`. A manifest saying
    `"origin": "written"` holds sites written for a blind test (benchmarks/data/blindsites) instead of found pages."""
    problems: list[Problem] = []
    manifest = _read_json(root / MANIFEST, problems)
    if problems:
        raise BadInput("真实页面语料无法读取", problems)
    wanted = set(splits)
    written = manifest.get("origin") == "written"
    sites = []
    for i, row in enumerate(manifest.get("sites", []), start=1):
        if row.get("split") not in SPLITS:
            problems.append(Problem(f"split 应为 {SPLITS} 之一", file=str(root / MANIFEST), row=i))
            continue
        if row["split"] in wanted:
            sites.append(load_site(root / row["id"], row["split"], written))
    if problems:
        raise BadInput("真实页面语料清单有误", problems)
    return sites


# --- the snapshot a crawl of the site's pages would have written --------------------------------------------------


def _crawl_order(site: Site, chain: list[dict[str, str]]) -> list[tuple[Page, str | None, int]]:
    """(page, referrer, depth): breadth-first from the seed over the links between corpus pages, every page on
    the way to the homepage (`chain`) at depth 0 as the crawler queues its hops; pages no corpus page links to
    follow at depth 1 (the saved copies came from a crawl that reached them)."""
    by_url = {page_key(p.url): p for p in site.pages}
    hops = [site.page_at(step["url"]) for step in chain]
    seen = {p.file for p in hops}
    order: list[tuple[Page, str | None, int]] = [(p, chain[i - 1]["url"] if i else None, 0) for i, p in enumerate(hops)]
    queue = deque([(p, 0) for p in hops])
    while queue:
        page, depth = queue.popleft()
        text = decode_html(page.body, CONTENT_TYPE).text
        for link in parse_links(text, page.url).links:
            target = by_url.get(page_key(link))
            if target is not None and target.file not in seen:
                seen.add(target.file)
                order.append((target, page.url, depth + 1))
                queue.append((target, depth + 1))
    order += [(p, None, 1) for p in site.pages if p.file not in seen]
    return order


def _homepage_chain(site: Site) -> list[dict[str, str]]:
    """The way from the seed to the homepage over the corpus pages, as the crawler records it (crawl.json
    `homepage_chain`: splash pages, meta refresh, script redirects, framesets — `collect.homepage.next_hop`)."""
    chain = [{"url": site.seed.url, "reason": "seed"}]
    page, hops = site.seed, CrawlSettings().max_homepage_hops   # the crawler's own limit
    while len(chain) <= hops:
        hop = next_hop(decode_html(page.body, CONTENT_TYPE).text, page.url)
        target = site.page_at(hop.url) if hop is not None else None
        # URLs as written, as the crawler compares them: `/` sending on to `/index.asp` (one canonical key) is a hop
        if hop is None or target is None or any(step["url"] == target.url for step in chain):
            break
        chain.append({"url": target.url, "reason": hop.reason})
        page = target
    return chain


def served_type(page: Page) -> str:
    """The Content-Type the site's server answers the page's file with."""
    return RESOURCE_TYPES.get(Path(page.file).suffix.lower(), CONTENT_TYPE)


def write_snapshot(site: Site, out: Path) -> Path:
    """crawl.json + crawl.warc.gz for the site's pages in `out`; returns `out`."""
    out.mkdir(parents=True, exist_ok=True)
    warc = WarcFile(out / CRAWL_WARC, None)
    rows = []
    try:
        chain = _homepage_chain(site)
        for page, referrer, depth in _crawl_order(site, chain):
            host = urlsplit(page.url).netloc
            served = served_type(page)
            headers = [("Content-Type", served), ("Content-Length", str(len(page.body)))]
            record = warc.add_exchange(Exchange(
                url=page.url, method="GET", request_headers=[("Host", host), ("User-Agent", "govweb-corpus")],
                status=page.status, reason=HTTPStatus(page.status).phrase, http_version="1.1",
                response_headers=headers, body=page.body))
            decoded = decode_html(page.body, served)
            error = "http-status" if page.status >= 400 else "decode-error" if decoded.error else None
            rows.append(page_entry(
                url=page.url, kind="page", referrer=referrer, status=page.status, content_type=served,
                encoding=decoded.encoding, title=parse_links(decoded.text, page.url).title, depth=depth,
                bytes=len(page.body), elapsed_ms=0, error=error,
                warc_record=record, final_url=page.url))
        warc.commit()
    finally:
        warc.close()
    crawl = {"seed": site.seed.url, "complete": True, "options": {"source": "realpages", "site": site.id},
             "pages": rows, "stats": {"fetched": len(rows)}, "pruned": []}
    if len(chain) > 1:
        crawl.update(homepage=chain[-1]["url"], homepage_chain=chain)
    with atomic_open(out / CRAWL_JSON) as fh:
        json.dump(crawl, fh, ensure_ascii=False, indent=1)
    return out


# --- comparing a findings report with the truth --------------------------------------------------------------------

VETO_RULES_JUDGED = ("site-unreachable", "homepage-stale", "columns-stale", "interaction-poor", "service-unusable")
HUB_OR_CHANNEL = "  entry target, hub or channel"  # indented: a second figure, its misses are the strict one's
KEY_TYPES = ("动态要闻", "通知公告", "政策文件")  # 国办秘函〔2019〕19号: the column types the columns-stale veto counts


@dataclass
class Ratio:
    """An accuracy: how many of `n` judged values the checks got right, with the wrong ones."""

    ok: int = 0
    n: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, good: bool, label: str) -> None:
        self.n += 1
        if good:
            self.ok += 1
        else:
            self.misses.append(label)


@dataclass
class CorpusScore:
    """Precision/recall tallies and accuracies per (measure, split), plus what could not be judged."""

    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    ratios: dict[tuple[str, str], Ratio] = field(default_factory=dict)
    judged: Counter[tuple[str, str]] = field(default_factory=Counter)
    abstained: Counter[tuple[str, str]] = field(default_factory=Counter)
    false_vetoes: list[tuple[str, str]] = field(default_factory=list)   # (split, "site rule: reason")
    unjudged: Counter[str] = field(default_factory=Counter)             # findings of checks the truth cannot judge
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    # (measure, split, label) -> "right" | "wrong" | "not-measured": each judged case, to compare two runs
    answers: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def tally(self, measure: str, split: str) -> Tally:
        return self.tallies.setdefault((measure, split), Tally())

    def ratio(self, measure: str, split: str) -> Ratio:
        return self.ratios.setdefault((measure, split), Ratio())

    def count(self, measure: str, split: str, truth: bool, predicted: bool | None, label: str) -> None:
        """One judged case of a binary measure; `predicted` None = the checks said "not measured" (a miss when
        the truth is positive, nothing otherwise)."""
        t = self.tally(measure, split)
        self.judged[(measure, split)] += 1
        self.answers[(measure, split, label)] = ("not-measured" if predicted is None
                                                 else "right" if predicted == truth else "wrong")
        if predicted is None:
            self.abstained[(measure, split)] += 1
            t.add(truth, False, f"{label}（未测量）")
        else:
            t.add(truth, predicted, label)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _squash(s: str) -> str:
    return re.sub(r"[\s\u3000:：,，;；|（）()]", "", s)


def same_value(element: str, want: str, got: str, also: Iterable[str] = ()) -> bool | None:
    """Whether the value the checks report for a mark is the one on the page (None: not comparable); `also`: the
    other values the footer shows for the mark (a contact block lists address, telephone and e-mail)."""
    if element in ("网站标识码", "ICP备案号", "公安机关备案号"):
        return _digits(want) == _digits(got) and bool(_digits(want))
    if element == "网站主办单位":
        w, g = _squash(want), _squash(got)
        return bool(g) and (w in g or g in w)
    if element == "联系方式":
        g = _squash(got)
        return bool(g) and any(_squash(w) in g or (len(g) >= 5 and g in _squash(w)) for w in (want, *also))
    return None


def _element_prediction(report: Mapping[str, Any], element: str) -> tuple[bool | None, Mapping[str, Any]]:
    """(missing?, the report's element record); missing None when the report does not measure the element."""
    if report.get("site", {}).get("status") != "measured":
        return None, {}
    got = (report.get("elements") or {}).get(element)
    if (not isinstance(got, dict) or got.get("present") is None or got.get("state") == "not-measured"
            or got.get("measured") is False):
        return None, got if isinstance(got, dict) else {}
    return not got["present"], got


def _target_key(url: str) -> str:
    """`page_key`, with a path whose last step names no file taken as its folder: `/gzjg` is the page of `/gzjg/`
    and `/gzjg/index.html` (the server answers the one with a redirect to the other; the static corpus has none)."""
    key = page_key(url)
    path = urlsplit(key).path
    if "?" in key or not path or path.endswith("/") or "." in path.rsplit("/", 1)[-1]:
        return key
    return key + "/"


def _own_links(site: Site, page: Page | None) -> set[str]:
    """The pages `page` links that the homepage does not (the site-wide navigation is on both)."""
    if page is None:
        return set()

    def links(p: Page) -> set[str]:
        return {_target_key(u) for u in parse_links(decode_html(p.body, CONTENT_TYPE).text, p.url).links}

    home = site.homepage or site.seed
    return set() if page.file == home.file else links(page) - links(home)


def _hub_folder(key: str) -> str | None:
    """The folder a hub page stands for (`/hdjl/`, `/hdjl/index.html` → `/hdjl/`), the site's root excepted."""
    if "?" in key:
        return None
    folder = key if key.endswith("/") else key.rsplit("/", 1)[0] + "/"
    if folder != key and not key.rsplit("/", 1)[-1].startswith(("index.", "default.")):
        return None
    return folder if urlsplit(folder).path not in ("", "/") else None


def _one_link_apart(site: Site, reported: str, wanted: set[str]) -> bool:
    """A hub and the channel it leads to (互动交流 → 县长信箱): one is the index of a folder holding the other, or
    the page reported links a page the truth names (or the other way round) by a link of its own, not one the
    homepage also carries (every page's navigation repeats those). The truths name either, so this is scored as a
    second figure beside the strict one."""
    pairs = [(reported, u) for u in wanted] + [(u, reported) for u in wanted]
    if any((folder := _hub_folder(hub)) and channel != hub and channel.startswith(folder) for hub, channel in pairs):
        return True
    return any(channel in _own_links(site, site.page_at(hub)) for hub, channel in pairs)


def _is_link(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("http://", "https://"))


def _score_elements(site: Site, report: Mapping[str, Any], score: CorpusScore) -> None:
    page_kind = site.page(site.truth.get("marks_page") or site.truth.get("homepage") or site.truth["seed"]).kind
    for group in ("marks", "entries"):
        for el, t in (site.truth.get(group) or {}).items():
            if t.get("uncertain"):
                continue
            missing, got = _element_prediction(report, el)
            shown = f"：{t['value']}" if t.get("value") else (f"：{t['url']}" if t.get("url") else "")
            label = f"{site.id} {el}（真值 {t['state']}{shown}）"
            truth_missing = t["state"] == "absent"
            score.count("missing-element", site.split, truth_missing, missing, label)
            score.count(f"missing-element [{page_kind}]", site.split, truth_missing, missing, label)
            score.count(f"missing-element [truth {t['state']}]", site.split, truth_missing, missing, label)
            score.count(f"  {el}", site.split, truth_missing, missing, label)
            if t["state"] != "present" or missing is not False:
                continue
            if group == "marks" and t.get("value"):
                same = same_value(el, t["value"], str(got.get("value") or ""), t.get("also") or ())
                if same is not None:
                    score.ratio("mark value", site.split).add(same, f"{label} ≠ 报告 {got.get('value')!r}")
            if group == "entries" and _is_link(t.get("url")):
                wanted = {_target_key(u) for u in (t["url"], *(t.get("also") or ()))}
                reported = [got.get(k) for k in ("target", "url", "value")]
                good = any(isinstance(u, str) and _is_link(u) and _target_key(u) in wanted for u in reported)
                shown_target = got.get("target") or got.get("url")
                score.ratio("entry target", site.split).add(good, f"{label} ≠ 报告 {shown_target}")
                hub = not good and _is_link(shown_target) and _one_link_apart(site, _target_key(shown_target), wanted)
                score.ratio(HUB_OR_CHANNEL, site.split).add(good or hub, label)


def column_expected(page: Page, limits: Limits, as_of: dt.date) -> dict[str, bool | None]:
    """What the truth says about one page as a column: is it one, is it blank, is it stale (None = not judged)."""
    t = page.truth
    if t.get("uncertain"):
        return {"column": None, "empty-column": None, "stale-column": None}
    col = t.get("column")
    if page.kind != "column" or not isinstance(col, dict):
        return {"column": False, "empty-column": False, "stale-column": False}
    # (a column showing no row whose newest item the truth gives — read from its other views, an empty current-year
    # view above year tabs holding documents — is not blank)
    empty = None if col.get("uncertain_items") or col.get("items") is None else col["items"] == 0 and not col.get("newest")
    stale: bool | None = None
    limit = limits.by_type.get(col["type"])
    if col.get("uncertain_type"):
        stale = None
    elif limit is None:
        stale = False
    elif col.get("newest"):
        stale = (as_of - dt.date.fromisoformat(col["newest"])).days > limit
    return {"column": True, "empty-column": empty, "stale-column": stale}


def _score_columns(site: Site, report: Mapping[str, Any], score: CorpusScore, limits: Limits) -> dict[str, int]:
    """Column measures; returns the truth's count of stale key/any and empty columns (for the veto)."""
    cols = {page_key(str(c.get("url"))): c for c in report.get("columns") or []}
    by_check: dict[str, set[str]] = {"empty-column": set(), "stale-column": set()}
    for f in report.get("findings") or []:
        if f.get("check") in by_check:
            by_check[f["check"]].add(page_key(str(f.get("url"))))
    urls = {page_key(p.url) for p in site.pages}
    for check, found in by_check.items():
        for u in sorted(found - urls):
            score.count(check, site.split, False, True, f"{site.id} {u}（语料外页面）")
    truth_counts = {"key": 0, "any": 0, "empty": 0}
    for page in site.pages:
        want = column_expected(page, limits, site.as_of)
        u = page_key(page.url)
        label = f"{site.id} {page.file}（{page.kind}）"
        if want["column"] is not None:
            score.count("is-a-column", site.split, want["column"], u in cols, label)
            score.count(f"is-a-column [{page.kind}]", site.split, want["column"], u in cols, label)
        for check in ("empty-column", "stale-column"):
            if want[check] is not None:
                score.count(check, site.split, bool(want[check]), u in by_check[check], label)
        col = page.truth.get("column")
        if want["stale-column"]:
            truth_counts["any"] += 1
            truth_counts["key"] += col["type"] in KEY_TYPES
        if want["empty-column"]:
            truth_counts["empty"] += 1
        if not want["column"] or u not in cols:
            continue
        got = cols[u]
        if got.get("shown", 0) is None and col.get("list_by_script"):
            # the checks say the list a script writes is not measured (a static read): right, but no figure
            if col.get("newest") or col.get("items") is not None and not col.get("uncertain_items"):
                score.unjudged["column count and newest not measured (list by script)"] += 1
            col = {k: v for k, v in col.items() if k not in ("newest", "items")}
        if not col.get("uncertain_type"):
            score.ratio("column type", site.split).add(got.get("type") == col["type"],
                                                       f"{label} 真值 {col['type']} ≠ 报告 {got.get('type')}")
        if col.get("newest"):
            score.ratio("column newest date", site.split).add(
                got.get("last_update") == col["newest"], f"{label} 真值 {col['newest']} ≠ 报告 {got.get('last_update')}")
        if col.get("items") is not None and not col.get("uncertain_items"):
            # the truth counts the rows the page shows; a column's `items` counts every crawled page of it
            shown = got.get("shown", got.get("items"))
            score.ratio("column item count", site.split).add(
                shown == col["items"], f"{label} 真值 {col['items']} ≠ 报告 {'未测量' if shown is None else shown}")
    return truth_counts


def expected_vetoes(site: Site, limits: Limits, stale_counts: Mapping[str, int]) -> dict[str, bool]:
    """rule → whether the truth calls for the veto, for the rules the truth can judge on this snapshot.

    A splash site (its homepage elsewhere) must get no veto at all; a site with neither homepage nor splash in the
    corpus is not judged (its seed page is not what the vetoes are about)."""
    truth = site.truth
    resolution = truth.get("homepage_resolution")
    if resolution and not (resolution.get("target_in_corpus") and truth.get("homepage")):
        return dict.fromkeys(VETO_RULES_JUDGED, False)
    if not truth.get("homepage"):
        return {}
    out: dict[str, bool] = {"site-unreachable": False}
    newest = site.page(truth["homepage"]).truth.get("newest")
    if newest:
        out["homepage-stale"] = (site.as_of - dt.date.fromisoformat(newest)).days > limits.homepage
    out["columns-stale"] = (stale_counts["key"] >= limits.stale_key_veto or stale_counts["any"] >= limits.stale_any_veto
                            or stale_counts["empty"] >= limits.blank_veto)
    entries = truth.get("entries") or {}
    for rule, element in (("interaction-poor", "互动交流"), ("service-unusable", "办事服务")):
        t = entries.get(element)
        if t is not None and not t.get("uncertain"):
            out[rule] = t["state"] == "absent"
    if "service-unusable" in out and any(_incomplete(g) for g in _guides(site)):
        out["service-unusable"] = True  # a 办事指南 missing key elements
    if "interaction-poor" in out and any(isinstance(col := p.truth.get("column"), dict) and col.get("late_replies")
                                         for p in site.pages):
        out["interaction-poor"] = True  # a message of the past year answered late or not at all
    return out


def _guides(site: Site) -> list[Mapping[str, Any]]:
    """The 办事指南 truths of a site's pages (`guide` on the page truth or on its article)."""
    found = (p.truth.get("guide") or (p.truth.get("article") or {}).get("guide") for p in site.pages)
    return [g for g in found if isinstance(g, Mapping)]


def _incomplete(guide: Mapping[str, Any]) -> bool:
    """Whether a guide truth lacks a key element: its `complete` flag, else its labels when they are the ten
    elements' own names (labels in a page's own wording decide nothing without the flag)."""
    if "complete" in guide:
        return not guide["complete"]
    labels = set(guide.get("labels") or ())
    return labels <= set(GUIDE_ELEMENTS) and bool(set(GUIDE_ELEMENTS) - labels)


def _score_vetoes(site: Site, report: Mapping[str, Any], score: CorpusScore, want: Mapping[str, bool]) -> None:
    got = {str(v.get("rule")): str(v.get("reason", "")) for v in report.get("vetoes") or []}
    for rule in sorted(set(got) - set(want)):
        score.unjudged[f"veto:{rule}"] += 1
    for rule, expected in want.items():
        label = f"{site.id} {rule}" + (f"：{got[rule]}" if rule in got else "")
        score.count("veto", site.split, expected, rule in got, label)
        score.count(f"  veto:{rule}", site.split, expected, rule in got, label)
        if rule in got and not expected:
            score.false_vetoes.append((site.split, label))
    if "homepage-stale" in want:
        found = any(f.get("check") == "homepage-stale" for f in report.get("findings") or [])
        score.count("homepage-stale", site.split, want["homepage-stale"], found, f"{site.id}")


def _score_splash(site: Site, report: Mapping[str, Any], score: CorpusScore) -> None:
    """A splash page at the seed: right when the report does not judge the splash page as the homepage."""
    target = site.truth["homepage_resolution"]["redirects_to"]
    status = report.get("site", {}).get("status")
    named = report.get("site", {}).get("homepage")
    mark_findings = [f for f in report.get("findings") or []
                     if f.get("check") == "missing-element" and f.get("element") in MARKS]
    stale = any(f.get("check") == "homepage-stale" for f in report.get("findings") or [])
    good = (status == "not-measured" or (isinstance(named, str) and page_key(named) == page_key(target))
            or (not mark_findings and not stale))
    why = f"状态 {status}，{len(mark_findings)} 个页脚标识缺失" + ("，首页不更新" if stale else "")
    score.ratio("splash homepage resolution", site.split).add(good, f"{site.id} → {target}：{why}")


def _score_decoding(site: Site, directory: Path, score: CorpusScore) -> None:
    """Whether each page reaches the checks as a browser reads it: the truth's `encoding` is the codec of the bytes
    under WHATWG rules (a gb2312 label is read with GBK), whatever the page's labels say."""
    from govweb.checks.snapshot import load_snapshot

    try:   # a page the browser lane rendered reaches the checks as its DOM: its decoding is not judged
        read = [(d.record.url, d.html) for d in load_snapshot(directory).documents()
                if d.warc_record != d.record.rendered_record]
    except Exception as exc:  # the snapshot reader changed: report it instead of failing the benchmark
        score.unjudged[f"page text unavailable ({type(exc).__name__})"] += 1
        return
    # the page at that very URL, else one read under another spelling of it — never another corpus page sharing its
    # key (a splash at `/` and the `/index.htm` it opens, whose rendered DOM is not judged)
    own = {p.url for p in site.pages}
    spelt = {page_key(url): html for url, html in read if url not in own}
    docs = dict(read)
    for page in site.pages:
        encoding, text = page.truth.get("encoding"), docs.get(page.url, spelt.get(page_key(page.url)))
        if encoding and text is not None:
            want = page.body.decode(encoding, "replace").removeprefix("\ufeff")
            score.ratio("page decoding", site.split).add(text == want, f"{site.id} {page.file}（{encoding}）")


def _score_articles(site: Site, directory: Path, score: CorpusScore) -> None:
    """Article recognition, title and publication date as the checks' page parser reads them."""
    from govweb.checks.context import SiteContext
    from govweb.checks.dates import to_date
    from govweb.checks.snapshot import load_snapshot

    try:
        ctx = SiteContext(load_snapshot(directory), site.as_of)
    except Exception as exc:  # the checks' internals changed: report it instead of failing the benchmark
        score.unjudged[f"article facts unavailable ({type(exc).__name__})"] += 1
        return
    for page in site.pages:
        facts = ctx.page(page.url)
        if facts is None or page.truth.get("uncertain"):
            continue
        label = f"{site.id} {page.file}（{page.kind}）"
        if page.kind not in ("function", "page"):   # a 联系我们 or 领导信息 page may well be published as a document
            is_article = bool(getattr(facts, "is_article", False))
            score.count("is-an-article", site.split, page.kind == "article", is_article, label)
        art = page.truth.get("article")
        if page.kind != "article" or not isinstance(art, dict):
            continue
        want_title = _squash(art["title"])
        got_title = _squash(str(getattr(facts, "title", "")))
        score.ratio("article title", site.split).add(
            bool(got_title) and (want_title in got_title or got_title in want_title), f"{label} 标题 {facts.title!r}")
        raw = getattr(facts, "pubdate", None)
        got_date = to_date(raw, site.as_of) if raw else None
        # (an article that prints no date — a 政务服务网 guide — is read right when no date is found)
        score.ratio("article date", site.split).add(
            (got_date.isoformat() if got_date is not None else None) == art["date"],
            f"{label} 真值 {art['date']} ≠ {got_date}")
        sponsor = art.get("sponsor_in_text")
        marks = getattr(facts, "marks", {}) or {}
        if sponsor and "网站主办单位" in marks:
            score.ratio("article sponsor not taken from text", site.split).add(
                sponsor not in str(marks["网站主办单位"][0]), f"{label} 主办单位 {marks['网站主办单位'][0]!r}")


def evaluate_corpus(
    sites: Iterable[Site], workdir: Path, limits: Limits | None = None,
    check: Callable[[Path, dt.date], dict[str, Any]] | None = None,
    log: Callable[[str], None] = lambda s: None,
    snapshot: Callable[[Site, Path], Path] = write_snapshot,
) -> CorpusScore:
    """Write each site's snapshot under `workdir` (`snapshot`: the static writer, or a crawl of the site served on
    loopback — `realcrawl`), run the checks on it, compare with the truth."""
    if check is None:
        from govweb.samplesites.accuracy import check_folder

        check = check_folder
    if limits is None:
        from govweb.scoring.inspection import load_sheet

        limits = Limits.from_mapping(load_sheet().limits)
    score = CorpusScore()
    judged = {"missing-element", "empty-column", "stale-column", "homepage-stale"}
    for site in sites:
        out = snapshot(site, workdir / site.id)
        report = check(out, site.as_of)
        score.reports[site.id] = report
        log(f"{site.id}: {len(report.get('findings') or [])} findings, {len(report.get('vetoes') or [])} vetoes")
        for f in report.get("findings") or []:
            if f.get("check") not in judged:
                score.unjudged[str(f.get("check"))] += 1
        if site.truth.get("marks") or site.truth.get("entries"):
            _score_elements(site, report, score)
        stale_counts = _score_columns(site, report, score, limits)
        _score_vetoes(site, report, score, expected_vetoes(site, limits, stale_counts))
        if site.truth.get("homepage_resolution"):
            _score_splash(site, report, score)
        _score_articles(site, out, score)
        _score_decoding(site, out, score)
    return score


def answer_changes(before: CorpusScore, after: CorpusScore, measure: str, split: str) -> Counter[tuple[str, str]]:
    """(answer in `before`, answer in `after`) → cases of `measure` in `split` both runs judged; answers are right,
    wrong or not-measured."""
    changes: Counter[tuple[str, str]] = Counter()
    for (m, s, label), was in before.answers.items():
        now = after.answers.get((m, s, label))
        if m == measure and s == split and now is not None:
            changes[(was, now)] += 1
    return changes


def _pad(text: str, width: int) -> str:
    """`text` left-aligned in `width` terminal columns (CJK characters take two)."""
    shown = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - shown)


def format_score(score: CorpusScore, splits: Iterable[str] = SPLITS) -> str:
    """The compact table: one row per measure with the judged cases, precision, recall and "not measured"
    answers per split, then the accuracies."""
    splits = list(splits)
    lines = [_pad("measure", 34) + "".join(f" | {s:^27}" for s in splits),
             " " * 34 + "".join(f" | {'n':>5} {'P':>6} {'R':>6} {'abst':>6}" for _ in splits)]
    measures = {m for m, _ in score.tallies}
    order = ["missing-element"] + sorted(m for m in measures if m.startswith("missing-element ["))
    order += sorted((m for m in measures if m.startswith("  ") and not m.startswith("  veto")),
                    key=lambda m: ELEMENTS.index(m.strip()))
    order += ["is-a-column"] + sorted(m for m in measures if m.startswith("is-a-column ["))
    order += ["empty-column", "stale-column", "homepage-stale", "veto"]
    order += sorted(m for m in measures if m.startswith("  veto"))
    order += ["is-an-article"]
    for m in order:
        if not any((m, s) in score.tallies for s in splits):
            continue
        row = _pad(m, 34)
        for s in splits:
            t = score.tallies.get((m, s))
            if t is None:
                row += f" | {'':27}"
                continue
            p = f"{t.precision:.2f}" if t.tp + t.fp else "-"
            r = f"{t.recall:.2f}" if t.tp + t.fn else "-"
            row += f" | {score.judged[(m, s)]:>5} {p:>6} {r:>6} {score.abstained[(m, s)]:>6}"
        lines.append(row)
    lines.append(_pad("accuracy", 34) + "".join(f" | {'ok/n':>12} {'':14}" for _ in splits))
    for m in sorted({m for m, _ in score.ratios}, key=str.strip):
        row = _pad(m, 34)
        for s in splits:
            r = score.ratios.get((m, s))
            row += f" | {f'{r.ok}/{r.n}' if r else '':>12} {f'{r.ok / r.n:.2f}' if r and r.n else '':>14}"
        lines.append(row)
    return "\n".join(lines)


def score_errors(score: CorpusScore, split: str) -> list[str]:
    """Every false positive / negative and wrong value of one split, one line each."""
    out = []
    for (m, s), t in sorted(score.tallies.items()):
        if s != split or m.startswith(("  ", "missing-element [", "is-a-column [")):
            continue
        out += [f"false positive  {m}: {x}" for x in t.false_positives]
        out += [f"false negative  {m}: {x}" for x in t.false_negatives]
    for (m, s), r in sorted(score.ratios.items()):
        if s == split and not m.startswith("  "):
            out += [f"wrong {m}: {x}" for x in r.misses]
    return out
