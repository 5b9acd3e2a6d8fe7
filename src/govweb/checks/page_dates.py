"""When a page says it was published: its metas, a labelled date (发布时间：…) on its byline, an unlabelled one under
its heading, a script's or a template's mark, a sign-off (落款), a forum thread's first floor — and whether that
date makes the page a document. `page.parse_page` reads the page; `read_publication` is its date-reading step, and
`read_kept_dates` / `read_style_date_words` read into the tree the date words a visitor sees that its text lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import article, dates, footer, hidden_blocks
from govweb.checks.dates import RawDate
from govweb.checks.list_rows import Item
from govweb.checks.page_links import Joiner
from govweb.checks.row_dates import KEPT_DATE_ATTRIBUTES, RELATIVE_ONLY
from govweb.htmlstd import element_children, next_element

_FILE_BEFORE = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|txt|et|dps|pptx?)\s*[（(]?\s*$", re.I)   # a file's name
ARTICLE_MAX_ITEMS = 5   # a page listing this many dated entries is a list, whatever else it prints

# The metas that may declare a page's publication date, the first found read
_PUBLISH_METAS = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date")


@dataclass(slots=True)
class Publication:
    """When a page says it was published (`date`, as printed in `excerpt`) and whether that makes it a document."""
    date: RawDate | None = None
    excerpt: str = ""
    is_article: bool = False
    by_meta: bool = False             # its metas name a publication date or an ArticleTitle
    byline_at: int = -1               # where the date stands in the page's text, for the heading above it
    printed_at: int = -1              # where the one publication date a page dated by its metas prints stands
    date_lines: tuple[str, ...] = ()  # its first labelled dates with the words before them (_date_line)
    shown_entry: LexborNode | None = None   # the block showing a list's first entry whole (its heading a link)
    settling: RawDate | None = None   # what dates an article printed after the as-of date (`PageFacts.settling`)


def read_publication(
    tree: LexborHTMLParser, text: str, body_text: str, meta: dict[str, str], title: str, join: Joiner, here: str,
    items: list[Item], inline_scripts: list[str], generated: tuple[RawDate, str] | None,
    blocks: Callable[[], list[str]], link_texts: Callable[[], frozenset[str]],
    template_dates: frozenset[str], continued: tuple[RawDate, str] | None, as_of: dt.date | None,
) -> Publication:
    """When the page says it was published, and whether it is a document: its metas' date, else its labelled one,
    else an unlabelled one where a document prints its date; settled where it cannot stand (`parse_page` documents
    `template_dates`, `continued` and `as_of`). `blocks` and `link_texts` build the body's squashed text blocks
    and its links' texts once, on first use."""
    pub = _meta_date(meta, items, generated)
    labelled, pub.date_lines = _labelled_dates(tree, text, items, pub.date, template_dates)
    _prefer_printed(pub, labelled)
    if pub.date is None and labelled:
        _date_by_label(pub, labelled, tree, body_text, title, join, here, items, blocks, link_texts)
    _date_on_byline(pub, tree, text, title, join, here, items, blocks, link_texts)
    _date_elsewhere(pub, tree, text, title, items, inline_scripts, blocks)
    if pub.is_article and pub.date is not None and pub.date[0] not in (None, dates.RELATIVE_YEAR):
        _settle(pub, pub.date, text, here, blocks, as_of)
    if pub.date is None and continued is not None and not items:
        pub.date, pub.excerpt = continued   # (a later page of a document dated on its first page only)
        pub.is_article = True
    return pub


def _meta_date(meta: dict[str, str], items: list[Item], generated: tuple[RawDate, str] | None) -> Publication:
    """The publication date the page's metas declare (PubDate …): a document's, unless it is the moment the page
    was generated or the page is a list."""
    pubdate: RawDate | None = None
    pub_excerpt = ""
    for key in _PUBLISH_METAS:
        if key in meta:
            if generated is not None and dates.generated_then(meta[key], generated):
                break   # (the moment the page prints as its generation, 本页生成时间: every page's, no document's)
            pubdate = dates.parse_meta_date(meta[key])
            if pubdate is not None:
                pub_excerpt = f'<meta name="{key}" content="{meta[key]}">'
                break
    if pubdate is not None and not meta.get("articletitle") and \
            sum(it.date is not None for it in items) >= ARTICLE_MAX_ITEMS:
        # a page naming no article and listing many dated entries is a list: its meta date is when the platform
        # generated it (a homepage's or a column's PubDate of the capture day), not a document's publication
        pubdate, pub_excerpt = None, ""
    by_meta = pubdate is not None or bool(meta.get("articletitle"))
    return Publication(date=pubdate, excerpt=pub_excerpt, is_article=by_meta, by_meta=by_meta)


