"""Registry speed: loading the division codes (target < 0.3 s, in a fresh interpreter), resolving the 320
names of the 2020 published table, and importing the 13,385-row national directory export.

    python benchmarks/bench_registry.py
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from importlib import resources

LOAD = ("import time; t0 = time.perf_counter(); from govweb.registry import Divisions; "
        "t1 = time.perf_counter(); Divisions.load(); print(t1 - t0, time.perf_counter() - t1)")


def main() -> None:
    runs = [subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(5)]
    imports = [float(r[0]) for r in runs]
    loads = [float(r[1]) for r in runs]
    print(f"fresh interpreter: import govweb.registry best {min(imports):.3f} s; Divisions.load() best "
          f"{min(loads):.3f} s, worst {max(loads):.3f} s; together worst {max(map(sum, zip(imports, loads, strict=True))):.3f} s "
          f"(target < 0.3 s)")

    from govweb.registry import Divisions, NameQuery, import_directory

    divisions = Divisions.load()
    path = resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    queries = [NameQuery(r["名称"], r["所属城市"] or None, i + 2, r["级别"]) for i, r in enumerate(rows)]
    start = time.perf_counter()
    for _ in range(10):
        divisions.resolve_many(queries, 2020)
    per_name = (time.perf_counter() - start) / (10 * len(queries))
    print(f"resolve: {per_name * 1e6:.1f} µs per name ({len(queries)} names of the 2020 table)")

    directory = resources.files("govweb") / "data" / "gov-sites" / "2023-03-09-local-sites.csv"
    start = time.perf_counter()
    result = import_directory(str(directory), "地市")
    elapsed = time.perf_counter() - start
    print(f"import_directory: {len(result.sites)} sites in {elapsed:.2f} s "
          f"({len(result.sites) / elapsed:,.0f} rows/s); {result.summary()}")


if __name__ == "__main__":
    main()
