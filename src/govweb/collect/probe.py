"""Availability probes: one timed GET per probe, appended as a JSON line; the site-unreachable veto summary.

A probe line is `{"time" (ISO 8601, +08:00), "url", "status", "latency_ms", "error"}`. The methodology's veto:
monitored for a week with ≥20 probes a day, and ≥5% of probes still not open after 15 s. "Not open" is any failed
probe (dns, connect, timeout, tls, http-status …) or one that took longer than 15 s; probes our side could not take
(`blocked`, a firewall challenge; `address-blocked`, the address guard refused where the site sent us) are counted
apart and left out of the rate.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from govweb.collect.blocked import SMALL_BODY, is_blocked
from govweb.collect.decode import decode_html
from govweb.collect.guard import ERROR_CLASS, operator_policy
from govweb.collect.netmap import CST, ResolveMap, classify_error, connector, iso_cst

BODY_CAP = 4 * 1024 * 1024
USER_AGENT = "Mozilla/5.0 (compatible; govweb-probe/0.1)"



@dataclass(frozen=True)
class ProbeResult:
    time: str
    url: str
    status: int | None
    latency_ms: int
    error: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


async def _probe(session: aiohttp.ClientSession, url: str, timeout: float) -> ProbeResult:
    stamp = iso_cst()
    start = time.perf_counter()
    status: int | None = None
    error: str | None = None
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url, allow_redirects=True, max_redirects=10) as resp:
                status = resp.status
                body = await resp.content.read(BODY_CAP)
                # a firewall / JavaScript challenge: the site answered, but not to us
                if is_blocked(resp.status, decode_html(body[: SMALL_BODY + 1], resp.content_type).text):
                    error = "blocked"
                elif resp.status >= 400:
                    error = "http-status"
    except Exception as exc:  # every failure is a probe outcome, never a crash
        error = classify_error(exc)
    latency = int((time.perf_counter() - start) * 1000)
    return ProbeResult(time=stamp, url=url, status=status, latency_ms=latency, error=error)


def _session(url: str, resolve: ResolveMap | None, ca_file: str | None, allow_private: bool) -> aiohttp.ClientSession:
    """A session for probing `url` (operator-named: its redirects are screened by the address guard)."""
    policy = operator_policy([url], resolve or {}, allow_private=allow_private)
    return aiohttp.ClientSession(
        connector=connector(resolve, policy=policy, ca_file=ca_file, limit=4),
        headers={"User-Agent": USER_AGENT, "Cache-Control": "no-cache"},
        timeout=aiohttp.ClientTimeout(total=None),
    )


async def probe_once(
    url: str, timeout: float = 15, resolve: ResolveMap | None = None, *, ca_file: str | None = None,
    session: aiohttp.ClientSession | None = None, allow_private: bool = False,
) -> ProbeResult:
    """Fetch `url` once (fresh connection, redirects followed, body read) and classify the outcome."""
    if session is not None:
        return await _probe(session, url, timeout)
    async with _session(url, resolve, ca_file, allow_private) as own:
        return await _probe(own, url, timeout)


def append_jsonl(path: str | os.PathLike[str], record: dict[str, Any]) -> None:
    """Append one JSON line with a single O_APPEND write, then fsync.

    A torn last line left by an earlier crash is closed with a newline first, so it never glues onto ours."""
    data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and _last_byte(path, size) != b"\n":
            data = b"\n" + data
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _last_byte(path: str | os.PathLike[str], size: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1)


def read_probes(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every well-formed probe line of a probes.jsonl (torn or foreign lines are skipped)."""
    probes: list[dict[str, Any]] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and "time" in rec and "error" in rec:
                probes.append(rec)
    return probes