def _dates_attachment(text: str, at: int, printed: str) -> bool:
    """The date label printed at `at` follows a file's name (方案.pdf（上传时间：…）, 名录.xlsx 发布日期：…; a label
    opening with more words before its 上传 counts from the 上传): it dates that attachment, not the page."""
    upload = printed[:4].find("上传")
    return _FILE_BEFORE.search(text, max(0, at - 12), at + max(0, upload)) is not None


def _labelled_dates(tree: LexborHTMLParser, text: str, items: list[Item], pubdate: RawDate | None,
                    template_dates: frozenset[str]) -> tuple[list[tuple[int, str, str]], tuple[str, ...]]:
    """The labelled dates (at, date, as printed) that may date the page, two at most, and its first two labelled
    date lines (`_date_line`, before the template's are left out)."""
    # (a list page with a meta date keeps it: its labels date its entries)
    # (a site's, a page's or a column's own stamp — 网站更新时间, 本页内容更新时间, 本栏目更新时间 — dates no document)
    # (an 上传时间 or 发布日期 printed beside a file's name dates that attachment, not the page)
    labelled = [x for x in dates.labelled_publication_dates(text, 8) if not (
        x[2].startswith("更新") and _STAMP.search(text, max(0, x[0] - 4), x[0])) and not (
        _dates_attachment(text, x[0], x[2])) and not (
        items and _heads_rows(tree, x[2], x[1]))] if pubdate is None or len(items) < ARTICLE_MAX_ITEMS else []
    if not labelled and pubdate is None:
        labelled = dates.issued_dates(text)   # (an information table's 发文日期, where no publication label is printed)
        if any(x[2].startswith("成文") for x in labelled) and article.byline_dates(text):
            # (a 成文日期 is the day the document was signed: the byline's date beside 来源 is the page's publication)
            labelled = [x for x in labelled if not x[2].startswith("成文")]
    date_lines = tuple(_date_line(text, at, said) for at, _, said in labelled[:2])
    if template_dates:
        labelled = [x for x in labelled if _date_line(text, x[0], x[2]) not in template_dates]
    if len(labelled) >= 2 and any(article.on_byline(text, x[0]) for x in labelled):
        # a labelled date within the words of the text (（本目录实行动态管理，更新时间：2025年6月30日）) is what the text says of
        # its content; the one on the information line beside 作者, 来源, 点击数 dates the page
        labelled = [x for x in labelled if article.on_byline(text, x[0]) or not article.in_words(text, x[0])]
    return _one_day_once(labelled[:3], not items)[:2], date_lines


def _prefer_printed(pub: Publication, labelled: list[tuple[int, str, str]]) -> None:
    """A page dated by its metas that prints one publication date: the printed date is the reader's."""
    # (an information line printing the publication beside an update, 发布日期：2025-03-10 更新日期：2025-09-02: the
    # publication is the one it prints)
    published = [x for x in labelled if not x[2].startswith("更新")]
    if pub.date is not None and len(published) == 1 and (len(labelled) == 1 or _one_line(labelled)) and \
            not dates.LETTER_LABELLED.match(published[0][2]):   # a letter's arrival, not the page's publication
        # the one publication date the document prints is the reader's; a meta PubDate saying otherwise is when the
        # page was generated (a platform regenerating its pages): 日期：2025-02-26 under PubDate 2025-03-27 — or
        # when it was last edited (an erratum: PubDate follows the 更新日期 the byline prints beside 发布日期)
        printed = dates.find_date(published[0][1])
        pub.printed_at = published[0][0]
        if printed is not None and printed[0] is not None and printed != pub.date:
            pub.date, pub.excerpt = printed, published[0][2]


