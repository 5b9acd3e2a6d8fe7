"""Inspecting one site of a round: `govweb inspect` in a child process, into DIR/sites/<网站标识码>/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from govweb.documents.layout import SITE_META
from govweb.fsutil import atomic_open
from govweb.registry import Site

PARENT_ENV = "GOVWEB_ROUND_PID"  # read by govweb.campaign.child


@dataclass(frozen=True)
class InspectOptions:
    as_of: str                                   # YYYY-MM-DD
    methodology: str                             # name or path, passed through
    resolve: tuple[str, ...] = ()                # HOST:PORT:ADDR for every site
    crawl_args: tuple[str, ...] = ()             # further crawl options (--max-pages 200 …)
    timeout: float | None = None                 # seconds per site; None = no limit
    screenshots: bool = False                    # then screenshot the pages the diagnosis cites
    screenshot_limit: int = 10                   # pages per site
    screenshot_timeout: float = 20.0             # seconds per page
    allow_private: bool = False                  # address guard: every URL may reach loopback and private addresses


@dataclass(frozen=True)
class Outcome:
    code: str
    state: str                                   # done | failed | skipped
    seconds: float
    exit_code: int | None
    error: str | None = None
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
    with atomic_open(directory / SITE_META, "w") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


def _resolve_args(site: Site, options: InspectOptions) -> list[str]:
    """--resolve entries, and the address guard's --allow-private when the round asks for it."""
    given = {entry.split(":", 1)[0] for entry in options.resolve}
    resolve = [*options.resolve, *(entry for entry in site_resolve(site) if entry.split(":", 1)[0] not in given)]
    return [arg for entry in resolve for arg in ("--resolve", entry)] + (["--allow-private"] if options.allow_private else [])


def command(site: Site, directory: Path, options: InspectOptions) -> list[str]:
    return [sys.executable, "-m", "govweb.campaign.child", "inspect", site.url, "--out", str(directory),
            "--as-of", options.as_of, "--tier", site.tier, "--code", site.site_code, "--methodology", options.methodology,
            *_resolve_args(site, options), *options.crawl_args]


def screenshot_command(site: Site, directory: Path, options: InspectOptions) -> list[str]:
    return [sys.executable, "-m", "govweb.campaign.child", "screenshots", str(directory), "--tier", site.tier,
            "--methodology", options.methodology, "--limit", str(options.screenshot_limit),
            "--timeout", f"{options.screenshot_timeout:g}", *_resolve_args(site, options)]


def take_screenshots(site: Site, directory: Path, options: InspectOptions) -> str | None:
    """Evidence screenshots after the checks, in a child process bounded in time; the error, if any (logged, and
    never fatal: the site is inspected either way)."""
    budget = 90 + options.screenshot_limit * (options.screenshot_timeout + 5)  # browser start + every page
    env = {**os.environ, PARENT_ENV: str(os.getpid())}
    try:
        with open(directory / "inspect.log", "ab") as log:
            proc = subprocess.run(screenshot_command(site, directory, options), stdout=log, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, env=env, timeout=budget, check=False)
    except subprocess.TimeoutExpired:
        return f"截图超时（超过 {budget:g} 秒）"
    return None if proc.returncode == 0 else f"截图失败（退出码 {proc.returncode}）"


def inspect_site(site: Site, directory: Path, options: InspectOptions, argv: Sequence[str] | None = None) -> Outcome:
    """Run the inspection; the folder is resumable, so a rerun after a kill continues the crawl."""
    directory.mkdir(parents=True, exist_ok=True)
    write_site_meta(site, directory)
    started = time.monotonic()
    env = {**os.environ, PARENT_ENV: str(os.getpid())}
    log_path = directory / "inspect.log"
    try:
        with open(log_path, "ab") as log:
            proc = subprocess.run(list(argv or command(site, directory, options)), stdout=log,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                  timeout=options.timeout, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(site.site_code, "failed", time.monotonic() - started, None,
                       f"检查超时（超过 {options.timeout:g} 秒）")
    seconds = time.monotonic() - started
    tail = _tail(log_path)
    if proc.returncode == 0 and (directory / "findings.json").is_file():
        if options.screenshots:
            take_screenshots(site, directory, options)
        return Outcome(site.site_code, "done", time.monotonic() - started, 0)
    if proc.returncode == 2:
        return Outcome(site.site_code, "skipped", seconds, 2, tail or "输入有误")
    return Outcome(site.site_code, "failed", seconds, proc.returncode,
                   tail or f"govweb inspect 退出码 {proc.returncode}，未生成 findings.json")


def _tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_bytes()[-4000:].decode("utf-8", "replace")
    except OSError:
        return ""
    kept = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(kept[-lines:])


__all__ = ["InspectOptions", "Outcome", "command", "inspect_site", "screenshot_command", "site_resolve",
           "take_screenshots", "write_site_meta"]
