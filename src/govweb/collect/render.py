"""The browser lane: render script-built pages with Debian chromium through Playwright, and take dated
full-page screenshots for evidence.

    async with Renderer(executable_path="/usr/bin/chromium", pool_size=2, timeout_s=30, resolve=mapping) as r:
        res = await r.render(url, screenshot=True)   # RenderResult(html, screenshot_png, elapsed_ms, error, …)

A render never raises and never outlives `timeout_s` (plus a few seconds to recycle a stuck page); a crashed
browser is relaunched. `needs_render(html)` (from `render_detect`) says which pages need the lane. Every
connection the browser makes goes through the address guard (`browser_guard.BrowserGuard`, which also applies the
resolve map): a frame, script or image on a forbidden address is not loaded and is listed in `blocked`; a page
that is itself refused fails with `address-blocked`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from govweb.collect.browser_guard import BrowserGuard
from govweb.collect.guard import ERROR_CLASS, AddressPolicy, operator_policy
from govweb.collect.netmap import ResolveMap, iso_cst, now_cst
from govweb.collect.render_detect import needs_render
from govweb.device import DESKTOP_WIDTH
from govweb.errors import JobFailed
from govweb.fsutil import atomic_open

if TYPE_CHECKING:
    from datetime import datetime

    from playwright.async_api import Browser, BrowserContext, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
)
VIEWPORT = {"width": DESKTOP_WIDTH, "height": 900}
LOAD_SHARE = 0.6  # share of the budget allowed for the `load` event once the DOM is ready
SETTLE_MS = 2000  # at most this long after `load` waiting for the network to go quiet (AJAX-filled lists)
QUIET_MS = 150  # quiet = no request in flight for this long
CLOSE_TIMEOUT_S = 5.0
HANG_SLACK_S = 1.0
RECYCLE_AFTER = 200  # renders per page before it is replaced (keeps long crawls from accumulating memory)  # past the budget, a call that ignores its timeout (a page spinning in JS) is abandoned

__all__ = ["RenderResult", "Renderer", "Screenshot", "needs_render", "screenshot_name", "take_screenshots"]


@dataclass(frozen=True)
class RenderResult:
    html: str
    screenshot_png: bytes | None
    elapsed_ms: int
    error: str | None  # None, or a crawl error class: timeout, dns, connect, tls, render (anything else)
    taken_at: datetime | None = None  # when the DOM/screenshot was captured (+08:00); None on failure
    final_url: str | None = None
    status: int | None = None
    blocked: tuple[str, ...] = ()  # sub-resources and frames the address guard refused


def screenshot_name(url: str) -> str:
    """`<sha1(url)[:16]>.png`, the file name screenshots of `url` get."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".png"


def _classify(message: str) -> str:
    msg = message.upper()
    if "ERR_NAME_NOT_RESOLVED" in msg or "ERR_NAME_RESOLUTION" in msg:
        return "dns"
    if "ERR_CERT" in msg or "ERR_SSL" in msg:
        return "tls"
    if "TIMEOUT" in msg or "ERR_TIMED_OUT" in msg:
        return "timeout"
    if any(k in msg for k in ("ERR_CONNECTION", "ERR_ADDRESS", "ERR_EMPTY_RESPONSE", "ERR_SOCKET", "ERR_SOCKS",
                              "ERR_PROXY")):
        return "connect"
    return "render"


