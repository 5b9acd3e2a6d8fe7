"""The per-site job: `inspect_site(site, options) -> SiteInspection` — collect (crawl and active measurements),
then the checks, then `scoring.score_site`, in this process, into the site's folder (`sites/<网站标识码>/` of a
round). No CLI, no subprocess: `govweb inspect`, `govweb evaluate`, re-checks and workers all call it.

An exception in one site is that site's failure, never the round's: `inspect_site` returns it as the outcome.
The folder is resumable, so a rerun after a kill continues the crawl.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from govweb.checks import load_snapshot, run_checks
from govweb.checks.context import Limits
from govweb.documents.expert import ExpertInput
from govweb.documents.findings import write_document
from govweb.documents.layout import SiteFolder, site_folder
from govweb.errors import BadInput, GovwebError
from govweb.fsutil import atomic_open
from govweb.registry import Site
from govweb.scoring.inspection import InspectionSheet, load_sheet
from govweb.scoring.methodology import Methodology
from govweb.scoring.site import SiteScore, score_site

Log = Callable[[str], None]
MEASURE_TIMEOUT = 15.0          # seconds per active measurement request


@dataclass(frozen=True)
class InspectOptions:
    out: Path                                    # the round folder: a site's folder is out/sites/<网站标识码>
    as_of: datetime.date
    methodology: Methodology                     # loaded once by the caller
    resolve: tuple[str, ...] = ()                # HOST:PORT:ADDR for every site
    crawl_args: tuple[str, ...] = ()             # crawl options as `govweb inspect` takes them (--max-pages 200 …)
    timeout: float | None = None                 # seconds per site for crawl and measurements; None = no limit
    screenshots: bool = False                    # then screenshot the pages the diagnosis cites
    screenshot_limit: int = 10                   # pages per site
    screenshot_timeout: float = 20.0             # seconds per page
    allow_private: bool = False                  # address guard: every URL may reach loopback and private addresses
    services: bool = True                        # False: departments without public services (inspection sheet)
    sheet: InspectionSheet = field(default_factory=load_sheet)   # the national inspection sheet, loaded once

    def folder(self, site: Site) -> Path:
        return site_folder(self.out, site.site_code).path


@dataclass(frozen=True)
class SiteInspection:
    """What one site's job gave: its state, time, error and, when done, its scored findings document."""

    code: str
    state: str                                   # done | failed | skipped
    seconds: float
    exit_code: int | None                        # 0 done, 2 bad input (skipped), 1 failed, None timed out
    error: str | None = None
    document: dict[str, Any] | None = None
    log: list[str] = field(default_factory=list)


