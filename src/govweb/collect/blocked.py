"""Recognise firewall and JavaScript-challenge pages, which make a site "not measured" rather than failed."""

from __future__ import annotations

import re

from govweb.htmlstd import visible_text

# Markers (lower case) of the WAF / anti-bot products common on Chinese government sites, and challenge wording.
MARKERS = (
    "__jsl_clearance", "_waf_", "wzws_cid", "wzwschallenge", "wzws-", "yunsuo_session", "safedog", "安全狗",
    "cf-chl", "cf_chl", "challenge-platform", "just a moment...", "$_ts=", "$_ts =", "访问被拒绝", "访问被阻断",
    "您的访问请求可能对网站造成安全威胁", "检测到您的访问存在异常", "网站防火墙", "web应用防火墙", "请开启javascript并刷新",
    "please enable javascript and cookies",
)
SMALL_BODY = 8 * 1024  # characters; challenge pages are small
LITTLE_TEXT = 300  # visible characters on a challenge page at most
# a challenge sets a cookie and reloads; a page that only reads one (a phone redirect skipped when the visitor chose
# the desktop view: `document.cookie.indexOf('pcview=1')`) is no challenge
_SETS_COOKIE = re.compile(r"document\.cookie\s*=(?!=)", re.I)
# a link the visitor can follow: a page offering two or more (a 选择版本 page whose buttons remember the choice in a
# cookie before going on) asks the visitor, while a challenge offers no way but its own reload
_WAY_ON = re.compile(r"<a\b[^>]*\bhref\s*=\s*[\"']?(?![\"']?\s*(?:#|javascript:))", re.I)


def is_blocked(status: int, text: str) -> bool:
    """True for a challenge or firewall page: HTTP 412 challenges, or small pages with little visible text that
    carry a WAF marker or a script that sets a cookie and reloads."""
    if status == 412:
        return True
    if len(text) > SMALL_BODY:
        return False
    lower = text.lower()
    marked = any(m in lower for m in MARKERS)
    challenge = _SETS_COOKIE.search(text) is not None and ("location" in lower or "reload" in lower) \
        and len(_WAY_ON.findall(text)) < 2
    if not (marked or challenge):
        return False
    return len(visible_text(text)) < LITTLE_TEXT
