"""Recording a finished round folder (`govweb evaluate` output) in the store: `govweb rounds import DIR`.

    summary = import_round_folder(store, Path("round/"), name="2020", internal=False)

Read: round.json (as-of date, methodology), sites/<网站标识码>/site.json (the site as the round saw it),
findings.json (the inspection: status, metrics, findings, vetoes, indices, sheet), reviewed.json (the expert
input applied: scores and 人工核减 land in the store's expert reviews), results.csv and not-ranked.csv (the
round's table). Evidence (WARCs, screenshots) stays in the folder; the store references it by path relative to
the round folder (`rounds.folder`).

Importing again is safe: the round resumes (same methodology and as-of date), inspections and findings are
upserted keeping what people decided since (人工核减, 整改, 申诉), and every site people changed in the store is
scored again from the store (`rescore_round_sites`), so a re-import never undoes the dashboard's work. When
issue 11 makes `evaluate` write the store itself, this stays as the import of existing round folders.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from govweb.campaign.rescore import rescore_round_sites, vetoes_of
from govweb.campaign.results import COL_NOTE, COL_RESULT, COL_SITE, COL_VETOES
from govweb.campaign.summary import KIND_LABELS
from govweb.documents.layout import (
    NOT_RANKED_CSV,
    RESULTS_CSV,
    ROUND_JOURNAL,
    ROUND_JSON,
    ROUND_SITES,
    SITE_META,
    SiteFolder,
    site_folder,
)
from govweb.errors import BadInput, Problem
from govweb.registry import Site
from govweb.scoring.methodology import Methodology, load_methodology
from govweb.store import InspectionOutcome, ResultRecord, ReviewRecord, RoundInfo, Store
from govweb.terms import COL_RANK, COL_TIER, COL_TOTAL, index_column

_IMPORTER = "govweb rounds import"
_VETOED_KIND = KIND_LABELS["vetoed"]


@dataclass(frozen=True)
class ImportSummary:
    round: RoundInfo
    sites: int
    measured: int
    not_measured: int
    failed: int
    findings: int
    reviews: int
    results: int
    rescored: int                   # sites scored again from the store (decisions made since the last import)


def _json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(f"无法读取 {path}：{exc}") from None
    if not isinstance(value, dict):
        raise BadInput(f"{path} 不是 JSON 对象")
    return value


def _csv(path: Path) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [(n, row) for n, row in enumerate(csv.DictReader(fh), start=2)]


def _journal(folder: Path, query: str) -> list[tuple[Any, ...]]:
    """Rows of the round's journal (read only; none when it is absent or unreadable)."""
    path = folder / ROUND_JOURNAL
    if not path.is_file():
        return []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(query).fetchall()
    except sqlite3.Error:
        return []


def _journal_settings(folder: Path) -> dict[str, Any]:
    """The crawl options the round ran with (its journal's meta), for re-checks that inspect a site again."""
    meta = dict(_journal(folder, "SELECT key, value FROM meta"))
    return {"crawl_args": meta.get("crawl_args", "").split()} if "crawl_args" in meta else {}


def _journal_jobs(folder: Path) -> dict[str, dict[str, Any]]:
    """Each finished site's job as the round recorded it live (`executor.record_outcome`): its seconds,
    `stats.job` and when it finished, so importing the folder again writes the same inspection and loses nothing."""
    rows = _journal(folder, "SELECT code, state, seconds, exit_code, finished FROM sites")
    return {str(code): {"seconds": seconds, "stats": job_stats(state, exit_code), "finished_at": _instant(finished)}
            for code, state, seconds, exit_code, finished in rows if state in ("done", "failed", "skipped")}


def job_stats(state: str, exit_code: int | None) -> dict[str, Any]:
    """An inspection's `stats` as a round's job records it (live, and again from the journal)."""
    return {"job": {"state": state, "exit_code": exit_code}}


