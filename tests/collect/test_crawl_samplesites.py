"""The crawler on the local sample government sites: the hostile site, a GBK (DedeCMS-style) site, a blocked one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govweb.collect import CrawlSettings, crawl

samplesites = pytest.importorskip("govweb.samplesites")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("sites")
    samplesites.build(root)
    with samplesites.serve(root) as server:
        yield server


def crawl_site(server: Any, family: str, out: Path, **options: Any) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    site = next(s for s in server.sites if s.family == family and not s.held_out)
    crawl(site.url, out, CrawlSettings(resolve=tuple(site.resolve_args()), **options))
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    return site, data, {p["url"]: p for p in data["pages"]}


def test_hostile_site_every_trap_recorded_and_the_crawl_goes_on(served: Any, tmp_path: Path) -> None:
    site, data, pages = crawl_site(served, "hostile", tmp_path, timeout=3.0, max_pages=200, retry_backoff=0.1)
    url = site.url.rstrip("/")
    assert data["complete"] is True
    assert pages[f"{url}/redirect/a.html"]["error"] == "redirect-loop"
    assert pages[f"{url}/error/500_1.html"]["error"] == "http-status"
    assert pages[f"{url}/slow/drip.html"]["error"] == "timeout"
    assert pages[f"{url}/slow/drip.html"]["elapsed_ms"] < 5000
    assert pages[f"{url}/big/page.html"]["error"] == "too-large"
    assert pages[f"{url}/private/oa/index.html"]["error"] == "robots-disallowed"
    assert pages[f"{url}/waf/check.html"]["error"] == "blocked"
    assert pages[f"{url}/busy/index.html"]["status"] == 200  # 503 + Retry-After twice, then answered
    bad = pages[f"{url}/badbytes.html"]
    assert bad["error"] is None and bad["title"] == "历史档案" and bad["encoding"] == "utf-8"
    assert pages[f"{url}/malformed.html"]["status"] == 200
    assert data["stats"]["pruned"].get("calendar", 0) > 0
    rili = [u for u, p in pages.items() if "/rili/" in u and p["warc_record"]]
    assert 0 < len(rili) <= CrawlSettings().max_calendar_urls * 2
    ok = [p for p in data["pages"] if p["kind"] == "page" and p["status"] == 200 and p["error"] is None]
    assert len(ok) > 50  # the rest of the site was crawled


def test_gbk_site_titles(served: Any, tmp_path: Path) -> None:
    site, data, pages = crawl_site(served, "dede", tmp_path, max_pages=60)
    home = pages[site.url]
    assert home["title"].startswith(site.name) or site.name in home["title"]
    fetched = [p for p in data["pages"] if p["kind"] == "page" and p["status"] == 200]
    assert fetched and all(p["encoding"] == "gb18030" for p in fetched)
    assert all(p["title"] and "\ufffd" not in p["title"] and site.name in p["title"] for p in fetched)


def test_blocked_site_is_not_measured(served: Any, tmp_path: Path) -> None:
    site, data, pages = crawl_site(served, "blocked", tmp_path)
    assert pages[site.url]["error"] == "blocked" and data["stats"]["blocked"] is True
