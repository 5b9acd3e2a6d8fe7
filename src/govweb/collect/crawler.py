"""The crawl engine: leases tasks from the journal, fetches, parses, archives and commits each one.

Threads: the event loop fetches and parses; one journal thread owns the SQLite journal and the WARC file
(record building, gzip compression, commits), so compression overlaps with fetching.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gzip
import hashlib
import multiprocessing
import os
import re
import shutil
import signal
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from govweb.collect.blocked import is_blocked
from govweb.collect.decode import decode_html
from govweb.collect.fetch import REDIRECTS, Fetched, Fetcher, is_webpage
from govweb.collect.guard import operator_policy
from govweb.collect.journal import DONE, QUEUED, Journal, NewURL, Task
from govweb.collect.links import ParsedPage, parse_page
from govweb.collect.politeness import HostGate
from govweb.collect.robots import Robots
from govweb.collect.settings import CrawlSettings
from govweb.collect.snapshot import page_entry, write_snapshot
from govweb.collect.traps import TrapGuard
from govweb.collect.urls import (
    Scope,
    UnsupportedURL,
    absolute,
    canonicalize,
    extension_of,
    host_of,
    origin_of,
)
from govweb.collect.warc import WarcFile
from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open

WARC_NAME = "crawl.warc.gz"
JSON_NAME = "crawl.json"
JOURNAL_NAME = "crawl.journal.sqlite"
SCREENSHOTS = "screenshots"
CHECK_FALLBACK = frozenset({400, 403, 404, 405, 406, 500, 501, 502, 503})  # HEAD answers that GET may contradict
_COLUMN_PATH = re.compile(r"(/|/index\.s?html?|/list[^/]*|/lm[^/]*|/col[^/]*|/node_\d+\.html?)$", re.I)
_LOC = re.compile(rb"<loc>\s*(.*?)\s*</loc>", re.S | re.I)


@dataclass
class CrawlResult:
    out_dir: Path
    complete: bool
    stats: dict[str, Any]
    json_path: Path
    warc_path: Path


@dataclass(frozen=True)
class Rendered:
    html: str
    png: bytes | None
    taken_at: datetime | None


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
    """The canonical seed URL, or BadInput (exit 2) for an invalid URL or an unsupported scheme."""
    text = seed.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme and scheme not in ("http", "https") and "://" in text:
        raise BadInput(f"不支持的网址协议「{scheme}」：{seed}", [Problem("只能抓取 http:// 或 https:// 开头的网址")])
    try:
        return canonicalize(text)
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
        self.scope = Scope.for_seed(self.seed, settings.include_subdomains, settings.extra_hosts)
        self.policy = operator_policy([self.seed], settings.resolve, settings.extra_hosts, settings.allow_private)
        self.guard = TrapGuard(settings, max_year=date.today().year + 1)
        self.seen: set[int] = set()
        self.robots: dict[str, Robots] = {}
        self.robot_locks: dict[str, asyncio.Lock] = {}
        self.gate = HostGate()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govweb-journal")
        self.parse_pool: ProcessPoolExecutor | None = None
        self.progress = Progress(max_pages=settings.max_pages)
        self.pages_started = 0
        self.externals = 0
        self.stop_reason: str | None = None
        self.interrupted = False
        self.renderer: Any = None
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
            probe = Journal(journal_path)
            started = probe.get("options") is not None
            probe.close()
            if not started:  # killed before the crawl's first commit: start afresh
                self.restart = True
        if journal_path.exists() and self.restart:
            for name in (JOURNAL_NAME, JOURNAL_NAME + "-wal", JOURNAL_NAME + "-shm", WARC_NAME, JSON_NAME):
                (out / name).unlink(missing_ok=True)
            shutil.rmtree(out / SCREENSHOTS, ignore_errors=True)
        elif not journal_path.exists() and (out / WARC_NAME).exists() and not self.restart:
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
            self.elapsed_before = float((self.journal.get("stats") or {}).get("elapsed_s") or 0.0)
            for url in self.journal.all_urls():
                self.seen.add(hash(url))
            for row in self.journal.db.execute("SELECT url, depth FROM urls WHERE kind = 'page'"):
                self.guard.check(row[0], row[1])
            self.guard.pruned.clear()
            for (url,) in self.journal.db.execute("SELECT url FROM pruned"):
                self.seen.add(hash(url))
            for origin, (status, body) in self.journal.robots().items():
                self.robots[origin] = Robots.from_response(status, body)
            self.pages_started = self.journal.count("page", DONE)
            self.warc = WarcFile(out / WARC_NAME, int(self.journal.get("warc_size") or 0), self.s.gzip_level)
        else:
            self.warc = WarcFile(out / WARC_NAME, None, self.s.gzip_level)
            self.seen.add(hash(self.seed))
            self.journal.commit([], [NewURL(self.seed, "page", 0, 0, None)], warc_size=self.warc.size)
            self.journal.set("options", self.options())  # last: a journal without options is not a crawl yet

    async def _io(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)

    # -- main loop --------------------------------------------------------------------------------------
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
                    if free > 0 and not self.interrupted:
                        kinds: tuple[str, ...] = ("page", "sitemap", "attachment", "external")
                        if self.pages_started >= self.s.max_pages:
                            kinds = ("sitemap", "attachment", "external")
                            self.stop_reason = "max-pages"
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
                        running.pop(task_id).result()  # re-raise crashes of our own code
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
        try:
            from govweb.collect.netmap import parse_resolve
            from govweb.collect.render import Renderer
        except ImportError:  # the browser lane is not installed
            return None
        renderer = Renderer(executable_path=self.s.chromium_path, pool_size=self.s.render_pool_size,
                            timeout_s=self.s.render_timeout, resolve=parse_resolve(self.s.resolve),
                            user_agent=self.s.user_agent, policy=self.policy)
        return await stack.enter_async_context(renderer)

    def _report(self) -> None:
        if self.progress_cb is not None:
            self.progress.pages = self.pages_started
            self.progress_cb(self.progress)

    def _result(self, complete: bool) -> CrawlResult:
        stats = self.journal.get("stats") or {}
        self.journal.close()
        return CrawlResult(self.out, complete, stats, self.out / JSON_NAME, self.out / WARC_NAME)

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
        return {
            "by_kind": kinds, "errors": errors, "fetched": fetched[0], "bytes": fetched[1],
            "queued": self.journal.count(state=QUEUED), "pruned": self.journal.pruned_counts(),
            "elapsed_s": round(elapsed, 3), "pages_per_s": round(pages / elapsed, 2) if elapsed else None,
            "stopped": self.stop_reason or ("interrupted" if self.interrupted else "frontier-empty"),
            "blocked": errors.get("blocked", 0) > 0,
        }

    def _write_json(self, complete: bool) -> None:
        stats = self._stats()
        self.journal.set("stats", stats)
        head = {"seed": self.seed, "complete": complete, "options": self.options()}
        write_snapshot(self.out / JSON_NAME, self.journal, head, stats, self.s.max_pruned_records)

    # -- one task ---------------------------------------------------------------------------------------
    async def _process(self, task: Task) -> None:
        if task.kind == "page":
            await self._page(task)
        elif task.kind == "sitemap":
            await self._sitemap(task)
        else:
            await self._check(task)

    async def _robots_for(self, url: str) -> Robots:
        origin = origin_of(url)
        if origin in self.robots or not self.s.obey_robots:
            return self.robots.get(origin, Robots())
        async with self.robot_locks.setdefault(origin, asyncio.Lock()):
            if origin in self.robots:
                return self.robots[origin]
            robots_url = origin + "/robots.txt"
            got = await self.fetcher.fetch(robots_url, cap=512 * 1024, delay=self.s.delay)
            text = decode_html(got.body, got.content_type).text if got.status and got.status < 300 else None
            rules = Robots.from_response(got.status, text)
            self.robots[origin] = rules
            new = []
            if self.s.follow_sitemaps:
                for raw in rules.sitemaps:
                    target = absolute(robots_url, raw)
                    if target and self.scope.contains(target) and self._mark(target):
                        new.append(NewURL(target, "sitemap", 1, 0, robots_url))
            entry = self._entry(got, kind="robots", depth=0, referrer=None)
            self.seen.add(hash(robots_url))
            await self._io(self._commit, None, got, entry, new, [], (origin, got.status, text), None)
            return rules

    def _delay_for(self, url: str) -> float:
        rules = self.robots.get(origin_of(url))
        robot_delay = rules.crawl_delay(self.s.user_agent) if rules else None
        return max(self.s.delay, min(robot_delay or 0.0, self.s.max_crawl_delay))

    def _mark(self, url: str) -> bool:
        """Add `url` to the seen set; False when it was already there."""
        key = hash(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def _entry(self, got: Fetched | None, **values: Any) -> dict[str, Any]:
        if got is not None:
            values.setdefault("url", got.url)
            values.update(status=got.status, content_type=got.content_type, bytes=got.raw_bytes,
                          elapsed_ms=got.elapsed_ms, final_url=got.final_url)
            values.setdefault("error", got.error)
        return page_entry(**values)

    def _follow_page_redirect(self, seed: bool) -> Callable[[str], bool]:
        def follow(target: str) -> bool:
            if seed:  # a seed that redirects elsewhere brings its target host into scope
                if not self.scope.contains(target):
                    self.scope = replace(self.scope, roots=(*self.scope.roots, host_of(target)))
                self.seen.add(hash(target))
                return True
            return self.scope.contains(target) and self._mark(target)

        return follow

    async def _page(self, task: Task) -> None:
        rules = await self._robots_for(task.url)
        base = {"url": task.url, "kind": "page", "referrer": task.referrer, "depth": task.depth}
        if not rules.allowed(task.url, self.s.user_agent):
            await self._io(self._commit, task, None, page_entry(**base, error="robots-disallowed"), [], [], None, None)
            return
        seed = task.depth == 0 and task.referrer is None
        got = await self.fetcher.fetch(task.url, follow=self._follow_page_redirect(seed), delay=self._delay_for(task.url),
                                       page=True)
        entry = self._entry(got, **base)
        new: list[NewURL] = []
        pruned: list[tuple[str, str, str | None, int]] = []
        render: Rendered | None = None
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
            else:
                parsed = await self._parse(decoded.text, got.final_url)
                render = await self._render(task, decoded.text)
                if render is not None and render.html:
                    shown = parse_page(render.html, got.final_url)
                    parsed.title = parsed.title or shown.title
                    for link, nav in shown.links.items():
                        parsed.links[link] = parsed.links.get(link, False) or nav
                entry["title"] = parsed.title
                if got.status < 400 and not got.error:
                    self._discover(task, parsed.links, new, pruned)
        elif got.status in REDIRECTS and got.final_url != task.url and not got.error:
            target = got.final_url  # a redirect we did not follow: check it if it leaves the site
            if not self.scope.contains(target) and self._mark(target):
                new.append(NewURL(target, "external", task.depth + 1, 2, task.url))
        self.progress.errors += entry["error"] is not None
        await self._io(self._commit, task, got, entry, new, pruned, None, render)
        if render is not None and render.png:
            await self._io(self._save_screenshot, task.url, render.png)

    async def _parse(self, html: str, url: str) -> ParsedPage:
        if self.parse_pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self.parse_pool, parse_page, html, url)
            except BrokenProcessPool:  # a parser process died: parse here from now on
                self.parse_pool = None
        return parse_page(html, url)

    async def _render(self, task: Task, html: str) -> Rendered | None:
        """The browser lane: every page with --render always, script-built ones and the homepage with auto."""
        if self.renderer is None:
            return None
        from govweb.collect.render import needs_render

        homepage = task.depth == 0
        if not (self.s.render == "always" or homepage or needs_render(html)):
            return None
        res = await self.renderer.render(task.url, screenshot=homepage and self.s.screenshot_homepage)
        if res.error:
            return None
        return Rendered(res.html, res.screenshot_png, res.taken_at)

    def _save_screenshot(self, url: str, png: bytes) -> None:
        name = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".png"
        with atomic_open(self.out / SCREENSHOTS / name, "wb") as fh:
            fh.write(png)

    def _discover(self, task: Task, links: dict[str, bool], new: list[NewURL],
                  pruned: list[tuple[str, str, str | None, int]]) -> None:
        s = self.s
        depth = task.depth + 1
        for url, nav in links.items():
            key = hash(url)
            if key in self.seen:
                continue
            self.seen.add(key)
            in_scope = self.scope.contains(url)
            if extension_of(url) in s.attachment_extensions:
                if s.check_attachments:
                    new.append(NewURL(url, "attachment", depth, 2, task.url))
            elif in_scope:
                reason = self.guard.check(url, depth)
                if reason:
                    pruned.append((url, reason, task.url, depth))
                else:
                    prio = 0 if nav or _COLUMN_PATH.search(url.split("?", 1)[0]) else 1
                    new.append(NewURL(url, "page", depth, prio, task.url))
            elif s.check_external and self.externals < s.max_external_checks:
                self.externals += 1
                new.append(NewURL(url, "external", depth, 3, task.url))

    async def _check(self, task: Task) -> None:
        """An attachment or an external link: HEAD, then a short ranged GET if HEAD is refused or fails."""
        got = await self.fetcher.fetch(task.url, method="HEAD", delay=self._delay_for(task.url))
        if got.error in ("connect", "timeout") or got.status in CHECK_FALLBACK:
            headed = got
            got = await self.fetcher.fetch(task.url, cap=self.s.check_bytes, delay=self._delay_for(task.url),
                                           headers={"Range": f"bytes=0-{self.s.check_bytes - 1}"})
            got.exchanges[:0] = headed.exchanges
        entry = self._entry(got, url=task.url, kind=task.kind, referrer=task.referrer, depth=task.depth)
        if got.status in (200, 206) and got.error == "too-large":
            entry["error"] = None
        self.progress.checks += 1
        await self._io(self._commit, task, got, entry, [], [], None, None)

    async def _sitemap(self, task: Task) -> None:
        got = await self.fetcher.fetch(task.url, delay=self._delay_for(task.url))
        body = got.body
        if body[:2] == b"\x1f\x8b":
            with contextlib.suppress(OSError, EOFError):
                body = gzip.decompress(body)[: self.s.max_bytes]
        new: list[NewURL] = []
        if got.status == 200:
            nested = b"<sitemapindex" in body[:2048].lower()
            for raw in _LOC.findall(body)[: self.s.max_sitemap_urls]:
                target = absolute(task.url, raw.decode("utf-8", "replace").replace("&amp;", "&"))
                if target and self.scope.contains(target) and self._mark(target):
                    kind = "sitemap" if nested else "page"
                    new.append(NewURL(target, kind, 1, 1 if kind == "page" else 0, task.url))
        entry = self._entry(got, url=task.url, kind="sitemap", referrer=task.referrer, depth=task.depth)
        await self._io(self._commit, task, got, entry, new, [], None, None)

    # -- journal thread ---------------------------------------------------------------------------------
    def _commit(self, task: Task | None, got: Fetched | None, entry: dict[str, Any], new: list[NewURL],
                pruned: list[tuple[str, str, str | None, int]], robots: tuple[str, int | None, str | None] | None,
                render: Rendered | None) -> None:
        """Archive the exchanges, then commit the result with the new WARC size in one transaction."""
        if got is not None:
            for ex in got.exchanges:  # the last response (after redirects) is the page's record
                entry["warc_record"] = self.warc.add_exchange(ex)
            if render is not None and entry.get("warc_record"):
                entry["rendered_record"] = self.warc.add_conversion(entry["url"], render.html, entry["warc_record"])
                if render.png:
                    self.warc.add_screenshot(entry["url"], render.png, entry["warc_record"], render.taken_at)
        size = self.warc.commit()
        if task is None:  # robots.txt: recorded as a finished task of its own
            self.journal.commit([], new, warc_size=size, robots=robots,
                                finished=[(NewURL(entry["url"], "robots", 0, 0, None), entry)])
        else:
            self.journal.commit([(task.id, entry)], new, pruned, warc_size=size)
