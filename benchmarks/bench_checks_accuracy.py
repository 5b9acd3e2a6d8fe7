"""Accuracy of the checks on the two sample-site families kept out of the tests (held_out: true).

Builds the sample sites, serves them locally, crawls each held-out site (with the active measurements), runs
every check and compares with ground-truth.json. Prints per-check precision and recall (target ≥ 0.95 each)
and every false positive / negative.

    .venv/bin/python benchmarks/bench_checks_accuracy.py [--all] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from govweb.checks.accuracy import evaluate_sample_sites, format_tallies

TARGET = 0.95


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="also the families the tests use")
    ap.add_argument("--keep", type=Path, help="work folder to keep (sites, crawls, findings)")
    ap.add_argument("--as-of", default="2020-11-26")
    args = ap.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govweb-bench-checks-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    tallies, reports, skipped = evaluate_sample_sites(
        work, as_of, lambda t: bool(args.all or t.get("held_out")),
        log=lambda s: print(f"[{time.perf_counter() - t0:6.1f}s] {s}", file=sys.stderr, flush=True),
    )
    print(f"sites checked: {len(reports)} ({'all families' if args.all else 'held-out families'})")
    print(format_tallies(tallies))
    for check in sorted(tallies):
        t = tallies[check]
        for x in t.false_positives:
            print(f"  false positive  {check}: {x}")
        for x in t.false_negatives:
            print(f"  false negative  {check}: {x}")
    for x in skipped:
        print(f"  not reachable by the crawl (left out): {x}")
    worst = min((min(t.precision, t.recall) for t in tallies.values()), default=1.0)
    print(f"lowest precision/recall: {worst:.3f} (target ≥ {TARGET})")
    print(f"work folder: {work}")
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
