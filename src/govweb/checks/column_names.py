"""What a list page is called and of what type: the column-name dictionary (`type_of`), headlines (no names), the
page's own name in its title, the names links and breadcrumbs give a page, and a column's type (its ColumnType meta,
its name, a message list's rows, its title, then the nearest typed section above it)."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from govweb.checks.article import DOC_NUMBER
from govweb.checks.context import SiteContext
from govweb.checks.dates import dated_url
from govweb.checks.messages import submissions
from govweb.checks.page import PageFacts
from govweb.checks.page_links import MORE
from govweb.checks.row_dates import row_tag

# Column-name dictionary: first matching type wins, so more specific words come first.
TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (the deputies' proposals and their replies — 人大代表建议, 代表建议: 建议 here is no message channel)
    ("其他", ("建议提案", "提案办理", "建议办理", "议案", "政协提案", "人大建议", "代表建议")),
    # 回应关切: the body's answers to public concerns, the 解读回应 section's other half — no interpretation of a
    # policy, no channel to ask (解读回应 itself, the section, is 政策解读)
    ("其他", ("回应关切",)),
    # 审查调查 (纪律审查和监察调查): a discipline organ's investigations of officials, its case releases — no survey
    # of the public (网上调查) for 调查
    ("其他", ("审查调查", "监察调查")),
    # (a 新闻发布会 column: press conferences interpreting the body's policies, the 解读回应 section's form; a 明白纸,
    # a policy told in plain words on one sheet)
    ("政策解读", ("解读", "图解", "答记者问", "政策问答", "发布会", "明白纸")),
    ("互动", ("留言", "信箱", "邮箱", "咨询", "互动", "投诉", "建议", "征集", "访谈", "调查", "问政", "来信", "12345",
            "常见问题")),
    ("办事", ("办事", "服务指南", "办事指南", "政务服务", "便民服务", "办件", "服务事项", "网上服务", "我要办")),
    ("人事", ("人事", "任免", "招聘", "招录", "招考", "公务员", "干部", "人才引进")),
    ("规划计划", ("规划", "计划", "总结")),
    # (采购意向: the procurement intentions a budget unit must announce before it buys — the 意向公开 notice)
    ("通知公告", ("通知", "公告", "公示", "通告", "采购意向")),
    ("政策文件", ("政策文件", "文件", "法规", "规章", "政府令", "规范性", "政策")),
    # (工作简报: the body's bulletin of its work, what the 普查 counts among 动态要闻 as 工作进展 — a 农情简报 reports
    # the crops, not the work; a site filing its bulletin under 其他 keeps it so: `column_type`)
    ("动态要闻", ("动态", "要闻", "新闻", "资讯", "快讯", "头条", "聚焦", "报道", "工作进展", "时政", "热点", "播报",
              "工作简报")),
)
# A body's kind (街道办事处, 驻京办事处): part of its name, not its services — 办事 inside it types nothing.
BODY_OFFICE = "办事处"
# Files offered for download (文件下载 beside 资料下载): 文件 there names files, not the body's documents.
FILE_DOWNLOAD = "文件下载"
# Letters of the national minorities' scripts a site may be written in beside Chinese (a 蒙古文版, 藏文版, 维吾尔文版):
# Arabic-script (Uyghur, Kazakh), Tibetan, Mongolian.
MINORITY_LETTERS = r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af"
_PAGER_WORD = re.compile(r"^(?:\d{1,4}|第?[一1]页|首页|上一?页|下一?页|前页|后页|尾页|末页)$")   # a pager's links name no page
MIN_DATED_ITEMS = 2
# Names that say what a column is, whatever section it sits in: they do not take their section's type. (A medium —
# 图片, 视频 — says how, not what: 图片某某 under 新闻中心 is news in pictures, 动态要闻.)
NEUTRAL_WORDS = ("专题", "专栏", "其他", "概况", "简介", "介绍", "提案", "议案", "人大建议", "代表建议", "统计", "数据",
                 "回应关切")
# Names of the Party's work in a body (党建工作, 党风廉政): not the government business a column's type measures.
PARTY_WORDS = ("党建", "党务", "党风", "党史", "党员", "党组", "纪检")
# A name of a showcase (社区风采, 巾帼风采): the faces of a place or of people, no line of the body's work.
SHOWCASE = "风采"
# 公示 after a subject (执法公示, 双公示, 建设项目公示, 招聘公示) names the disclosure of that subject, typed by the
# subject (招聘 → 人事) or 其他 — not a notice board; 公示 heading a name (公示, 公示公告) or beside 公告 is one.
_SUBJECT_PUBLICITY = re.compile(r"(?<=[\u4e00-\u9fff])(?<!公告|通知|通告)公示")
# … except a tender's: the 公示 the procurement and tendering rules require of its result (中标候选人公示, 成交结果公示)
# is a notice of that tender, like its 招标公告 and 中标公告
_TENDER_PUBLICITY = re.compile(r"(?:中标|成交|候选人|招标|采购|比选)[\u4e00-\u9fff（）()]{0,6}公示")


# The 年报's wordings past 年度报告/年报: 2026年度政府信息公开工作报告, 政府信息公开工作情况报告 — not a half-year's,
# a quarter's or a month's report
_REPORT_WORDING = re.compile(r"年度.*报告|工作(?:情况)?报告")
_PART_YEAR = re.compile(r"半年|季度|月度")


def names_annual_report(text: str) -> bool:
    """`text` names the body's 政府信息公开工作年度报告 (信息公开年报, 政府信息公开工作情况报告 …)."""
    return "信息公开" in text and ("年报" in text or _REPORT_WORDING.search(text) is not None) and not (
        _PART_YEAR.search(text))


