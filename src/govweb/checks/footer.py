"""The site's footer marks (网站标识码, ICP, 公安备案, 主办单位, 联系方式) in the forms real footers print them.

Marks are read from the footer only — the text around the last cluster of footer signs (ICP备, 公网安备, 网站标识码,
版权所有, ©) plus footer containers (`<footer>`, `id`/`class` foot, bottom, copyright …) — so an event's
"主办单位：…" or a "联系电话" inside article text on the homepage is not taken for the site's.

Forms: 主办单位：X / 主办：X / 主办方：X / X主办 / X（主办） / 由X主办 / Sponsor: X (X in Chinese), else the body holding the copyright (版权所有：X,
X 版权所有, © 2023 X); ICP numbers with or without 号, with spaces, with a -1
suffix; 公安备案 numbers with or without 号 (or labelled 公安机关备案号：N), or only an image link whose URL carries the record number
(`recordcode=`, `RecordID=`); contact lines labelled 联系电话, 电话, 联系我们, 客服电话, 热线, 专线, 邮箱 …,
hotlines such as 12345 and 400-/800- numbers, a phone in brackets after 技术支持/运行维护 (only when no other contact), or — when the footer has
none — a labelled phone in the page header (服务热线：400-810-1996). A footer drawn as images is read by their alt or
title text, after the printed footer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.fold import as_read, simplified
from govweb.checks.hidden_blocks import style_written_words
from govweb.checks.unseen import dialog

SITE_CODE = re.compile(
    r"(?:网站标识码|网站识别码|标识码)\s*[:：]?\s*([0-9](?:\s?[0-9]){9}|[0-9]{0,2}[Bb][Mm][0-9]{6,8})(?![0-9A-Za-z])"
)   # (ten digits, which a template may print in two pieces: <span>1539</span><span>260001</span>)
ICP = re.compile(r"((?:[\u4e00-\u9fa5]{1,2}\s*)?ICP\s*[备证]\s*(?:案[序编]?号?\s*)?[:：]?\s*[0-9]{5,12}\s*号?(?:\s*[-－]\s*[0-9]{1,3})?)",
                 re.I)
POLICE = re.compile(r"([\u4e00-\u9fa5]{1,2}\s*公网安备\s*[:：]?\s*[0-9]{8,16}\s*号?"
                    r"|(?:公安机关备案号|公安备案号|公网安备案号)\s*[:：]?\s*[0-9][0-9\s-]{6,24}[0-9]号?)")
_POLICE_HOSTS = ("beian.gov.cn", "beian.mps.gov.cn")
_RECORD_KEYS = ("recordcode", "recordid", "code", "id", "record_id")


def _spaced(*labels: str) -> str:
    """Labels as a visitor reads them whatever splits their characters — spaces, U+3000, NBSP, a line break or a
    tag (主　　办, 主办<br>单位, 联系<span>电话</span>): a pattern allowing whitespace between the characters of each."""
    return "(?:" + "|".join(r"\s*".join(map(re.escape, label)) for label in labels) + ")"


_NAME = r"[\u4e00-\u9fa5（）()·]{2,40}"
_SPONSOR_LABEL = re.compile(
    _spaced("网站主办单位", "主办单位", "网站主办", "主办方") + r"\s*[:：]?\s*(" + _NAME + ")"
    r"|(?<![\u4e00-\u9fa5])主\s*办\s*[:：]\s*(" + _NAME + ")"
    # the label in English (Sponsor: 某委员会, Sponsored by 某县人民政府办公室), the body's name in Chinese after it: an
    # English name after it (Sponsored by the General Office of …) is no name read here
    r"|(?<![A-Za-z])(?i:sponsor(?:ed\s+by)?|sponsoring\s+(?:unit|organi[sz]ation))\s*[:：]?\s*(" + _NAME + ")"
)
# "X主办", "由X主办": the name runs up to 主办 (not 主办单位/主办方, which are labels)
_SPONSOR_SUFFIX = re.compile(r"([\u4e00-\u9fa5·]{2,40})\s*[（(]\s*主办\s*[)）]"   # X（主办）
                             r"|(" + _NAME + r"?)\s*主办(?!单位|方|\s*[:：])")
# A sponsor named by the suffix form is an organisation: it ends like one.
_ORGAN_END = re.compile(
    r"(?:政府|办公室|办公厅|局|委员会|委|中心|厅|部|署|院|所|站|馆|队|处|街道|办事处|管委会|管理委员会|公司|集团|"
    r"办|社|协会|联合会|总会|会|台|报社|监狱|法院|检察院|政府网|小组)$"
)
_SPONSOR_DROP = re.compile(r"^.*?由|^(?:本网站|本网|本站|网站)")
# The copyright holder, when the footer names no sponsor: 版权所有：X / 版权所有 © 2023 X / Copyright © X / X 版权所有
# (a name just before a 版权所有： label — a link to the parent government's site — is not its holder).
_YEARS = r"(?:(?:19|20)\d{2}\s*(?:[-—–~至]\s*(?:19|20)\d{2})?\s*年?\s*)?"
_HOLDER = re.compile(
    r"(?:" + _spaced("版权所有") + r"|Copyright|COPYRIGHT|copyright)\s*[:：]?\s*(?:[©Ⓒ]|\([Cc]\))?\s*"
    + _YEARS + "(" + _NAME + ")"
    r"|[©Ⓒ]\s*" + _YEARS + "(" + _NAME + ")"
    r"|(" + _NAME + r")\s*" + _spaced("版权所有") + r"(?!\s*[:：])"   # (版权所有： is a label: its holder follows)
)

# (an area code's number printed in two groups, 0763-3318 2200, is one number)
_PHONE = (r"[48]00(?:\s?[-－—]?\s?\d){7}(?!\d)|[(（]?0\d{2,3}[)）]?\s*[-－—]\s*\d{3,4} \d{4}(?!\d)"
          r"|(?:[(（]?0\d{2,3}[)）]?\s*[-－—]?\s*)?\d{7,8}(?:\s*(?:[-－]|转)\s*\d{1,5})?"
          r"|1[3-9]\d{9}|(?:0\d{2,3}\s*[-－—]\s*)?(?:12\d{3}|9[56]\d{3})(?!\d)")
_CONTACT = re.compile(
    r"(?:" + _spaced("联系电话", "咨询电话", "服务电话", "值班电话", "客服电话", "办公电话", "投诉电话", "监督电话",
                     "举报电话", "联系方式", "联系我们", "热线电话", "服务热线", "热线", "专线", "电话", "传真") +
    r"|Tel|TEL|tel|Fax|FAX|fax)\s*(?:[(（]\s*[A-Za-z.]{2,6}\s*[)）])?"
    r"\s*[:：]?\s*[^\d\n码备]{0,12}?(" + _PHONE + ")"   # (not across another label: 联系我们 网站标识码：…)
    r"|(?:技术支持|技术服务|运行维护|运维单位|维护单位|承办单位)[^\d\n]{0,40}?[(（]\s*(" + _PHONE + r")\s*[)）]"
    r"|(?:电子邮箱|联系邮箱|邮箱|电子信箱|E-?mail|EMAIL|电子邮件)\s*[:：]\s*([\w.\-]+@[\w\-]+(?:\.[\w\-]+)+)"
    r"|(?<![\w.\-])([\w.\-]+@[\w\-]+(?:\.[\w\-]+)*\.(?:cn|com|net|org))(?![\w\-])"
    r"|(?:通讯地址|联系地址|单位地址|办公地址|地址)\s*[:：]\s*(?P<address>[\u4e00-\u9fa5][\u4e00-\u9fa5\dA-Za-z（）()\-号]{4,40})"
    r"|(12345)\s*(?:政务服务便民热线|政务服务热线|市民热线|便民热线|热线)"
)

# Signs of a footer, strongest first; the footer is the text around the last cluster of them.
_FOOTER_SIGN = re.compile(
    r"[\u4e00-\u9fa5]{0,2}\s*(?:ICP\s*[备证]|公网安备)|网站标识码|网站识别码|版权所有|Copyright|copyright|COPYRIGHT|©")
_CLUSTER_GAP = 600       # characters between two signs of one cluster
_BEFORE_CLUSTER = 300    # characters before the first sign that still belong to the footer
_NO_SIGN_TAIL = 500      # without any sign: the last characters of the page
_HEADER_CHARS = 300      # the page header: the first characters of the page
FOOTER_CONTAINER = re.compile(r"foot|bottom|copyright|banquan|dibu|(?:^|[\s_-])(?:bq|ft|db)(?:$|[\s_-])", re.I)

MARK_PATTERNS = (("网站标识码", SITE_CODE), ("ICP备案号", ICP), ("公安机关备案号", POLICE))


def footer_window(text: str) -> tuple[str, str]:
    """The footer part of a page's visible text: (the text shortly before the last cluster of footer signs, the
    text from that cluster to the end). Without any sign: ("", the last characters of the page)."""
    starts = [m.start() for m in _FOOTER_SIGN.finditer(text)]
    if not starts:
        return "", text[-_NO_SIGN_TAIL:]
    first = starts[-1]
    for s in reversed(starts[:-1]):
        if first - s > _CLUSTER_GAP:
            break
        first = s
    return text[max(0, first - _BEFORE_CLUSTER):first], text[first:]


def element_label(node: LexborNode) -> str:
    """An element's id and class, space-separated (what its name says it holds: footer, list …)."""
    return " ".join(v for k, v in node.attributes.items() if k in ("id", "class") and v)


