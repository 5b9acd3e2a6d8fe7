"""The crawl engine: leases tasks from the journal, fetches, parses, archives and commits each one.

Threads: the event loop fetches and parses; one journal thread owns the SQLite journal and the WARC file
(record building, gzip compression, commits), so compression overlaps with fetching.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from govweb.collect.blocked import is_blocked
from govweb.collect.decode import decode_html
from govweb.collect.fetch import REDIRECTS, Fetched, Fetcher, is_webpage
from govweb.collect.guard import ERROR_CLASS, operator_policy
from govweb.collect.homepage import META_REFRESH, SCRIPT_REDIRECT, SPLASH, Hop, next_hop
from govweb.collect.journal import DONE, QUEUED, Journal, NewURL, OldJournal, Pruned, Task
from govweb.collect.links import ParsedPage, is_pagination, list_items, parse_page
from govweb.collect.politeness import HostGate
from govweb.collect.robots import Robots
from govweb.collect.settings import CrawlSettings
from govweb.collect.sitemaps import scan_sitemap
from govweb.collect.snapshot import page_entry, write_snapshot
from govweb.collect.traps import EXEMPT, HOMEPAGE, NAV, PAGER, SITEMAP, TrapGuard, url_pattern
from govweb.collect.urls import Scope, extension_of, site_folder
from govweb.collect.warc import WarcFile
from govweb.documents.layout import CRAWL_JSON, CRAWL_WARC, SHOTS_DIR
from govweb.errors import BadInput, JobFailed, Problem
from govweb.fsutil import atomic_open
from govweb.urlnorm import (
    UnsupportedURL,
    canonical,
    host_of,
    normalize,
    origin_of,
    try_canonical,
    try_resolve,
)

JOURNAL_NAME = "crawl.journal.sqlite"
LOG_NAME = "crawl.log"
CHECK_FALLBACK = frozenset({400, 403, 404, 405, 406, 500, 501, 502, 503})  # HEAD answers that GET may contradict
_COLUMN_PATH = re.compile(r"(/|/index\.s?html?|/list[^/]*|/lm[^/]*|/col[^/]*|/node_\d+\.html?)$", re.I)
# errors where the host gave no HTTP answer (address-blocked: the guard refused its address)
NO_RESPONSE = ("dns", "connect", "timeout", "tls", "bad-url", ERROR_CLASS)
MAX_ALIASES = 5000  # other spellings of known pages recorded per crawl


@dataclass
class CrawlResult:
    out_dir: Path
    complete: bool
    stats: dict[str, Any]
    json_path: Path
    warc_path: Path
    head: dict[str, Any] = field(default_factory=dict)  # crawl.json's homepage, homepage_chain and render

    @property
    def unreachable(self) -> str | None:
        """The error class when the seed's host gave no HTTP answer at all (dns, connect, timeout, tls), else None."""
        return self.stats.get("unreachable")


@dataclass(frozen=True)
class Rendered:
    html: str
    png: bytes | None
    taken_at: datetime | None
    final_url: str | None = None


@dataclass
class Progress:
    """What the progress callback sees."""

    pages: int = 0
    max_pages: int = 0
    checks: int = 0
    queued: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)