def type_of(name: str) -> str:
    if not _TENDER_PUBLICITY.search(name):
        name = _SUBJECT_PUBLICITY.sub(" ", name)
    name = name.replace(BODY_OFFICE, " ").replace(FILE_DOWNLOAD, " 下载")
    for col_type, words in TYPE_WORDS:
        if any(w in name for w in words):
            return col_type
    return "其他"


def column_named(name: str) -> bool:
    """The name is a column's: it carries a type word, or names a disclosure (…公示)."""
    return type_of(name) != "其他" or "公示" in name


def anchor_texts(ctx: SiteContext) -> dict[str, Counter[str]]:
    """url → the texts of the links to it from other pages (a page's links to itself — `href="#"` placeholders,
    a menu's every entry pointing back — do not name it, nor do links announcing an event to come: 直播预告's
    headline and 预约 name the live event, not the video column they open)."""
    texts: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}   # a link's text → the name it gives ("": none); the menu's repeat on every page
    canonical = ctx.canonical
    for url, facts in ctx.pages.items():
        for link in facts.links:
            if link.announced:
                continue
            t = names.get(link.text)
            if t is None:
                t = link.text.strip()
                if not t or MORE.match(t) or len(t) > 20 or _PAGER_WORD.match(t):   # 更多 and 首页 name no page
                    t = ""
                names[link.text] = t
            if not t:
                continue
            target = canonical(link.url)
            if target != url:
                counts = texts.get(target)
                if counts is None:   # (a Counter made for a target's first link only, not for every link)
                    counts = texts[target] = Counter()
                counts[t] += 1
    return texts


def names_of(f: PageFacts, texts: dict[str, Counter[str]]) -> list[str]:
    """What a page is called: its ColumnName meta, the texts of the links to it, its title (first part)."""
    names = [f.meta.get("columnname", ""), *texts.get(f.url, {}), title_name(f.title)]
    if f.breadcrumb:
        names.append(f.breadcrumb[-1])
    return [n for n in names if n]


# Headlines and sentences are no names of columns or entries.
# An event reported (召开, 走访, 座谈 …): what a news headline tells, a service's name never does.
EVENT = (r"召开|调研|开展|举行|举办|出席|会见|部署|督导|督查|检查|考察|走访|慰问|主持|参加|参观|视察|座谈|会议|活动"
         r"|签约|开工(?!作)|竣工|投产|揭牌|投入运营|投入使用")   # a project's milestones (开工 not of 公开工作)
