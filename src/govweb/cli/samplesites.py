"""`govweb sample-sites build|serve`: local sample government websites with planted defects."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import app, err, out
from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open

sample_app = typer.Typer(help="示例政府网站：生成（含预置问题与标准答案）和本地服务。", no_args_is_help=True)
app.add_typer(sample_app, name="sample-sites")


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadInput("参数有误。", [Problem(f"--as-of「{value}」不是有效日期，应为 YYYY-MM-DD")]) from exc


@sample_app.command("build")
def build_cmd(
    dir: Annotated[Path, typer.Argument(help="输出目录。")],
    as_of: Annotated[str, typer.Option("--as-of", help="评估基准日 YYYY-MM-DD，栏目日期相对它生成。")] = "2020-11-26",
    seed: Annotated[int, typer.Option("--seed", help="随机种子（同一种子生成完全相同的网站）。")] = 0,
    sites: Annotated[int | None, typer.Option(
        "--sites", help="改为生成 N 个各不相同的网站（名称、版式、预置问题随机，均匀分布于六种模板）。")] = None,
) -> None:
    """生成示例网站、sites.csv 和 ground-truth.json。"""
    from rich.progress import Progress

    from govweb.samplesites import build
    from govweb.samplesites.specs import SPECS
    from govweb.samplesites.variety import max_generated

    day = _parse_date(as_of)
    if dir.exists() and not dir.is_dir():
        raise BadInput("参数有误。", [Problem(f"输出目录 {dir} 已存在且不是目录")])
    if sites is not None and not 1 <= sites <= max_generated():
        raise BadInput("参数有误。", [Problem(f"--sites「{sites}」应在 1–{max_generated()} 之间")])
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("生成示例网站", total=len(SPECS) if sites is None else sites)
        result = build(dir, as_of=day, seed=seed, progress=lambda _site: progress.advance(task), sites=sites)
    out.print(f"已生成 {len(result.sites)} 个示例网站，共 {result.pages} 个页面：{dir}")
    out.print(f"站点清单：{dir / 'sites.csv'}；标准答案：{dir / 'ground-truth.json'}")


@sample_app.command("serve")
def serve_cmd(
    dir: Annotated[Path, typer.Argument(help="sample-sites build 生成的目录。")],
    port: Annotated[int, typer.Option("--port", help="端口（0 = 自动选择）。")] = 8080,
    host: Annotated[str, typer.Option("--host", help="IPv4 监听地址（同时监听 ::1）。")] = "127.0.0.1",
) -> None:
    """在本机一个端口上按 Host 头提供全部示例网站（127.0.0.1 与 ::1）。"""
    from govweb.samplesites.build import sites_csv
    from govweb.samplesites.server import SampleServer

    if not 0 <= port < 65536:
        raise BadInput("参数有误。", [Problem(f"--port「{port}」应在 0–65535 之间")])
    try:
        server = SampleServer(dir, port, (host, "::1")).start()
    except OSError as exc:
        raise BadInput("无法启动服务。", [Problem(f"端口 {port} 无法监听：{exc}")]) from exc
    with atomic_open(dir / "sites.csv", newline="") as fh:
        fh.write(sites_csv(server.meta["sites"], server.port))
    out.print(f"示例网站已启动（端口 {server.port}，监听 {'、'.join(server.bound)}），按 Ctrl+C 停止：")
    for s in server.sites:
        tag = "（不参与测试）" if s.held_out else ""
        out.print(f"  {s.sid}  {s.name}  {s.url}  ({s.family}){tag}", markup=False)
    out.print(f"抓取时请加 --resolve，例如：--resolve {server.sites[0].resolve_args()[0]}")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
