"""`govweb sites import`: the registry reads and validates a sites list, the store keeps it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import DbOpt, app, out, progress
from govweb.errors import BadInput, JobFailed, Problem

sites_app = typer.Typer(help="网站名录：导入评估数据库。", no_args_is_help=True)
app.add_typer(sites_app, name="sites")


@sites_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                         help="网站清单（网站标识码、名称、首页网址、级别、行政区划代码）或全国政府网站名录导出文件；CSV 或 XLSX。")],
    tiers: Annotated[str | None, typer.Option("--tiers", help="导入全国政府网站名录导出文件时使用：所有网站的级别，或含「网站标识码、级别」两列的文件。")] = None,
    db: DbOpt = None,
    details: Annotated[bool, typer.Option("--details", help="逐条列出规范过的首页网址、非「正常」状态和重复的网站标识码。")] = False,
) -> None:
    """导入网站名录到评估数据库：逐行校验，有问题的行跳过并列出原因，其余导入（已有的网站按网站标识码更新）。"""
    from sqlalchemy.exc import DBAPIError

    from govweb.registry import read_registry
    from govweb.store import open_store

    if not file.is_file():
        raise BadInput(f"找不到网站名录文件 {file}")
    result = read_registry(file, tiers)
    if not result.sites:
        raise BadInput(f"{result.file} 中没有可导入的网站（未写入数据库）",
                       [Problem("已跳过：" + s.reason, result.file, s.row, s.column) for s in result.skipped]
                       or [Problem("没有数据行，或 --tiers 没有选中任何网站", result.file)])
    with open_store(db) as store, progress() as bar:
        task = bar.add_task("写入评估数据库", total=len(result.sites))
        try:
            counts = store.upsert_sites(result.sites, source=file.name, progress=lambda n: bar.advance(task, n))
        except DBAPIError as exc:  # the database went away or refused the write: batches written so far stay
            raise JobFailed(f"写入评估数据库 {store.display_url} 失败：{exc.orig}") from None
    out.print(f"已导入 {counts.total} 个网站到 {store.display_url}：新增 {counts.inserted} 个，更新 {counts.updated} 个，"
              f"未变 {counts.unchanged} 个。", soft_wrap=True)
    out.print(result.summary(), soft_wrap=True)
    if result.skipped:
        out.print(f"跳过 {len(result.skipped)} 行（未导入）：")
        for skipped in result.skipped:
            out.print(f"  - {Problem(skipped.reason, result.file, skipped.row, skipped.column)}", markup=False,
                      soft_wrap=True)
    if result.notes and details:
        out.print("说明：")
        for note in result.notes:
            out.print(f"  - {Problem(note.message, result.file, note.row, note.column)}", markup=False, soft_wrap=True)
    elif result.notes:
        out.print(f"另有 {len(result.notes)} 条说明（规范首页网址、网站状态等），用 --details 逐条列出。")
