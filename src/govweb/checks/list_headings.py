"""List headings: the lines a page prints around its list of dated rows — the short line just above its first row
(`heading_above_rows`: the list's heading, 通知公告) and the lines right above and below the list (`notes_at_rows`:
本栏目已停止更新) — found in the page's text where it prints its rows' titles (`title_spans`)."""

from __future__ import annotations

import os

from govweb.checks.list_rows import Item
from govweb.checks.page_links import back_or_action

_HEADING_MAX = 12   # 政府信息公开工作年度报告
_HEADING_LOOKBACK = 3


_ROW_LABEL_REACH = 200   # characters above a row where the label its card prints over its title stands


def _said_lines(text: str) -> list[str]:
    """The lines of `text` that say something (bullets and dashes skipped)."""
    return [t for t in (t.strip() for t in text.split("\n")) if len(t) >= 2]


def _lines_above(text: str) -> list[str]:
    """The last few lines of `text` that say something."""
    return _said_lines(text)[-_HEADING_LOOKBACK:]


def _last_line(text: str) -> str | None:
    """The last line of `text` that says something (`_lines_above`'s last), or None."""
    for t in reversed(text.split("\n")):
        t = t.strip()
        if len(t) >= 2:
            return t
    return None


def title_spans(body_text: str, items: list[Item]) -> list[tuple[int, int]]:
    """Where the page prints its rows' titles (`_title_at`: start, end), in the page's order."""
    return sorted({(i, i + len(it.title)) for it in items if not it.scripted and len(it.title) >= 4
                   if (i := _title_at(body_text, it.title)) >= 0})


def heading_above_rows(body_text: str, spans: list[tuple[int, int]]) -> str:
    """The short line just above the first dated row of the page (a list's heading: 通知公告), within a few lines
    (bullets and dashes skipped), or "". Where the rows print a label right above their titles — the second row's
    line above is a short one too — a line standing right above another row is such a label (each card's 图解解读 or
    文字解读), no heading of the list; rows right under a visitor's action (a 信箱's 我要写信 button) have none."""
    starts = sorted({i for i, _ in spans})   # (`title_spans`)
    if not starts:
        return ""
    lasts = (last for s in starts[1:] if (last := _last_line(body_text[max(0, s - _ROW_LABEL_REACH): s])))
    first = next(lasts, None)
    # (the second row's line above is the first row's date, or long: the rows print no label)
    labels = [first, *lasts] if first is not None and _short_line(first) else []
    for line in reversed(_lines_above(body_text[: starts[0]])):
        if back_or_action(line):
            return ""   # (rows under the channel's own tools, 我要写信 and 信件查询, stand under no heading of theirs)
        if _short_line(line) and line not in labels:
            return line
    return ""


_NOTE_REACH = 5   # lines (bullets and dashes skipped) right above or below a list where a line of its own stands


def notes_at_rows(body_text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The lines standing right above the page's first row and right below its last (`title_spans`; a few lines each,
    bullets and dashes skipped): where a list says something of itself (本栏目已停止更新), not a sidebar's or a footer's
    far off."""
    if not spans:
        return ()
    above, below = _said_lines(body_text[: spans[0][0]]), _said_lines(body_text[spans[-1][1]:])
    return tuple(above[-_NOTE_REACH:] + below[:_NOTE_REACH])


def _title_at(body_text: str, title: str) -> int:
    """Where the page prints a row's title: of the places its first words stand, the one going on longest in the
    title's words — not the header's 欢迎访问某某管理委员会网站 where every title opens with the body's name —, or -1."""
    key, best, at = title[:12], 0, -1
    i = body_text.find(key)
    while i >= 0:
        n = len(os.path.commonprefix([title, body_text[i: i + len(title)]]))
        if n > best:
            best, at = n, i
        i = body_text.find(key, i + 1)
    return at


def _short_line(line: str) -> bool:
    """A line short enough to head a list, with no digit (no date, no count)."""
    return len(line) <= _HEADING_MAX and not any(ch.isdigit() for ch in line)
