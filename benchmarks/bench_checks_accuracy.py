"""Accuracy of the checks: on the sample-site families kept out of the tests, and on real government pages.

1. Sample families (held_out: true, or every family with --all): builds the sample sites, serves them locally,
   crawls each site (with the active measurements), runs every check and compares with ground-truth.json.
2. Real-page corpus (benchmarks/data/realpages): each corpus site becomes a crawl snapshot, the checks run on it
   and the report is compared with the truth written by reading the pages — per element, column, veto and page
   kind, separately for the dev sites (read while writing checks) and the holdout sites (only for reporting).
   `--render static` (default): the snapshot is written from the saved bytes (crawl.json + WARC, no browser; a
   few seconds). `--render auto` (what `inspect`/`evaluate` run by default), `never` or `always`: each site is
   served on loopback under its own host names (ports 80/443 on a 127.x.y.z address: needs root) and crawled by
   govweb's crawler with that browser-lane mode (`govweb.samplesites.realcrawl`; about a minute). Several modes,
   comma-separated, run one after the other and the missing-element answers are compared between the first and
   each other mode (how many "not measured" answers a mode turns into right or wrong ones).

Prints precision and recall per check (target ≥ 0.95 each, no false veto), the false positives / negatives of the
sample families and of the corpus's dev sites (the holdout's with --show-holdout).

    .venv/bin/python benchmarks/bench_checks_accuracy.py [--all] [--keep DIR] [--skip-families] [--skip-corpus]
                                                         [--show-holdout] [--render static|never|auto|always,…] [--recheck]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from govweb.samplesites.accuracy import evaluate_sample_sites, format_tallies
from govweb.samplesites.realpages import (
    CorpusScore,
    Site,
    answer_changes,
    evaluate_corpus,
    format_score,
    load_corpus,
    score_errors,
    write_snapshot,
)

TARGET = 0.95
CORPUS = Path(__file__).resolve().parent / "data" / "realpages"
BLIND = Path(__file__).resolve().parent / "data" / "blindsites"


def sample_families(args: argparse.Namespace, work: Path, t0: float) -> float:
    as_of = dt.date.fromisoformat(args.as_of)
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
    return worst


def _snapshot(mode: str, log: Callable[[str], None], recheck: bool) -> Callable[[Site, Path], Path]:
    """The snapshot writer of a --render mode: the static writer, or a loopback crawl with that browser mode
    (`recheck`: the crawl a previous run kept, when there is one)."""
    if mode == "static":
        return write_snapshot
    from govweb.samplesites.realcrawl import crawl_snapshot, uncrawled

    def crawled(site: Site, out: Path) -> Path:
        if not (recheck and (out / "crawl.json").is_file()):
            crawl_snapshot(site, out, mode)  # type: ignore[arg-type]
        head = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
        render = head.get("render") or {}
        missed = uncrawled(site, out)
        log(f"{site.id}: crawled, rendered {render.get('rendered')} pages"
            + (f" (browser unavailable: {render.get('reason')})" if render.get("available") is False else "")
            + (f", {len(missed)} corpus pages not fetched" + (f": {', '.join(missed)}" if site.split == "dev" else "")
               if missed else ""))
        return out

    return crawled


def real_pages(args: argparse.Namespace, work: Path, t0: float, mode: str) -> tuple[float, CorpusScore]:
    sites = load_corpus(args.corpus)
    pages = sum(len(s.pages) for s in sites)
    dev = [s for s in sites if s.split == "dev"]
    print(f"\n{args.corpus.name} corpus, --render {mode}: {len(sites)} sites ({len(dev)} dev / {len(sites) - len(dev)} holdout), "
          f"{pages} pages")
    # a split without sites has no column in the table and no error list (the holdout is gathered apart)
    splits = [split for split in ("dev", "holdout") if any(s.split == split for s in sites)]
    for split in ("dev", "holdout"):
        if split not in splits:
            print(f"no {split} sites")

    def log(s: str) -> None:
        print(f"[{time.perf_counter() - t0:6.1f}s] {s}", file=sys.stderr, flush=True)

    score = evaluate_corpus(sites, work / f"{args.corpus.name}-{mode}", log=log, snapshot=_snapshot(mode, log, args.recheck))
    print(format_score(score, splits))
    print("(n = judged cases; abst = 'not measured' answers, a miss when the truth is positive)")
    for split in splits:
        vetoes = [x for s, x in score.false_vetoes if s == split]
        print(f"false vetoes ({split}): {len(vetoes)}")
        if split == "dev" or args.show_holdout:
            for x in vetoes:
                print(f"  {x}")
    if score.unjudged:
        print("findings the corpus truth does not judge: " + ", ".join(f"{k} {v}" for k, v in sorted(score.unjudged.items())))
    for split in [s for s in splits if s == "dev" or args.show_holdout]:
        errors = score_errors(score, split)
        print(f"\n{split} errors ({len(errors)}):")
        for line in errors:
            print(f"  {line}")
    if not args.show_holdout and "holdout" in splits:
        print(f"\nholdout errors: {len(score_errors(score, 'holdout'))} (listed with --show-holdout)")
    checks = [t for (m, _), t in score.tallies.items() if not m.startswith(("  ", "missing-element [", "is-a-column ["))]
    worst = min((min(t.precision if t.tp + t.fp else 1.0, t.recall if t.tp + t.fn else 1.0) for t in checks), default=1.0)
    print(f"lowest precision/recall on real pages (--render {mode}): {worst:.3f} (target ≥ {TARGET}); "
          f"false vetoes: {len(score.false_vetoes)} (target 0)")
    return (worst if not score.false_vetoes else 0.0), score


def print_changes(first: str, before: CorpusScore, mode: str, after: CorpusScore) -> None:
    """How the missing-element answers moved from mode `first` to `mode`, per split."""
    print(f"\nmissing-element answers, --render {first} → --render {mode}:")
    for split in ("dev", "holdout"):
        changes = answer_changes(before, after, "missing-element", split)
        if not changes:
            print(f"  {split}: no judged answers")
            continue
        was_abst = sum(n for (was, _), n in changes.items() if was == "not-measured")
        resolved = sum(n for (was, now), n in changes.items() if was == "not-measured" and now != "not-measured")
        share = f"{resolved / was_abst:.2f}" if was_abst else "-"
        print(f"  {split}: not measured {was_abst} → answered {resolved} ({share}); "
              + ", ".join(f"{was}→{now} {n}" for (was, now), n in sorted(changes.items()) if was != now))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="also the sample families the tests use")
    ap.add_argument("--keep", type=Path, help="work folder to keep (sites, crawls, snapshots, findings)")
    ap.add_argument("--as-of", default="2020-11-26", help="as-of date of the sample families")
    ap.add_argument("--skip-families", action="store_true", help="only the real-page corpus")
    ap.add_argument("--skip-corpus", action="store_true", help="only the sample families")
    ap.add_argument("--show-holdout", action="store_true", help="list the holdout sites' errors too")
    ap.add_argument("--render", default="static",
                    help="corpus snapshots: static (saved bytes, no crawl) or a loopback crawl with browser mode "
                         "auto|never|always; several comma-separated are compared (e.g. static,auto)")
    ap.add_argument("--recheck", action="store_true", help="with --keep: reuse the corpus crawls kept there")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help=f"the corpus to measure: {CORPUS.name} (pages found in public repositories, default) or "
                         f"{BLIND.name} (sites written for a blind test by authors who never saw the checks)")
    args = ap.parse_args()
    modes = [m.strip() for m in args.render.split(",") if m.strip()]
    if not modes or any(m not in ("static", "never", "auto", "always") for m in modes):
        ap.error("--render: static, never, auto or always (comma-separated)")
    work = args.keep or Path(tempfile.mkdtemp(prefix="govweb-bench-checks-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    worst = 1.0
    if not args.skip_families:
        worst = min(worst, sample_families(args, work, t0))
    if not args.skip_corpus:
        scores = []
        for mode in modes:
            lowest, score = real_pages(args, work, t0, mode)
            worst = min(worst, lowest)
            scores.append(score)
        for mode, score in zip(modes[1:], scores[1:], strict=True):
            print_changes(modes[0], scores[0], mode, score)
    print(f"work folder: {work}")
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