HEADLINE = re.compile(
    EVENT + r"|印发|"
    r"关于.{2,}|通知$|讲话|强调|要求|指出|深入|推进|落实|启动|荣获|获评|入选|[：:“”《》？?！!，,。]"
    # a visitor's question printed without its question mark (个体户注销能否网上办理, 退休金何时调整): a letter's title
    r"|能否|可否|是否|为何|为什么|何时|吗$"
)
NAME_MAX_CHARS = 16


def headline_like(name: str) -> bool:
    return len(name) > NAME_MAX_CHARS or HEADLINE.search(name) is not None


# A bracket closing a link's name that lists what the place offers, two words or more (人社公共服务平台（社保查询、就业登记）,
# 某省政务服务网（在线办理、办事指南）): a gloss of the place's name, not part of a headline (县（市、区） — one-character
# items — and dated or numbered brackets are none)
_GLOSS = re.compile(r"[（(][^（）()\d、/／，,]{2,12}(?:[、/／][^（）()\d、/／，,]{2,12})+[）)]\s*$")


def without_gloss(name: str) -> str:
    """The name of a place without the bracket listing what it offers: 人社公共服务平台 of
    人社公共服务平台（社保查询、就业登记）."""
    if not name.endswith(("）", ")")):
        return name
    return _GLOSS.sub("", name).strip() or name


# what separates a page's name from the site's in its title: ASCII and full-width (社区建设－某街道办事处) forms, then a space
TITLE_SEPARATORS = ("_", "-", "|", "—", "–", "－", "｜", "＿", " ")


def title_name(title: str) -> str:
    """The page's own name in its title: 部门动态 of 部门动态_某市人民政府 (also the entries check's)."""
    for sep in TITLE_SEPARATORS:
        if sep in title:
            return title.split(sep)[0].strip()
    return title.strip()


def title_sections(title: str) -> list[str]:
    """The sections a title names between the page's name and the site's, nearest first: 县长信箱 of
    信件公开-县长信箱-某县人民政府 (a title of two parts names none)."""
    for sep in TITLE_SEPARATORS[:-1]:
        if sep in title:
            parts = [p.strip() for p in title.split(sep)]
            return [p for p in parts[1:-1] if p]
    return []


def column_name(first: PageFacts, texts: dict[str, Counter[str]]) -> str:
    """ColumnName meta, unless the name a visitor sees (the links to the page and its title or its breadcrumb agree
    on it) says otherwise (templates copy one page's meta onto others); else the link texts, breadcrumb, title."""
    meta_name = first.meta.get("columnname")
    counter = texts.get(first.url)
    if meta_name:
        for seen in (title_name(first.title), first.breadcrumb[-1] if first.breadcrumb else ""):
            if seen and seen != meta_name and counter and seen in counter and meta_name not in counter:
                return seen
        return meta_name
    if counter:
        best = sorted(counter.items(), key=lambda kv: (-kv[1], type_of(kv[0]) == "其他", kv[0]))[0][0]
        own = first.breadcrumb[-1] if first.breadcrumb else ""
        if own and best != own and best in first.breadcrumb[:-1] and own == title_name(first.title) and own in counter:
            # the menu names the section it opens on this list (互动交流 → its 县长信箱), its breadcrumb a step above
            # the page; the page's own name, its title and breadcrumb agreeing and a link naming it too, is the column's
            return own
        return best
    if first.breadcrumb:
        return first.breadcrumb[-1]
    title = title_name(first.title)
    if type_of(first.list_heading) != "其他" and type_of(title) == "其他" and not headline_like(first.list_heading):
        return first.list_heading   # a list titled with the site's name: its heading names it (通知公告)
    for sep in TITLE_SEPARATORS[:-1]:
        if sep in first.title:
            return first.title.split(sep)[0].strip()
    return first.title.strip() or first.url


# A ColumnType declaring no type of the dictionary's: 其他 (其它类), a topic (专题, 专题专栏).
_DECLARED_UNTYPED = re.compile(r"(?:其他|其它|专题|专栏|专题专栏)(?:类|栏目)?")


