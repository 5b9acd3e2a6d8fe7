"""Dashboard latency under load: a store of 15,000 sites (20 findings each, results in six tiers), `govweb serve`
in its own process, and 50 simulated readers (an async load generator on aiohttp) who each open a ranking page
(a random tier, page, filter or sort), think 1 s, open a site page, think 1 s, and so on. Prints p50/p95/p99 per
page kind against the target (p95 under 100 ms), the throughput, and the server's CPU time per request.

    python benchmarks/bench_dashboard.py [--sites 15000] [--users 50] [--seconds 60] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import aiohttp

from govweb.scoring import load_methodology
from govweb.scoring.ranking import dense_rank
from govweb.store import ResultRecord, open_store
from govweb.terms import TIERS

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bench_store import AS_OF, outcomes, synthetic_sites  # noqa: E402

from services import free_port  # noqa: E402

ROUND = "bench"
TARGET_MS = 100.0
THINK = 1.0


def build_store(url: str, count: int, findings: int) -> list[tuple[str, str]]:
    """The synthetic national round; returns (site code, tier) of every site."""
    rng = random.Random(0)
    methodology = load_methodology("cstc-2020")
    sites = synthetic_sites(count, rng)
    with open_store(url) as store:
        store.open_round(ROUND, methodology, AS_OF)
        store.add_round_sites(ROUND, sites)
        store.record_inspections(ROUND, outcomes(sites, findings, rng))
        records = []
        by_tier: dict[str, list[tuple[str, Decimal, dict[str, Decimal | None]]]] = {}
        for site in sites:
            spec = methodology.tiers[site.tier]
            indices: dict[str, Decimal | None] = {
                name: Decimal(rng.randint(40, 100)) / 100 for name in spec.applicable}
            total = sum((w * (indices[n] or 0) for n, w in (*spec.weights.items(), *spec.bonus.items())), Decimal(0))
            by_tier.setdefault(site.tier, []).append((site.site_code, total.quantize(Decimal("0.1")), indices))
        for tier, rows in by_tier.items():
            for rank, (code, total, indices) in dense_rank(rows, lambda r: r[1], lambda r: r[0]):
                vetoed = rng.random() < 0.08
                records.append(ResultRecord(code, tier, indices, total, rank, "不合格" if vetoed else "合格",
                                            ["columns-stale"] if vetoed else []))
        store.record_results(ROUND, records)
    return [(site.site_code, site.tier) for site in sites]


def ranking_url(rng: random.Random, tiers: list[str]) -> str:
    tier = rng.choice(tiers)
    query = rng.choice(["", "?page=3", "?verdict=合格", "?region=11", "?sort=total&desc=true", "?q=合成网站12",
                        "?veto=columns-stale&page=2", "?region=1101&sort=name"])
    return f"/rounds/{ROUND}/tiers/{quote(tier)}{query}"


async def user(session: aiohttp.ClientSession, base: str, sites: list[tuple[str, str]], tiers: list[str],
               until: float, seed: int, latencies: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(seed)
    await asyncio.sleep(rng.random() * THINK * 2)  # readers arrive over the first seconds
    while time.monotonic() < until:
        for kind, path in (("ranking", ranking_url(rng, tiers)),
                           ("site", f"/rounds/{ROUND}/sites/{rng.choice(sites)[0]}")):
            start = time.perf_counter()
            try:
                async with session.get(base + path) as response:
                    await response.read()
                    if response.status != 200:
                        errors.append(f"{response.status} {path}")
            except (TimeoutError, aiohttp.ClientError) as exc:
                errors.append(f"{type(exc).__name__} {path}")
            latencies[kind].append((time.perf_counter() - start) * 1000)
            await asyncio.sleep(THINK)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


async def load(base: str, sites: list[tuple[str, str]], users: int, seconds: float) -> tuple[dict[str, list[float]], list[str]]:
    tiers = [t for t in TIERS if any(tier == t for _, tier in sites)]
    latencies: dict[str, list[float]] = {"ranking": [], "site": []}
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=users)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        for path in [ranking_url(random.Random(n), tiers) for n in range(40)]:  # warm every worker
            async with session.get(base + path, timeout=aiohttp.ClientTimeout(total=120)) as response:
                await response.read()
        until = time.monotonic() + seconds
        await asyncio.gather(*(user(session, base, sites, tiers, until, n, latencies, errors) for n in range(users)))
    return latencies, errors


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu(pid: int) -> float:
    """CPU seconds of the server and its worker processes."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    kids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return cpu_seconds(pid) + sum(cpu_seconds(kid) for kid in kids if Path(f"/proc/{kid}").exists())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=15000)
    parser.add_argument("--findings", type=int, default=20)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", help="an existing store URL to build into (default: a temporary SQLite file)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (govweb serve --workers)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        url = args.db or f"sqlite:///{scratch}/govweb.sqlite"
        started = time.perf_counter()
        sites = build_store(url, args.sites, args.findings)
        print(f"store of {len(sites):,} sites × {args.findings} findings built in {time.perf_counter() - started:.0f} s",
              flush=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", "from govweb.cli import main; main()", "serve", "--db", url,
                                   "--port", str(port), "--workers", str(args.workers),
                                   "--data", f"{scratch}/data"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  start_new_session=True)  # its workers share its process group
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 120
            while True:
                try:
                    import urllib.request

                    urllib.request.urlopen(base + "/", timeout=2).read()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        why = server.stderr.read().decode()[-2000:] if server.poll() is not None else "timeout"
                        raise SystemExit("server did not start: " + why) from None
                    time.sleep(0.3)
            cpu_before = server_cpu(server.pid)
            started = time.perf_counter()
            latencies, errors = asyncio.run(load(base, sites, args.users, args.seconds))
            wall = time.perf_counter() - started
            cpu = server_cpu(server.pid) - cpu_before
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    requests = sum(len(v) for v in latencies.values())
    print(f"{args.workers} server process(es), {args.users} users, {THINK:g} s think time, {wall:.0f} s: {requests:,} requests ({requests / wall:.1f}/s), "
          f"{len(errors)} errors; server CPU {cpu:.1f} s ({cpu / max(requests, 1) * 1000:.1f} ms per request); "
          f"load average now {os.getloadavg()[0]:.1f}")
    for kind, values in latencies.items():
        p95 = percentile(values, 0.95)
        verdict = "OK" if p95 < TARGET_MS else "over target"
        print(f"  {kind:8s} n={len(values):5d}  p50 {statistics.median(values):6.1f} ms  p95 {p95:6.1f} ms  "
              f"p99 {percentile(values, 0.99):6.1f} ms  max {max(values):7.1f} ms  (target p95 < {TARGET_MS:g} ms: "
              f"{verdict})")
    for error in errors[:5]:
        print("  error:", error)


if __name__ == "__main__":
    main()
