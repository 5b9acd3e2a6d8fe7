"""Messages (留言, 信件): their labels (when sent, when answered), a row's answered/unanswered status, and the
facts of one message's own page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates, footer
from govweb.checks.dates import RawDate

# The date a message label prints: as CMSs print it, or year last as a server set to an English locale prints it
# (留言时间：11/22/2026, read as `dates.find_date` reads it)
_WHEN = r"(" + dates.YMD + r"|" + dates.YEAR_LAST_SLASHED + r")"
# Message (留言/信件) labels on detail pages and list rows.
_SUBMIT_WORDS = (r"(?:留言时间|留言日期|提交时间|提交日期|来信时间|来信日期|咨询时间|写信时间|提问时间|发信时间|信件时间|"
                 r"受理时间|受理日期|登记时间|诉求时间|留言于)")
SUBMIT_LABEL = re.compile(_SUBMIT_WORDS + r"\s*[:：]?\s*" + _WHEN)
# …such a label standing alone in its own element, its date in the text after it (<b>留言时间：</b>2026-11-19)
SUBMIT_WORD = re.compile(r"\s*" + _SUBMIT_WORDS + r"\s*[:：]?\s*")
# EmpireCMS's 留言板 heads each message 发表者: … 发表时间: …, DedeCMS's guestbook 游客 发表于 …; 发表时间 and 发表于 alone
# date articles and forum posts too (信息来源：本站 发表时间：…), so they say when a message was sent only beside a 发表者
# label or on a page printing when messages were answered (管理员回复（2026-09-22）, 回复时间：…: `answers_posts`)
POSTED_LABEL = re.compile(r"发表(?:时间|于)\s*[:：]?\s*" + _WHEN)
POSTER_LABEL = re.compile(r"发表者\s*[:：]")
# A list table's heading cell over when each message was sent (诉求时间, 留言日期, 来信时间): the visitor's words, not
# a 受理/登记 time, which an office's list of applications (办件) heads too
SUBMIT_HEADER = re.compile(r"(?:留言|来信|写信|诉求|咨询|提问|投诉|信件)(?:时间|日期)")


def submissions(text: str, posts: bool | None = None) -> list[re.Match[str]]:
    """Where `text` says when a message was sent (group 1: the date): 留言时间：…, or 发表时间：… where it dates messages
    (`posts`: the page's 发表时间/发表于 labels are messages'; None: read from `text` itself, `answers_posts`)."""
    return list(_submissions(text, posts))


def answers_posts(text: str) -> bool:
    """The 发表时间/发表于 labels of `text` say when messages were sent: it names their 发表者, or says when one was
    answered (an unanswered message beside it on the same board is one too)."""
    return POSTER_LABEL.search(text) is not None or _REPLY_LABEL.search(text) is not None


@lru_cache(maxsize=16)
def _submissions(text: str, posts: bool | None) -> tuple[re.Match[str], ...]:
    # (a page's text is asked twice — does it print messages, is it one message's page —: searched once)
    found = list(SUBMIT_LABEL.finditer(text))
    if posts or posts is None and answers_posts(text):
        found += POSTED_LABEL.finditer(text)
    return tuple(sorted(found, key=lambda m: m.start()))


# when a message was answered: a label before the date, or a reply's heading with its date in brackets after it
# (管理员回复（2026-11-20）：…, as guestbooks head an administrator's answer)
_REPLY_LABEL = re.compile(
    r"(?:(?:回复时间|回复日期|答复时间|答复日期|办结时间|办结日期|反馈时间|处理时间|回复于)\s*[:：]?|管理员回复\s*[（(])\s*"
    + _WHEN
)


def prints_reply(text: str) -> bool:
    """`text` says when a message was answered (回复时间：2026-11-28, 答复日期：…)."""
    return _REPLY_LABEL.search(text) is not None


def letter_dates(text: str) -> list[RawDate]:
    """The days a letter's row says it was sent and answered (来信时间：2026-10-20 … 答复时间：2026-10-27), when it
    says when one letter was sent and when it was answered, both year first: any other date it prints is its prose's
    (合同约定2026年9月30日交房: a day the letter cites), never the letter's. Empty for any other text."""
    sent = submissions(text)
    replies = [m.group(1) for m in _REPLY_LABEL.finditer(text)]
    labelled = [m.group(1) for m in sent] + replies
    if len(sent) != 1 or not replies or any(dates.YEAR_LAST.search(t) for t in labelled):
        return []
    return [d for t in labelled if (d := dates.find_date(t)) is not None]


_UNANSWERED = re.compile(r"未回复|待回复|尚未回复|未答复|待答复|暂未回复|正在办理|办理中|处理中|未办结|待处理")
_ANSWERED = re.compile(r"已回复|已答复|已办结|已处理|已反馈")


