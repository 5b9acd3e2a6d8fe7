"""Score + rank 15,000 synthetic sites with the shipped cstc-2020 methodology (target: under 1 s).

Prints the time to read the CSV, to score and rank (score_table: exact Decimal totals, dense ranks, ties by
administrative code), and to write the output CSV.
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from govweb.scoring import load_methodology, rank_table, read_table, score_table, write_ranking_csv
from govweb.terms import index_column

SITES = 15_000
TARGET_S = 1.0


def synthetic_table(path: Path, n: int, seed: int = 0) -> None:
    m = load_methodology("cstc-2020")
    rnd = random.Random(seed)
    tiers = list(m.tiers)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["级别", "名称", "所属城市", "行政区划代码", *map(index_column, m.indices), "总分", "备注"])
        for i in range(n):
            tier = tiers[i % len(tiers)]
            applicable = m.tiers[tier].applicable
            values = [f"{rnd.randint(0, 100) / 100:.2f}" if name in applicable else "" for name in m.indices]
            writer.writerow([tier, f"站点{i}", "某市" if tier == "区县" else "", f"{100000 + i:06d}", *values,
                             f"{rnd.randint(300, 1100) / 10:.1f}", f"note {i}"])


def main(repeats: int = 3) -> None:
    m = load_methodology("cstc-2020")
    timings: dict[str, list[float]] = {"read": [], "score": [], "rank": [], "write": []}
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "sites.csv"
        synthetic_table(src, SITES)
        for _ in range(repeats):
            t0 = time.perf_counter()
            table = read_table(src, m)
            t1 = time.perf_counter()
            scored = score_table(table, m)
            t2 = time.perf_counter()
            ranked = rank_table(table, m)
            t3 = time.perf_counter()
            write_ranking_csv(scored, Path(folder) / "out.csv")
            t4 = time.perf_counter()
            for key, seconds in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                timings[key].append(seconds)
    assert sum(len(t.rows) for t in scored.tables) == sum(len(t.rows) for t in ranked.tables) == SITES
    best = {key: min(values) for key, values in timings.items()}
    print(f"sites: {SITES}  (best of {repeats} runs)")
    print(f"read_table:               {best['read']:.3f} s")
    print(f"score_table (score+rank): {best['score']:.3f} s   target < {TARGET_S:.1f} s  ratio {best['score'] / TARGET_S:.2f}")
    print(f"rank_table (given 总分):  {best['rank']:.3f} s")
    print(f"write_ranking_csv:        {best['write']:.3f} s")
    print(f"read + score + write:     {best['read'] + best['score'] + best['write']:.3f} s")


if __name__ == "__main__":
    main()