def _date_by_label(pub: Publication, labelled: list[tuple[int, str, str]], tree: LexborHTMLParser, body_text: str,
                   title: str, join: Joiner, here: str, items: list[Item], blocks: Callable[[], list[str]],
                   link_texts: Callable[[], frozenset[str]]) -> None:
    """The page's first labelled date dates it; one labelled date under the page's own heading makes it a
    document."""
    pub.byline_at, date_text, pub.excerpt = labelled[0]
    pub.date = dates.find_date(date_text)
    # one labelled time is an article; a list prints one per entry; an update stamp over no sentence dates a box
    # of figures or links (a 政民互动 hub's 12345 statistics, 更新时间：…), not a document, which has a body of prose
    # (the heading above the one labelled date: a heading element linking elsewhere is a list's first entry shown
    # with its text, a column page; a plain one the <title> opens with is the document's, whatever dated lists —
    # the column's newest, 相关阅读, 点击排行 — stand beside it)
    headed, pub.shown_entry = _byline_heading(tree, article.heading_above(
        blocks(), pub.byline_at, link_texts()), title, join, here, link_texts()) \
        if len(labelled) == 1 else (None, None)
    pub.is_article = len(labelled) == 1 and (len(items) < ARTICLE_MAX_ITEMS or headed is True) \
        and headed is not False and not (pub.excerpt.startswith("更新") and not _says_sentences(body_text, tree))


def _date_on_byline(pub: Publication, tree: LexborHTMLParser, text: str, title: str, join: Joiner, here: str,
                    items: list[Item], blocks: Callable[[], list[str]],
                    link_texts: Callable[[], frozenset[str]]) -> None:
    """An undated page's unlabelled date under its own heading: on its byline, in its address, or printed bare on
    the line under the heading."""
    # the texts of its heading elements, squashed, built once if looked for (a document's heading is set as one)
    headings = cache(lambda: frozenset(" ".join(h.text().split()) for h in tree.css("h1, h2, h3, h4, h5, h6")))
    if pub.date is None and len(items) < ARTICLE_MAX_ITEMS:
        # an unlabelled date in the byline (来源：… 2019-03-20), else one the address carries (a script writes it)
        bylines = article.byline_dates(text)
        dated = bylines[0] if len(bylines) == 1 else article.script_written_date(text, here, not bylines)
        if dated is not None:
            # a document has its own heading: printed above the byline, named by <title> or set as a heading
            heading = article.heading_above(blocks(), dated[0], link_texts())
            if heading and (contains_either(title, heading) or heading in headings()):
                pub.byline_at, pub.date, pub.excerpt = dated
                pub.is_article = True
    elif pub.date is None and len(bylines := article.byline_dates(text)) == 1:
        # … and beside many dated rows (a 新闻 box the template sets on every page), one byline under the page's own
        # plain heading, the one its <title> opens with: a document, as one labelled date under it is
        heading = article.heading_above(blocks(), bylines[0][0], link_texts())
        if heading and _byline_heading(tree, heading, title, join, here, link_texts())[0] is True:
            pub.byline_at, pub.date, pub.excerpt = bylines[0]
            pub.is_article = True
    if pub.date is None and not items:
        # a document's print or phone copy, its date printed bare on the line under its heading (2026-11-30　县水利局)
        bare = article.date_under_heading(blocks(), headings(), title, here)
        if bare is not None:
            pub.byline_at, pub.date, pub.excerpt = bare
            pub.is_article = True


