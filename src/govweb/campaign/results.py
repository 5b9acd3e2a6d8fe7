"""From reviewed findings to the round's table: measured sites scored and ranked, the rest listed apart."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from govweb.registry import Divisions, Site
from govweb.scoring.methodology import Methodology, VetoEffect
from govweb.scoring.model import Ranking
from govweb.scoring.ranking import score_table
from govweb.scoring.site import SiteScore
from govweb.scoring.table import InputRow, InputTable
from govweb.terms import COL_NOTE, COL_RESULT, COL_URL, COL_VETOES
from govweb.terms import COL_SITE_CODE as COL_SITE

CARRIED = [COL_SITE, COL_URL, COL_RESULT, COL_VETOES, COL_NOTE]
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
    score: SiteScore | None             # scored (expert input applied); None when the inspection did not finish
    state: str                          # journal state
    error: str | None = None            # why the inspection failed, when it did

    @property
    def doc(self) -> dict[str, Any] | None:
        """The reviewed findings document."""
        return self.score.reviewed if self.score is not None else None


@dataclass
class RoundTable:
    ranking: Ranking | None
    unranked: list[Unranked] = field(default_factory=list)
    veto_effect: str = "flag"


def veto_effect(methodology: Methodology) -> str:
    """How a veto acts on the ranking: `flag` (ranked, marked 不合格) or `exclude` (listed apart, not ranked).
    The methodology schema's `veto_effect` (scoring/methodology.py; `flag` when the file does not say)."""
    return methodology.veto_effect


def _city(site: Site, divisions: Divisions | None, year: int) -> str | None:
    if site.tier != "区县" or not site.admin_code or divisions is None:
        return None
    division = divisions.lookup(site.admin_code, year)
    return division.prefecture if division is not None else None


def build_table(results: Sequence[SiteResult], methodology: Methodology, as_of: datetime.date,
                file: Path) -> RoundTable:
    """The round's table from each site's score (`scoring.site.score_site`): one row per tier of a site that can
    be ranked, the others listed apart with the reason."""
    effect = veto_effect(methodology)
    divisions = Divisions.load()
    unranked: list[Unranked] = []
    rows: list[InputRow] = []
    for result in results:
        site, score = result.site, result.score
        if score is None:
            kind = "skipped" if result.state == "skipped" else "failed"
            reason = "检查未完成" + (f"：{result.error}" if result.error else "") if kind == "failed" else "已跳过"
            unranked.append(Unranked(site, kind, reason))
            continue
        for tier in site.tiers:
            line = score.line(tier)
            if line.apart is not None:
                unranked.append(Unranked(site, *line.apart))
                if line.apart[0] in ("not-measured", "vetoed"):
                    break          # the same for every tier of the site
                continue
            rows.append(InputRow(
                file=str(file), source_row=len(rows) + 2, tier=tier, name=site.name,
                city=_city(site, divisions, as_of.year), admin_code=site.admin_code, indices=line.indices, total=None,
                carried={COL_SITE: site.site_code, COL_URL: site.url, COL_RESULT: score.result,
                         COL_VETOES: "、".join(score.veto_labels), COL_NOTE: line.note},
            ))
    if not rows:
        return RoundTable(None, unranked, effect)
    columns = [name for name in methodology.indices if any(row.indices.get(name) is not None for row in rows)]
    table = InputTable(path=file, rows=rows, index_columns=columns, carried_columns=list(CARRIED),
                       columns={*CARRIED})
    return RoundTable(score_table(table, methodology, as_of), unranked, effect)
