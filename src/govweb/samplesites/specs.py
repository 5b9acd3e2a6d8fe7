"""The roster of sample sites: who they are, which family renders them, and which defects are planted.

Defect knobs (all optional, see `SiteSpec`):
* `columns`: column key -> "stale" | "blank" | "at-limit" | "undated" (default "fresh")
* `homepage_stale`: nothing on the homepage is newer than 14 days
* `messages`: extra message cases: "unanswered", "late", "at-90" (answered on day 90), "old-unanswered"
  (submitted more than a year ago), "pending" (submitted less than 90 days ago, no reply yet)
* `missing_interp`: how many policy documents of the past year have no 解读 in either direction
* `guides_missing`: for some guides, which key elements are absent
* `missing`: elements not carried at all; `report_lag`: how many years the newest 政府信息公开年报 online is
  behind the one due by as-of (0 = up to date)
* `search_broken`: the search form is served but finds nothing (search-not-working)
* `alt_missing`: detail pages whose image has no alt; `dead_internal` / `dead_external` / `dead_attachment`
* `broken_entries`: 办事服务 / 互动交流 whose every link leads to a page that answers 404 (the entry is missing)
* `layout`: a generated site's layout choices (variety.py); None for the sites below
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govweb.samplesites.variety import Layout


@dataclass(frozen=True)
class SiteSpec:
    key: str
    family: str
    sid: str
    name: str
    place: str
    short: str
    host: str
    level: str
    admin_code: str
    org: str
    icp: str
    gongan: str
    phone: str
    held_out: bool = False
    encoding: str = "utf-8"
    meta_charset: str = "utf-8"
    viewport: bool = True
    ipv6: bool = True
    sid_form: str = "colon"  # how the footer writes 网站标识码: "colon" (网站标识码：X) or "space" (网站标识码 X)
    local_units: str = "乡镇动态"
    columns: dict[str, str] = field(default_factory=dict)
    homepage_stale: bool = False
    messages: tuple[str, ...] = ()
    missing_interp: int = 0
    guides_missing: tuple[tuple[str, ...], ...] = ()
    missing: frozenset[str] = frozenset()
    report_lag: int = 0
    alt_missing: int = 0
    dead_internal: int = 0
    dead_external: int = 0
    dead_attachment: int = 0
    search_broken: bool = False  # the search form is there but never finds anything
    # the portal the 数据开放 link leads to (samplesites/portal.py): table | cards | list | api | stale | building |
    # province (outside the crawl's scope); `open_data_stated`: its catalogue prints the total; `open_data_in_site`:
    # a column of the site (/sjkf/) instead of data.<root>
    open_data: str = "province"
    open_data_stated: bool = True
    open_data_in_site: bool = False
    hostile: bool = False
    blocked: bool = False
    # generated sites (variety.py): how the site looks, and entries whose link leads to a missing page (404)
    layout: Layout | None = None
    broken_entries: frozenset[str] = frozenset()


def _spec(**kw: object) -> SiteSpec:
    return SiteSpec(**kw)  # type: ignore[arg-type]


SPECS: tuple[SiteSpec, ...] = (
    # --- TRS WCM -------------------------------------------------------------------------------------------------
    _spec(
        open_data="table",
        key="trs-suzhou", family="trs", sid="3205000007", name="苏州市人民政府", place="江苏省苏州市", short="苏州市",
        host="www.suzhou.gov.cn", level="地市", admin_code="320500", org="苏州市人民政府办公室",
        icp="苏ICP备05018283号", gongan="苏公网安备32050802010501号", phone="0512-68616326",
        local_units="区县动态",
        # clean, with boundary cases: a column updated exactly at its limit, a reply on day 90, an old unanswered
        # letter (more than a year ago) and a recent letter still within its 90 days.
        columns={"tzgg": "at-limit"}, messages=("at-90", "old-unanswered", "pending"),
    ),
    _spec(
        open_data="cards", open_data_stated=False,
        key="trs-wuhan", family="trs", sid="4201000012", name="武汉市人民政府", place="湖北省武汉市", short="武汉市",
        host="www.wuhan.gov.cn", level="地市", admin_code="420100", org="武汉市人民政府办公厅",
        icp="鄂ICP备05003312号", gongan="鄂公网安备42010202000109号", phone="027-82790000",
        local_units="区县动态",
        columns={"bmdt": "stale", "ghjh": "blank"}, messages=("unanswered", "late"), missing_interp=2,
        alt_missing=2, dead_internal=2, dead_external=1, missing=frozenset({"公安机关备案号"}),
    ),
    _spec(
        key="trs-szdcd", family="trs", sid="bm36050002", name="国家统计局苏州调查队", place="江苏省苏州市",
        short="苏州调查队", host="szdcd.stats.gov.cn", level="部门", admin_code="", org="国家统计局苏州调查队",
        icp="京ICP备05034670号", gongan="京公网安备11040102700068号", phone="0512-65223871", sid_form="space",
        viewport=False, local_units="工作动态", columns={"tzgg": "stale"},
    ),
    # --- Hanweb --------------------------------------------------------------------------------------------------
    _spec(
        open_data="stale",
        key="hanweb-anji", family="hanweb", sid="3305230003", name="安吉县人民政府", place="浙江省湖州市安吉县",
        short="安吉县", host="www.anji.gov.cn", level="区县", admin_code="330523", org="安吉县人民政府办公室",
        icp="浙ICP备05021380号", gongan="浙公网安备33052302000164号", phone="0572-5122118", sid_form="space",
        ipv6=False, report_lag=1, guides_missing=(("收费标准", "办理时间"), ("设定依据",)),
        dead_attachment=1,
    ),
    _spec(
        open_data="cards",
        key="hanweb-huzhou", family="hanweb", sid="3305000003", name="湖州市人民政府", place="浙江省湖州市",
        short="湖州市", host="www.huzhou.gov.cn", level="地市", admin_code="330500", org="湖州市人民政府办公室",
        icp="浙ICP备05005326号", gongan="浙公网安备33050202000129号", phone="0572-2398101", encoding="gbk",
        meta_charset="gbk", local_units="区县动态", homepage_stale=True,
        columns={"jrgz": "stale", "bmdt": "stale", "xzdt": "stale", "rsxx": "stale", "tzgg": "stale",
                 "zcwj": "stale"},
        missing=frozenset({"无障碍浏览"}), search_broken=True,
    ),
    # --- DedeCMS-style HTML 4, GBK bytes behind a gb2312 meta ------------------------------------------------------
    _spec(
        key="dede-zhaoan", family="dede", sid="3506240001", name="诏安县人民政府", place="福建省漳州市诏安县",
        short="诏安县", host="www.zhaoan.gov.cn", level="区县", admin_code="350624", org="诏安县人民政府办公室",
        icp="闽ICP备05034525号", gongan="闽公网安备35062402000103号", phone="0596-3322365", encoding="gbk",
        meta_charset="gb2312", viewport=False, columns={"rsxx": "stale", "jyta": "blank"},
        missing=frozenset({"我为政府网站找错", "数据开放"}), dead_attachment=1, dead_internal=1,
        messages=("late",),
    ),
    # --- JavaScript-built --------------------------------------------------------------------------------------
    _spec(
        open_data="building",
        key="js-zhanggong", family="jsheavy", sid="3607020001", name="赣州市章贡区人民政府", place="江西省赣州市章贡区",
        short="章贡区", host="www.zgq.gov.cn", level="区县", admin_code="360702", org="章贡区人民政府办公室",
        icp="赣ICP备05004536号", gongan="赣公网安备36070202000101号", phone="0797-8122345",
        columns={"xzdt": "undated", "ghjh": "blank", "rsxx": "blank", "jyta": "blank", "czyjs": "blank",
                 "zdxm": "blank"},
        alt_missing=1, missing_interp=1,
    ),
    # --- JEECMS (held out) ---------------------------------------------------------------------------------------
    _spec(
        open_data="list", open_data_stated=False,
        key="jeecms-neijiang", family="jeecms", sid="5110000002", name="内江市人民政府", place="四川省内江市",
        short="内江市", host="www.neijiang.gov.cn", level="地市", admin_code="511000", org="内江市人民政府办公室",
        icp="蜀ICP备05018765号", gongan="川公网安备51100202000101号", phone="0832-2022185", held_out=True,
        local_units="区县动态", columns={"zcwj": "at-limit"}, messages=("at-90", "pending"),
    ),
    _spec(
        open_data="api",
        key="jeecms-baoji", family="jeecms", sid="6103000001", name="宝鸡市人民政府", place="陕西省宝鸡市",
        short="宝鸡市", host="www.baoji.gov.cn", level="地市", admin_code="610300", org="宝鸡市人民政府办公室",
        icp="陕ICP备05003261号", gongan="陕公网安备61030202000118号", phone="0917-3266114", held_out=True,
        local_units="区县动态", viewport=False, columns={"jrgz": "stale", "xzdt": "undated", "czyjs": "blank"},
        messages=("unanswered",), missing_interp=2, dead_internal=1, dead_external=1,
        missing=frozenset({"网站标识码", "我为政府网站找错"}), alt_missing=1,
    ),
    # --- 站群: one platform template, county sites on subdomains of one host (held out) --------------------------
    _spec(
        open_data="table", open_data_in_site=True, open_data_stated=False,
        key="zq-ningdu", family="zhanqun", sid="3607300001", name="宁都县人民政府", place="江西省赣州市宁都县",
        short="宁都县", host="ndx.ganzhou.gov.cn", level="区县", admin_code="360730", org="宁都县人民政府办公室",
        icp="赣ICP备05003326号", gongan="赣公网安备36073002000101号", phone="0797-6832117", held_out=True,
        encoding="gb18030", meta_charset="gb2312",
    ),
    _spec(
        open_data="stale", open_data_in_site=True,
        key="zq-yudu", family="zhanqun", sid="3607310001", name="于都县人民政府", place="江西省赣州市于都县",
        short="于都县", host="ydx.ganzhou.gov.cn", level="区县", admin_code="360731", org="于都县人民政府办公室",
        icp="赣ICP备05003326号", gongan="赣公网安备36073102000101号", phone="0797-6222611", held_out=True,
        encoding="gb18030", meta_charset="gb2312", homepage_stale=True,
        columns={"jrgz": "stale", "bmdt": "stale", "xzdt": "stale", "tzgg": "stale", "zcwj": "stale"},
        report_lag=1, search_broken=True,
    ),
    _spec(
        open_data="cards", open_data_in_site=True,
        key="zq-xingguo", family="zhanqun", sid="3607320001", name="兴国县人民政府", place="江西省赣州市兴国县",
        short="兴国县", host="xgx.ganzhou.gov.cn", level="区县", admin_code="360732", org="兴国县人民政府办公室",
        icp="赣ICP备05003326号", gongan="赣公网安备36073202000101号", phone="0797-5322085", held_out=True,
        encoding="gb18030", meta_charset="gb2312", ipv6=False, guides_missing=(("办理流程", "联系电话"),),
        alt_missing=2, dead_attachment=1, columns={"ghjh": "stale"}, messages=("late", "pending"),
        missing=frozenset({"党政机关网站标识"}),
    ),
    # --- hostile and blocked -------------------------------------------------------------------------------------
    _spec(
        key="hostile-baoding", family="hostile", sid="1306000001", name="保定市人民政府", place="河北省保定市",
        short="保定市", host="www.baoding.gov.cn", level="地市", admin_code="130600", org="保定市人民政府办公室",
        icp="冀ICP备05006921号", gongan="冀公网安备13060202000128号", phone="0312-3023456", local_units="区县动态",
        hostile=True,
    ),
    _spec(
        key="blocked-rizhao", family="blocked", sid="3711000001", name="日照市人民政府", place="山东省日照市",
        short="日照市", host="www.rizhao.gov.cn", level="地市", admin_code="371100", org="日照市人民政府办公室",
        icp="鲁ICP备05010839号", gongan="鲁公网安备37110202000101号", phone="0633-8779000", blocked=True,
    ),
)

# Families whose sites only the checks accuracy benchmark may use.
HELD_OUT_FAMILIES = frozenset({"jeecms", "zhanqun"})
