"""govweb.scoring: methodology as data, reading result tables, totals, dense ranks and calibration."""

from __future__ import annotations

from govweb.scoring.calibrate import TierFit, apply_fits, calibrate, calibrate_tier, calibration_gaps
from govweb.scoring.methodology import (
    DEFAULT_PUBLISH_TOP,
    Methodology,
    Rounding,
    TierSpec,
    load_methodology,
    parse_methodology,
)
from govweb.scoring.methodology_yaml import methodology_yaml
from govweb.scoring.model import RankedRow, RankedTable, Ranking
from govweb.scoring.output import check_ranking_format, write_ranking, write_ranking_csv, write_ranking_xlsx
from govweb.scoring.ranking import dense_rank, quantize, rank_table, score_table, total_of
from govweb.scoring.table import InputRow, InputTable, read_table

__all__ = [
    "DEFAULT_PUBLISH_TOP",
    "InputRow",
    "InputTable",
    "Methodology",
    "RankedRow",
    "RankedTable",
    "Ranking",
    "Rounding",
    "TierFit",
    "TierSpec",
    "apply_fits",
    "calibrate",
    "calibrate_tier",
    "calibration_gaps",
    "check_ranking_format",
    "dense_rank",
    "load_methodology",
    "methodology_yaml",
    "parse_methodology",
    "quantize",
    "rank_table",
    "read_table",
    "score_table",
    "total_of",
    "write_ranking",
    "write_ranking_csv",
    "write_ranking_xlsx",
]