async def probe_series(
    url: str, count: int, interval: float, out_path: str | os.PathLike[str], *, timeout: float = 15,
    resolve: ResolveMap | None = None, ca_file: str | None = None,
    on_probe: Callable[[ProbeResult], None] | None = None, gate: asyncio.Semaphore | None = None,
    allow_private: bool = False,
) -> list[ProbeResult]:
    """Probe `count` times at a fixed rate (probe i starts at t0 + i·interval, or at once if running late),
    appending each result to `out_path` as soon as it is known."""
    results: list[ProbeResult] = []
    loop = asyncio.get_running_loop()
    async with _session(url, resolve, ca_file, allow_private) as session:
        t0 = loop.time()  # the schedule starts with the first probe
        for i in range(count):
            delay = t0 + i * interval - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            async with gate or contextlib.nullcontext():
                result = await _probe(session, url, timeout)
            append_jsonl(out_path, result.as_dict())
            results.append(result)
            if on_probe is not None:
                on_probe(result)
    return results


async def monitor(
    targets: Iterable[tuple[str, str | os.PathLike[str]]], count: int, interval: float, *, timeout: float = 15,
    resolve: ResolveMap | None = None, ca_file: str | None = None, concurrency: int = 50,
    on_probe: Callable[[ProbeResult], None] | None = None, allow_private: bool = False,
) -> dict[str, list[ProbeResult]]:
    """Scheduled monitoring of many sites: a fixed-rate `probe_series` per (url, probes.jsonl) target, all at
    once (at most `concurrency` probes in flight). E.g. 20 probes a day for 7 days: count=140, interval=4320."""
    gate = asyncio.Semaphore(concurrency)
    pairs = list(targets)
    results = await asyncio.gather(*(
        probe_series(url, count, interval, path, timeout=timeout, resolve=resolve, ca_file=ca_file,
                     on_probe=on_probe, gate=gate, allow_private=allow_private)
        for url, path in pairs
    ))
    return {url: res for (url, _), res in zip(pairs, results, strict=True)}


@dataclass(frozen=True)
class AvailabilitySummary:
    probes: int  # probes that count (blocked ones excluded)
    failures: int  # not open: failed, or slower than the open limit
    failure_rate: float | None
    blocked: int
    days_covered: int
    full_days: int  # days with at least `min_per_day` probes
    probes_per_day: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None
    # "unreachable" (veto holds), "reachable", "insufficient-monitoring", "not-measured" (every probe blocked)
    status: str = "insufficient-monitoring"
    veto: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _is_not_open(probe: dict[str, Any], open_within_ms: float) -> bool:
    latency = probe.get("latency_ms")
    return probe.get("error") is not None or (isinstance(latency, int | float) and latency > open_within_ms)


def availability(
    probes: Iterable[dict[str, Any]], *, min_per_day: int = 20, min_days: int = 7, max_not_open: float = 0.05,
    open_within_s: float = 15,
) -> AvailabilitySummary:
    """Summarise probe lines and decide the site-unreachable veto.

    The veto is only decided with enough monitoring (`min_days` days with `min_per_day` probes each); otherwise
    the status is "insufficient-monitoring" and `veto` is None."""
    per_day: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    counted = failures = blocked = 0
    times: list[datetime] = []
    for probe in probes:
        try:
            moment = datetime.fromisoformat(str(probe["time"]))
        except (KeyError, ValueError):
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=CST)
        times.append(moment)
        if probe.get("error") in ("blocked", ERROR_CLASS):
            blocked += 1
            continue
        counted += 1
        per_day[moment.astimezone(CST).date().isoformat()] += 1
        if _is_not_open(probe, open_within_s * 1000):
            failures += 1
            errors[probe.get("error") or "slow"] += 1
    rate = failures / counted if counted else None
    full_days = sum(1 for n in per_day.values() if n >= min_per_day)
    if not counted:
        status, veto = ("not-measured" if blocked else "insufficient-monitoring"), None
    elif full_days < min_days:
        status, veto = "insufficient-monitoring", None
    else:
        veto = rate is not None and rate >= max_not_open
        status = "unreachable" if veto else "reachable"
    return AvailabilitySummary(
        probes=counted, failures=failures, failure_rate=rate, blocked=blocked, days_covered=len(per_day),
        full_days=full_days, probes_per_day=dict(sorted(per_day.items())), errors=dict(errors),
        first=iso_cst(min(times)) if times else None, last=iso_cst(max(times)) if times else None,
        status=status, veto=veto,
    )
