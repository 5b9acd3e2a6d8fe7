"""Our side or theirs (outside links failing alike while the site answers are not measured), failures in plain
Chinese, and pages the checks cannot read (a warning naming the URL and WARC offset, never a finding)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.n.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
HOME = ("<html><head><title>某县人民政府</title></head><body>"
        "<ul><li><a href='/xw/202011/t20201120_1.html'>全县召开工作会议</a><span>2020-11-20</span></li></ul>"
        "<a href='/gone.html'>旧专题</a> <a href='http://www.gov.cn/'>中国政府网</a> "
        "<a href='http://bszs.conac.cn/sitename?id=1'>党政机关</a> <a href='http://www.beian.gov.cn/'>公安备案</a>"
        "<div class='foot'>主办单位：某县人民政府办公室 网站标识码：3301000001</div></body></html>")


def _report(tmp_path: Path, outside: dict[str, str | int]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(SEED + "gone.html", "<html>Not Found</html>", status=404)
    for url, how in outside.items():
        if isinstance(how, int):
            b.page(url, "", status=how, kind="external")
        else:
            b.page(url, kind="external", error=how)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _broken(report: dict) -> dict[str, str]:
    return {f["target"]: f["message"] for f in report["findings"] if f["check"] == "broken-link"}


def test_every_outside_host_failing_dns_is_our_network(tmp_path: Path) -> None:
    report = _report(tmp_path, {"http://www.gov.cn/": "dns", "http://bszs.conac.cn/sitename?id=1": "dns",
                                "http://www.beian.gov.cn/": "dns"})
    assert _broken(report) == {SEED + "gone.html": "链接无法访问（HTTP 404 页面不存在），被 1 个页面引用"}
    assert any("外部链接未测量" in w and "3 个外部网站" in w for w in report["warnings"])
    # the rates count only what was measured: the homepage's one site link is broken
    assert report["metrics"]["broken_link_rate_home"] == 1.0


def test_one_dead_outside_host_among_live_ones_is_a_broken_link(tmp_path: Path) -> None:
    report = _report(tmp_path, {"http://www.gov.cn/": 200, "http://bszs.conac.cn/sitename?id=1": 200,
                                "http://www.beian.gov.cn/": "dns"})
    assert _broken(report)["http://www.beian.gov.cn/"] == "链接无法访问（域名无法解析），被 1 个页面引用"
    assert not any("外部链接未测量" in w for w in report["warnings"])


def test_no_finding_reads_a_bare_error_code(tmp_path: Path) -> None:
    report = _report(tmp_path, {"http://www.gov.cn/": "connect", "http://bszs.conac.cn/sitename?id=1": 503,
                                "http://www.beian.gov.cn/": "tls"})
    for message in _broken(report).values():
        assert not re.search(r"（(?:dns|connect|tls|timeout|redirect-loop)）", message), message
    assert _broken(report)["http://www.beian.gov.cn/"].startswith("链接无法访问（TLS 握手失败）")


def test_an_unreadable_page_is_a_warning_not_a_finding(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    nav = "<a href='/bin.html'>通知公告</a> <a href='/gbk.html'>政策文件</a>"
    b.page(SEED, HOME.replace("<ul>", nav + "<ul>"), depth=0)
    b.page(SEED + "bin.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4)
    # GBK bytes recorded and labelled as UTF-8: nothing decodes them
    b.page(SEED + "gbk.html", ("<html><body>" + "通知公告暂无信息" * 40 + "</body></html>").encode("gbk"),
           encoding="utf-8", content_type="text/html; charset=utf-8")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    warned = [w for w in report["warnings"] if w.startswith("页面无法读取")]
    assert len(warned) == 2
    assert all(re.search(r"WARC 偏移 \d+", w) for w in warned)
    assert any(SEED + "bin.html" in w and "二进制" in w for w in warned)
    assert any(SEED + "gbk.html" in w and "无法解码" in w for w in warned)
    touched = {f.get("url") for f in report["findings"]} | {f.get("target") for f in report["findings"]}
    assert not {SEED + "bin.html", SEED + "gbk.html"} & touched
    assert report["columns"] == []


def test_an_unreadable_homepage_is_not_measured(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, b"\x00\x01\x02\x03" * 2000, content_type="text/html")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["site"]["status"] == "not-measured" and report["findings"] == [] and report["vetoes"] == []


def test_a_search_box_only_a_browser_can_use_is_not_measured_with_a_warning(tmp_path: Path) -> None:
    """A search the measurement could not try (no form, no browser; or nothing happened in the browser) is no
    search-not-working finding: the metric is not measured and the report says why."""
    for error, words in (("script-search", "由脚本提交"), ("no-response", "页面无变化")):
        b = SnapshotBuilder(SEED)
        b.page(SEED, HOME, depth=0)
        b.measurements = {"search": {"form_url": SEED, "query": "全县召开工作会议", "results_url": None, "status": None,
                                     "found": None, "error": error}}
        report = run_checks(load_snapshot(b.write(tmp_path / error)), AS_OF)
        assert not [f for f in report["findings"] if f["check"] == "search-not-working"]
        assert any("站内搜索未测量" in w and words in w for w in report["warnings"]), report["warnings"]
        assert report["metrics"]["search_works"] is None


def test_mojibake_a_browser_showed_is_read_as_shown(tmp_path: Path) -> None:
    """A page the browser lane rendered as mojibake (its bytes under a charset label that lies) is what every
    visitor sees: read as shown, not a gap that would leave the findings near it unmeasured."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME.replace("<ul>", "<a href='/map.html'>网站地图</a><ul>"), depth=0)
    garbled = "<html><body>" + "\ufffd\ufffd\ufffd <a href='/xw/'>\ufffd\ufffd</a> " * 60 + "</body></html>"
    b.page(SEED + "map.html", "<html><body>" + "通知公告" * 60 + "</body></html>", rendered=garbled)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert not [w for w in report["warnings"] if w.startswith("页面无法读取")]
    assert report["site"]["evidence"]["not_measured_findings"] == []
    assert any(f["check"] == "missing-element" and f.get("element") == "互动交流" for f in report["findings"])


def test_https_and_ipv6_say_why_in_words_and_our_resolver_failing_is_not_measured(tmp_path: Path) -> None:
    """HTTPS refused: the finding says so in words, not "（connect）"; an AAAA lookup our resolver failed on
    (measure.py records it as not measured) is a warning, no no-ipv6 finding against the site."""
    def checked(name: str, https: dict, ipv6: dict) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, HOME, depth=0)
        b.measurements = {"https": https, "ipv6": ipv6}
        return run_checks(load_snapshot(b.write(tmp_path / name)), AS_OF)

    refused = checked("refused", {"available": False, "certificate_valid": None, "error": "connect"},
                      {"aaaa": [], "connect_ok": False, "error": "no-aaaa"})
    messages = {f["check"]: f["message"] for f in refused["findings"]}
    assert messages["insecure-transport"] == "网站不支持 HTTPS 访问（无法建立连接）"
    assert messages["no-ipv6"] == "网站不支持 IPv6 访问：无 AAAA 记录"
    ours = checked("ours", {"available": True, "certificate_valid": True, "error": None},
                   {"aaaa": None, "connect_ok": None, "error": "dns"})
    assert "no-ipv6" not in {f["check"] for f in ours["findings"]} and ours["metrics"]["ipv6"] is None
    assert any(w.startswith("IPv6 未测量：评估端查询 AAAA 记录失败") for w in ours["warnings"])
