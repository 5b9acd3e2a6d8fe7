"""Every crawler knob in one place with its default (the shape of Scrapy's default_settings)."""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from govweb.errors import BadInput, Problem

RenderMode = Literal["never", "auto", "always"]

DEFAULT_USER_AGENT = "govweb/0.1 (government website evaluation crawler)"

# Extensions that mark an attachment: checked for existence, never downloaded whole.
ATTACHMENT_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "ofd", "zip", "rar", "7z", "tar", "gz",
    "tgz", "bz2", "xz", "csv", "txt", "rtf", "odt", "ods", "odp", "ceb", "cebx", "caj", "apk", "exe", "msi", "dmg",
    "iso", "mp3", "mp4", "avi", "wmv", "flv", "mov",
})


_MECHANICS = ("parse_processes", "json_checkpoint_seconds")


@dataclass(frozen=True)
class CrawlSettings:
    # limits (None: scaled with max_pages, see the properties below)
    max_pages: int = 2000
    max_requests: int | None = None  # every HTTP request of the crawl, hops and retries included: 10 × max_pages
    max_depth: int = 20
    concurrency: int = 16
    concurrency_per_host: int = 16
    delay: float = 0.0  # seconds between requests to one host (robots Crawl-delay may raise it)
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    timeout: float = 30.0  # total seconds per request
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    max_bytes: int = 5 * 1024 * 1024  # streamed cap per response body
    check_bytes: int = 64 * 1024  # most read when checking an attachment or external link by GET
    # identity and routing
    user_agent: str = DEFAULT_USER_AGENT
    resolve: tuple[str, ...] = ()  # curl-style HOST:PORT:ADDR
    allow_private: bool = False  # address guard: may any host reach loopback and private addresses?
    # scope
    include_subdomains: bool = True
    extra_hosts: tuple[str, ...] = ()  # more hosts treated as in scope
    include_platform: bool = True  # the site's folder on a shared platform of its gov.cn domain (xxgk.city.gov.cn/dept/)
    check_external: bool = True
    max_external_checks: int | None = None  # links leaving the site checked: 4 × max_pages
    check_attachments: bool = True
    max_attachment_checks: int | None = None  # attachments checked: 2 × max_pages
    max_links_per_page: int = 10_000  # distinct links taken from one page (the rest counted in stats.over_cap)
    attachment_extensions: frozenset[str] = ATTACHMENT_EXTENSIONS
    # robots.txt (RFC 9309) and sitemaps
    obey_robots: bool = True
    robots_retry_delay: float = 2.0  # a robots.txt answering 5xx is asked once more after this many seconds
    max_robots_bytes: int = 500 * 1024
    follow_sitemaps: bool = True
    max_sitemap_files: int = 100
    max_sitemap_urls: int = 50_000  # URLs taken from all sitemaps together
    max_sitemap_depth: int = 3  # sitemap indexes nested in sitemap indexes
    max_sitemap_bytes: int = 50 * 1024 * 1024  # decompressed XML read per sitemap (the sitemaps.org limit)
    # retries and redirects
    retry_times: int = 2
    retry_statuses: tuple[int, ...] = (429, 500, 502, 503, 504, 522, 524)
    retry_backoff: float = 0.5  # first back-off in seconds, doubled per attempt
    max_retry_after: float = 60.0
    max_redirects: int = 10
    # trap guards (govweb.collect.traps): URLs a pattern's own pages feed it, per pattern
    max_urls_per_pattern: int = 1000
    max_calendar_urls: int = 60  # … when only dates vary
    max_random_urls: int = 10  # … when a part is random (session ids, nonces)
    max_query_params: int = 10
    max_url_length: int = 2048
    max_repeated_segments: int = 3
    max_pruned_records: int = 2000  # pruned URLs listed in crawl.json (all are counted)
    # the homepage: hops followed from the seed (meta refresh, script redirect, frames, splash page)
    max_homepage_hops: int = 5
    # rendering (browser lane)
    render: RenderMode = "never"
    max_rendered_pages: int = 10  # pages rendered per site (the homepage first)
    render_timeout: float = 30.0
    render_pool_size: int = 2
    chromium_path: str = "/usr/bin/chromium"
    screenshot_homepage: bool = True
    parse_processes: int = 1  # parse pages in that many forked worker processes (0: in the event loop)
    # evidence
    gzip_level: int = 3  # per-record gzip members; 3 is ~3x faster than 6 for ~7% larger files
    json_checkpoint_seconds: float = 60.0

    @property
    def request_cap(self) -> int:
        return self.max_requests if self.max_requests is not None else 10 * self.max_pages

    @property
    def attachment_cap(self) -> int:
        return self.max_attachment_checks if self.max_attachment_checks is not None else 2 * self.max_pages

    @property
    def external_cap(self) -> int:
        return self.max_external_checks if self.max_external_checks is not None else 4 * self.max_pages

    def options(self) -> dict[str, Any]:
        """The settings as plain JSON values (what a resumed crawl must match), without the mechanics that do not
        change what is fetched."""
        data = asdict(self)
        for name in _MECHANICS:
            data.pop(name)
        data["attachment_extensions"] = sorted(self.attachment_extensions)
        data["resolve"] = list(self.resolve)
        data["extra_hosts"] = list(self.extra_hosts)
        data["retry_statuses"] = list(self.retry_statuses)
        return data


