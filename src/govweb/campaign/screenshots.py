"""Dated evidence screenshots of the pages a diagnosis cites, taken with the browser lane after a site's checks.

    shots = take_evidence_screenshots(Path("round/sites/3205000007"), methodology, limit=10, resolve=mapping)

The homepage and the evidence URLs of the findings with the most points at stake (deduplicated, attachments left
out, at most `limit`) are rendered full-page with Debian chromium. Each capture goes to
`DIR/screenshots/<sha1(url)[:16]>.png`, is archived as a WARC `resource` record (image/png, WARC-Target-URI
`urn:govweb:screenshot:<page URL>`, WARC-Refers-To-Target-URI = the page, WARC-Date = capture time) in
`DIR/screenshots.warc.gz`, and is listed in `DIR/screenshots.json` (url, file, taken_at +08:00, error, marks). A
page that fails or times out is recorded with its error class; the others go on. Where a finding says which element
is wrong (a broken link's target, an image without alt, the latest item of a stale column, a late message …), the
element's box on the full-page screenshot is recorded under `marks` (finding id → [x, y, width, height] in pixels);
the diagnosis (`govweb.publish.diagnosis`) shows the screenshots next to the findings and outlines the elements.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from govweb.collect.guard import AddressPolicy, operator_policy
from govweb.collect.netmap import ResolveMap, iso_cst, now_cst
from govweb.collect.render import CHROMIUM, Renderer, RenderResult, screenshot_name
from govweb.collect.settings import ATTACHMENT_EXTENSIONS
from govweb.collect.urls import extension_of
from govweb.collect.warc import WarcFile
from govweb.documents.layout import CRAWL_JSON, SHOTS_DIR, SHOTS_INDEX, SHOTS_WARC
from govweb.fsutil import atomic_open, atomic_path
from govweb.publish.diagnosis.model import (
    Diagnosis,
    FindingView,
    build_diagnosis,
)
from govweb.scoring.methodology import Methodology

DEFAULT_LIMIT = 10          # pages per site
DEFAULT_TIMEOUT = 20.0      # seconds per page (the renderer cuts a page at this budget)
DEFAULT_POOL = 2            # pages rendered at once


@dataclass(frozen=True)
class EvidenceShot:
    url: str
    file: str | None        # relative to the site folder, e.g. screenshots/0123456789abcdef.png
    taken_at: str | None    # ISO 8601, +08:00
    error: str | None       # None or an error class: timeout, dns, connect, tls, render
    elapsed_ms: int = 0
    bytes: int = 0
    retry_error: str | None = None  # a later attempt failed; this earlier capture is kept
    marks: dict[str, list[int]] | None = None  # finding id → [x, y, width, height] of the offending element


# Finds each target's element on the rendered page: a link by its target, an image by its src, else the smallest
# element whose text contains one of the texts; the box of the row, link or heading holding it, in page pixels.
MARK_SCRIPT = """(targets) => {
  const out = {};
  const abs = (u) => { try { return new URL(u, location.href).href; } catch (e) { return u; } };
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return r.width && r.height ? [Math.round(r.left + scrollX), Math.round(r.top + scrollY),
                                  Math.round(r.width), Math.round(r.height)] : null;
  };
  const shown = (el) => el && !el.closest("script, style, template, noscript, head") && box(el) !== null;
  const byText = (text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue.includes(text) && shown(node.parentElement)) { return node.parentElement; }
    }
    const all = Array.from(document.body.querySelectorAll("*")).reverse();
    return all.find((el) => el.children.length < 8 && (el.innerText || "").includes(text) && shown(el)) || null;
  };
  for (const t of targets) {
    let el = null;
    if (t.href) { const want = abs(t.href); el = Array.from(document.links).find((a) => a.href === want && shown(a)) || null; }
    if (!el && t.img) {
      el = Array.from(document.images).find((i) => (i.getAttribute("src") === t.img || i.src === abs(t.img)) && shown(i)) || null;
    }
    for (const text of t.texts || []) {
      if (el) { break; }
      if (text) { el = byText(text); }
    }
    if (!el) { continue; }
    const holder = el.closest("li, tr, dd, dt, h1, h2, h3, h4") || el;
    const b = box(holder) || box(el);
    if (b) { out[t.id] = b; }
  }
  return out;
}"""
MARK_TIMEOUT_S = 5.0


def mark_target(finding: FindingView) -> dict[str, Any] | None:
    """How to find a finding's element on its evidence page, when the finding says which one."""
    excerpt = finding.excerpt.strip("「」 ")
    if finding.check == "broken-link":
        return {"id": finding.id, "href": finding.where}
    if finding.check == "image-missing-alt":
        src = re.search(r'src="([^"]+)"', finding.excerpt)
        return {"id": finding.id, "img": src.group(1)} if src else None
    if finding.check == "empty-column":
        return {"id": finding.id, "texts": [excerpt.split("：")[0]]}
    if finding.check in ("homepage-stale", "stale-column", "unanswered-message", "missing-interpretation",
                         "incomplete-service-guide") and excerpt:
        title = re.split(r"\s+\[|\s+-\s+|\s+\d{2}-\d{2}$", excerpt)[0].strip()
        return {"id": finding.id, "texts": list(dict.fromkeys(t for t in (excerpt, title, title[:16]) if t))}
    return None


