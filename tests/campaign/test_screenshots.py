"""Evidence screenshots: which pages are taken, how the diagnosis shows them, and (with chromium) a round that takes
them for a sample site, archives them as WARC resource records and embeds them in its diagnosis."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PIL import Image
from warcio.archiveiterator import ArchiveIterator

from govweb.campaign import RoundOptions, run_round
from govweb.campaign.screenshots import capture, cited_urls
from govweb.publish.diagnosis import ISSUE_COLUMNS, build_diagnosis, write_diagnosis
from govweb.samplesites.server import SampleServer
from govweb.scoring.methodology import Methodology

from .conftest import penalty_engine, write_sites_csv
from .fixtures import SITE_URL, finding, findings_doc, write_site

NOW = datetime.datetime(2020, 12, 5, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
CITED = SITE_URL + "xwdt/"          # the stale column's page (evidence of stale-column:0001)
SLOW = SITE_URL + "gone.html"       # …and a page whose capture timed out


def _name(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:16] + ".png"


def _png(height: int, colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1280, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _site_with_index(folder: Path) -> Path:
    """A site folder with findings and a screenshots.json: the homepage (a long page), a column page, one failure."""
    extra = [finding("broken-link:0005", "broken-link", "管理保障", target=SITE_URL + "x.pdf", source=SLOW)]
    site = write_site(folder, findings_doc(extra_findings=extra))
    (site / "screenshots").mkdir()
    (site / "screenshots" / _name(SITE_URL)).write_bytes(_png(4000, "#1f4e79"))
    (site / "screenshots" / _name(CITED)).write_bytes(_png(700, "#c0392b"))
    entries = [{"url": SITE_URL, "file": "screenshots/" + _name(SITE_URL), "taken_at": "2020-11-26T10:00:00.000+08:00",
                "error": None},
               {"url": CITED, "file": "screenshots/" + _name(CITED), "taken_at": "2020-11-26T02:00:05Z", "error": None},
               {"url": SLOW, "file": None, "taken_at": None, "error": "timeout"}]
    (site / "screenshots.json").write_text(json.dumps({"screenshots": entries}), encoding="utf-8")
    return site


def test_cited_urls_homepage_first_by_stake_deduplicated_capped(tmp_path: Path, cstc: Methodology) -> None:
    site = _site_with_index(tmp_path / "site")
    diagnosis = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    urls = cited_urls(diagnosis, limit=10)
    assert urls[0] == SITE_URL and len(urls) == len(set(urls))
    assert set(urls) == {SITE_URL, CITED, SLOW}  # findings without a page of their own cite the homepage
    assert cited_urls(diagnosis, limit=2) == urls[:2]
    ranked = [f.evidence_url for f in diagnosis.findings if f.evidence_url != SITE_URL]
    assert urls[1:] == list(dict.fromkeys(ranked))  # largest points at stake first


def test_diagnosis_shows_each_screenshot_once_with_its_time_and_says_when_there_is_none(
        tmp_path: Path, cstc: Methodology) -> None:
    site = _site_with_index(tmp_path / "site")
    diagnosis = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    by_id = {f.id: f for f in diagnosis.findings}
    assert by_id["stale-column:0001"].screenshot.taken == "2020-11-26 10:00:05"  # UTC shown in +08:00
    assert by_id["broken-link:0005"].screenshot.path is None and by_id["broken-link:0005"].screenshot.error == "timeout"
    html = write_diagnosis(diagnosis, tmp_path / "d.html").read_text(encoding="utf-8")
    sources = re.findall(r'<img[^>]* src="([^"]*)"', html)
    assert sources and all(src.startswith("data:") for src in sources)  # self-contained, no broken image
    shots = [src for src in sources if src.startswith("data:image/jpeg")]
    assert len(shots) == 2  # homepage once (findings citing it refer back), the column page once
    assert "截图时间：2020-11-26 10:00:00" in html and "截图时间：2020-11-26 10:00:05" in html
    assert "仅显示页面顶部" in html  # the 4000-pixel homepage is cropped to its top
    assert "截取失败（访问超时）" in html and "同一页面的截图见上文" in html
    assert all(len(src) < 60_000 for src in shots)  # downscaled JPEGs keep the file small
    rows = list(openpyxl.load_workbook(write_diagnosis(diagnosis, site / "d.xlsx"))["问题清单"].iter_rows(values_only=True))
    column, when = ISSUE_COLUMNS.index("截图"), ISSUE_COLUMNS.index("截图时间")
    cells = {row[1]: (row[column], row[when]) for row in rows[1:]}
    assert cells["stale-column:0001"] == ("screenshots/" + _name(CITED), "2020-11-26 10:00:05")
    assert cells["broken-link:0005"][0].startswith("无截图")
    without = write_site(tmp_path / "bare", findings_doc())  # no screenshots at all: said plainly
    html = write_diagnosis(build_diagnosis(without, cstc, tier="地市", engine=penalty_engine, now=NOW),
                           tmp_path / "bare.html").read_text(encoding="utf-8")
    assert "<img" not in html.replace('<img src="data:image/svg', "") and "无截图（浏览器未截取该页面）" in html


# ---------------------------------------------------------------- with chromium


@pytest.fixture
def stalled_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def _warc_records(path: Path) -> list[tuple[str, str, str, bytes]]:
    """(page URL, date, content type, PNG) of each screenshot record; its own URI is never the page's."""
    records = []
    with open(path, "rb") as fh:
        for r in ArchiveIterator(fh, check_digests=True):
            if r.rec_type != "resource":
                continue
            page = r.rec_headers.get_header("WARC-Refers-To-Target-URI")
            assert r.rec_headers.get_header("WARC-Target-URI") == "urn:govweb:screenshot:" + page
            records.append((page, r.rec_headers.get_header("WARC-Date"), r.rec_headers.get_header("Content-Type"),
                            r.content_stream().read()))
    return records


