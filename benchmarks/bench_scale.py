"""Scale: one round over N distinct generated sample sites served on loopback, in this process (LocalExecutor)
and on 2 Celery workers (Redis broker, PostgreSQL store, both throwaway servers). Prints sites/min for each and
the per-site cost — CPU seconds, bytes and requests, the largest inspection's memory — which docs/scale.md turns
into the workers a national round needs.

    python benchmarks/bench_scale.py [--sites 300] [--max-pages 30] [--concurrency 2] [--in-process-only]

The crawler's politeness delay is off here (loopback, one process serving every site): the figures are the cost
of the work, not of waiting; docs/scale.md adds the waiting (1 request/s per host) separately.
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from govweb.campaign import RoundOptions, run_round
from govweb.samplesites import build, serve
from govweb.samplesites.build import sites_csv

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from services import PostgresServer, RedisServer, postgres_missing, redis_missing  # noqa: E402

AS_OF = datetime.date(2020, 11, 26)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def site_costs(out: Path) -> tuple[int, int, int]:
    """(sites, bytes, requests) over the round's sites: the crawl and the active measurements."""
    sites = total_bytes = requests = 0
    for folder in sorted((out / "sites").iterdir()):
        crawl = folder / "crawl.json"
        if not crawl.is_file():
            continue
        stats = json.loads(crawl.read_text(encoding="utf-8")).get("stats") or {}
        sites += 1
        total_bytes += int(stats.get("bytes") or 0)
        requests += int(stats.get("requests") or 0)
        measured = folder / "measurements.warc.gz"
        if measured.is_file():  # HTTPS, IPv6 and site-search probes
            with open(measured, "rb") as fh:
                requests += sum(1 for record in ArchiveIterator(fh) if record.rec_type == "request")
    return sites, total_bytes, requests


def run(label: str, options: RoundOptions) -> float:
    start, cpu, cpu_here = time.perf_counter(), children_cpu(), time.process_time()
    report = run_round(options)
    inspection = report.timings["inspection"]
    cpu_children, cpu_here = children_cpu() - cpu, time.process_time() - cpu_here
    sites, total_bytes, requests = site_costs(options.out)
    rate = report.sites / inspection * 60
    print(f"{label}: {report.sites} sites inspected in {inspection:.0f} s → {rate:.1f} sites/min "
          f"(whole round with scoring and publication {time.perf_counter() - start:.0f} s)", flush=True)
    if cpu_children:
        print(f"  per site: {cpu_children / report.sites:.2f} CPU-s in the inspection processes "
              f"(+ {cpu_here / report.sites:.3f} CPU-s in the dispatcher), {total_bytes / max(sites, 1) / 1024:.0f} KiB, "
              f"{requests / max(sites, 1):.1f} requests; largest inspection process "
              f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MiB", flush=True)
    else:
        print(f"  dispatcher: {cpu_here / report.sites:.3f} CPU-s per site", flush=True)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--max-pages", type=int, default=30)
    parser.add_argument("--concurrency", type=int, default=2, help="sites at once in-process; 2 workers × 1")
    parser.add_argument("--in-process-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govweb-bench-scale-") as tmp:
        base = Path(tmp)
        started = time.perf_counter()
        build(base / "sites", as_of=AS_OF, sites=args.sites)
        print(f"built {args.sites} distinct generated sites in {time.perf_counter() - started:.0f} s", flush=True)
        with serve(base / "sites") as server:
            registry = base / "sites.csv"
            registry.write_text(sites_csv(server.meta["sites"], server.port), encoding="utf-8")

            def options(name: str, **kw: object) -> RoundOptions:
                return RoundOptions(sites=registry, as_of=AS_OF, out=base / name, concurrency=args.concurrency,
                                    resolve=tuple(server.resolve_args()),
                                    crawl_args=("--max-pages", str(args.max_pages), "--render", "never"),
                                    screenshots=False, publication_formats=(".md",), diagnosis_formats=(),
                                    progress=False, **kw)  # type: ignore[arg-type]

            local = run("in-process", options("in-process", store=f"sqlite:///{base / 'govweb.sqlite'}"))
            if args.in_process_only:
                return
            missing = postgres_missing() or redis_missing()
            if missing:
                print(f"2 workers: skipped ({missing})")
                return
            with PostgresServer() as postgres, RedisServer() as redis:
                from govweb.workers import CeleryExecutor

                workers = [subprocess.Popen(
                    [sys.executable, "-c", "from govweb.cli import main; main()", "worker", "--broker", redis.url,
                     "--concurrency", "1", "--name", f"bench{n}@local"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in (1, 2)]
                cpu = children_cpu()
                try:
                    distributed = run("2 Celery workers", options(
                        "workers", store=postgres.create_database("bench_scale"), executor=CeleryExecutor(redis.url)))
                finally:
                    for worker in workers:
                        worker.terminate()  # warm shutdown: their jobs are over
                        worker.wait(timeout=120)
                print(f"  per site: {(children_cpu() - cpu) / args.sites:.2f} CPU-s in the workers and their "
                      "inspection processes", flush=True)
            print(f"2 workers / in-process: {distributed / local:.2f}× the sites per minute")


if __name__ == "__main__":
    main()