def _date_elsewhere(pub: Publication, tree: LexborHTMLParser, text: str, title: str, items: list[Item],
                    inline_scripts: list[str], blocks: Callable[[], list[str]]) -> None:
    """An undated page's date where no byline prints it: a script's, a sign-off's, a template's mark, a forum
    thread's first floor."""
    if pub.date is None and len(items) < ARTICLE_MAX_ITEMS and inline_scripts:
        # a date a script of the page writes into its empty publication slot when it is viewed (a 公众号 article's
        # <em id="publish_time"></em> beside `var publish_time = "2026-11-05"`), under a heading the <title> names
        scripted = article.script_variable_date(inline_scripts)
        if scripted is not None and _empty_publish_slot(tree) and any(
                contains_either(title, h.text()) for h in tree.css("h1, h2, h3")):
            pub.date, pub.excerpt = scripted
            pub.is_article = True
    if pub.date is None and len(items) < ARTICLE_MAX_ITEMS and "年" in text:
        # a document whose only date is its sign-off (落款) in Chinese numerals, under the issuer's name
        signed = article.sign_off_date(blocks(), title,
                                       frozenset(" ".join(it.title.split()) for it in items if it.date is not None))
        if signed is not None:
            pub.date, pub.excerpt = signed
            pub.is_article = True
    if pub.date is None and len(items) < ARTICLE_MAX_ITEMS and heading_opens_title(tree, title):
        # a post of a static site generator's theme (Jekyll, Hexo, Hugo): the one date its template marks as the
        # post's publication (<time itemprop="datePublished" class="dt-published">), printed under a heading the
        # <title> opens with, with no label before it
        marked = _marked_publication(tree)
        if marked is not None:
            pub.date, pub.excerpt = marked
            pub.is_article = True
    if pub.date is None and (floor := _first_floor(text)) is not None:
        # a forum thread's page: its floors (楼主, 2楼, 沙发 …) each posted on a day; the thread is dated by its first
        pub.date, pub.excerpt = floor
        pub.is_article = True


def _settle(pub: Publication, pubdate: RawDate, text: str, here: str, blocks: Callable[[], list[str]],
            as_of: dt.date | None) -> None:
    """A document's printed date that cannot stand, settled by the day its words name, its address or its sign-off
    (`settling`, for `SiteContext`, where it falls after the as-of date); `pubdate` is `pub.date`."""
    pub_excerpt = pub.excerpt
    # a printed date that cannot stand (nobody set it, no calendar has it, a mistyped year) is settled by the
    # address, where the CMS wrote the day; else by the sign-off (落款), which also settles a date after the as-of
    # date (`SiteContext`), as does the day the text names (11月20日 under 2062-11-20) for a mistyped year
    addressed = dates.address_settles(pubdate, here)
    day_first = article.day_first_named(pubdate, pub_excerpt, blocks, text)   # (03/12/2026 under 12月3日)
    if day_first is not None:
        pub.date, pub.excerpt = day_first, f"{pub_excerpt}（日在前：{dates.format_raw(day_first)}）"
    elif addressed is not None:
        pub.date, pub.excerpt = addressed, f"{pub_excerpt}（地址中的日期 {dates.format_raw(addressed)}）"
    elif as_of is None or dates.unusable(pubdate) or dates.to_date(pubdate, as_of) > as_of:  # type: ignore[operator]
        settling = article.signed_on(blocks())
        if settling is None and (as_of is None or pubdate[0] > as_of.year + 1) and any(  # type: ignore[operator]
                day == (None, pubdate[1], pubdate[2]) for day in dates.find_month_days(text)):
            settling = (None, pubdate[1], pubdate[2])
        pub.settling = settling
        if dates.unusable(pubdate):
            signed = settling if settling is not None and settling[0] is not None else None
            pub.date, pub.excerpt = signed, f"{pub_excerpt}（落款日期 {dates.format_raw(signed)}）" if signed else ""


# A clause of prose: words closed by a mark that parts or ends a sentence (，。；！？…), a closing quote or bracket between
_CLAUSE = re.compile(r"[\u4e00-\u9fff][”’」』）)》]?[，。；！？…]")


def _says_sentences(body_text: str, tree: LexborHTMLParser) -> bool:
    """The page prints prose outside its footer: a text block holding words closed by a sentence's mark (，。；！？…)
    — what a document's body is made of; a hub of links, labels and figures prints none."""
    said = [" ".join(t.split()) for t in (x.strip() for x in body_text.split("\n")) if _CLAUSE.search(t)]
    if not said:
        return False
    foot = " ".join(footer.footer_containers(tree))
    return any(t not in foot for t in said)


