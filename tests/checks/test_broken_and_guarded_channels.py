"""Channels read as a visitor meets them when parts are broken or guarded: a link to a host the site itself says is
retired leads nowhere; a page that is only a firewall's check is not the channel behind it; a cookie challenge at
the seed reloading to a page with a worked-out value appended leads to that page."""

from __future__ import annotations

from pathlib import Path

from govweb.collect.homepage import next_hop

from .test_entries import _missing, _site, _vetoes

NAV = ("<div class='menu'><a href='/'>网站首页</a> <a href='/zwdt/'>政务动态</a> "
       "<a href='https://zwfw.example-prov.gov.cn/cx/'>网上办事</a> <a href='/gzhd/'>政民互动</a></div>")
# the 政民互动 hub: its 书记信箱 answers 502, its 在线留言 sits on the site's former host
HUB = ("<h1>政民互动</h1><div class='tiles'><a href='/gzhd/sjxx/'>书记信箱</a> "
       "<a href='http://old.example-cx.gov.cn/gbook/'>在线留言</a></div>", 200)
DOWN = ("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>", 502)
RETIRED = "<p class='notice'>温馨提示：本站旧网址 old.example-cx.gov.cn 已经停止使用，请通过新网址访问。</p>"


def test_a_channel_whose_only_other_link_is_on_a_host_the_site_says_is_retired_fails(tmp_path: Path) -> None:
    report = _site(tmp_path, NAV, {"gzhd/": HUB, "gzhd/sjxx/": DOWN}, home_extra=RETIRED)
    assert "互动交流" in _missing(report)
    assert "interaction-poor" in _vetoes(report)


def test_a_link_to_another_host_the_site_does_not_disown_may_work(tmp_path: Path) -> None:
    report = _site(tmp_path, NAV, {"gzhd/": HUB, "gzhd/sjxx/": DOWN})
    assert "互动交流" not in _missing(report)
    assert "interaction-poor" not in _vetoes(report)


def test_a_host_the_site_will_retire_later_is_not_retired(tmp_path: Path) -> None:
    soon = "<p class='notice'>本站旧网址 old.example-cx.gov.cn 将于2021年3月1日停止使用，请及时更新收藏。</p>"
    report = _site(tmp_path, NAV, {"gzhd/": HUB, "gzhd/sjxx/": DOWN}, home_extra=soon)
    assert "interaction-poor" not in _vetoes(report)


# a 在线留言 tile whose address answered a firewall's 人机验证 page, beside a 书记信箱 whose form the crawl read
GUARDED_NAV = ("<div class='menu'><a href='/'>网站首页</a> <a href='/zwdt/'>政务动态</a> "
               "<a href='/liuyan/post.asp'>在线留言</a></div>"
               "<div class='side'><a href='/sjxx/'>书记信箱</a></div>")
SLIDER = ("<html><head><title>人机验证</title></head><body><div class='v'><h2>访问前请进行人机验证</h2>"
          "<div class='drag'>按住滑块，拖动到最右边</div></div><script src='/_guard/v.js'></script></body></html>", 200)
BOX = ("<h1>书记信箱</h1><form action='/sjxx/send' method='post'><input name='title'><textarea name='body'>"
       "</textarea><button>提交信件</button></form>", 200)


def test_an_entry_answered_by_a_firewall_check_gives_way_to_one_seen_to_work(tmp_path: Path) -> None:
    report = _site(tmp_path, GUARDED_NAV, {"liuyan/post.asp": SLIDER, "sjxx/": BOX})
    assert report["elements"]["互动交流"]["url"] == "http://www.xian.gov.cn/sjxx/"


def test_a_challenge_reloading_with_a_worked_out_value_leads_to_the_page_behind_it() -> None:
    challenge = ("<html><head></head><body><script>function go(){document.cookie='vk='+Math.random()+';path=/';"
                 "window.location.href='/portal/index.shtml?vtoken='+encodeURIComponent(navigator.language);}"
                 "setTimeout(go,100);</script></body></html>")
    hop = next_hop(challenge, "http://www.x.gov.cn/")
    assert hop is not None and hop.url == "http://www.x.gov.cn/portal/index.shtml"


def test_a_page_with_content_reloading_by_script_is_no_challenge() -> None:
    page = ("<html><body><script>document.cookie='seen=1';location.href='/list.html?p='+page;</script>"
            + "".join(f"<p><a href='/art/{i}.html'>第{i}条新闻标题文字足够长</a></p>" for i in range(40))
            + "</body></html>")
    hop = next_hop(page, "http://www.x.gov.cn/")
    assert hop is None or hop.url != "http://www.x.gov.cn/list.html"
