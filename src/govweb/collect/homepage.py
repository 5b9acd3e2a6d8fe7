"""The homepage a visitor lands on: the next hop from a gateway page at the seed.

Government sites often answer `/` with a page that only sends the visitor on: a meta refresh or a script redirect
(`location.href=…`, `location.replace(…)`, `window.location=…`, `top.location…`, `setTimeout("location…")`), a
frameset or an iframe holding the whole body, or a splash page ("正在进入…", "点击进入", a picture linking into the
site, a choice of versions where the visitor takes 中文 or 标准版, a 站群 directory whose one
way in enters the portal). `next_hop` reads one such page and says where the visitor goes next, and why; the crawler follows the hops
(recording each in crawl.json `homepage_chain`) until a page is the homepage itself.

What a desktop visitor would not see is not a hop: a redirect in a branch for phones (`if (/Mobile/.test(
navigator.userAgent)) location.href='/m/'`), one inside a named function a button calls, a refresh of the page to
itself; a page with real content is never a splash page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.collect.blocked import is_blocked
from govweb.collect.render_detect import visible_body_text
from govweb.device import block_heads, definitions, head_truths, phones_only
from govweb.gateway import ENTRY_WORDS, SCRIPT_REDIRECT_TO
from govweb.htmlstd import parse_refresh
from govweb.urlnorm import canonical, try_resolve

META_REFRESH = "meta-refresh"
SCRIPT_REDIRECT = "script-redirect"
FRAMESET = "frameset"
IFRAME = "iframe"
SPLASH = "splash"


_DEVICE = re.compile(r"useragent|navigator|mobile|android|iphone|ipad|ipod|phone|wap|screen|innerwidth|"
                     r"clientwidth|platform|touch|orientation|matchmedia|\bios\b|ismobile|weixin|micromessenger", re.I)
_NEGATED = re.compile(r"!(?!=)|[=!]==?\s*-1|<\s*0|===?\s*false|==\s*null")
_NAMED_FUNCTION = re.compile(r"function\s+([\w$]+)\s*\([^)]*\)\s*$")
_ELSE = re.compile(r"\belse\s*$")
# the version a default visitor takes on a choice page: the Chinese one beside other languages, the standard one
# beside a 关怀版/长者版 (large type for the elderly) or 无障碍版, the desktop one beside a 手机版
_DEFAULT_VERSION = re.compile(r"中文|简体|簡體|标准版|標準版|普通版|常规版|电脑版|電腦版|PC版|桌面版", re.I)
# a phone page's way to the desktop site (电脑版, 切换到电脑版, 访问PC版): the link itself, not a sentence naming it
_DESKTOP_LINK = re.compile(r"(?:切换(?:到|至)?|访问|进入)?(?:电脑版|電腦版|PC版|桌面版)(?:网站|页面)?", re.I)
# an address naming the phone version: the m. / wap. / 3g. host, a /m/ or /wap/ folder
_PHONE_ADDRESS = re.compile(r"^(?:m|wap|3g|mobile|phone)\.|/(?:m|wap|mobile|phone)(?:/|$)", re.I)
# what a way in enters on a page of many links: the portal's front, not one of the sites or topics beside it
_FRONT = re.compile(r"门户|首页|主页|主站")
_MAIN_FRAME = re.compile(r"main|content|body|center|centre|index|home|right|zhuti|zhengwen", re.I)
_SIDE_FRAME = re.compile(r"top|head|banner|menu|left|nav|bottom|foot|title|logo|daohang|dh\b", re.I)
_RESOURCE = re.compile(r"\.(?:css|js|png|jpe?g|gif|ico|svg|webp|bmp)(?:\?|$)", re.I)
THIN_TEXT = 1500  # a page with less visible text than this (and few links) may be a gateway
THIN_LINKS = 20
SPLASH_TEXT = 300
SPLASH_LINKS = 3
MAX_REFRESH_DELAY = 30.0  # seconds; a later refresh is a periodic reload, not a gateway


def base_url(tree: LexborHTMLParser, url: str, encoding: str = "utf-8") -> str:
    """What the page's relative URLs resolve against: its first `<base href>` (itself resolved against `url`),
    else `url`."""
    node = tree.css_first("base[href]")
    return (try_resolve(url, node.attributes.get("href") or "", encoding) or url) if node is not None else url


@dataclass(frozen=True)
class Hop:
    url: str  # as linked, absolute
    reason: str  # meta-refresh | script-redirect | frameset | iframe | splash


def next_hop(html: str | LexborHTMLParser, url: str, encoding: str = "utf-8") -> Hop | None:
    """Where a visitor of page `url` is sent on without choosing to, or None when the page is what they see."""
    tree = LexborHTMLParser(html) if isinstance(html, str) else html
    page = _Page(tree, url, encoding)
    return (page.meta_refresh() or page.frameset() or page.script_redirect() or page.iframe() or page.splash()
            or page.desktop_version() or page.challenge_reload())


# A cookie challenge's reload to a page of the site with a value its script works out appended to a query parameter
# (云锁: self.location="/index.html?security_verify_data="+stringToHex(screendate)): the path is the page behind it.
_CHALLENGE_RELOAD = re.compile(r"""\blocation(?:\.href)?\s*=\s*(['"])(/[^'"?#\s]*)\?[\w-]+=\1\s*\+""")


class _Page:
    def __init__(self, tree: LexborHTMLParser, url: str, encoding: str) -> None:
        self.tree = tree
        self.url = url
        self.encoding = encoding
        self.base = base_url(tree, url, encoding)
        body = tree.body
        self.text = visible_body_text(body) if body is not None else ""
        # the links matter only on a page with little text (a gateway); then the first THIN_LINKS tell enough
        self.links = self._site_links(THIN_LINKS) if len(self.text) < THIN_TEXT else {}

    def _target(self, href: str | None) -> str | None:
        target = try_resolve(self.base, href or "", self.encoding)
        return None if target == self.url else target  # exact: `/` sending on to `/index.shtml` is a hop

    def _site_links(self, limit: int) -> dict[str, list[LexborNode]]:
        """Distinct link targets of the page other than itself and its resources, with their anchors (the first
        `limit` + 1 found: enough to tell a gateway page)."""
        links: dict[str, list[LexborNode]] = {}
        for node in self.tree.css("a[href], area[href]"):
            target = self._target(node.attributes.get("href"))
            if target is not None and not _RESOURCE.search(target):
                links.setdefault(canonical(target), []).append(node)
                if len(links) > limit:
                    break
        return links

    @property
    def thin(self) -> bool:
        return len(self.text) < THIN_TEXT and len(self.links) < THIN_LINKS

    def meta_refresh(self) -> Hop | None:
        for node in self.tree.css("meta[http-equiv]"):
            if (node.attributes.get("http-equiv") or "").strip().lower() != "refresh" or _in_noscript(node):
                continue  # a refresh inside <noscript> is for browsers without scripts, not for visitors
            refresh = parse_refresh(node.attributes.get("content") or "")
            if refresh is None or not refresh[1] or refresh[0] > MAX_REFRESH_DELAY and not self.thin:
                continue
            target = self._target(refresh[1])
            if target is not None:
                return Hop(target, META_REFRESH)
        return None

    def frameset(self) -> Hop | None:
        frames = self.tree.css("frameset frame[src]")
        if not self.tree.css_first("frameset") or not frames:
            return None
        best: tuple[int, str] | None = None
        for node in frames:
            target = self._target(node.attributes.get("src"))
            if target is None:
                continue
            label = " ".join(node.attributes.get(a) or "" for a in ("name", "id", "src"))
            score = 2 * bool(_MAIN_FRAME.search(label)) - 2 * bool(_SIDE_FRAME.search(label)) + _star(node)
            if best is None or score > best[0]:
                best = (score, target)
        return Hop(best[1], FRAMESET) if best else None

    def challenge_reload(self) -> Hop | None:
        """A firewall's cookie challenge (`blocked.is_blocked`: a small page whose script sets a cookie and reloads)
        sending the browser on to a page of the site with a worked-out value appended (`_CHALLENGE_RELOAD`): the page
        behind the check, without that value (`/index.html`). Without the check's cookie that page may answer the
        challenge again: then it is read as it answers."""
        html = self.tree.html or ""
        if not is_blocked(200, html):
            return None
        match = _CHALLENGE_RELOAD.search(html)
        target = self._target(match.group(2)) if match is not None else None
        return Hop(target, SCRIPT_REDIRECT) if target is not None else None

    def script_redirect(self) -> Hop | None:
        scripts = [n.text(deep=True) or "" for n in self.tree.css("script") if _is_js(n)]
        body = self.tree.body
        if body is not None and body.attributes.get("onload"):
            scripts.append(body.attributes.get("onload") or "")
        every = "\n".join(scripts)
        defs: dict[str, str] | None = None   # the scripts' variables, read once a redirect is found
        for script in scripts:
            for match in SCRIPT_REDIRECT_TO.finditer(script):
                href = match.group(2) or match.group(4) or match.group(6)
                defs = definitions(every) if defs is None else defs
                verdict = _context(script, match.start(), defs)
                if verdict.startswith("function "):  # a function: a hop only if the page calls it on its own
                    name = re.escape(verdict.split(" ", 1)[1])
                    called = re.search(rf"(?<!function )\b{name}\s*\(|setTimeout\s*\(\s*[\"']?{name}\b", every)
                    verdict = "maybe" if called else "no"
                if verdict == "no" or (verdict == "maybe" and not self.thin):
                    continue
                target = self._target(href)
                if target is not None:
                    return Hop(target, SCRIPT_REDIRECT)
        return None

    def iframe(self) -> Hop | None:
        body = self.tree.body
        if body is None or len(self.text) > 50:
            return None
        frames = body.css("iframe[src]")
        if len(frames) != 1 or len(self.links) > SPLASH_LINKS:
            return None
        target = self._target(frames[0].attributes.get("src"))
        return Hop(target, IFRAME) if target else None

    def splash(self) -> Hop | None:
        if len(self.text) > SPLASH_TEXT or not self.links:
            return None
        if len(self.links) > SPLASH_LINKS:
            return self._front_door()

        for nodes in self.links.values():
            for node in nodes:
                if ENTRY_WORDS.search(_label(node)):
                    return self._hop_to(node)
        if len(self.links) == 1:
            return self._hop_to(next(iter(self.links.values()))[0])
        for nodes in self.links.values():
            if any(_DEFAULT_VERSION.search(_label(n)) for n in nodes):
                return self._hop_to(nodes[0])
        return None

    def desktop_version(self) -> Hop | None:
        """A phone page at the seed (little on it, or an address naming the phone version: m.host, /wap/) linking its
        desktop version (电脑版, 切换到电脑版) sends the desktop visitor the evaluation stands for there. A desktop
        page's own 电脑版 link (to itself) is no hop."""
        parts = urlsplit(self.url)
        if not (self.thin or _PHONE_ADDRESS.search(parts.netloc + parts.path)):
            return None
        for node in self.tree.css("a[href]"):
            if _DESKTOP_LINK.fullmatch(" ".join(_label(node).split())):
                return self._hop_to(node)
        return None

    def _front_door(self) -> Hop | None:
        """A short page of many links (a 站群 selector: 某市政府网站群, one large 某市人民政府门户网站 · 进入门户 button above
        the counties' and departments' sites) sends the visitor through its one way in to the front of the portal:
        the single target on the page's host whose link says it enters (`ENTRY_WORDS`) a front page (门户, 首页, 主站).
        Two such targets (进入门户 beside 进入首页 elsewhere), or none, and the page stays what the visitor sees."""
        host = urlsplit(self.url).netloc
        door: tuple[str, str, LexborNode] | None = None   # (key, host, link)
        for node in self.tree.css("a[href], area[href]"):
            label = _label(node)
            if not (ENTRY_WORDS.search(label) and _FRONT.search(label)):
                continue
            target = self._target(node.attributes.get("href"))
            if target is None or _RESOURCE.search(target):
                continue
            key = canonical(target)
            if door is not None and door[0] != key:
                return None
            door = (key, urlsplit(target).netloc, node)
        return self._hop_to(door[2]) if door and door[1] == host else None

    def _hop_to(self, node: LexborNode) -> Hop | None:
        target = self._target(node.attributes.get("href"))
        return Hop(target, SPLASH) if target else None


def _in_noscript(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "noscript":
            return True
        parent = parent.parent
    return False


def _is_js(node: LexborNode) -> bool:
    kind = (node.attributes.get("type") or "").lower()
    return not node.attributes.get("src") and (not kind or "javascript" in kind or kind in ("module", "text/ecmascript"))


def _label(node: LexborNode) -> str:
    parts = [node.text(deep=True) or "", node.attributes.get("title") or "", node.attributes.get("alt") or ""]
    parts += [(img.attributes.get("alt") or "") + " " + (img.attributes.get("title") or "") for img in node.css("img")]
    return " ".join(parts)


def _star(node: LexborNode) -> int:
    """1 when the frame takes the remaining space (`*`) of its frameset's rows or cols."""
    parent = node.parent
    if parent is None or parent.tag != "frameset":
        return 0
    sizes = [s.strip() for s in (parent.attributes.get("rows") or parent.attributes.get("cols") or "").split(",")]
    siblings = [sib.mem_id for sib in parent.iter() if sib.tag in ("frame", "frameset")]
    index = siblings.index(node.mem_id) if node.mem_id in siblings else len(sizes)
    return int(index < len(sizes) and sizes[index].endswith("*"))


def _context(script: str, at: int, defs: dict[str, str]) -> str:
    """Whether a redirect statement at `at` runs for every desktop visitor: yes, no, maybe (a condition we
    cannot read: only believed on a page with almost no content), or "function NAME" (inside that function).
    A condition a desktop browser evaluates to false (`device.phones_only`: a phone's user agent, a small
    screen) makes it "no", wherever it sits — in a named function (`browserRedirect()`) too."""
    openers = block_heads(script, at)
    truths = head_truths(openers, defs)   # each `if`'s value for a desktop browser, read once
    if phones_only(openers, defs, truths):
        return "no"   # a branch for phones (or old browsers) only
    verdict = "yes"
    for opener, cond in zip(openers, truths, strict=True):
        named = _NAMED_FUNCTION.search(opener.strip())
        if named:
            return "function " + named.group(1)
        if cond:
            text, truth = cond
            if truth is True:
                continue   # runs for a desktop visitor
            if _DEVICE.search(text) and not _NEGATED.search(text):
                return "no"
            verdict = "maybe" if not _DEVICE.search(text) else verdict
        elif _ELSE.search(opener):
            verdict = "maybe" if verdict == "yes" else verdict
        elif "?" in opener or "&&" in opener or "||" in opener:
            verdict = "maybe"
    return verdict