# A forum thread's floors: each marked by its place (楼主, 沙发, 板凳, 5楼, #3) and posted on a day (发表于 2026-06-12).
_FLOOR_MARK = re.compile(r"楼主|沙发|板凳|地板|(?<![\d.])\d{1,4}\s*(?:楼(?![层房盘宇道梯])|#)")
_FLOOR_REACH = 40   # characters between a floor's mark and its 发表于 (one floor's header line)
_FLOOR_POSTED = re.compile(r"发表于\s*[:：]?\s*(" + dates.YMD + ")")


def _first_floor(text: str) -> tuple[RawDate, str] | None:
    """A forum thread's page (two or more floors each posted on a day, the first marked 楼主 beside its 发表于): its
    first floor's date and words, the thread's date (a thread list prints 楼主 on its rows, no 发表于)."""
    posted = list(_FLOOR_POSTED.finditer(text))
    if len(posted) < 2 or len(_FLOOR_MARK.findall(text)) < 2 or "楼主" not in text[
            max(0, posted[0].start() - _FLOOR_REACH):posted[0].end() + _FLOOR_REACH]:
        return None
    first = dates.find_date(posted[0].group(1))
    return (first, posted[0].group(0)) if first is not None else None


# what an 更新时间 label says was updated when it is no document: the site, the page, the column
_STAMP = re.compile(r"(?:网站|本站|站点|本页|页面|栏目|内容)$")
_LABEL_WORD = re.compile(r"[^\d:：\s]+")


def _one_day_once(labelled: list[tuple[int, str, str]], listless: bool) -> list[tuple[int, str, str]]:
    """Two labelled dates naming one day under two labels (a byline's 发布时间 and the document's 信息公开 table's 发布
    日期) are the document's date printed twice; so is one label twice naming one day, the page's only labelled dates,
    on a page listing no dated row (`listless`: the 信息公开 table's 发布日期 over the byline's 发布日期). Otherwise one
    label twice is two rows of a list."""
    if len(labelled) >= 2:
        (_, d1, s1), (_, d2, s2) = labelled[:2]
        w1, w2 = _LABEL_WORD.match(s1), _LABEL_WORD.match(s2)
        if w1 and w2 and (w1.group(0) != w2.group(0) or listless and len(labelled) == 2) and \
                dates.find_date(d1) == dates.find_date(d2):
            return labelled[:1] + labelled[2:]
    return labelled


def _heads_rows(tree: LexborHTMLParser, said: str, date_text: str) -> bool:
    """A labelled date is a list's column heading over its first row's date, no byline: the label alone ends a header
    row and the date alone opens the next row, a row linking an entry (rows written date first, shown date last)."""
    label = "".join(said[:said.find(date_text)].split()).rstrip(":：")
    date = "".join(date_text.split())
    if not label or tree.body is None:
        return False
    for node in tree.body.traverse(include_text=True):
        if node.tag != "-text" or "".join((node.text_content or "").split()).rstrip(":：") != label:
            continue
        cell = node.parent   # (the label's cell: the block around it that stands beside others, <th><b>发布日期</b>)
        while cell is not None and cell.parent is not None and len(element_children(cell.parent)) < 2:
            cell = cell.parent
        row = cell.parent if cell is not None else None
        if cell is None or row is None or next_element(cell) is not None:
            continue
        below = next_element(row)
        if below is None and row.parent is not None and row.parent.tag == "thead":   # (the table's body below its head)
            body = next_element(row.parent)
            below = next(iter(element_children(body)), None) if body is not None and body.tag == "tbody" else None
        opening = element_children(below)
        if below is not None and len(opening) >= 2 and "".join(opening[0].text().split()) == date and \
                below.css_first("a[href]") is not None:
            return True
    return False


_ONE_LINE_SPAN = 40   # characters from one labelled date to the next on one information line


def _one_line(labelled: list[tuple[int, str, str]]) -> bool:
    """Two labelled dates standing on one information line (发布日期：… 更新日期：…), not in two places of the page."""
    return len(labelled) == 2 and labelled[1][0] - labelled[0][0] - len(labelled[0][2]) <= _ONE_LINE_SPAN


