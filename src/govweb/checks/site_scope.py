"""Whose a page is: the site's own, its section of a shared platform of its domain (xxgk.city.gov.cn/<dept>/…), or
another website's — a 站群 member under the portal's host (/bm/fgj/) or another site's code (`SiteIDCode`)."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from urllib.parse import urlsplit

from govweb.checks.column_names import MIN_DATED_ITEMS, TITLE_SEPARATORS, headline_like, title_name
from govweb.checks.context import SiteContext
from govweb.checks.page import PageFacts
from govweb.checks.places import PLACE, leading_places
from govweb.urlnorm import folder_of

# what a homepage calls itself in its title (首页, 网站首页, 门户主页): no name of the site
HOME_NAME = re.compile(r"(?:网站|门户)?(?:首页|主页)")

_PORTAL_SUFFIX = re.compile(r"(?:人民政府|政府)?(?:门户网站|网站|门户)?$")
_TITLE_PARTS = re.compile(r"\s*[" + re.escape("".join(TITLE_SEPARATORS[:-1])) + r"]\s*|\s+")


def _section_names(ctx: SiteContext) -> tuple[str, ...]:
    """What a shared platform calls the site's section: the innermost place of a government's portal (岩溪县 for
    岩溪县人民政府, 莲山区 for 衡屿市莲山区人民政府), a department's full name (桥城市审计局) — and, for a section of a
    larger site (a street's channel on its county's portal: SiteName 钱溪县人民政府, the homepage titled 钱溪县城南街道),
    the place its own title names inside the site's too (城南街道); () when unknown."""
    hp = ctx.homepage
    if hp is None:
        return ()
    full = _PORTAL_SUFFIX.sub("", hp.meta.get("sitename") or title_name(hp.title))
    name = _innermost_place(full)
    own = _PORTAL_SUFFIX.sub("", title_name(hp.title))
    inner = _innermost_place(own)
    names = [name] + ([inner] if name and inner not in (own, name) and own.startswith(name) else [])
    # (and the site's whole name, its places in a chain: 峤川县郗桥镇 of 峤川县郗桥镇人民政府 — a platform page titled
    # 政务动态 - 峤川县郗桥镇人民政府 names the township by its full name, which starts with the county, not 郗桥镇)
    names += [full] if full != name and leading_places(full)[1] == len(full) else []
    return tuple(n for n in names if len(n) >= 3)


def _innermost_place(name: str) -> str:
    """The last of the places a name consists of (岩溪县 for 岩溪县, 莲山区 for 衡屿市莲山区); the name itself when it
    is not a chain of places."""
    places, end = leading_places(name)
    return places[-1] if places and end == len(name) else name


def portal_section(ctx: SiteContext) -> str:
    """The place a site is a section of another government's portal or platform for: the homepage names itself as a
    place (its ColumnName, else its title's first part: 青湾镇, 城南街道) inside the frame of a larger government's site
    (its SiteName, else its title's last part, names another place: 磐溪县人民政府) — a township's unit page on its
    county's 信息公开 platform, a street's channel on its county's portal; '' for a site of its own."""
    hp = ctx.homepage
    if hp is None:
        return ""
    parts = [p for p in _TITLE_PARTS.split(hp.title.strip()) if p]
    own = (hp.meta.get("columnname") or (parts[0] if parts else "")).strip()
    frame = (hp.meta.get("sitename") or (parts[-1] if len(parts) > 1 else "")).strip()
    place = _innermost_place(_PORTAL_SUFFIX.sub("", frame))
    if not own or own in frame or not PLACE.fullmatch(own) or not PLACE.fullmatch(place) or place == own:
        return ""
    return own


def of_portal_section(ctx: SiteContext, url: str) -> bool | None:
    """Whether the page at `url` on the portal's host is the site's section's (`portal_section`) rather than the
    frame's: an address in the homepage's folder below the host's root (/hbz/ of /hbz/index.shtml), or an archived
    page whose title names the section (政府信息公开指南 青湾镇 磐溪县人民政府); None when unknown (a page the crawl did
    not fetch elsewhere on the host), when the site is no such section, or for a page on another host (a platform the
    section links to)."""
    section: str = ctx.derived("portal_section", portal_section)
    if not section or not ctx.on_site_host(url):
        return None
    home = ctx.home_folder
    if urlsplit(home).path not in ("", "/") and ctx.canonical(url).startswith(home):
        return True
    page = ctx.page(url)
    if page is None:
        return None
    return any(part.startswith(section) and not headline_like(part) for part in _TITLE_PARTS.split(page.title.strip()))


