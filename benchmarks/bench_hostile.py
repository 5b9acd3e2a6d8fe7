"""Memory and requests of the crawler against the hostile web server (govweb.samplesites.hostile_server).

Every case is crawled in its own subprocess with the default settings at `--max-pages 500` (timeouts shortened to
5 s so hanging cases end sooner); prints, per case, the peak RSS of the crawler's process tree (target < 300 MB),
the requests the server saw, the crawl's own request count and its cap, pages, stop reason and error classes.

    python benchmarks/bench_hostile.py [--max-pages 500] [--cases bomb,links …]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
from pathlib import Path

from bench_crawl import run_measured

from govweb.collect import CrawlSettings
from govweb.samplesites.hostile_server import CASES, serve_hostile

PYTHON = sys.executable
TARGET_MB = 300

CHILD = textwrap.dedent('''
    import sys, time
    from govweb.collect import CrawlSettings, crawl
    url, out, resolve, pages = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    settings = CrawlSettings(max_pages=pages, resolve=tuple(resolve.split()), timeout=5.0, connect_timeout=3.0,
                             read_timeout=3.0)
    start = time.monotonic()
    result = crawl(url, out, settings, restart=True)
    print(result.stats["by_kind"].get("page", 0), time.monotonic() - start)
''')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-pages", type=int, default=500)
    parser.add_argument("--cases", default=",".join(CASES))
    opts = parser.parse_args()
    cap = CrawlSettings(max_pages=opts.max_pages).request_cap
    worst = 0.0
    print(f"{'case':<11} {'peak RSS':>9} {'server saw':>10} {'requests':>9} {'cap':>6} {'pages':>6} {'seconds':>8}  "
          "stopped, errors")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as work, serve_hostile() as server:
        for case in opts.cases.split(","):
            out = Path(work) / case
            before = server.requests(case)
            run = run_measured([PYTHON, "-c", CHILD, server.url(case), str(out), " ".join(server.resolve(case)),
                                str(opts.max_pages)])
            stats = json.loads((out / "crawl.json").read_text(encoding="utf-8"))["stats"]
            errors = ", ".join(f"{k} {v}" for k, v in sorted(stats["errors"].items())) or "-"
            worst = max(worst, run.rss_mb)
            print(f"{case:<11} {run.rss_mb:>6.0f} MB {server.requests(case) - before:>10} {stats['requests']:>9} "
                  f"{cap:>6} {run.pages:>6} {run.seconds:>8.1f}  {stats['stopped']}; {errors}")
    print(f"worst peak RSS {worst:.0f} MB (target < {TARGET_MB} MB): {'ok' if worst < TARGET_MB else 'OVER'}")


if __name__ == "__main__":
    main()
