"""Commands `govweb evaluate` (a round over a sites list) and `govweb report-site` (one site's 体检报告)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from govweb.cli._app import AsOfOpt, DbOpt, MethodologyOpt, OutOpt, app, err, out, parse_date
from govweb.cli.collect import AllowPrivateOpt
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.documents.layout import ROUND_JOURNAL, SiteFolder
from govweb.errors import BadInput, JobFailed, Problem
from govweb.fsutil import output_dir, output_file
from govweb.safetext import printable

if TYPE_CHECKING:
    from collections.abc import Callable

    from govweb.campaign import RoundReport
    from govweb.scoring.methodology import Methodology

ResolveOpt = Annotated[list[str] | None, typer.Option("--resolve", help="HOST:PORT:ADDR，把主机名解析到指定地址（可重复）。")]
DEFAULT_SHOT_LIMIT = 10
DEFAULT_SHOT_TIMEOUT = 20.0
ExpertOpt = Annotated[Path | None, typer.Option("--expert", help="专家评分文件（CSV/XLSX）：创新案例指数、其他指数、人工核减的问题编号及理由、评审人、评审日期。")]


def _formats(value: str, allowed: tuple[str, ...], option: str) -> tuple[str, ...]:
    chosen = tuple("." + part.strip().lstrip(".").lower() for part in value.split(",") if part.strip())
    unknown = [f for f in chosen if f not in allowed]
    if unknown:
        raise BadInput(f"{option} 中有不支持的格式：{'、'.join(unknown)}（可用：{'、'.join(allowed)}）")
    return chosen


@app.command()
def evaluate(
    sites: Annotated[Path, typer.Option("--sites", help="网站清单 CSV/XLSX：网站标识码、名称、首页网址、级别、行政区划代码。")],
    out_dir: Annotated[Path, typer.Option("--out", help="输出目录（不存在时自动创建；中断后再次运行即续跑）。")],
    as_of: AsOfOpt = None,
    tiers: Annotated[str | None, typer.Option("--tiers", help="导入全国政府网站名录导出文件时使用：所有网站的级别，或含「网站标识码、级别」两列的文件。")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="同时检查的网站数。")] = 4,
    expert: ExpertOpt = None,
    methodology: MethodologyOpt = DEFAULT_METHODOLOGY,
    resolve: ResolveOpt = None,
    resolve_file: Annotated[Path | None, typer.Option("--resolve-file", help="每行一个 HOST:PORT:ADDR 的文件。")] = None,
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1, help="每个网站最多抓取的页面数。")] = None,
    render: Annotated[str | None, typer.Option("--render", help="浏览器渲染：auto（默认：每站首页及脚本生成内容的页面）、never 或 always。")] = None,
    overrides: Annotated[list[str] | None, typer.Option(
        "--set", "-s", metavar="名称=值", help="任一抓取设置（可重复），见 govweb/collect/settings.py。")] = None,
    site_timeout: Annotated[float | None, typer.Option("--site-timeout", min=1, help="单个网站检查的时限（秒）。")] = None,
    screenshots: Annotated[bool | None, typer.Option("--screenshots/--no-screenshots", help="检查后用浏览器截取首页及问题页面的证据截图；默认在本机装有 chromium 时截取。")] = None,
    diagnosis: Annotated[str, typer.Option("--diagnosis", help="体检报告格式，逗号分隔；空字符串表示不生成。")] = "html,docx,pdf,xlsx",
    publication: Annotated[str, typer.Option("--publication", help="发布报告格式，逗号分隔。")] = "md,html,xlsx,docx,pdf",
    allow_private: AllowPrivateOpt = False,
    round_name: Annotated[str | None, typer.Option("--round", help="评估轮次名称（记入评估数据库），默认取输出目录名；同名轮次再次运行即续跑。")] = None,
    db: DbOpt = None,
    broker: Annotated[str | None, typer.Option("--broker", help="分布式执行：消息代理地址 redis://主机:端口/库，由 govweb worker 进程检查各网站；不给出时在本机检查。")] = None,
    lease: Annotated[float, typer.Option("--lease", min=5, help="检查租约（秒）：执行者停止续约这么久后，其网站交给其他执行者。")] = 60.0,
) -> None:
    """评估一轮：逐个检查网站（可中断续跑），应用专家评分，计分、排名，发布结果、检查汇总与各网站体检报告；全过程记入评估数据库。"""
    from govweb.campaign import DIAGNOSIS_FORMATS, PUBLICATION_FORMATS, RoundOptions, run_round
    from govweb.scoring import load_methodology
    from govweb.store import resolve_url

    method = load_methodology(methodology)   # once for the whole command
    date = parse_date(as_of) or method.as_of
    if date is None:
        raise BadInput("请用 --as-of YYYY-MM-DD 给出评估基准日")
    if not sites.is_file():
        raise BadInput(f"找不到网站清单 {sites}")
    if expert is not None and not expert.is_file():
        raise BadInput(f"找不到专家评分文件 {expert}")
    output_dir(out_dir)
    resolve = list(resolve or [])
    if resolve_file is not None:
        if not resolve_file.is_file():
            raise BadInput(f"找不到 --resolve-file 文件 {resolve_file}")
        resolve += [line.strip() for line in resolve_file.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.lstrip().startswith("#")]
    crawl_args: list[str] = []
    if max_pages is not None:
        crawl_args += ["--max-pages", str(max_pages)]
    if render is not None:
        if render not in ("never", "auto", "always"):
            raise BadInput(f"--render 应为 never、auto 或 always，实际为「{render}」")
        crawl_args += ["--render", render]
    if overrides:
        from govweb.collect.settings import CrawlSettings, apply_overrides

        apply_overrides(CrawlSettings(), overrides)  # a bad name or value: exit 2 before any site is inspected
        crawl_args += [arg for pair in overrides for arg in ("-s", pair)]
    store = resolve_url(db)
    store_url = store.render_as_string(hide_password=False)
    executor = None
    if broker is not None:
        from govweb.workers import CeleryExecutor

        executor = CeleryExecutor(broker, lease_seconds=lease)
    options = RoundOptions(
        round_name=round_name, store=store_url, executor=executor,
        sites=sites, as_of=date, out=out_dir, methodology=methodology, tiers=tiers, concurrency=concurrency,
        expert=expert,
        resolve=tuple(resolve), crawl_args=tuple(crawl_args), site_timeout=site_timeout, screenshots=screenshots,
        allow_private=allow_private,
        publication_formats=_formats(publication, PUBLICATION_FORMATS, "--publication"),
        diagnosis_formats=_formats(diagnosis, DIAGNOSIS_FORMATS, "--diagnosis"),
    )
    report = run_round(options, console=err, methodology=method)
    total = sum(report.timings.values())
    out.print(f"评估轮次「{options.name}」已记入评估数据库 {store.render_as_string(hide_password=True)}",
              soft_wrap=True, markup=False)
    out.print(f"评估完成：{report.sites} 个网站（本次检查 {report.inspected_now} 个，此前已完成 {report.already_done} 个），"
              f"排名 {report.ranked} 行，用时 {total:.0f} 秒。", soft_wrap=True)
    print_left_out(report)
    if report.index is not None:
        out.print(f"  本轮总览（从这里开始）：{report.index}", soft_wrap=True)
    if report.results_csv:
        out.print(f"  排名结果：{report.results_csv}", soft_wrap=True)
    for path in report.publication:
        out.print(f"  发布报告：{path}", soft_wrap=True)
    out.print(f"  检查汇总：{report.summary}", soft_wrap=True)
    out.print(f"  体检报告：{report.diagnoses} 个网站，{out_dir / 'sites'}/<网站标识码>/diagnosis.*", soft_wrap=True)
    if report.diagnosis_errors:
        raise JobFailed(f"{len(report.diagnosis_errors)} 个网站的体检报告未能生成（其余结果已写出）",
                        [Problem(error) for error in report.diagnosis_errors])


def print_left_out(report: RoundReport) -> None:
    """Every site the round did not rank and every row of the sites file it skipped, each with its reason."""
    from govweb.campaign.summary import KIND_LABELS
    from govweb.publish.wording import plain

    if report.not_ranked:
        out.print(f"未排名 {len(report.not_ranked)} 个网站（不评分、不排名，也不判为不合格）：", soft_wrap=True)
        for item in report.not_ranked:
            out.print(f"  - {item.site.name}（{item.site.site_code}）：{KIND_LABELS.get(item.kind, item.kind)}，"
                      f"{plain(item.reason).text}", soft_wrap=True, markup=False)
    if report.skipped:
        out.print(f"网站清单中跳过 {len(report.skipped)} 行：", soft_wrap=True)
        for row in report.skipped:
            detail = "，".join(filter(None, [row.site_code or "", f"「{row.column}」列" if row.column else ""]))
            where = (f"第 {row.row} 行" if row.row else "一行") + (f"（{detail}）" if detail else "")
            out.print(f"  - {where}：{row.reason}", soft_wrap=True, markup=False)


def _known_ids(site_dir: Path, code: str | None) -> dict[str, list[str] | None]:
    """Finding ids by site: every site of the round when DIR is DIR/sites/<code>, else just this one."""
    from govweb.publish.diagnosis import load_findings

    folders = [site_dir]
    round_dir = SiteFolder(site_dir).round_dir
    if round_dir is not None and (round_dir / ROUND_JOURNAL).is_file():
        folders = sorted(p for p in site_dir.parent.iterdir() if p.is_dir())
    known: dict[str, list[str] | None] = {}
    for folder in folders:
        meta = SiteFolder(folder).site_meta
        folder_code = json.loads(meta.read_text(encoding="utf-8")).get("code") if meta.is_file() else None
        folder_code = code if folder == site_dir and code else folder_code
        if not folder_code:
            continue
        try:
            doc = load_findings(folder)
        except BadInput:
            known[folder_code] = []
            continue
        known[folder_code] = [str(f.get("id")) for f in doc.get("findings") or []]
    return known


@app.command("report-site")
def report_site(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="网站检查目录（含 findings.json）。", show_default=False)],
    out_file: OutOpt,
    expert: ExpertOpt = None,
    tier: Annotated[str | None, typer.Option("--tier", help="级别；评估轮次目录中的网站可省略。")] = None,
    site_code: Annotated[str | None, typer.Option("--site-code", help="网站标识码；默认取 site.json 或页面底部的标识码。")] = None,
    methodology: MethodologyOpt = DEFAULT_METHODOLOGY,
    screenshots: Annotated[bool, typer.Option("--screenshots", help="先用浏览器截取首页及问题页面的证据截图（同 govweb screenshots）。")] = False,
    resolve: ResolveOpt = None,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """生成单个网站的体检报告（.html、.docx、.pdf，或 .xlsx 问题清单），含分值影响。"""
    from govweb.publish.diagnosis import (
        WRITERS,
        build_diagnosis,
        load_findings,
        site_code_of,
        site_meta,
        write_diagnosis,
    )
    from govweb.review import read_expert
    from govweb.scoring import load_methodology

    if out_file.suffix.lower() not in WRITERS:
        raise BadInput(f"不支持的输出格式「{out_file.name}」：输出文件名应以 {'、'.join(WRITERS)} 结尾")
    output_file(out_file)
    method = load_methodology(methodology)
    doc = load_findings(directory)
    code = site_code or site_code_of(directory, doc, site_meta(directory))
    expert_input = None
    if expert is not None:
        if code is None:
            raise BadInput("无法确定该网站的网站标识码，无法对应专家评分：请用 --site-code 给出")
        expert_input = read_expert(expert, method, known=_known_ids(directory, code),
                                   as_of=(doc.get("site") or {}).get("as_of"))
    from govweb.campaign.round import round_tier_means

    if screenshots:
        _screenshots(directory, method, tier, DEFAULT_SHOT_LIMIT, resolve, DEFAULT_SHOT_TIMEOUT, allow_private)
    meta_tier = tier or site_meta(directory).get("tier")
    means = round_tier_means(directory, method).get(meta_tier or "", None)
    diagnosis = build_diagnosis(directory, method, tier=tier, expert=expert_input, site_code=code, tier_means=means)
    write_diagnosis(diagnosis, out_file)
    stake = f"，全部整改约可提高 {diagnosis.stake_total} 分" if diagnosis.stake_total is not None else ""
    out.print(f"已写入 {out_file}：{printable(diagnosis.name)}，{len(diagnosis.findings)} 个问题{stake}", markup=False)
    if diagnosis.stake_note:
        err.print(f"注意：{diagnosis.stake_note}")


def _screenshots(directory: Path, method: Methodology, tier: str | None, limit: int, resolve: list[str] | None,
                 timeout: float, allow_private: bool) -> None:
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from govweb.campaign.screenshots import summary, take_evidence_screenshots
    from govweb.collect.netmap import parse_resolve
    from govweb.publish.diagnosis import load_findings

    mapping = parse_resolve(resolve or [])
    load_findings(directory)  # bad input before the browser starts
    started = time.monotonic()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        def progress(total: int) -> Callable[[str], None]:
            task = bar.add_task("截取证据截图", total=total)
            return lambda url: bar.advance(task)

        shots = take_evidence_screenshots(directory, method, tier=tier, limit=limit, resolve=mapping,
                                          timeout_s=timeout, progress=progress, allow_private=allow_private)
    out.print(f"{summary(shots, time.monotonic() - started)}：{directory / 'screenshots.json'}", soft_wrap=True)
    for shot in shots:
        if shot.error or shot.retry_error:
            kept = "（沿用此前的截图）" if shot.retry_error else ""
            err.print(f"  未能截图 {printable(shot.url)}：{shot.error or shot.retry_error}{kept}", soft_wrap=True,
                      markup=False)


@app.command("screenshots")
def screenshots_command(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="网站检查目录（含 findings.json）。", show_default=False)],
    limit: Annotated[int, typer.Option("--limit", min=1, help="最多截取的页面数（首页 + 分值影响最大的问题页面）。")] = DEFAULT_SHOT_LIMIT,
    resolve: ResolveOpt = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="每个页面的时限（秒）。")] = DEFAULT_SHOT_TIMEOUT,
    tier: Annotated[str | None, typer.Option("--tier", help="级别；评估轮次目录中的网站可省略。")] = None,
    methodology: MethodologyOpt = DEFAULT_METHODOLOGY,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """截取体检报告引用页面的证据截图（浏览器通道）：DIR/screenshots/*.png、screenshots.warc.gz、screenshots.json。"""
    from govweb.scoring import load_methodology

    if not directory.is_dir():
        raise BadInput(f"找不到网站检查目录 {directory}")
    _screenshots(directory, load_methodology(methodology), tier, limit, resolve, timeout, allow_private)
