"""Evidence integrity: `check` verifies the WARC against crawl.json; a page whose record is gone is no evidence of
anything, the findings resting on it are not measured, and the result says it is incomplete."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from . import minisite
from .conftest import AS_OF, scored

H = "http://www.example.gov.cn"


def record_spans(warc: Path) -> list[tuple[str, str, int, int]]:
    """(record type, target URI, offset, length) of every record, in file order."""
    spans = []
    with open(warc, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            rec.content_stream().read()
            spans.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), it.get_record_offset(),
                          it.get_record_length()))
    return spans


def drop_records(warc: Path, urls: set[str]) -> int:
    """Rewrite the WARC without the records of `urls` (as a disk or a copy might lose them); how many went."""
    data = warc.read_bytes()
    kept, dropped = [], 0
    for _, uri, offset, length in record_spans(warc):
        if uri in urls:
            dropped += 1
        else:
            kept.append(data[offset:offset + length])
    warc.write_bytes(b"".join(kept))
    return dropped


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return minisite.build().write(tmp_path / "site")


def findings_of(report: dict) -> set[tuple[str, str]]:
    return {(f["check"], f.get("url") or f.get("target") or f.get("element")) for f in report["findings"]}


def test_a_whole_warc_is_complete(site: Path) -> None:
    report = run_checks(load_snapshot(site), AS_OF)
    evidence = report["site"]["evidence"]
    assert evidence["complete"] is True and evidence["missing_records"] == 0 and evidence["source"] == "crawl.json"
    assert evidence["listed_records"] == sum(1 for p in json.loads((site / "crawl.json").read_text())["pages"]
                                             if p["warc_record"])
    assert evidence["not_measured_findings"] == [] and not any("证据不完整" in w for w in report["warnings"])


def test_a_lost_record_takes_exactly_the_findings_resting_on_it(site: Path) -> None:
    before = run_checks(load_snapshot(site), AS_OF)
    assert ("unanswered-message", f"{H}/hdjl/2.html") in findings_of(before)
    assert drop_records(site / "crawl.warc.gz", {f"{H}/hdjl/2.html"}) == 2  # its request and response
    snap = load_snapshot(site)
    assert snap.integrity.missing_urls == [f"{H}/hdjl/2.html"] and snap.integrity.missing_records == 1
    assert f"{H}/hdjl/2.html" not in {p.url for p in snap.pages}  # no evidence of anything
    after = run_checks(snap, AS_OF)
    assert findings_of(before) - findings_of(after) == {("unanswered-message", f"{H}/hdjl/2.html")}
    assert findings_of(after) <= findings_of(before)
    evidence = after["site"]["evidence"]
    assert evidence["complete"] is False and evidence["missing_records"] == 1
    assert [f["url"] for f in evidence["not_measured_findings"]] == [f"{H}/hdjl/2.html"]
    assert any(w.startswith("证据不完整") for w in after["warnings"])
    # the veto still stands on the other unanswered message, whose record is whole
    assert [v["rule"] for v in after["vetoes"]] == ["interaction-poor"] and "1 条" in after["vetoes"][0]["reason"]


def test_a_missing_error_page_is_never_a_broken_link(site: Path) -> None:
    drop_records(site / "crawl.warc.gz", {f"{H}/dead-link.html"})
    report = run_checks(load_snapshot(site), AS_OF)
    assert not [f for f in report["findings"] if f["check"] == "broken-link"]
    assert report["site"]["evidence"]["missing_urls"] == [f"{H}/dead-link.html"]


def test_a_column_whose_article_is_lost_is_not_called_stale(site: Path) -> None:
    before = run_checks(load_snapshot(site), AS_OF)
    drop_records(site / "crawl.warc.gz", {f"{H}/ghjh/1.html"})
    after = run_checks(load_snapshot(site), AS_OF)
    assert findings_of(before) - findings_of(after) == {("stale-column", f"{H}/ghjh/")}  # what it lacks may be there
    assert findings_of(after) - findings_of(before) == set()  # nor is anything else said about it instead
    # its only (undated) item is no longer known to be an article: the column is either left unjudged or its
    # finding is listed as not measured — never raised
    not_measured = {f["url"] for f in after["site"]["evidence"]["not_measured_findings"]}
    assert not_measured <= {f"{H}/ghjh/"} and after["site"]["evidence"]["missing_urls"] == [f"{H}/ghjh/1.html"]


def test_a_lost_navigation_page_leaves_no_absence_finding_standing(site: Path) -> None:
    before = run_checks(load_snapshot(site), AS_OF)
    drop_records(site / "crawl.warc.gz", {f"{H}/tzgg/"})  # linked from every page
    after = run_checks(load_snapshot(site), AS_OF)
    kept = findings_of(after)
    assert ("stale-column", f"{H}/tzgg/") not in kept  # its page is gone
    # every page links to it, so no absence finding can rule it out — except those on another column's list: a page
    # the template links is no entry of a column; what stands on pages we have is kept
    assert kept == {f for f in findings_of(before) if f[0] in ("broken-link", "image-missing-alt")
                    or f[0] in ("stale-column", "empty-column") and f[1] != f"{H}/tzgg/"}
    assert {("stale-column", f"{H}/ghjh/"), ("empty-column", f"{H}/rsxx/")} <= kept
    assert after["vetoes"] == []


def test_without_the_homepage_record_the_site_is_not_measured(site: Path) -> None:
    drop_records(site / "crawl.warc.gz", {f"{H}/"})
    report = run_checks(load_snapshot(site), AS_OF)
    assert report["site"]["status"] == "not-measured" and "WARC 证据记录缺失" in report["site"]["reason"]
    assert report["findings"] == [] and report["vetoes"] == [] and set(scored(report)["indices"].values()) == {None}
    assert report["site"]["evidence"]["complete"] is False


def test_half_the_warc_cut_off_is_flagged_never_silent(site: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from govweb.cli import main

    before = run_checks(load_snapshot(site), AS_OF)
    warc = site / "crawl.warc.gz"
    spans = record_spans(warc)
    _, _, offset, length = spans[len(spans) // 2]
    warc.write_bytes(warc.read_bytes()[: offset + length // 2])  # half the records gone, the tail torn mid-record
    monkeypatch.setattr(sys, "argv", ["govweb", "check", str(site), "--as-of", AS_OF.isoformat()])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code in (0, None)  # a result, clearly marked incomplete (documented in docs/checks.md)
    printed = capsys.readouterr().out
    assert "证据不完整" in printed and "结果不完整" in printed
    report = json.loads((site / "findings.json").read_text(encoding="utf-8"))
    evidence = report["site"]["evidence"]
    assert evidence["complete"] is False and evidence["truncated_tail"] is True
    listed = before["site"]["evidence"]["listed_records"]
    assert listed // 3 <= evidence["missing_records"] < listed
    assert findings_of(report) < findings_of(before)  # nothing new against the site, and some not measured


def test_a_truncated_page_is_a_warning_never_a_finding(tmp_path: Path) -> None:
    b = minisite.build()
    rsxx = next(f for f in b.fetches if f.url == f"{H}/rsxx/")
    rsxx.truncated = "length"  # its list was cut off: "暂无信息" may be all that came
    snap = load_snapshot(b.write(tmp_path))
    report = run_checks(snap, AS_OF)
    assert ("empty-column", f"{H}/rsxx/") not in findings_of(report)
    warned = [w for w in report["warnings"] if f"{H}/rsxx/" in w]
    assert len(warned) == 1 and warned[0].startswith("页面无法读取") and "WARC 偏移" in warned[0] and "截断" in warned[0]
    assert report["site"]["evidence"]["truncated_pages"] == [f"{H}/rsxx/"]
    assert report["site"]["evidence"]["complete"] is True  # the archive is whole: the site sent a cut page


def test_a_tail_cut_in_the_last_gzip_trailer_is_still_a_cut(site: Path) -> None:
    """warcio reads a last member whose 8-byte gzip trailer is gone as if it were whole."""
    warc = site / "crawl.warc.gz"
    warc.write_bytes(warc.read_bytes()[:-4])
    snap = load_snapshot(site)
    assert snap.integrity.truncated_tail is True and snap.integrity.complete is False
    assert any("末尾被截断" in w for w in snap.warnings)


@pytest.mark.parametrize("linked", ["/hdjl/show.jsp?uid=2&id=7", "/hdjl/2/index.html"])
def test_a_lost_page_is_recognised_in_any_spelling_a_finding_cites(tmp_path: Path, linked: str) -> None:
    """The crawl records a page as linked (`?uid=2&id=7`, `…/index.html`); a finding may cite it in another spelling
    of the same page (query sorted, the index document folded): it still rests on the gap."""
    b = minisite.build()
    url = H + linked
    next(f for f in b.fetches if f.url == f"{H}/hdjl/2.html").url = url
    listing = next(f for f in b.fetches if f.url == f"{H}/hdjl/")
    assert isinstance(listing.body, str) and 'href="/hdjl/2.html"' in listing.body
    listing.body = listing.body.replace('href="/hdjl/2.html"', f'href="{linked}"')
    site = b.write(tmp_path / "site")
    before = run_checks(load_snapshot(site), AS_OF)
    cited = {f["url"] for f in before["findings"] if f["check"] == "unanswered-message"}
    assert len(cited) == 2 and f"{H}/hdjl/3.html" in cited
    drop_records(site / "crawl.warc.gz", {url})
    after = run_checks(load_snapshot(site), AS_OF)
    assert {f["url"] for f in after["findings"] if f["check"] == "unanswered-message"} == {f"{H}/hdjl/3.html"}
    assert len(after["site"]["evidence"]["not_measured_findings"]) == 1


def test_the_round_table_notes_incomplete_evidence(site: Path, tmp_path: Path) -> None:
    """A reader of results.csv/xlsx sees in 备注 that a site's evidence is incomplete and findings were not counted."""
    from govweb.campaign.results import SiteResult, build_table
    from govweb.registry import Site
    from govweb.scoring import load_methodology
    from govweb.scoring.site import score_site

    cstc = load_methodology("cstc-2020")
    whole = Site(site_code="3301000001", name="示例市人民政府", url=H + "/", tier="地市", admin_code="330100")
    lost = Site(site_code="3301000002", name="示例市人民政府（缺页）", url=H + "/", tier="地市", admin_code="330100")
    docs = {whole.site_code: run_checks(load_snapshot(site), AS_OF)}
    drop_records(site / "crawl.warc.gz", {f"{H}/hdjl/2.html"})
    docs[lost.site_code] = run_checks(load_snapshot(site), AS_OF)
    results = [SiteResult(s, score_site(docs[s.site_code], cstc, None), "done") for s in (whole, lost)]
    table = build_table(results, cstc, AS_OF, tmp_path / "results.csv")
    assert table.ranking is not None
    notes = {row.carried["网站标识码"]: row.carried["备注"] for t in table.ranking.tables for row in t.rows}
    assert "证据不完整：1 个页面缺失，相关发现 1 个未计" in notes["3301000002"]
    assert "证据不完整" not in notes["3301000001"]