def _instant(text: str | None) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _sites(folder: Path) -> list[Site]:
    sites, problems = [], []
    for meta_path in sorted((folder / ROUND_SITES).glob(f"*/{SITE_META}")):
        meta = _json(meta_path)
        tiers = [str(t) for t in meta.get("tiers") or [meta.get("tier")] if t]
        if not meta.get("code") or not meta.get("url") or not tiers:
            problems.append(Problem("缺少 code、url 或 tier", file=str(meta_path)))
            continue
        extra = {str(k): str(v) for k, v in (meta.get("extra") or {}).items()}
        sites.append(Site(str(meta["code"]), str(meta.get("name") or meta["code"]), str(meta["url"]), tiers[0],
                          meta.get("admin_code"), None, tuple(tiers[1:]), extra))
    if problems:
        raise BadInput(f"评估轮次目录 {folder} 中有网站信息无法读取", problems)
    if not sites:
        raise BadInput(f"{folder} 中没有网站（缺少 sites/<网站标识码>/site.json）：它不是 govweb evaluate 的输出目录")
    return sites


def _decimal(text: str | None, file: Path, row: int, column: str) -> Decimal | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise BadInput(f"{file} 中有无法读取的数值", [Problem(f"「{text}」不是数值", str(file), row, column)]) from None


def _results(folder: Path, methodology: Methodology, sites: dict[str, Site]) -> list[ResultRecord]:
    """results.csv (ranked rows) and not-ranked.csv (listed apart: a row per tier without total or rank)."""
    path = folder / RESULTS_CSV
    records = []
    for n, row in _csv(path):
        code = row.get(COL_SITE, "").strip()
        if code not in sites:
            raise BadInput(f"{path} 中的网站不在 sites/ 中", [Problem(f"网站标识码「{code}」", str(path), n, COL_SITE)])
        rank = _decimal(row.get(COL_RANK), path, n, COL_RANK)
        records.append(ResultRecord(
            code, row.get(COL_TIER, "").strip(),
            {name: _decimal(row.get(index_column(name)), path, n, index_column(name)) for name in methodology.indices
             if index_column(name) in row},
            _decimal(row.get(COL_TOTAL), path, n, COL_TOTAL), int(rank) if rank is not None else None,
            row.get(COL_RESULT) or None, vetoes_of(row.get(COL_VETOES)), row.get(COL_NOTE) or None))
    ranked = {(r.site_code, r.tier) for r in records}
    for _, row in _csv(folder / NOT_RANKED_CSV):
        site = sites.get(row.get(COL_SITE, "").strip())
        if site is None:
            continue
        kind, reason = row.get("类别", ""), row.get("原因", "")
        vetoes = vetoes_of(reason.removeprefix("单项否决：")) if kind == _VETOED_KIND else []
        records += [ResultRecord(site.site_code, tier, {}, None, None, "不合格" if vetoes else None, vetoes,
                                 f"{kind}：{reason}" if kind else reason or None)
                    for tier in site.tiers if (site.site_code, tier) not in ranked]
    return records


def site_outcome(code: str, doc: Mapping[str, Any], folder: SiteFolder, relative: str, **kw: Any) -> InspectionOutcome:
    """A site's findings document as the store records it, with the evidence files its folder holds (paths
    relative to the round folder, `relative` being the site folder's)."""
    evidence = {key: f"{relative}/{path.name}" for key, path in
                (("warc_path", folder.crawl_warc), ("screenshots_path", folder.shots_index)) if path.is_file()}
    return InspectionOutcome.from_findings_document(code, doc, site_dir=relative, **evidence, **kw)


