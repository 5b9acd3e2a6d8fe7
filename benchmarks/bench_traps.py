"""Trap guard on a large site: articles of paginated columns must never be pruned as traps.

Crawls a Hanweb-style site (govweb.samplesites.listsite: 10 columns × 2,000 articles `/art/YYYY/M/D/art_N_N.html`
listed 20 to a page as `?uid=N&pageNum=K`, articles linking 上一篇/下一篇) with the default settings and a page cap
above the site's size; prints the articles crawled, the URLs pruned by reason (target: no article pruned) and
pages/s. `--crawler-src` measures the crawler of another checkout (its `src` folder) on the same site.

    python benchmarks/bench_traps.py [--columns 10] [--per-column 2000] [--crawler-src ../old/src]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
from pathlib import Path

from bench_crawl import run_measured

from govweb.samplesites.listsite import serve_list_site

CHILD = textwrap.dedent('''
    import sys, time
    if sys.argv[4]:
        sys.path.insert(0, sys.argv[4])
    from govweb.collect import CrawlSettings, crawl
    url, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = time.monotonic()
    result = crawl(url, out, CrawlSettings(max_pages=pages), restart=True)
    print(result.stats["by_kind"].get("page", 0), time.monotonic() - start)
''')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--columns", type=int, default=10)
    parser.add_argument("--per-column", type=int, default=2000)
    parser.add_argument("--crawler-src", default="")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-traps-") as work, \
            serve_list_site(opts.columns, opts.per_column) as site:
        out = Path(work) / "crawl"
        run = run_measured([sys.executable, "-c", CHILD, site.url, str(out), str(site.pages + 100), opts.crawler_src])
        data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    articles = sum(1 for p in data["pages"] if "/art/" in p["url"] and p.get("status") == 200)
    pruned = data["stats"]["pruned"]
    pruned_articles = sum(1 for p in data.get("pruned", []) if "/art/" in p["url"])
    total = opts.columns * opts.per_column
    print(f"site: {site.pages} pages ({total} articles in {site.list_pages} list pages)")
    print(f"crawled {run.pages} pages in {run.seconds:.1f} s ({run.rate:.0f} pages/s), articles {articles}/{total}; "
          f"pruned by reason {pruned or 'none'} (articles among the listed pruned: {pruned_articles}); "
          f"peak RSS {run.rss_mb:.0f} MB")
    print("ok: no article pruned" if articles == total else f"MISSED {total - articles} articles")


if __name__ == "__main__":
    main()