class Renderer:
    """A Chromium with a small pool of pages; `render` borrows one page per call. `policy` is the address guard's
    (default: only the hosts of `resolve` are operator-named)."""

    def __init__(
        self, executable_path: str = CHROMIUM, pool_size: int = 2, timeout_s: float = 30,
        resolve: ResolveMap | None = None, *, user_agent: str | None = None, policy: AddressPolicy | None = None,
    ) -> None:
        self.executable_path = executable_path
        self.pool_size = max(1, pool_size)
        self.timeout_s = timeout_s
        self.resolve = resolve
        self.user_agent = user_agent
        self.policy = policy or operator_policy(resolve=resolve or {})
        self._guard: BrowserGuard | None = None
        self._blocked: dict[int, list[str]] = {}  # id(page) -> refused URLs of the render in progress
        self._failed_navigation: dict[int, str] = {}  # id(page) -> the last main-frame request that failed
        self._pw: Playwright | None = None
        self._browser: Browser | None = None
        self._context: BrowserContext | None = None
        self._pool: asyncio.Queue[Page | None] = asyncio.Queue()  # None: the browser is gone for good
        self._relaunch_lock = asyncio.Lock()
        self._uses: dict[int, int] = {}  # id(page) -> renders done
        self._inflight: dict[int, int] = {}  # id(page) -> requests in flight
        self.renders = 0
        self.failures = 0

    async def __aenter__(self) -> Renderer:
        from playwright.async_api import async_playwright

        if not Path(self.executable_path).is_file():
            raise JobFailed(
                f"找不到浏览器 {self.executable_path}：请安装 Debian 软件包 chromium（apt-get install chromium），"
                "或指定其路径。"
            )
        self._guard = await BrowserGuard(self.policy, self.resolve).__aenter__()
        self._pw = await async_playwright().start()
        try:
            await self._launch()
        except BaseException:
            await self._pw.stop()
            await self._guard.__aexit__(None, None, None)
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._shutdown_browser()
        if self._pw is not None:
            with contextlib.suppress(Exception):
                await self._pw.stop()
            self._pw = None
        if self._guard is not None:
            await self._guard.__aexit__(exc_type, exc, tb)
            self._guard = None

    async def _launch(self) -> None:
        assert self._pw is not None and self._guard is not None
        args = [*CHROMIUM_ARGS, *self._guard.chromium_args()]
        self._browser = await self._pw.chromium.launch(
            executable_path=self.executable_path, args=args, headless=True, timeout=60_000
        )
        options: dict[str, Any] = {
            "ignore_https_errors": True, "service_workers": "block", "accept_downloads": False,
            "viewport": VIEWPORT, "locale": "zh-CN", "timezone_id": "Asia/Shanghai",
        }
        if self.user_agent:
            options["user_agent"] = self.user_agent
        self._context = await self._browser.new_context(**options)
        while not self._pool.empty():  # pages of a dead browser; waiters keep the same queue
            self._pool.get_nowait()
        for _ in range(self.pool_size):
            self._pool.put_nowait(await self._new_page())

    async def _new_page(self) -> Page:
        assert self._context is not None
        page = await self._context.new_page()
        key = id(page)
        self._inflight[key] = 0

        def started(_: object) -> None:
            self._inflight[key] = self._inflight.get(key, 0) + 1

        def ended(_: object) -> None:
            self._inflight[key] = max(0, self._inflight.get(key, 0) - 1)

        def failed(request: Any) -> None:
            ended(request)
            if self._guard is not None and self._guard.failure(request.url) == ERROR_CLASS:
                self._blocked.setdefault(key, []).append(request.url)
            if request.is_navigation_request() and request.frame == page.main_frame:
                self._failed_navigation[key] = request.url

        page.on("request", started)
        page.on("requestfinished", ended)
        page.on("requestfailed", failed)
        page.on("popup", lambda popup: asyncio.ensure_future(popup.close()))
        return page

    async def settle(self, page: Page, limit_ms: float) -> None:
        """Wait until no request has been in flight for QUIET_MS (scripts filling lists), at most `limit_ms`."""
        key, quiet_since = id(page), None
        deadline = time.perf_counter() + limit_ms / 1000
        while time.perf_counter() < deadline:
            now = time.perf_counter()
            if self._inflight.get(key, 0) == 0:
                quiet_since = quiet_since or now
                if (now - quiet_since) * 1000 >= QUIET_MS:
                    return
            else:
                quiet_since = None
            await asyncio.sleep(0.025)

    async def _shutdown_browser(self) -> None:
        if self._browser is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._browser.close(), CLOSE_TIMEOUT_S)
        self._browser = self._context = None

    async def _fresh_page(self, broken: Page) -> Page | None:
        """Replace a page that timed out or failed; relaunch the browser if it died."""
        self._inflight.pop(id(broken), None)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(broken.close(), CLOSE_TIMEOUT_S)
        async with self._relaunch_lock:
            if self._browser is None or not self._browser.is_connected():
                await self._shutdown_browser()
                await self._launch()
                # the relaunch refilled the pool; hand out one of its pages in place of the broken one
                return await self._pool.get()
            return await asyncio.wait_for(self._new_page(), CLOSE_TIMEOUT_S * 2)

    async def render(self, url: str, screenshot: bool = False,
                     on_loaded: Callable[[Page], Awaitable[None]] | None = None) -> RenderResult:
        """Load `url`, let its scripts run, and return the DOM (and a full-page PNG). Never raises.
        `on_loaded(page)` then measures the loaded page (within the same time limit; an exception in it is the
        render's error)."""
        if self._context is None:
            raise RuntimeError("Renderer is not started: use `async with Renderer(...)`")
        page = await self._pool.get()
        if page is None:  # every relaunch failed: answer at once, and let the next waiter see it too
            self._pool.put_nowait(None)
            return RenderResult("", None, 0, "render")
        start = time.perf_counter()
        healthy = True
        self._blocked[id(page)] = []
        self._failed_navigation.pop(id(page), None)
        try:
            async with asyncio.timeout(self.timeout_s + HANG_SLACK_S):  # Playwright's own timeouts fire first
                result = await self._render_on(page, url, screenshot, start)
                if on_loaded is not None:
                    await on_loaded(page)
        except TimeoutError:
            healthy = False
            result = RenderResult("", None, int((time.perf_counter() - start) * 1000), "timeout")
        except Exception as exc:  # Playwright errors, a crashed browser …
            healthy = False
            result = RenderResult("", None, int((time.perf_counter() - start) * 1000), self._error_of(page, url, exc),
                                  blocked=tuple(self._blocked.pop(id(page), ())))
        finally:
            uses = self._uses.pop(id(page), 0) + 1
            self._inflight[id(page)] = 0
            if healthy and uses < RECYCLE_AFTER:
                self._uses[id(page)] = uses
                self._pool.put_nowait(page)
            elif healthy:
                healthy = False  # worn out: replaced like a broken page
        if not healthy:
            try:
                self._pool.put_nowait(await self._fresh_page(page))
            except Exception:
                try:  # last resort: a new browser
                    async with self._relaunch_lock:
                        await self._shutdown_browser()
                        await self._launch()
                except Exception:
                    self._pool.put_nowait(None)
        self.renders += 1
        self.failures += result.error is not None
        return result

    def _error_of(self, page: Page, url: str, exc: Exception) -> str:
        """The error class of a failed render; a refused or unreachable address as the guard's proxy saw it."""
        error = _classify(str(exc))
        message = str(exc).upper()
        if self._guard is not None and ("ERR_SOCKS" in message or "ERR_PROXY" in message):
            error = self._guard.failure(self._failed_navigation.get(id(page), url)) or error
        return error

    async def _render_on(self, page: Page, url: str, screenshot: bool, start: float) -> RenderResult:
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        budget_ms = self.timeout_s * 1000

        def left_ms() -> float:
            return max(1.0, budget_ms - (time.perf_counter() - start) * 1000)

        response = await page.goto(url, wait_until="domcontentloaded", timeout=left_ms())
        with contextlib.suppress(PlaywrightTimeout):
            await page.wait_for_load_state("load", timeout=min(left_ms() * LOAD_SHARE, left_ms()))
        await self.settle(page, min(SETTLE_MS, left_ms() * 0.5))
        html = await page.evaluate(_WITH_SHADOW_ROOTS) or await page.content()
        png = await page.screenshot(full_page=True, type="png", timeout=left_ms()) if screenshot else None
        return RenderResult(
            html=html, screenshot_png=png, elapsed_ms=int((time.perf_counter() - start) * 1000), error=None,
            taken_at=now_cst(), final_url=page.url, status=response.status if response is not None else None,
            blocked=tuple(self._blocked.get(id(page), ())),
        )


