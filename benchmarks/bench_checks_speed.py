"""Checks throughput: every check over a snapshot of realistic pages (≥ 20 KB each) on one core.

The snapshot is written directly as WARC + crawl.json from `govweb.samplesites.build_large_site` (no crawl);
then `run_checks` (one streaming WARC pass, one selectolax parse per page, site-level checks) is timed.
Target: ≥ 500 pages/s.

    .venv/bin/python benchmarks/bench_checks_speed.py [--pages 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.samplesites import build_large_site

HOST = "http://www.example.gov.cn"
TARGET = 500


def write_snapshot(site: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in site.rglob("*.html"))
    pages = []
    with open(out / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for p in files:
            rel = p.relative_to(site).as_posix()
            url = HOST + "/" + ("" if rel == "index.html" else rel)
            body = p.read_bytes()
            rec = writer.create_warc_record(
                url, "response", payload=BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                         ("Content-Length", str(len(body)))], protocol="HTTP/1.1"),
            )
            writer.write_record(rec)
            pages.append({"url": url, "kind": "page", "referrer": None, "status": 200,
                          "content_type": "text/html; charset=utf-8", "encoding": "utf-8", "title": None,
                          "depth": 0 if rel == "index.html" else 2, "bytes": len(body), "elapsed_ms": 1,
                          "error": None, "warc_record": rec.rec_headers.get_header("WARC-Record-ID"),
                          "final_url": url, "rendered_record": None})
    crawl = {"seed": HOST + "/", "complete": True, "options": {}, "pages": pages, "stats": {}, "pruned": []}
    (out / "crawl.json").write_text(json.dumps(crawl), encoding="utf-8")
    return len(files)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--keep", type=Path, help="folder for the site and snapshot (reused when present)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="govweb-bench-speed-"))
    snap = work / f"snapshot-{args.pages}"
    if not (snap / "crawl.json").is_file():
        t = time.perf_counter()
        site = build_large_site(work / f"site-{args.pages}", args.pages)
        n = write_snapshot(site, snap)
        print(f"snapshot: {n} pages, {os.path.getsize(snap / 'crawl.warc.gz') / 1e6:.0f} MB WARC "
              f"(built in {time.perf_counter() - t:.0f} s)")
    sizes = [p["bytes"] for p in json.loads((snap / "crawl.json").read_text())["pages"]]
    print(f"pages: {len(sizes)}, smallest {min(sizes) / 1024:.1f} KB, mean {sum(sizes) / len(sizes) / 1024:.1f} KB")
    t = time.process_time()
    w = time.perf_counter()
    report = run_checks(load_snapshot(snap), dt.date(2020, 11, 26))
    cpu = time.process_time() - t
    wall = time.perf_counter() - w
    # The checks run in one thread: CPU seconds are the time one core spent on them. Wall time also counts the
    # waits when other processes share the machine, so both are printed and the target is judged on one core.
    rate = len(sizes) / cpu
    print(f"checks: {wall:.1f} s wall ({len(sizes) / wall:.0f} pages/s), {cpu:.1f} s CPU: "
          f"{rate:.0f} pages/s on one core (target ≥ {TARGET})")
    print(f"columns {len(report['columns'])}, findings {len(report['findings'])}, warnings {len(report['warnings'])}")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