def footer_named(node: LexborNode) -> bool:
    """The element is a footer by its tag or its name (`<footer>`, id/class foot, bottom, copyright …)."""
    return node.tag == "footer" or FOOTER_CONTAINER.search(element_label(node)) is not None


_FIXED = re.compile(r"position\s*:\s*fixed", re.I)


def in_closable_layer(node: LexborNode) -> bool:
    """The node sits in a layer laid over the page that a visitor closes (an ancestor fixed on the screen by its own
    style and holding a 关闭/× button: a 专题 takeover, a notice pop-up): its credits line (主办：县委宣传部) is the
    layer's producer, not the site's footer."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if _FIXED.search(parent.attributes.get("style") or "") and dialog(parent):
            return True
        parent = parent.parent
    return False


def in_footer_part(node: LexborNode) -> bool:
    """The node sits inside the page's footer (an ancestor below `<body>` is `footer_named`)."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if footer_named(parent):
            return True
        parent = parent.parent
    return False


def _shows(node: LexborNode) -> bool:
    """The node shows something: text, an image or a control (not a script, style or empty box)."""
    if node.tag in ("script", "style", "noscript", "template", "-comment"):
        return False
    if node.tag == "-text":
        return bool((node.text_content or "").strip())
    return bool(node.text(deep=True, strip=True)) or node.css_first("img, input, iframe, frame") is not None \
        or node.tag in ("img", "input", "iframe", "frame")