_DATE_LINE_HEAD = 12   # characters before a labelled date kept with it: the words it stands in (欢迎访问…网站！)


def _date_line(text: str, at: int, said: str) -> str:
    """A labelled date as the page prints it, with the words just before it: the same on every page that prints
    the site template's line (its header's 更新时间), a title's tail on a document's byline."""
    return text[max(0, at - _DATE_LINE_HEAD):at] + said


# What parts a <title> after its first part (指南名-某办, 名称_站名, 名称 | 站名): a heading the <title> merely starts with
# (the site's name 某镇人民政府 over 某镇人民政府关于…的通知) is no part of it
_TITLE_SEPARATOR = re.compile(r"\s*[-_|｜—–·:：>]|\s")


def heading_opens_title(tree: LexborHTMLParser, title: str) -> bool:
    """A heading element of the page prints the first part of its <title> (the document's name, then the site's)."""
    for h in tree.css("h1, h2, h3"):
        text = " ".join(h.text().split())
        if _opens_title(title, text) and _TITLE_SEPARATOR.match(title, len(text)):
            return True
    return False


def _byline_heading(tree: LexborHTMLParser, heading: str, title: str, join: Joiner, here: str,
                    link_texts: frozenset[str]) -> tuple[bool | None, LexborNode | None]:
    """What the heading above a page's one labelled date says of the page: False where it is a heading element
    linking to another page (a column showing its first entry's title, date and text above its other rows; with
    the block showing that entry, when it holds no other row), True where it is a plain heading element the <title>
    opens with (the document's own) — or a plain block holding only that line —, None otherwise. With no heading
    above the date (an information table's cells), the page's plain heading the <title> opens with and no link names
    (not a column's name) is the document's."""
    for h in tree.css("h1, h2, h3, h4"):
        text = " ".join(h.text().split())
        if text != heading and (heading or text in link_texts):
            continue
        a = h.css_first("a[href]")
        if a is not None:
            href = (a.attributes.get("href") or "").strip()
            target = join(href) if href and not href.startswith(("#", "javascript:")) else None
            if not target or target.split("#")[0] == here.split("#")[0]:
                return None, None
            block = h.parent
            rows = block.css("li, tr") if block is not None else []
            return False, block if block is not None and block.tag not in ("body", "html") and not rows else None
        if _opens_title(title, text):
            return True, None
        if heading:
            return None, None
    # (an old CMS sets the heading in a plain block, <div class="show_title">: a block holding that one line and no
    # link, the <title> opening with it, is the document's heading as a heading element is)
    if _opens_title(title, heading) and any(
            " ".join(node.text().split()) == heading and node.css_first("a[href]") is None
            for node in tree.css("div, p, td")):
        return True, None
    return None, None


def _opens_title(title: str, text: str) -> bool:
    """The <title> opens with `text`, a heading's length, and goes on (the site's name after it)."""
    return len(text) >= article.HEADING_MIN and len(title) > len(text) and title.startswith(text)


def read_kept_dates(tree: LexborHTMLParser) -> None:
    """A publication label whose date the page prints only relative to the day shown (发布时间：<time
    datetime="2026-11-30T16:20:00+08:00">2天前</time>) is read with the full date that element keeps in its
    `datetime` or `title`, as a visitor reads it on hovering: the words were written when the page was generated and
    name no day. Relative words under no label, or keeping no full date, are left as printed."""
    for el in tree.css("[datetime], [title]"):
        shown = el.text(deep=True)
        if not RELATIVE_ONLY.fullmatch(shown) or len(shown) > _RELATIVE_MAX:
            continue
        before = el.prev
        while before is not None and before.tag == "-text" and not (before.text() or "").strip():
            before = before.prev
        if before is None or not dates.PUBLISH_LABEL_END.search((before.text(deep=True) or "")[-_LABEL_MAX:]):
            continue
        kept = next((d for name in KEPT_DATE_ATTRIBUTES if (d := dates.find_dated(el.attributes.get(name) or ""))),
                    None)
        if kept is not None:
            el.replace_with(f" {dates.format_raw(kept)} ")


