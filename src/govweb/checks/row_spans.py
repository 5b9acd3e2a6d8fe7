"""Row spans: the cells of a table section that span several rows (`rowspan`), read once per section, and the rows
below a linked row that belong to its entry — a row a spanning cell reaches into that holds no link (its 文号 and
发布日期, a letter's 答复) and a hidden row folding a letter's answer away — as `row_dates` reads a table row's text;
and the block after a letter's own that prints its answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from govweb.checks.hidden_blocks import hidden_here
from govweb.checks.messages import prints_reply, submissions
from govweb.htmlstd import next_element


def _rowspan(cell: LexborNode) -> int:
    """How many rows a table cell spans (its `rowspan`, 1 when it has none or an unreadable one)."""
    value = (cell.attributes.get("rowspan") or "").strip()
    return int(value) if value.isdigit() and int(value) > 1 else 1


@dataclass(slots=True)
class Spans:
    """The cells of a table section that span several rows (rowspan): by the node id of each row they reach down
    into, those cells (`into`); by the node id of each row holding such a cell, the rows below it that it spans
    (`below`)."""

    into: dict[int, list[LexborNode]] = field(default_factory=dict)
    below: dict[int, list[LexborNode]] = field(default_factory=dict)


def row_spans(section: LexborNode) -> Spans:
    """The cells of a table section's rows (`tbody`, `table`) that span rows below their own (`Spans`), read in one
    pass over its rows."""
    spans = Spans()
    if section.css_first("[rowspan]") is None:
        return spans
    active: list[tuple[LexborNode, int]] = []   # (a spanning cell, the rows below its own it still reaches)
    for row in section.iter(include_text=False):
        if row.tag != "tr":
            continue
        if active:
            spans.into[row.mem_id] = [cell for cell, _ in active]
            for cell, _ in active:
                below = spans.below.setdefault(cell.parent.mem_id, []) if cell.parent is not None else None
                if below is not None and (not below or below[-1].mem_id != row.mem_id):
                    below.append(row)
            active = [(cell, n - 1) for cell, n in active if n > 1]
        active.extend((cell, n - 1) for cell in row.iter(include_text=False)
                      if cell.tag in ("td", "th") and (n := _rowspan(cell)) > 1)
    return spans


def continues_row(row: LexborNode, spans: Spans) -> bool:
    """A table row holding no link that a cell of a linked row above it spans (`<td rowspan="2">序号</td>` beside the
    title, then a row of 文号 and 发布日期, or of 答复 under a letter): the second line of that row's entry, no entry
    of its own."""
    return row.css_first("a[href]") is None and any(
        cell.parent is not None and cell.parent.css_first("a[href]") is not None for cell in spans.into.get(row.mem_id, ()))


def folded_answer(row: LexborNode) -> LexborNode | None:
    """The table row right below a linked row that folds its letter's answer away until the title is clicked (`<tr
    style="display:none"><td colspan="4">回复时间：2026-11-28 …`): hidden, holding no link, saying when the letter was
    answered — part of the letter's row, as a visitor who opens it reads it."""
    below = next_element(row)
    if below is None or below.tag != "tr" or not hidden_here(below):
        return None
    return below if row.css_first("a[href]") is not None and _answer(below) else None


def answer_after(block: LexborNode) -> LexborNode | None:
    """The element right after a letter's block (`<div class="q"><a>标题</a> 来信时间：…</div><div class="a">答复时间：
    2026-11-17 您好……</div>`) that holds no link and says when a letter was answered, never when one was sent: that
    letter's answer, part of its row as a visitor reads it. (Table rows have their own: `continues_row`, `folded_answer`.)"""
    below = next_element(block)
    if below is None or below.tag == "tr" or not _answer(below):
        return None
    return None if submissions(below.text(deep=True, separator=" ")) else below


def _answer(below: LexborNode) -> bool:
    """`below` holds no link and says when a message was answered."""
    return below.css_first("a[href]") is None and prints_reply(below.text(deep=True, separator=" "))