# Settings that must be at least 1 (others: at least 0); timeouts must be positive.
_AT_LEAST_ONE = frozenset({"max_pages", "max_requests", "max_links_per_page", "concurrency", "concurrency_per_host", "render_pool_size",
                           "max_bytes", "check_bytes", "max_robots_bytes", "max_sitemap_bytes", "max_url_length",
                           "max_repeated_segments", "max_query_params"})
_POSITIVE = frozenset({"timeout", "connect_timeout", "read_timeout", "render_timeout"})
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")


def _convert(name: str, hint: Any, text: str) -> Any:
    """`text` as the type of setting `name`; ValueError with a Chinese reason."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and type(None) in args:
        if text.lower() in ("none", "null", ""):
            return None
        hint = next(a for a in args if a is not type(None))
        args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        if text not in args:
            raise ValueError(f"只能是 {'、'.join(map(str, args))}")
        return text
    if origin in (tuple, frozenset):
        items = [part.strip() for part in text.split(",") if part.strip()]
        return origin(_convert(name, args[0], item) for item in items)
    if hint is bool:
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise ValueError("应为 true 或 false")
    if hint is int:
        if not _INT.fullmatch(text):
            raise ValueError("应为整数")
        value: int | float = int(text)
    elif hint is float:
        if not _FLOAT.fullmatch(text):
            raise ValueError("应为数字")
        value = float(text)
    else:
        return text
    low = 1 if name in _AT_LEAST_ONE else 0
    if name in _POSITIVE and value <= 0:
        raise ValueError("必须大于 0")
    if value < low:
        raise ValueError(f"不能小于 {low}")
    return value


def apply_overrides(settings: CrawlSettings, pairs: list[str] | tuple[str, ...]) -> CrawlSettings:
    """`settings` with `-s NAME=VALUE` overrides (Scrapy's model; names in any case, `-` for `_`). BadInput lists
    every unknown name and bad value."""
    hints = typing.get_type_hints(CrawlSettings)
    changes: dict[str, Any] = {}
    problems: list[Problem] = []
    for pair in pairs:
        raw_name, sep, text = pair.partition("=")
        name = raw_name.strip().lower().replace("-", "_")
        if not sep or not name:
            problems.append(Problem(f"「{pair}」应写成 名称=值，如 max_pages=500"))
        elif name not in hints:
            near = difflib.get_close_matches(name, list(hints), n=3)
            hint = f"；是否想写 {'、'.join(near)}？" if near else ""
            problems.append(Problem(f"没有名为「{raw_name.strip()}」的抓取设置{hint}（全部设置见 govweb/collect/settings.py）"))
        else:
            try:
                changes[name] = _convert(name, hints[name], text.strip())
            except ValueError as exc:
                problems.append(Problem(f"抓取设置 {name}=「{text.strip()}」无效：{exc}"))
    if problems:
        raise BadInput("抓取设置（-s 名称=值）有误。", problems)
    return replace(settings, **changes)


RENDER_MODES: tuple[str, ...] = typing.get_args(RenderMode)


def crawl_settings(*, max_pages: int, max_depth: int, concurrency: int, timeout: float, render: str,
                   resolve: list[str] | None, overrides: list[str] | None, delay: float = 0.0,
                   user_agent: str = DEFAULT_USER_AGENT, allow_private: bool = False) -> CrawlSettings:
    """CrawlSettings from the crawl options of `crawl`/`inspect` and their `-s NAME=VALUE` overrides; BadInput (exit 2)
    listing every bad option."""
    from govweb.collect.netmap import parse_resolve

    problems = []
    if render not in RENDER_MODES:
        problems.append(Problem(f"--render 只能是 never、auto 或 always，而不是「{render}」"))
    for name, value, low in (("--max-pages", max_pages, 1), ("--concurrency", concurrency, 1), ("--max-depth", max_depth, 0)):
        if value < low:
            problems.append(Problem(f"{name} 不能小于 {low}（现为 {value}）"))
    if delay < 0:
        problems.append(Problem(f"--delay 不能为负数（现为 {delay}）"))
    if timeout <= 0:
        problems.append(Problem(f"--timeout 必须大于 0（现为 {timeout}）"))
    try:
        parse_resolve(resolve or [])
    except BadInput as exc:
        problems.extend(exc.problems)
    settings = CrawlSettings(
        max_pages=max_pages, max_depth=max_depth, concurrency=concurrency, concurrency_per_host=concurrency,
        delay=delay, timeout=timeout, render=render if render in RENDER_MODES else "never",  # type: ignore[arg-type]
        user_agent=user_agent, resolve=tuple(resolve or ()), allow_private=allow_private,
    )
    try:
        settings = apply_overrides(settings, overrides or [])
    except BadInput as exc:
        problems.extend(exc.problems)
    if problems:
        raise BadInput("抓取参数有误。", problems)
    return settings
