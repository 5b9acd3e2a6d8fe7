from __future__ import annotations

from pathlib import Path

import pytest

from govweb.checks.snapshot import load_snapshot
from govweb.errors import BadInput

from .snapshot_builder import SnapshotBuilder


def _site(n: int = 5) -> SnapshotBuilder:
    b = SnapshotBuilder("http://a.gov.cn/")
    for i in range(n):
        b.page(f"http://a.gov.cn/{i}.html", f"<html><body><p>第{i}页</p>{'内容' * 300}</body></html>")
    return b


def test_reads_every_page(tmp_path: Path) -> None:
    docs = list(load_snapshot(_site().write(tmp_path)).documents())
    assert [d.record.url for d in docs] == [f"http://a.gov.cn/{i}.html" for i in range(5)]
    assert "第3页" in docs[3].html


def test_corrupt_record_becomes_warning_and_rest_is_read(tmp_path: Path) -> None:
    _site().write(tmp_path)
    snap = load_snapshot(tmp_path)
    offsets = {d.record.url: d.offset for d in snap.documents()}
    warc = tmp_path / "crawl.warc.gz"
    data = bytearray(warc.read_bytes())
    bad = offsets["http://a.gov.cn/2.html"]
    data[bad + 60 : bad + 90] = b"\x00" * 30
    warc.write_bytes(bytes(data))
    snap = load_snapshot(tmp_path)
    urls = [d.record.url for d in snap.documents()]
    assert urls == ["http://a.gov.cn/0.html", "http://a.gov.cn/1.html", "http://a.gov.cn/3.html", "http://a.gov.cn/4.html"]
    assert len(snap.warnings) == 1 and f"偏移 {bad}" in snap.warnings[0]


def test_truncated_last_record(tmp_path: Path) -> None:
    _site().write(tmp_path)
    snap = load_snapshot(tmp_path)
    last = [d.offset for d in snap.documents()][-1]
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(warc.read_bytes()[: last + 120])
    snap = load_snapshot(tmp_path)
    assert len(list(snap.documents())) == 4
    assert any(f"偏移 {last}" in w for w in snap.warnings)


def test_not_a_warc_is_bad_input(tmp_path: Path) -> None:
    _site().write(tmp_path)
    (tmp_path / "crawl.warc.gz").write_bytes(b"<html>this is not an archive</html>")
    with pytest.raises(BadInput) as exc:
        load_snapshot(tmp_path)
    assert "crawl.warc.gz" in str(exc.value)


def test_uncompressed_warc_is_read(tmp_path: Path) -> None:
    docs = list(load_snapshot(_site(3).write(tmp_path, gzip=False)).documents())
    assert len(docs) == 3


def test_recorded_encoding_and_conversion_record(tmp_path: Path) -> None:
    b = SnapshotBuilder("http://a.gov.cn/")
    b.page("http://a.gov.cn/", "<html><head><meta charset=gb2312></head><body>政府网站首页</body></html>",
           encoding="gb18030", content_type="text/html; charset=gb2312")
    b.page("http://a.gov.cn/js.html", "<html><body><div id=app></div></body></html>",
           rendered="<html><body><div id=app>渲染后的内容</div></body></html>")
    docs = {d.record.url: d for d in load_snapshot(b.write(tmp_path)).documents()}
    assert "政府网站首页" in docs["http://a.gov.cn/"].html
    assert "渲染后的内容" in docs["http://a.gov.cn/js.html"].html


def test_missing_crawl_json_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        load_snapshot(tmp_path)


def test_byte_order_mark_decides_and_is_no_text(tmp_path: Path) -> None:
    """A UTF-8 page with a BOM under a GBK label: the BOM wins and is not part of the page's text; a GBK page
    with a few bad bytes stays GBK (its bad bytes replaced), whatever other codec might half-read it."""
    b = SnapshotBuilder("http://b.gov.cn/")
    b.page("http://b.gov.cn/bom.html", b"\xef\xbb\xbf<html><head><meta charset=gbk></head><body>" + "办事指南".encode()
           + b"</body></html>", encoding="utf-8", content_type="text/html; charset=gbk")
    b.page("http://b.gov.cn/gbk.html", "<html><body>政务公开".encode("gbk") + b"\x81\x20" + "年报</body></html>".encode("gbk"),
           encoding="gb18030", content_type="text/html")
    docs = {d.record.url: d.html for d in load_snapshot(b.write(tmp_path)).documents()}
    assert docs["http://b.gov.cn/bom.html"].startswith("<html>") and "办事指南" in docs["http://b.gov.cn/bom.html"]
    assert "政务公开" in docs["http://b.gov.cn/gbk.html"] and "年报" in docs["http://b.gov.cn/gbk.html"]


def test_rendering_under_a_lying_label_is_not_read(tmp_path: Path) -> None:
    """A browser reads bytes by their label (the header's charset, else the meta's): GBK bytes the server labels
    utf-8 render as mojibake, so the page is read from its bytes (the crawler found them GBK); a page whose
    header names the encoding the bytes are in renders right whatever its meta says, and so does an all-ASCII page
    under any label."""
    b = SnapshotBuilder("http://c.gov.cn/")
    body = "<html><body><div class=bottom>主办单位：某区民政局 备案号：京ICP备12345678号</div></body></html>"
    b.page("http://c.gov.cn/lies.htm", body.encode("gbk"), encoding="gb18030",
           content_type="text/html; charset=utf-8",
           rendered="<html><body><div class=bottom>\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd</div>"
                    "<p>脚本写的内容</p></body></html>")
    b.page("http://c.gov.cn/header.htm", "<html><head><meta charset=gbk></head><body>页脚</body></html>".encode(),
           encoding="utf-8", content_type="text/html; charset=UTF-8",
           rendered="<html><body>页脚<p>脚本写的内容</p></body></html>")
    b.page("http://c.gov.cn/ascii.htm", b"<html><head><meta charset=gbk></head><body><div id=app></div></body></html>",
           encoding="utf-8", content_type="text/html",
           rendered="<html><body><div id=app>渲染后的内容</div></body></html>")
    docs = {d.record.url: d for d in load_snapshot(b.write(tmp_path)).documents()}
    assert "主办单位：某区民政局" in docs["http://c.gov.cn/lies.htm"].html
    assert docs["http://c.gov.cn/lies.htm"].warc_record == docs["http://c.gov.cn/lies.htm"].record.warc_record
    assert "脚本写的内容" in docs["http://c.gov.cn/header.htm"].html
    assert "渲染后的内容" in docs["http://c.gov.cn/ascii.htm"].html
