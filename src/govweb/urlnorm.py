"""URLs two ways, for every stage: as a visitor's browser fetches them, and the canonical key pages are
deduplicated on.

* `resolve(base, href)` / `normalize(url)` — the URL *as linked*: absolute, dot segments resolved, scheme and host
  lower-cased, default port, fragment and user info dropped, unsafe characters percent-encoded (the query in the
  page's own encoding, as browsers do) — but parameters never reordered or removed. This is the URL the crawler
  fetches, archives and cites as evidence.
* `readable(url)` — that URL as a browser's address bar shows it, for reports: Chinese written as Chinese, not as
  percent-escapes; clicking it fetches the very same URL.
* `canonical(url)` — the key for "is this the same page?": w3lib's `canonicalize_url` (Scrapy's: sorted query,
  normalised escapes) plus what a crawl of government sites needs on top: session ids (`;jsessionid=…`,
  `PHPSESSID=…`, token-like `sid`) removed, and a directory's index document (`/`, `/index.html`,
  `/index.shtml`, `/default.htm` …) folded into the directory.

Neither raises anything but `UnsupportedURL` (a ValueError): a malformed URL (`http://[::1/bad`, a port of
99999, an unencodable host) is never a crash of the caller.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit

from w3lib.url import canonicalize_url, safe_url_string

DEFAULT_PORTS = {"http": 80, "https": 443}
_DEFAULT_PORT_TEXT = {"http": "80", "https": "443"}
# Query keys that always carry a session id; `sid` only when its value looks like a token.
SESSION_KEYS = frozenset(
    {"jsessionid", "phpsessid", "aspsessionid", "sessionid", "session_id", "sessid", "cfid", "cftoken", "zfsessionid"}
)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "about:", "ftp:", "file:", "vbscript:", "blob:")
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{16,}")
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#;]*", re.I)
# A directory's index document: the same page as the directory itself.
_INDEX_DOC = re.compile(r"/(?:index|default)\.(?:s?html?|jsp|jspx|php|aspx?|jhtml|cgi)$", re.I)
_HOST_OK = re.compile(r"[a-z0-9._~!$&'()*+,;=%-]+")
_WS = " \t\n\r\f\v\x00"
_PLAIN_HOST = re.compile(r"https?://([a-z0-9_~!$&'()*+,;=%-]+(?:\.[a-z0-9_~!$&'()*+,;=%-]+)*)(?::\d{1,5})?[/?]")
# A URL already in browser form: lower-case host, a port other than the default, a path with nothing a browser
# would escape or rewrite, no query or fragment.
_PLAIN = re.compile(r"((?:http|https)://([a-z0-9_~!$&'()*+,;=%-]+(?:\.[a-z0-9_~!$&'()*+,;=%-]+)*(?::([1-9]\d{0,4}))?))"
                    r"(/[A-Za-z0-9/_.~!$&'()*+,=:@-]*)")


class UnsupportedURL(ValueError):
    """Not a usable http(s) URL; `reason` says why: scheme (another one), host (none, or not a host name), port
    (not 1–65535), syntax (unparseable, e.g. an unclosed IPv6 bracket)."""

    def __init__(self, url: str, reason: str = "syntax") -> None:
        super().__init__(url)
        self.reason = reason


@dataclass(frozen=True)
class SplitURL:
    """An absolute http(s) URL taken apart and checked: lower-case scheme and host (IDNA, no trailing dot,
    IPv6 in brackets), the port only when it is not the scheme's default."""

    scheme: str
    host: str
    port: int | None
    path: str  # as given (may be empty)
    query: str
    fragment: str
    userinfo: bool  # the URL carried user:password@

    @property
    def netloc(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"


def split_url(url: str) -> SplitURL:
    """Take an absolute http(s) URL apart (see SplitURL); UnsupportedURL with its reason otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        reason = "port" if "port" in str(exc).lower() else "syntax"
        raise UnsupportedURL(url, reason) from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise UnsupportedURL(url, "scheme")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsupportedURL(url, "host")
    if ":" in host:  # an IPv6 literal (urlsplit checked its brackets)
        host = f"[{host}]"
    else:
        try:
            host = host.encode("idna").decode("ascii") if not host.isascii() else host
        except UnicodeError as exc:
            raise UnsupportedURL(url, "host") from exc
        if not _HOST_OK.fullmatch(host) or ".." in host:
            raise UnsupportedURL(url, "host")
    return SplitURL(scheme, host, None if port == DEFAULT_PORTS[scheme] else port, parts.path, parts.query,
                    parts.fragment, parts.username is not None or parts.password is not None)


def _remove_dot_segments(path: str) -> str:
    if "/." not in path and not path.startswith("."):
        return path
    norm = posixpath.normpath(path)
    if norm.startswith("//"):
        norm = "/" + norm.lstrip("/")
    if path.endswith(("/", "/.", "/..")) and norm != "/":
        norm += "/"
    return norm


def _split_plain(url: str) -> tuple[str, str, str] | None:
    """(origin, netloc, path) of a URL that is already in browser form with no query, else None."""
    match = _PLAIN.fullmatch(url)
    if match is None:
        return None
    origin, netloc, port, path = match.group(1, 2, 3, 4)
    if port and (int(port) > 65535 or port == _DEFAULT_PORT_TEXT[url[: url.find(":")]]) or "/." in path or ".." in netloc:
        return None
    return origin, netloc, path


@lru_cache(maxsize=65_536)
def normalize(url: str, encoding: str = "utf-8") -> str:
    """The browser form of an absolute http(s) URL (see the module doc); UnsupportedURL if it has none."""
    if _split_plain(url) is not None:
        return url
    text = url.strip(_WS)
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\t", "").replace("\n", "").replace("\r", "")
    head, sep, tail = text.partition("?")
    if "\\" in head:  # browsers read a backslash as a slash in http(s) paths
        head = head.replace("\\", "/")
    parts = split_url(head + sep + tail)
    path = _remove_dot_segments(parts.path or "/")
    if not path.startswith("/"):
        path = "/" + path
    rebuilt = f"{parts.scheme}://{parts.netloc}{path}" + (f"?{parts.query}" if parts.query else "")
    if _split_plain(rebuilt) is not None:
        return rebuilt
    try:
        return safe_url_string(rebuilt, encoding=encoding, quote_path=True)
    except (UnicodeError, ValueError) as exc:
        raise UnsupportedURL(url) from exc


def resolve(base: str, href: str, encoding: str = "utf-8") -> str | None:
    """The absolute URL a link `href` on page `base` (in browser form) points to, as linked (see the module doc).

    None for what is not a web link (empty, a fragment, javascript:, mailto: …); UnsupportedURL for a malformed
    one (a broken link of its page)."""
    href = href.strip(_WS)
    if not href or href[0] == "#":
        return None
    if href.startswith(("http://", "https://")):
        joined = href
    elif href[0] == "/" and not href.startswith("//") and not href.startswith("/\\"):
        joined = base[: base.find("/", base.find("//") + 2)] + href
    else:
        if href[:11].lower().lstrip().startswith(_SKIP_SCHEMES):
            return None
        try:
            joined = urljoin(base, href)
        except ValueError as exc:
            raise UnsupportedURL(href) from exc
        if not joined.lower().startswith(("http://", "https://")):
            if ":" in href.split("/", 1)[0]:  # another scheme (weixin:, ftp: …): not ours to follow
                return None
            raise UnsupportedURL(href)
    hash_at = joined.find("#")
    if hash_at >= 0:
        joined = joined[:hash_at]
    return normalize(joined, encoding)


def try_resolve(base: str, href: str, encoding: str = "utf-8") -> str | None:
    """`resolve`, with malformed links read as no link."""
    try:
        return resolve(base, href, encoding)
    except UnsupportedURL:
        return None


def _is_session_param(pair: str) -> bool:
    key, _, value = pair.partition("=")
    key = key.lower()
    if key in SESSION_KEYS or key.startswith("aspsessionid"):
        return True
    return key == "sid" and bool(_TOKEN.fullmatch(value))


@lru_cache(maxsize=131_072)
def canonical(url: str) -> str:
    """The de-duplication key of an http(s) URL (see the module doc); UnsupportedURL if it is not one."""
    plain = _split_plain(url)
    if plain is not None and not _INDEX_DOC.search(plain[2]):
        return url  # w3lib leaves such a URL unchanged (tested)
    browser = normalize(url)
    text = canonicalize_url(browser)
    head, _, query = text.partition("?")
    if ";" in head:
        head = _PATH_SESSION.sub("", head)
    head = _INDEX_DOC.sub("/", head)
    if query:
        query = "&".join(p for p in query.split("&") if p and not _is_session_param(p))
    return f"{head}?{query}" if query else head


def try_canonical(url: str) -> str | None:
    """`canonical`, with what is not an http(s) URL read as having no key."""
    try:
        return canonical(url)
    except UnsupportedURL:
        return None


def page_key(url: str) -> str:
    """`canonical`, with what is not an http(s) URL keyed as given: for comparing pages named in data."""
    return try_canonical(url) or url


def same_page(a: str, b: str) -> bool:
    """Whether two URLs are one page by their canonical keys (False if either is not an http(s) URL)."""
    try:
        return canonical(a) == canonical(b)
    except UnsupportedURL:
        return False


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Characters an address bar never shows decoded: controls, format characters (bidi overrides), separators, unassigned.
_HIDDEN = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zs", "Zl", "Zp"})


def _readable_escapes(match: re.Match[str]) -> str:
    raw = match.group(0)
    try:
        text = bytes.fromhex(raw.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return raw  # not UTF-8 (a GBK query …): left as the site wrote it
    return "".join(ch if ord(ch) > 127 and unicodedata.category(ch) not in _HIDDEN else quote(ch, safe="")
                   for ch in text)


def readable(url: str) -> str:
    """An http(s) URL as a browser's address bar shows it, for people reading a report: percent-escapes of
    non-ASCII UTF-8 characters in path and query decoded (`/%E7%95%99%E8%A8%80.html` → `/留言.html`), an IDNA host in
    Unicode; escapes of ASCII characters (%20, %2F, %26 …), of invisible characters and of bytes that are not UTF-8
    stay escaped, so the text still names the same URL (a browser encodes it back byte for byte). Anything that is
    not an http(s) URL is returned as given."""
    if not url.startswith(("http://", "https://")) or ("%" not in url and "xn--" not in url):
        return url
    scheme_end = url.find("//") + 2
    host_end = min((i for i in (url.find(c, scheme_end) for c in "/?#") if i >= 0), default=len(url))
    netloc, rest = url[scheme_end:host_end], url[host_end:]
    if "xn--" in netloc.lower():
        host, colon, port = netloc.partition(":")
        with contextlib.suppress(UnicodeError):
            netloc = host.encode("ascii").decode("idna") + colon + port
    return url[:scheme_end] + netloc + _ESCAPES.sub(_readable_escapes, rest)


_URL_IN_TEXT = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def readable_text(text: str | None) -> str:
    """`text` (a finding's message, a warning) with every http(s) URL in it made `readable`."""
    if not text or ("%" not in text and "xn--" not in text):
        return text or ""
    return _URL_IN_TEXT.sub(lambda m: readable(m.group(0)), text)


@lru_cache(maxsize=16)
def _index_name(extensions: tuple[str, ...] | None, paged: bool) -> re.Pattern[str]:
    ending = "|".join(map(re.escape, extensions)) if extensions is not None else r"\w+"
    page = r"(?:_\d+)?" if paged else ""
    return re.compile(rf"(?:index|default){page}\.(?:{ending})", re.I)


def front_page(url: str, extensions: tuple[str, ...] | None = None) -> bool:
    """Whether `url` is its host's front page, whatever its query: the root (`/`, or no path) or an index document
    there (`/index.html`, `/DEFAULT.ASPX`). `extensions`: the endings such a document may have (case ignored; None:
    any word, `/index.do` too)."""
    path = urlsplit(url).path or "/"
    return path == "/" or path[0] == "/" and _index_name(extensions, False).fullmatch(path[1:]) is not None


def index_document(url: str, paged: bool = False) -> bool:
    """Whether `url` names an index document in any folder, whatever its query (`/xw/index.html`, `/default.aspx`;
    any ending): the folder's own page, no document in it. `paged`: a later page of the folder's list too
    (`/xw/index_2.html`)."""
    path = urlsplit(url).path
    return _index_name(None, paged).fullmatch(path[path.rfind("/") + 1:]) is not None


def host_of(url: str) -> str:
    """The lower-case host of a URL ('' when it has none or cannot be parsed)."""
    match = _PLAIN_HOST.match(url)
    if match is not None:  # browser form (the crawler's URLs): no parsing needed
        return match.group(1)
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def without_query_and_fragment(url: str) -> str:
    """A URL (or a path) up to its query or fragment, whichever comes first: `http://h/a/b.html?x#y` and
    `http://h/a/b.html#y?x` → `http://h/a/b.html`."""
    return url.partition("#")[0].partition("?")[0]


def folder_of(url: str) -> str:
    """The URL of the folder holding a page, query and fragment dropped: `http://h/a/b.html?x` → `http://h/a/`."""
    head = without_query_and_fragment(url)
    return head[: head.rfind("/") + 1]


def origin_of(url: str) -> str:
    """scheme://netloc of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# Host labels and folders that name a kind of page or a platform, never one site (www.x.gov.cn, xxgk.x.gov.cn …).
_GENERIC_NAMES = frozenset({"www", "wap", "m", "gov", "zf", "xxgk", "zwgk", "gk", "open", "portal", "site", "sites",
                            "web", "col", "art", "html", "index", "cn", "bm", "dept", "xz", "jd", "ztzl", "news",
                            "en", "english", "zwfw", "bsfw", "hdjl", "search", "data"})


def names_a_site(folder: str) -> bool:
    """Whether a folder name could name one site (`xqz`, `hezhen`), not a kind of page or a platform (`xxgk`, `www`)."""
    return len(folder) >= 2 and folder.lower() not in _GENERIC_NAMES


def gov_domain(host: str) -> str | None:
    """The registrable domain of a host under gov.cn (`xxgk.lanshi.gov.cn` → `lanshi.gov.cn`), else None: gov.cn is
    a public suffix, so its registrable domains are exactly one label deep."""
    labels = host.lower().rstrip(".").split(".")
    return ".".join(labels[-3:]) if len(labels) >= 3 and labels[-2:] == ["gov", "cn"] else None


_DISCLOSURE_HOSTS = frozenset({"xxgk", "zwgk", "gk"})   # a government's 信息公开 system on a host of its own


def on_portal_disclosure_host(site_url: str, url: str) -> bool:
    """Whether `url` is on the 信息公开 host of the government whose portal the site is: the site is its domain's front
    (`www.liaoping.gov.cn/`, no name below the domain), `url` on that domain's disclosure host (`xxgk.liaoping.gov.cn`)
    — the county's own older 信息公开 system, its 指南, 目录 and 年报."""
    host, site_host = host_of(url), host_of(site_url)
    domain = gov_domain(site_host)
    if domain is None or gov_domain(host) != domain or urlsplit(site_url).path.strip("/"):
        return False
    return site_host in (domain, f"www.{domain}") and host[: -len(domain) - 1] in _DISCLOSURE_HOSTS


def on_portal_domain(site_url: str, url: str) -> bool:
    """Whether `url` is on another host of the gov.cn domain whose front the site is (`www.liaoping.gov.cn/`, no name
    below the domain): a system of that government's own on a host of its own (its letters at `hd.liaoping.gov.cn`)."""
    host, site_host = host_of(url), host_of(site_url)
    domain = gov_domain(site_host)
    if domain is None or gov_domain(host) != domain or urlsplit(site_url).path.strip("/"):
        return False
    return site_host in (domain, f"www.{domain}") and host not in (domain, f"www.{domain}")


@lru_cache(maxsize=64)
def site_names(site_url: str) -> frozenset[str]:
    """The names a site goes by inside a shared platform: the first meaningful label of its host below the
    registrable gov.cn domain (`jtj.lanshi.gov.cn` → jtj) and the innermost folder of its own address
    (`www.county.gov.cn/xxgk/hezhen/` → hezhen). Generic labels (www, xxgk …) name nothing."""
    host = host_of(site_url)
    domain = gov_domain(host)
    names: set[str] = set()
    if domain is not None:
        below = [label for label in host[: -len(domain)].split(".") if label and label not in _GENERIC_NAMES]
        names.update(below[:1])
    folders = [s for s in urlsplit(folder_of(site_url)).path.lower().split("/") if s]
    names.update(folders[-1:])
    return frozenset(n for n in names if len(n) >= 2 and n not in _GENERIC_NAMES)


def folder_path(url: str, file: bool = False) -> str:
    """The lower-case path of a URL (`file`) or of its folder, '/' for none or an unreadable URL."""
    try:
        path = urlsplit(url if file else folder_of(url)).path.lower()
    except ValueError:
        return "/"
    return path or "/"


@dataclass(frozen=True)
class SiteFolders:
    """Folders of other hosts of a site's gov.cn domain found to hold the site's documents — the crawl's folder scope
    (crawl.json `scope.folders`: `http://www.county.gov.cn/xqz/` of a township served at `xq.county.gov.cn`), one rule
    for the crawler's `Scope` and the checks' `SiteContext`: an address is in one when it is on the folder's host (any
    scheme or port) and its path is the folder's or below it (`/xqz` too); `names` are the folders' innermost names
    that could name a site (`xqz`), for `on_site_platform` (the township's 信息公开 folder `/xxgk/xqz/`)."""

    parts: tuple[tuple[str, str], ...] = ()   # (host, lower-case folder path)
    names: frozenset[str] = frozenset()

    @classmethod
    def of(cls, folders: Iterable[str]) -> SiteFolders:
        parts = tuple((host_of(f), folder_path(f)) for f in folders)
        return cls(parts, frozenset(name for _, path in parts
                                    if (name := path.rstrip("/").rsplit("/", 1)[-1]) and names_a_site(name)))

    def __bool__(self) -> bool:
        return bool(self.parts)

    def contains(self, url: str) -> bool:
        """Whether `url` is in one of the folders (matched on host and path)."""
        if not self.parts:
            return False
        host, path = host_of(url), ""
        for folder_host, folder in self.parts:
            if host == folder_host:
                path = path or folder_path(url, file=True)
                if path.startswith(folder) or path == folder[:-1]:
                    return True
        return False


def on_site_platform(site_url: str, url: str, also: frozenset[str] = frozenset()) -> bool:
    """Whether `url` is the site's section of a shared platform: another host of the site's registrable gov.cn domain
    (xxgk.lanshi.gov.cn for jtj.lanshi.gov.cn, www.county.gov.cn for a township's town.county.gov.cn) whose path
    has, within its first three folders, a folder named as the site (`xxgk.lanshi.gov.cn/jtj/gfxwj/`,
    `www.county.gov.cn/xxgk/town/`) — by `site_names` or one of the names `also` given (the folder the crawl found the
    site's documents in). Conservative: anything else on the platform is not the site's."""
    host, site_host = host_of(url), host_of(site_url)
    domain = gov_domain(site_host)
    if domain is None or host == site_host or gov_domain(host) != domain:
        return False
    names = site_names(site_url) | also if also else site_names(site_url)
    if not names:
        return False
    segments = urlsplit(url).path.lower().split("/")[1:]
    folders = segments[:-1] if segments and "." in segments[-1] else segments
    return any(folder in names for folder in folders[:3])
