"""Accuracy of the checks against a ground truth (the sample sites' ground-truth.json): per-check true
positives, false positives and false negatives, matched on each check's identity field. The harness that crawls
the sample sites and checks them lives here, beside the sites, not in the checks stage."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from govweb.documents.layout import CRAWL_JSON
from govweb.urlnorm import page_key

# The field that identifies a finding of each check (none: one finding per site).
IDENTITY: dict[str, str | None] = {
    "broken-link": "target", "homepage-stale": None, "stale-column": "url", "empty-column": "url",
    "missing-element": "element", "unanswered-message": "url", "missing-interpretation": "url",
    "insecure-transport": None, "no-ipv6": None, "no-mobile-viewport": None, "image-missing-alt": "url",
    "incomplete-service-guide": "url", "search-not-working": None,
}


def finding_keys(findings: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    keys = set()
    for f in findings:
        check = str(f["check"])
        field_name = IDENTITY.get(check, "url")
        keys.add((check, str(f.get(field_name, "")) if field_name else ""))
    return keys


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    def add(self, want: bool, got: bool, label: str) -> None:
        """One judged case: `want` what the truth says, `got` what the checks say (a positive is a problem found)."""
        if want and got:
            self.tp += 1
        elif got:
            self.fp += 1
            self.false_positives.append(label)
        elif want:
            self.fn += 1
            self.false_negatives.append(label)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _unreachable(truth: Mapping[str, Any], crawled: set[str]) -> tuple[set[tuple[str, str]], set[str]]:
    """Ground-truth claims about pages the crawl never saw (no archived page links to them): findings whose
    url/target was not crawled, and elements the truth places on a page that was not crawled."""
    findings = set()
    for f in truth.get("findings", []):
        field_name = IDENTITY.get(str(f["check"]), "url")
        if field_name in ("url", "target") and f.get(field_name) and page_key(str(f[field_name])) not in crawled:
            findings.add((str(f["check"]), str(f[field_name])))
    host = urlsplit(str(truth.get("url", ""))).netloc
    elements = {
        el for el, value in (truth.get("elements") or {}).items()
        if isinstance(value, str) and urlsplit(value).netloc == host and page_key(value) not in crawled
    }
    return findings, elements


def open_data_key(od: Mapping[str, Any]) -> str:
    """`datasets=N formats=A,B` (N is None when the portal is not measured)."""
    return f"datasets={od.get('datasets')} formats={','.join(od.get('formats') or [])}"


def compare(
    report: Mapping[str, Any], truth: Mapping[str, Any], tallies: dict[str, Tally], site: str = "",
    crawled: set[str] | None = None,
) -> list[str]:
    """Add one site's comparison to `tallies` (check → Tally); vetoes are tallied as check "veto:<rule>", the
    open-data portal's dataset count and formats as "open-data".

    With `crawled` (the URLs in crawl.json), claims about pages the crawl never reached are left out of the
    tally and returned, so a crawl-coverage gap is not counted as a check error."""
    got = finding_keys(report.get("findings", []))
    want = finding_keys(truth.get("findings", []))
    skipped: list[str] = []
    if crawled is not None:
        gone, gone_elements = _unreachable(truth, crawled)
        gone_elements &= {k for c, k in got if c == "missing-element"}
        skipped += [f"{site} {c} {k}（未被抓取）" for c, k in sorted(gone)]
        skipped += [f"{site} missing-element {el}（要素页面未被链接/抓取）" for el in sorted(gone_elements)]
        want -= gone
        got -= gone
        got -= {("missing-element", el) for el in gone_elements}
    got |= {(f"veto:{v['rule']}", "") for v in report.get("vetoes", [])}
    want |= {(f"veto:{v}", "") for v in truth.get("vetoes", [])}
    got.add(("status", str(report["site"]["status"])))
    want.add(("status", str(truth.get("status", "measured"))))
    if truth.get("open_data"):  # the portal's dataset count and formats, as one claim per site
        got.add(("open-data", open_data_key(report.get("open_data") or {})))
        want.add(("open-data", open_data_key(truth["open_data"])))
    for key in got | want:
        tallies.setdefault(key[0], Tally()).add(key in want, key in got, f"{site} {key[1]}".strip())
    return skipped


def evaluate_sample_sites(
    workdir: Path,
    as_of: dt.date,
    include: Callable[[Mapping[str, Any]], bool],
    seed: int = 0,
    max_pages: int = 2000,
    parallel: int = 4,
    log: Callable[[str], None] = lambda s: None,
    sites: int | None = None,
    render: Literal["never", "auto", "always"] = "auto",
) -> tuple[dict[str, Tally], dict[str, dict[str, Any]], list[str]]:
    """Build and serve the sample sites (`sites`: that many generated sites instead of the fixed ones), crawl
    (browser lane `render`) + measure (`parallel` sites at a time) + check each site `include` accepts, compare
    with the ground truth. Returns (tallies per check, reports per site id, ground-truth claims left out because
    the crawl never reached their page)."""
    import asyncio

    from govweb.collect import CrawlSettings, crawl_async
    from govweb.collect.measure import take_measurements
    from govweb.collect.netmap import parse_resolve
    from govweb.samplesites import build, serve

    sites_dir = workdir / "sites"
    if not (sites_dir / "ground-truth.json").is_file():
        build(sites_dir, as_of=as_of, seed=seed, sites=sites)
    tallies: dict[str, Tally] = {}
    reports: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    with serve(sites_dir) as server:
        served_truth = server.ground_truth()
        (workdir / "ground-truth-served.json").write_text(json.dumps(served_truth, ensure_ascii=False), encoding="utf-8")
        truth = served_truth["sites"]
        chosen = [rec for rec in server.sites if include(truth[rec.sid])]

        async def one(rec: Any, gate: asyncio.Semaphore) -> None:
            async with gate:
                out = workdir / "crawls" / rec.sid
                resolve = rec.resolve_args()
                # every page whose content looks script-written is rendered (not just the first few of a round's
                # default): the accuracy of the checks is measured on what visitors see
                settings = CrawlSettings(max_pages=max_pages, resolve=tuple(resolve), concurrency=8,
                                         concurrency_per_host=8, render=render, max_rendered_pages=max_pages)
                log(f"{rec.sid} {rec.family}: crawl {rec.url}")
                await crawl_async(rec.url, out, settings, restart=True)
                await take_measurements(rec.url, out, resolve=parse_resolve(resolve), timeout=5,
                                        chromium=settings.chromium_path if render != "never" else None)
                log(f"{rec.sid} {rec.family}: crawled")

        async def all_sites() -> None:
            gate = asyncio.Semaphore(parallel)
            await asyncio.gather(*(one(rec, gate) for rec in chosen))

        asyncio.run(all_sites())
    for rec in chosen:
        out = workdir / "crawls" / rec.sid
        report = check_folder(out, as_of)
        reports[rec.sid] = report
        skipped.extend(compare(report, truth[rec.sid], tallies, rec.sid, crawled_urls(out)))
    return tallies, reports, skipped


def crawled_urls(directory: Path) -> set[str]:
    """The page URLs a crawl folder's crawl.json lists, normalised as `compare` matches them."""
    return {page_key(p["url"]) for p in json.loads((directory / CRAWL_JSON).read_text(encoding="utf-8"))["pages"]}


def check_folder(directory: Path, as_of: dt.date) -> dict[str, Any]:
    """The checks over a crawled sample site, scored with the default methodology: its findings.json."""
    from govweb.campaign.inspect import check_site
    from govweb.documents import DEFAULT_METHODOLOGY

    return check_site(directory, as_of, _methodology(DEFAULT_METHODOLOGY), None).document


@functools.cache
def _methodology(name: str) -> Any:
    from govweb.scoring import load_methodology

    return load_methodology(name)


def format_errors(tallies: Mapping[str, Tally]) -> list[str]:
    """Every false positive and false negative, one line each, by check."""
    lines = []
    for check in sorted(tallies):
        t = tallies[check]
        lines += [f"  false positive  {check}: {x}" for x in t.false_positives]
        lines += [f"  false negative  {check}: {x}" for x in t.false_negatives]
    return lines


def format_tallies(tallies: Mapping[str, Tally]) -> str:
    lines = [f"{'check':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    for check in sorted(tallies):
        t = tallies[check]
        lines.append(f"{check:28} {t.tp:4d} {t.fp:4d} {t.fn:4d} {t.precision:9.3f} {t.recall:7.3f}")
    return "\n".join(lines)