# A column's own line saying it is kept for reference and no longer updated (本栏目收录往年信息，仅供查阅，不再更新): an
# archive of past items, no list the body still keeps up (of no type a freshness limit measures).
_NO_LONGER_UPDATED = re.compile(r"(?:本|该|此)栏目[^。；;！!]*?(?:不再|停止)(?:更新|发布)")


def archived_column(first: PageFacts, at_list: bool = False) -> bool:
    """The column's page says, in a line of prose that is none of its rows, that the column is no longer updated —
    `at_list`: in a line standing right above or below its list (the list's own notice, no sidebar's far off)."""
    rows = {it.title for it in first.items} | {it.row for it in first.items}
    lines = set(first.list_notes) & first.prose if at_list else first.prose
    return any(_NO_LONGER_UPDATED.search(t) for t in lines if t not in rows)


def column_type(ctx: SiteContext, first: PageFacts, name: str, aside: frozenset[str] = frozenset(),
                nested: bool = False) -> str:
    """ColumnType meta unless the name carries a type word, else a message list's, else the name, else the title,
    else the nearest typed section above it (breadcrumb, then the homepage menu, then a link's name for it) unless the name says what it is
    (专题, 图片, 视频 …), else its rows' (document numbers, news), else its section's own list's — but a column
    whose page says it is no longer updated is an archive, 其他 (`archived_column`: anywhere in its prose when its
    name carries no type word, 历史信息; in a line right at its list when it does, 新闻动态). `aside`: the
    addresses of rows that are no rows of the column (another list's box beside its empty one): they say nothing of
    what it reports. `nested`: typing a section's list for a column below it (no further section looked up)."""
    if archived_column(first, at_list=type_of(name) != "其他"):
        # (a column still named for its kind, 某某动态, archived by the notice its list bears: 47号 asks a site to
        # archive the columns it stops, and an archived column is measured by no freshness limit)
        return "其他"
    declared = first.meta.get("columntype") if name == first.meta.get("columnname", name) else None
    if declared and type_of(name) != "其他":
        if _DECLARED_UNTYPED.fullmatch(declared.strip()):
            # the site files the column under no type (其他) or as a topic (专题): a type word in its name is its
            # subject (医保政策明白纸: leaflets on a policy, no 政策文件)
            return "互动" if _lists_messages(first) else "其他"
        if not (type_of(declared) == "通知公告" and _SUBJECT_PUBLICITY.search(name)):
            declared = None   # the name a visitor sees says what it is (a ColumnType the template copied does not)
        # (… but a subject's 公示 the site declares 通知公告 — 规划公示 of a planning bureau, its 批前公示 notices — is
        # filed as the notice its name also says: the subject was only the dictionary's guess)
    col_type = type_of(declared) if declared else "其他"
    if col_type == "其他" and _lists_messages(first):
        return "互动"   # rows that print when a message was sent (留言时间：…): a message list, whatever its name
    if col_type == "其他":
        col_type = type_of(name)
        if col_type == "通知公告" and _NOTICE_BOARD.fullmatch(name.strip()) and _personnel_rows(first, aside):
            return "人事"   # a notice board of personnel notices only (拟聘用人员公示, 招聘公告): the 人事 disclosure
    if col_type == "其他" and not first.meta.get("columnname"):
        col_type = type_of(title_name(first.title))
    if col_type == "人事" and job_board(first, aside):
        return "其他"   # 招聘信息 listing firms' job offers (某某公司招聘普工): the labour market's, not the body's 人事
    if col_type != "其他" or any(w in name for w in NEUTRAL_WORDS):
        return col_type
    sections = [n for n in reversed(first.breadcrumb) if n != name]
    sections += [n for n in title_sections(first.title) if n != name and n not in sections]
    hp = ctx.homepage
    if hp is not None and first.url in hp.nav_sections:
        sections.append(hp.nav_sections[first.url])
    above = tuple(sections)   # (the sections the breadcrumb, the title and the homepage menu file it under)
    # … then the menu entry opening it under a name of its own (the menu's 政务动态 opening its first list, 今日澜城) —
    # not a row's bracketed tag linking it ([审批决定公告] before a headline: the kind of that row, not the column's)
    sections += [t for t, _ in ctx.derived("anchor_texts", anchor_texts).get(first.url, Counter()).most_common()
                 if not headline_like(t) and not row_tag(t)]
    for section in sections:
        t = type_of(section)
        if t != "其他":
            return t
    # a first-level column (in the menu every page carries) named for a line of the body's work (招商引资, 电子商务)
    # whose rows report events is that work's news (工作进展) — so is one the column navigation of every list page
    # opens (栏目导航: 安全生产 beside 镇务动态); a topic box of the homepage (森林防火) is not, nor
    # the Party's work (党建工作), no government business whatever its rows, nor a showcase (社区风采)
    if any(w in name for w in PARTY_WORDS) or name.endswith(SHOWCASE):
        return "其他"
    if name.endswith(ACTIVITIES) and any(LEADERS in n for n in (name, *sections)):
        # … and wherever it sits, a column of the leaders' activities (领导活动, 政务活动 under 领导之窗) whose rows
        # report events: the news of them (a campaign's 主题教育活动 or a 文化活动 list of events to come is no leader's)
        return "动态要闻" if reports_news(first, aside) else "其他"
    if AGENDA.search(name) and reports_news(first, aside):
        return "动态要闻"   # the leaders' or the government's agenda (政务日程) whose rows report events: the news of them
    if lists_documents(first, aside) or headed_documents(first, aside):
        return "政策文件"   # rows of a document's heading beside its number (某府发〔2026〕19号): the body's documents
    if not nested:
        # a section above it whose own page is a list (首页 > 政声传递 > 一线传真, 政声传递 listing the leaders'
        # news): a sub-column of it reports what that list does
        for section in above:
            page = _section_page(ctx, first, section)
            t = column_type(ctx, page, section, nested=True) if page is not None else "其他"
            if t != "其他":
                return t
    if not _in_every_menu(ctx, first.url):
        return "其他"
    return "动态要闻" if reports_news(first, aside) or _place_in_medium(ctx, name) else "其他"