def _screenable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) \
        and extension_of(url) not in ATTACHMENT_EXTENSIONS


def cited_urls(diagnosis: Diagnosis, limit: int = DEFAULT_LIMIT) -> list[str]:
    """The homepage, then the pages cited by the findings, largest points at stake first; deduplicated, capped."""
    candidates = [diagnosis.url, *((f.evidence_url or f.where) for f in diagnosis.findings)]
    chosen = [url for url in dict.fromkeys(candidates) if url and _screenable(url)]
    return chosen[:max(0, limit)]


def _crawl_records(site_dir: Path) -> dict[str, str]:
    """URL → WARC-Record-ID of its response in crawl.warc.gz (the screenshot refers to it)."""
    try:
        doc = json.loads((site_dir / CRAWL_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(p["url"]): str(p["warc_record"]) for p in doc.get("pages") or []
            if isinstance(p, dict) and p.get("url") and p.get("warc_record")}


async def capture(site_dir: Path, urls: Sequence[str], *, resolve: ResolveMap | None = None,
                  timeout_s: float = DEFAULT_TIMEOUT, pool_size: int = DEFAULT_POOL,
                  executable_path: str = CHROMIUM, done: Callable[[str], None] | None = None,
                  policy: AddressPolicy | None = None,
                  marks: Mapping[str, list[dict[str, Any]]] | None = None) -> list[EvidenceShot]:
    """Screenshot `urls` into `site_dir` (PNG files, WARC, index); a failure is recorded, never raised.
    `done(url)` is called as each page finishes (progress). `policy` is the address guard's (default: the first
    URL, the homepage, and the hosts of `resolve` are operator-named). `marks`: page URL → the elements to locate
    on it (`mark_target`)."""
    targets = list(dict.fromkeys(urls))
    folder = site_dir / SHOTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    policy = policy or operator_policy(targets[:1], resolve or {})
    located: dict[str, dict[str, list[int]]] = {}
    async with Renderer(executable_path, pool_size, timeout_s, resolve, policy=policy) as renderer:
        async def shoot(url: str) -> RenderResult:
            wanted = (marks or {}).get(url)

            async def locate(page: Any) -> None:  # where the findings' elements are on the screenshot
                with contextlib.suppress(Exception):  # a page that cannot say: the screenshot stays, unmarked
                    found = await asyncio.wait_for(page.evaluate(MARK_SCRIPT, wanted), MARK_TIMEOUT_S)
                    located[url] = {str(k): [int(v) for v in box] for k, box in dict(found).items()}

            result = await renderer.render(url, screenshot=True, on_loaded=locate if wanted else None)
            if done is not None:
                done(url)
            return result

        results = await asyncio.gather(*(shoot(url) for url in targets))
    refers = _crawl_records(site_dir)
    earlier = _earlier_shots(site_dir)
    shots: list[EvidenceShot] = []
    with atomic_path(site_dir / SHOTS_WARC) as tmp:
        warc = WarcFile(tmp, None)
        try:
            for url, res in zip(targets, results, strict=True):
                if res.error or res.screenshot_png is None:
                    kept = earlier.get(url)
                    if kept is not None:  # an earlier capture stays the evidence; this attempt's error is noted
                        shot, png = kept
                        warc.add_screenshot(url, png, refers.get(url), datetime.fromisoformat(str(shot.taken_at)))
                        shots.append(replace(shot, retry_error=res.error or "render"))
                    else:
                        shots.append(EvidenceShot(url, None, None, res.error or "render", res.elapsed_ms))
                    continue
                name = screenshot_name(url)
                with atomic_open(folder / name, "wb") as fh:
                    fh.write(res.screenshot_png)
                taken = res.taken_at or now_cst()
                warc.add_screenshot(url, res.screenshot_png, refers.get(url), taken)
                warc.commit()
                shots.append(EvidenceShot(url, f"{SHOTS_DIR}/{name}", iso_cst(taken), None, res.elapsed_ms,
                                          len(res.screenshot_png), marks=located.get(url) or None))
        finally:
            warc.close()
    write_index(site_dir, shots)
    return shots


def _earlier_shots(site_dir: Path) -> dict[str, tuple[EvidenceShot, bytes]]:
    """Successful captures of an earlier run (index entry and PNG), kept when a later attempt fails."""
    try:
        entries = json.loads((site_dir / SHOTS_INDEX).read_text(encoding="utf-8")).get("screenshots") or []
    except (OSError, ValueError, AttributeError):
        return {}
    kept: dict[str, tuple[EvidenceShot, bytes]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("error") or not entry.get("file") or not entry.get("taken_at"):
            continue
        try:
            png = (site_dir / str(entry["file"])).read_bytes()
            shot = EvidenceShot(str(entry["url"]), str(entry["file"]), str(entry["taken_at"]), None,
                                int(entry.get("elapsed_ms") or 0), len(png), marks=entry.get("marks") or None)
            datetime.fromisoformat(str(shot.taken_at))
        except (OSError, ValueError, KeyError):
            continue
        kept[shot.url] = (shot, png)
    return kept


def write_index(site_dir: Path, shots: Sequence[EvidenceShot]) -> None:
    doc: dict[str, Any] = {"written_at": iso_cst(), "warc": SHOTS_WARC, "screenshots": [asdict(s) for s in shots]}
    with atomic_open(site_dir / SHOTS_INDEX, "w") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)


def take_evidence_screenshots(site_dir: Path, methodology: Methodology, *, tier: str | None = None,
                              limit: int = DEFAULT_LIMIT, resolve: ResolveMap | None = None,
                              timeout_s: float = DEFAULT_TIMEOUT, pool_size: int = DEFAULT_POOL,
                              executable_path: str = CHROMIUM,
                              progress: Callable[[int], Callable[[str], None]] | None = None,
                              allow_private: bool = False) -> list[EvidenceShot]:
    """Choose the cited pages from the site's diagnosis (findings.json) and screenshot them. `progress(n)`, given
    the number of pages, returns the per-page callback. The site's URL and the hosts of `resolve` are
    operator-named for the address guard; `allow_private` lets the other pages reach loopback and private
    addresses."""
    diagnosis = build_diagnosis(site_dir, methodology, tier=tier)
    urls = cited_urls(diagnosis, limit)
    if not urls:
        write_index(site_dir, [])
        return []
    marks: dict[str, list[dict[str, Any]]] = {}
    for finding in diagnosis.findings:
        target = mark_target(finding)
        if target is not None:
            marks.setdefault(finding.evidence_url or finding.where, []).append(target)
    policy = operator_policy([diagnosis.url], resolve or {}, allow_private=allow_private)
    return asyncio.run(capture(site_dir, urls, resolve=resolve, timeout_s=timeout_s, pool_size=pool_size,
                               executable_path=executable_path, done=progress(len(urls)) if progress else None,
                               policy=policy, marks=marks))


def summary(shots: Sequence[EvidenceShot], seconds: float) -> str:
    fresh = sum(1 for s in shots if s.error is None and s.retry_error is None)
    kept = sum(1 for s in shots if s.retry_error is not None)
    failed = sum(1 for s in shots if s.error is not None)
    return (f"截图 {fresh} 张" + (f"，{kept} 个页面本次失败、沿用此前的截图" if kept else "")
            + (f"，失败 {failed} 个页面" if failed else "") + f"，用时 {seconds:.1f} 秒")


__all__ = ["DEFAULT_LIMIT", "DEFAULT_TIMEOUT", "EvidenceShot", "capture", "cited_urls", "summary",
           "take_evidence_screenshots", "write_index"]
