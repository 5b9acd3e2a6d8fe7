"""Benchmark: a whole round over many sample sites served locally.

Builds the sample sites, serves them on 127.0.0.1/::1, lists N registry rows cycling through every served site of a
known tier (several copies per template family, each with its own 网站标识码 and folder), and runs
`govweb.campaign.run_round`: inspection (real `govweb inspect` per site), expert-free review, scoring, ranking,
publication (5 formats), inspection summary, and diagnoses (4 formats per site).

Prints sites/minute, peak RSS (round process, and the whole process tree sampled every 0.5 s), the time of each
phase, and the share of the round's own overhead (review + scoring + ranking + publishing + summary) — target < 5%.

    .venv/bin/python benchmarks/bench_round.py [--sites 200] [--concurrency 4] [--max-pages 2000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

from govweb.campaign import RoundOptions, run_round
from govweb.samplesites import build, serve


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


class PeakSampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()
        self.me = psutil.Process()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.peak = max(self.peak, tree_rss(self.me))


def sites_file(path: Path, served: list[dict[str, str]], count: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["网站标识码", "名称", "首页网址", "级别", "行政区划代码", "family"])
        for n in range(count):
            site = served[n % len(served)]
            copy = n // len(served)
            code = site["code"] if copy == 0 else f"{site['admin']}{(9000 + copy) % 10000:04d}"
            writer.writerow([code, site["name"] + (f"（副本{copy}）" if copy else ""), site["url"], site["level"],
                             site["admin"], site["family"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-pages", type=int, default=2000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the round folder here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-round-"))
    try:
        started = time.monotonic()
        build(work / "samplesites")
        print(f"sample sites built in {time.monotonic() - started:.1f} s")
        with serve(work / "samplesites") as server:
            served = [{"code": s.sid, "name": s.name, "url": s.url, "level": s.level, "admin": s.admin_code,
                       "family": s.family} for s in server.sites if s.level != "部门" and s.admin_code]
            families = sorted({s["family"] for s in served})
            sites_file(work / "sites.csv", served, args.sites)
            out = args.keep or work / "round"
            sampler = PeakSampler()
            sampler.start()
            began = time.monotonic()
            report = run_round(RoundOptions(
                sites=work / "sites.csv", as_of=datetime.date(2020, 11, 26), out=out, concurrency=args.concurrency,
                resolve=tuple(server.resolve_args()), crawl_args=("--max-pages", str(args.max_pages))))
            wall = time.monotonic() - began
            sampler.stop.set()
            sampler.join()
        timings = report.timings
        overhead = report.overhead_seconds
        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"round: {report.sites} sites ({len(served)} distinct sample sites, families: {', '.join(families)}), "
              f"concurrency {args.concurrency}, max-pages {args.max_pages}")
        print(f"  ranked {report.ranked}, listed apart {report.unranked}, skipped rows {report.skipped_rows}")
        print(f"  wall time {wall:.1f} s: {report.sites / wall * 60:.1f} sites/minute overall, "
              f"{report.sites / timings['inspection'] * 60:.1f} sites/minute inspecting")
        for name, seconds in timings.items():
            print(f"  {name:<12} {seconds:8.2f} s  {seconds / wall:6.1%}")
        print(f"  overhead (review + scoring + ranking + publishing + summary): {overhead:.2f} s = "
              f"{overhead / wall:.2%} of the round (target < 5%)")
        print(f"  diagnoses (4 formats per site): {timings.get('diagnoses', 0.0) / max(report.diagnoses, 1):.2f} s "
              f"per site")
        print(f"  peak RSS: round process {self_rss:.0f} MB, largest child {child_rss:.0f} MB, "
              f"whole process tree {sampler.peak / 2**20:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
