"""`govweb probe` (availability probes) and `govweb measure` (HTTPS, IPv6, site search)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from govweb.cli._app import app, err, out
from govweb.cli.collect import AllowPrivateOpt
from govweb.errors import BadInput, Problem
from govweb.fsutil import output_file

ResolveOpt = Annotated[
    list[str] | None,
    typer.Option("--resolve", help="HOST:PORT:ADDR，把主机名映射到指定地址（同 curl，可重复）。"),
]


def _say(text: str) -> None:
    """Print a result line: URLs, paths and titles are shown as they are (no markup, no emoji codes)."""
    out.print(text, markup=False, emoji=False)


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput("网址无效。", [Problem(f"「{url}」不是 http:// 或 https:// 开头的完整网址")])
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise BadInput("网址无效。", [Problem(f"「{url}」的端口号不正确")]) from None
    from govweb.collect.guard import operator_problem

    if problem := operator_problem(url):
        raise BadInput("网址无效。", [Problem(problem)])


@app.command()
def probe(
    url: Annotated[str, typer.Argument(help="要探测的网址。")],
    out_file: Annotated[Path, typer.Option("--out", help="结果追加写入的 JSONL 文件；给出采集目录时写入其中的 probes.jsonl。")],
    count: Annotated[int, typer.Option("--count", min=1, help="探测次数。")] = 1,
    interval: Annotated[float, typer.Option("--interval", min=0.0, help="两次探测的间隔（秒）。")] = 60.0,
    timeout: Annotated[float, typer.Option("--timeout", min=0.01, help="单次探测超时（秒）。")] = 15.0,
    resolve: ResolveOpt = None,
    ca_file: Annotated[str | None, typer.Option("--ca-file", help="额外信任的 CA 证书文件（PEM）。")] = None,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """可用性探测：按间隔访问网址，每次结果追加一行到 JSONL 文件。"""
    from govweb.collect.netmap import parse_resolve
    from govweb.collect.probe import availability, probe_series, read_probes

    _check_url(url)
    mapping = parse_resolve(resolve or [])
    if out_file.is_dir():  # a crawl folder: its probes.jsonl
        out_file = out_file / "probes.jsonl"
    output_file(out_file)  # appended to: never a device, FIFO or socket
    with Progress(
        TextColumn("[bold]可用性探测"), BarColumn(), MofNCompleteColumn(), TextColumn("失败 {task.fields[failed]}"),
        TimeRemainingColumn(), console=err, transient=False,
    ) as progress:
        task = progress.add_task("probe", total=count, failed=0)
        failed = 0

        def advance(result: object) -> None:
            nonlocal failed
            failed += getattr(result, "error", None) is not None
            progress.update(task, advance=1, failed=failed)

        asyncio.run(
            probe_series(
                url, count, interval, out_file, timeout=timeout, resolve=mapping, ca_file=ca_file,
                on_probe=advance, allow_private=allow_private,
            )
        )
    summary = availability(read_probes(out_file))  # "open" means within 15 s, whatever the probe timeout
    rate = "—" if summary.failure_rate is None else f"{summary.failure_rate:.1%}"
    verdict = {
        "unreachable": "满足“网站无法访问”单项否决条件",
        "reachable": "不满足“网站无法访问”单项否决条件",
        "insufficient-monitoring": "监测不足（需连续 7 天、每天至少 20 次探测），暂不判定",
        "not-measured": "探测均被拦截，未能测量",
    }[summary.status]
    _say(
        f"本次探测 {count} 次，失败 {failed} 次。文件 {out_file} 累计 {summary.probes} 次，"
        f"未打开 {summary.failures} 次（{rate}），覆盖 {summary.days_covered} 天：{verdict}。"
    )


def _aaaa_text(addresses: list[str] | None) -> str:
    return "未测" if addresses is None else "、".join(addresses) or "无"


def _yes_no(value: object) -> str:
    if value is None:
        return "未测"
    return "是" if value else "否"


@app.command()
def measure(
    url: Annotated[str, typer.Argument(help="网站首页网址。")],
    out_dir: Annotated[Path, typer.Option("--out", help="采集目录：写入 measurements.json 和 measurements.warc.gz。")],
    resolve: ResolveOpt = None,
    crawl_json: Annotated[
        Path | None, typer.Option("--crawl-json", help="取近期文章标题用的 crawl.json（默认取采集目录中的）。")
    ] = None,
    ca_file: Annotated[str | None, typer.Option("--ca-file", help="额外信任的 CA 证书文件（PEM）。")] = None,
    https_port: Annotated[
        int | None, typer.Option("--https-port", min=1, max=65535, help="http 不跳转时检查 https 的端口（默认 443）。")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="单次请求超时（秒）。")] = 15.0,
    render: Annotated[
        bool, typer.Option("--render/--no-render", help="搜索框或结果由脚本生成时用浏览器（chromium）渲染。")
    ] = False,
    chromium: Annotated[str, typer.Option("--chromium", help="chromium 可执行文件路径。")] = "/usr/bin/chromium",
    allow_private: AllowPrivateOpt = False,
) -> None:
    """主动测量：HTTPS（可用、证书、跳转）、IPv6（AAAA 记录与连通）、站内搜索（用近期文章标题检索）。"""
    from govweb.checks.technical import SEARCH_NOT_MEASURED
    from govweb.collect.measure import take_measurements
    from govweb.collect.netmap import parse_resolve

    _check_url(url)
    mapping = parse_resolve(resolve or [])
    problems = []
    if out_dir.exists() and not out_dir.is_dir():
        problems.append(Problem(f"「{out_dir}」不是目录"))
    if crawl_json is not None and not crawl_json.is_file():
        problems.append(Problem("找不到该文件", file=str(crawl_json)))
    if ca_file is not None and not Path(ca_file).is_file():
        problems.append(Problem("找不到 CA 证书文件", file=ca_file))
    if render and not Path(chromium).is_file():
        problems.append(Problem(f"找不到 chromium：{chromium}（请安装 Debian 软件包 chromium 或用 --chromium 指定）"))
    if problems:
        raise BadInput("参数有误。", problems)

    async def run() -> dict[str, Any]:
        if not render:
            return await take_measurements(url, out_dir, mapping, crawl_json, ca_file, https_port=https_port,
                                           timeout=timeout, allow_private=allow_private)
        from govweb.collect.guard import operator_policy
        from govweb.collect.render import Renderer

        policy = operator_policy([url], mapping, allow_private=allow_private)
        async with Renderer(chromium, pool_size=1, timeout_s=max(timeout, 10), resolve=mapping,
                            policy=policy) as renderer:
            return await take_measurements(url, out_dir, mapping, crawl_json, ca_file, https_port=https_port,
                                           timeout=timeout, renderer=renderer, allow_private=allow_private)

    with err.status("正在测量 HTTPS、IPv6 和站内搜索…"):
        result = asyncio.run(run())
    https, ipv6, search = result["https"], result["ipv6"], result["search"]
    _say(
        f"HTTPS：可访问 {_yes_no(https.get('available'))}，证书有效 {_yes_no(https.get('certificate_valid'))}，"
        f"http 跳转到 https {_yes_no(https.get('http_redirects_to_https'))}"
    )
    _say(
        f"IPv6：AAAA 记录 {_aaaa_text(ipv6.get('aaaa'))}，IPv6 连通 {_yes_no(ipv6.get('connect_ok'))}"
    )
    if search.get("form_url") is None:
        _say(f"站内搜索：首页未找到搜索框（{search.get('error')}）")
    elif search.get("found") is None and search.get("error") in SEARCH_NOT_MEASURED:
        _say(SEARCH_NOT_MEASURED[search["error"]])
    else:
        _say(f"站内搜索：检索「{search.get('query')}」，找到该文章 {_yes_no(search.get('found'))}")
    _say(f"结果已写入 {out_dir / 'measurements.json'}")
