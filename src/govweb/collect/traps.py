"""Crawler-trap guards: depth, URLs per path pattern, calendars, query-parameter explosion, path loops."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from govweb.collect.settings import CrawlSettings

_SEP = r"[-_/.]"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_DATE = re.compile(
    rf"(?<!\d)(?:(?:19|20)\d\d{_SEP}{_MONTH}{_SEP}{_DAY}|(?:19|20)\d\d(?:1[0-2]|0[1-9])(?:3[01]|[12]\d|0[1-9])"
    rf"|(?:19|20)\d\d{_SEP}{_MONTH})(?!\d)"
)
_YEAR_KEY = re.compile(r"([?&](?:year|yyyy|y|month|mm|m|day|dd|d|date|riqi|time)=)[^&]*", re.I)
_DIGITS = re.compile(r"\d+")
_VALUES = re.compile(r"=[^&]*")
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|2[0-9]{3}|[3-9][0-9]{3})(?!\d)")


def url_pattern(url: str) -> tuple[str, bool]:
    """The URL with dates replaced by D and other digit runs by N; True when only dates vary (a calendar)."""
    parts = urlsplit(url)
    text = parts.path + ("?" + parts.query if parts.query else "")
    dated = _DATE.sub("D", text)
    dated = _YEAR_KEY.sub(r"\1D", dated)
    pattern = _DIGITS.sub("N", dated)
    return f"{parts.netloc}{pattern}", "D" in pattern and "N" not in pattern


class TrapGuard:
    """Decides whether a newly found URL is crawled; counts what it prunes by reason."""

    def __init__(self, settings: CrawlSettings, max_year: int = 2100) -> None:
        self.settings = settings
        self.max_year = max_year
        self.patterns: Counter[str] = Counter()
        self.queries: Counter[str] = Counter()
        self.pruned: Counter[str] = Counter()

    def check(self, url: str, depth: int) -> str | None:
        """None to crawl `url`, else the reason it is pruned (depth, pattern, calendar, query, loop, length)."""
        reason = self._reason(url, depth)
        if reason:
            self.pruned[reason] += 1
        return reason

    def _reason(self, url: str, depth: int) -> str | None:
        s = self.settings
        if depth > s.max_depth:
            return "depth"
        if len(url) > s.max_url_length:
            return "length"
        parts = urlsplit(url)
        segments = [seg for seg in parts.path.split("/") if seg]
        if segments and max(Counter(segments).values()) > s.max_repeated_segments:
            return "loop"
        if parts.query:
            if parts.query.count("&") + 1 > s.max_query_params:
                return "query"
            shape = parts.netloc + parts.path + "?" + _VALUES.sub("", parts.query)
            self.queries[shape] += 1
            if self.queries[shape] > s.max_queries_per_path:
                return "query"
        pattern, calendar = url_pattern(url)
        if calendar and any(not 1990 <= int(y) <= self.max_year for y in _YEAR.findall(parts.path + parts.query)):
            return "calendar"
        self.patterns[pattern] += 1
        count = self.patterns[pattern]
        if calendar and count > s.max_calendar_urls:
            return "calendar"
        if count > s.max_urls_per_pattern:
            return "pattern"
        return None