def test_a_gap_the_template_links_hides_no_entry_of_a_column(tmp_path: Path) -> None:
    """An unreadable page linked from every page's footer (a 网站地图 served in a broken encoding) is no entry of any
    column: a stale or blank column stays judged. The same unreadable page as the column's page 2 leaves it not
    measured (its newer rows may be there)."""
    from .snapshot_builder import SnapshotBuilder

    seed = "http://www.q.gov.cn/"
    garbled = "\ufffd" * 400   # what an undecodable page reads as

    def site(sub: str, pager: str) -> dict:
        foot = "<p><a href='/wzdt.htm'>网站地图</a> 主办：某区人民政府办公室 闽ICP备01234567号</p>"
        menu = ("<p><a href='/zwgk/tzgg/'>通知公告</a> <a href='/zwgk/ghjh/'>规划计划</a> <a href='/lxwm.htm'>联系我们</a>"
                " <a href='/jggk.htm'>机构概况</a></p>")
        rows = "".join(f"<li><a href='/zwgk/tzgg/2019{m}01.htm'>关于第{m}期公示的通告</a>[2019-{m}-01]</li>"
                       for m in ("03", "04"))
        b = SnapshotBuilder(seed)
        b.page(seed, f"<html><head><title>某区人民政府</title></head><body>{menu}<ul>{rows}</ul>{foot}</body></html>",
               depth=0)
        b.page(seed + "zwgk/tzgg/", f"<html><head><title>通知公告</title></head><body>{menu}<ul>{rows}</ul>{pager}"
                                    f"{foot}</body></html>")
        b.page(seed + "zwgk/ghjh/", f"<html><head><title>规划计划</title></head><body>{menu}<ul></ul><p>暂无信息</p>"
                                    f"{foot}</body></html>")
        for path, name in (("lxwm.htm", "联系我们"), ("jggk.htm", "机构概况")):
            b.page(seed + path, f"<html><head><title>{name}</title></head><body>{menu}<p>{name}：某区府前路1号，"
                                f"电话 0591-1234567。</p>{foot}</body></html>")
        b.page(seed + "wzdt.htm", f"<html><body>{garbled}</body></html>")
        b.page(seed + "zwgk/tzgg/index_1.htm", f"<html><body>{garbled}</body></html>")
        return run_checks(load_snapshot(b.write(tmp_path / sub)), AS_OF)

    unpaged = site("footer", "")
    assert {("stale-column", seed + "zwgk/tzgg/"), ("empty-column", seed + "zwgk/ghjh/")} <= findings_of(unpaged)
    paged = site("pager", "<a href='/zwgk/tzgg/index_1.htm'>下一页</a>")
    assert ("stale-column", seed + "zwgk/tzgg/") not in findings_of(paged)
    assert ("empty-column", seed + "zwgk/ghjh/") in findings_of(paged)
    assert seed + "zwgk/tzgg/" in {f.get("url") for f in paged["site"]["evidence"]["not_measured_findings"]}


