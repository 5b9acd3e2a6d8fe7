"""robots.txt per RFC 9309, parsed by Protego (Scrapy's parser: wildcards, `$`, longest match, groups per agent).

What a robots.txt answer means (RFC 9309 §2.3.1):
* 2xx: its rules (Allow/Disallow, Crawl-delay, Sitemap);
* 4xx (or more redirects than we follow): no rules, everything allowed;
* 5xx, or no answer at all: everything disallowed ("unavailable"); the crawler asks once more after a short delay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from protego import Protego


@dataclass
class Robots:
    """Rules for one origin."""

    parser: Protego | None = None
    sitemaps: list[str] = field(default_factory=list)
    unavailable: bool = False  # 5xx or no answer: disallow everything

    @classmethod
    def parse(cls, text: str) -> Robots:
        parser = Protego.parse(text)
        return cls(parser, list(parser.sitemaps))

    @classmethod
    def from_response(cls, status: int | None, text: str | None) -> Robots:
        if status is not None and 200 <= status < 300 and text is not None:
            return cls.parse(text)
        if status is not None and status < 500:  # 4xx, or a redirect chain that never ended
            return cls()
        return cls(unavailable=True)

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.unavailable:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