# a column's name made of a medium and a place (视频河溪, 图片某某, 影像某某): the place's news in that medium
_MEDIUM_PLACE = re.compile(r"(?:视频|图片|图说|影像|镜头)([\u4e00-\u9fff]{2,4})")
_PLACE_SUFFIX = r"(?:县|区|市|镇|乡|街道|旗)"


def _place_in_medium(ctx: SiteContext, name: str) -> bool:
    """A first-level column named for a medium and the site's own place (视频河溪 on 梓阳县河溪镇's site, 图片某某 on
    某某区's): the place's news told in videos or pictures, 动态要闻 — whatever its rows print (cards of durations and
    play counts, no date). Another place's name, or a subject (视频会议), types nothing."""
    m = _MEDIUM_PLACE.fullmatch(name.strip())
    hp = ctx.homepage
    if m is None or hp is None:
        return False
    site = f"{hp.title} {hp.meta.get('sitename', '')}"
    return re.search(re.escape(m.group(1)) + _PLACE_SUFFIX, site) is not None


def _section_page(ctx: SiteContext, f: PageFacts, section: str) -> PageFacts | None:
    """The section's own list that the page's link named for a section above it opens (its breadcrumb's or menu's
    政声传递), if the crawl holds one: another page, neither the homepage nor an article nor a hub of boxes (更多),
    named so itself (not the first sub-column a menu's 政务公开 opens) and listing dated rows."""
    for link in f.links:
        if link.text.strip() != section:
            continue
        page = ctx.page(link.url)
        if page is None or page.url in (f.url, ctx.homepage_url) or page.is_article or len(page.items) < MIN_DATED_ITEMS:
            continue
        own = title_name(page.title), page.breadcrumb[-1] if page.breadcrumb else ""
        if section in own and not any(MORE.match(x.text.strip()) for x in page.links):
            return page
    return None


DOCUMENT_ROWS_MIN = 3
_ABOUT = "关于"   # what a document's heading says it is about (某县人民政府关于…的通知)


