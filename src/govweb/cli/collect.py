"""`govweb crawl`: archive a site as WARC evidence plus crawl.json (resumable)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.cli._app import app, err, out
from govweb.collect import CrawlSettings, crawl
from govweb.collect.crawler import Progress as CrawlProgress
from govweb.collect.netmap import parse_resolve
from govweb.collect.settings import DEFAULT_USER_AGENT
from govweb.errors import BadInput, Problem

_RENDER_MODES = ("never", "auto", "always")
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private",
    help="允许网站给出的网址（链接、跳转、站点地图、页面加载的资源）访问本机和内网地址；"
         "默认只有命令行、网站清单和 --resolve 中给出的主机可以。链路本地（如 169.254.169.254）和组播地址始终禁止。")]


@app.command("crawl")
def crawl_command(
    url: Annotated[str, typer.Argument(help="起始网址（网站首页），如 https://www.example.gov.cn/")],
    out_dir: Annotated[Path, typer.Option("--out", help="输出目录（crawl.warc.gz、crawl.json、续抓日志）。")],
    max_pages: Annotated[int, typer.Option("--max-pages", help="最多抓取的网页数。")] = 2000,
    max_depth: Annotated[int, typer.Option("--max-depth", help="最大链接深度（首页为 0）。")] = 20,
    concurrency: Annotated[int, typer.Option("--concurrency", help="并发请求数。")] = 16,
    delay: Annotated[float, typer.Option("--delay", help="同一主机两次请求的最小间隔（秒）。")] = 0.0,
    timeout: Annotated[float, typer.Option("--timeout", help="单个请求的总超时（秒）。")] = 30.0,
    render: Annotated[str, typer.Option("--render", help="浏览器渲染：never、auto（自动识别脚本生成的页面）或 always。")] = "never",
    user_agent: Annotated[str, typer.Option("--user-agent", help="User-Agent 请求头。")] = DEFAULT_USER_AGENT,
    resolve: Annotated[list[str] | None, typer.Option("--resolve", help="主机名:端口:地址，把主机名解析到指定地址（同 curl），可重复。")] = None,
    restart: Annotated[bool, typer.Option("--restart", help="清空输出目录中已有的抓取，重新开始。")] = False,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """抓取一个网站：网页存为 WARC 证据，结果写入 crawl.json；中断后用同一命令可续抓。"""
    problems = []
    if render not in _RENDER_MODES:
        problems.append(Problem(f"--render 只能是 never、auto 或 always，而不是「{render}」"))
    for name, value, low in (("--max-pages", max_pages, 1), ("--concurrency", concurrency, 1), ("--max-depth", max_depth, 0)):
        if value < low:
            problems.append(Problem(f"{name} 不能小于 {low}（现为 {value}）"))
    if delay < 0:
        problems.append(Problem(f"--delay 不能为负数（现为 {delay}）"))
    if timeout <= 0:
        problems.append(Problem(f"--timeout 必须大于 0（现为 {timeout}）"))
    try:
        parse_resolve(resolve or [])
    except BadInput as exc:
        problems.extend(exc.problems)
    if problems:
        raise BadInput("抓取参数有误。", problems)
    settings = CrawlSettings(
        max_pages=max_pages, max_depth=max_depth, concurrency=concurrency, concurrency_per_host=concurrency,
        delay=delay, timeout=timeout, render=render, user_agent=user_agent,  # type: ignore[arg-type]
        resolve=tuple(resolve or ()), allow_private=allow_private,
    )
    with Progress(TextColumn("[bold]抓取中[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("网页"),
                  TextColumn("检查链接/附件 {task.fields[checks]}，出错 {task.fields[errors]}"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("crawl", total=max_pages, checks=0, errors=0)

        def show(p: CrawlProgress) -> None:
            bar.update(task, completed=min(p.pages, p.max_pages), checks=p.checks, errors=p.errors)

        result = crawl(url, out_dir, settings, restart=restart, progress=show)
    stats = result.stats
    kinds = stats.get("by_kind", {})
    errors = "，".join(f"{k} {v}" for k, v in sorted(stats.get("errors", {}).items())) or "无"
    blocked = stats.get("errors", {}).get("address-blocked", 0)
    out.print(f"抓取{'完成' if result.complete else '已中断（用同一命令可继续）'}：网页 {kinds.get('page', 0)} 个，"
              f"附件 {kinds.get('attachment', 0)} 个，外部链接 {kinds.get('external', 0)} 个；错误：{errors}。")
    if stats.get("blocked"):
        out.print("[yellow]注意：遇到防火墙或脚本验证页面，该网站可能无法测量。[/]")
    if blocked:
        out.print(f"[yellow]地址受限：{blocked} 个网址指向本机、内网或链路本地地址，未访问（见 crawl.json 中的 "
                  "address-blocked；确需访问内网时加 --allow-private）。[/]")
    out.print(f"结果：{result.json_path}  证据：{result.warc_path}")
    if not result.complete:
        raise typer.Exit(130)