@pytest.mark.browser
def test_round_takes_dated_screenshots_and_the_diagnosis_embeds_them(
        tmp_path: Path, sample_server: SampleServer, round_sites: list[dict[str, str]]) -> None:
    trs = [s for s in round_sites if s["family"] == "trs"]
    options = RoundOptions(sites=write_sites_csv(tmp_path / "sites.csv", trs), as_of=datetime.date(2020, 11, 26),
                           out=tmp_path / "out", concurrency=1, resolve=tuple(sample_server.resolve_args()),
                           crawl_args=("--max-pages", "40"), screenshots=True, screenshot_limit=4,
                           publication_formats=(), diagnosis_formats=(".html", ".xlsx"), progress=False)
    run_round(options)
    site = tmp_path / "out" / "sites" / trs[0]["网站标识码"]
    index = json.loads((site / "screenshots.json").read_text(encoding="utf-8"))["screenshots"]
    assert 2 <= len(index) <= 4 and index[0]["url"] == trs[0]["首页网址"]
    records = {url: (date, ctype, body) for url, date, ctype, body in _warc_records(site / "screenshots.warc.gz")}
    for entry in index:
        assert entry["error"] is None and entry["file"] == "screenshots/" + _name(entry["url"])
        png = (site / entry["file"]).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        date, ctype, body = records[entry["url"]]
        assert ctype == "image/png" and body == png
        taken = datetime.datetime.fromisoformat(entry["taken_at"])
        assert taken.utcoffset() == datetime.timedelta(hours=8)
        assert abs(datetime.datetime.fromisoformat(date.replace("Z", "+00:00")) - taken) < datetime.timedelta(seconds=1)
    html = (site / "diagnosis.html").read_text(encoding="utf-8")
    # where a finding says which element is wrong, its box was measured on the page and is outlined in its crop
    marked = {(entry["file"], tuple(box)) for entry in index for box in (entry.get("marks") or {}).values()}
    assert marked and all(w > 0 and h > 0 for _, (_, _, w, h) in marked)
    assert html.count("红框为问题所在") == len(marked)  # each outlined view embedded once
    assert html.count("data:image/jpeg;base64") >= len(marked) + 1  # … besides the homepage
    for entry in index:
        shown = datetime.datetime.fromisoformat(entry["taken_at"]).strftime("%Y-%m-%d %H:%M:%S")
        assert f"截图时间：{shown}" in html


@pytest.mark.browser
async def test_a_page_that_times_out_is_recorded_and_the_rest_go_on(
        tmp_path: Path, sample_server: SampleServer, round_sites: list[dict[str, str]], stalled_port: int) -> None:
    from govweb.collect.netmap import parse_resolve

    home = next(s for s in round_sites if s["family"] == "trs")["首页网址"]
    stalled = f"http://127.0.0.1:{stalled_port}/never.html"
    started = time.monotonic()
    shots = await capture(tmp_path, [stalled, home], resolve=parse_resolve(sample_server.resolve_args()), timeout_s=2)
    assert time.monotonic() - started < 20
    by_url = {s.url: s for s in shots}
    assert by_url[stalled].error == "timeout" and by_url[stalled].file is None
    assert by_url[home].error is None and (tmp_path / by_url[home].file).is_file()
    index = json.loads((tmp_path / "screenshots.json").read_text(encoding="utf-8"))["screenshots"]
    assert [(e["url"], e["error"]) for e in index] == [(stalled, "timeout"), (home, None)]
    assert [url for url, *_ in _warc_records(tmp_path / "screenshots.warc.gz")] == [home]
    # a later attempt that fails (no --resolve: the name does not resolve) keeps the earlier capture as evidence
    again = await capture(tmp_path, [home], resolve=None, timeout_s=2)
    assert again[0].retry_error is not None and again[0].file == by_url[home].file
    assert again[0].taken_at == by_url[home].taken_at
    assert [url for url, *_ in _warc_records(tmp_path / "screenshots.warc.gz")] == [home]


def test_rounds_take_screenshots_wherever_chromium_is_installed(tmp_path: Path, monkeypatch) -> None:
    from dataclasses import replace

    import govweb.collect.render
    from govweb.campaign.round import wants_screenshots

    base = RoundOptions(sites=tmp_path / "s.csv", as_of=datetime.date(2020, 11, 26), out=tmp_path)
    browser = tmp_path / "chromium"
    browser.write_text("")
    monkeypatch.setattr(govweb.collect.render, "CHROMIUM", str(browser))
    assert wants_screenshots(base) and wants_screenshots(replace(base, crawl_args=("--render", "never")))
    assert not wants_screenshots(replace(base, screenshots=False))
    browser.unlink()  # no browser on this machine: no screenshots unless asked (asking fails with the apt hint)
    assert not wants_screenshots(base)
    assert wants_screenshots(replace(base, screenshots=True))


def test_screenshots_command_bad_input_exits_2(tmp_path: Path) -> None:
    from .test_cli import govweb

    missing = govweb("screenshots", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "找不到网站检查目录" in missing.stderr + missing.stdout
    (tmp_path / "empty").mkdir()
    empty = govweb("screenshots", str(tmp_path / "empty"), "--resolve", "bad-entry")
    assert empty.returncode == 2 and "--resolve" in empty.stderr + empty.stdout
    empty = govweb("screenshots", str(tmp_path / "empty"))
    assert empty.returncode == 2 and "findings.json" in empty.stderr + empty.stdout
