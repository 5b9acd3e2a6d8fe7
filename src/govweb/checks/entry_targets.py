"""Whether an entry's target works (`target_problem`): not broken, no error page, no empty page, and for a channel
(办事服务, 互动交流) a hub with a way on — not a page only to read, a directory of telephone numbers, a list of
answers, a closed or stopped channel.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from govweb.checks import links as linkcheck
from govweb.checks import services
from govweb.checks.column_names import title_name
from govweb.checks.columns import ctx_columns, is_empty
from govweb.checks.context import SiteContext
from govweb.checks.dates import YMD, find_full_dates, to_date
from govweb.checks.entry_choice import BADGES, LINK_WORDS, URL_MARKERS, portal_home
from govweb.checks.guide_labels import is_guide
from govweb.checks.list_state import (
    archive_elsewhere,
    own_lines,
    says_empty_beside_rows,
    script_list_unseen,
    seen_as_served,
    shows_empty_list,
)
from govweb.checks.out_of_service import (
    MOVED,
    says_channel_stopped,
    says_error,
    says_not_opened,
    says_out_of_service,
)
from govweb.checks.page import EMPTY_CONTAINER, PageFacts
from govweb.checks.page_kinds import ASSISTANT_WORDS, channel_landing, homepage_again
from govweb.checks.page_links import ACTION_NAME, WRITE_LINK, Link, back_or_action


def target_problem(ctx: SiteContext, url: str, content: bool = True, hub: bool = False,
                   write: bool = False) -> str | None:
    """Why an entry's link does not work (broken, an error page, an empty page, a hub whose every link fails), or
    None (works, or unknown). With `content` False only a broken link counts; with `hub`, a hub page whose every
    link fails counts too (a channel's hub: `elements.CHANNELS`); with `write` (互动交流: a channel the visitor writes to),
    a page only to read, offering nothing to do (`_dead_end`), fails too. Judged once per site and question
    (entries, columns and hubs ask about the same targets)."""
    known: dict[tuple[str, bool, bool, bool], str | None] = ctx.derived("target_problems", lambda _: {})
    key = (url, content, hub, write)
    if key not in known:
        known[key] = None   # asked again while judged (hubs linking each other): unknown, so it may work
        known[key] = _target_problem(ctx, url, content, hub, write)
    return known[key]


# A staging or test server by its name (test.x.gov.cn, uat.x.gov.cn, x.gov.cn.cdn-test.cloud.net): left by the builder
# (a bare `dev` label is no such name: dev.x.gov.cn is as often a 开发区's own site)
_STAGING_LABEL = re.compile(r"(?:test|staging|uat)(?:\d*|-.*)|dev(?:\d+|-.*)|.+-(?:test|dev|staging)", re.IGNORECASE)


# The private networks of RFC 1918 (an office's intranet, a CMS's preview server)
_INNER_NETWORKS = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def _inner_host(host: str) -> bool:
    """A private or loopback address, or localhost: a host only the machine or its office network reaches."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return ip.is_loopback or any(ip in net for net in _INNER_NETWORKS)


def _intranet_address(ctx: SiteContext, url: str, rec: object) -> str | None:
    """The address of a link no visitor on the internet can open, or None: a private or loopback address, localhost
    (when the site itself is not served from one), or a staging server's name that the crawl did not open either
    (where it answered, it is judged by what it showed)."""
    host = (urlsplit(url).hostname or "").lower()
    if _inner_host(host):
        own_inner = any(_inner_host((urlsplit("//" + h).hostname or "").lower()) for h in ctx.site_hosts)
        return None if own_inner else host
    worked = rec is not None and not linkcheck.is_broken(rec)   # type: ignore[arg-type]
    staging = any(_STAGING_LABEL.fullmatch(label) for label in host.split(".")[:-2])
    return host if staging and not worked and not ctx.same_site(url) else None


def _target_problem(ctx: SiteContext, url: str, content: bool, hub: bool, write: bool = False) -> str | None:
    canonical = ctx.canonical(url)
    rec = ctx.records.get(canonical) or ctx.records.get(url)
    if (inner := _intranet_address(ctx, url, rec)) is not None:
        return f"入口链接指向内网、本机或测试服务器地址（{inner}），公众无法访问"
    if (rec is None or linkcheck.is_broken(rec)) and (retired := _retired_by_site(ctx, url)) is not None:
        # a link the crawl could not open, to a former host the site itself says is gone (原域名 … 已停止解析)
        return f"入口链接指向网站自己声明已停用的原域名（{retired}）"
    if rec is not None and linkcheck.is_broken(rec) and not linkcheck.unmeasured(ctx, canonical):
        if rec.error in linkcheck.NETWORK_ERRORS | {"tls"} and not ctx.same_site(canonical):
            return None   # an outside platform we could not reach may work for visitors: not judged here
        return f"入口链接无法访问（{linkcheck.failure_text(rec)}）"
    if rec is not None and content and not hub and rec.url in ctx.server_refusals:
        # the server's own Forbidden page (a folder without its index file) is what every visitor gets; a 403 may
        # also turn only us away, so a channel (whose failure raises a veto) is not judged by it
        return "入口链接无法访问（HTTP 403，服务器拒绝访问：Forbidden）"
    if (rec is None or rec.status is None) and hub and (gone := _retired_host(ctx, canonical)) is not None:
        # a link not opened (not crawled, disallowed) to a host whose every page opened answered 404: gone too
        return f"入口链接所在的平台地址已失效（该主机上抓取的 {gone} 个页面均返回 HTTP 404/410）"
    f = ctx.pages.get(canonical) or (_same_login(ctx, canonical) if hub else None)
    if f is None:
        # (a question put to an assistant the crawl read: its suggested 我要留言 → `/znkf/?wd=我要留言`)
        asked = _assistant_asked(ctx, canonical) if write else None
        return _chatbot(ctx, asked) if asked is not None else None
    if f.jump_to is not None:
        # a jump page sends the visitor straight on (window.location.replace(…), a refresh): judged by where it
        # lands, as a redirect chain is — a jump to an old host answering 404 is a broken entry
        problem = target_problem(ctx, f.jump_to, content, hub, write)
        return f"入口页面跳转至 {f.jump_to}，{problem}" if problem is not None else None
    if not content:
        return None
    if f.error_page or _error_in_template(ctx, f):
        return "入口页面显示错误、“建设中”或暂停受理"
    if homepage_again(ctx, f):
        return "入口链接打开的是网站首页（该地址没有栏目或功能页面）"
    if _staff_login(f):
        return "入口页面是仅供内部工作人员使用的办公系统登录页，不向公众提供服务"
    if hub and _closed_login(ctx, f):
        return "入口页面是会员登录页，注册功能已关闭，公众无法取得账号使用"
    if _empty_page(ctx, f) and not (hub and _links_to_platform(ctx, f)):
        return "入口页面没有内容"
    if not hub:
        return None
    if write and f.form_unsent and not (f.login_form or f.frames or f.redirect):
        return "入口页面的留言表单无法提交（提交按钮只提示、不发送）"
    return (_dead_hub(ctx, f, write) or _closed_channel(ctx, f) or _closed_frame(ctx, f) or _calls_for_opinions(f)
            or (_dead_end(ctx, f) or _answers_only(ctx, f) or _phones_only(ctx, f) or _chatbot(ctx, f) if write
                else _incomplete_guides(ctx, f) or _contacts_only(ctx, f)))


# How many pages of an outside host the crawl must have opened, all answering 404 or 410, to take the host as retired
_RETIRED_HOST_PAGES = 2


# A site's own words that a host of its past is gone (原域名 www.x.gov.cn 已停止解析, 旧网址（www.x.gov.cn）已于2025年1月
# 1日起停止访问): the host, then in the same clause the words saying it was retired — not a date it will be (将于…停用).
_RETIRED_BY_SITE = re.compile(
    r"((?:[a-z0-9-]+\.)+[a-z]{2,})[\s\"”’」）)]{0,3}(?:已|已经|现已)(?:于[^。；;，,！!\n]{0,14}?)?"
    r"(?:停止(?:解析|使用|访问|服务|运行)|停用|废止|注销|失效|下线)", re.IGNORECASE)


def _retired_by_site(ctx: SiteContext, url: str) -> str | None:
    """`url`'s host when it is another host than the site's and one of the site's own pages says that host is
    retired (本网站域名已变更，原域名 www.x.gov.cn 已停止解析): a link there leads nowhere, whatever the crawl
    could or could not fetch. None otherwise."""
    if ctx.same_site(url):
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host if host and host in ctx.derived("hosts_retired_by_site", _hosts_retired_by_site) else None


def _hosts_retired_by_site(ctx: SiteContext) -> frozenset[str]:
    """The hosts the site's own pages say are retired (`_RETIRED_BY_SITE`), its own hosts aside."""
    hosts = set()
    for f in ctx.pages.values():
        if not ctx.same_site(f.url):
            continue
        for text in (f.title, f.text_head, *(f.lines | f.prose)):   # (a prose line is often a line too: read once)
            hosts.update(m.group(1).lower() for m in _RETIRED_BY_SITE.finditer(text))
    return frozenset(h for h in hosts if not ctx.same_site(f"http://{h}/"))


def _retired_host(ctx: SiteContext, url: str) -> int | None:
    """How many pages the crawl opened on `url`'s host when it is another host than the site's and every one of
    them (two at least) answered 404 or 410 Gone: a platform that moved away (its old 网上办事大厅 address), so a
    hub's link there not opened fails too. One page of the host that answered anything else, or a single 404,
    leaves it unknown."""
    if ctx.same_site(url):
        return None
    by_host: dict[str, list[int]] = ctx.derived("host_statuses", _host_statuses)
    statuses = by_host.get((urlsplit(url).hostname or "").lower(), [])
    gone = len(statuses) >= _RETIRED_HOST_PAGES and all(s in (404, 410) for s in statuses)
    return len(statuses) if gone else None


def _host_statuses(ctx: SiteContext) -> dict[str, list[int]]:
    """The statuses the pages of each host answered (its robots.txt and sitemaps, and pages not opened, aside)."""
    by_host: dict[str, list[int]] = {}
    for u, rec in ctx.records.items():
        if rec.kind in ("page", "external") and rec.status is not None:
            by_host.setdefault((urlsplit(u).hostname or "").lower(), []).append(rec.status)
    return by_host


# A login page's own words saying it is for the body's staff (本系统仅供某局内部工作人员使用, 内部办公) or a title naming
# an office system (协同办公平台, 办公自动化系统, OA系统); a way for the public to sign up (注册) says otherwise.
_STAFF_ONLY = re.compile(r"内部(?:工作)?(?:人员|员工|职工|用户)|仅(?:供|限)[^。；;！!]{0,30}?内部|内部(?:办公|使用)")
_OFFICE_SYSTEM = re.compile(r"协同办公|办公自动化|OA\s*(?:系统|平台)|内网办公")


def _staff_login(f: PageFacts) -> bool:
    """A login page (a password field) of a system for the body's own staff — it says so (本系统仅供内部工作人员使用)
    or is named an office system (协同办公平台, OA系统) — offering the public no way to register: a staff OA system
    serves no visitor, so an entry leading there leads to no service or channel. A login in front of a public
    platform (统一身份认证 with 立即注册, a hall's 个人登录/法人登录) is a working way in."""
    if not f.login_form:
        return False
    texts = [f.title, *f.lines, *f.prose, f.text_head]
    if any("注册" in t for t in texts) or any("注册" in link.text for link in f.links):
        return False
    return any(_STAFF_ONLY.search(t) for t in texts) or _OFFICE_SYSTEM.search(f.title) is not None


# A login page's way to sign up that is closed (注册功能已关闭！, 暂停注册, 停止新用户注册, 暂不开放注册).
_REGISTRATION_CLOSED = re.compile(r"注册(?:功能|通道|入口)?(?:已|暂时|暂)?(?:关闭|停止|停用)|"
                                  r"(?:暂停|停止|关闭|暂不开放|不再开放|不开放)(?:新用户|新会员|用户|会员|个人)?注册")
# Another way in than the site's own accounts: a unified identity platform, a code to scan, another app's account.
_OTHER_SIGN_IN = re.compile(r"统一身份|统一认证|身份认证|单点登录|政务服务网|扫码|二维码|扫一扫|微信|支付宝|"
                            r"电子社保卡|实名认证|第三方|游客")


def _closed_login(ctx: SiteContext, f: PageFacts) -> bool:
    """A login page (a password field, no form to write in) in front of a channel whose every way to sign up — its
    注册 links — leads to a page the crawl holds saying registration is closed (注册功能已关闭), or that says so itself,
    and which names no other way in (a unified identity platform, a code to scan, a link to another host): nobody
    outside can get an account, so the channel serves no visitor. A 注册 link not crawled, or none at all, may work:
    then the login is a working way in, as real halls and boards ask for one."""
    if not f.login_form or f.textarea or f.frames or f.redirect:
        return False
    own = own_lines(ctx, f)
    if any(_OTHER_SIGN_IN.search(t) for t in (*own, *(link.text for link in f.links))):
        return False
    if any(not ctx.same_site(u) and not _badge_link(u)
           for u in _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip()))):
        return False   # a link to another host (an identity platform) may be the way in
    if any(_REGISTRATION_CLOSED.search(t) for t in own):
        return True
    signups = {ctx.canonical(link.url) for link in f.links if "注册" in link.text} - {f.url}
    if not signups:
        return False

    def closed(u: str) -> bool:
        page = ctx.pages.get(u)
        return page is not None and not page.login_form and not page.textarea and any(
            _REGISTRATION_CLOSED.search(t) for t in own_lines(ctx, page))
    return all(closed(u) for u in signups)


