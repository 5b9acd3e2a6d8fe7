"""From reviewed findings to the round's table: measured sites scored and ranked, the rest listed apart."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, get_args

from govweb.registry import Divisions, Site
from govweb.scoring.methodology import Methodology, VetoEffect
from govweb.scoring.model import Ranking
from govweb.scoring.ranking import score_table
from govweb.scoring.table import InputRow, InputTable
from govweb.terms import COL_NOTE, COL_RESULT, COL_URL, COL_VETOES, VETO_RULES
from govweb.terms import COL_SITE_CODE as COL_SITE

CARRIED = [COL_SITE, COL_URL, COL_RESULT, COL_VETOES, COL_NOTE]
INNOVATION = "创新案例"
VETO_EFFECTS: tuple[str, ...] = get_args(VetoEffect)   # validated by the methodology schema


@dataclass(frozen=True)
class Unranked:
    """A site listed apart: not measured, vetoed (when the methodology excludes them), unscorable or failed."""

    site: Site
    kind: str          # not-measured | vetoed | unscorable | failed | skipped
    reason: str


@dataclass
class SiteResult:
    site: Site
    doc: dict[str, Any] | None          # reviewed findings; None when the inspection did not finish
    state: str                          # journal state
    error: str | None = None            # why the inspection failed, when it did


@dataclass
class RoundTable:
    ranking: Ranking | None
    unranked: list[Unranked] = field(default_factory=list)
    veto_effect: str = "flag"


def veto_effect(methodology: Methodology) -> str:
    """How a veto acts on the ranking: `flag` (ranked, marked 不合格) or `exclude` (listed apart, not ranked).
    The methodology schema's `veto_effect` (scoring/methodology.py; `flag` when the file does not say)."""
    return methodology.veto_effect


def result_of(doc: Mapping[str, Any]) -> str:
    """合格 / 不合格 from the inspection sheet; any veto means 不合格."""
    if doc.get("vetoes"):
        return "不合格"
    return str((doc.get("inspection") or {}).get("result") or "")


def veto_labels(doc: Mapping[str, Any]) -> list[str]:
    return [VETO_RULES.get(str(v.get("rule")), str(v.get("rule"))) for v in doc.get("vetoes") or []]


def _index_value(value: Any, places: int) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _city(site: Site, divisions: Divisions | None, year: int) -> str | None:
    if site.tier != "区县" or not site.admin_code or divisions is None:
        return None
    division = divisions.lookup(site.admin_code, year)
    return division.prefecture if division is not None else None


def build_table(results: Sequence[SiteResult], methodology: Methodology, as_of: datetime.date,
                file: Path) -> RoundTable:
    effect = veto_effect(methodology)
    divisions = Divisions.load()
    unranked: list[Unranked] = []
    rows: list[InputRow] = []
    places = methodology.rounding.index
    for result in results:
        site, doc = result.site, result.doc
        if doc is None:
            kind = "skipped" if result.state == "skipped" else "failed"
            reason = "检查未完成" + (f"：{result.error}" if result.error else "") if kind == "failed" else "已跳过"
            unranked.append(Unranked(site, kind, reason))
            continue
        if (doc.get("site") or {}).get("status", "measured") != "measured":
            unranked.append(Unranked(site, "not-measured", str(doc["site"].get("reason") or "未能测量")))
            continue
        vetoes = veto_labels(doc)
        if vetoes and effect == "exclude":
            unranked.append(Unranked(site, "vetoed", "单项否决：" + "、".join(vetoes)))
            continue
        indices = {name: _index_value(v, places) for name, v in (doc.get("indices") or {}).items()}
        notes = []
        for tier in site.tiers:
            spec = methodology.tiers.get(tier)
            if spec is None:
                unranked.append(Unranked(site, "unscorable", f"评估方法中没有级别「{tier}」"))
                continue
            missing = [name for name in spec.weights if indices.get(name) is None]
            if missing:
                unranked.append(Unranked(site, "unscorable", f"级别「{tier}」缺少指数：{'、'.join(missing)}"))
                continue
            scored = {name: indices.get(name) for name in methodology.indices}
            for name in spec.bonus:
                if scored.get(name) is None:
                    scored[name] = Decimal(0)
                    notes = [(doc.get("review") or {}).get("note") or f"未提供{name}评分，加分未计入"]
            rows.append(InputRow(
                file=str(file), source_row=len(rows) + 2, tier=tier, name=site.name,
                city=_city(site, divisions, as_of.year), admin_code=site.admin_code, indices=scored, total=None,
                carried={COL_SITE: site.site_code, COL_URL: site.url, COL_RESULT: result_of(doc),
                         COL_VETOES: "、".join(vetoes), COL_NOTE: "；".join(notes)},
            ))
    if not rows:
        return RoundTable(None, unranked, effect)
    columns = [name for name in methodology.indices if any(row.indices.get(name) is not None for row in rows)]
    table = InputTable(path=file, rows=rows, index_columns=columns, carried_columns=list(CARRIED),
                       columns={*CARRIED})
    return RoundTable(score_table(table, methodology, as_of), unranked, effect)
