"""Store speed: importing the 13,385-row national directory, and writing a national round — 15,000 synthetic
sites with their inspections, 20 findings each (300,000) and results — then the queries a dashboard runs.
On SQLite (the embedded default; target: a few seconds for each bulk step) and, when Debian PostgreSQL is
installed, on a throwaway PostgreSQL server.

    python benchmarks/bench_store.py [--sites 15000] [--findings 20] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from govweb.registry import Site, import_directory
from govweb.scoring import load_methodology
from govweb.store import InspectionOutcome, ResultRecord, open_store
from govweb.terms import COLUMN_TYPES, ELEMENTS, TIERS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from services import PostgresServer, postgres_missing  # noqa: E402

AS_OF = datetime.date(2020, 11, 26)
CHECKS = ("stale-column", "empty-column", "missing-element", "broken-link", "unanswered-message",
          "missing-interpretation", "image-missing-alt", "incomplete-service-guide")


def timed(label: str, work: Callable[[], Any], unit: str | None = None, count: int | None = None) -> Any:
    """Run `work`, print wall-clock seconds (and the rate), and this process's CPU seconds: on a shared machine
    the wall clock includes waiting for the CPU."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    rate = f" ({count / elapsed:,.0f} {unit}/s)" if unit and count else ""
    print(f"  {label}: {elapsed:.2f} s{rate}; CPU here {cpu:.2f} s", flush=True)
    return result


def synthetic_sites(count: int, rng: random.Random) -> list[Site]:
    tiers = list(TIERS)
    return [Site(f"{110101 + n // 10:06d}{n % 10000:04d}", f"合成网站{n}人民政府", f"http://www{n}.example.gov.cn/",
                 tiers[n % len(tiers)], f"{110101 + n // 10:06d}", row=n + 2, extra={"网站主管单位": f"合成单位{n}"})
            for n in range(count)]


def synthetic_finding(site: Site, k: int, rng: random.Random) -> dict[str, Any]:
    check = CHECKS[k % len(CHECKS)]
    url = f"{site.url}col{k}/index.html"
    finding: dict[str, Any] = {"id": f"{check}:{rng.getrandbits(48):012x}", "check": check, "index": "信息发布"}
    if check == "missing-element":
        finding["element"] = ELEMENTS[k % len(ELEMENTS)]
    elif check in ("stale-column", "empty-column"):
        finding |= {"type": rng.choice(list(COLUMN_TYPES)), "url": url, "last_update": "2020-03-01"}
    else:
        finding["url"] = url
    return finding | {
        "message": f"栏目「栏目{k}」超过 183 天未更新（最近更新 2020-03-01）",
        "evidence": {"url": url, "excerpt": "2020-03-01 关于印发某某办法的通知 " * 3, "warc_record": f"urn:uuid:{k:032x}"},
        "metric_deltas": {"columns_fresh_share": round(1 / 12, 10)}}


def outcomes(sites: list[Site], findings: int, rng: random.Random) -> list[InspectionOutcome]:
    stamp = datetime.datetime(2020, 11, 26, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    return [InspectionOutcome(site.site_code, "measured", started_at=stamp, finished_at=stamp, seconds=61.5,
                              timings={"crawl": 50.0, "checks": 11.5}, stats={"pages": 500, "requests": 1800},
                              site_dir=f"sites/{site.site_code}", warc_path=f"sites/{site.site_code}/crawl.warc.gz",
                              metrics={"homepage_fresh": 1.0, "columns_fresh_share": 0.75},
                              vetoes=[{"rule": "columns-stale", "reason": "…"}] if n % 7 == 0 else [],
                              findings=[synthetic_finding(site, k, rng) for k in range(findings)])
            for n, site in enumerate(sites)]


def results(sites: list[Site]) -> list[ResultRecord]:
    indices = {"信息发布": Decimal("0.82"), "数据开放": Decimal("0.75"), "办事服务": Decimal("0.91")}
    return [ResultRecord(site.site_code, site.tier, indices, Decimal("85.3"), n // len(TIERS) + 1, "合格")
            for n, site in enumerate(sites)]


def run(url: str, label: str, site_count: int, finding_count: int) -> None:
    print(f"== {label}", flush=True)
    directory = resources.files("govweb") / "data" / "gov-sites" / "2023-03-09-local-sites.csv"
    store = timed("open (create schema)", lambda: open_store(url))
    national = timed("registry: parse and validate the national directory", lambda: import_directory(str(directory), "区县"))
    counts = timed(f"store: import {len(national.sites):,} sites", lambda: store.upsert_sites(national.sites, source="national"),
                   "sites", len(national.sites))
    assert counts.inserted == len(national.sites) == 13385, counts
    counts = timed("store: import them again (unchanged)", lambda: store.upsert_sites(national.sites, source="national"),
                   "sites", len(national.sites))
    assert counts.unchanged == 13385, counts

    rng = random.Random(0)
    sites = synthetic_sites(site_count, rng)
    store.open_round("bench", load_methodology("cstc-2020"), AS_OF)
    timed(f"enrol {site_count:,} synthetic sites in a round", lambda: store.add_round_sites("bench", sites), "sites", site_count)
    done = outcomes(sites, finding_count, rng)
    total = site_count * finding_count
    timed(f"record {site_count:,} inspections with {total:,} findings (bulk)",
          lambda: store.record_inspections("bench", done), "findings", total)
    timed("record them again (idempotent upsert)", lambda: store.record_inspections("bench", done), "findings", total)
    timed(f"record {site_count:,} results", lambda: store.record_results("bench", results(sites)), "rows", site_count)
    one_by_one = done[:500]
    timed("record 500 inspections one transaction each (as workers do)",
          lambda: [store.record_inspection("bench", outcome) for outcome in one_by_one], "sites", len(one_by_one))
    found = timed("query: every stale 政策文件 column in the round",
                  lambda: store.findings("bench", check="stale-column", type="政策文件"))
    print(f"    {len(found):,} findings on {len({f.site_code for f in found}):,} sites")
    tier_rows = timed("query: a tier's results", lambda: store.results("bench", tier="区县"))
    print(f"    {len(tier_rows):,} rows")
    timed("query: one site's findings", lambda: store.findings("bench", site_code=sites[123].site_code))
    timed("query: one site's history", lambda: store.site_history(sites[123].site_code))
    store.close()


@contextmanager
def postgres() -> Iterator[str | None]:
    if postgres_missing():
        print(f"(PostgreSQL skipped: {postgres_missing()})")
        yield None
        return
    with PostgresServer() as server:
        yield server.create_database("bench")


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=15000)
    parser.add_argument("--findings", type=int, default=20)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        run(f"sqlite:///{scratch}/govweb.sqlite", "SQLite (embedded)", args.sites, args.findings)
    if not args.sqlite_only:
        with postgres() as url:
            if url:
                run(url, "PostgreSQL (throwaway server, fsync off)", args.sites, args.findings)


if __name__ == "__main__":
    main()