def _reviews(code: str, reviewed: dict[str, Any], folder: Path) -> list[ReviewRecord]:
    """The expert input `evaluate --expert FILE` applied (reviewed.json) as the store's reviews."""
    review = reviewed.get("review") or {}
    if not review.get("applied"):
        return []
    source = f"{review.get('file') or '专家评分文件'}（{folder.name}/sites/{code}/reviewed.json）"
    reviewer = str(review.get("reviewer") or "专家")
    date = datetime.date.fromisoformat(str(review.get("date")))
    records = [ReviewRecord(code, kind, str(target), reviewer, date, value=Decimal(repr(float(value))),
                            source=source)
               for kind, key in (("index", "indices"), ("item", "items"))
               for target, value in (review.get(key) or {}).items() if value is not None]
    for finding in reviewed.get("removed_findings") or []:
        removed = finding.get("removed") or {}
        records.append(ReviewRecord(code, "removal", str(finding.get("id")), str(removed.get("reviewer") or reviewer),
                                    datetime.date.fromisoformat(str(removed.get("date") or date.isoformat())),
                                    reason=str(removed.get("reason") or "人工核减"), source=source))
    return records


def import_round_folder(store: Store, folder: Path, *, name: str | None = None, internal: bool = False,
                        methodology: str | None = None,
                        progress: Callable[[str, int, int], None] | None = None) -> ImportSummary:
    """Record a round folder in the store (see the module's docstring); `progress(stage, done, total)`."""
    folder = folder.resolve()
    if not (folder / ROUND_JSON).is_file():
        raise BadInput(f"{folder} 不是评估轮次目录：缺少 {ROUND_JSON}（govweb evaluate 完成后写出）")
    meta = _json(folder / ROUND_JSON)
    try:
        as_of = datetime.date.fromisoformat(str(meta.get("as_of")))
    except ValueError:
        raise BadInput(f"{folder / ROUND_JSON} 中的评估基准日（as_of）无效：{meta.get('as_of')!r}") from None
    method = load_methodology(methodology or str(meta.get("methodology") or ""))
    sites = {site.site_code: site for site in _sites(folder)}
    round_name = name or folder.name
    info = store.open_round(round_name, method, as_of, folder=folder, internal=internal,
                            settings={"imported_from": str(folder), **_journal_settings(folder)})
    store.add_round_sites(round_name, sites.values(), source=f"{folder.name}/sites")

    outcomes, reviews = [], []
    failed_reasons = {row.get(COL_SITE, ""): row.get("原因", "") for _, row in _csv(folder / NOT_RANKED_CSV)}
    jobs = _journal_jobs(folder)
    for code in sites:
        directory = site_folder(folder, code)
        relative = f"{ROUND_SITES}/{code}"
        if not directory.findings.is_file():
            outcomes.append(InspectionOutcome(code, "failed", reason=failed_reasons.get(code) or "检查未完成",
                                              site_dir=relative, **jobs.get(code, {})))
            continue
        outcomes.append(site_outcome(code, _json(directory.findings), directory, relative, **jobs.get(code, {})))
        if directory.reviewed.is_file():
            reviews += _reviews(code, _json(directory.reviewed), folder)
    store.record_inspections(round_name, outcomes,
                             progress=(lambda n: progress("inspections", n, len(outcomes))) if progress else None)
    store.record_reviews(round_name, reviews, actor=_IMPORTER)
    results = _results(folder, method, sites)
    store.record_results(round_name, results)
    rescored: list[str] = []
    if info.resumed:  # decisions made in the store since the last import outlive this one
        touched = {entry.site_code for entry in store.audit_trail(round_name=round_name)
                   if entry.site_code and entry.actor != _IMPORTER and entry.action in ("review", "finding-status",
                                                                                         "appeal")}
        rescored = sorted(touched & set(sites))
        rescore_round_sites(store, round_name, rescored)
    statuses = [o.status for o in outcomes]
    return ImportSummary(dataclasses.replace(store.round(round_name), resumed=info.resumed), len(sites), statuses.count("measured"),
                         statuses.count("not-measured"), statuses.count("failed"),
                         sum(len(o.findings) for o in outcomes), len(reviews), len(results), len(rescored))