# Query parameters naming where a login page sends the visitor back after signing in (login.jspx?returnUrl=…).
_RETURN_PARAMS = frozenset({"returnurl", "return_url", "returnto", "return", "redirect", "redirect_url", "redirecturl",
                            "redirect_uri", "service", "backurl", "back_url", "goto", "next", "targeturl"})


def _return_free(url: str) -> str | None:
    """The address without its return-after-login parameters, or None when it has none."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if k.lower() not in _RETURN_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(kept))) if len(kept) < len(query) else None


def _same_login(ctx: SiteContext, url: str) -> PageFacts | None:
    """The login page the crawl holds at the address of `url` save its return-after-login parameter: a channel's
    tiles send the visitor to one login, each naming where to return (login.jspx?returnUrl=/xx/write.jhtml beside
    ?returnUrl=/zx/write.jhtml), and the page is the same whichever the crawl opened."""
    key = _return_free(url)
    if key is None:
        return None
    logins: dict[str, PageFacts] = ctx.derived("login_pages", lambda c: {
        k: g for u, g in sorted(c.pages.items()) if g.login_form and (k := _return_free(u)) is not None})
    return logins.get(key)


def _dead_hub(ctx: SiteContext, f: PageFacts, write: bool = False) -> str | None:
    """A hub page (no list, no form, no frame) whose own links — the site's menu, the homepage, the page itself and
    links to 信访 or 纪检 channels and calls for opinions aside, and for 互动交流 its parts that take no question
    (`_NO_QUESTIONS`: 在线访谈, 回应关切, 依申请公开) — all lead to pages known to fail (broken, an error page, an empty page): the
    互动交流 hub whose 局长信箱 and 在线咨询 both answer 404, beside a 网上信访 link, offers the visitor nothing that
    works; so does one whose 厅长信箱 is a list of past letters whose 我要写信 fails. One link not crawled, or leading
    outside unanswered, may work: then the hub is not judged."""
    if not _takes_nothing(f) or f.redirect:
        return None

    def aside(link: Link) -> bool:
        return _COMPLAINT_CHANNEL.search(link.name) is not None or write and _NO_QUESTIONS.search(link.name) is not None

    own = sorted(_own_targets(ctx, f, aside=aside) | _named_in_text(ctx, f) | (
        _menu_ways_to_ask(ctx, f, aside) if write else set()))
    first = _all_fail(ctx, own, hub=True, write=write)
    if not first:
        return None
    links = f"入口页面的 {len(own)} 个链接均不可用" if len(own) > 1 else "入口页面唯一的链接不可用"
    return f"{links}（{first[0]}：{first[1]}）"


def _menu_ways_to_ask(ctx: SiteContext, f: PageFacts, aside: Callable[[Link], bool]) -> set[str]:
    """An 互动交流 hub's links to its ways to ask (县长信箱, 在线咨询: `_WAY_TO_ASK`) that the site's menu carries too
    (its 政民互动 drop-down repeating the hub's tiles): still the hub's ways on, judged with its own links."""
    return {u for link in f.links if not aside(link) and _WAY_TO_ASK.search(link.name) and not portal_home(
        ctx, link.url) and (u := ctx.canonical(link.url)) in ctx.template_links} - {f.url, ctx.homepage_url}


# An address to write to printed on a page (an e-mail, a web address), a code to scan (扫码, 二维码) or the 12345
# platform named: a way in without a link.
_ADDRESS_OR_CODE = r"[\w.-]+@[\w-]+\.[\w.-]+|https?://|www\.|\.gov\.cn|二维码|扫码|扫一扫"
_PRINTED_WAY_IN = re.compile(_ADDRESS_OR_CODE + r"|(?<![\d-])12345(?!\d)")


_ROW_DATE = re.compile(YMD)   # a full date in a line
RECORD_ROWS = 2   # dated lines of a page printing past messages without links


# What a page running only its menu's and footer's script files may leave unseen: the menu (`script_signs.script_signs`).
_MENU_ONLY = frozenset({"scripted", "menu-scripts", "nav"})


def _nothing_but_text(ctx: SiteContext, f: PageFacts) -> list[str] | None:
    """The page's own lines when it offers the visitor nothing but them: no list, form, frame, login or article, no
    button a script runs, no link of its own (the site's menu, the homepage, the badges and ways back aside); None
    otherwise, and for a page a script of its own may fill (a page listing items is not read for forms: a
    guestbook's rows above its form). A button the site's template puts on most pages (设为首页, 收藏本站 in the top
    bar) is no part of what the page offers."""
    if not _takes_nothing(f) or f.redirect or set(f.script_entries) - _template_script_entries(ctx):
        return None
    if not seen_as_served(ctx, f) and not ("menu-scripts" in f.signs and f.signs <= _MENU_ONLY):
        return None   # a script of its own may write the body (not the menu's own script: it writes the menu)
    if not all(_badge_link(u) for u in _own_targets(ctx, f, aside=_way_back_or_action)):
        return None
    return own_lines(ctx, f)


def _way_back_or_action(link: Link) -> bool:
    """A link a page offering nothing but text may carry all the same (返回列表, 我要预约): a way back or another
    action — not a link to write (我要写信 above a table of letters, `WRITE_LINK`): that is the channel's way in,
    judged as the page's own link (one not crawled may work; one known to fail leaves the list a record,
    `_closed_channel`)."""
    text = link.text.strip()
    return back_or_action(text) and not WRITE_LINK.match(text)


def _template_script_entries(ctx: SiteContext) -> frozenset[str]:
    """Names of the script-run buttons most of the site's pages show (`SiteContext.shown_on_most_pages`)."""
    known: frozenset[str] = ctx.derived("template_script_entries",
                                        lambda c: c.shown_on_most_pages(lambda f: f.script_entries))
    return known


def _dead_end(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) printing past messages — two or more dated lines — that offers
    the visitor nothing else (`_nothing_but_text`) and names no address, code or 12345 platform to write to — a
    留言选登 table of answered letters printed without links: a record to read, no way to write. Not asked of a 办事
    page (a guide printed in full is a service's content)."""
    own = _nothing_but_text(ctx, f)
    dated = [line for line in own if _ROW_DATE.search(line)] if own is not None else []
    if len(dated) < RECORD_ROWS or _PRINTED_WAY_IN.search("\n".join(own or ())):
        return None   # not a record of past messages, or it names a way to write
    if _in_use(ctx, f, dated):
        return None   # the channel's own page shows letters taken lately: it takes them, by a way not printed here
    return "入口页面只供阅读，无留言表单、写信链接或其他可用功能"


# A page named for the channel itself (镇长信箱, 在线咨询, 留言板), not for a selection of its letters (信件选登, 答复公开).
_CHANNEL_NAME = re.compile(r"信箱|咨询|留言|写信|问政|诉求")
_SELECTION_NAME = re.compile(r"选登|选编|选摘|摘登|精选|公开|回复|答复|回音")


def _in_use(ctx: SiteContext, f: PageFacts, dated: list[str]) -> bool:
    """Whether a page named for the channel itself (its title or breadcrumb: 镇长信箱, not 信件选登) prints a letter
    received or answered within the reply limit before as-of (来信 2026-11-25, 回复 2026-11-27 on a page read
    2026-12-05) among its lines holding a full date (`dated`): the channel is taking letters, so its page lacking a
    form is no proof the visitor cannot write — not certain enough to fail the channel."""
    names = [n for n in (title_name(f.title), *f.breadcrumb[-1:]) if n]
    if not any(_CHANNEL_NAME.search(n) for n in names) or any(_SELECTION_NAME.search(n) for n in names):
        return False
    for line in dated:
        for raw in find_full_dates(line):
            d = to_date(raw, ctx.as_of)
            if d is not None and 0 <= ctx.days_since(d) <= ctx.limits.reply:
                return True
    return False


# A telephone number as a directory prints it (0599-7321006, 13912345678), a whole line of its own.
_PHONE_LINE = re.compile(r"[(（]?0\d{2,3}[)）]?\s*[-－—]?\s*\d{7,8}|1[3-9]\d{9}|\d{7,8}")
# What names a way to do a service besides calling or going there: online (政务服务网, 网上办理, an app, a mini
# program), or a service guide's own labels (申请材料, 办理流程): the page offers a service, not only contacts.
_SERVICE_WAY = re.compile(r"政务服务网|网上办|在线办|网上申[请报]|一网通办|网厅|掌上|[Aa][Pp][Pp]|小程序|公众号|登录|"
                          r"申请材料|所需材料|办理流程|办理条件|受理条件|办理时限|办事指南")
CONTACT_ROWS = 3   # telephone numbers of a directory of offices


def _contacts_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 办事服务 page that only lists whom to call or visit — a directory of offices, their telephone numbers and
    rooms (便民服务电话: 党政办 0599-…, 1号窗口) — offering nothing else (`_nothing_but_text`), no guide, and nothing
    its text names to do a service by (an address or code to open, the 政务服务网, an app, a guide's labels): no
    service. Not judged with fewer than three numbers."""
    own = None if is_guide(f.guide_elements) else _nothing_but_text(ctx, f)
    if own is None:
        return None
    text = "\n".join(own)
    if sum(1 for line in own if _PHONE_LINE.fullmatch(line.strip())) < CONTACT_ROWS \
            or _PRINTED_WAY_IN.search(text) or _SERVICE_WAY.search(text):
        return None
    return "入口页面只列出咨询电话和办公地点，无办事指南或办理入口"


# A number to call (12345, 0856-5831002, 13912345678) and the words naming a line to call (热线, 电话, 拨打, 接听).
_CALL_NUMBER = re.compile(r"(?<![\d-])(?:0\d{2,3}\s*[-－—]?\s*)?\d{5,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_CALL_WORDS = re.compile(r"热线|电话|拨打|致电|来电|接听")
# A way to reach the body besides calling: an address or code to write to or open, a way online (网上, 在线, 平台,
# 微信, 小程序, 登录), or a channel to write to named (信箱, 留言, 写信) — the 12345 number alone is a line to call.
_NOT_ONLY_CALLS = re.compile(_ADDRESS_OR_CODE + r"|\.com|网上|在线|线上|网站|网页|网络|平台|登录|登陆|微信|公众号|小程序|"
                             r"[Aa][Pp][Pp]|客户端|邮箱|信箱|留言|写信|来信")


def _phones_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) that only gives numbers to call — a hotline's page printing 12345
    and its hours, an office's telephone — offering nothing else (`_nothing_but_text`), its own text naming no
    address, code, way online or channel to write to (信箱, 留言): a telephone line is no online channel."""
    own = _nothing_but_text(ctx, f)
    if own is None:
        return None
    text = "\n".join(own)
    if not (_CALL_WORDS.search(text) and _CALL_NUMBER.search(text)) or _NOT_ONLY_CALLS.search(text):
        return None
    return "入口页面只提供电话号码，无在线留言、咨询表单或写信链接"


# A page of questions the body answers itself, by its own name: 常见问题(解答), 政策问答, 热点问答, 知识库.
_ANSWERS_NAME = re.compile(r"常见问题|问题解答|问答|知识库|FAQ", re.I)
# A link naming a way to ask or write (我要咨询, 在线留言, 写信, 局长信箱): a channel beside the answers.
_WAY_TO_ASK = re.compile(r"咨询|留言|写信|信箱|邮箱|投诉|建议|来信|提问|诉求|问政|求助|(?<![\d-])12345(?!\d)")


def _answers_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) named, by its own title or breadcrumb, for questions the body
    answers itself (常见问题解答, 政策问答) that offers the visitor no way to ask: no form, frame or login, no button a
    script runs, no link of its own naming a way to ask or write (我要咨询, 在线留言, 局长信箱 — its rows, the answers,
    and the site's menu aside), no address, code or 12345 platform printed to write to. The published answers are a
    record to read, not a channel (an FAQ beside a working 信箱 leaves the 信箱 the channel). A page a script of its own
    may fill is not judged."""
    names = [title_name(f.title), *f.breadcrumb[-1:]]
    if not any(_ANSWERS_NAME.search(n) for n in names if n):
        return None
    if f.frames or f.textarea or f.login_form or f.redirect or f.script_entries or f.data is not None:
        return None
    if not seen_as_served(ctx, f):
        return None
    rows = {ctx.canonical(it.url) for it in f.items}
    for link in f.links:
        u, name = ctx.canonical(link.url), link.text.strip()
        if u in rows or u in ctx.template_links or u == f.url or _ANSWERS_NAME.search(name):
            continue   # an answer, the site's menu, the page itself, another page of answers
        if ACTION_NAME.match(name) or _WAY_TO_ASK.search(name):
            return None
    if _PRINTED_WAY_IN.search("\n".join(own_lines(ctx, f))):
        return None
    return "入口页面只有常见问题的答复，无咨询、留言表单或写信链接"


def _assistant_named(f: PageFacts) -> bool:
    """The page names itself, by its title or breadcrumb, for an automatic assistant (智能客服, 政务AI助手)."""
    names = [title_name(f.title), *f.breadcrumb[-1:]]
    return any(w in n for n in names if n for w in ASSISTANT_WORDS)


def _assistant_asked(ctx: SiteContext, url: str) -> PageFacts | None:
    """The assistant an address not opened puts a question to: its query asks the page the crawl read at the address
    without it, named for an automatic assistant (`/znkf/?wd=我要留言`, a suggested question of the assistant's float,
    is the chat page `/znkf/`)."""
    parts = urlsplit(url)
    if not parts.query:
        return None
    page = ctx.pages.get(ctx.canonical(urlunsplit(parts._replace(query="", fragment=""))))
    return page if page is not None and _assistant_named(page) else None


# A way to reach a person beside the assistant (人工客服, 转人工); an address or code printed to write to
_HUMAN = re.compile(r"人工")
_PRINTED_ADDRESS = re.compile(_ADDRESS_OR_CODE)


def _chatbot(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) named, by its own title or breadcrumb, for an automatic assistant
    (智能客服, 政务AI助手: `page_kinds.ASSISTANT_WORDS`) that offers no other way to ask: no frame or login, no button of
    its own a script runs naming a way to ask or a person (转人工), no link of its own naming one that leads off the
    assistant (县长信箱, 我要写信 — its suggested questions, which ask the assistant itself, and the site's menu aside),
    no address or code printed to write to. The assistant answers from its knowledge base by itself: its chat box
    takes no message for a human's reply, and a 12345 it names is a line to call. A page a script of its own may fill
    is not judged."""
    if not _assistant_named(f) or f.frames or f.login_form or f.redirect or not seen_as_served(ctx, f):
        return None
    own_buttons = set(f.script_entries) - _template_script_entries(ctx)
    if any(_WAY_TO_ASK.search(n) or _HUMAN.search(n) for n in own_buttons):
        return None
    here = urlsplit(f.url)[1:3]   # (host, path)
    for link in f.links:
        u, name = ctx.canonical(link.url), link.text.strip()
        if u in ctx.template_links or urlsplit(u)[1:3] == here:
            continue   # the site's menu, the assistant itself asked a question
        if ACTION_NAME.match(name) or _WAY_TO_ASK.search(name) or _HUMAN.search(name):
            return None
    if _PRINTED_ADDRESS.search("\n".join(own_lines(ctx, f))):
        return None
    return "入口页面是智能客服（自动答复），不受理留言，无人工回复的写信或留言渠道"


# A 互动交流 hub's parts that take no question of the visitor's own (surveys, interviews, the body's answers to
# concerns, its interpretations, the statutory request for government information — 依申请公开, a 政务公开
# procedure, not a consultation): beside them, only a way to ask — a 信箱, 咨询, 留言 — makes the hub a channel.
_NO_QUESTIONS = re.compile(r"调查|访谈|回应关切|解读|发布会|依申请|信息公开申请")


# The 信访 and 纪检 channels (网上信访, 纪检监察举报) and calls for opinions (意见征集): a hub's link to one offers no 办事
# or 互动 channel (the vetoes do not count them), so it does not keep a hub whose other links all fail working.
_COMPLAINT_CHANNEL = re.compile("|".join(LINK_WORDS["互动交流"][1]))


def _all_fail(ctx: SiteContext, urls: list[str], hub: bool = False,
              write: bool = False) -> tuple[str, str] | None:
    """The first of `urls` and why it does not work, when every one of them is known to fail; None when one may
    work (or there are none). `hub`: they are a channel hub's ways on, judged as channel entries (a list of past
    letters whose way to write fails, a hub below it whose every link fails: no working channel); `write`: as
    ways on of 互动交流, where a page only to read fails too (`_dead_end`)."""
    problems = []
    for u in urls:
        problem = target_problem(ctx, u, hub=hub, write=write)
        if problem is None:
            return None
        problems.append((u, problem))
    return problems[0] if problems else None


def _closed_frame(ctx: SiteContext, f: PageFacts) -> str | None:
    """A channel page offering nothing of its own (no form, no list, no article) but frames showing other pages,
    every one of them known to fail (broken, an error page, 系统升级维护，暂停受理 with no form): the frame is what
    the visitor would use, and it takes nothing in. A frame not crawled, or leading outside unanswered, may work:
    then the page is not judged."""
    if not f.frames or f.items or f.is_article or f.textarea or f.login_form or f.data is not None or f.redirect:
        return None
    shown = sorted(set(f.frame_urls) - {f.url})
    if len(shown) < f.frames:
        return None   # a frame whose address we did not read (srcdoc, the page itself) may hold the form
    first = _all_fail(ctx, [ctx.canonical(u) for u in shown])
    return f"入口页面内嵌的页面均不可用（{first[0]}：{first[1]}）" if first else None


def _closed_channel(ctx: SiteContext, f: PageFacts) -> str | None:
    """A channel's list of past messages (no form of its own) whose every link to write — 我要留言, 我要写信 — leads
    to a page known to fail (broken, an error page, 留言系统升级维护中 with no form): the list is a record, the
    channel takes nothing in. A write link not crawled, leading outside unanswered, to a login wall, or a write
    button only a script opens, may work: then the page is not judged; nor is a list page with no write link."""
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    if any(WRITE_LINK.match(name) for name in f.script_entries):
        return None
    writes = sorted({ctx.canonical(link.url) for link in f.links if WRITE_LINK.match(link.text.strip())} - {f.url})
    if not writes:
        said = _stopped_notice(ctx, f)
        return f"入口页面只列出往期留言，并说明{said}" if said else None
    first = _all_fail(ctx, writes)
    return f"入口页面的留言/写信链接均不可用（{first[0]}：{first[1]}）" if first else None


def _incomplete_guides(ctx: SiteContext, f: PageFacts) -> str | None:
    """A service guide missing key elements, or a list of guides (no form, frame or login of its own) whose every
    row read is one: the guides it offers are those `service-unusable` names, so it is no working 办事服务 either
    (the veto holds on those guides whatever the entry). A row read that is anything else — a complete guide, a
    page of another kind — may serve: then the list is not judged; nor is one none of whose rows was read."""
    guides = {g.url: g for g in services.ctx_guides(ctx)}
    if f.url in guides:
        return "入口页面为缺少关键要素的办事指南" if guides[f.url].missing else None
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    read = [u for u in (ctx.canonical(it.url) for it in f.items) if u in ctx.pages]
    if not read or not all(u in guides and guides[u].missing for u in read):
        return None
    return f"入口页面所列办事指南（已读 {len(read)} 篇）均缺少关键要素"


def _stopped_notice(ctx: SiteContext, f: PageFacts) -> str | None:
    """The line a list of past messages with no way to write prints of its own (not a row, not the template) saying
    the channel itself takes nothing in now (网上留言功能暂停受理，恢复时间另行通知): a record, no working channel."""
    rows = {it.title for it in f.items} | {it.row for it in f.items}
    counts: Counter[str] = ctx.derived("prose_pages", _prose_pages)   # (f's own prose counts once)
    return next((t for t in sorted(f.prose) if t not in rows and counts[t] <= 1 and says_channel_stopped(t)), None)


def _prose_pages(ctx: SiteContext) -> Counter[str]:
    """How many pages print each text block of prose (the template's repeat on many)."""
    return Counter(t for f in ctx.pages.values() for t in f.prose)


# A row of a list of calls for opinions: its state (已结束, 征集中 …) or its title asking for opinions on a draft.
_CALL_ROW = re.compile(r"已结束|已截止|进行中|征集中|未结束|未截止|征求.{0,40}意见|征集")


def _calls_for_opinions(f: PageFacts) -> str | None:
    """A list of calls for opinions (意见征集, 征集调查; no form of its own), every row a call — open or ended, as its
    state or its title says: the public's say on the body's drafts, no way to ask a question of one's own, so no
    consultation channel (the interaction-poor veto asks for one). A row that is no call, a form, a frame or a
    login on the page leave it unjudged."""
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    if not all(_CALL_ROW.search(it.row) for it in f.items):
        return None
    return f"入口页面只列出 {len(f.items)} 项意见征集，无咨询、留言渠道"


ERROR_OWN_CHARS = 200   # an error message in the site's template: what the page says of its own is short


def _error_in_template(ctx: SiteContext, f: PageFacts) -> bool:
    """An error page served inside the site's template (its long menu and footer around 抱歉，您访问的页面不存在):
    what the page says of its own — the text blocks no other page repeats — is short and says it is an error, and
    it links nowhere of its own (the site's menu, the homepage and ways back — 返回留言列表 — aside): a hall listing a few services under 更多服务
    敬请期待 is no error page. A channel page that takes nothing in — no form, no list — and says so as its own
    short text (信箱暂停受理, 系统维护中，暂停使用) is one too: the visitor can do nothing there; so is one saying the
    channel was never opened for this unit (该部门暂未开通网上信箱) and naming no other way to write (an e-mail, 12345)."""
    own = "\n".join(own_lines(ctx, f))
    if not 0 < len(own) <= ERROR_OWN_CHARS:
        return False
    if not says_error(own) and not (_takes_nothing(f) and (says_out_of_service(own) or says_not_opened(own)
                                                           and not _PRINTED_WAY_IN.search(own))):
        return False
    return all(_badge_link(u) for u in _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip())))


def _own_targets(ctx: SiteContext, f: PageFacts, aside: Callable[[Link], bool]) -> set[str]:
    """Where the page's own links lead: the page itself, the homepage (and the portal's above the site's folder,
    `portal_home`), the site's menu and the links `aside` sets apart left out."""
    return {ctx.canonical(link.url) for link in f.links if not aside(link) and not portal_home(ctx, link.url)} - {
        f.url, ctx.homepage_url} - ctx.template_links


_BADGE_MARKERS = tuple(m for el in BADGES for m in URL_MARKERS[el] if not m.startswith("#"))


PLATFORM_LINKS = 3   # a channel page's own links to other hosts that make it a way on, whatever box says 暂无


def _links_to_platform(ctx: SiteContext, f: PageFacts) -> bool:
    """A channel page whose own links lead to three or more pages on other hosts (the province's 政务服务网: 个人办事,
    法人办事, service guides) is a way on to them, not an empty page, though one box of it says 暂无公示信息; whether
    they work is the hub's question (`_dead_hub`). A page on the platform itself (a department's 事项 list saying
    暂无数据) has no way on in its own host's links: they are that platform's template (登录, 注册, 帮助中心)."""
    own = _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip()))
    host = urlsplit(f.url).hostname
    return sum(1 for u in own if not ctx.same_site(u) and urlsplit(u).hostname != host
               and not _badge_link(u)) >= PLATFORM_LINKS


