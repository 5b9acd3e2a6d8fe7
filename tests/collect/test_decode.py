from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govweb.collect.decode import decode_html, normalize_encoding
from govweb.collect.links import parse_page

# 镕, 珺, 喆 and 堃 are GBK characters missing from GB2312: pages that say gb2312 but carry them are common.
TITLE = "朱镕基同志珺琦喆堃政务公开专栏"


def gbk_page(meta: str = "gb2312") -> bytes:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta}"><title>{TITLE}</title></head><body>通知公告</body></html>'.encode("gbk")


def test_gbk_bytes_declared_gb2312_in_meta() -> None:
    decoded = decode_html(gbk_page(), "text/html")
    assert decoded.encoding == "gb18030" and decoded.source == "meta"
    assert parse_page(decoded.text, "http://x.gov.cn/").title == TITLE


def test_gbk_bytes_declared_gb2312_in_http_header() -> None:
    decoded = decode_html(gbk_page("utf-8"), "text/html; charset=GB2312")
    assert decoded.encoding == "gb18030" and decoded.source == "http"
    assert TITLE in decoded.text


def test_header_wrong_meta_right() -> None:
    decoded = decode_html(gbk_page("gbk"), "text/html; charset=utf-8")
    assert decoded.encoding == "gb18030" and TITLE in decoded.text


def test_bom_wins_and_undeclared_gbk_is_detected() -> None:
    assert decode_html(b"\xef\xbb\xbf<title>\xe6\x94\xbf\xe5\xba\x9c</title>", "text/html; charset=gbk").text == "<title>政府</title>"
    body = f"<html><title>{TITLE}</title><p>{'关于做好政务公开工作的通知' * 5}</p></html>".encode("gbk")
    decoded = decode_html(body, "text/html")
    assert decoded.encoding == "gb18030" and TITLE in decoded.text


def test_invalid_bytes_in_declared_page_keep_the_page() -> None:
    body = "<meta charset=utf-8><title>政务公开</title>".encode() + b"\xff\xfe\x80" + "正文".encode() * 200
    decoded = decode_html(body, None)
    assert not decoded.error and decoded.encoding == "utf-8"
    assert parse_page(decoded.text, "http://x.gov.cn/").title == "政务公开"


def test_binary_is_a_decode_error() -> None:
    assert decode_html(bytes(range(256)) * 8, "text/html").error


def test_labels() -> None:
    assert normalize_encoding("GB2312") == normalize_encoding("gbk") == normalize_encoding("x-gbk") == "gb18030"
    assert normalize_encoding("UTF8") == "utf-8"
    assert normalize_encoding("no-such-charset") is None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([None, "text/html", "text/html; charset=gb2312", "text/html; charset=bogus"]))
def test_no_byte_sequence_crashes(body: bytes, content_type: str | None) -> None:
    decoded = decode_html(body, content_type)
    assert isinstance(decoded.text, str)
    parse_page(decoded.text, "http://x.gov.cn/")
