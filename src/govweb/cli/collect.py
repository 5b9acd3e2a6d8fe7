"""`govweb crawl`: archive a site as WARC evidence plus crawl.json (resumable); the crawl options `inspect` shares."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.cli._app import app, err, out
from govweb.collect import CrawlResult, crawl
from govweb.collect.crawler import Progress as CrawlProgress
from govweb.collect.settings import DEFAULT_USER_AGENT, crawl_settings
from govweb.errors import JobFailed, Problem

AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private",
    help="允许网站给出的网址（链接、跳转、站点地图、页面加载的资源）访问本机和内网地址；"
         "默认只有命令行、网站清单和 --resolve 中给出的主机可以。链路本地（如 169.254.169.254）和组播地址始终禁止。")]
SetOpt = Annotated[list[str] | None, typer.Option(
    "--set", "-s", metavar="名称=值",
    help="任一抓取设置（可重复），如 -s max_attachment_checks=500 -s max_calendar_urls=30；"
         "全部设置及默认值见 govweb/collect/settings.py。")]
# What an error class means, for the people reading the summary.
NO_ANSWER = {"dns": "域名解析失败", "connect": "无法建立连接", "timeout": "访问超时", "tls": "TLS 握手失败",
             "bad-url": "网址无效", "address-blocked": "地址受限"}
PRUNED = {"depth": "超过链接深度", "length": "网址过长", "loop": "路径循环", "query": "查询参数过多",
          "calendar": "日历类陷阱", "random": "含随机串的陷阱", "pattern": "自我生成的网址模式"}
OVER_CAP = {"attachment": "附件检查", "external": "外部链接检查", "sitemap": "站点地图文件", "sitemap_urls": "站点地图网址",
            "links": "单页超量链接"}
STOPPED = {"max-pages": "达到网页数上限", "max-requests": "达到请求数上限", "robots-unavailable":
           "robots.txt 返回 5xx 或无法获取（按 RFC 9309 视为禁止抓取）", "robots-disallowed": "robots.txt 禁止抓取首页"}
HOPS = {"meta-refresh": "meta 刷新", "script-redirect": "脚本跳转", "browser-redirect": "浏览器中的跳转",
        "frameset": "框架页", "iframe": "整页 iframe", "splash": "引导页"}
SCOPE_FOLDER = {"base": "首页的 <base href> 指向该文件夹", "nav": "首页导航多数链接进入该文件夹"}


def summary_lines(result: CrawlResult, seed: str) -> list[str]:
    """What a finished (or interrupted) crawl tells its user: counts, errors, pruning, caps, the homepage."""
    stats = result.stats
    kinds = stats.get("by_kind", {})
    errors = "，".join(f"{k} {v}" for k, v in sorted(stats.get("errors", {}).items())) or "无"
    lines = [f"抓取{'完成' if result.complete else '已中断（用同一命令可继续）'}：网页 {kinds.get('page', 0)} 个，"
             f"附件 {kinds.get('attachment', 0)} 个，外部链接 {kinds.get('external', 0)} 个，"
             f"请求 {stats.get('requests', 0)} 次；错误：{errors}。"]
    pruned = stats.get("pruned") or {}
    if pruned:
        lines.append("按陷阱规则略过的网址：" + "，".join(f"{PRUNED.get(k, k)} {v} 个" for k, v in sorted(pruned.items()))
                     + "（见 crawl.json 的 pruned）")
    over = stats.get("over_cap") or {}
    if over:
        lines.append("超出上限未检查：" + "，".join(f"{OVER_CAP.get(k, k)} {v} 个" for k, v in sorted(over.items())))
    stopped = stats.get("stopped")
    if stopped in STOPPED:
        lines.append(f"抓取结束原因：{STOPPED[stopped]}。")
    data = result.head
    chain = data.get("homepage_chain") or []
    if len(chain) > 1 and data.get("homepage"):
        hops = "、".join(HOPS.get(step["reason"], step["reason"]) for step in chain[1:])
        lines.append(f"首页：{data['homepage']}（从 {seed} 经 {hops} 到达）")
    for folder in (data.get("scope") or {}).get("folders") or []:
        why = SCOPE_FOLDER.get(folder.get("reason"), folder.get("reason"))
        lines.append(f"抓取范围含其他主机上的本站文件夹：{escape(str(folder.get('folder')))}（{why}）")
    render = data.get("render") or {}
    if render.get("available") is False:
        lines.append(f"未能用浏览器渲染：{render.get('reason')}；脚本生成的内容记为未测量。")
    if stats.get("blocked"):
        lines.append("[yellow]注意：遇到防火墙或脚本验证页面，该网站可能无法测量。[/]")
    address_blocked = stats.get("errors", {}).get("address-blocked", 0)
    if address_blocked:
        lines.append(f"[yellow]地址受限：{address_blocked} 个网址指向本机、内网或链路本地地址，未访问（见 crawl.json 中的 "
                     "address-blocked；确需访问内网时加 --allow-private）。[/]")
    return lines


def raise_if_unreachable(result: CrawlResult, seed: str) -> None:
    """Exit 1 when the seed's host gave no HTTP answer at all (a crawl that reached the site is a finished job)."""
    if result.unreachable:
        reason = NO_ANSWER.get(result.unreachable, result.unreachable)
        raise JobFailed(f"无法访问网站 {seed}：{reason}（{result.unreachable}），未得到任何 HTTP 响应。",
                        [Problem(f"抓取记录已写入 {result.json_path}")])


