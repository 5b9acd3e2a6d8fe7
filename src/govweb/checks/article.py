"""An article page's own title and publication date when no meta tag or 发布时间 label gives them.

A document page prints its heading, then an information line (the byline) under it: 来源/作者 with a date
beside it ("来源：中心 2019-03-20 11:30", "2021年06月10日 17:35 来源："), or a 发布时间 label whose date a
script writes at view time (left empty in the saved HTML) while the page's address carries the date
(/t20171124_1.html, /c/2019-03-20/1.html). A list prints a byline per entry, so only a single one counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govweb.checks import dates
from govweb.checks.dates import RawDate

# The labels of a document's information line other than its date, in Chinese or, as a template with an English
# or pinyin navigation prints them, in English (SOURCE: … HITS:, Source: … Views:).
_BYLINE_LABEL = re.compile(
    r"(?:来源|出处|稿源|作者|撰稿|供稿|编辑|发布者|发布人|发布单位|发布机构|信息提供|"
    r"浏览次数|点击次数|阅读次数|访问次数|浏览量|点击量|阅读量|点击数|浏览数|字号|字体|"
    r"(?<![A-Za-z])(?i:source|author|editor|hits|views))\s*[:：]"
)
# A full date, its time of day optional.
_FULL_DATE = re.compile(
    r"(?<!\d)" + dates.YMD + r"日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
BYLINE_REACH = 40   # characters between a byline label and its date, either side
BYLINE_SPAN = 80    # characters from the first label of an information line to its last
# What a byline's stretch never holds: the end of a sentence (the date would be the text's, not the page's).
_SENTENCE = re.compile(r"[，。；！？,;]")
# A publication label with nothing after it: the date is written by a script when the page is viewed.
_EMPTY_PUBLISH_LABEL = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|信息时间)\s*[:：]\s*(?!\s*\d)")
_CRUMB = re.compile(r"位置\s*[:：]|(?:>|＞|»|›|→)\s*\S*$")
_CRUMB_BEFORE = re.compile(r"(?:位置\s*[:：]|>|＞|»|›|→)$")   # a block ending so is followed by a crumb step
_HAN = re.compile(r"[\u4e00-\u9fff]")   # a heading is words, not a host name or a number
# The cells of a document's information table (政府信息公开 metadata: 索引号, 发文字号 …) and a document number
# (某政办字〔2024〕41号, 某发[2019]3号): what stands above the date there is no heading.
_INFO_LABELS = (r"(索引号|主题分类|发文机关|发布机构|成文日期|发文日期|发布日期|生效日期|废止日期|发文字号|文号|标题|名称|有效性|"
                r"主题词|公开方式|公开范围|公开时限|体裁分类|组配分类|服务对象)")
_INFO_LABEL = re.compile(_INFO_LABELS + r"\s*[:：]?")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔［\[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*第?\s*\d{1,5}\s*号")
# A labelled cell of that table, its value beside the label (文号：某府办发〔2022〕31号); 标题 / 名称 give the heading.
_INFO_CELL = re.compile(_INFO_LABELS + r"\s*[:：]\s*(\S.*)")
_TITLE_LABELS = ("标题", "名称")
# Any other short label of such a table, alone in its cell (分　　类：, 所属主题：): read as one once the table is seen
_TABLE_LABEL = re.compile(r"((?:(?!标题|名称)[\u4e00-\u9fff]){2,6})[:：]")
HEADING_MIN = 4     # characters of a document heading
HEADING_MAX = 120
HEADING_LOOKBACK = 3   # text blocks above the byline searched for the heading


def byline_dates(text: str, limit: int = 2) -> list[tuple[int, RawDate, str]]:
    """Dates standing next to a 来源/作者 label as (position, date, excerpt), the first `limit`, in text order.
    Labels of one information line that stand by the same printed date ("来源：新华社 作者： 2023-12-01") are
    one byline."""
    found: list[tuple[int, RawDate, str]] = []
    dates_taken: set[int] = set()   # where each byline's date is printed
    for m in _BYLINE_LABEL.finditer(text):
        lo, hi = max(0, m.start() - BYLINE_REACH), m.end() + BYLINE_REACH
        best: tuple[int, RawDate, str] | None = None   # (where the byline starts, its date, its text)
        best_at = -1   # where its date is printed
        best_gap = 0
        for d in _FULL_DATE.finditer(text, lo, hi):
            between = text[d.end():m.start()] if d.end() <= m.start() else text[m.end():d.start()]
            if _SENTENCE.search(between):
                continue
            raw = dates.find_date(d.group(0))
            if raw is None:
                continue
            gap = m.start() - d.end() if d.end() <= m.start() else d.start() - m.end()
            if best is None or gap < best_gap:
                best_gap, best_at = gap, d.start()
                best = (min(d.start(), m.start()), raw, text[min(d.start(), m.start()):max(d.end(), m.end())])
        if best is not None and all(best[0] != f[0] for f in found) and best_at not in dates_taken:
            dates_taken.add(best_at)
            found.append(best)
            if len(found) >= limit:
                break
    return found


# What stands right before a label continuing the words before it (实行动态管理，更新时间：…; （更新时间：…）): a comma, an
# enumeration comma, a semicolon or an opening bracket.
_WORDS_BEFORE = re.compile(r"[，、；;,（(]\s*$")


def in_words(text: str, at: int) -> bool:
    """The label at `at` continues the words before it: a statement of the text, not an information line's."""
    return _WORDS_BEFORE.search(text, max(0, at - 2), at) is not None


