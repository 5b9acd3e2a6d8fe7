"""Every crawler knob in one place with its default (the shape of Scrapy's default_settings)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

RenderMode = Literal["never", "auto", "always"]

DEFAULT_USER_AGENT = "govweb/0.1 (government website evaluation crawler)"

# Extensions that mark an attachment: checked for existence, never downloaded whole.
ATTACHMENT_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "ofd", "zip", "rar", "7z", "tar", "gz",
    "tgz", "bz2", "xz", "csv", "txt", "rtf", "odt", "ods", "odp", "ceb", "cebx", "caj", "apk", "exe", "msi", "dmg",
    "iso", "mp3", "mp4", "avi", "wmv", "flv", "mov",
})


_MECHANICS = ("parse_processes", "json_checkpoint_seconds")


@dataclass(frozen=True)
class CrawlSettings:
    # limits
    max_pages: int = 2000
    max_depth: int = 20
    concurrency: int = 16
    concurrency_per_host: int = 16
    delay: float = 0.0  # seconds between requests to one host (robots Crawl-delay may raise it)
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    timeout: float = 30.0  # total seconds per request
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    max_bytes: int = 5 * 1024 * 1024  # streamed cap per response body
    check_bytes: int = 64 * 1024  # most read when checking an attachment or external link by GET
    # identity and routing
    user_agent: str = DEFAULT_USER_AGENT
    resolve: tuple[str, ...] = ()  # curl-style HOST:PORT:ADDR
    allow_private: bool = False  # address guard: may any host reach loopback and private addresses?
    # scope
    include_subdomains: bool = True
    extra_hosts: tuple[str, ...] = ()  # more hosts treated as in scope
    check_external: bool = True
    max_external_checks: int = 2000
    check_attachments: bool = True
    attachment_extensions: frozenset[str] = ATTACHMENT_EXTENSIONS
    # robots.txt
    obey_robots: bool = True
    follow_sitemaps: bool = True
    max_sitemap_urls: int = 50_000
    # retries and redirects
    retry_times: int = 2
    retry_statuses: tuple[int, ...] = (429, 500, 502, 503, 504, 522, 524)
    retry_backoff: float = 0.5  # first back-off in seconds, doubled per attempt
    max_retry_after: float = 60.0
    max_redirects: int = 10
    # trap guards
    max_urls_per_pattern: int = 10_000
    max_calendar_urls: int = 60  # URLs per pattern whose only variable part is a date
    max_query_params: int = 10
    max_queries_per_path: int = 1000
    max_url_length: int = 2048
    max_repeated_segments: int = 3
    max_pruned_records: int = 2000  # pruned URLs listed in crawl.json (all are counted)
    # rendering (browser lane)
    render: RenderMode = "never"
    render_timeout: float = 30.0
    render_pool_size: int = 2
    chromium_path: str = "/usr/bin/chromium"
    screenshot_homepage: bool = True
    parse_processes: int = 1  # parse pages in that many forked worker processes (0: in the event loop)
    # evidence
    gzip_level: int = 3  # per-record gzip members; 3 is ~3x faster than 6 for ~7% larger files
    json_checkpoint_seconds: float = 60.0

    def options(self) -> dict[str, Any]:
        """The settings as plain JSON values (what a resumed crawl must match), without the mechanics that do not
        change what is fetched."""
        data = asdict(self)
        for name in _MECHANICS:
            data.pop(name)
        data["attachment_extensions"] = sorted(self.attachment_extensions)
        data["resolve"] = list(self.resolve)
        data["extra_hosts"] = list(self.extra_hosts)
        data["retry_statuses"] = list(self.retry_statuses)
        return data
