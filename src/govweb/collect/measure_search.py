"""Site search, the pure part: find the search form on a page, choose a recent article's title to search for,
build the submission, and judge whether the results page lists the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlencode, urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.collect.decode import normalize_encoding

_SEARCH_WORDS = re.compile(r"搜索|检索|查询|搜一搜|站内|全文|search|sousuo|jsearch|query|keyword|\bso\b|find", re.I)
_HINT_WORDS = re.compile(r"搜索|检索|查询|关键|请输入|search|keyword", re.I)
_QUERY_NAMES = {
    "q", "query", "keyword", "keywords", "searchword", "searchkey", "searchtext", "searchvalue", "wd", "kw", "key",
    "keys", "word", "sw", "qt", "search", "s", "text", "title", "content",
}
_QUERY_NAME_PARTS = re.compile(r"search|keyword|query|word|sousuo", re.I)
_TEXT_TYPES = {"", "text", "search"}
_SKIP_TYPES = {"submit", "image", "button", "reset", "file", "password"}
_MIN_SCORE = 3

# Title separators between an article's title and the site name: "标题_某某市人民政府", "某某网 - 标题".
_AFFIX_MARKS = "-_|｜—–·"
_SEPARATORS = re.compile(r"\s*(?:[_|｜—–·]+|\s-\s|--)\s*")
_URL_DATE = re.compile(r"(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])?")
_ARTICLE_URL = re.compile(
    r"(?:/t\d{8}_\d+|/art_\d+|content_\d+|/c\d+/|detail|article|/\d{4,}\.s?html?$|/\d{4,}\.jhtml$|[?&](?:id|articleid|docid|infoid)=\d)",
    re.I,
)
_NON_ARTICLE = re.compile(r"index|list|column|lanmu|search|/$", re.I)
_BRACKETS = re.compile(r"【[^】]*】|\[[^\]]*\]|（[^）]*）|\([^)]*\)")
_CLAUSES = re.compile(r"[，,：:；;！!？?。、“”\"《》〈〉\s]+")
_NO_RESULT = re.compile(
    r"没有找到|未找到|无相关|暂无(?:相关)?(?:结果|信息|数据)|共\s*0\s*条|找到\s*0\s*条|0\s*条结果|无结果|没有检索到|未检索到|"
    r"no results", re.I,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|⋯+)$")
MAX_QUERY_CHARS = 38
MIN_MAIN_CHARS = 6


@dataclass
class SearchForm:
    form_url: str
    action: str
    method: str  # GET | POST
    query_field: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # the other fields, as a browser would send them
    charset: str = "utf-8"

    def submission(self, query: str) -> tuple[str, bytes | None]:
        """The URL to request and, for POST, the urlencoded body (in the form's charset)."""
        pairs = [(self.query_field, query), *self.fields]
        encoded = urlencode(pairs, encoding=self.charset, errors="xmlcharrefreplace")
        if self.method == "POST":
            return self.action, encoded.encode("ascii")
        parts = urlsplit(self.action)
        query_string = f"{parts.query}&{encoded}" if parts.query else encoded
        return urlunsplit((parts.scheme, parts.netloc, parts.path, query_string, "")), None


def _attr(node: LexborNode, name: str) -> str:
    return (node.attributes.get(name) or "").strip()


def _text_inputs(form: LexborNode) -> list[LexborNode]:
    return [i for i in form.css("input") if _attr(i, "type").lower() in _TEXT_TYPES and _attr(i, "name")]


def _input_score(node: LexborNode) -> int:
    name = _attr(node, "name").lower()
    score = 3 if name in _QUERY_NAMES or _QUERY_NAME_PARTS.search(name) else 0
    hints = " ".join(_attr(node, a) for a in ("placeholder", "value", "title", "aria-label", "id", "class"))
    return score + (2 if _HINT_WORDS.search(hints) else 0)


def _form_score(form: LexborNode) -> int:
    if form.css_first("input[type=password]"):
        return -1  # a login form
    score = 3 if _SEARCH_WORDS.search(_attr(form, "action")) else 0
    labels = " ".join(_attr(form, a) for a in ("id", "class", "name", "role"))
    score += 2 if _SEARCH_WORDS.search(labels) else 0
    score += max((_input_score(i) for i in _text_inputs(form)), default=0)
    buttons = " ".join(
        [_attr(b, "value") + _attr(b, "alt") for b in form.css("input[type=submit], input[type=image]")]
        + [b.text(strip=True) or "" for b in form.css("button")]
    )
    score += 1 if _HINT_WORDS.search(buttons) else 0
    return score - (1 if len(_text_inputs(form)) > 3 else 0)


def _other_fields(form: LexborNode, query_input: LexborNode) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    submit_taken = False
    for node in form.css("input, select, textarea"):
        name = _attr(node, "name")
        if not name or node.mem_id == query_input.mem_id or "disabled" in node.attributes:
            continue
        if node.tag == "select":
            chosen = node.css_first("option[selected]") or node.css_first("option")
            if chosen is not None:
                fields.append((name, chosen.attributes.get("value") or (chosen.text(strip=True) or "")))
            continue
        if node.tag == "textarea":
            fields.append((name, node.text() or ""))
            continue
        kind = _attr(node, "type").lower()
        if kind in ("checkbox", "radio"):
            if "checked" in node.attributes:
                fields.append((name, node.attributes.get("value") or "on"))
        elif kind == "submit":
            if not submit_taken:  # the button a user clicks is sent too
                fields.append((name, node.attributes.get("value") or ""))
                submit_taken = True
        elif kind not in _SKIP_TYPES:
            fields.append((name, node.attributes.get("value") or ""))
    return fields


def find_search_form(html: str, page_url: str, page_encoding: str | None = None) -> SearchForm | None:
    """The page's site-search form (a form with a text input whose action/name/placeholder suggests search)."""
    tree = LexborHTMLParser(html)
    best: tuple[int, LexborNode] | None = None
    for form in tree.css("form"):
        if not _text_inputs(form):
            continue
        score = _form_score(form)
        if score >= _MIN_SCORE and (best is None or score > best[0]):
            best = (score, form)
    if best is None:
        return None
    form = best[1]
    action_attr = _attr(form, "action")
    if action_attr.lower().startswith("javascript:"):
        action_attr = ""
    base = tree.css_first("base[href]")
    base_url = urljoin(page_url, _attr(base, "href")) if base is not None else page_url
    query_input = max(_text_inputs(form), key=_input_score)
    declared = _attr(form, "accept-charset").split(",")[0].split()[0] if _attr(form, "accept-charset") else None
    charset = normalize_encoding(declared) or normalize_encoding(page_encoding) or "utf-8"
    return SearchForm(
        form_url=page_url,
        action=urljoin(base_url, action_attr) if action_attr else page_url,
        method="POST" if _attr(form, "method").upper() == "POST" else "GET",
        query_field=_attr(query_input, "name"),
        fields=_other_fields(form, query_input),
        charset=charset,
    )


@dataclass(frozen=True)
class SearchBox:
    """A search box no form submits (a script builds the results URL): the text input and the control a visitor
    clicks, as positions among the page's elements in document order (`document.querySelectorAll('*')`)."""

    box: int
    button: int | None
    box_tag: str = "input"
    button_tag: str | None = None


_BUTTONS = {"button", "input", "a", "img", "span", "div", "i", "em", "b", "label", "p", "li", "td"}
_BUTTON_TYPES = {"button", "submit", "image"}
BUTTON_LEVELS = 3   # how far up from the box its button may sit (the box's wrapper and the wrapper's wrapper)


def _button_label(node: LexborNode) -> str:
    labels = " ".join(_attr(node, a) for a in ("value", "alt", "title", "id", "class", "onclick", "src", "href",
                                               "aria-label"))
    return labels + " " + (node.text(deep=True, strip=True) or "")[:12]


def _is_button(node: LexborNode) -> bool:
    if node.tag not in _BUTTONS:
        return False
    if node.tag == "input" and _attr(node, "type").lower() not in _BUTTON_TYPES:
        return False
    clickable = node.tag in ("button", "input", "a", "img") or "onclick" in node.attributes
    return clickable and bool(_HINT_WORDS.search(_button_label(node)) or _SEARCH_WORDS.search(_button_label(node)))


def _button_near(box: LexborNode, position: dict[int, int]) -> LexborNode | None:
    """The first search button after the box inside its wrapper (or the wrapper's wrapper …)."""
    wrapper = box.parent
    for _ in range(BUTTON_LEVELS):
        if wrapper is None or wrapper.tag in ("body", "html"):
            return None
        after = [n for n in wrapper.css("*") if position.get(n.mem_id, -1) > position[box.mem_id] and _is_button(n)]
        if after:
            return after[0]
        wrapper = wrapper.parent
    return None


def find_search_box(html: str) -> SearchBox | None:
    """The site's search box when no form submits it: a text input outside any form whose name, id or hints say
    search/keyword (`_input_score`), or whose search button sits next to it. A form's inputs are
    `find_search_form`'s."""
    tree = LexborHTMLParser(html)
    position = {node.mem_id: i for i, node in enumerate(tree.css("*"))}
    best: tuple[int, LexborNode, LexborNode | None] | None = None
    for node in tree.css("input"):
        if _attr(node, "type").lower() not in _TEXT_TYPES or "disabled" in node.attributes:
            continue
        if any(a.tag == "form" for a in _ancestors(node)):
            continue
        button = _button_near(node, position)
        score = _input_score(node) + (3 if _HINT_WORDS.search(_attr(node, "name") + _attr(node, "id")) else 0)
        score += 2 if button is not None else 0
        if score >= _MIN_SCORE and (best is None or score > best[0]):
            best = (score, node, button)
    if best is None:
        return None
    _, box, button = best
    return SearchBox(position[box.mem_id], position[button.mem_id] if button is not None else None,
                     box.tag or "input", button.tag if button is not None else None)


def _ancestors(node: LexborNode) -> list[LexborNode]:
    out = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def _title_parts(title: str) -> list[str]:
    return [p for p in _SEPARATORS.split(title.strip()) if p]


def strip_site_name(title: str, site_names: Iterable[str] = ()) -> str:
    """An article title without the site name its page title carries ("标题_某某市人民政府" → "标题")."""
    names = {n.strip() for n in site_names if n and len(n.strip()) >= 2}
    names |= {p for n in list(names) for p in _title_parts(n) if len(p) >= 2}
    title = title.strip()
    for name in sorted(names, key=len, reverse=True):  # "标题-某某市人民政府": a bare hyphen is no separator elsewhere
        head = title[: -len(name)].rstrip() if title.endswith(name) else ""
        if head and head[-1] in _AFFIX_MARKS and len(head) > len(name):
            return head.rstrip(_AFFIX_MARKS + " ")
    parts = _title_parts(title)
    if len(parts) <= 1:
        return title
    kept = [p for p in parts if p not in names]
    if not kept:
        return parts[0]
    if len(kept) == len(parts):  # the site name is unknown: drop the trailing (or leading) short part
        return max(parts, key=len)
    return max(kept, key=len)


def common_suffix(titles: list[str]) -> str | None:
    """The separator-led suffix (site name) most page titles share, if any."""
    tails = [_title_parts(t)[-1] for t in titles if len(_title_parts(t)) > 1]
    if len(tails) < 2:
        return None
    best = max(set(tails), key=tails.count)
    return best if tails.count(best) * 2 >= len(tails) else None


def _url_date(url: str) -> str:
    match = _URL_DATE.search(url)
    return "".join(g or "00" for g in match.groups()) if match else ""


def looks_like_article(url: str) -> bool:
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    last = path.rsplit("/", 1)[-1]
    return bool(_ARTICLE_URL.search(path)) and not _NON_ARTICLE.search(last or "/")


def query_from_crawl(crawl: Mapping[str, Any]) -> str | None:
    """A recent article's title from crawl.json: dated article URLs newest first, else the first article page
    reached (breadth-first, so one linked from the homepage), stripped of the site name."""
    pages = [p for p in crawl.get("pages", []) if isinstance(p, dict)]
    seed = crawl.get("seed")
    home = next((p for p in pages if p.get("url") == seed or p.get("depth") == 0), None)
    site_names = [home["title"]] if home and home.get("title") else []
    ok = [
        p for p in pages
        if p.get("kind") == "page" and p.get("status") == 200 and not p.get("error") and p.get("title")
        and p is not home and looks_like_article(str(p.get("url")))
    ]
    if not ok:
        return None
    suffix = common_suffix([str(p["title"]) for p in ok])
    if suffix:
        site_names.append(suffix)
    ranked = sorted(enumerate(ok), key=lambda ip: (_url_date(str(ip[1]["url"])), -ip[0]), reverse=True)
    for _, page in ranked:
        title = strip_site_name(str(page["title"]), site_names)
        if len(_CJK.findall(title)) >= 4:
            return title
    return None


def query_from_homepage(html: str) -> str | None:
    """The first linked item of the homepage's news lists (list items whose link reads like an article title)."""
    tree = LexborHTMLParser(html)
    for anchor in tree.css("li a[href], td a[href], dd a[href]"):
        text = (anchor.attributes.get("title") or anchor.text(strip=True) or "").strip()
        text = text.rstrip(".…").strip()
        if len(_CJK.findall(text)) >= 8 and looks_like_article(anchor.attributes.get("href") or ""):
            return text
    return None


def main_part(title: str) -> str:
    """The longest clause of a title without bracketed asides: what a results page surely shows."""
    bare = _BRACKETS.sub("", title)
    clauses = [c for c in _CLAUSES.split(bare) if c]
    return max(clauses, key=len) if clauses else title


def query_text(title: str) -> str:
    """What to type into the search box: the title, or its main part when the title is very long."""
    return title if len(title) <= MAX_QUERY_CHARS else main_part(title)[:MAX_QUERY_CHARS]


def _squash(text: str) -> str:
    return "".join(text.split())


def results_list(html: str, title: str) -> bool:
    """Does a results page list the article? A link's text (or title) must hold the title or its main part;
    plain text counts only on a page that does not say it found nothing (the query is often echoed back)."""
    needles = {_squash(title)}
    main = _squash(main_part(title))
    if len(main) >= MIN_MAIN_CHARS:
        needles.add(main)
    tree = LexborHTMLParser(html)
    for anchor in tree.css("a"):
        shown = _squash(anchor.text(deep=True) or "")
        text = shown + _squash(anchor.attributes.get("title") or "")
        if any(n in text for n in needles):
            return True
        cut = _ELLIPSIS.sub("", shown)  # a title the results list shortened: "关于做好冬季安全…"
        if cut != shown and len(cut) >= MIN_MAIN_CHARS and any(n.startswith(cut) for n in needles):
            return True
    visible = _visible_text(tree, "script, style, title, noscript, input, textarea")
    return not _NO_RESULT.search(visible) and any(visible.count(n) >= 2 for n in needles)


def _visible_text(tree: LexborHTMLParser, hidden: str) -> str:
    """The body's text without the elements `hidden` selects (removed from `tree`), whitespace squashed."""
    for node in tree.css(hidden):
        node.decompose()
    body = tree.body
    return _squash(body.text(deep=True) or "") if body is not None else ""


def answers_query(html: str, url: str, query: str) -> bool:
    """Is this page an answer to `query` — does it echo the query (in its address, its text or a box's value) or
    say it found nothing? A page that does neither (a search page a link led to, the homepage again) is no
    results page."""
    needles = {_squash(query), _squash(main_part(query))} - {""}
    address = {_squash(unquote(url, encoding=e, errors="ignore")) for e in ("utf-8", "gb18030")}
    if any(n in a for n in needles for a in address):
        return True
    tree = LexborHTMLParser(html)
    values = " ".join(_attr(i, "value") for i in tree.css("input"))
    visible = _visible_text(tree, "script, style, noscript")
    return bool(_NO_RESULT.search(visible)) or any(n in visible or n in _squash(values) for n in needles)
