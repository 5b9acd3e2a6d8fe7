"""`govweb check` (offline checks over a crawl snapshot) and `govweb inspect` (crawl + measure + check)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.cli._app import AsOfOpt, app, err, out
from govweb.cli.collect import AllowPrivateOpt
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.documents.layout import SiteFolder
from govweb.errors import BadInput, Problem
from govweb.safetext import printable

if TYPE_CHECKING:
    from govweb.scoring.methodology import Methodology
    from govweb.scoring.site import SiteScore


def _as_of(value: str | None, methodology: Methodology) -> dt.date:
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BadInput("参数有误。", [Problem(f"--as-of 应为 YYYY-MM-DD 格式的日期，而不是「{value}」")]) from None
    if methodology.as_of is None:
        raise BadInput("参数有误。", [Problem("请用 --as-of 指定评估基准日（评估方法中未给出 as_of）")])
    return methodology.as_of


def _tier(methodology: Methodology, tier: str | None) -> str | None:
    if tier is not None and tier not in methodology.tiers:
        raise BadInput("参数有误。", [Problem(f"--tier「{tier}」不是评估方法 {methodology.name} 中的级别"
                                           f"（{'、'.join(methodology.tiers)}）")])
    return tier


def _bar() -> Progress:
    return Progress(TextColumn("[bold]检查中[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("网页"),
                    TimeElapsedColumn(), console=err, transient=True, disable=not sys.stderr.isatty())


def _review(directory: Path, score: SiteScore, expert: Path, tier: str | None, code: str | None) -> None:
    """--expert: the expert file applied to the fresh findings, DIR/reviewed.json."""
    from govweb.campaign.inspect import review_folder
    from govweb.publish.diagnosis import site_code_of, site_meta
    from govweb.review import read_expert

    report = score.document
    meta = site_meta(directory)
    code = code or site_code_of(directory, report, meta)
    if code is None:
        raise BadInput("无法确定该网站的网站标识码，无法对应专家评分：请用 --code 给出")
    if not (tier or meta.get("tier")):
        raise BadInput("参数有误。", [Problem("使用 --expert 时请用 --tier 指定网站级别，以便重新计算指数")])
    if score.tier is None:
        score = replace(score, tier=meta["tier"])
    expert_input = read_expert(expert, score.methodology,
                               known={code: [str(f.get("id")) for f in report.get("findings") or []]},
                               as_of=(report.get("site") or {}).get("as_of"))
    reviewed = review_folder(directory, score, expert_input, code)
    if reviewed.stake_note:
        err.print(f"[yellow]注意：{reviewed.stake_note}[/]")
    review = reviewed.reviewed["review"]
    removed = len(reviewed.reviewed.get("removed_findings") or [])
    out.print(f"已应用专家评分（{review.get('reviewer') or '无该网站的评分'}）：核减问题 {removed} 个；"
              f"结果：{SiteFolder(directory).reviewed}")


def _summary(report: dict[str, Any], directory: Path) -> None:
    site = report["site"]
    evidence = site.get("evidence") or {}
    if evidence.get("complete") is False:  # exit 0, but never silently: the result is marked incomplete
        gone = evidence.get("missing_records", 0)
        cut = "，文件末尾被截断" if evidence.get("truncated_tail") else ""
        unmeasured = len(evidence.get("not_measured_findings") or [])
        out.print(f"[bold red]证据不完整：WARC 缺少或损坏 {gone} 条记录{cut}；结果不完整"
                  f"（{unmeasured} 个问题记为未测量，见 findings.json 的 site.evidence）。[/]")
    if site["status"] != "measured":
        out.print(f"[yellow]未测量：{escape(printable(str(site['reason'])))}[/]（指数记为空，而非 0 分）")
    else:
        counts: dict[str, int] = {}
        for f in report["findings"]:
            counts[f["check"]] = counts.get(f["check"], 0) + 1
        listing = "，".join(f"{k} {v}" for k, v in sorted(counts.items())) or "无"
        out.print(f"栏目 {len(report['columns'])} 个；问题：{listing}")
        vetoes = "、".join(v["rule"] for v in report["vetoes"]) or "无"
        ins = report["inspection"]
        out.print(f"单项否决：{vetoes}；检查指标得分 {ins['score']}，{ins['result']}")
    if report["warnings"]:
        out.print(f"[yellow]警告 {len(report['warnings'])} 条[/]（见 findings.json 的 warnings）")
    out.print(f"结果：{SiteFolder(directory).findings}")


@app.command("check")
def check_command(
    directory: Annotated[Path, typer.Argument(help="抓取快照目录（含 crawl.json 与 crawl.warc.gz，或其他工具写的 *.warc.gz）。")],
    as_of: AsOfOpt = None,
    tier: Annotated[str | None, typer.Option("--tier", help="网站级别（如 地市、区县），决定适用的指数。")] = None,
    methodology: Annotated[str, typer.Option("--methodology", help="评估方法：内置名称或 YAML 路径。")] = DEFAULT_METHODOLOGY,
    no_services: Annotated[bool, typer.Option("--no-services", help="无对外服务事项的部门网站：检查指标按 75 分折算。")] = False,
    code: Annotated[str | None, typer.Option("--code", help="网站标识码（写入 findings.json 的 site.code）。")] = None,
    expert: Annotated[Path | None, typer.Option("--expert", help="专家评分文件（CSV 或 XLSX），结果写入 DIR/reviewed.json。")] = None,
    seed: Annotated[str | None, typer.Option("--seed", help="首页网址：目录中只有其他工具写的 WARC（无 crawl.json）时用；默认取 WARC 中第一个 HTML 网页（跟随跳转）。")] = None,
) -> None:
    """离线检查一个抓取快照：栏目、要素、问题、单项否决、检查指标扣分与各项指数，写入 DIR/findings.json。

    快照可以是 govweb crawl 的输出（crawl.json + crawl.warc.gz，先核对 WARC 是否完整），也可以是其他工具（wget
    --warc-file、Heritrix、Browsertrix）写的 WARC 文件，页面清单由 WARC 推导。"""
    from govweb.campaign.inspect import check_site
    from govweb.checks.snapshot import load_snapshot
    from govweb.scoring import load_methodology

    method = load_methodology(methodology)
    day, tier = _as_of(as_of, method), _tier(method, tier)
    snapshot = load_snapshot(directory, seed)
    with _bar() as bar:
        task = bar.add_task("check", total=sum(1 for p in snapshot.pages if p.is_html))
        score = check_site(directory, day, method, tier, code=code, seed=seed, services=not no_services,
                           snapshot=snapshot, progress=lambda n: bar.advance(task, n))
    _summary(score.document, directory)
    if expert is not None:
        _review(directory, score, expert, tier, code)


@app.command("inspect")
def inspect_command(
    url: Annotated[str, typer.Argument(help="网站首页网址。")],
    out_dir: Annotated[Path, typer.Option("--out", help="输出目录（快照、测量结果与 findings.json）。")],
    as_of: AsOfOpt = None,
    tier: Annotated[str | None, typer.Option("--tier", help="网站级别（如 地市、区县）。")] = None,
    methodology: Annotated[str, typer.Option("--methodology", help="评估方法：内置名称或 YAML 路径。")] = DEFAULT_METHODOLOGY,
    max_pages: Annotated[int, typer.Option("--max-pages", help="最多抓取的网页数。")] = 2000,
    max_depth: Annotated[int, typer.Option("--max-depth", help="最大链接深度（首页为 0）。")] = 20,
    concurrency: Annotated[int, typer.Option("--concurrency", help="并发请求数。")] = 16,
    timeout: Annotated[float, typer.Option("--timeout", help="单个请求的总超时（秒）。")] = 30.0,
    render: Annotated[str, typer.Option("--render", help="浏览器渲染：auto（默认：首页及脚本生成内容的页面，每站至多 max_rendered_pages 个）、never 或 always。")] = "auto",
    resolve: Annotated[list[str] | None, typer.Option("--resolve", help="主机名:端口:地址（同 curl），可重复。")] = None,
    restart: Annotated[bool, typer.Option("--restart", help="清空输出目录中已有的抓取，重新开始。")] = False,
    no_services: Annotated[bool, typer.Option("--no-services", help="无对外服务事项的部门网站。")] = False,
    code: Annotated[str | None, typer.Option("--code", help="网站标识码（写入 findings.json 的 site.code）。")] = None,
    allow_private: AllowPrivateOpt = False,
    overrides: Annotated[list[str] | None, typer.Option(
        "--set", "-s", metavar="名称=值", help="任一抓取设置（可重复），见 govweb/collect/settings.py。")] = None,
) -> None:
    """抓取网站（含 HTTPS、IPv6、站内搜索等主动测量），然后运行全部检查，写入 OUT/findings.json。"""
    from govweb.campaign.inspect import inspect_folder
    from govweb.cli.collect import summary_lines
    from govweb.collect.settings import crawl_settings
    from govweb.scoring import load_methodology

    method = load_methodology(methodology)
    day, tier = _as_of(as_of, method), _tier(method, tier)
    settings = crawl_settings(max_pages=max_pages, max_depth=max_depth, concurrency=concurrency, timeout=timeout,
                              render=render, resolve=resolve, overrides=overrides, allow_private=allow_private)
    score = inspect_folder(url, out_dir, settings, day, method, tier, code=code, services=not no_services,
                           restart=restart, log=lambda line: err.print(line, soft_wrap=True),
                           crawled=lambda result: [err.print(line, soft_wrap=True) for line in summary_lines(result, url)])
    _summary(score.document, out_dir)