def _named_in_text(ctx: SiteContext, f: PageFacts) -> set[str]:
    """On a page saying it moved (该栏目已迁移 … 请点击以下链接办理), where the links its own text prints lead, even
    when the menu repeats them: the new address it sends the visitor to is its way on."""
    own = set(own_lines(ctx, f))
    if not any(MOVED.search(line) for line in own):
        return set()
    return {ctx.canonical(link.url) for link in f.links if link.text.strip() in own} - {f.url, ctx.homepage_url}


def _badge_link(url: str) -> bool:
    """A link to a national badge's platform (党政机关网站标识, 我为政府网站找错): the template's, whatever page
    address its query carries (jiucuo.html?site_code=…&url=<this page>)."""
    low = url.lower()
    return any(m in low for m in _BADGE_MARKERS)


def _takes_nothing(f: PageFacts) -> bool:
    """The page offers no form, no list, no frame and no article: nothing a visitor can use (rows printed with no
    link, a 选登 table's letters, are a record to read)."""
    return not (any(not it.printed for it in f.items) or f.is_article or f.frames or f.textarea or f.login_form or f.data is not None)


def _says_blank_beside_box(ctx: SiteContext, f: PageFacts) -> bool:
    """The page is a column of the site counted with no entry, whose page lists rows and says a list is empty
    (`says_empty_beside_rows`): its rows are a box of another list's beside its own empty one. So is one the columns
    check reports blank (`columns.is_empty`) that says so in the words other such pages print too (暂无信息 on every
    blank column of a department's sub-site, beside the 站群's sidebar of the county's notices): the words are each
    blank list's, not a widget's beside a list."""
    if not f.items:
        return False
    cols = ctx_columns(ctx)
    col = next((c for c in cols if c.url == f.url and not c.items and c.shown == 0), None)
    return col is not None and (says_empty_beside_rows(ctx, f) or f.template_empty not in ("", EMPTY_CONTAINER)
                                and is_empty(ctx, col, {c.url for c in cols}))