def _die_with_parent(parent: int) -> None:
    """Parser processes end when the crawl process ends, even by SIGKILL (Linux parent-death signal)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def validate_seed(seed: str) -> str:
    """The seed URL in browser form, or BadInput (exit 2) for an invalid URL or an unsupported scheme."""
    text = seed.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme and scheme not in ("http", "https") and "://" in text:
        raise BadInput(f"不支持的网址协议「{scheme}」：{seed}", [Problem("只能抓取 http:// 或 https:// 开头的网址")])
    try:
        return normalize(text.split("#", 1)[0])
    except UnsupportedURL:
        raise BadInput(f"网址无效：{seed}", [Problem("请给出完整网址，如 https://www.example.gov.cn/")]) from None


class Crawler:
    def __init__(self, seed: str, out_dir: Path, settings: CrawlSettings, *, restart: bool = False,
                 progress: Callable[[Progress], None] | None = None) -> None:
        self.seed = validate_seed(seed)
        self.out = Path(out_dir)
        self.s = settings
        self.restart = restart
        self.progress_cb = progress
        self.scope = Scope.for_seed(self.seed, settings.include_subdomains, settings.extra_hosts,
                                    settings.include_platform)
        self.policy = operator_policy([self.seed], settings.resolve, settings.extra_hosts, settings.allow_private)
        self.guard = TrapGuard(settings, max_year=date.today().year + 1)
        self.seen: set[int] = set()  # hashes of the canonical keys found (queued, done or pruned)
        self.pruned_keys: dict[int, str] = {}  # … of those pruned, with the reason (some are crawled after all)
        self.failed_dirs: set[int] = set()  # … of folder URLs that failed: other spellings (index.html) are tried
        self.folder_spellings: dict[int, list[str]] = {}  # folder key hash -> its other spellings found so far
        self.spelling: dict[int, int] = {}  # key hash -> hash of the URL first recorded for it (for aliases)
        self.alias_count = 0
        self.robots: dict[str, Robots] = {}
        self.robots_errors: dict[str, str | None] = {}  # origin -> error class when robots.txt got no HTTP answer
        self.robot_locks: dict[str, asyncio.Lock] = {}
        self.gate = HostGate()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govweb-journal")
        self.parse_pool: ProcessPoolExecutor | None = None
        self.progress = Progress(max_pages=settings.max_pages)
        self.pages_started = 0
        self.counts = {"attachment": 0, "external": 0, "sitemap": 0, "sitemap_urls": 0}
        self.skipped = {"attachment": 0, "external": 0, "sitemap": 0, "sitemap_urls": 0, "links": 0}  # over caps
        self.requests_before = 0
        self.rendered = 0
        self.render_state: dict[str, Any] = {"mode": settings.render, "available": None, "reason": None}
        self.homepage_chain: list[dict[str, str]] = [{"url": self.seed, "reason": "seed"}]
        self.scope_folders: list[dict[str, str]] = []  # folders of other hosts found to be the site's, and why
        self.homepage: str | None = None
        self.stop_reason: str | None = None
        self.unreachable: str | None = None
        self.interrupted = False
        self.renderer: Any = None
        self.fetcher: Fetcher
        self.journal: Journal
        self.warc: WarcFile
        self.resumed = False
        self.elapsed_before = 0.0

    # -- setup ------------------------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        return {"seed": self.seed, **self.s.options()}

    def _open(self) -> None:
        out = self.out
        if out.exists() and not out.is_dir():
            raise BadInput(f"输出目录不是文件夹：{out}")
        journal_path = out / JOURNAL_NAME
        if journal_path.exists() and not self.restart:
            try:
                probe = Journal(journal_path)
            except OldJournal:
                raise BadInput(f"目录 {out} 中的续抓日志由旧版 govweb 写成，不能续抓",
                               [Problem("请加 --restart 重新抓取")]) from None
            started = probe.get("options") is not None
            probe.close()
            if not started:  # killed before the crawl's first commit: start afresh
                self.restart = True
        if journal_path.exists() and self.restart:
            for name in (JOURNAL_NAME, JOURNAL_NAME + "-wal", JOURNAL_NAME + "-shm", CRAWL_WARC, CRAWL_JSON, LOG_NAME):
                (out / name).unlink(missing_ok=True)
            shutil.rmtree(out / SHOTS_DIR, ignore_errors=True)
        elif not journal_path.exists() and (out / CRAWL_WARC).exists() and not self.restart:
            raise BadInput(f"目录 {out} 中已有抓取结果但缺少续抓日志，无法续抓", [Problem("请加 --restart 重新抓取")])
        out.mkdir(parents=True, exist_ok=True)
        existed = journal_path.exists()
        self.journal = Journal(journal_path)
        if existed:
            stored = self.journal.get("options")
            if stored != self.options():
                self.journal.close()
                diffs = [Problem(f"选项 {k}：上次为 {stored.get(k)!r}，本次为 {v!r}")
                         for k, v in self.options().items() if (stored or {}).get(k) != v]
                raise BadInput(f"目录 {out} 中的抓取使用了不同的选项，不能续抓；加 --restart 可清空后重新抓取。", diffs)
            self.resumed = True
            self._restore()
        else:
            self.warc = WarcFile(out / CRAWL_WARC, None, self.s.gzip_level)
            key = canonical(self.seed)
            self.seen.add(hash(key))
            self.spelling[hash(key)] = hash(self.seed)
            self.journal.commit([], [NewURL(self.seed, "page", 0, 0, None, key, HOMEPAGE)], warc_size=self.warc.size,
                                meta={"homepage_chain": self.homepage_chain, "scope": list(self.scope.roots)})
            self.journal.set("options", self.options())  # last: a journal without options is not a crawl yet

    def _restore(self) -> None:
        """Rebuild the in-memory state of an interrupted crawl from its journal."""
        j, db = self.journal, self.journal.db
        self.elapsed_before = float((j.get("stats") or {}).get("elapsed_s") or 0.0)
        for key in j.all_keys():
            self.seen.add(hash(key))
        for key, reason in db.execute("SELECT key, reason FROM pruned"):
            self.pruned_keys[hash(key)] = reason
        for url, trail in db.execute("SELECT url, trail FROM urls WHERE kind = 'page' AND via & ? = 0", (EXEMPT,)):
            self.guard.restore(url, trail)
        for (key,) in db.execute("SELECT key FROM urls WHERE kind = 'page' AND state = 1 AND key LIKE '%/' "
                                 "AND json_extract(result, '$.error') IS NOT NULL"):
            self.failed_dirs.add(hash(key))
        for origin, (status, body) in j.robots().items():
            self.robots[origin] = Robots.from_response(status, body)
        for url, result in db.execute("SELECT url, result FROM urls WHERE kind = 'robots' AND state = 1"):
            entry = json.loads(result)
            self.robots_errors[origin_of(url)] = entry.get("error") if entry.get("status") is None else None
        self.pages_started = j.count("page", DONE)
        for kind in ("attachment", "external", "sitemap"):
            self.counts[kind] = j.count(kind)
        self.counts["sitemap_urls"] = int(db.execute(
            "SELECT COUNT(*) FROM urls WHERE kind = 'page' AND via & ? != 0", (SITEMAP,)).fetchone()[0])
        self.rendered = int(db.execute(
            "SELECT COUNT(*) FROM urls WHERE json_extract(result, '$.rendered_record') IS NOT NULL").fetchone()[0])
        self.alias_count = int(db.execute("SELECT COUNT(*) FROM aliases").fetchone()[0])
        self.requests_before = j.requests()
        self.homepage_chain = j.get("homepage_chain") or self.homepage_chain
        self.homepage = j.get("homepage")
        self.stop_reason = j.get("stop_reason")
        self.unreachable = j.get("unreachable")
        roots = tuple(j.get("scope") or ())
        if roots:
            self.scope = replace(self.scope, roots=roots)
        self.scope_folders = j.get("scope_folders") or []
        if self.scope_folders:
            self.scope = replace(self.scope, folders=tuple(f["folder"] for f in self.scope_folders))
        self.warc = WarcFile(self.out / CRAWL_WARC, int(j.get("warc_size") or 0), self.s.gzip_level)

    async def _io(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)

    # -- main loop --------------------------------------------------------------------------------------
    @property
    def requests(self) -> int:
        return self.requests_before + self.fetcher.requests

    def _kinds(self) -> tuple[str, ...]:
        """The kinds of task that may start now (none once the crawl stops)."""
        if self.interrupted or self.stop_reason in ("unreachable", "robots-unavailable", "max-requests"):
            return ()
        if self.requests >= self.s.request_cap:
            self.stop_reason = "max-requests"
            return ()
        if self.pages_started >= self.s.max_pages:
            self.stop_reason = self.stop_reason or "max-pages"
            return ("sitemap", "attachment", "external")
        return ("page", "sitemap", "attachment", "external")

    async def run(self) -> CrawlResult:
        self._open()
        if self.journal.get("complete"):
            self._write_json(True)
            return self._result(True)
        if self.s.parse_processes > 0:  # fork the parsers before this process starts any thread
            self.parse_pool = ProcessPoolExecutor(self.s.parse_processes, mp_context=multiprocessing.get_context("fork"),
                                                  initializer=_die_with_parent, initargs=(os.getpid(),))
            await asyncio.get_running_loop().run_in_executor(self.parse_pool, parse_page, "", "http://x/")
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self._interrupt)
        last_json = time.monotonic()
        try:
            async with contextlib.AsyncExitStack() as stack:
                self.fetcher = await stack.enter_async_context(Fetcher(self.s, self.gate, self.policy))
                if self.parse_pool is not None:
                    stack.callback(self.parse_pool.shutdown, cancel_futures=True)
                if self.s.render != "never":
                    self.renderer = await self._start_renderer(stack)
                running: dict[int, asyncio.Task[None]] = {}
                while True:
                    free = self.s.concurrency - len(running)
                    tasks: list[Task] = []
                    kinds = self._kinds()
                    if free > 0 and kinds:
                        tasks = await self._io(self.journal.lease, free, kinds, set(running))
                        quota = self.s.max_pages - self.pages_started  # leased pages past the cap stay queued
                        tasks = [t for t in tasks if t.kind != "page" or (quota := quota - 1) >= 0]
                    for task in tasks:
                        if task.kind == "page":
                            self.pages_started += 1
                        running[task.id] = asyncio.create_task(self._process(task))
                    if not running:
                        break
                    if tasks and len(running) < self.s.concurrency:
                        await asyncio.sleep(0)  # let new tasks start, then look for more work
                        done = {i for i, t in running.items() if t.done()}
                    else:
                        finished, _ = await asyncio.wait(running.values(), return_when=asyncio.FIRST_COMPLETED)
                        done = {i for i, t in running.items() if t in finished}
                    for task_id in done:
                        running.pop(task_id).result()
                    self._report()
                    if time.monotonic() - last_json > self.s.json_checkpoint_seconds:
                        await self._io(self._write_json, False)
                        last_json = time.monotonic()
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.remove_signal_handler(sig)
        complete = not self.interrupted
        await self._io(self._finish, complete)
        self.pool.shutdown()
        return self._result(complete)

    def _interrupt(self) -> None:
        self.interrupted = True

    async def _start_renderer(self, stack: contextlib.AsyncExitStack) -> Any:
        """The browser lane, or None with the reason recorded (crawl.json `render`) when it cannot start."""
        try:
            from govweb.collect.netmap import parse_resolve
            from govweb.collect.render import Renderer
        except ImportError as exc:  # the browser lane is not installed
            return self._no_render(f"浏览器渲染组件（playwright）不可用：{exc}")
        if not Path(self.s.chromium_path).is_file():
            return self._no_render(f"找不到浏览器 {self.s.chromium_path}（请安装 Debian 软件包 chromium）")
        renderer = Renderer(executable_path=self.s.chromium_path, pool_size=self.s.render_pool_size,
                            timeout_s=self.s.render_timeout, resolve=parse_resolve(self.s.resolve),
                            user_agent=self.s.user_agent, policy=self.policy)
        try:
            started = await stack.enter_async_context(renderer)
        except (JobFailed, OSError, RuntimeError, TimeoutError) as exc:
            return self._no_render(f"浏览器无法启动：{exc}")
        except Exception as exc:  # Playwright's own errors (a browser that crashes at launch …)
            return self._no_render(f"浏览器无法启动：{type(exc).__name__}: {exc}")
        self.render_state.update(available=True, reason=None)
        return started

    def _no_render(self, reason: str) -> None:
        self.render_state.update(available=False, reason=reason)
        self._log(f"browser lane unavailable: {reason}")
        return None

    def _log(self, text: str) -> None:
        with open(self.out / LOG_NAME, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now().isoformat(timespec='seconds')} {text}\n")

    def _report(self) -> None:
        if self.progress_cb is not None:
            self.progress.pages = self.pages_started
            self.progress_cb(self.progress)

    def _result(self, complete: bool) -> CrawlResult:
        stats = self.journal.get("stats") or {}
        head = self.journal.get("head") or {}
        self.journal.close()
        return CrawlResult(self.out, complete, stats, self.out / CRAWL_JSON, self.out / CRAWL_WARC, head)

    def _finish(self, complete: bool) -> None:
        self.warc.close()
        self.journal.set("complete", complete)
        self._write_json(complete)

    def _stats(self) -> dict[str, Any]:
        db = self.journal.db
        kinds = dict(db.execute("SELECT kind, COUNT(*) FROM urls WHERE state = 1 GROUP BY kind").fetchall())
        errors = dict(db.execute(
            "SELECT json_extract(result, '$.error'), COUNT(*) FROM urls WHERE state = 1 "
            "AND json_extract(result, '$.error') IS NOT NULL GROUP BY 1").fetchall())
        fetched = db.execute("SELECT COUNT(*), COALESCE(SUM(json_extract(result, '$.bytes')), 0) FROM urls "
                             "WHERE state = 1 AND json_extract(result, '$.warc_record') IS NOT NULL").fetchone()
        elapsed = self.elapsed_before + (time.monotonic() - self.progress.started)
        pages = int(kinds.get("page", 0))
        requests = self.requests if hasattr(self, "fetcher") else self.requests_before
        stopped = self.stop_reason or ("interrupted" if self.interrupted else "frontier-empty")
        return {
            "by_kind": kinds, "errors": errors, "fetched": fetched[0], "bytes": fetched[1], "requests": requests,
            "queued": self.journal.count(state=QUEUED), "pruned": self.journal.pruned_counts(),
            "over_cap": {k: v for k, v in self.skipped.items() if v},
            "elapsed_s": round(elapsed, 3), "pages_per_s": round(pages / elapsed, 2) if elapsed else None,
            "stopped": stopped, "unreachable": self.unreachable,
            "blocked": errors.get("blocked", 0) > 0,
        }

    def _render_summary(self) -> dict[str, Any]:
        db = self.journal.db
        scripted = int(db.execute("SELECT COUNT(*) FROM urls WHERE json_extract(result, '$.scripted') IS NOT NULL")
                       .fetchone()[0])
        return {**self.render_state, "max_pages": self.s.max_rendered_pages, "rendered": self.rendered,
                "scripted_pages": scripted}

    def _write_json(self, complete: bool) -> None:
        stats = self._stats()
        self.journal.set("stats", stats)
        found = {"homepage": self.homepage, "homepage_chain": self.homepage_chain, "render": self._render_summary(),
                 "scope": {"hosts": list(self.scope.roots), "folders": self.scope_folders}}
        self.journal.set("head", found)
        head = {"seed": self.seed, "complete": complete, "options": self.options(), **found}
        write_snapshot(self.out / CRAWL_JSON, self.journal, head, stats, self.s.max_pruned_records)

    # -- one task ---------------------------------------------------------------------------------------
    async def _process(self, task: Task) -> None:
        try:
            if task.kind == "page":
                await self._page(task)
            elif task.kind == "sitemap":
                await self._sitemap(task)
            else:
                await self._check(task)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug of ours on a hostile page: an error of that URL, never a dead crawl
            self._log(f"internal error on {task.url}:\n{traceback.format_exc()}")
            entry = page_entry(url=task.url, kind=task.kind, referrer=task.referrer, depth=task.depth,
                               error="internal-error")
            self.progress.errors += 1
            await self._io(self._commit, task, None, entry, [], [], None, None, {"detail": repr(exc)[:300]})

    async def _robots_for(self, url: str) -> Robots:
        origin = origin_of(url)
        if origin in self.robots or not self.s.obey_robots:
            return self.robots.get(origin, Robots())
        async with self.robot_locks.setdefault(origin, asyncio.Lock()):
            if origin in self.robots:
                return self.robots[origin]
            robots_url = origin + "/robots.txt"
            cap = self.s.max_robots_bytes
            got = await self.fetcher.fetch(robots_url, cap=cap, delay=self.s.delay, retries=0)
            if got.status is not None and got.status >= 500 or got.error in ("timeout", "connect", "protocol"):
                # RFC 9309: unavailable; ask once more after a short delay (never a long Retry-After)
                wait = self.s.robots_retry_delay
                await asyncio.sleep(wait)
                again = await self.fetcher.fetch(robots_url, cap=cap, delay=self.s.delay, retries=0)
                again.exchanges[:0] = got.exchanges
                again.requests += got.requests
                got = again
            text = decode_html(got.body, got.content_type).text if got.status and got.status < 300 else None
            rules = Robots.from_response(got.status, text)
            self.robots[origin] = rules
            self.robots_errors[origin] = got.error if got.status is None else None
            new = []
            if self.s.follow_sitemaps:
                for raw in rules.sitemaps:
                    target = try_resolve(robots_url, raw)
                    key = try_canonical(target) if target else None
                    if target and key and self.scope.contains(target) and self._take_sitemap(key):
                        new.append(NewURL(target, "sitemap", 1, 0, robots_url, key, SITEMAP))
            entry = self._entry(got, kind="robots", depth=0, referrer=None)
            self.seen.add(hash(robots_url))
            await self._io(self._commit, None, got, entry, new, [], (origin, got.status, text), None)
            return rules

    def _take_sitemap(self, key: str) -> bool:
        """Count a sitemap file to fetch, within max_sitemap_files."""
        if hash(key) in self.seen:
            return False
        if self.counts["sitemap"] >= self.s.max_sitemap_files:
            self.skipped["sitemap"] += 1
            return False
        self.seen.add(hash(key))
        self.counts["sitemap"] += 1
        return True

    def _delay_for(self, url: str) -> float:
        rules = self.robots.get(origin_of(url))
        robot_delay = rules.crawl_delay(self.s.user_agent) if rules else None
        return max(self.s.delay, min(robot_delay or 0.0, self.s.max_crawl_delay))

    def _entry(self, got: Fetched | None, **values: Any) -> dict[str, Any]:
        if got is not None:
            values.setdefault("url", got.url)
            values.update(status=got.status, content_type=got.content_type, bytes=got.raw_bytes,
                          elapsed_ms=got.elapsed_ms, final_url=got.final_url)
            values.setdefault("error", got.error)
        return page_entry(**values)

    def _follow_page_redirect(self, task: Task, widen: bool) -> Callable[[str], bool]:
        own = try_canonical(task.url)

        def follow(target: str) -> bool:
            key = try_canonical(target)
            if key is None:
                return False
            if widen:  # on the way to the homepage: a redirect elsewhere brings its host into scope
                if not self.scope.contains(target):
                    self.scope = replace(self.scope, roots=(*self.scope.roots, host_of(target)))
                self.seen.add(hash(key))
                return True
            if key == own:  # `/` redirecting to `/index.html`: one page
                return True
            if not self.scope.contains(target) or hash(key) in self.seen:
                return False
            self.seen.add(hash(key))
            return True

        return follow

    async def _page(self, task: Task) -> None:
        base = {"url": task.url, "kind": "page", "referrer": task.referrer, "depth": task.depth}
        on_way = bool(task.via & HOMEPAGE)  # the seed or a hop towards the homepage
        seed = on_way and task.referrer is None
        rules = await self._robots_for(task.url)
        if not rules.allowed(task.url, self.s.user_agent):
            origin = origin_of(task.url)
            error = "robots-disallowed"
            if rules.unavailable:  # no robots.txt answer: the host's own error class when it gave no HTTP answer
                reply = self.robots_errors.get(origin)
                error = reply if reply in NO_RESPONSE else "robots-unavailable"
            meta: dict[str, Any] = {}
            if seed:
                if error in NO_RESPONSE:
                    self.unreachable, self.stop_reason = error, "unreachable"
                else:
                    self.stop_reason = error
                meta = {"stop_reason": self.stop_reason, "unreachable": self.unreachable}
            await self._io(self._commit, task, None, page_entry(**base, error=error), [], [], None, None, meta)
            return
        got = await self.fetcher.fetch(task.url, follow=self._follow_page_redirect(task, on_way),
                                       delay=self._delay_for(task.url), page=True)
        entry = self._entry(got, **base)
        new: list[NewURL] = []
        pruned: list[Pruned] = []
        aliases: list[tuple[str, str]] = []
        unpruned: list[str] = []
        meta = {}
        render: Rendered | None = None
        hop: Hop | None = None
        if seed and got.status is None and got.error in NO_RESPONSE:
            self.unreachable, self.stop_reason = got.error, "unreachable"
            meta.update(stop_reason=self.stop_reason, unreachable=self.unreachable)
        if got.status == 412:
            entry["error"] = "blocked"
        elif got.status is not None and not is_webpage(got.content_type):
            entry["kind"] = "attachment"  # a document behind a page-like URL: only its start was read
            entry["error"] = None if got.status < 400 else "http-status"
        elif got.status is not None and got.body:
            decoded = decode_html(got.body, got.content_type)
            entry["encoding"] = decoded.encoding
            if decoded.error:
                entry["error"] = entry["error"] or "decode-error"
            elif is_blocked(got.status, decoded.text):
                entry["error"] = "blocked"
                if on_way and got.status < 400:  # a browser check that sends the visitor on to a page of the site
                    hop = self._challenge_hop(decoded.text, got.final_url)
            else:
                parsed = await self._parse(decoded.text, got.final_url, decoded.encoding or "utf-8", on_way,
                                           self.s.render != "never")
                entry["scripted"] = parsed.scripted
                entry["bad_links"] = parsed.bad_links or None
                self.skipped["links"] += parsed.dropped
                if on_way and got.status < 400:
                    hop = self._next_hop(parsed.hop)
                if hop is None:
                    render = await self._render(task, got.final_url, parsed.scripted, on_way)
                    landed = render.final_url if render is not None and render.final_url else ""
                    landed_key = try_canonical(landed) if landed else None
                    if landed_key is not None and landed_key != try_canonical(got.final_url):
                        # the page's script sent the browser elsewhere: the DOM is another page's
                        if on_way and self._chain_allows(landed):   # a redirect we could not read
                            hop, render = Hop(landed, "browser-redirect"), None
                        elif not on_way:   # a jump page: keep its own bytes, follow where it leads as a link
                            render = None
                            parsed.links.setdefault(landed, (landed_key, 0))
                if render is not None and render.html:
                    shown = parse_page(render.html, got.final_url, decoded.encoding or "utf-8")
                    parsed.title = parsed.title or shown.title
                    for link, (key, flags) in shown.links.items():
                        old = parsed.links.get(link)
                        parsed.links[link] = (key, flags | (old[1] if old else 0))
                entry["title"] = parsed.title
                if on_way:  # before the links: the next hop is queued as a hop, not as an ordinary link
                    meta.update(self._chain_step(got, hop, new))
                    if hop is None and got.status < 400:
                        meta.update(self._adopt_folder(got.final_url, parsed))
                if got.status < 400 and not got.error:
                    page = _Page(got.final_url, decoded.text, decoded.encoding or "utf-8")
                    self._discover(task, page, parsed.links, new, pruned, aliases, unpruned)
        elif got.status in REDIRECTS and got.final_url != task.url and not got.error:
            target = got.final_url  # a redirect we did not follow: check it if it leaves the site
            key = try_canonical(target)
            if key and not self.scope.contains(target) and hash(key) not in self.seen:
                self.seen.add(hash(key))
                new.append(NewURL(target, "external", task.depth + 1, 2, task.url, key))
        own = try_canonical(task.url)
        if own and own.endswith("/") and entry["error"]:  # a folder that failed: its index.html may still answer
            self.failed_dirs.add(hash(own))
            for spelling in self.folder_spellings.pop(hash(own), []):
                variant = f"{own}#{spelling}"
                if hash(variant) not in self.seen:
                    self.seen.add(hash(variant))
                    new.append(NewURL(spelling, "page", task.depth, 1, task.referrer, variant, task.via, task.trail,
                                      task.hops))
        if on_way and "homepage_chain" not in meta:  # an answer that is not a page ends the chain here
            meta.update(self._chain_step(got, hop, new))
        self.progress.errors += entry["error"] is not None
        await self._io(self._commit, task, got, entry, new, pruned, None, render, meta, aliases, unpruned)
        if render is not None and render.png:
            await self._io(self._save_screenshot, task.url, render.png)

    def _chain_allows(self, url: str) -> bool:
        return len(self.homepage_chain) <= self.s.max_homepage_hops and all(
            step["url"] != url for step in self.homepage_chain)

    def _challenge_hop(self, html: str, url: str) -> Hop | None:
        """A challenge page's own redirect (its script or meta refresh) to another page of the site: the way a
        visitor's browser goes on once the check passes. Followed like any hop; without the check's cookie the
        next page is read as it answers (a challenge again stays "blocked")."""
        hop = next_hop(html, url)
        if hop is None or hop.reason not in (SCRIPT_REDIRECT, META_REFRESH) or not self.scope.contains(hop.url):
            return None
        return self._next_hop(hop)

    def _next_hop(self, hop: Hop | None) -> Hop | None:
        if hop is None or not self._chain_allows(hop.url):
            return None
        if hop.reason == SPLASH and not self.scope.contains(hop.url):
            return None  # a splash page's only link leaves the site: not the way in
        return hop

    def _chain_step(self, got: Fetched, hop: Hop | None, new: list[NewURL]) -> dict[str, Any]:
        """Extend the homepage chain by this fetch's redirects and its next hop (queued first), or end it here."""
        chain = self.homepage_chain
        previous = got.exchanges[0] if got.exchanges else None
        for ex in got.exchanges[1:]:
            if previous is not None and ex.url != previous.url:
                chain.append({"url": ex.url, "reason": f"http-{previous.status}"})
            previous = ex
        if hop is None:
            self.homepage = got.final_url if got.status is not None else got.url
            return {"homepage_chain": chain, "homepage": self.homepage}
        chain.append({"url": hop.url, "reason": hop.reason})
        if not self.scope.contains(hop.url):
            self.scope = replace(self.scope, roots=(*self.scope.roots, host_of(hop.url)))
        key = try_canonical(hop.url) or hop.url
        if hash(key) in self.seen:  # `/` sending on to `/index.shtml`, one canonical key: fetch it all the same
            key = f"{key}#{hop.url}"
        self.seen.add(hash(key))
        self.spelling.setdefault(hash(key), hash(hop.url))
        new.insert(0, NewURL(hop.url, "page", 0, -1, got.url, key, HOMEPAGE))
        return {"homepage_chain": chain, "scope": list(self.scope.roots)}

    def _adopt_folder(self, homepage: str, parsed: ParsedPage) -> dict[str, Any]:
        """Widen the scope to the folder of another host the homepage shows to be the site's (its `<base href>`, or
        most of its navigation: `urls.site_folder`), before its links are read; the journal meta to save."""
        if not self.scope.site:  # hosts only (include_platform off)
            return {}
        nav = [url for url, (_, flags) in parsed.links.items() if flags & NAV]
        found = site_folder(homepage, parsed.base, nav, self.scope)
        if found is None:
            return {}
        folder, reason = found
        self.scope_folders.append({"folder": folder, "reason": reason, "homepage": homepage})
        self.scope = replace(self.scope, folders=(*self.scope.folders, folder))
        self._log(f"scope widened to {folder} ({reason} of {homepage})")
        return {"scope_folders": self.scope_folders}

    async def _parse(self, html: str, url: str, encoding: str, homepage: bool, scripts: bool) -> ParsedPage:
        if self.parse_pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self.parse_pool, _parse_remote, html, url, encoding, homepage, scripts, self.s.max_links_per_page)
            except BrokenProcessPool:  # a parser process died: parse here from now on
                self.parse_pool = None
        return parse_page(html, url, encoding, homepage=homepage, scripts=scripts, max_links=self.s.max_links_per_page)

    async def _render(self, task: Task, url: str, scripted: str | None, homepage: bool) -> Rendered | None:
        """The browser lane: the homepage and pages whose content looks written by script (every page with
        --render always), at most max_rendered_pages per site."""
        if self.renderer is None:
            return None
        if not (homepage or self.s.render == "always" or scripted):
            return None
        if self.rendered >= self.s.max_rendered_pages and not homepage:
            return None
        self.rendered += 1
        res = await self.renderer.render(url, screenshot=homepage and self.s.screenshot_homepage)
        if res.error:
            return None
        return Rendered(res.html, res.screenshot_png, res.taken_at, res.final_url)

    def _save_screenshot(self, url: str, png: bytes) -> None:
        name = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".png"
        with atomic_open(self.out / SHOTS_DIR / name, "wb") as fh:
            fh.write(png)

    def _discover(self, task: Task, page: _Page, links: dict[str, tuple[str, int]], new: list[NewURL],
                  pruned: list[Pruned], aliases: list[tuple[str, str]], unpruned: list[str]) -> None:
        s = self.s
        here = page.url
        for url, (key, flags) in links.items():
            h = hash(key)
            if h in self.seen:
                if h in self.pruned_keys and self._pardoned(url, flags, page, self.pruned_keys[h]):
                    del self.pruned_keys[h]  # pruned before, now found where no trap feeds it: crawl it after all
                    unpruned.append(key)
                elif h in self.failed_dirs and url != key and hash(f"{key}#{url}") not in self.seen:
                    key = f"{key}#{url}"  # the folder failed: try this spelling (index.html) as well
                    h = hash(key)
                else:
                    self._alias(h, key, url, aliases)
                    continue
            self.seen.add(h)
            self.spelling[h] = hash(url)
            if extension_of(url) in s.attachment_extensions:
                self._check_later(url, key, "attachment", task.depth + 1, task.url, s.check_attachments,
                                  s.attachment_cap, new)
            elif self.scope.contains(url):
                if is_pagination(url, here):
                    flags |= PAGER  # the same list, another page: a link further, but no deeper into the site
                hops = task.hops + (0 if flags & PAGER else 1)
                trail = self.guard.trail(url, flags, here, task.trail)
                reason = self.guard.check(url, hops, flags, trail, lambda url=url: url in page.items)
                if reason:
                    self.pruned_keys[h] = reason
                    pruned.append(Pruned(url, key, reason, task.url, task.depth + 1))
                else:
                    prio = 0 if flags & NAV or _COLUMN_PATH.search(url.split("?", 1)[0]) else 1
                    new.append(NewURL(url, "page", task.depth + 1, prio, task.url, key, flags, trail, hops))
            else:
                self._check_later(url, key, "external", task.depth + 1, task.url, s.check_external, s.external_cap,
                                  new)

    @staticmethod
    def _pardoned(url: str, flags: int, page: _Page, reason: str) -> bool:
        """Whether a URL pruned as a trap, found again, is crawled after all: found in a sitemap, on the way to the
        homepage, as a list item or through pagination, or — pruned as fed by its own pattern — on a page of another
        pattern (so not fed only by its own pages)."""
        if flags & EXEMPT or reason in ("pattern", "random") and url_pattern(url).text != url_pattern(page.url).text:
            return True
        return reason != "depth" and (is_pagination(url, page.url) or url in page.items)

    def _check_later(self, url: str, key: str, kind: str, depth: int, referrer: str, enabled: bool, cap: int,
                     new: list[NewURL]) -> None:
        if not enabled:
            return
        if self.counts[kind] >= cap:
            self.skipped[kind] += 1
            return
        self.counts[kind] += 1
        new.append(NewURL(url, kind, depth, 2 if kind == "attachment" else 3, referrer, key))

    def _alias(self, h: int, key: str, url: str, aliases: list[tuple[str, str]]) -> None:
        """Record `url` as another spelling of the page under `key` (bounded)."""
        first = self.spelling.get(h)
        if first is None or first == hash(url):
            return
        if key.endswith("/") and h not in self.failed_dirs:  # kept to try if the folder fails
            spellings = self.folder_spellings.setdefault(h, [])
            if len(spellings) < 3 and url not in spellings:
                spellings.append(url)
        if self.alias_count >= MAX_ALIASES:
            return
        seen = hash(("alias", url))
        if seen in self.seen:
            return
        self.seen.add(seen)
        self.alias_count += 1
        aliases.append((key, url))

    async def _check(self, task: Task) -> None:
        """An attachment or an external link: HEAD, then a short ranged GET if HEAD is refused or times out (a
        host that refused the connection is not asked again)."""
        got = await self.fetcher.fetch(task.url, method="HEAD", delay=self._delay_for(task.url))
        if got.error == "timeout" or got.status in CHECK_FALLBACK:
            headed = got
            got = await self.fetcher.fetch(task.url, cap=self.s.check_bytes, delay=self._delay_for(task.url),
                                           headers={"Range": f"bytes=0-{self.s.check_bytes - 1}"})
            got.exchanges[:0] = headed.exchanges
            got.requests += headed.requests
        entry = self._entry(got, url=task.url, kind=task.kind, referrer=task.referrer, depth=task.depth)
        if got.status in (200, 206) and got.error == "too-large":
            entry["error"] = None
        self.progress.checks += 1
        await self._io(self._commit, task, got, entry, [], [], None, None)

    async def _sitemap(self, task: Task) -> None:
        """A sitemap or sitemap index, read as a stream within max_sitemap_bytes; its URLs within
        max_sitemap_urls (all sitemaps together), nested indexes within max_sitemap_depth and max_sitemap_files."""
        s = self.s
        got = await self.fetcher.fetch(task.url, delay=self._delay_for(task.url), decode=False)
        entry = self._entry(got, url=task.url, kind="sitemap", referrer=task.referrer, depth=task.depth)
        new: list[NewURL] = []
        if got.status == 200 and not got.error:
            room = max(0, s.max_sitemap_urls - self.counts["sitemap_urls"])
            scan = scan_sitemap(got.body, got.content_encoding, s.max_sitemap_bytes, room + 1)
            entry["error"] = scan.error
            bad: list[str] = []
            for loc in scan.locs:
                target = try_resolve(task.url, loc)
                key = try_canonical(target) if target else None
                if target is None or key is None:
                    if len(bad) < 5:
                        bad.append(loc[:300])
                    continue
                if not self.scope.contains(target) or hash(key) in self.seen:
                    continue
                if scan.index:
                    if task.depth < s.max_sitemap_depth and self._take_sitemap(key):
                        new.append(NewURL(target, "sitemap", task.depth + 1, 0, task.url, key, SITEMAP))
                    elif task.depth >= s.max_sitemap_depth:
                        self.skipped["sitemap"] += 1
                elif self.counts["sitemap_urls"] < s.max_sitemap_urls:
                    self.counts["sitemap_urls"] += 1
                    self.seen.add(hash(key))
                    self.spelling[hash(key)] = hash(target)
                    new.append(NewURL(target, "page", 1, 1, task.url, key, SITEMAP))
                else:
                    self.skipped["sitemap_urls"] += 1
            entry["bad_links"] = bad or None
        await self._io(self._commit, task, got, entry, new, [], None, None)

    # -- journal thread ---------------------------------------------------------------------------------
    def _commit(self, task: Task | None, got: Fetched | None, entry: dict[str, Any], new: list[NewURL],
                pruned: list[Pruned], robots: tuple[str, int | None, str | None] | None,
                render: Rendered | None, meta: dict[str, Any] | None = None,
                aliases: list[tuple[str, str]] | None = None, unpruned: list[str] | None = None) -> None:
        """Archive the exchanges, then commit the result with the new WARC size in one transaction."""
        if got is not None:
            for ex in got.exchanges:  # the last response (after redirects) is the page's record
                entry["warc_record"] = self.warc.add_exchange(ex)
            if render is not None and entry.get("warc_record"):
                entry["rendered_record"] = self.warc.add_conversion(entry["url"], render.html, entry["warc_record"])
                if render.png:
                    self.warc.add_screenshot(entry["url"], render.png, entry["warc_record"], render.taken_at)
        size = self.warc.commit()
        requests = got.requests if got is not None else 0
        if meta and "detail" in meta:
            entry["detail"] = meta.pop("detail")
        if task is None:  # robots.txt: recorded as a finished task of its own
            self.journal.commit([], new, warc_size=size, robots=robots,
                                finished=[(NewURL(entry["url"], "robots", 0, 0, None), entry, requests)], meta=meta)
        else:
            self.journal.commit([(task.id, entry, requests)], new, pruned, warc_size=size, meta=meta,
                                aliases=aliases or (), unpruned=unpruned or ())


class _Page:
    """A fetched page as the trap guard may ask about it: its list items are found only if asked (rarely)."""

    def __init__(self, url: str, html: str, encoding: str) -> None:
        self.url = url
        self.html = html
        self.encoding = encoding

    @cached_property
    def items(self) -> set[str]:
        return list_items(self.html, self.url, self.encoding)


def _parse_remote(html: str, url: str, encoding: str, homepage: bool, scripts: bool, max_links: int) -> ParsedPage:
    return parse_page(html, url, encoding, homepage=homepage, scripts=scripts, max_links=max_links)