def lists_documents(f: PageFacts, aside: frozenset[str] = frozenset()) -> bool:
    """Most of the page's three or more rows are the body's documents: a heading of one (某县人民政府关于…的通知)
    beside its document number (青府发〔2026〕19号, 某政办字[2024]3号) — a 序号/标题/文号/发布日期 table; a permit's or
    a penalty's number beside the party's name is no document of the body's."""
    items = [it for it in f.items if it.url not in aside] if aside else f.items
    if len(items) < DOCUMENT_ROWS_MIN:
        return False
    return 2 * sum(1 for it in items if _ABOUT in it.title and DOC_NUMBER.search(it.row)) > len(items)


def document_heading(title: str) -> bool:
    """The row title is a document's heading (某乡人民政府关于…的通知), numbered or not."""
    return _ABOUT in title


def document_headings(titles: list[str]) -> bool:
    """Most of three or more row titles are a document's heading (某乡人民政府关于…的通知), numbered or not."""
    return len(titles) >= DOCUMENT_ROWS_MIN and 2 * sum(1 for t in titles if document_heading(t)) > len(titles)


def headed_documents(f: PageFacts, aside: frozenset[str] = frozenset()) -> bool:
    """The list stands under a heading of its own naming 政策文件 (a 政务公开 page whose one box is headed 政策文件),
    and most of its rows are a document's heading: the body's documents, whatever the menu calls the page."""
    heading = f.list_heading
    if type_of(heading) != "政策文件" or headline_like(heading):
        return False
    return document_headings([it.title for it in f.items if it.url not in aside])


# A name of notice words alone (公示公告, 通知公告, 公告): a notice board, whatever its notices are about
_NOTICE_BOARD = re.compile(r"(?:通知|公告|公示|通告|[、与和及]){2,8}|公告|公示|通知|通告")
# What a personnel notice is about: hiring (招聘, 拟聘用, 录用, 招考), appointments (任免, 任前公示), titles (职称)
_PERSONNEL = re.compile(r"招聘|聘用|录用|招录|招考|考录|任免|任前|任职|职称|遴选|选调|公务员|人才引进")
PERSONNEL_ROWS_MIN = 3


def _personnel_rows(f: PageFacts, aside: frozenset[str]) -> bool:
    """Every one of the page's three or more rows is a personnel notice (拟聘用人员公示, 职称评审通过人员名单公示): the
    board discloses the body's 人事 — as 招聘公示 names that subject's disclosure — not its notices at large."""
    items = [it for it in f.items if it.url not in aside] if aside else f.items
    return len(items) >= PERSONNEL_ROWS_MIN and all(_PERSONNEL.search(it.title) for it in items)


# An employer's job offer (某某电子有限公司招聘普工30名, 县顺达物流招聘货车司机): an employer, 招聘, then the post — no
# public body's hiring, which is announced as a notice (公开招聘…公告, 拟聘用人员公示, 招聘简章) or names its exam
_JOB_OFFER = re.compile(r"^[^\d\s]\S{1,30}?招聘\S{2,}$")
_PUBLIC_HIRING = re.compile(r"公告|公示|简章|通知|名单|成绩|结果|公开招聘|拟聘|拟录|录用|考试|面试|体检|事业单位|公务员|编制")


def job_board(f: PageFacts, aside: frozenset[str] = frozenset()) -> bool:
    """Most of the page's three or more rows are employers' job offers and none is a public body's hiring notice:
    a job board the 人社 office keeps for the labour market (就业服务's 招聘信息), no disclosure of personnel."""
    titles = [it.title.strip() for it in f.items if it.url not in aside]
    if len(titles) < PERSONNEL_ROWS_MIN or any(_PUBLIC_HIRING.search(t) for t in titles):
        return False
    return 2 * sum(1 for t in titles if _JOB_OFFER.match(t)) > len(titles)


MENU_PAGES_MIN = 3   # pages besides the column that make "every page links it" mean a menu


def _pages_by_host(ctx: SiteContext) -> dict[str, frozenset[str]]:
    by_host: dict[str, set[str]] = {}
    for u in ctx.pages:
        by_host.setdefault(urlsplit(u).netloc, set()).add(u)
    return {h: frozenset(us) for h, us in by_host.items()}


