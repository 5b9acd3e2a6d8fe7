"""Accuracy of the checks on generated sample sites (variety.py): distinct names, layouts and defects per family.

Builds `--sites N` generated sites, serves them, crawls + measures + checks the sites of the chosen split and
compares with their ground truth: precision and recall per check, per element (a missing-element finding is the
positive) and per veto, column discovery (a truth column found at its URL) and column types, and every false
positive / negative. False vetoes are listed apart. Elements the checks report "not measured" are counted, not
tallied. Target: ≥ 0.95 everywhere, no false veto.

Split: `tune` sites (tuning families, tuning option values) may be looked at while writing checks; `held-out`
sites (families jeecms, zhanqun, or any held-out option value — see `govweb.samplesites.variety.CHOICES`) are
for reporting only.

    .venv/bin/python benchmarks/bench_checks_variety.py [--sites 36] [--seed 1] [--split tune|held-out|all]
                                                         [--render auto|never] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from govweb.samplesites.accuracy import (
    Tally,
    check_folder,
    compare,
    crawled_urls,
    evaluate_sample_sites,
    format_errors,
    format_tallies,
)
from govweb.terms import ELEMENTS
from govweb.urlnorm import page_key

TARGET = 0.95


def _crawled(work: Path, sid: str) -> set[str]:
    return crawled_urls(work / "crawls" / sid)


def element_tallies(reports: dict[str, dict[str, Any]], truth: dict[str, Any], work: Path,
                    tallies: dict[str, Tally]) -> Counter[str]:
    """Per element: a missing-element finding is the positive. Returns the not-measured counts per element."""
    unmeasured: Counter[str] = Counter()
    for sid, report in reports.items():
        if report["site"]["status"] != "measured":
            continue
        want = truth[sid]["elements"]
        crawled = _crawled(work, sid)
        host = truth[sid]["url"].split("/")[2]
        for el in ELEMENTS:
            got = report["elements"].get(el) or {}
            if not got.get("measured", True):
                unmeasured[el] += 1
                continue
            value = want.get(el)
            if isinstance(value, str) and value.split("/")[2:3] == [host] and page_key(value) not in crawled:
                continue   # the element's page was never reached: crawl coverage, not the check
            tallies.setdefault(f"element:{el}", Tally()).add(value is None, not got.get("present"), sid)
    return unmeasured


def column_tallies(reports: dict[str, dict[str, Any]], truth: dict[str, Any], work: Path,
                   tallies: dict[str, Tally]) -> None:
    """Column discovery (truth columns found at their URL, nothing else reported) and column types."""
    found, types = tallies.setdefault("columns:found", Tally()), tallies.setdefault("columns:type", Tally())
    for sid, report in reports.items():
        if report["site"]["status"] != "measured":
            continue
        crawled = _crawled(work, sid)
        want = {page_key(c["url"]): c for c in truth[sid]["columns"] if page_key(c["url"]) in crawled}
        either = {page_key(u) for u in truth[sid].get("list_pages", [])}
        got = {page_key(c["url"]): c for c in report["columns"] if page_key(c["url"]) not in either}
        for url in want.keys() | got.keys():
            found.add(url in want, url in got, f"{sid} {(got.get(url) or want[url])['name']} {url}")
            if url in want and url in got:
                if got[url]["type"] == want[url]["type"]:
                    types.tp += 1
                else:   # a wrong type is both a false and a missed type; listed once
                    types.fp += 1
                    types.fn += 1
                    types.false_positives.append(f"{sid} {want[url]['name']}: {got[url]['type']} ≠ {want[url]['type']}")


def recheck(work: Path, as_of: dt.date, chosen: Any) -> tuple[dict[str, Tally], dict[str, dict[str, Any]], list[str]]:
    """The checks again over the crawls a previous run kept."""
    truth = json.loads((work / "ground-truth-served.json").read_text(encoding="utf-8"))["sites"]
    tallies: dict[str, Tally] = {}
    reports: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    for sid in sorted(truth):
        if not chosen(truth[sid]) or not (work / "crawls" / sid / "crawl.json").is_file():
            continue
        reports[sid] = check_folder(work / "crawls" / sid, as_of)
        skipped += compare(reports[sid], truth[sid], tallies, sid, _crawled(work, sid))
    return tallies, reports, skipped


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", type=int, default=36, help="generated sites to build (spread over six families)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", choices=("tune", "held-out", "all"), default="held-out")
    ap.add_argument("--render", choices=("auto", "never"), default="auto")
    ap.add_argument("--as-of", default="2020-11-26")
    ap.add_argument("--keep", type=Path, help="work folder to keep (sites, crawls, findings)")
    ap.add_argument("--recheck", action="store_true", help="reuse the crawls in --keep, run the checks again")
    args = ap.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govweb-bench-variety-"))
    work.mkdir(parents=True, exist_ok=True)

    def chosen(t: dict[str, Any]) -> bool:
        return args.split == "all" or bool(t.get("held_out")) == (args.split == "held-out")

    t0 = time.perf_counter()
    if args.recheck:
        tallies, reports, skipped = recheck(work, as_of, chosen)
    else:
        tallies, reports, skipped = evaluate_sample_sites(
            work, as_of, chosen, seed=args.seed, sites=args.sites, render=args.render, parallel=3,
            log=lambda s: print(f"[{time.perf_counter() - t0:6.1f}s] {s}", file=sys.stderr, flush=True),
        )
    truth = json.loads((work / "ground-truth-served.json").read_text(encoding="utf-8"))["sites"]
    unmeasured = element_tallies(reports, truth, work, tallies)
    column_tallies(reports, truth, work, tallies)
    families = Counter(truth[sid]["family"] for sid in reports)
    print(f"sites checked: {len(reports)} ({args.split}, render {args.render}; "
          + ", ".join(f"{f} {n}" for f, n in sorted(families.items())) + ")")
    print(format_tallies(tallies))
    false_vetoes = [(c, x) for c, t in sorted(tallies.items()) if c.startswith("veto:") for x in t.false_positives]
    print(f"false vetoes: {len(false_vetoes)}")
    for check, x in false_vetoes:
        layout = truth[x.split()[0]].get("layout", {})
        print(f"  FALSE VETO {check}: {x}  splash={layout.get('splash')}")
    for line in format_errors(tallies):
        print(line)
    if unmeasured:
        print("not measured (elements a script writes, page not rendered): "
              + ", ".join(f"{el} {n}" for el, n in unmeasured.most_common()))
    for x in skipped:
        print(f"  not reachable by the crawl (left out): {x}")
    worst = min((min(t.precision, t.recall) for t in tallies.values()), default=1.0)
    print(f"lowest precision/recall: {worst:.3f} (target ≥ {TARGET}); false vetoes: {len(false_vetoes)}")
    print(f"work folder: {work}")
    return 0 if worst >= TARGET and not false_vetoes else 1


if __name__ == "__main__":
    raise SystemExit(main())
