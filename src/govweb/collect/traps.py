"""Crawler traps, recognised by structure: a URL pattern fed only by its own pages.

A URL's *pattern* is its host, path and query with the variable parts replaced: dates by D, digit runs by N,
random tokens (session ids, nonces: letters and digits mixed at random) by R. A calendar's next month, an endless
nesting or a page that links itself with a fresh session value all produce URLs of the *same* pattern as the page
that links them; the *trail* of a URL counts those hops in a row. The guard prunes, once their own pages have fed
a pattern more than its limit (random parts: very few; date-only calendars: a few dozen; anything else: many):

    reason      what                                                              limit (CrawlSettings)
    depth       farther from the homepage than max_depth links                    max_depth
    length      an absurdly long URL                                              max_url_length
    loop        one path segment repeated (/a/b/a/b/a/…)                          max_repeated_segments
    query       too many query parameters                                         max_query_params
    calendar    a pattern where only dates vary (any URL not from a list), or an  max_calendar_urls
                impossible year
    random      a pattern with a random part fed by its own pages                 max_random_urls
    pattern     any other pattern fed by its own pages                            max_urls_per_pattern

URLs reached as items of a dated list (a column), through a list's pagination, from a sitemap or on the way to the
homepage are never pruned as traps: a large site's thousands of `/art/2020/3/22/art_1_2.html` are articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from govweb.collect.settings import CrawlSettings

# How a URL was reached (bit flags, stored with it in the journal).
NAV = 1  # a navigation or menu link
ITEM = 2  # an item of a dated list (a column's entries)
PAGER = 4  # a list's pagination (下一页, page 3, index_2.html)
SITEMAP = 8  # listed in a sitemap
HOMEPAGE = 16  # a hop on the way from the seed to the homepage (meta refresh, script redirect, frame, splash)
EXEMPT = ITEM | PAGER | SITEMAP | HOMEPAGE  # never pruned as traps

_SEP = r"[-_/.]"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_DATE = re.compile(
    rf"(?<!\d)(?:(?:19|20)\d\d{_SEP}{_MONTH}{_SEP}{_DAY}|(?:19|20)\d\d(?:1[0-2]|0[1-9])(?:3[01]|[12]\d|0[1-9])"
    rf"|(?:19|20)\d\d{_SEP}{_MONTH})(?!\d)"
)
_YEAR_KEY = re.compile(r"([?&](?:year|yyyy|y|month|mm|m|day|dd|d|date|riqi|time)=)[^&]*", re.I)
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|2[0-9]{3}|[3-9][0-9]{3})(?!\d)")
_TOKENS = re.compile(r"[A-Za-z0-9]{8,}(?:[-_][A-Za-z0-9]+)*")
_KINDS = re.compile(r"[A-Za-z]+|\d+")


def is_random(token: str) -> bool:
    """A token that looks generated (a session id, a nonce, a hash): at least 8 characters with letters and digits
    alternating at least three times ("x7Gh2kQ9", a UUID), unlike ids such as t20200530_17100189 or art_12_345."""
    return len(_KINDS.findall(token)) >= 5


def _mark_random(text: str) -> str:
    return _TOKENS.sub(lambda m: "\x01" if is_random(m.group(0)) else m.group(0), text)


class Pattern(NamedTuple):
    text: str
    calendar: bool  # only dates vary
    random: bool  # has a random part


@lru_cache(maxsize=65_536)
def url_pattern(url: str) -> Pattern:
    """The URL with random tokens replaced by R, dates by D and other digit runs by N."""
    parts = urlsplit(url)
    text = _mark_random(parts.path) + ("?" + _mark_random(parts.query) if parts.query else "")
    dated = _YEAR_KEY.sub("\\1\x02", _DATE.sub("\x02", text))
    pattern = _DIGITS.sub("N", dated)
    random = "\x01" in pattern
    calendar = "\x02" in dated and not _DIGITS.search(dated) and not random
    return Pattern(f"{parts.netloc}{pattern.replace(chr(1), 'R').replace(chr(2), 'D')}", calendar, random)


class TrapGuard:
    """Decides whether a newly found URL is crawled; counts what it prunes by reason."""

    def __init__(self, settings: CrawlSettings, max_year: int = 2100) -> None:
        self.settings = settings
        self.max_year = max_year
        self.fed: Counter[str] = Counter()  # pattern -> URLs its own pages fed it
        self.pruned: Counter[str] = Counter()

    def trail(self, url: str, via: int, referrer: str | None, referrer_trail: int) -> int:
        """Hops in a row within one URL pattern up to `url` (0 when reached from another pattern or a list)."""
        if via & EXEMPT or referrer is None:
            return 0
        return referrer_trail + 1 if url_pattern(url).text == url_pattern(referrer).text else 0

    def check(self, url: str, depth: int, via: int = 0, trail: int = 0,
              listed: Callable[[], bool] | None = None) -> str | None:
        """None to crawl `url`, else the reason it is pruned (see the module doc). `listed()`, asked only before
        pruning for a trap reason, says whether the URL is an item of a dated list on the page that links it."""
        reason = self._reason(url, depth, via, trail)
        if reason and reason != "depth" and listed is not None and listed():
            reason = None  # a column's entry is never a trap
        if reason:
            self.pruned[reason] += 1
        return reason

    def restore(self, url: str, trail: int) -> None:
        """Count a URL admitted before a resume."""
        pattern = url_pattern(url)
        if trail or pattern.calendar:
            self.fed[pattern.text] += 1

    def _reason(self, url: str, depth: int, via: int, trail: int) -> str | None:
        s = self.settings
        if depth > s.max_depth:
            return "depth"
        if via & EXEMPT:
            return None
        if len(url) > s.max_url_length:
            return "length"
        parts = urlsplit(url)
        segments = [seg for seg in parts.path.split("/") if seg]
        if segments and max(Counter(segments).values()) > s.max_repeated_segments:
            return "loop"
        if parts.query and parts.query.count("&") + 1 > s.max_query_params:
            return "query"
        pattern = url_pattern(url)
        if pattern.calendar and any(not 1990 <= int(y) <= self.max_year for y in _YEAR.findall(parts.path + parts.query)):
            return "calendar"
        if not trail and not pattern.calendar:  # a calendar's days are fed by its months: count them all
            return None
        self.fed[pattern.text] += 1
        fed = self.fed[pattern.text]
        if pattern.random and fed > s.max_random_urls:
            return "random"
        if pattern.calendar and fed > s.max_calendar_urls:
            return "calendar"
        if fed > s.max_urls_per_pattern:
            return "pattern"
        return None
