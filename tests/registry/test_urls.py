"""Homepage URL normalisation: every messy form the national directory holds, and what is not a URL."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govweb.registry._urls import NormalisedUrl, normalise_url


@pytest.mark.parametrize(
    ("raw", "url", "change"),
    [
        ("www.beijing.gov.cn", "http://www.beijing.gov.cn", "补全协议 http://"),
        ("http://sf.tj.gov.cn ", "http://sf.tj.gov.cn", "去除首尾空白"),
        ("\xa0http://cgjd.yulin.gov.cn", "http://cgjd.yulin.gov.cn", "去除首尾空白"),
        ("http://www.ycfl.gov.cn/\u3000", "http://www.ycfl.gov.cn/", "去除首尾空白"),
        ("http:// sczj.suining.gov.cn", "http://sczj.suining.gov.cn", "去除网址中的空格"),
        ("http：//www.ghx.gov.cn", "http://www.ghx.gov.cn", "全角字符改为半角"),
        ("ｗｗｗ．ｂｅｉｊｉｎｇ．ｇｏｖ．ｃｎ", "http://www.beijing.gov.cn", "全角字符改为半角"),
        ("http:/mzj.fy.gov.cn", "http://mzj.fy.gov.cn", "修正协议写法「http:/」"),
        ("http//gjj.shiyan.gov.cn", "http://gjj.shiyan.gov.cn", "修正协议写法「http//」"),
        ("Http://scjg.gzlps.gov.cn", "http://scjg.gzlps.gov.cn", "协议改为小写"),
        ("WWW.SHCN.GOV.CN", "http://www.shcn.gov.cn", "主机名改为小写"),
        ("http://Jgswglj.Lsz.gov.cn/Index.html", "http://jgswglj.lsz.gov.cn/Index.html", "主机名改为小写"),
        ("http://a.gov.cn:80/x", "http://a.gov.cn/x", "去除默认端口 80"),
        ("https://a.gov.cn:443/", "https://a.gov.cn/", "去除默认端口 443"),
        ("www.gzfenggang.gov.cn;", "http://www.gzfenggang.gov.cn", "补全协议 http://"),
        ("http://www.fujian.gov.cn; http://www.fj.gov.cn;", "http://www.fujian.gov.cn", "另有网址「http://www.fj.gov.cn」"),
        ("http://jsj.hd.gov.cn, 邯郸市建设局.政务", "http://jsj.hd.gov.cn", "多余内容「邯郸市建设局.政务」"),
        ("lzshgl.gov.cn（搭建中，尚未使用）", "http://lzshgl.gov.cn", "多余内容「(搭建中,尚未使用)」"),
        ("http://a.gov.cn./", "http://a.gov.cn/", "去除主机名末尾的点"),
    ],
)
def test_messy_urls_are_normalised_and_reported(raw: str, url: str, change: str) -> None:
    result = normalise_url(raw)
    assert result.error is None
    assert result.url == url
    assert any(change in c for c in result.changes), result.changes


@pytest.mark.parametrize(
    "raw",
    [
        "http://www.beijing.gov.cn/",
        "https://www.shanghai.gov.cn/",
        "http://scjgj.jszwfw.gov.cn:13619/",
        "http://zwfw.sc.gov.cn/?areaCode=510000000000",
        "http://127.0.0.1:8080/",
        "http://[::1]:8080/a",
        "http://localhost:5000",
    ],
)
def test_clean_urls_are_left_alone(raw: str) -> None:
    assert normalise_url(raw) == NormalisedUrl(raw, (), None)


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("", "为空"),
        ("   ", "为空"),
        ("暂无", "不是有效的网址"),
        ("http://x", "不是有效的网址"),
        ("ftp://files.gov.cn/", "不支持的协议「ftp」"),
        ("http://a.gov.cn:99999/", "端口无效"),
        ("http://user:pw@a.gov.cn/", "用户名或密码"),
        ("http://-bad-.gov.cn/", "不是有效的网址"),
    ],
)
def test_unusable_urls_give_a_reason(raw: str, why: str) -> None:
    result = normalise_url(raw)
    assert result.url is None and result.error and why in result.error


_label = st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(
    labels=st.lists(_label, min_size=2, max_size=4),
    scheme=st.sampled_from(["", "http://", "https://", "HTTP://", "http:/", "http：//"]),
    upper=st.booleans(),
    pad=st.sampled_from(["", " ", "\u3000", "\xa0 "]),
    path=st.sampled_from(["", "/", "/index.html", "/a/b?x=1"]),
)
def test_normalisation_is_idempotent(labels: list[str], scheme: str, upper: bool, pad: str, path: str) -> None:
    host = ".".join(labels)
    raw = pad + scheme + (host.upper() if upper else host) + path + pad
    first = normalise_url(raw)
    assert first.url is not None, first.error
    assert first.url.startswith(("http://", "https://"))
    assert host in first.url  # host lower-cased
    again = normalise_url(first.url)
    assert (again.url, again.changes) == (first.url, ())
    assert bool(first.changes) == (raw != first.url)