def site_resolve(site: Site) -> list[str]:
    """--resolve entries a sites file asks for: a `hosts` column (sample sites) maps each host to loopback."""
    hosts = site.extra.get("hosts", "").replace(";", " ").replace(",", " ").split()
    if not hosts:
        return []
    parts = urlsplit(site.url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return [f"{host}:{port}:127.0.0.1" for host in hosts]


def write_site_meta(site: Site, directory: Path) -> None:
    meta = {"code": site.site_code, "name": site.name, "url": site.url, "tier": site.tier,
            "tiers": list(site.tiers), "admin_code": site.admin_code, "extra": site.extra}
    with atomic_open(SiteFolder(directory).site_meta, "w") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


def _crawl_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crawl_args", add_help=False, exit_on_error=False)
    parser.add_argument("--max-pages", type=int, default=2000)
    parser.add_argument("--max-depth", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--render", default="auto")
    parser.add_argument("--set", "-s", action="append", default=[])
    return parser


def crawl_settings_of(crawl_args: Sequence[str], resolve: Sequence[str], allow_private: bool) -> Any:
    """CollectSettings from a round's crawl options (the crawl options of `govweb inspect`); BadInput when bad."""
    from govweb.collect.settings import crawl_settings

    try:
        parsed, unknown = _crawl_parser().parse_known_args(list(crawl_args))
    except (argparse.ArgumentError, ValueError) as exc:
        raise BadInput(f"抓取参数有误：{exc}") from None
    if unknown:
        raise BadInput(f"抓取参数有误：无法识别 {' '.join(unknown)}")
    return crawl_settings(max_pages=parsed.max_pages, max_depth=parsed.max_depth, concurrency=parsed.concurrency,
                          timeout=parsed.timeout, render=parsed.render, resolve=list(resolve),
                          overrides=parsed.set, allow_private=allow_private)


def site_resolve_entries(site: Site, options: InspectOptions) -> list[str]:
    """The round's --resolve entries, and the site's own (sample sites) for hosts the round does not map."""
    given = {entry.split(":", 1)[0] for entry in options.resolve}
    return [*options.resolve, *(entry for entry in site_resolve(site) if entry.split(":", 1)[0] not in given)]


async def collect_site(url: str, directory: Path, settings: Any, *, restart: bool = False,
                       progress: Callable[[Any], None] | None = None, log: Log = lambda line: None,
                       crawled: Callable[[Any], None] | None = None) -> Any:
    """Crawl `url` into `directory` (resumable), then take the active measurements (HTTPS, IPv6, site search);
    `crawled` is told the crawl's result before the measurements."""
    from govweb.collect import crawl_async
    from govweb.collect.measure import take_measurements
    from govweb.collect.netmap import parse_resolve

    log("抓取中……")
    result = await crawl_async(url, directory, settings, restart=restart, progress=progress)
    if crawled is not None:
        crawled(result)
    log("主动测量中（HTTPS、IPv6、站内搜索）……")
    await take_measurements(url, directory, resolve=parse_resolve(list(settings.resolve)),
                            timeout=min(settings.timeout, MEASURE_TIMEOUT), allow_private=settings.allow_private,
                            chromium=settings.chromium_path if settings.render != "never" else None)
    return result


def check_site(directory: Path, as_of: datetime.date, methodology: Methodology, tier: str | None, *,
               code: str | None = None, seed: str | None = None, services: bool = True,
               sheet: InspectionSheet | None = None, snapshot: Any = None,
               progress: Callable[[int], None] | None = None) -> SiteScore:
    """The checks over the snapshot in `directory`, scored (`score_site`): writes DIR/findings.json atomically."""
    sheet = sheet or load_sheet()
    snapshot = snapshot or load_snapshot(directory, seed)
    found = run_checks(snapshot, as_of, Limits.from_mapping(sheet.limits), progress=progress, code=code)
    score = score_site(found, methodology, tier, services=services, sheet=sheet)
    write_document(score.document, SiteFolder(directory).findings)
    return score


def inspect_folder(url: str, directory: Path, settings: Any, as_of: datetime.date, methodology: Methodology,
                   tier: str | None, *, code: str | None = None, services: bool = True, restart: bool = False,
                   timeout: float | None = None, sheet: InspectionSheet | None = None,
                   progress: Callable[[int], None] | None = None, log: Log = lambda line: None,
                   crawled: Callable[[Any], None] | None = None) -> SiteScore:
    """Collect `url` into `directory` (within `timeout` seconds), then check and score it: findings.json."""
    job = collect_site(url, directory, settings, restart=restart, log=log, crawled=crawled)
    asyncio.run(asyncio.wait_for(job, timeout) if timeout else job)
    log("检查中……")
    return check_site(directory, as_of, methodology, tier, code=code, services=services, sheet=sheet,
                      progress=progress)


def review_folder(directory: Path, score: SiteScore, expert: ExpertInput, code: str) -> SiteScore:
    """An expert file applied to a checked site: DIR/reviewed.json, indices recomputed from the measurements."""
    reviewed = score_site(score.document, score.methodology, score.tier, expert.get(code), expert_file=expert.file)
    write_document(reviewed.reviewed, SiteFolder(directory).reviewed)
    return reviewed


def inspect_site(site: Site, options: InspectOptions, directory: Path | None = None) -> SiteInspection:
    """One site's job: collect → checks → score, into `directory` (default: the round's folder of the site)."""
    directory = directory or options.folder(site)
    directory.mkdir(parents=True, exist_ok=True)
    write_site_meta(site, directory)
    started = time.monotonic()
    lines: list[str] = []
    with open(SiteFolder(directory).log, "a", encoding="utf-8") as log_file:
        def log(line: str) -> None:
            lines.append(line)
            log_file.write(line + "\n")
            log_file.flush()

        try:
            settings = crawl_settings_of(options.crawl_args, site_resolve_entries(site, options), options.allow_private)
            score = inspect_folder(site.url, directory, settings, options.as_of, options.methodology, site.tier,
                                   code=site.site_code, services=options.services, timeout=options.timeout,
                                   sheet=options.sheet, log=log)
        except Exception as exc:  # a bug meeting one site's pages too: that site's failure, never the round's
            state, exit_code, error, logged = _failure(exc, options.timeout)
            log(logged)
            return SiteInspection(site.site_code, state, time.monotonic() - started, exit_code, error, log=lines)
        if options.screenshots:
            error = take_screenshots(site, directory, options)
            if error:
                log(error)
    return SiteInspection(site.site_code, "done", time.monotonic() - started, 0, None, score.document, lines)


def _failure(exc: Exception, timeout: float | None) -> tuple[str, int | None, str, str]:
    """(state, exit code, error, log line) of a site's job that raised `exc`."""
    if isinstance(exc, TimeoutError):
        error = f"检查超时（超过 {timeout:g} 秒）"
        return "failed", None, error, error
    if isinstance(exc, BadInput):
        error = " ".join([exc.message, *(str(p) for p in exc.problems)])
        return "skipped", 2, error, error
    if isinstance(exc, GovwebError):
        return "failed", 1, exc.message, str(exc)
    error = f"{type(exc).__name__}: {exc}"
    return "failed", 1, error, error


def take_screenshots(site: Site, directory: Path, options: InspectOptions) -> str | None:
    """Evidence screenshots after the checks; the error, if any (logged, never fatal: the site is inspected)."""
    from govweb.campaign.screenshots import take_evidence_screenshots
    from govweb.collect.netmap import parse_resolve

    try:
        take_evidence_screenshots(directory, options.methodology, tier=site.tier, limit=options.screenshot_limit,
                                  resolve=parse_resolve(site_resolve_entries(site, options)),
                                  timeout_s=options.screenshot_timeout, allow_private=options.allow_private)
    except Exception as exc:  # a browser that will not start costs the screenshots, not the inspection
        return f"截图失败：{type(exc).__name__}: {exc}"
    return None


__all__ = ["InspectOptions", "SiteInspection", "check_site", "collect_site", "crawl_settings_of", "inspect_folder",
           "inspect_site", "review_folder", "site_resolve", "take_screenshots", "write_site_meta"]