def platform_section(ctx: SiteContext, f: PageFacts) -> bool:
    """A page of the site's own section on a shared platform of another gov.cn domain (a county's 信息公开 on its
    city's 集约化 platform: xxgk.city.gov.cn/col/col8203/): no article, and its title — or its breadcrumb's last step —
    names the section as the site's (县政府文件_岩溪县, 莲山区政府信息公开, 蔺塘乡乡长信箱) in a name, not in a headline
    about the place."""
    names: tuple[str, ...] = ctx.derived("section_names", _section_names)
    if not names or f.is_article or not urlsplit(f.url).netloc.endswith(".gov.cn"):
        return False
    letters = len(f.items) >= MIN_DATED_ITEMS and 2 * sum(1 for it in f.items if it.status) > len(f.items)
    if not letters and any(_SERVICE_PLATFORM.search(part) and not part.startswith(names)
                           for part in _TITLE_PARTS.split(f.title.strip())):
        return False   # another government's 政务服务 platform (a county's, listing a town's 事项): what the site's 办事
        # entry leads to, no column of the site (the site's own 网上办事大厅 — 乔岭市网上办事大厅 for 乔岭市 — stays its own);
        # its 咨询投诉 system's letters to the site's body, most rows saying whether they were answered (咨询投诉-城南街道-
        # 浙江政务服务网), are the site's, as on any platform
    # (the page's own name: a part of its title, or its breadcrumb's last step — 首页 > 互动交流 > 乡镇信箱 > 蔺塘乡乡长信箱
    # under a title naming only the platform, 乡长信箱 - 某县政府信箱系统)
    own_names = (*_TITLE_PARTS.split(f.title.strip()), *f.breadcrumb[-1:])
    # (a part naming another body of the site's place — 濑江市发展和改革局 on the city portal's domain — is that body's
    # website, not the site's section: `names_other_body`)
    return any(part.startswith(names) and not headline_like(part) and not names_other_body(ctx, part)
               for part in own_names) or any(
        (m := _LABELLED.fullmatch(line.strip())) is not None and m.group(1) in names for line in f.lines | f.prose) \
        or _rows_of_body(f, names) or any(_short_step(step, n) for step in f.breadcrumb for n in names)


def _short_step(step: str, body: str) -> bool:
    """A breadcrumb step is the body's short name, at its level when it names one (县发改委 for 棠岭县发展和改革委员会 in
    政府信息公开 > 县发改委 > 政策文件, a county platform's section for the department; not 市发改委): the platform places
    the page under the site's body."""
    m = _SHORT_BODY.fullmatch(step.strip())
    if m is None or PLACE.fullmatch(body) or not _short_name_of(step, body):
        return False
    words = body.find(m.group(1)[0])   # (the level is what the body's name puts before its own words: 县 of 棠岭县发展…)
    return m.start(1) == 0 or words > 0 and body[words - 1] == m.group()[0]


def _rows_of_body(f: PageFacts, names: tuple[str, ...]) -> bool:
    """Most of the page's dated rows (and at least `MIN_DATED_ITEMS`) name the site's body by its full name — a
    department's, not a bare place (芷川市发展和改革委员会 as 发布机构 in each row of the city's 文件库 filtered to it) —,
    or, for a place, a body of that place in a cell of its own (岩溪县住房和城乡建设局, 岩溪县12345热线工作中心 as 承办单位 in
    each row of the city's 12345 letters filtered to the county; not a headline opening with the place): the platform
    lists the site's own documents."""
    bodies = tuple(n for n in names if not PLACE.fullmatch(n))
    places = tuple(n for n in names if n not in bodies)
    rows = [it for it in f.items if it.date is not None]
    return len(rows) >= MIN_DATED_ITEMS and 2 * sum(
        1 for it in rows if any(b in (it.row or it.title) or _short_name_of(it.row or it.title, b) for b in bodies)
        or any(_body_of_place(it.row or it.title, p) for p in places)
    ) > len(rows)


# a body's short name standing alone in a row's cells (市医保局, 县住建局, 市卫健委; 市住房城乡建设局, the level before the
# words of a longer name): a level, two to eight characters, the body's kind
_SHORT_BODY = re.compile(r"(?<![\u4e00-\u9fff])[省市县区旗]?([\u4e00-\u9fff]{2,8})[局委办厅](?![\u4e00-\u9fff])")
_THROUGH_PLACE = re.compile(r"^.*?[省市州盟县区旗]")


