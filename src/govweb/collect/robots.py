"""robots.txt: allow/disallow per URL, Crawl-delay and Sitemap entries (stdlib parser)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser


@dataclass
class Robots:
    """Rules for one origin. A missing or failing robots.txt allows everything."""

    parser: RobotFileParser | None = None
    sitemaps: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> Robots:
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        parser.modified()
        return cls(parser, list(parser.site_maps() or []))

    @classmethod
    def from_response(cls, status: int | None, text: str | None) -> Robots:
        if status is not None and 200 <= status < 300 and text is not None:
            return cls.parse(text)
        # 4xx: no rules; 5xx or no answer: RFC 9309 says disallow, Scrapy and most crawlers allow.
        return cls()

    def allowed(self, url: str, user_agent: str) -> bool:
        return self.parser is None or self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        try:
            return float(delay) if delay is not None else None
        except ValueError:
            return None
