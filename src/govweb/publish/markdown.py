"""Markdown: the published structure as text, tables as pipe tables, charts as PNG files beside the .md. Every
text goes through `markdown_text`: a site name cannot open HTML (<script>, <!--) or Markdown (links, tables)."""

from __future__ import annotations

from pathlib import Path

from govweb.fsutil import atomic_open
from govweb.publish.model import NOT_RANKED_HEADER, NOT_RANKED_LEAD, Report, stats_tables
from govweb.safetext import markdown_text as md


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(map(md, header)) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(map(md, row)) + " |" for row in rows]
    return lines


def write(report: Report, path: Path) -> list[Path]:
    assets = path.with_name(path.stem + ".files")
    lines = [f"# {md(report.title)}", ""]
    written: list[Path] = []

    def figure(fig_key: str, caption: str, data: bytes) -> None:
        target = assets / f"{fig_key}.png"
        with atomic_open(target, "wb") as fh:
            fh.write(data)
        written.append(target)
        lines.extend([f"![{md(caption)}]({assets.name}/{target.name})", "", f"*{md(caption)}*", ""])

    for part in report.parts:
        lines += [f"## {part.number}、{md(part.heading)}", ""]
        for section in part.sections:
            if section.number:
                lines += [f"### {section.number}{md(section.heading)}", ""]
            lines += [md(section.sentence), ""]
            lines += _table(section.columns, [section.cells(r, report.index_places, report.total_places)
                                              for r in section.rows])
            lines.append("")
            if section.tie_note:
                lines += [md(section.tie_note), ""]
            for small in stats_tables(report, section):
                lines += [f"**{md(small.caption)}**", ""] + _table(small.header, [small.row]) + [""]
            for fig in section.figures:
                figure(fig.key, fig.caption, fig.data("png"))
    if report.map_figure:
        lines += [f"## {md(report.map_title)}", "", md(report.map_note), ""]
        figure(report.map_figure.key, report.map_figure.caption, report.map_figure.data("png"))
    if report.not_ranked:
        lines += [f"## {md(report.not_ranked_title)}", "", NOT_RANKED_LEAD, ""]
        lines += _table(NOT_RANKED_HEADER, [[u.name, u.tier, u.kind, u.reason] for u in report.not_ranked])
        lines.append("")
    lines += [f"## {md(report.notes_title)}", ""] + [f"- {md(note)}" for note in report.notes] + [""]
    with atomic_open(path, "w", newline="\n") as fh:
        fh.write("\n".join(lines))
    return [path, *written]