def _short_name_of(text: str, body: str) -> bool:
    """`text` names `body` by its short name, as a platform's 承办单位 cell does (市医保局 for 某市医疗保障局, 市卫健委 for
    某市卫生健康委员会): the short name's own words are characters of the body's name after its place, in order, and
    its kind (局, 委 …) is the body's."""
    core = _THROUGH_PLACE.sub("", body, count=1)
    for m in _SHORT_BODY.finditer(text):
        if m.group()[-1] not in body[-3:]:
            continue
        rest = iter(core)
        if all(ch in rest for ch in m.group(1)):
            return True
    return False


# a body of a place standing as a cell of its own after the place's name: a department, an office, a centre, a
# township's or street's government (…住房和城乡建设局, …12345热线工作中心, …人民政府, …街道办事处)
_BODY_KIND = re.compile(r"(?:局|委员会|委|办公室|办|中心|政府|办事处)$")


def _body_of_place(text: str, place: str) -> bool:
    """A cell of `text` (its whitespace-separated parts) names a body of `place`: the place, then more, ending in a
    body's kind, and no headline (岩溪县住房和城乡建设局; not 岩溪县召开防汛工作会议)."""
    return any(len(cell) > len(place) + 1 and cell.startswith(place) and _BODY_KIND.search(cell) is not None
               and not headline_like(cell) for cell in text.split())


# a service platform (湄川县政务服务平台, 某省政务服务网, 网上办事大厅): a system of service items, not a section publishing
# the site's documents when it is another government's
_SERVICE_PLATFORM = re.compile(r"(?:政务服务(?:网|平台|中心)|办事大厅)$")
# a label line naming whose the page is (公开主体：桥城市审计局, 发布机构: …): the platform's page of that body
_LABELLED = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[：:]\s*(\S+)")


def former_host(ctx: SiteContext, url: str) -> bool:
    """A page of the site's former address: another host whose front page the crawl read sends every visitor on to the
    site's homepage (撤县设区: the county's old host saying the site was renamed, its refresh opening the district's new
    host). A page the old host still serves (its 县长信箱, answering letters) is the site's own, as its pages on the new
    host are."""
    host = urlsplit(url).netloc
    if not host or host in ctx.site_hosts:
        return False
    moved: frozenset[str] = ctx.derived("former_hosts", _former_hosts)
    return host in moved


def _former_hosts(ctx: SiteContext) -> frozenset[str]:
    """Hosts other than the site's whose front page the crawl read sends every visitor on to the homepage."""
    out: set[str] = set()
    for u, f in ctx.pages.items():
        parts = urlsplit(u)
        if (parts.path in ("", "/") and not parts.query and f.jump_to is not None and parts.netloc not in ctx.site_hosts
                and ctx.canonical(f.jump_to) == ctx.homepage_url):
            out.add(parts.netloc)
    return frozenset(out)


