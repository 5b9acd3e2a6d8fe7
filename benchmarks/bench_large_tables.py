"""Large tables: 100,000 rows through `govweb score`/`rank` (CSV and XLSX) and `govweb report --out .xlsx`.

Targets (issue 9): score/rank < 15 s, XLSX < 60 s, each under 500 MB peak RSS. Every command runs as its own
process (the real CLI, imports included); its wall time, CPU time (user + system: what a shared machine's load
does not inflate) and peak RSS (ru_maxrss of that child) are printed with the target and OK / TOO SLOW / TOO BIG.

Run: .venv/bin/python benchmarks/bench_large_tables.py [ROWS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scoring import synthetic_table

ROWS = 100_000
GOVWEB = Path(sys.executable).with_name("govweb")
RSS_LIMIT_MB = 500.0


def run(args: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS in MB and exit code of one govweb command."""
    started = time.perf_counter()
    child = subprocess.Popen([str(GOVWEB), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.stderr.write(child.stderr.read().decode(errors="replace") if child.stderr else "")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / "big.csv"
        synthetic_table(table, rows)
        print(f"rows: {rows:,}  input {table.stat().st_size / 2**20:.1f} MiB")
        cases = [
            ("score → CSV", ["score", str(table), "--out", f"{folder}/scored.csv"], 15.0),
            ("rank  → CSV", ["rank", str(table), "--out", f"{folder}/ranked.csv"], 15.0),
            ("score → XLSX", ["score", str(table), "--out", f"{folder}/scored.xlsx"], 60.0),
            ("report → XLSX", ["report", str(table), "--out", f"{folder}/report.xlsx"], 60.0),
        ]
        for label, args, target in cases:
            seconds, cpu, rss, code = run(args)
            out = Path(args[-1])
            size = out.stat().st_size / 2**20 if out.exists() else 0.0
            verdict = "FAILED" if code else ("TOO BIG" if rss >= RSS_LIMIT_MB else "OK" if seconds < target else
                                             "TOO SLOW" if cpu >= target else "TOO SLOW (wall only: busy machine?)")
            print(f"{label:<14} {seconds:7.1f} s (cpu {cpu:5.1f} s; target < {target:.0f} s)  peak RSS {rss:6.0f} MB "
                  f"(< {RSS_LIMIT_MB:.0f})  {size:6.1f} MiB  exit {code}  {verdict}")


if __name__ == "__main__":
    main()
