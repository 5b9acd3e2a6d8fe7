"""Homepage URLs as registries record them, made usable: scheme, spaces, full-width forms, junk, case, port.

`normalise_url` returns the clean URL and what it changed (Chinese notes users see), or the reason the text is
not a usable http(s) URL. Taking the repaired URL apart (host, port, case) is `govweb.urlnorm.split_url`, the
one URL implementation every stage shares; this module adds the repairs and what a homepage must be (a host
name with a registered domain, no user name).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass

from govweb.urlnorm import UnsupportedURL, split_url

# A well-formed scheme, and the broken ones registries contain (http:/x, http//x, http:x).
_SCHEME_OK = re.compile(r"^(https?)://", re.IGNORECASE)
_SCHEME_BROKEN = re.compile(r"^(https?)(?::/?|//)(?!/)", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(?!\d)", re.IGNORECASE)
# Spaces inside the scheme separator or around the dots of a host: "http:// www.x.gov.cn", "www. x.gov.cn".
_SPACE_AFTER_SCHEME = re.compile(r"^(https?:/*)\s+", re.IGNORECASE)
_SPACE_AROUND_DOT = re.compile(r"(?<=[A-Za-z0-9])\s*\.\s*(?=[A-Za-z0-9])")
# Where the first URL ends: whitespace, list separators, brackets, quotes.
_URL_TOKEN = re.compile(r"[^\s,;、()<>\"'{}|]+")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True)
class NormalisedUrl:
    url: str | None  # None when the text is not a usable URL
    changes: tuple[str, ...] = ()  # what was changed, in Chinese
    error: str | None = None  # why it is not usable, in Chinese


def _valid_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    return len(labels) >= 2 and all(_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def normalise_url(raw: str | None) -> NormalisedUrl:
    text = raw or ""
    changes: list[str] = []
    folded = unicodedata.normalize("NFKC", text)
    if folded.split() != text.split():
        changes.append("全角字符改为半角")
    stripped = folded.strip()
    if stripped != folded:
        changes.append("去除首尾空白")
    if not stripped:
        return NormalisedUrl(None, tuple(changes), "首页网址为空")

    joined = _SPACE_AROUND_DOT.sub(".", _SPACE_AFTER_SCHEME.sub(r"\1", stripped))
    if joined != stripped:
        changes.append("去除网址中的空格")
    match = _URL_TOKEN.match(joined)
    first = match.group(0) if match else ""
    tail = joined[len(first):]
    rest = tail.strip(" ,;、")
    if rest:
        kind = "另有网址" if re.search(r"https?:|www\.", rest, re.IGNORECASE) else "多余内容"
        changes.append(f"只取第一个网址，去除{kind}「{rest}」")
    elif tail or first.endswith("."):
        changes.append(f"去除末尾多余的标点「{tail or '.'}」")
    first = first.rstrip(".")
    if not first:
        return NormalisedUrl(None, tuple(changes), f"「{text.strip()}」不是网址")

    if ok := _SCHEME_OK.match(first):
        if ok.group(1) != ok.group(1).lower():
            changes.append("协议改为小写")
        url = ok.group(1).lower() + "://" + first[ok.end():]
    elif broken := _SCHEME_BROKEN.match(first):
        changes.append(f"修正协议写法「{broken.group(0)}」")
        url = broken.group(1).lower() + "://" + first[broken.end():]
    elif other := _OTHER_SCHEME.match(first):
        return NormalisedUrl(None, tuple(changes), f"不支持的协议「{other.group(1)}」（只支持 http、https）")
    else:
        changes.append("补全协议 http://")
        url = "http://" + first.lstrip("/")

    try:
        parts = split_url(url)
    except UnsupportedURL as exc:
        why = "中的端口无效" if exc.reason == "port" else "不是有效的网址"
        return NormalisedUrl(None, tuple(changes), f"「{text.strip()}」{why}")
    if parts.userinfo:
        return NormalisedUrl(None, tuple(changes), "网址中不应包含用户名或密码")
    netloc = url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1]
    given_host, given_port = (netloc, "") if netloc.endswith("]") or ":" not in netloc else netloc.rsplit(":", 1)
    if not _valid_host(parts.host.strip("[]")):
        return NormalisedUrl(None, tuple(changes), f"「{text.strip()}」不是有效的网址（主机名「{given_host}」无效）")
    if given_host.endswith("."):
        changes.append("去除主机名末尾的点")
    if any(c.isupper() for c in given_host):
        changes.append("主机名改为小写")
    if given_port and parts.port is None:
        changes.append(f"去除默认端口 {int(given_port)}")
    clean = f"{parts.scheme}://{parts.netloc}{parts.path}"
    if parts.query:
        clean += "?" + parts.query
    if parts.fragment:
        clean += "#" + parts.fragment
    return NormalisedUrl(clean, tuple(changes))
