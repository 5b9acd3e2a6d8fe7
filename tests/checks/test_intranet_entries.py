"""Entries left pointing at addresses no visitor on the internet can open — an office network's address (10.x,
172.16–31.x, 192.168.x), the machine itself (127.0.0.1, localhost) or a staging server's name the crawl could not
open either (uat.…, …-test.…): the entry does not work for anyone; a port or a public IP host is no fault."""

from __future__ import annotations

from pathlib import Path

from .test_entries import _missing, _site, _vetoes

HALL = ("<h1>网上办事</h1><ul class='fw'><li><a href='https://zwfw.example-prov.gov.cn/county/gr/'>个人办事</a></li>"
        "<li><a href='https://zwfw.example-prov.gov.cn/county/fr/'>法人办事</a></li></ul>", 200)


def _nav(letters: str, consult: str) -> str:
    return ("<div class='menu'><a href='/'>网站首页</a> <a href='/wsbs/'>网上办事</a></div>"
            f"<div class='hd'><h3>政民互动</h3><a href='{letters}'>书记信箱</a> <a href='{consult}'>网上咨询</a></div>")


def test_an_entry_only_to_intranet_or_staging_addresses_is_missing(tmp_path: Path) -> None:
    report = _site(tmp_path, _nav("http://172.20.3.14:9080/mailbox/", "http://uat.xian.gov.cn/zx/"), {"wsbs/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    report = _site(tmp_path / "b", _nav("http://localhost:8080/mailbox/", "http://127.0.0.1/zx/"), {"wsbs/": HALL})
    assert "互动交流" in _missing(report)


def test_a_port_or_a_public_ip_host_is_no_fault(tmp_path: Path) -> None:
    report = _site(tmp_path, _nav("http://61.134.20.5:8088/mailbox/", "http://www.xian.gov.cn:8080/zx/"),
                   {"wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # a development zone's own site is often dev.<city>.gov.cn: a bare `dev` names no staging server
    report = _site(tmp_path / "dev", _nav("http://dev.xian.gov.cn/hdjl/xx/", "http://dev.xian.gov.cn/hdjl/zx/"),
                   {"wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
