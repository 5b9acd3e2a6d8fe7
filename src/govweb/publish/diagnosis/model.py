"""The per-site diagnosis (体检报告) as values: built from a site folder, rendered by the format modules."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from govweb.documents.catalogue import check_info, checks_without_findings, veto_label, veto_of_check
from govweb.documents.evidence import Screenshot, screenshots
from govweb.documents.expert import ExpertInput
from govweb.documents.findings import read_document
from govweb.documents.layout import ROUND_JOURNAL, SITE_META, SiteFolder
from govweb.errors import BadInput
from govweb.publish.wording import plain
from govweb.scoring.methodology import Methodology
from govweb.scoring.site import SiteScore, score_site
from govweb.scoring.stake import IndexEngine
from govweb.scoring.vetofix import veto_fixes
from govweb.urlnorm import readable, readable_text

IDENTITY_FIELDS = ("target", "url", "element")
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
SATURATION_NOTE = ("单个问题的分值影响为 0 不等于无需整改：部分指标项设有下限，同类问题较多时只整改其中一个不能使"
                   "指数变化，须同类问题一并整改才能得分，见“按问题类型的分值影响（全部整改）”。")




@dataclass(frozen=True)
class FindingView:
    id: str
    check: str
    index: str
    title: str                 # what the finding says (check's failure title)
    where: str                 # the identity: target URL, column URL, element … (URLs as address bars show them)
    message: str
    evidence_url: str          # as address bars show it (urlnorm.readable)
    excerpt: str
    warc_record: str | None
    remediation: str
    veto: str | None           # label of the veto rule this finding feeds
    points: Decimal | None     # points at stake; None when they cannot be computed
    screenshot: Screenshot | None = None
    removed: dict[str, str] | None = None   # expert removal (reason, reviewer, date)
    codes: tuple[str, ...] = ()             # error classes taken out of the message (dns, no-aaaa …)
    fixes_veto: bool = False                # in the smallest set of fixes that lifts a veto

    @property
    def summary(self) -> str:
        """One line: the message in plain words (or the title when there is none)."""
        return self.message or self.title


@dataclass(frozen=True)
class CheckStakeView:
    """One problem type (check) of the site: how many findings, and the points fixing all of them together gains."""
    check: str
    title: str
    indices: str               # the indices its findings count against, joined by 、
    count: int
    points: Decimal | None     # all its findings fixed at once; None when stakes cannot be computed
    best_single: Decimal | None  # the largest stake of one of its findings alone
    findings: tuple[FindingView, ...] = ()   # its findings, largest single stake first

    @property
    def together(self) -> bool:
        """Fixing them together is worth more than the best single fix (a saturated item)."""
        return self.count > 1 and self.points is not None and self.points > (self.best_single or Decimal(0))


@dataclass(frozen=True)
class VetoFixView:
    """A veto, and the smallest set of fixes that lifts it (scoring.vetofix)."""
    label: str
    reason: str
    steps: tuple[str, ...]
    fix: tuple[FindingView, ...]
    behind: int                # findings the veto counts (the fix is a subset)
    lifts: bool                # fixing `fix` is enough


@dataclass(frozen=True)
class IndexLine:
    index: str
    weight: Decimal
    bonus: bool
    value: Decimal | None      # 0–1, 2 decimals
    points: Decimal | None     # weight × value, 2 decimals
    tier_mean: Decimal | None  # mean over the round's sites of the tier, when known


@dataclass
class Diagnosis:
    code: str | None
    name: str
    url: str
    tier: str
    as_of: str
    methodology: str
    status: str                                     # measured | not-measured
    status_reason: str | None
    result: str | None                              # 合格 | 不合格 (inspection sheet)
    inspection_score: Any
    deductions: list[dict[str, Any]]
    vetoes: list[tuple[str, str]]                   # (label, reason)
    indices: list[IndexLine]
    total: Decimal | None
    findings: list[FindingView]                     # largest points at stake first
    removed: list[FindingView]
    stake_note: str | None                          # why points at stake are missing, if they are
    review: dict[str, Any]
    homepage_shot: Screenshot | None
    warnings: list[str] = field(default_factory=list)
    generated_at: str = ""
    folder: Path | None = None                      # the site folder (screenshot paths are shown relative to it)
    charts: dict[str, bytes | None] = field(default_factory=dict, repr=False)  # drawn charts by format
    by_check: list[CheckStakeView] = field(default_factory=list)  # per problem type, largest combined stake first
    all_fixed: Decimal | None = None                # points gained if every finding were fixed together
    veto_fixes: list[VetoFixView] = field(default_factory=list)  # "要合格，先改这些", one per veto
    passed: list[str] = field(default_factory=list)      # checks that found nothing
    unmeasured: list[str] = field(default_factory=list)  # checks that could not run (measurement missing)
    round_index: str | None = None                  # the round's index.html, relative to the site folder

    @property
    def by_index(self) -> dict[str, list[FindingView]]:
        groups: dict[str, list[FindingView]] = {}
        for finding in self.findings:
            groups.setdefault(finding.index or "其他", []).append(finding)
        return groups

    @property
    def stake_total(self) -> Decimal | None:
        """Points gained if every finding were fixed together (not the sum of single stakes)."""
        return None if self.stake_note is not None else self.all_fixed


def _q(value: Any, places: str = "0.01") -> Decimal | None:
    if value is None:
        return None
    return Decimal(repr(value) if isinstance(value, float) else str(value)).quantize(Decimal(places), ROUND_HALF_UP)


def load_findings(site_dir: Path) -> dict[str, Any]:
    return read_document(SiteFolder(site_dir).findings)


def site_meta(site_dir: Path) -> dict[str, Any]:
    path = site_dir / SITE_META
    if path.is_file():
        meta = json.loads(path.read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {}
    return {}


def site_code_of(site_dir: Path, doc: Mapping[str, Any], meta: Mapping[str, Any]) -> str | None:
    """The 网站标识码: round metadata, then findings.site.code, then the footer element the checks read."""
    code = meta.get("code") or doc["site"].get("code")
    if not code:
        element = (doc.get("elements") or {}).get("网站标识码") or {}
        code = element.get("value") if element.get("present") else None
    return str(code) if code else None


def _shot_for(shots: Mapping[str, Screenshot], *urls: str) -> Screenshot | None:
    """The screenshot of the first of `urls` that has one; else the first recorded failure."""
    found = [shots[url] for url in urls if url in shots]
    return next((shot for shot in found if shot.path is not None), found[0] if found else None)


def _view(finding: Mapping[str, Any], points: Decimal | None, shots: Mapping[str, Screenshot]) -> FindingView:
    text = check_info(str(finding.get("check", "")))
    evidence = finding.get("evidence") or {}
    where = next((str(finding[k]) for k in IDENTITY_FIELDS if finding.get(k)), "")
    evidence_url = str(evidence.get("url") or where)
    rule = veto_of_check(str(finding.get("check")))
    message = plain(readable_text(str(finding.get("message") or "")))
    excerpt = plain(readable_text(str(evidence.get("excerpt") or "")))
    finding_id = str(finding.get("id"))
    shot = _shot_for(shots, evidence_url, where)
    if shot is not None and shot.path is not None:
        shot = replace(shot, mark=shot.marks.get(finding_id))
    return FindingView(
        id=finding_id, check=str(finding.get("check", "")), index=str(finding.get("index") or ""),
        title=text.failure_title, where=readable(where), message=message.text, evidence_url=readable(evidence_url),
        excerpt=excerpt.text, warc_record=evidence.get("warc_record"),
        remediation=text.remediation, veto=veto_label(rule) if rule else None, points=points,
        screenshot=shot, removed=finding.get("removed"), codes=tuple(dict.fromkeys(message.codes + excerpt.codes)),
    )


def build_diagnosis(site_dir: str | Path, methodology: Methodology, *, tier: str | None = None,
                    expert: ExpertInput | None = None, site_code: str | None = None,
                    tier_means: Mapping[str, Decimal | None] | None = None,
                    engine: IndexEngine | None = None, now: datetime.datetime | None = None) -> Diagnosis:
    """Read a site folder (findings.json, optional site.json, screenshots) and compute its diagnosis."""
    site_dir = Path(site_dir)
    raw = load_findings(site_dir)
    meta = site_meta(site_dir)
    code = site_code or site_code_of(site_dir, raw, meta)
    tier = tier or meta.get("tier") or raw["site"].get("tier")
    if not tier or tier not in methodology.tiers:
        shown = f"「{tier}」未知" if tier else "未给出级别"
        raise BadInput(f"{shown}：请用 --tier 指定级别（{'、'.join(methodology.tiers)}）")
    now = now or datetime.datetime.now(SHANGHAI)
    entry = expert.get(code) if expert is not None and code else None
    score = score_site(raw, methodology, tier, entry, expert_file=expert.file if expert else None, applied_at=now,
                       engine=engine)
    doc = score.reviewed
    measured = score.measured
    stake_note = score.stake_note
    stakes = {s.finding_id: s.points for s in score.stakes()}
    shots = screenshots(site_dir)
    fixes = veto_fixes(doc, stakes=stakes) if measured else []
    in_fix = {finding_id for fix in fixes for finding_id in fix.fix}
    views = [replace(_view(f, stakes.get(str(f.get("id"))), shots), fixes_veto=str(f.get("id")) in in_fix)
             for f in doc.get("findings") or []]
    views.sort(key=lambda v: (-(v.points or Decimal(0)), v.index, v.check, v.id))
    by_check, all_fixed = _check_stakes(score, views)
    removed = [_view(f, None, shots) for f in doc.get("removed_findings") or []]
    by_id = {view.id: view for view in views}
    fix_views = [VetoFixView(fix.label, plain(fix.reason).text, fix.steps, tuple(by_id[i] for i in fix.fix if i in by_id),
                             len(fix.behind), fix.lifts) for fix in fixes]
    passed, unmeasured = checks_without_findings({v.check for v in views}, doc.get("metrics")) if measured else ([], [])

    spec = methodology.tiers[tier]
    line = score.line(tier, veto_effect=False)
    values = score.indices
    lines = []
    for name, weight in [*spec.weights.items(), *spec.bonus.items()]:
        value = values.get(name)
        lines.append(IndexLine(name, weight, name in spec.bonus, value,
                               None if value is None else _q(weight * value),
                               (tier_means or {}).get(name)))
    total = line.total
    inspection = doc.get("inspection") or {}
    site = doc["site"]
    return Diagnosis(
        code=code, name=str(meta.get("name") or site.get("name") or site.get("url") or site_dir.name),
        url=readable(str(meta.get("url") or site.get("url") or "")), tier=tier, as_of=str(site.get("as_of") or ""),
        methodology=methodology.name, status="measured" if measured else "not-measured",
        status_reason=site.get("reason"), result=inspection.get("result"),
        inspection_score=inspection.get("score"), deductions=list(inspection.get("deductions") or []),
        vetoes=[(veto_label(str(v.get("rule"))), str(v.get("reason") or "")) for v in doc.get("vetoes") or []],
        indices=lines, total=total, findings=views, removed=removed, stake_note=stake_note,
        review=dict(doc.get("review") or {}), homepage_shot=shots.get(str(site.get("url") or "")),
        warnings=[readable_text(str(w)) for w in doc.get("warnings") or []],
        generated_at=now.isoformat(timespec="seconds"), folder=site_dir, by_check=by_check, all_fixed=all_fixed,
        veto_fixes=fix_views, passed=passed, unmeasured=unmeasured, round_index=_round_index(site_dir),
    )


def _round_index(site_dir: Path) -> str | None:
    """`../../index.html` when the site folder belongs to a round (DIR/sites/<code>), for a link back."""
    round_dir = SiteFolder(site_dir).round_dir
    if round_dir is not None and (round_dir / ROUND_JOURNAL).is_file():
        return "../../index.html"
    return None


def _check_stakes(score: SiteScore, views: list[FindingView]) -> tuple[list[CheckStakeView], Decimal | None]:
    """Per problem type: the findings' count and the points of fixing them all together (largest first), and the
    points of fixing every finding; without stakes only the counts (most findings first)."""
    singles: dict[str, list[FindingView]] = {}
    for view in views:
        singles.setdefault(view.check, []).append(view)

    def line(check: str, points: Decimal | None) -> CheckStakeView:
        group = singles[check]
        best = max((v.points for v in group if v.points is not None), default=None)
        indices = "、".join(dict.fromkeys(v.index for v in group if v.index))
        return CheckStakeView(check, group[0].title, indices, len(group), points, best, tuple(group))

    groups = score.stakes_by_check()
    everything = score.all_fixed()
    if groups is None or everything is None:
        return sorted((line(check, None) for check in singles), key=lambda g: (-g.count, g.check)), None
    return [line(g.check or "", g.points) for g in groups], everything.points