# A date part's word a style writes after its number (`.y::after{content:"年"}`), and the number it follows
_DATE_PART_WORD = {"年": re.compile(r"(?:19|20)\d{2}"), "月": re.compile(r"1[0-2]|0?[1-9]"),
                   "日": re.compile(r"3[01]|[12]\d|0?[1-9]")}
# An element printing a full date and nothing else, its time of day optional
DATE_ONLY = re.compile(dates.YMD + r"日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def read_style_date_words(tree: LexborHTMLParser) -> None:
    """The words of a date the page's own `<style>` draws are read where they stand, as a visitor reads them: the
    年/月/日 written after an element printing only that part's number (`<span class="y">2026</span>` under
    `.y::after{content:"年"}`), then a publication label written before an element printing only a full date
    (`<span class="t">2026-11-10</span>` under `.info .t::before{content:"发布日期："}`). No other drawn word (a
    bracket, a badge, a letter's 来信日期：) and no element printing more than the date is read so."""
    written = hidden_blocks.style_written_words(tree)
    parts = [w for w in written if w[1] == "after" and w[2] in _DATE_PART_WORD]
    labels = [w for w in written if w[1] == "before" and dates.PUBLISH_LABEL_END.fullmatch(w[2].strip())
              and not dates.LETTER_LABELLED.match(w[2].strip())]
    for sel, where, said in parts + labels:   # (the parts first: a label's element then prints a full date)
        try:
            nodes = tree.css(sel)
        except Exception:   # (a selector the parser does not take)
            continue
        for node in nodes:
            shown = node.text(deep=True).strip()
            if where == "after" and _DATE_PART_WORD[said].fullmatch(shown):
                node.insert_child(said)
            elif where == "before" and DATE_ONLY.fullmatch(shown) and node.child is not None:
                node.child.insert_before(said)


_RELATIVE_MAX = 12   # 3天前, 昨天 10:12 … — a word or two, not a sentence
_LABEL_MAX = 12   # the end of the text before it: 发布时间：


# What a post's template marks as its publication date: schema.org's datePublished (microdata) and the h-entry class
# dt-published (microformats2), as Jekyll's minima, Hexo's and Docusaurus's themes print a post's date
_PUBLISHED_MARK = '[itemprop~="datePublished"], .dt-published'


def _marked_publication(tree: LexborHTMLParser) -> tuple[RawDate, str] | None:
    """The date the page's one element marked as its publication (`_PUBLISHED_MARK`) shows — as printed, else as its
    `datetime` keeps it, in Beijing time —, the element standing in no link nor in a row holding one (a list's entry
    marks its date so too); None when the page shows none or several."""
    # (an element bearing both marks is found once for each)
    marked = list({el.mem_id: el for el in tree.css(_PUBLISHED_MARK) if el.tag != "meta" and el.text(strip=True)}.values())
    if len(marked) != 1:
        return None
    el = marked[0]
    node: LexborNode | None = el
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "a" or node.tag in ("li", "tr", "dd") and node.css_first("a[href]") is not None:
            return None
        node = node.parent
    shown = " ".join(el.text(deep=True).split())
    raw = dates.find_date(shown)
    if raw is None or raw[0] in (None, dates.RELATIVE_YEAR):
        raw = dates.machine_day(el.attributes.get("datetime") or "")
    if raw is None or raw[0] is None:
        return None
    return raw, f"<{el.tag} {'itemprop=datePublished' if el.attributes.get('itemprop') else 'class=dt-published'}>{shown}</{el.tag}>"


def _empty_publish_slot(tree: LexborHTMLParser) -> bool:
    """An element named for the page's publication time (id or class publish_time, pubDate …) left empty: a script
    writes the date into it when the page is viewed."""
    for node in tree.css("[id], [class]"):
        attrs = node.attributes
        if any(article.PUBLISH_SLOT.search(attrs.get(a) or "") for a in ("id", "class")) and \
                not node.text(strip=True):
            return True
    return False


def contains_either(a: str, b: str) -> bool:
    """One text holds the other, whitespace aside (an empty text holds nothing)."""
    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and (a in b or b in a)