def _sub_site_pages(ctx: SiteContext) -> tuple[str, frozenset[str]]:
    """A site kept in a folder of a shared host (a department's /sjj/ on the county portal's host): that folder and
    the pages in it, which carry the site's menu (the portal's other folders — its 互动 platform — carry the
    portal's); ("", none) for a site at its host's root."""
    folder = ctx.home_folder
    if urlsplit(folder).path in ("", "/"):
        return "", frozenset()
    return folder, frozenset(u for u in ctx.pages if u.startswith(folder))


def _in_every_menu(ctx: SiteContext, url: str) -> bool:
    """Every other page of the site on the page's own host links the page: an entry of the menu all of them carry
    (a page of another host — the 12345 or 信息公开 platform the site links — carries that platform's menu; so does a
    page outside the folder of a sub-site kept in a folder of a shared host) — or every
    other such page listing dated rows does, the 栏目导航 the column pages share beside their rows where the homepage
    and the articles carry none."""
    inbound = ctx.inbound.get(url, ())
    folder, in_folder = ctx.derived("sub_site_pages", _sub_site_pages)
    if folder and url.startswith(folder):
        pages = in_folder   # a sub-site in a folder of a shared host: its own pages carry its menu
    else:
        pages = ctx.derived("pages_by_host", _pages_by_host).get(urlsplit(url).netloc, frozenset())
    others = len(pages) - (url in pages)
    if others < MENU_PAGES_MIN or len(inbound) < MENU_PAGES_MIN:
        return False
    linking = set(inbound)
    if len(inbound) >= others and pages - {url} <= linking:
        return True
    lists = ctx.derived("list_pages", _list_pages) & pages
    others_listed = len(lists) - (url in lists)
    return others_listed >= MENU_PAGES_MIN and len(linking) >= others_listed and lists - {url} <= linking


def _list_pages(ctx: SiteContext) -> frozenset[str]:
    """The site's pages listing dated rows, its homepage and articles (and pages at an article's dated address) aside."""
    return frozenset(u for u, f in ctx.pages.items() if u != ctx.homepage_url and not f.is_article
                     and len(f.items) >= MIN_DATED_ITEMS and not dated_url(u))


NEWS_ROWS_MIN = 3
ACTIVITIES = "活动"   # what a column named 领导活动 lists: the leaders' activities, reported as news
LEADERS = "领导"      # … named so, or sitting under a section so named (领导之窗 > 政务活动)
AGENDA = re.compile(r"(?:领导|政务)日程\s*$")   # a calendar of the leaders' days (政务日程, 领导日程), as 领导活动 lists them
_EVENT = re.compile(EVENT)


def reports_news(f: PageFacts, aside: frozenset[str] = frozenset()) -> bool:
    """Most of the page's three or more rows report an event (召开, 走访, 举办, 签约 …: `EVENT`): a list of news.
    `aside`: canonical addresses of rows that are not the page's own (a box of another list's beside its empty one)."""
    items = [it for it in f.items if it.url not in aside] if aside else f.items
    if len(items) < NEWS_ROWS_MIN:
        return False
    return 2 * sum(1 for it in items if _EVENT.search(it.title)) > len(items)


def forum_threads(f: PageFacts) -> frozenset[str] | None:
    """A forum board's list: the addresses of its threads, when they are half its dated links or more (each row's
    other link, to the last post or its poster, dated by the last post, is no thread); else None."""
    if len(f.threads) < MIN_DATED_ITEMS or 2 * len(f.threads) < len(f.items):
        return None
    return frozenset(t.href for t in f.threads)


def _lists_messages(f: PageFacts) -> bool:
    """Most of the page's rows print when a message was sent (留言时间, 提交时间, 来信时间 …), or its table heads a
    column so (诉求时间, 留言日期: `PageFacts.message_table`), or they are a forum board's threads with their reply
    counts (`PageFacts.threads`)."""
    return len(f.items) >= MIN_DATED_ITEMS and (
        f.message_table or 2 * sum(1 for it in f.items if submissions(it.row)) > len(f.items)
        or forum_threads(f) is not None)