# The rendered DOM with its open shadow roots (a custom element's header holding the search form): page.content()
# leaves them out; Chromium's getHTML writes each as the `<template shadowrootmode="open">` the checks read as shown.
# Null on a page without one (page.content() then, as before). Closed roots are out of a page script's reach.
_WITH_SHADOW_ROOTS = """() => {
  const root = document.documentElement;
  if (!root || typeof root.getHTML !== "function") return null;
  const roots = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll("*")) if (el.shadowRoot) { roots.push(el.shadowRoot); walk(el.shadowRoot); }
  };
  walk(document);
  if (!roots.length) return null;
  const quote = (v) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const attrs = Array.from(root.attributes, (a) => ` ${a.name}="${quote(a.value)}"`).join("");
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : "";
  return `${doctype}<html${attrs}>${root.getHTML({serializableShadowRoots: true, shadowRoots: roots})}</html>`;
}"""


@dataclass(frozen=True)
class Screenshot:
    url: str
    path: Path | None
    taken_at: str | None  # ISO 8601, +08:00
    error: str | None


async def take_screenshots(
    urls: Iterable[str], out_dir: str | os.PathLike[str], *, executable_path: str = CHROMIUM,
    pool_size: int = 2, timeout_s: float = 30, resolve: ResolveMap | None = None,
    renderer: Renderer | None = None, policy: AddressPolicy | None = None,
) -> list[Screenshot]:
    """Full-page screenshots of `urls` as `out_dir/<sha1(url)[:16]>.png` (written atomically), with capture
    times. Uses `renderer` when given (e.g. the crawl's), otherwise starts its own browser."""
    targets = list(dict.fromkeys(urls))
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)

    async def shoot(r: Renderer, url: str) -> Screenshot:
        res = await r.render(url, screenshot=True)
        if res.error or res.screenshot_png is None:
            return Screenshot(url, None, None, res.error or "render")
        path = folder / screenshot_name(url)
        with atomic_open(path, "wb") as fh:
            fh.write(res.screenshot_png)
        return Screenshot(url, path, iso_cst(res.taken_at), None)

    if renderer is not None:
        return list(await asyncio.gather(*(shoot(renderer, u) for u in targets)))
    async with Renderer(executable_path, pool_size, timeout_s, resolve, policy=policy) as own:
        return list(await asyncio.gather(*(shoot(own, u) for u in targets)))
