"""Commands `govweb rank`, `govweb score`, `govweb calibrate`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from govweb.cli._app import AsOfOpt, MethodologyOpt, OutOpt, TableArg, app, out, parse_date, progress
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.fsutil import atomic_open

if TYPE_CHECKING:
    from govweb.scoring import Methodology, Ranking


def load_ranking(table_path: Path, methodology: str, as_of: str | None,
                 compute: bool | None = None) -> tuple[Ranking, Methodology]:
    """Read, validate and rank a results table. `compute`: True computes totals from the indices, False ranks on
    the given 总分, None ranks on the given 总分 when every row has one and computes them otherwise."""
    from govweb.scoring import load_methodology, rank_table, read_table, score_table

    date = parse_date(as_of)
    method = load_methodology(methodology)
    table = read_table(table_path, method, need="auto" if compute is None else "indices" if compute else "total",
                       codes_at=date or method.as_of)
    if compute is None:
        compute = not table.has_all_totals
    return (score_table if compute else rank_table)(table, method, date), method


def _rank_or_score(table_path: Path, out_path: Path, methodology: str, as_of: str | None, compute: bool) -> None:
    from govweb.fsutil import output_file
    from govweb.scoring import check_ranking_format, write_ranking

    output_file(out_path)  # a bad --out fails before the table is read
    check_ranking_format(out_path)
    ranking, _ = load_ranking(table_path, methodology, as_of, compute)
    write_ranking(ranking, out_path)
    rows = sum(len(t.rows) for t in ranking.tables)
    out.print(f"已写入 {out_path}：{len(ranking.tables)} 个级别，{rows} 行（{'计算总分' if compute else '按给定总分'}排名）")


@app.command()
def rank(table: TableArg, out_file: OutOpt, methodology: MethodologyOpt = DEFAULT_METHODOLOGY, as_of: AsOfOpt = None) -> None:
    """按表格中给定的总分（四舍五入到 1 位小数）排名，写出 CSV 或 XLSX（按 --out 的扩展名）。"""
    _rank_or_score(table, out_file, methodology, as_of, compute=False)


@app.command()
def score(table: TableArg, out_file: OutOpt, methodology: MethodologyOpt = DEFAULT_METHODOLOGY, as_of: AsOfOpt = None) -> None:
    """由各项指数计算总分（忽略给定总分），再排名，写出 CSV 或 XLSX（按 --out 的扩展名）。"""
    _rank_or_score(table, out_file, methodology, as_of, compute=True)


@app.command()
def calibrate(
    table: TableArg,
    out_file: OutOpt,
    methodology: MethodologyOpt = DEFAULT_METHODOLOGY,
    as_of: AsOfOpt = None,
    fit_bonus: Annotated[bool, typer.Option("--fit-bonus", help="同时拟合加分项权重（默认固定为评估方法中的值）。")] = False,
) -> None:
    """由公布的结果表（各项指数与总分）校准每个级别的权重，写出评估方法 YAML 文件。"""
    from govweb.fsutil import output_file
    from govweb.scoring import (
        apply_fits,
        calibrate_tier,
        calibration_gaps,
        load_methodology,
        methodology_yaml,
        read_table,
    )

    output_file(out_file)
    date = parse_date(as_of)
    method = load_methodology(methodology)
    if date is not None:
        method = method.model_copy(update={"as_of": date})
    data = read_table(table, method, need=lambda rows: calibration_gaps(rows, method, fit_bonus))
    tiers = [tier for tier in method.tiers if tier in set(data.tiers())]
    fits = []
    with progress() as bar:
        task = bar.add_task("校准权重", total=len(tiers))
        for tier in tiers:
            bar.update(task, description=f"校准「{escape(tier)}」")
            fits.append(calibrate_tier(data, method, tier, fit_bonus))
            bar.advance(task)
    result = apply_fits(method, fits, source=table.name)
    header = [f"govweb methodology {result.name}: weights calibrated by `govweb calibrate {table.name}`"
              f"{' --fit-bonus' if fit_bonus else ''}.",
              "Fit residuals per tier are recorded under `calibration:`."]
    text = methodology_yaml(result, header)
    with atomic_open(out_file, "w") as fh:
        fh.write(text)
    for fit in fits:
        weights = "、".join(f"{name} {w.normalize():f}" for name, w in {**fit.weights, **fit.bonus}.items())
        out.print(f"{fit.tier}：{weights}；最大残差 {fit.max_residual}（允许 {fit.bound}）", soft_wrap=True)
    out.print(f"已写入 {out_file}")
