"""Benchmark: publish the 2020 reference table (320 rows, 6 tiers) in all five formats. Target: < 20 s in total.

Run: .venv/bin/python benchmarks/bench_reports.py
Prints the time to read and rank the table, to build the report model, each format (charts are drawn on first
use and shared, as `govweb demo` does) and the total against the target. Wall time is what the target is about;
CPU time is printed beside it because a shared machine's load inflates wall time.
"""

from __future__ import annotations

import importlib.resources
import tempfile
import time
from pathlib import Path

TARGET_S = 20.0


def main() -> None:
    started, cpu_started = time.perf_counter(), time.process_time()
    from govweb.publish import build_report, render
    from govweb.scoring import load_methodology, rank_table, read_table

    table = Path(str(importlib.resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"))
    t0 = time.perf_counter()
    methodology = load_methodology("cstc-2020")
    ranking = rank_table(read_table(table, methodology), methodology)
    t1 = time.perf_counter()
    report = build_report(ranking, methodology)
    t2 = time.perf_counter()
    print(f"rows: {sum(len(t.rows) for t in ranking.tables)}, tiers: {len(ranking.tables)}, "
          f"figures: {len(report.figures)}")
    print(f"import:            {t0 - started:6.2f} s")
    print(f"read + rank:       {t1 - t0:6.2f} s")
    print(f"build report:      {t2 - t1:6.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in ("md", "html", "xlsx", "docx", "pdf"):
            t, c = time.perf_counter(), time.process_time()
            written = render(report, Path(folder) / f"report.{suffix}")
            size = sum(p.stat().st_size for p in written)
            print(f"{suffix:<5}              {time.perf_counter() - t:6.2f} s  (cpu {time.process_time() - c:5.2f} s; "
                  f"{size / 1024:,.0f} KiB, {len(written)} file(s))")
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"total (all five):  {total:6.2f} s   (cpu {cpu:.2f} s)   target < {TARGET_S:.0f} s   "
          f"ratio {total / TARGET_S:.2f}   {'OK' if total < TARGET_S else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
