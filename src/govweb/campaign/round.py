"""One evaluation round: sites → inspect each (resumable, concurrent) → expert input → scoring → ranking →
publication, inspection summary and one diagnosis per site.

Layout of DIR: round.sqlite (journal), sites/<网站标识码>/ (site.json, crawl, findings.json, reviewed.json,
diagnosis.*), results.csv, not-ranked.csv, publication.*, inspection-summary.xlsx, round.json.

With a store (`RoundOptions.store`: an SQLAlchemy URL), the round is recorded there as it runs — the round
(methodology, as-of date, folder), each site's inspection and findings as it ends, then results and expert input
— and the per-site jobs hold leases in it. The executor (`RoundOptions.executor`, see executor.py) decides where
jobs run; the outputs are the same whichever ran them, since every job writes the same site folder.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime
import hashlib
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from govweb.campaign.executor import FINISHED, Executor, Inspector, LocalExecutor, SiteJob, outcome_of
from govweb.campaign.inspect import InspectOptions, SiteInspection, inspect_site
from govweb.campaign.journal import Journal
from govweb.campaign.results import RoundTable, SiteResult, Unranked, build_table
from govweb.campaign.summary import KIND_LABELS, region_of, write_summary
from govweb.collect.guard import operator_problem
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.documents.findings import write_document
from govweb.documents.layout import (
    NOT_RANKED_CSV,
    RESULTS_CSV,
    ROUND_JOURNAL,
    ROUND_JSON,
    ROUND_SITES,
    SiteFolder,
    site_folder,
)
from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open
from govweb.registry import RowNote, Site, SkippedRow, import_directory, read_sites
from govweb.review import ExpertInput, read_expert
from govweb.safetext import printable, write_csv
from govweb.scoring.methodology import Methodology, load_methodology
from govweb.scoring.model import Ranking
from govweb.scoring.site import score_site

if TYPE_CHECKING:
    from govweb.publish import Report
    from govweb.publish.model import NotRanked
    from govweb.store import Store

PUBLICATION_FORMATS = (".md", ".html", ".xlsx", ".docx", ".pdf")
DIAGNOSIS_FORMATS = (".html", ".docx", ".pdf", ".xlsx")
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


@dataclass(frozen=True)
class RoundOptions:
    sites: Path
    as_of: datetime.date
    out: Path
    methodology: str = DEFAULT_METHODOLOGY
    tiers: str | None = None                 # import a directory export: one 级别 for all rows, or a CSV/XLSX
                                             # file of 网站标识码 → 级别 (rows not in it are left out)
    concurrency: int = 4
    expert: Path | None = None
    resolve: tuple[str, ...] = ()
    crawl_args: tuple[str, ...] = ()
    site_timeout: float | None = None
    allow_private: bool = False              # address guard: every URL may reach loopback and private addresses
    screenshots: bool | None = None          # evidence screenshots after each site's checks; None: when the
                                             # round renders (--render auto|always in crawl_args)
    screenshot_limit: int = 10
    publication_formats: tuple[str, ...] = PUBLICATION_FORMATS
    diagnosis_formats: tuple[str, ...] = DIAGNOSIS_FORMATS
    progress: bool = True
    round_name: str | None = None            # the round's name in the store; None: the output folder's name
    store: str | None = None                 # SQLAlchemy URL of the store to record the round in; None: no store
    executor: Executor | None = None         # where per-site jobs run; None: here (LocalExecutor, `concurrency`)

    @property
    def name(self) -> str:
        return self.round_name or self.out.resolve().name


@dataclass
class RoundReport:
    out: Path
    sites: int
    inspected_now: int                       # sites inspected by this run (resumed ones included)
    already_done: int                        # sites a previous run had finished
    ranked: int
    unranked: dict[str, int]                 # kind → count
    skipped_rows: int
    results_csv: Path | None
    publication: list[Path]
    summary: Path
    diagnoses: int
    diagnosis_errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    index: Path | None = None                # DIR/index.html, where a reader starts
    not_ranked: list[Unranked] = field(default_factory=list)   # every site listed apart, with its reason
    skipped: list[SkippedRow] = field(default_factory=list)    # every row of the sites file left out

    @property
    def overhead_seconds(self) -> float:
        """Time the round spent on its own work: review, scoring, ranking, publishing (not inspecting or diagnosing)."""
        return sum(self.timings.get(k, 0.0) for k in ("review", "scoring", "publication", "summary"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _progress(enabled: bool, console: Console | None) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=console, transient=False, disable=not enabled)


def _load_doc(path: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _tier_source(value: str) -> str | dict[str, str]:
    """One tier for every row, or a mapping read from a file with 网站标识码 and 级别 columns."""
    path = Path(value)
    if not path.is_file():
        return value
    from govweb.tabular import read_table

    table = read_table(path, "网站标识码")
    if "级别" not in table.header:
        raise BadInput(f"级别表 {path} 缺少「级别」列", [Problem("缺少必需的列「级别」", str(path), 1)])
    return {cells["网站标识码"].strip(): cells["级别"].strip() for _, cells in table.rows if cells["级别"].strip()}


def _sites(options: RoundOptions, methodology: Methodology) -> tuple[list[Site], list[SkippedRow], list[RowNote]]:
    if options.tiers is None:
        found = read_sites(options.sites)
    else:
        found = import_directory(options.sites, _tier_source(options.tiers))
    skipped = list(found.skipped)
    sites = []
    for site in found.sites:
        unknown = [tier for tier in site.tiers if tier not in methodology.tiers]
        if unknown:
            skipped.append(SkippedRow(site.row, f"评估方法「{methodology.name}」中没有级别「{'、'.join(unknown)}」",
                                      site.site_code, "级别"))
        elif refused := operator_problem(site.url):  # 169.254.169.254 and the like, in any spelling
            skipped.append(SkippedRow(site.row, f"首页网址「{site.url}」：{refused}", site.site_code, "首页网址"))
        else:
            sites.append(site)
    return sites, skipped, list(found.notes)


def wants_screenshots(options: RoundOptions) -> bool:
    """Explicitly asked, or else whenever the browser is there (Debian chromium): a diagnosis shows its evidence."""
    if options.screenshots is not None:
        return options.screenshots
    from govweb.collect.render import CHROMIUM

    return Path(CHROMIUM).is_file()


def inspect_options(options: RoundOptions, methodology: Methodology) -> InspectOptions:
    return InspectOptions(out=options.out, as_of=options.as_of, methodology=methodology, resolve=options.resolve,
                          crawl_args=options.crawl_args, timeout=options.site_timeout,
                          screenshots=wants_screenshots(options), screenshot_limit=options.screenshot_limit,
                          allow_private=options.allow_private)


class _Follow:
    """Job events → the journal and the progress bar (called from the executor's threads)."""

    def __init__(self, journal: Journal, bar: Progress, task: TaskID, names: dict[str, str]) -> None:
        self.journal, self.bar, self.task, self.names = journal, bar, task, names

    def started(self, code: str) -> None:
        self.journal.start(code)  # when a worker takes it, so `running` means running

    def finished(self, outcome: SiteInspection) -> None:
        self.journal.finish(outcome.code, outcome.state, outcome.seconds, outcome.exit_code, outcome.error)
        self.bar.update(self.task, advance=1,
                        description=f"检查网站（{escape(printable(self.names.get(outcome.code, outcome.code)))}）")


def _inspect_all(sites: Sequence[Site], journal: Journal, options: RoundOptions, methodology: Methodology,
                 executor: Executor, console: Console | None) -> int:
    """Inspect every site not done yet through the executor; returns how many were run."""
    states = journal.states()
    todo = [site for site in sites if states[site.site_code].state not in ("done", "skipped")]
    settings = inspect_options(options, methodology)
    jobs = [SiteJob(options.name, site, settings, options.methodology) for site in todo]
    with _progress(options.progress, console) as bar:
        task = bar.add_task("检查网站", total=len(sites), completed=len(sites) - len(todo))
        executor.run(jobs, _Follow(journal, bar, task, {site.site_code: site.name for site in todo}), options.store)
    return len(todo)


def _open_in_store(store: Store, options: RoundOptions, methodology: Methodology, sites: Sequence[Site],
                   journal: Journal) -> None:
    """The round and its sites in the store (resumed when there); sites the store has recorded as inspected (by
    workers while this process was away) count as done in the journal."""
    store.open_round(options.name, methodology, options.as_of, folder=options.out.resolve(),
                     settings={"crawl_args": list(options.crawl_args), "sites": str(options.sites)})
    store.add_round_sites(options.name, sites, source=options.sites.name)
    states = journal.states()
    for code, state in store.job_states(options.name).items():
        if (state.status in FINISHED and code in states and states[code].state != "done"
                and site_folder(options.out, code).findings.is_file()):
            outcome = outcome_of(state)
            journal.finish(code, outcome.state, outcome.seconds, outcome.exit_code, outcome.error)


def tier_means(ranking: Ranking | None) -> dict[str, dict[str, Decimal | None]]:
    """Per tier, each index's mean over the ranked sites (the publication's statistics)."""
    from govweb.publish.stats import tier_stats

    means: dict[str, dict[str, Decimal | None]] = {}
    for ranked in ranking.tables if ranking is not None else []:
        means[ranked.tier] = tier_stats(ranked.rows, ranked.index_names).index_means
    return means


def round_tier_means(folder: Path, methodology: Methodology) -> dict[str, dict[str, Decimal | None]]:
    """The tier means of the round a site folder belongs to (DIR/sites/<code>), from its results.csv; {} otherwise."""
    round_dir = SiteFolder(folder).round_dir
    results = round_dir / RESULTS_CSV if round_dir is not None else None
    if results is None or not results.is_file():
        return {}
    from govweb.scoring import rank_table, read_table

    recorded = (_load_doc(results.parent / ROUND_JSON) or {}).get("as_of")
    as_of = datetime.date.fromisoformat(recorded) if recorded else methodology.as_of
    return tier_means(rank_table(read_table(results, methodology), methodology, as_of))


def _diagnose(job: tuple[Path, Methodology, str, ExpertInput | None, dict[str, Decimal | None],
                         tuple[str, ...], datetime.datetime]) -> str | None:
    """Write one site's diagnoses; the error message when they could not be written (the round goes on)."""
    from govweb.publish.diagnosis import build_diagnosis, write_diagnosis

    directory, methodology, tier, expert, means, formats, now = job
    try:
        diagnosis = build_diagnosis(directory, methodology, tier=tier, expert=expert, tier_means=means, now=now)
        for suffix in formats:
            write_diagnosis(diagnosis, directory / f"diagnosis{suffix}")
    except Exception as exc:  # one broken site must not cost the round its other diagnoses
        return f"{directory.name}：{type(exc).__name__}: {exc}"
    return None


def _write_unranked(path: Path, table: RoundTable) -> None:
    write_csv(path, ["网站标识码", "名称", "级别", "首页网址", "类别", "原因"],
              ([u.site.site_code, u.site.name, "、".join(u.site.tiers), u.site.url, KIND_LABELS.get(u.kind, u.kind),
                u.reason] for u in table.unranked))


def run_round(options: RoundOptions, inspector: Inspector = inspect_site, console: Console | None = None,
              methodology: Methodology | None = None) -> RoundReport:
    """Run (or resume) a round; `inspector` is the per-site job the default executor calls; `console` shows the progress bars (the CLI passes its stderr console),
    `methodology` is `options.methodology` when the caller has loaded it already."""
    timings: dict[str, float] = {}
    clock = time.monotonic()
    methodology = methodology or load_methodology(options.methodology)
    sites, skipped, notes = _sites(options, methodology)
    if not sites:
        raise BadInput(f"网站清单 {options.sites} 中没有可检查的网站",
                       [Problem("已跳过：" + s.reason, str(options.sites), s.row, s.column) for s in skipped])
    codes = {site.site_code: None for site in sites}
    if options.expert is not None:  # fail fast on site codes and scores before any crawling
        read_expert(options.expert, methodology, known=codes, as_of=options.as_of)
    journal = Journal(options.out / ROUND_JOURNAL)
    try:
        journal.bind({"sites_sha256": _sha256(options.sites), "tiers": options.tiers or "",
                      "as_of": options.as_of.isoformat(),
                      "methodology": options.methodology, "crawl_args": " ".join(options.crawl_args)})
        journal.add_sites(codes)
        if options.store is not None:
            from govweb.store import open_store

            with open_store(options.store) as store:
                _open_in_store(store, options, methodology, sites, journal)
        already = sum(1 for s in journal.states().values() if s.state == "done")
        executor = options.executor or LocalExecutor(options.concurrency, inspector)
        inspected = _inspect_all(sites, journal, options, methodology, executor, console)
        states = journal.states()
    finally:
        journal.close()
    timings["inspection"] = time.monotonic() - clock

    clock = time.monotonic()
    raw: dict[str, dict[str, Any] | None] = {
        site.site_code: _load_doc(site_folder(options.out, site.site_code).findings)
        if states[site.site_code].state == "done" else None for site in sites}
    expert = None
    if options.expert is not None:
        known = {code: [str(f.get("id")) for f in (doc or {}).get("findings") or []] for code, doc in raw.items()}
        expert = read_expert(options.expert, methodology, known=known, as_of=options.as_of)
    now = datetime.datetime.now(SHANGHAI)
    results = []
    for site in sites:
        doc = raw[site.site_code]
        score = None
        if doc is not None:
            entry = expert.get(site.site_code) if expert is not None else None
            score = score_site(doc, methodology, site.tier, entry, expert_file=expert.file if expert else None,
                               applied_at=now)
            write_document(score.reviewed, site_folder(options.out, site.site_code).reviewed)
        state = states[site.site_code]
        results.append(SiteResult(site, score, state.state, state.error))
    timings["review"] = time.monotonic() - clock

    clock = time.monotonic()
    table = build_table(results, methodology, options.as_of, options.out / RESULTS_CSV)
    results_csv = None
    if table.ranking is not None:
        from govweb.scoring import write_ranking_csv

        results_csv = options.out / RESULTS_CSV
        write_ranking_csv(table.ranking, results_csv)
    _write_unranked(options.out / NOT_RANKED_CSV, table)
    timings["scoring"] = time.monotonic() - clock

    clock = time.monotonic()
    publication: list[Path] = []
    report: Report | None = None
    if table.ranking is not None:
        from govweb.publish import build_report, render

        report = build_report(table.ranking, methodology,
                              title=f"{options.as_of.year}年政府网站绩效评估结果（{len(sites)} 个网站）",
                              not_ranked=_not_ranked(table, options.as_of.year))
        for suffix in options.publication_formats:
            publication += render(report, options.out / f"publication{suffix}")
    timings["publication"] = time.monotonic() - clock

    clock = time.monotonic()
    summary = options.out / "inspection-summary.xlsx"
    write_summary(summary, results, table, skipped, options.as_of.year, notes)
    timings["summary"] = time.monotonic() - clock

    clock = time.monotonic()
    diagnosis_errors: list[str] = []
    diagnoses = _write_diagnoses(results, methodology, expert, table, options, now, diagnosis_errors, console)
    timings["diagnoses"] = time.monotonic() - clock

    index = _write_index(options.out, report, len(sites), skipped, publication, results_csv, summary, now) \
        if report is not None else None
    unranked: dict[str, int] = {}
    for u in table.unranked:
        unranked[u.kind] = unranked.get(u.kind, 0) + 1
    report_value = RoundReport(
        out=options.out, sites=len(sites), inspected_now=inspected, already_done=already,
        ranked=sum(len(t.rows) for t in table.ranking.tables) if table.ranking else 0, unranked=unranked,
        skipped_rows=len(skipped), results_csv=results_csv, publication=publication, summary=summary,
        diagnoses=diagnoses, diagnosis_errors=diagnosis_errors, timings=timings, index=index,
        not_ranked=list(table.unranked), skipped=list(skipped))
    with atomic_open(options.out / ROUND_JSON, "w") as fh:
        json.dump({"as_of": options.as_of.isoformat(), "methodology": methodology.name, "sites": len(sites),
                   "ranked": report_value.ranked, "unranked": unranked, "skipped_rows": len(skipped),
                   "expert": str(options.expert) if options.expert else None, "finished_at": now.isoformat(),
                   "timings": timings, "veto_effect": table.veto_effect,
                   "diagnosis_errors": diagnosis_errors}, fh, ensure_ascii=False, indent=1)
    if options.store is not None:
        _record_round(options)
    return report_value


def _record_round(options: RoundOptions) -> None:
    """The finished round's results and expert input in the store, from its folder (the same import as
    `govweb rounds import`, so the store and the files never tell two stories)."""
    from govweb.campaign.record import import_round_folder
    from govweb.store import open_store

    with open_store(options.store) as store:
        import_round_folder(store, options.out, name=options.name, methodology=options.methodology)


def _not_ranked(table: RoundTable, year: int) -> list[NotRanked]:
    """The sites listed apart, as the publication shows them."""
    from govweb.publish.model import NotRanked
    from govweb.registry import Divisions

    divisions = Divisions.load()
    return [NotRanked.of(u.site.name, "、".join(u.site.tiers), KIND_LABELS.get(u.kind, u.kind), u.reason,
                         code=u.site.site_code, url=u.site.url,
                         province=region_of(u.site.admin_code, divisions, year) if u.site.admin_code else "")
            for u in table.unranked]


def _write_index(out: Path, report: Report, sites: int, skipped: Sequence[SkippedRow], publication: Sequence[Path],
                 results_csv: Path | None, summary: Path, now: datetime.datetime) -> Path:
    """DIR/index.html: the round's summary, ranking and links to every diagnosis and file."""
    from govweb.publish.roundindex import SkippedLine, build_round_index, write_round_index

    diagnoses = {folder.name: f"sites/{folder.name}/diagnosis.html"
                 for folder in (out / ROUND_SITES).glob("*") if SiteFolder(folder).diagnosis(".html").is_file()}
    labels = {".html": "发布报告（网页）", ".pdf": "发布报告（PDF）", ".docx": "发布报告（Word）",
              ".xlsx": "发布报告（Excel）", ".md": "发布报告（Markdown）"}
    files = [(labels[p.suffix], p) for p in publication if p.suffix in labels and p.parent == out]
    files += [("排名结果（CSV）", results_csv)] if results_csv is not None else []
    files += [("检查汇总（Excel）", summary), ("未排名的网站（CSV）", out / NOT_RANKED_CSV)]
    index = build_round_index(
        report, sites=sites, diagnoses=diagnoses, now=now,
        skipped=[SkippedLine(s.row, s.site_code or "", s.reason) for s in skipped],
        downloads=[(label, path.relative_to(out).as_posix()) for label, path in files if path.is_file()])
    return write_round_index(index, out / "index.html")


def _write_diagnoses(results: Sequence[SiteResult], methodology: Methodology, expert: ExpertInput | None,
                     table: RoundTable, options: RoundOptions, now: datetime.datetime, errors: list[str],
                     console: Console | None) -> int:
    if not options.diagnosis_formats:
        return 0
    means = tier_means(table.ranking)
    jobs = [(site_folder(options.out, r.site.site_code).path, methodology, r.site.tier, expert, means.get(r.site.tier, {}),
             options.diagnosis_formats, now) for r in results if r.doc is not None]
    if not jobs:
        return 0
    workers = max(1, min(options.concurrency, os.cpu_count() or 1, len(jobs)))
    written = 0
    with _progress(options.progress, console) as bar:
        task = bar.add_task("生成体检报告", total=len(jobs))
        with cf.ProcessPoolExecutor(max_workers=workers) if workers > 1 else contextlib.nullcontext() as pool:
            outcomes = pool.map(_diagnose, jobs) if pool is not None else map(_diagnose, jobs)
            for error in outcomes:
                if error is None:
                    written += 1
                else:
                    errors.append(error)
                bar.advance(task)
    return written