def _views_hold_rows(ctx: SiteContext, f: PageFacts) -> bool:
    """The page is the first of a column whose other pages hold its rows — this year's view saying 没有符合条件的记录
    above year tabs opening the years that hold documents (`columns._year_view`): the way into the column, showing an
    empty view of it, not an empty page."""
    return any(c.url == f.url and c.items and len(c.pages) > 1 for c in ctx_columns(ctx))


EMPTY_PAGE_CHARS = 10      # visible characters of a page that shows something


def _empty_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A page that shows nothing: it says its list is empty (暂无信息, 建设中), it is (nearly) blank, or nothing
    stands between its breadcrumb and its footer — not one still showing 正在加载… A page showing only the site template otherwise is not judged
    empty: a catalogue of the menu's own links looks the same; nor is
    a jump page (a meta refresh, a script redirect): it sends the visitor on to the entry's content. A column whose
    own list says it is empty beside a box of another list's rows (政策解读 saying 暂无信息 beside 热点关注's headlines,
    `box_beside_empty_list`) shows nothing of its own either."""
    if _says_blank_beside_box(ctx, f):
        return True
    if not _takes_nothing(f) or f.redirect:
        return False
    if channel_landing(ctx, f) and not (f.empty_container or f.empty_lists):
        return False     # a letter channel's landing page: its 暂无 is a box's beside its 我要写信, judged by its links
    if f.loading:
        return False     # a list still loading (正在加载…), even in the browser: what it lists is not measured
    if script_list_unseen(ctx, f):
        return False     # a list a script fills: not measured
    if _views_hold_rows(ctx, f):
        return False     # its list's other views hold the rows (a year tab above this year's empty view)
    if archive_elsewhere(ctx, f):
        return False     # its earlier items are on the former site, it says (请访问原网站): not judged empty
    if shows_empty_list(ctx, f):
        return True
    # a (nearly) blank page, or one showing nothing between its breadcrumb and its footer, unless a script of its
    # own may fill it
    return (f.text_chars < EMPTY_PAGE_CHARS or f.blank_content) and seen_as_served(ctx, f)