def declared_site_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A page of another host that declares itself the site's by the homepage's own 网站标识码 and site name (its
    `SiteIDCode` and `SiteName` metas are the homepage's): the portal's news column served from the county media
    centre's host in the portal's template. Its lists are the site's columns, its rows on that host the site's."""
    hp = ctx.homepage
    if hp is None or urlsplit(f.url).netloc in ctx.site_hosts:
        return False
    code, name = f.meta.get("siteidcode", "").strip(), f.meta.get("sitename", "").strip()
    return bool(code and name) and code == hp.meta.get("siteidcode", "").strip() \
        and name == hp.meta.get("sitename", "").strip()


def other_site(ctx: SiteContext, f: PageFacts) -> bool:
    """A page declaring another website's 网站标识码 (its `SiteIDCode` meta is not the homepage's) that does not name
    itself the site's section (`platform_section`): a page of that other site — the city's unified 信箱 or 政务服务
    system a department's sub-site on the city host leads to, filtered to the department —, what an entry opens, not a
    column of the site. Only where most pages declaring a code declare the homepage's: a template that copies one
    code onto the site's own pages declares it on most of them. A page whose `SiteName` is the homepage's names itself
    the site's (the county's letter system dressed as the bureau's 局长信箱) and stays the site's."""
    code, home = f.meta.get("siteidcode", "").strip(), ctx.homepage.meta.get("siteidcode", "").strip() if ctx.homepage else ""
    if not (code and home) or code == home:
        return False
    name = f.meta.get("sitename", "").strip()
    if name and ctx.homepage is not None and name == ctx.homepage.meta.get("sitename", "").strip():
        return False   # (a page naming itself the site — the homepage's SiteName — whatever code its shared system prints)
    if ctx.homepage is not None and urlsplit(f.url).netloc != urlsplit(ctx.homepage.url).netloc and platform_section(ctx, f):
        return False   # (a shared platform is another host's: on the site's own host, another code is a 站群 member's)
    codes: Counter[str] = ctx.derived("site_codes", lambda c: Counter(
        x for p in c.pages.values() if (x := p.meta.get("siteidcode", "").strip())))
    return codes[home] > codes[code]


# a department's name after its place (发展和改革局, 卫生健康委员会, 卫健委; not a hall, 网上办事大厅, 网上展厅); a place's
# government after the place (人民政府 of 荷塘镇人民政府, 办事处 of 城南街道办事处; a bare place, 荷塘镇, names it too)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,12}(?:局|委员会|委)")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|街道办事处|办事处)?")


def names_other_body(ctx: SiteContext, name: str) -> bool:
    """`name` — what a page calls its website (`SiteName`, its title's site part) — names a body other than the
    site's: a department (芈岭县发展和改革局 on a county portal) or the government of a place the site's names do not
    name (芈岭县荷塘镇人民政府, 荷塘镇人民政府 beside 芈岭县人民政府); not the site's own name (its `SiteName`, a part of
    its homepage's title), its sponsor (芈岭县人民政府办公室), its short name (县发改局 for 芈岭县发展和改革局), nor a part
    of it (芈岭县政府信息公开, 某县政民互动平台, 政务服务中心: no body's name)."""
    hp = ctx.homepage
    name = name.strip()
    if hp is None or not name:
        return False
    own = [x for x in (hp.meta.get("sitename", "").strip(), hp.marks.get("网站主办单位", ("", ""))[0].strip(),
                       *_TITLE_PARTS.split(hp.title.strip())) if x and not HOME_NAME.fullmatch(x)]
    if any(name.startswith(x) or name in x or _short_name_of(name, x) for x in own):
        return False
    places, end = leading_places(name)
    rest = name[end:]
    if places and _GOVERNMENT.fullmatch(rest):
        return not any(places[-1] in x for x in own)   # (a place of the site's own name: the site's government)
    return _DEPARTMENT.fullmatch(rest) is not None


def _site_name(f: PageFacts) -> str:
    """What a page calls its website: its `SiteName`, else its title's last part (the whole title of one part)."""
    parts = [p for p in _TITLE_PARTS.split(f.title.strip()) if p]
    return f.meta.get("sitename") or (parts[-1] if parts else "")


def _below_home(ctx: SiteContext, url: str) -> bool:
    """`url` is on the homepage's host below its folder, or in a folder of another host the crawl took as the site's
    (`SiteContext.site_folders`: the township's `www.county.gov.cn/xqz/`)."""
    return urlsplit(url).netloc == urlsplit(ctx.homepage_url).netloc and url.startswith(ctx.home_folder) \
        or ctx.site_folders.contains(url)


def _names_other(ctx: SiteContext, url: str) -> bool:
    """The archived page at `url`, on the homepage's host below its folder (or in the site's folder of another host),
    calls its website by another body's name (`names_other_body`), whatever menu it carries."""
    f = ctx.page(url)
    return f is not None and f is not ctx.homepage and _below_home(ctx, f.url) and names_other_body(ctx, _site_name(f))


def _home_menu(ctx: SiteContext) -> frozenset[str]:
    """The homepage's links on its host or into the site's folders of other hosts (its menu, its footer's, its
    boxes'), itself aside."""
    hp, home = ctx.homepage, ctx.homepage_url
    return frozenset(u for link in (hp.links if hp is not None else ())
                     if (ctx.on_site_host(u := ctx.canonical(link.url)) or ctx.site_folders.contains(u)) and u != home)


def whose_unsure(ctx: SiteContext, url: str) -> bool:
    """The page at `url` calls its website by another body's name (a 局长信箱 titled 局长信箱_某县发展和改革局) where
    the homepage offers no menu to tell the portal's template by (fewer than `MEMBER_NAV_MIN` links on its host: a
    menu a script draws): it may be another website's of the 站群 or the portal's own channel. Its letters and lists
    are set aside from the vetoes (`vetoes.decide_vetoes`): when unsure whose a page is, it raises no veto against
    the site. (Where the menu can be told, a page carrying it is the portal's — 县财政局 in the portal's 工作机构 —
    and one carrying its own is another website's: `member_site_folders`.)"""
    return len(ctx.derived("home_menu", _home_menu)) < MEMBER_NAV_MIN and _names_other(ctx, url)


MEMBER_NAV_MIN = 3   # links of the homepage a page of the portal's template carries (its menu, its footer's links)


def member_site_folders(ctx: SiteContext) -> tuple[frozenset[str], frozenset[str]]:
    """Pages (and folders) of another website of the 站群 kept below the homepage's folder on its host (or in a
    folder of another host the crawl took as the site's, `SiteContext.site_folders`) — a
    department's or a township's site at /bm/fgj/ or /xz/htz/ of the county portal: the page calls its website by
    another body's name (`SiteName`, else its title's site part: 芈岭县发展和改革局, 荷塘镇人民政府 —
    `names_other_body`) and carries its own navigation, not the portal's (fewer than `MEMBER_NAV_MIN` of the
    homepage's links on the host, and less than half of those of them half the pages carry — the portal's menu —,
    besides the portal's front page and its own front page above it: ways back). A
    front page so judged (its address a folder or its index) takes its folder with it. A channel written in the
    portal's template (its menu and footer, 柳坑镇_某县人民政府) is the portal's; so is every page when the homepage
    offers no menu to tell the template by (fewer than `MEMBER_NAV_MIN` links on its host)."""
    hp = ctx.homepage
    if hp is None:
        return frozenset(), frozenset()
    home = ctx.homepage_url
    # (the site's own folders: the homepage's, and those of other hosts the crawl took as the site's)
    roots = {ctx.home_folder, *ctx.snapshot.scope_folders}
    menu: frozenset[str] = ctx.derived("home_menu", _home_menu)
    if len(menu) < MEMBER_NAV_MIN:
        return frozenset(), frozenset()   # (no menu to tell the portal's template by: `whose_unsure` sets aside)
    template = menu & ctx.template_links   # (the homepage's links half the pages carry: the portal's menu, a small one)
    pages, folders = set(), set()
    for url, f in ctx.pages.items():
        if url == home or f is hp or not _below_home(ctx, url):
            continue
        if not names_other_body(ctx, _site_name(f)):
            continue
        shared = {u for link in f.links if (u := ctx.canonical(link.url)) in menu and not (
            (above := folder_of(u)) not in roots and url.startswith(above) and _names_other(ctx, u))}
        if len(shared) >= MEMBER_NAV_MIN or template and 2 * len(shared & template) >= len(template):
            continue   # the portal's template around a channel of its own
        pages.add(url)
        path = urlsplit(url).path
        folder = folder_of(url)
        if (path.endswith("/") or posixpath.basename(path).startswith(("index.", "default."))) and folder not in roots:
            folders.add(folder)
    return frozenset(pages), frozenset(folders)


# (wider than `_GOVERNMENT` and `_DEPARTMENT`, which tell another body named on the site: here the site names itself)
# A government's own name: a place's government (岩溪县人民政府, its 办公室 as the sponsor: 岩溪县人民政府办公室), a zone's
# 管委会 (not a department's 监督管理委员会), a street's 办事处; a bare chain of places (岩溪县, 衡屿市莲山区) names it too
_GOVERNMENT_NAME = re.compile(r"(?:人民政府|政府|管委会|(?<!监督)管理委员会|街道办事处|办事处|街道)(?:办公室)?$")
# A body's own name that is no government's: a place's bureau, commission, office, centre … (凌江县统计局, 某市卫健委,
# 某县融媒体中心) — not a hall of the site (网上办事大厅)
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}(?:局|委员会|委|办公室|办|中心|厅|署|院|所|站|队|馆|会)")
_NAME_SUFFIX = re.compile(r"(?:门户网站|官方网站|网站|门户|官网)$")


def _body_kind(name: str) -> str:
    """"government", "department" or "" for one name the site calls itself by (`site_body`)."""
    name = _NAME_SUFFIX.sub("", name.strip())
    if not name or HOME_NAME.fullmatch(name):
        return ""
    places, end = leading_places(name)
    if places and end == len(name) or _GOVERNMENT_NAME.search(name):
        return "government"
    return "department" if _BODY_NAME.fullmatch(name) and "网上" not in name else ""


def site_body(ctx: SiteContext) -> str:
    """Whose website the site is, by the names it calls itself (its `SiteName`, its homepage title's parts) and its
    sponsor (主办单位): "department" when a name of the site is a body that is no government (凌江县统计局) and no name
    or sponsor is a government's; "government" when its names are a government's alone (a county's, a township's, a
    zone's portal — run by any office); "unsure" when they disagree, or when only the sponsor names a body; "" when
    nothing says (a homepage titled 首页)."""
    hp = ctx.homepage
    if hp is None:
        return ""
    names = {_body_kind(n) for n in (hp.meta.get("sitename", ""), *_TITLE_PARTS.split(hp.title.strip()))}
    sponsor = _body_kind(hp.marks.get("网站主办单位", ("", ""))[0])
    if "government" in names:
        return "unsure" if "department" in names else "government"
    if "department" in names:
        return "department" if sponsor != "government" else "unsure"
    return "unsure" if sponsor == "department" else ""