@app.command("crawl")
def crawl_command(
    url: Annotated[str, typer.Argument(help="起始网址（网站首页），如 https://www.example.gov.cn/")],
    out_dir: Annotated[Path, typer.Option("--out", help="输出目录（crawl.warc.gz、crawl.json、续抓日志）。")],
    max_pages: Annotated[int, typer.Option("--max-pages", help="最多抓取的网页数。")] = 2000,
    max_depth: Annotated[int, typer.Option("--max-depth", help="最大链接深度（首页为 0）。")] = 20,
    concurrency: Annotated[int, typer.Option("--concurrency", help="并发请求数。")] = 16,
    delay: Annotated[float, typer.Option("--delay", help="同一主机两次请求的最小间隔（秒）。")] = 0.0,
    timeout: Annotated[float, typer.Option("--timeout", help="单个请求的总超时（秒）。")] = 30.0,
    render: Annotated[str, typer.Option("--render", help="浏览器渲染：never、auto（首页及脚本生成的页面）或 always。")] = "never",
    user_agent: Annotated[str, typer.Option("--user-agent", help="User-Agent 请求头。")] = DEFAULT_USER_AGENT,
    resolve: Annotated[list[str] | None, typer.Option("--resolve", help="主机名:端口:地址，把主机名解析到指定地址（同 curl），可重复。")] = None,
    restart: Annotated[bool, typer.Option("--restart", help="清空输出目录中已有的抓取，重新开始。")] = False,
    allow_private: AllowPrivateOpt = False,
    overrides: SetOpt = None,
) -> None:
    """抓取一个网站：网页存为 WARC 证据，结果写入 crawl.json；中断后用同一命令可续抓。"""
    settings = crawl_settings(max_pages=max_pages, max_depth=max_depth, concurrency=concurrency, timeout=timeout,
                              render=render, resolve=resolve, overrides=overrides, delay=delay, user_agent=user_agent,
                              allow_private=allow_private)
    with Progress(TextColumn("[bold]抓取中[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("网页"),
                  TextColumn("检查链接/附件 {task.fields[checks]}，出错 {task.fields[errors]}"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("crawl", total=settings.max_pages, checks=0, errors=0)

        def show(p: CrawlProgress) -> None:
            bar.update(task, completed=min(p.pages, p.max_pages), checks=p.checks, errors=p.errors)

        result = crawl(url, out_dir, settings, restart=restart, progress=show)
    raise_if_unreachable(result, url)
    for line in summary_lines(result, url):
        out.print(line, soft_wrap=True)
    out.print(f"结果：{result.json_path}  证据：{result.warc_path}")
    if not result.complete:
        raise typer.Exit(130)