def test_a_plain_whole_warc_is_verified_without_warcio_and_anything_else_by_it(site: Path) -> None:
    """The verification pass proves a plain gzip WARC whole with zlib alone (the same records warcio finds); a file
    it cannot prove plain — torn, trailing bytes, a member cut out, a Content-Length that lies — goes to warcio."""
    import gzip

    from govweb.checks.snapshot import _plain_records, iter_warc

    warc = site / "crawl.warc.gz"
    warnings: list[str] = []
    assert _plain_records(warc) == [(e.record_id, e.offset) for e in iter_warc(warc, warnings, lambda *_: False)]
    assert not warnings
    data = warc.read_bytes()
    _, _, offset, length = record_spans(warc)[3]
    lying = gzip.compress(gzip.decompress(data[offset:offset + length]).replace(b"Content-Length: ",
                                                                                 b"Content-Length: 1", 1))
    for broken in (data[:-4], data + b"\0", data[:offset + length // 2] + data[offset + length:],
                   data[:offset] + lying + data[offset + length:]):
        warc.write_bytes(broken)
        assert _plain_records(warc) is None


def test_archived_scripts_are_read_where_the_evidence_check_found_them(tmp_path: Path) -> None:
    """The script files come from their records' offsets, not from another pass over the WARC: the same texts."""
    import dataclasses

    from govweb.checks.snapshot import archived_scripts

    from .snapshot_builder import SnapshotBuilder

    b = SnapshotBuilder(f"{H}/")
    b.page(f"{H}/", "<html><body><script src='/js/a.js'></script><p>首页</p></body></html>", depth=0)
    b.page(f"{H}/js/a.js", "document.write('<p>甲</p>');", content_type="application/javascript; charset=utf-8")
    b.page(f"{H}/about.html", "<html><body><p>关于</p></body></html>")
    b.page(f"{H}/js/b.js", "document.write('<p>乙</p>');", content_type="application/javascript; charset=utf-8")
    snap = load_snapshot(b.write(tmp_path / "site"))
    assert snap.record_offsets is not None
    texts = archived_scripts(snap)
    assert list(texts) == [f"{H}/js/a.js", f"{H}/js/b.js"] and "乙" in texts[f"{H}/js/b.js"]
    assert texts == archived_scripts(dataclasses.replace(snap, record_offsets=None))  # one full pass


@pytest.mark.parametrize("cut", [False, True])
def test_pages_read_where_the_evidence_check_found_them_are_those_a_full_pass_reads(site: Path, cut: bool) -> None:
    import dataclasses

    warc = site / "crawl.warc.gz"
    if cut:  # the tail torn mid-record: warcio verifies the file, and its offsets are the ones read
        _, _, offset, length = record_spans(warc)[len(record_spans(warc)) // 2]
        warc.write_bytes(warc.read_bytes()[: offset + length // 2])
    snap = load_snapshot(site)
    full = dataclasses.replace(snap, record_offsets=None, warnings=list(snap.warnings))
    assert snap.record_offsets and snap.integrity.truncated_tail is cut
    seen = [(d.record.url, d.html, d.offset, d.warc_record) for d in snap.documents()]
    assert seen and seen == [(d.record.url, d.html, d.offset, d.warc_record) for d in full.documents()]
    assert snap.warnings == full.warnings
