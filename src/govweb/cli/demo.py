"""Command `govweb demo`: reproduce and publish the 2020 results (the bundled reference table), then run a round
over the local sample sites (built, served on loopback, inspected, scored, ranked, published, diagnosed)."""

from __future__ import annotations

import importlib.resources
import time
from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import app, err, out
from govweb.cli.campaign import print_left_out
from govweb.cli.publish import rank_or_score, write_reports
from govweb.documents import DEFAULT_METHODOLOGY

DemoOutOpt = Annotated[Path, typer.Option("--out", help="输出目录（不存在时自动创建）。")]
FORMATS = (".md", ".html", ".xlsx", ".docx", ".pdf")
LABELS = {".md": "Markdown", ".html": "HTML 网页", ".xlsx": "Excel 表格", ".docx": "Word 文档", ".pdf": "PDF 文档"}
SAMPLE_ROUND = "sample-round"


def reproduce_2020(out_dir: Path) -> None:
    """The 2020 ranking table (CSV) and its publication in five formats, from the bundled published results."""
    from govweb.fsutil import output_dir
    from govweb.publish import build_report
    from govweb.scoring import write_ranking_csv

    resource = importlib.resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"
    with importlib.resources.as_file(resource) as table:
        ranking, method = rank_or_score(table, DEFAULT_METHODOLOGY, None)
    output_dir(out_dir)
    ranking_csv = out_dir / f"{ranking.year}-ranking.csv"
    write_ranking_csv(ranking, ranking_csv)
    report = build_report(ranking, method)
    paths = [out_dir / f"{ranking.year}-report{suffix}" for suffix in FORMATS]
    write_reports(report, paths)
    out.print(f"已复现 {ranking.year} 年评估结果（{sum(len(t.rows) for t in ranking.tables)} 个网站），输出：", soft_wrap=True)
    out.print(f"  排名表（CSV）：{ranking_csv}", soft_wrap=True)
    for path in paths:
        out.print(f"  报告（{LABELS[path.suffix]}）：{path}", soft_wrap=True)


def sample_round_demo(folder: Path, screenshots: bool | None = None) -> None:
    """Build and serve the sample sites, evaluate them in one round, print where everything is."""
    from govweb.campaign.summary import KIND_LABELS
    from govweb.samplesites.demo import sample_round

    out.print("\n正在本机生成并启动示例网站，开展一轮评估（抓取、检查、评分、排名、发布、体检报告）……", soft_wrap=True)
    started = time.monotonic()
    report = sample_round(folder, screenshots=screenshots, console=err)
    minutes = (time.monotonic() - started) / 60
    unranked = "，".join(f"{KIND_LABELS.get(kind, kind)} {n} 个" for kind, n in sorted(report.unranked.items())) or "无"
    out.print(f"示例网站评估完成（{report.sites} 个网站，用时 {minutes:.1f} 分钟）：排名 {report.ranked} 个，"
              f"不排名 {unranked}，名录中跳过 {report.skipped_rows} 行。", soft_wrap=True)
    print_left_out(report)
    if report.index is not None:
        out.print(f"  本轮总览（从这里开始）：{report.index}", soft_wrap=True)
    if report.results_csv is not None:
        out.print(f"  评估结果（排名表）：{report.results_csv}", soft_wrap=True)
    for path in report.publication:
        if path.suffix in LABELS:
            out.print(f"  发布报告（{LABELS[path.suffix]}）：{path}", soft_wrap=True)
    out.print(f"  检查汇总（按地区）：{report.summary}", soft_wrap=True)
    out.print(f"  体检报告（每个网站一份，含分值影响）：{report.out / 'sites'}/<网站标识码>/diagnosis.html、.docx、"
              f".pdf、.xlsx（共 {report.diagnoses} 个网站）", soft_wrap=True)
    example = next(iter(sorted((report.out / "sites").glob("*/diagnosis.html"))), None)
    if example is not None:
        out.print(f"  例如：{example}", soft_wrap=True)
    for error in report.diagnosis_errors:
        out.print(f"  [yellow]体检报告未能生成：{error}[/]", soft_wrap=True)
    dashboard_demo(report.out, folder.parent / "govweb.sqlite")


def dashboard_demo(round_folder: Path, db: Path) -> None:
    """Record the sample round in the embedded store and say how to open it in the dashboard."""
    from govweb.campaign.record import import_round_folder
    from govweb.store import open_store

    with open_store(str(db)) as store:
        summary = import_round_folder(store, round_folder, name=SAMPLE_ROUND)
        users = store.accounts.count_users()
    out.print(f"  评估数据库（内嵌 SQLite）：{db}，轮次「{summary.round.name}」（{summary.sites} 个网站）", soft_wrap=True)
    out.print("在评估看板中查看这一轮（公开轮次无需登录）：", soft_wrap=True)
    out.print(f"  .venv/bin/govweb serve --db {db}    然后打开 http://127.0.0.1:8000/", soft_wrap=True, markup=False)
    if not users:
        out.print(f"  专家评审、整改跟踪等需要账号：.venv/bin/govweb users add admin --role admin --db {db}",
                  soft_wrap=True, markup=False)


@app.command()
def demo(
    out_dir: DemoOutOpt = Path("out"),
    sample_round: Annotated[bool, typer.Option("--sample-round/--no-sample-round",
                                               help="是否在本机示例网站上演示一轮完整评估（需数分钟）。")] = True,
    screenshots: Annotated[bool | None, typer.Option("--screenshots/--no-screenshots", help="示例评估中是否截取证据截图；默认在本机装有 chromium 时截取。")] = None,
) -> None:
    """演示：复现 2020 年评估结果（排名 CSV 与五种格式的报告），再在本机示例网站上完整评估一轮。"""
    reproduce_2020(out_dir)
    if sample_round:
        sample_round_demo(out_dir / SAMPLE_ROUND, screenshots)