def on_byline(text: str, at: int) -> bool:
    """The label at `at` stands on a document's information line: a 来源/作者/点击数 label within reach before it, no
    sentence ending between them."""
    return any(not _SENTENCE.search(text, m.end(), at)
               for m in _BYLINE_LABEL.finditer(text, max(0, at - BYLINE_REACH), at))


def script_written_date(text: str, url: str, dateless_byline: bool = False) -> tuple[int, RawDate, str] | None:
    """The date in the address of a page whose one publication label is empty (a script fills it in), or, with
    `dateless_byline` (no byline of the page holds a date), whose one byline (来源：… 字号：…) prints none."""
    labels = list(_EMPTY_PUBLISH_LABEL.finditer(text))
    if not labels and dateless_byline:
        marks = list(_BYLINE_LABEL.finditer(text))
        if marks and marks[-1].start() - marks[0].start() <= BYLINE_SPAN:   # all in one information line
            labels = marks[:1]
    if len(labels) != 1:
        return None
    raw = dates.url_full_date(url)
    if raw is None:
        return None
    m = labels[0]
    return m.start(), raw, f"{m.group(0).strip()}（脚本写出；地址中的日期 {dates.format_raw(raw)}）"


# A line printing a date bare, labelled by nothing, alone or before a short name or two (the source: 2026-11-30　县水利局,
# 11-29 荻埠镇), a month-day only as MM-DD: the information line of a document's copy (its print or phone version)
_BARE_DATE_LINE = re.compile(
    r"(" + dates.YMD + r"日?|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"(?:\s+[^\s\d，。；！？,;:：]{1,20}){0,2}")


def date_under_heading(blocks: list[str], headings: frozenset[str], title: str,
                       url: str) -> tuple[int, RawDate, str] | None:
    """The date a document's copy (its print or phone version) prints bare on the line right under its heading — a
    heading set as one (`headings`: the page's <h1>…<h6> texts, squashed) that the `<title>` names —, alone or before
    a short name (2026-11-30　县水利局); a month-day (11-29) only where the address carries that very day, whose year it
    takes. The page's only such line: (where it stands in the squashed text, the date, the line), else None."""
    found = [(i, m) for i, b in enumerate(blocks) if (m := _BARE_DATE_LINE.fullmatch(b))]
    if len(found) != 1 or found[0][0] == 0:
        return None
    (i, m), = found
    heading = blocks[i - 1]
    if heading not in headings or len(heading) < HEADING_MIN or "".join(heading.split()) not in "".join(title.split()):
        return None
    raw = dates.find_date(m.group(1))
    if raw is not None and raw[0] is None:
        addressed = dates.url_full_date(url)
        raw = addressed if addressed is not None and addressed[1:] == raw[1:] else None
    if raw is None:
        return None
    return sum(len(b) + 1 for b in blocks[:i]), raw, blocks[i]


# A variable an inline script sets to the page's publication date, for it to write into the page when it is viewed
# (`var publish_time = "2026-11-05" || "";`, `pubDate: '2026/11/05 10:30'`, `"releaseTime":"2026-11-05"`) …
_SCRIPT_PUBLISH = re.compile(
    r"""(?<![A-Za-z0-9_])(?:publish|pub|release)_?(?:time|date)["']?\s*[:=]\s*["']\s*(""" + dates.YMD + r")", re.I)
# … and the element it writes it into, left empty in the saved page (<em id="publish_time"></em>, <span class="pubDate">)
PUBLISH_SLOT = re.compile(r"(?:publish|pub|release)[_-]?(?:time|date)", re.I)


def script_variable_date(scripts: list[str]) -> tuple[RawDate, str] | None:
    """The one full date the page's inline scripts set a publication variable to (publish_time, pubDate,
    releaseTime …): None when none does, or when they name two days (a script holding several documents' dates)."""
    found: dict[RawDate, str] = {}
    for body in scripts:
        for m in _SCRIPT_PUBLISH.finditer(body):
            raw = dates.find_date(m.group(1))
            if raw is not None and raw[0] is not None:
                found.setdefault(raw, m.group(0))
    if len(found) != 1:
        return None
    (raw, said), = found.items()
    return raw, f"{said}（脚本写出的发布时间）"


def text_blocks(body_text: str) -> list[str]:
    """The body's text nodes (one a line), squashed; joined by one space they make the page's squashed text."""
    # (a line of whitespace only squashes to nothing: skipped before it is split, as half a body's lines are)
    return [" ".join(x.split()) for x in body_text.split("\n") if x and not x.isspace()]


def heading_above(blocks: list[str], at: int, link_texts: frozenset[str] = frozenset()) -> str:
    """The document heading: the text block nearest above position `at` of the squashed text the blocks make
    (joined by one space), skipping fragments (【, 发布时间：) and stopping at a breadcrumb. A block right after a
    breadcrumb's separator is the crumb's last step when a link of the page names it (a column's name); plain
    text there, under a crumb that ends with its separator (中国科普网 > 时政新闻 >), is the document's heading."""
    pos = 0
    index = len(blocks)
    for i, b in enumerate(blocks):
        if pos + len(b) >= at:
            index = i
            break
        pos += len(b) + 1
    # (a date printed in the cell after a label of its own, 发布日期 | 2026-11-20: it stands in an information table)
    in_table = index < len(blocks) and _INFO_LABEL.fullmatch("".join(blocks[index].split())) is not None
    read = 0   # blocks read above `at`, an information table's labels and cells aside (索引号, 文号, 成文日期 cells)
    for j in range(index - 1, -1, -1):
        if read >= HEADING_LOOKBACK:
            break
        b = blocks[j]
        if _CRUMB.search(b) or j > 0 and _CRUMB_BEFORE.search(blocks[j - 1]) and (
                b in link_texts or not _CRUMB_BEFORE.fullmatch(blocks[j - 1])):
            return ""   # the breadcrumb's last step, not the document's heading
        if _table_label(b, in_table) or DOC_NUMBER.fullmatch(b):
            in_table = True
            continue   # a label (spaced to align, 文　　号：) or the document number of an information table
        cell = _INFO_CELL.match(b)
        if cell is not None:
            if cell.group(1) in _TITLE_LABELS:
                return cell.group(2) if HEADING_MIN <= len(cell.group(2)) <= HEADING_MAX else ""
            in_table = True
            continue   # a labelled cell of an information table (文号：某府办发〔2022〕31号): a cell, no heading
        if in_table and j > 0 and (label := _table_label(blocks[j - 1], in_table)) and label not in _TITLE_LABELS:
            continue   # the value in the cell after a label of the table (主题分类 | 城乡建设、水利): a cell, no heading
        read += 1
        if in_table and b in link_texts:
            return ""   # above the table stands the page's menu: the heading is elsewhere (under the table)
        if len(b) >= HEADING_MIN and _HAN.search(b) and not _date_line(b) and not _BYLINE_LABEL.search(b):
            return b if len(b) <= HEADING_MAX else ""
    return ""


def _table_label(block: str, in_table: bool) -> str:
    """The label `block` prints alone (spaced to align: 文　　号：), or "": a metadata label of an information table
    (`_INFO_LABELS`), or — in a table already seen — any other short one but a title's (分　　类：)."""
    squashed = "".join(block.split())
    m = _INFO_LABEL.fullmatch(squashed) or (_TABLE_LABEL.fullmatch(squashed) if in_table else None)
    return m.group(1) if m is not None else ""


# A bracket of words in a heading (（报名截至2025-04-30）, (2025年3月9日召开)): a date in it is one the words name
_WORDED_BRACKET = re.compile(r"[（(【［\[][^（()）【】［］\[\]]*[\u4e00-\u9fff][^（()）【】［］\[\]]*[）)】］\]]")


def _date_line(block: str) -> bool:
    """The block prints a date of its own (a byline's, a date cell's, a clock's), not only one its words name: a
    heading may name a day inside its sentence (关于2026年12月10日前完成冬季取暖补贴申报的通知), words on both sides,
    or in a bracket of words closing it (关于开展春季植树活动的通知（报名截至2025-04-30）) — a bracket holding a date alone
    (【2026-11-23】) is a row's date."""
    brackets = [m.span() for m in _WORDED_BRACKET.finditer(block) if _HAN.search(_FULL_DATE.sub("", m.group(0)))]
    for m in _FULL_DATE.finditer(block):
        if not (m.start() > 0 and _HAN.match(block, m.start() - 1) and _HAN.match(block, m.end())) and not any(
                lo < m.start() and m.end() < hi for lo, hi in brackets):
            return True
    return False


SIGNER_MAX = 40   # characters of the issuer's line above a sign-off date


def sign_off_date(blocks: list[str], title: str, rows: frozenset[str] = frozenset()) -> tuple[RawDate, str] | None:
    """The date of a document signed off the way official documents (公文) are, when it prints no other: the
    issuer's name on a line and under it, as a line of its own, the date in Chinese numerals (鹭山市某某局 /
    二〇二三年十一月二十日) — the only such line of the page — below a heading the `<title>` names (other than the
    issuer's name). The title of one of the page's dated rows (`rows`) is no issuer: a short list's entry over the
    date it prints in Chinese numerals is a row. Returns the date and the sign-off's text."""
    found = [i for i, b in enumerate(blocks) if dates.HAN_DATE.fullmatch(b)]
    if not found:
        return _issued_line(blocks, title)
    if len(found) != 1 or found[0] == 0:
        return None
    i = found[0]
    signer = blocks[i - 1]
    if len(signer) > SIGNER_MAX or not _HAN.search(signer) or _SENTENCE.search(signer) or _FULL_DATE.search(signer) \
            or signer in rows:
        return None
    named = "".join(title.split())
    if not any(b != signer and len(b) >= HEADING_MIN and _HAN.search(b) and "".join(b.split()) in named
               for b in blocks[:i - 1]):
        return None
    m = dates.HAN_DATE.fullmatch(blocks[i])
    assert m is not None
    return dates.han_date(m), f"{signer} {blocks[i]}"


# The line where a bulletin's masthead (简报的报头) or a document's 版记 says who issued it and when, on one line:
# 某市自然资源和规划局办公室　二〇二六年十月三十日印发, 某县人民政府办公室 2023年11月20日印发.
_ISSUED_LINE = re.compile(r"(?:(\S.{1," + str(SIGNER_MAX) + r"}?)\s*)?(" + dates.HAN_YMD + "|" + dates.YMD + r"日?)\s*印发")


def _issued_line(blocks: list[str], title: str) -> tuple[RawDate, str] | None:
    """The date a document prints only in the line naming its issuer and the day it was issued (印发) — the issuer
    before the date on that line or just above it —, the only such line of the page, below a heading the `<title>`
    names (see `sign_off_date`)."""
    found = [(i, m) for i, b in enumerate(blocks) if "印发" in b and (m := _ISSUED_LINE.fullmatch(b))]
    if len(found) != 1:
        return None
    i, m = found[0]
    if m.group(1) is None and i == 0:
        return None
    signer = m.group(1).strip() if m.group(1) is not None else blocks[i - 1]
    if len(signer) > SIGNER_MAX or not _HAN.search(signer) or _SENTENCE.search(signer) or _FULL_DATE.search(signer):
        return None
    i -= m.group(1) is None   # (the heading stands above the issuer's line)
    named = "".join(title.split())
    if not any(len(b) >= HEADING_MIN and _HAN.search(b) and "".join(b.split()) in named for b in blocks[:i]):
        return None
    raw = dates.find_date(m.group(2))
    return (raw, blocks[i]) if raw is not None and raw[0] is not None else None


# A sign-off's date line in figures (2026年11月10日), the way most documents a CMS holds print it
_FIGURE_DAY = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*日")


def signed_on(blocks: list[str]) -> RawDate | None:
    """The day a document is signed off (落款): the issuer's name on a short line and under it, as a line of its own,
    the day in figures or in Chinese numerals (某镇人民政府 / 2026年11月10日) — the page's only such line; else None."""
    found: list[RawDate] = []
    for i in range(1, len(blocks)):
        b = blocks[i]
        if "年" not in b or len(b) > 16:
            continue
        m = _FIGURE_DAY.fullmatch(b)
        h = dates.HAN_DATE.fullmatch(b) if m is None else None
        if m is None and h is None:
            continue
        signer = blocks[i - 1]
        if len(signer) <= SIGNER_MAX and _HAN.search(signer) and not _SENTENCE.search(signer) and \
                not _FULL_DATE.search(signer):
            found.append((int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else dates.han_date(h))  # type: ignore[arg-type]
    return found[0] if len(found) == 1 else None


def day_first_named(raw: RawDate, said: str, blocks: Callable[[], list[str]], text: str) -> RawDate | None:
    """The day-first reading of a publication date printed year last that reads either way (03/12/2026, read month
    first as `dates.year_last` does), where the page's own words name that day — its sign-off (2026年12月2日) or the
    day its text names (12月3日上午) — and never the month-first one: 3 December, not 12 March. None otherwise.
    `blocks`: the page's text blocks, built when asked."""
    m = dates.YEAR_LAST.search(said)
    if m is None or dates.year_last(m) != raw or raw[1] > 12 or raw[2] > 12 or raw[1] == raw[2]:
        return None
    swapped = (raw[0], raw[2], raw[1])
    signed = signed_on(blocks())
    named = {d[1:] for d in dates.find_month_days(text)} | ({signed[1:]} if signed is not None else set())
    if signed is not None and signed[0] != raw[0]:
        named.discard(signed[1:])   # (a sign-off of another year names another day)
    return swapped if swapped[1:] in named and raw[1:] not in named else None
