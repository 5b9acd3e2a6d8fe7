"""robots.txt: allow/disallow per URL, Crawl-delay and Sitemap entries (stdlib parser)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser


@dataclass
class Robots:
    """Rules for one origin. A missing or failing robots.txt allows everything."""

    parser: RobotFileParser | None = None
    sitemaps: list[str] = field(default_factory=list)
    delays: dict[str, float] = field(default_factory=dict)  # user-agent token -> Crawl-delay (fractions allowed)

    @classmethod
    def parse(cls, text: str) -> Robots:
        lines = text.splitlines()
        parser = RobotFileParser()
        parser.parse(lines)
        parser.modified()
        return cls(parser, list(parser.site_maps() or []), _delays(lines))

    @classmethod
    def from_response(cls, status: int | None, text: str | None) -> Robots:
        if status is not None and 200 <= status < 300 and text is not None:
            return cls.parse(text)
        # 4xx: no rules; 5xx or no answer: RFC 9309 says disallow, Scrapy and most crawlers allow.
        return cls()

    def allowed(self, url: str, user_agent: str) -> bool:
        return self.parser is None or self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        token = user_agent.split("/")[0].lower()
        for agent, delay in self.delays.items():
            if agent != "*" and agent in token:
                return delay
        return self.delays.get("*")


def _delays(lines: list[str]) -> dict[str, float]:
    """Crawl-delay per user-agent group (the stdlib parser accepts only whole seconds)."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        key, _, value = raw.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow", "crawl-delay", "request-rate"):
            in_rules = True
            if key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    continue
                for agent in agents:
                    delays.setdefault(agent, delay)
    return delays