def footer_frames(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's iframes standing in its footer: inside a footer container (`<div class="footer-frame"><iframe
    src="/footer.html">`) or the last thing the page shows (nothing visible follows it). What such a frame shows
    is the page's footer as a visitor sees it."""
    out: list[LexborNode] = []
    for fr in tree.css("iframe[src]"):
        if in_footer_part(fr):
            out.append(fr)
            continue
        node: LexborNode | None = fr
        last = True
        while node is not None and node.tag not in ("body", "html") and last:
            sib = node.next
            while sib is not None:
                if _shows(sib):
                    last = False
                    break
                sib = sib.next
            node = node.parent
        if last:
            out.append(fr)
    return out


# a label alone (联系电话：, 地址：): hidden, it still names the words a visitor sees after it (a screen reader's label)
_HIDDEN_LABEL = re.compile(r"[\u4e00-\u9fa5]{1,8}\s*[:：]")


def footer_containers(tree: LexborHTMLParser, unseen: Callable[[LexborNode], bool] | None = None) -> list[str]:
    """Texts of the outermost footer containers (`<footer>`, id/class foot, bottom, copyright …), not those of a
    layer a visitor closes (`in_closable_layer`); with `unseen`, not those it says no visitor can see
    (`unseen.in_unseen`), nor the words of such a block inside a container (a hidden layer holding the 公安 line) but
    a bare label before words a visitor sees (`_seen_text`: 联系电话：, screen-reader text naming a number shown beside
    its icon)."""
    out: list[str] = []
    for node in tree.css("footer, [id], [class]"):
        if node.tag in ("html", "body", "script", "style", "a", "img", "input"):
            continue
        if footer_named(node) and not in_footer_part(node) and not (unseen is not None and unseen(node)) \
                and not in_closable_layer(node):
            t = " ".join((node.text(deep=True, separator=" ") if unseen is None else _seen_text(node, unseen)).split())
            if t:
                out.append(t)
    return out


def _seen_text(node: LexborNode, unseen: Callable[[LexborNode], bool]) -> str:
    """The words of `node` a visitor sees, and a hidden bare label right before words they see (`_HIDDEN_LABEL`)."""
    words = [(n.text() or "", unseen(n)) for n in node.traverse(include_text=True)
             if n.tag == "-text" and (n.text() or "").strip()]
    return " ".join(w for i, (w, hid) in enumerate(words) if not hid or _HIDDEN_LABEL.fullmatch(w.strip())
                    and i + 1 < len(words) and not words[i + 1][1])


def footer_image_texts(tree: LexborHTMLParser, unseen: Callable[[LexborNode], bool] | None = None) -> list[str]:
    """What the footer's images print, by their alt or title (`<img alt="蜀ICP备2022011873号-1">` in `<div
    class="foot">`): a footer drawn as images shows its marks in pixels, and the alt is the text it shows. Read after
    the footer's printed text, so a printed mark always comes first."""
    out: list[str] = []
    for img in tree.css("img"):
        attrs = img.attributes
        said = " ".join(dict.fromkeys(v for v in (" ".join((attrs.get(k) or "").split()) for k in ("alt", "title"))
                                      if v))
        if said and in_footer_part(img) and not (unseen is not None and unseen(img)):
            out.append(f'<img alt="{said}">')
    return out


# A picture drawn in place of a footer label word (<img alt="主办单位">某县人民政府办公室): its alt is the word it shows.
_LABEL_PICTURE = re.compile(r"(?:网站)?(?:主办|承办|主管|协办)(?:单位|方)?\s*[:：]?")


def read_label_pictures(tree: LexborHTMLParser) -> None:
    """Footer pictures whose alt (or title) is a label word (主办单位, 承办：) are read as that word where they stand, so
    the name after them reads as a labelled line (主办单位 某县人民政府办公室), as a visitor reads the picture."""
    for img in tree.css("img"):
        said = " ".join((img.attributes.get("alt") or img.attributes.get("title") or "").split())
        if said and _LABEL_PICTURE.fullmatch(said) and in_footer_part(img):
            img.replace_with(f" {said} ")


def read_style_labels(tree: LexborHTMLParser) -> None:
    """Footer labels the page's own `<style>` draws (`.foot .bsm::before{content:"网站标识码："}`) are read where
    they stand, before (or after) the value the element prints, as a visitor reads them. A linked stylesheet is not
    read: the values stand there without their labels."""
    for sel, where, said in style_written_words(tree):
        if not re.search(r"[\u4e00-\u9fff]", said):
            continue
        try:
            nodes = tree.css(sel)
        except Exception:   # (a selector the parser does not take)
            continue
        for node in nodes:
            if not in_footer_part(node):
                continue
            if where == "after" or node.child is None:
                node.insert_child(f" {said} " if where == "after" else f"{said}")
            else:
                node.child.insert_before(said)


def bare_code(code: str, footer_texts: Iterable[str]) -> str | None:
    """The footer line printing, without its label, the very 网站标识码 the page's SiteIDCode meta declares (the
    label drawn by a stylesheet we do not hold: `<span class="f-bsm">3607430021</span>`): the code is shown — no
    other number of a footer is those ten digits. None when no footer text prints it standing alone."""
    code = code.strip()
    if not re.fullmatch(r"\d{10}", code):
        return None
    alone = re.compile(rf"(?<![0-9A-Za-z-]){code}(?![0-9A-Za-z-])")
    for text in footer_texts:
        if (m := alone.search(text)) is not None:
            return text[max(0, m.start() - 20):m.end() + 20].strip()
    return None


def bare_sponsor(tree: LexborHTMLParser, unseen: Callable[[LexborNode], bool] | None = None) -> str:
    """A body's name the footer prints bare, as the whole of an element of its own (`<span class="f-zb">某委员会
    </span>`), on a page whose labels a linked stylesheet may draw (`.f-zb::before{content:"主办单位："}`, a file we
    do not hold): a label no program here reads — with no sponsor read otherwise, not measured. "" when none."""
    if tree.css_first("link[rel=stylesheet], link[rel=StyleSheet]") is None:
        return ""
    for node in tree.css("span[class], em[class], b[class], strong[class], font[class], p[class], li[class], div[class]"):
        if any(c.tag != "-text" for c in node.iter(include_text=True)):
            continue   # (only an element holding nothing but the name, with a class a stylesheet's rule may label)
        name = (node.text(strip=True) or "").strip()
        if len(name) >= 4 and re.fullmatch(_NAME, name) and _organ_prefix(name) == name and in_footer_part(node) \
                and not (unseen is not None and unseen(node)):
            return name
    return ""


def _name_after(img: LexborNode) -> str | None:
    """The body's name printed right after a picture, alone up to a space or mark (<img>某县人民政府&nbsp;…)."""
    nxt = img.next
    if nxt is None or nxt.tag not in ("-text", "span", "font", "b", "strong", "em", "a"):
        return None
    m = re.match(r"[\s:：]*(" + _NAME + ")", nxt.text(deep=True) if nxt.tag != "-text" else nxt.text_content or "")
    if m is None:
        return None
    name = _organ_prefix(m.group(1))
    if name is None or name.endswith(("公司", "集团")):
        return None   # (a builder's logo before its company's name: a credit, never a sponsor's label)
    return name if name == m.group(1).strip("（）()· ") else None


def sponsor(text: str, last: bool = False) -> tuple[str, int, int, str] | None:
    """The site's sponsor in `text`: (name, start, end, text) of the first (or `last`) 主办单位-style mention."""
    found: list[tuple[str, int, int, str]] = []
    for m in _SPONSOR_LABEL.finditer(text):
        found.append((next(g for g in m.groups() if g), m.start(), m.end(), text))
        if not last:
            return found[0]
    for m in _SPONSOR_SUFFIX.finditer(text):
        name = _SPONSOR_DROP.sub("", m.group(1) or m.group(2)).strip()
        if len(name) >= 3 and _ORGAN_END.search(name):
            found.append((name, m.start(), m.end(), text))
            if not last:
                break
    if not found:
        return None
    return max(found, key=lambda f: f[1]) if last else min(found, key=lambda f: f[1])


def _holder(text: str, last: bool) -> tuple[str, int, int, str] | None:
    """The body holding the site's copyright (版权所有：某县人民政府办公室) when no line names the sponsor: the body
    that runs the site. Only a body's name counts (it ends like one: 政府, 办公室, 局 …), not a site's (某某网)."""
    found = []
    for m in _HOLDER.finditer(text):
        name = _organ_prefix(next(g for g in m.groups() if g))
        if name is not None:
            found.append((name, m.start(), m.end(), text))
    return (found[-1] if last else found[0]) if found else None


_SITE_NAME_END = re.compile(r"(?:网站|网|平台|门户|系统)$")


def _organ_prefix(name: str) -> str | None:
    """The longest start of `name` that is a body's name (a holder run on into the next words: 某局地址 → 某局)."""
    name = name.strip("（）()· ")
    if _SITE_NAME_END.search(name):
        return None   # a site's name (某市人民政府门户网站, 中国科普网), not its body's
    for end in range(len(name), 2, -1):
        if _ORGAN_END.search(name[:end]):
            return name[:end]
    return None


def police_from_links(links: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """公安备案 shown only as an image link: the record number in the link's query."""
    for url, text in links:
        parts = urlsplit(url)
        if not (parts.hostname or "").endswith(_POLICE_HOSTS):
            continue
        m = POLICE.search(text)
        if m:
            return " ".join(m.group(1).split()), f"{text} → {url}"
        for key, value in parse_qsl(parts.query):
            if key.lower() in _RECORD_KEYS and value.isdigit() and len(value) >= 8:
                return value, f"{text or '公安备案图标'} → {url}"
    return None


# Who a mark belongs to: the footer of a site on a 集约化 platform may print the platform's line too (泾水市政府网站
# 集约化平台 平台建设管理：… 平台网站标识码：… 某ICP备…号) beside the site's own (主办单位：… 网站标识码：… 某ICP备…号-7).
# A mark belongs to the owner named last before it: the platform (集约化平台, 平台建设管理, 平台网站标识码 …) or the site
# (主办, 网站标识码).
_OWNER = re.compile(r"(?P<platform>集约化?平台|平台(?=\s*(?:建设|管理|运维|主办|网站标识码|标识码|备案)))"
                    r"|(?<!平台)(?:主\s*办|网站标识码|网站识别码)")
_OWNER_REACH = 120   # characters before a mark in which its owner is named (the same footer line)


def _platform_mark(m: re.Match[str]) -> bool:
    """The mark stands in the platform's line: the last owner named before its value is the platform."""
    start = m.start(1)
    owners = list(_OWNER.finditer(m.string, max(0, start - _OWNER_REACH), start))
    return bool(owners) and owners[-1].group("platform") is not None


# A mark in brackets after the name of the company that built or supports the site (技术支持：某科技有限公司
# （某ICP备…号）, 网站建设：某公司（某公网安备…号）) is that company's record, not the site's.
_VENDOR_MARK = re.compile(r"(?:技术支持|技术服务|网站建设|建设单位|承建单位|网站制作|设计制作|运行维护|运维单位|维护单位)"
                          r"\s*[:：]?[^\n。；;|()（）]{2,40}[(（][^()（）]{0,8}$")


def _vendor_mark(m: re.Match[str]) -> bool:
    return _after_vendor(m, _VENDOR_MARK)


def _after_vendor(m: re.Match[str], vendor: re.Pattern[str]) -> bool:
    """The mention `m` (its first group that matched) stands in a credit to the site's builder or maintainer: the
    words before it, within a line's reach, match `vendor`."""
    start = next(m.start(i) for i, g in enumerate(m.groups(), 1) if g)
    return vendor.search(m.string[max(0, start - 60):start]) is not None


def _first(rx: re.Pattern[str], parts: list[str], before: str) -> re.Match[str] | None:
    """The first match in the footer parts, else the last one in the text just before the footer (the lines
    above its signs: a sponsor or address line — the nearest to the footer, not an article's). A mark on the line
    of the 集约化 platform the site sits on is the platform's: the site's own, printed beside it, comes first; a
    mark in a vendor's brackets (`_vendor_mark`) is never the site's."""
    platform = None
    for part in parts:
        for m in rx.finditer(part):
            if _vendor_mark(m):
                continue
            if not _platform_mark(m):
                return m
            platform = platform or m
    found = [m for m in rx.finditer(before) if not _vendor_mark(m)]
    own = [m for m in found if not _platform_mark(m)]
    return platform or (own or found or [None])[-1]


_Mention = tuple[str, int, int, str]


def _footer_mention(find: Callable[[str, bool], _Mention | None], parts: list[str], before: str) -> _Mention | None:
    """The first mention `find` reads in the footer parts, else the last one just before the footer."""
    got = next((m for m in (find(p, False) for p in parts) if m), None)
    return got if got is not None or not before else find(before, True)


def read_marks(text: str, footer: tuple[list[str], str], links: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """element → (value, excerpt). `footer`: (footer container texts and the text from the footer signs on, the
    text just before them). Codes are searched in the footer, then anywhere (their form is unmistakable); the
    sponsor and contact lines only in the footer. All of it is read as a reader sees it (`fold.as_read`: ３３９９２１００１２,
    ０５７８－６１２２３４５ and 湘ＩＣＰ备 in ASCII): a page's text comes folded, a footer image's alt and a caller's own text
    may not. Labels printed in 繁體 forms (主辦單位：, 網站標識碼：, 聯繫電話：) are read as their 简体 ones
    (`fold.simplified`); values and excerpts keep the characters the page prints."""
    printed: dict[str, str] = {}   # a text read in 简体 forms → the text as printed

    def read(t: str) -> str:
        shown = as_read(t)
        folded = simplified(shown)
        if folded is not shown:
            printed[folded] = shown
        return folded

    def as_printed(value: str, folded: str, start: int, end: int) -> tuple[str, str]:
        """(value, excerpt) of a mention at start:end of `folded`, in the characters the page prints."""
        shown = printed.get(folded)
        if shown is None:
            return value, excerpt(folded, start, end)
        at = folded.find(value, start)
        return (shown[at:at + len(value)] if at >= 0 else value), excerpt(shown, start, end)

    text, before = read(text), read(footer[1])
    parts = [read(p) for p in footer[0]]
    marks: dict[str, tuple[str, str]] = {}
    for el, rx in MARK_PATTERNS:
        m = _first(rx, parts, before) or next((m for m in rx.finditer(text) if not _vendor_mark(m)), None)
        if m:
            joiner = "" if el == "网站标识码" else " "   # a code printed in pieces is one code
            value, said = as_printed(m.group(1), m.string, m.start(), m.end())
            marks[el] = (joiner.join(value.split()), said)
    # no line naming the sponsor: the body holding the copyright runs the site
    s = _footer_mention(sponsor, parts, before) or _footer_mention(_holder, parts, before)
    if s is not None:
        marks["网站主办单位"] = as_printed(s[0], s[3], s[1], s[2])
    c = _own_contact(parts, before)
    if c is None:   # a hotline in the page header (服务热线：400-…): a labelled phone above everything else
        c = next((m for m in _CONTACT.finditer(text[:_HEADER_CHARS]) if m.group(1)), None)
    if c is not None:
        # (a number printed in pieces, 0743-<span>2286519, is one number)
        value, said = as_printed(next(g for g in c.groups() if g), c.string, c.start(), c.end())
        marks["联系方式"] = (_PHONE_PIECES.sub(r"\1", " ".join(value.split())), said)
    if "公安机关备案号" not in marks:
        got = police_from_links(links)
        if got is not None:
            marks["公安机关备案号"] = got
    return marks


_PHONE_PIECES = re.compile(r"(?<=\d)\s*([-－—])\s*(?=\d)")
# A public service number (12345 政务服务便民热线, 12315, 95xxx): every site may print it; it is not the site's own.
_SERVICE_NUMBER = re.compile(r"(?:0\d{2,3}\s*[-－—]\s*)?(?:12\d{3}|9[56]\d{3})")


# The technical-support company's own line: its phone in brackets after its name (技术支持：某信息技术有限公司（服务热线：
# 400-…）) or labelled as its (技术支持电话：…) — the vendor's number, not the site's.
_VENDOR_PHONE = re.compile(r"(?:技术支持|技术服务|运行维护|运维单位|维护单位)(?:[^\d\n。；;|]{0,40}?[(（][^)）\d]*|电话\s*[:：]?\s*)$")


def _service_number(m: re.Match[str]) -> bool:
    return _SERVICE_NUMBER.fullmatch(next(g for g in m.groups() if g).strip()) is not None


def _sample_phone(m: re.Match[str]) -> bool:
    """The template's sample number (电话：0000-0000000): zeros only, no line anyone answers."""
    return set(re.sub(r"\D", "", next(g for g in m.groups() if g))) == {"0"}


def _vendor_phone(m: re.Match[str]) -> bool:
    return _after_vendor(m, _VENDOR_PHONE)


def _own_contact(parts: list[str], before: str) -> re.Match[str] | None:
    """The footer's contact: its first contact line (else the last one just before it); the technical-support
    company's phone only when the footer names no other contact of the site's own, a public service number such as
    12345 only when it names no phone, e-mail or address at all; an address only when it names no phone or e-mail
    of the site's own (地址：某路21号　电话：0871-… gives the phone: where to call, not where to go)."""
    for found in ([m for part in parts for m in _CONTACT.finditer(part)], list(_CONTACT.finditer(before))[::-1]):
        found = [m for m in found if not _sample_phone(m)]
        if found:
            own = [m for m in found if not _service_number(m) and not _vendor_phone(m)]
            return next((m for m in own if not m.group("address")), None) or next(iter(own), None) \
                or next((m for m in found if not _service_number(m)), found[0])
    return None


def contact(text: str) -> tuple[str, str] | None:
    """A contact line anywhere in `text` (a 联系我们 page)."""
    c = _CONTACT.search(text)
    if c is None:
        return None
    return " ".join(next(g for g in c.groups() if g).split()), excerpt(text, c.start(), c.end())


def excerpt(text: str, start: int, end: int, pad: int = 20) -> str:
    return text[max(0, start - pad) : min(len(text), end + pad)].strip()


def has_footer_sign(text: str) -> bool:
    return _FOOTER_SIGN.search(text) is not None


# The conac badge's image by its host (dcs.conac.cn/image/red.png) or by a local copy's name (dzjg.png, conac.gif);
# its slot by id or class (`<div class="dzjg">`).
CONAC_NAME = re.compile(r"conac|dzjg|dangzheng", re.I)


def image_marks(tree: LexborHTMLParser,
                unseen: Callable[[LexborNode], bool] | None = None) -> tuple[tuple[str, str, str, bool], ...]:
    """Marks a page shows as images only: (element, value, excerpt, read). An image whose alt or title prints the
    网站标识码 with its code gives it (read); one naming the 标识码 without the code shows a code we cannot read (not
    read: not measured), and so does an image beside a 网站标识码 label printing no code (网站标识码：<img …>).
    The conac badge is read from an image naming it (alt/title 党政机关) or served by conac.cn;
    an image only named like it (dzjg.png) is not read. A wordless footer picture standing right before a body's name
    is a label we cannot read: the 网站主办单位 is not read (not measured) when no printed line names it — unless the name
    is a company's (a builder's logo before its name)."""
    found: dict[str, tuple[str, str, str, bool]] = {}
    for img in tree.css("img"):
        if unseen is not None and unseen(img):
            continue   # (an image no visitor can see: `unseen.in_unseen`)
        attrs = img.attributes
        said = " ".join((attrs.get(k) or "").strip() for k in ("alt", "title")).strip()
        src = (attrs.get("src") or "").strip()
        excerpt = f'<img src="{src}" alt="{said}">'
        beside = img.parent.text(deep=True) if img.parent is not None else ""
        if "标识码" in said or "识别码" in said or (("标识码" in beside or "识别码" in beside)
                                                   and not SITE_CODE.search(beside)):
            # named by the image, or the image beside a 网站标识码 label with no code in text (网站标识码：<img>)
            m = SITE_CODE.search(said)
            got = ("网站标识码", m.group(1), excerpt, True) if m else ("网站标识码", "", excerpt, False)
            if got[3] or "网站标识码" not in found:
                found["网站标识码"] = got
        if not said and in_footer_part(img) and "网站主办单位" not in found and (name := _name_after(img)):
            # a wordless picture in a footer line right before a body's name (<img src="f_zb.gif">某镇人民政府): a
            # label drawn in pixels (主办? 承办? 主管?) that no program reads — the sponsor is not measured
            found["网站主办单位"] = ("网站主办单位", name, excerpt + name, False)
        if "党政机关" in said or "conac.cn" in urlsplit(src).netloc.lower():
            found["党政机关网站标识"] = ("党政机关网站标识", src, excerpt, True)
        elif CONAC_NAME.search(src.rsplit("/", 1)[-1]) and "党政机关网站标识" not in found:
            found["党政机关网站标识"] = ("党政机关网站标识", src, excerpt, False)
    return tuple(found.values())

