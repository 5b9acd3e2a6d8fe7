"""`govweb rounds import|list|expert|set` (rounds in the store) and `govweb publish ROUND` (lock a round)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import DbOpt, app, out, progress
from govweb.errors import BadInput, JobFailed, Problem

rounds_app = typer.Typer(help="评估轮次：导入评估数据库、列出、导入专家评分、设置内部轮次。", no_args_is_help=True)
app.add_typer(rounds_app, name="rounds")

RoundArg = Annotated[str, typer.Argument(metavar="ROUND", help="评估轮次名称。", show_default=False)]


@rounds_app.command("import")
def import_cmd(
    directory: Annotated[Path, typer.Argument(metavar="DIR", show_default=False,
                                              help="govweb evaluate 的输出目录（含 round.json、results.csv、sites/）。")],
    round_name: Annotated[str | None, typer.Option("--round", help="轮次名称，默认取目录名。")] = None,
    internal: Annotated[bool, typer.Option("--internal/--public", help="内部轮次：结果只对登录用户可见。")] = False,
    methodology: Annotated[str | None, typer.Option(
        "--methodology", help="评估方法（名称或 YAML 路径），默认取 round.json 记录的名称。")] = None,
    db: DbOpt = None,
) -> None:
    """把一个已完成的评估轮次目录导入评估数据库（可重复导入：看板中的核减、评分等人工决定会保留）。"""
    from govweb.campaign.record import import_round_folder
    from govweb.store import open_store

    if not directory.is_dir():
        raise BadInput(f"找不到评估轮次目录 {directory}")
    with open_store(db) as store, progress() as bar:
        task = bar.add_task("写入评估数据库", total=None)

        def step(stage: str, done: int, total: int) -> None:
            bar.update(task, total=total, advance=done, description=f"写入检查结果（{stage}）")

        summary = import_round_folder(store, directory, name=round_name, internal=internal,
                                      methodology=methodology, progress=step)
    info = summary.round
    state = "续导（已存在）" if info.resumed else "新建"
    out.print(f"已导入评估轮次「{info.name}」（{state}，{'内部' if info.internal else '公开'}）到 {store.display_url}：",
              soft_wrap=True, markup=False)
    out.print(f"  {summary.sites} 个网站（测量 {summary.measured}，未能测量 {summary.not_measured}，未完成 {summary.failed}），"
              f"{summary.findings} 个问题，{summary.reviews} 条专家评审，{summary.results} 行结果"
              + (f"；按看板中的人工决定重新计分 {summary.rescored} 个网站" if summary.rescored else ""), soft_wrap=True)


@rounds_app.command("list")
def list_cmd(db: DbOpt = None) -> None:
    """列出评估数据库中的评估轮次。"""
    from govweb.store import open_store

    with open_store(db) as store:
        counts = store.browse.round_counts()
        rounds = store.rounds()
    if not rounds:
        out.print("评估数据库中还没有评估轮次（用 govweb rounds import DIR 导入）")
    for info in rounds:
        c = counts.get(info.name)
        status = "已发布" if info.published else "进行中"
        out.print(f"{info.name}\t基准日 {info.as_of}\t{info.methodology_name}\t{status}\t"
                  f"{'内部' if info.internal else '公开'}\t{c.enrolled if c else 0} 个网站", markup=False)


@rounds_app.command("set")
def set_cmd(
    round_name: RoundArg,
    internal: Annotated[bool, typer.Option("--internal/--public", help="内部轮次（只对登录用户可见）或公开。")],
    db: DbOpt = None,
) -> None:
    """设置轮次是否内部可见。"""
    from govweb.store import open_store

    with open_store(db) as store:
        store.browse.set_internal(round_name, internal, actor="govweb rounds set")
    out.print(f"评估轮次「{round_name}」现在是{'内部轮次（只对登录用户可见）' if internal else '公开轮次'}。", markup=False)


@rounds_app.command("expert")
def expert_cmd(
    round_name: RoundArg,
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                         help="专家评分文件（CSV/XLSX，与 govweb evaluate --expert 相同的格式）。")],
    db: DbOpt = None,
) -> None:
    """把专家评分文件导入评估数据库中的轮次（与看板录入的评分进入同一张表），并重新计分、排名。"""
    from govweb.campaign.rescore import rescore_round_sites
    from govweb.review import read_expert
    from govweb.store import open_store, reviews_from_expert

    with open_store(db) as store:
        methodology = store.round_methodology(round_name)
        inspections = store.inspections(round_name)
        findings: dict[str, list[str]] = {i.site_code: [] for i in inspections}
        for finding in store.findings(round_name):
            findings[finding.site_code].append(finding.finding_id)
        expert = read_expert(file, methodology, known=findings)
        reviews = [r for entry in expert.entries.values() for r in reviews_from_expert(entry, file.name)]
        changed = store.record_reviews(round_name, reviews, actor=f"专家评分文件 {file.name}")
        rescore_round_sites(store, round_name, sorted(expert.entries))
    out.print(f"已导入 {file}：{len(expert.entries)} 个网站，{changed} 条评审有变化；已重新计分并排名。", markup=False)


@app.command("publish")
def publish_cmd(
    round_name: RoundArg,
    force: Annotated[bool, typer.Option("--force", help="有待仲裁的专家评分时仍然发布。")] = False,
    db: DbOpt = None,
) -> None:
    """发布评估轮次：记录发布文件并锁定专家评分、问题核减和结果（整改状态仍可更新）。"""
    from govweb.campaign.rescore import disputed_scores
    from govweb.store import open_store

    with open_store(db) as store:
        info = store.round(round_name)
        disputed = [(code, kind, target) for code, (kind, target), _ in disputed_scores(store, round_name)]
        if disputed and not force:
            raise BadInput(f"评估轮次「{round_name}」还有 {len(disputed)} 项专家评分差异超过阈值、待仲裁，不能发布"
                           "（仲裁后再发布，或用 --force）",
                           [Problem(f"网站 {code}：{'指数' if kind == 'index' else '指标项'}「{target}」")
                            for code, kind, target in disputed])
        folder = Path(info.folder) if info.folder else None
        files = sorted(p for p in folder.glob("publication.*") if p.is_file()) if folder and folder.is_dir() else []
        if folder is not None and (folder / "results.csv").is_file():
            files.insert(0, folder / "results.csv")
        try:
            published = store.mark_published(round_name, files, actor="govweb publish")
        except OSError as exc:
            raise JobFailed(f"无法读取发布文件：{exc}") from None
    when = published.published_at
    out.print(f"评估轮次「{round_name}」已发布（{when:%Y-%m-%d %H:%M}），专家评分、问题核减和结果已锁定；"
              f"记录发布文件 {len(files)} 个。", markup=False, soft_wrap=True)


@rounds_app.command("findings")
def findings_cmd(
    round_name: RoundArg,
    check: Annotated[str | None, typer.Option("--check", help="检查编号，如 stale-column。")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="栏目类型或要素类型，如 政策文件。")] = None,
    index: Annotated[str | None, typer.Option("--index", help="指数，如 信息发布。")] = None,
    status: Annotated[str | None, typer.Option("--status", help="问题状态：open 或 removed（人工核减）。")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="写入 CSV 文件；默认打印到屏幕。")] = None,
    db: DbOpt = None,
) -> None:
    """跨网站查询一个轮次的问题，例如所有「政策文件」栏目未及时更新的网站：--check stale-column --type 政策文件。"""
    from govweb.safetext import printable, write_csv
    from govweb.store import open_store

    with open_store(db) as store:
        rows = store.findings(round_name, check=check, type=type_, index=index, status=status)
    header = ["网站标识码", "名称", "问题编号", "检查", "指数", "类型", "网址", "问题", "状态"]
    cells = [[r.site_code, r.site_name, r.finding_id, r.check, r.index or "", r.type or "", r.url or "",
              r.message, r.status] for r in rows]
    if out_file is not None:
        from govweb.fsutil import output_file

        output_file(out_file)
        write_csv(out_file, header, cells)
        out.print(f"已写入 {out_file}：{len({r.site_code for r in rows})} 个网站，{len(rows)} 个问题", markup=False)
        return
    for line in cells:
        out.print("\t".join(printable(cell) for cell in line), markup=False, soft_wrap=True)
    out.print(f"共 {len({r.site_code for r in rows})} 个网站，{len(rows)} 个问题", markup=False)
