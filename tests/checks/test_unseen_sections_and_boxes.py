"""Parts of a site read as an evaluator reads them: a 政务公开 section the crawl did not fetch hides its catalogue —
政府信息公开目录 not measured, not missing —; a hub whose one box among like boxes says it is empty (暂无调查 under
网上调查 beside a 书记信箱 box giving its e-mail address) is no empty page. Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

from pathlib import Path

from .test_entries import _missing, _site, _vetoes

NAV = ("<div class='topnav'><a href='/'>网站首页</a> <a href='/news/'>新闻中心</a> <a href='/open/'>政务公开</a> "
       "<a href='/ask/'>公众参与</a></div>")
HALL = ("<h1>网上办事</h1><a href='https://zwfw.example-prov.gov.cn/county/'>省政务服务网县级站</a>", 200)


def test_an_unfetched_disclosure_section_leaves_its_catalogue_unmeasured(tmp_path: Path) -> None:
    # the menu's 政务公开 leads to a page of the site the crawl did not fetch: its catalogue is unseen, not missing
    report = _site(tmp_path / "unseen", NAV, {"bsfw/": HALL})
    assert "政府信息公开目录" not in _missing(report)
    assert any("政府信息公开目录" in w and "未采集" in w for w in report["warnings"])
    # the same section answering 404: its entry is broken, the catalogue missing
    gone = ("<html><head><title>404</title></head><body><h1>404 Not Found</h1></body></html>", 404)
    report = _site(tmp_path / "gone", NAV, {"bsfw/": HALL, "open/": gone})
    assert "政府信息公开目录" in _missing(report)


def test_one_empty_box_among_like_boxes_does_not_empty_a_hub(tmp_path: Path) -> None:
    # 公众参与 is a row of like boxes: 书记信箱 takes letters by e-mail, 网上调查 says 暂无调查 — the hub offers a channel
    boxes = ("<h1>公众参与</h1><section class='gz'>"
             "<article class='gz-card'><h4>书记信箱</h4><span>来信须实名，十个工作日内办理回复。</span>"
             "<p>来信请发至：<a href='mailto:sjxx@example-county.gov.cn'>sjxx@example-county.gov.cn</a></p></article>"
             "<article class='gz-card'><h4>便民热线</h4><span>全天受理群众来电诉求与建议</span></article>"
             "<article class='gz-card'><h4>网上调查</h4><span>暂无调查</span></article></section>")
    report = _site(tmp_path / "hub", NAV, {"ask/": (boxes, 200), "bsfw/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # the page saying so alone, with no box beside it, shows nothing: the channel's entry is empty, the veto stands
    alone = "<h1>公众参与</h1><div class='gz'><span>暂无调查</span></div>"
    report = _site(tmp_path / "alone", NAV, {"ask/": (alone, 200), "bsfw/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