@dataclass(slots=True)
class MessageFacts:
    submitted: RawDate | None
    replied: RawDate | None
    unanswered_marker: bool
    excerpt: str


def row_status(row: str) -> str | None:
    if _UNANSWERED.search(row):
        return "unanswered"
    if _ANSWERED.search(row):
        return "answered"
    return None


def _in_headline(text: str, m: re.Match[str], headlines: tuple[str, ...]) -> bool:
    """The label `m` found ends a headline the page links (咨询城北小学学位登记时间, a row's title, over its date
    cell 2026-11-30): words of that title, no label of the page's."""
    end = m.start() + len(text[m.start():m.start(1)].rstrip(" \t\n:："))
    label = text[m.start():end]
    return any(t.endswith(label) and text.endswith(t, 0, end) for t in headlines)


def _in_one_order(sent: str, answered: str) -> tuple[RawDate | None, RawDate | None]:
    """A message's two dates as `dates.find_date` reads them, but both day first where one printed year last can only
    be (sent 03/07/2026, answered 15/07/2026: 3 July): one template prints both."""
    read = [dates.find_date(sent), dates.find_date(answered)]
    printed = [dates.YEAR_LAST.fullmatch(t.strip()) for t in (sent, answered)]
    numbers = [dates.year_last_parts(m) if m else None for m in printed]
    if any(n and n[0] > 12 for n in numbers):
        read = [(r[0], r[2], r[1]) if r and n and n[0] <= 12 and n[1] <= 12 else r
                for r, n in zip(read, numbers, strict=True)]
    return read[0], read[1]


def message_facts(text: str, headlines: tuple[str, ...] = ()) -> MessageFacts | None:
    """One message's page (a single 留言时间 label: a list of messages prints many), or None. A label ending one of
    `headlines` (the titles of the page's linked rows) is that title's words, not counted."""
    submitted = submissions(text)
    if headlines:
        submitted = [m for m in submitted if not _in_headline(text, m, headlines)]
    if len(submitted) != 1:
        return None
    sm = submitted[0]
    rm = _REPLY_LABEL.search(text)
    sent, replied = _in_one_order(sm.group(1), rm.group(1)) if rm else (dates.find_date(sm.group(1)), None)
    return MessageFacts(
        submitted=sent,
        replied=replied,
        unanswered_marker=bool(_UNANSWERED.search(text)) and rm is None,
        excerpt=footer.excerpt(text, sm.start(), (rm.end() if rm else sm.end())),
    )


# A forum board's thread list: a table headed by a cell over each thread's reply count (回复/查看, 回复/浏览, 回帖) and
# one over its views (a letter list's bare 回复 column holds when each letter was answered). A thread's reply count and
# its last poster are floors by anyone, no official answer — only a count of 0 says for sure that nobody answered; the
# date the row prints first outside its last-post cell (最后回复, 最后发表) is when it was posted.
_REPLY_HEAD = re.compile(r"^(?:回复|回帖)(?:数)?(?:\s*[/／]\s*(?:查看|浏览|人气|点击|阅读))?$")
_VIEWS_HEAD = re.compile(r"查看|浏览|人气|点击|阅读")
_LAST_POST_HEAD = re.compile(r"^最后(?:回复|发表|更新)")
_COUNT = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class ThreadRow:
    href: str
    posted: RawDate
    replies: int


def table_cells(row: LexborNode) -> list[LexborNode]:
    """A table row's cells: its `td` and `th` children."""
    return [c for c in row.iter(include_text=False) if c.tag in ("td", "th")]


def _names(head: LexborNode) -> list[str]:
    """A heading row's cell names, one a column: a cell spanning two columns (colspan) names the first, the next
    left blank."""
    out: list[str] = []
    for c in table_cells(head):
        span = c.attributes.get("colspan") or "1"
        out += ["".join(c.text(deep=True).split())] + [""] * (min(int(span), 9) - 1 if span.isdigit() else 0)
    return out


def _heads_threads(names: list[str]) -> bool:
    return any(_REPLY_HEAD.match(n) for n in names) and any(_VIEWS_HEAD.search(n) for n in names)


# A board's pinned thread (置顶: its rules, its process) is the board's notice, no citizen's message
_PINNED = re.compile(r"置顶")


def _pinned(row: LexborNode) -> bool:
    marks = [row.attributes.get("id") or ""] + [
        (i.attributes.get("alt") or "") + (i.attributes.get("title") or "") for i in row.css("img, a[title]")]
    if row.parent is not None and row.parent.tag == "tbody":
        marks.append(row.parent.attributes.get("id") or "")   # (Discuz's <tbody id="stickthread_1024">)
    return any(_PINNED.search(m) or m.startswith("stickthread") for m in marks)


def thread_rows(tree: LexborHTMLParser) -> tuple[ThreadRow, ...]:
    """The threads of a forum board's list: each row's thread link, posted date and reply count (`_REPLY_HEAD`). The
    heading row stands in the list's table, or alone in a table of its own right above it (Discuz X's <div class="th">
    table over its #threadlisttableid). Pinned rows (置顶) are left out."""
    out: list[ThreadRow] = []
    above: LexborNode | None = None   # the previous table, its one row a heading over the threads
    for table in tree.css("table"):
        if len(table.css("table")) > 1:
            continue   # (a layout table around others: the innermost holds the list)
        rows = table.css("tr")
        head = next((r for r in rows if not r.css_first("a[href]")), None)
        names = ["".join(c.text(deep=True).split()) for c in table_cells(head)] if head is not None else []
        if head is None and above is not None:
            head, names = above, _names(above)   # (its sort links aside: a heading row of its own)
        above = rows[0] if len(rows) == 1 and _heads_threads(_names(rows[0])) else None
        if head is None:
            continue
        at = next((i for i, n in enumerate(names) if _REPLY_HEAD.match(n)), None)
        if at is None or not any(_VIEWS_HEAD.search(n) for n in names):
            continue   # (a letter list's 回复 column beside no count of views: when each letter was answered)
        last = {i for i, n in enumerate(names) if _LAST_POST_HEAD.match(n)}
        for r in rows:
            cells = table_cells(r)
            link = r.css_first("a[href]")
            if r is head or len(cells) != len(names) or link is None or _pinned(r):
                continue
            said = cells[at].text(deep=True, separator=" ")
            count = _COUNT.search(said) if dates.find_date(said) is None else None
            posted = next((d for i, c in enumerate(cells) if i not in last and i != at
                           and (d := dates.find_date(c.text(deep=True, separator=" "))) is not None), None)
            if count is not None and posted is not None:
                out.append(ThreadRow(link.attributes.get("href") or "", posted, int(count.group())))
    return tuple(out)


# A thread's page as Discuz draws it: each floor a block `post_<pid>` with its poster's column (`.pls`: name, user
# group), and the thread's reply count printed at its head (回复: 3). A floor by an ordinary member — the column names
# a member rank (`_MEMBER_RANK`), no official word (`_OFFICIAL`) or badge, and the poster's name names no body
# (`_POSTER_BODY`: 县水利局, 柳桥乡交通办, 网络问政版主) — is no official answer.
_FLOOR_ID = re.compile(r"post_\d+")
_THREAD_REPLIES = re.compile(r"回复\s*[:：]\s*(\d+)")
_MEMBER_RANK = re.compile(r"新手上路|初级会员|注册会员|普通会员|中级会员|高级会员|金牌会员|论坛元老")
_OFFICIAL = re.compile(r"认证|官方|部门|单位|版主|管理|客服|政务|机关|发言人|问政|督办|职能")
_POSTER_BODY = re.compile(r"局|委|办|政府|中心|大队|中队|街道|社区|官方|版主|管理|客服|热线|书记|县长|市长|区长|镇长|乡长|主任|发言人|问政|督办"
                        r"|gov"
                        r"|\d{5}|[所站院处科股厅部镇乡村队组会]$")


def _ordinary_floor(floor: LexborNode) -> bool:
    column = floor.css_first(".pls")
    poster = column.css_first("a[href]") if column is not None else None
    if column is None or poster is None:
        return False
    said = " ".join([column.text(deep=True, separator=" ")] + [
        (i.attributes.get("alt") or "") + " " + (i.attributes.get("title") or "") for i in column.css("img")])
    name = "".join(poster.text(deep=True).split())
    return bool(name) and bool(_MEMBER_RANK.search(said)) and not _OFFICIAL.search(said) and not _POSTER_BODY.search(name)


def floors_all_ordinary(tree: LexborHTMLParser) -> bool:
    """A forum thread's page showing every floor (as many as its printed reply count and one) where every floor is
    posted by an ordinary member: no department, moderator or official account answered the thread."""
    floors = [n for n in tree.css("[id]") if _FLOOR_ID.fullmatch(n.attributes.get("id") or "")]
    if len(floors) < 2:
        return False
    head = tree.body.text(deep=True, separator=" ")[:4000] if tree.body is not None else ""
    counts = {int(m.group(1)) for m in _THREAD_REPLIES.finditer(head)}
    return counts == {len(floors) - 1} and all(_ordinary_floor(f) for f in floors)
