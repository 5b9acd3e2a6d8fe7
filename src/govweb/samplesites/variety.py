"""Generated sample sites: any number of distinct sites per family, each with randomised layout choices.

`generated_specs(n, seed)` draws `n` sites spread over the six template families. Each gets a real name,
网站标识码, host and sponsor from the bundled national directory (`data/gov-sites/`, the content is invented),
planted defects, and a `Layout`: where the menu sits and how it is written, how lists and dates are printed,
how the footer words and lays out its marks and how it is delivered (static, inline document.write, an
external footer.js), a splash page at `/`, the wording of empty lists, function pages in the menu, image-only
entries, column and section names, and a search box no form submits (a script opens the results; drawn from an
RNG of its own, so the other draws of a seed are what they were before it existed). The ground truth is derived from the same model (truth.py), so it follows
every choice. Everything is drawn from RNGs seeded by (seed, site): the same seed gives the same sites.

Held out: the `jeecms` and `zhanqun` families and the option values in `HELD_OUT` are kept for reporting.
A site is held out when its family is, or when one of its choices is a held-out value; tuning sites use
neither (see `Layout.held_out`).
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from govweb.samplesites.specs import HELD_OUT_FAMILIES, SPECS, SiteSpec

FAMILIES = ("trs", "hanweb", "dede", "jsheavy", "jeecms", "zhanqun")

# dimension → (values to tune on, held-out values)
CHOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nav": (("family", "top", "table", "script"), ("left",)),
    "entries": (("text", "images-alt"), ("images-title", "images-bare")),
    "list_markup": (("family", "ul", "table", "div"), ("caps", "dl")),
    "date_style": (("iso", "cn", "slash", "bracket", "md", "bracket-md"), ("cn-short", "dot", "date-first")),
    "empty_wording": (("暂无信息", "暂无数据", "empty", "本栏目暂无内容"), ("没有记录", "共0条", "建设中")),
    "footer_layout": (("lines", "inline", "divs"), ("table",)),
    "footer_delivery": (("static", "docwrite", "footerjs"), ("unescape",)),
    "sponsor_form": (("label", "short", "suffix", "space"), ("fang", "you")),
    "icp_form": (("full", "nohao", "dash1"), ("spaced",)),
    "police_form": (("full", "nohao", "spaced"), ("image",)),
    "contact_form": (("tel", "phone", "lxwm", "hotline", "email", "page"), ("tech", "kefu")),
    "site_code_form": (("colon", "space"), ("gov",)),
    "badges": (("link", "script"), ()),
    "splash": (("none", "meta", "click"), ("js",)),
    "crumb": (("当前位置：", "您的位置：", "bare"), ("您现在的位置：",)),
}
# Function pages a menu may carry (never columns): key → (name, path)
FUNCTIONS: dict[str, tuple[str, str]] = {
    "lxwm": ("联系我们", "/lxwm/index.html"), "wzdt": ("网站地图", "/wzdt/index.html"),
    "zzms": ("长者模式", "/zzms/index.html"), "gywm": ("关于我们", "/gywm/index.html"),
    "write": ("我要写信", "/hdjl/wyxx/index.html"), "sm": ("网站声明", "/wzsm/index.html"),
    "zxft": ("在线访谈", "/zxft/index.html"), "login": ("用户登录", "/user/login.html"),
}
TUNE_FUNCTIONS = ("lxwm", "wzdt", "zzms", "gywm", "write", "sm")
HELD_OUT_FUNCTIONS = ("zxft", "login")
HOME_PATHS = ("/html/index.shtml", "/index_home.html", "/portal/index.html")
# Display names: each tuple names the same thing (the type an expert gives it is the planned one).
SECTION_NAMES = {
    "zjxx": ("走进{short}", "{short}概况", "魅力{short}"),
    "xwzx": ("新闻中心", "新闻动态", "要闻动态", "政务动态"),
    "zwgk": ("政务公开", "信息公开", "政府信息公开"),
    "zwfw": ("政务服务", "网上办事", "办事服务", "在线服务"),
    "hdjl": ("互动交流", "政民互动", "公众参与"),
}
COLUMN_NAMES = {
    "jrgz": ("今日要闻", "本地要闻", "政务要闻", "{short}要闻"),
    "bmdt": ("部门动态", "工作动态", "部门信息"),
    "xzdt": ("乡镇动态", "区县动态", "镇街动态", "乡镇风采"),
    "tzgg": ("通知公告", "公示公告", "通知通告"),
    "zcwj": ("政策文件", "政府文件", "规范性文件", "政策法规"),
    "zcjd": ("政策解读", "解读回应", "图解政策"),
    "rsxx": ("人事信息", "人事任免", "人事工作"),
    "ghjh": ("规划计划", "发展规划", "规划信息"),
    "czyjs": ("财政预决算", "财政资金", "预决算公开"),
    "zdxm": ("重大项目", "重点项目", "项目建设"),
    "jyta": ("建议提案办理", "建议提案", "人大建议政协提案"),
}
PROVINCE_ABBR = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑", "31": "沪",
    "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫", "42": "鄂", "43": "湘",
    "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "蜀", "52": "黔", "53": "滇", "54": "藏", "61": "陕",
    "62": "甘", "63": "青", "64": "宁", "65": "新",
}
MUNICIPALITIES = ("11", "12", "31", "50")
TYPED_COLUMNS = ("jrgz", "bmdt", "xzdt", "tzgg", "zcwj", "rsxx", "ghjh")   # the ones with an update limit
_PORTAL_NAME = re.compile(r"(人民政府)(?:门户网站|网站|网|门户网)?$")
_SHORT = re.compile(r"^.*?(?:省|自治区|市|自治州|州|地区|盟)(?=.)")
SCRIPT_SEARCH_SHARE = 0.35   # sites whose search box no form submits (drawn apart: the other draws stay as they were)
ENCODINGS = {"dede": ("gbk", "gb2312"), "zhanqun": ("gb18030", "gb2312")}


@dataclass(frozen=True)
class Layout:
    """How one generated site looks (values of `CHOICES`, function pages, names, where its homepage is)."""

    nav: str = "family"
    entries: str = "text"
    list_markup: str = "family"
    date_style: str = "iso"
    empty_wording: str = "暂无信息"
    footer_layout: str = "lines"
    footer_delivery: str = "static"
    sponsor_form: str = "label"
    icp_form: str = "full"
    police_form: str = "full"
    contact_form: str = "tel"
    site_code_form: str = "colon"
    badges: str = "link"
    splash: str = "none"
    crumb: str = "当前位置："
    search: str = "form"                       # form | script (a box no form submits: a script opens the results)
    functions: tuple[str, ...] = ()
    home_path: str = "/"                       # the real homepage (another path behind a splash page)
    sections: dict[str, str] = field(default_factory=dict)   # section key → name
    columns: dict[str, str] = field(default_factory=dict)    # column key → name

    def choices(self) -> dict[str, str]:
        return {dim: getattr(self, dim) for dim in CHOICES}

    def held_out_values(self) -> list[str]:
        """The held-out choices this layout makes (dimension=value)."""
        out = [f"{dim}={v}" for dim, v in self.choices().items() if v in CHOICES[dim][1]]
        return out + [f"functions={f}" for f in self.functions if f in HELD_OUT_FUNCTIONS]


def _draw_layout(rng: random.Random, family: str, held_out: bool, short: str) -> Layout:
    picks: dict[str, str] = {}
    for dim, (tune, held) in CHOICES.items():
        pool = tune + held if held_out else tune
        picks[dim] = rng.choice(pool)
    if held_out and family not in HELD_OUT_FAMILIES:
        dims = [d for d, (_, held) in CHOICES.items() if held]
        if not any(picks[d] in CHOICES[d][1] for d in dims):
            dim = rng.choice(dims)
            picks[dim] = rng.choice(CHOICES[dim][1])
    if family == "jsheavy":          # lists and menu are built by the family's own scripts
        picks["list_markup"] = "family"
        picks["nav"] = "family"
    functions = rng.sample(TUNE_FUNCTIONS, rng.randint(2, 5))
    if held_out and rng.random() < 0.6:
        functions += rng.sample(HELD_OUT_FUNCTIONS, rng.randint(1, 2))
    if picks["contact_form"] == "page" and "lxwm" not in functions:
        functions.append("lxwm")
    sections = {k: rng.choice(names).format(short=short) for k, names in SECTION_NAMES.items()}
    columns = {k: rng.choice(names).format(short=short) for k, names in COLUMN_NAMES.items()}
    home = rng.choice(HOME_PATHS) if picks["splash"] != "none" else "/"
    return Layout(**picks, functions=tuple(sorted(functions)), home_path=home, sections=sections, columns=columns)


@cache
def _directory() -> list[dict[str, str]]:
    """Portal rows of the bundled national directory (人民政府 sites with a usable URL)."""
    path = resources.files("govweb") / "data" / "gov-sites" / "2023-03-09-local-sites.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    taken = {s.host for s in SPECS}
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for r in rows:
        name = r["网站名称"].strip()
        url = r["首页网址"].strip().lower()
        if r["网站状态"] != "正常" or not _PORTAL_NAME.search(name) or not url.startswith("http") or " " in name:
            continue
        host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0]
        if not re.fullmatch(r"[a-z0-9.-]+\.gov\.cn", host) or host in taken or host in seen:
            continue
        seen.add(host)
        out.append({"sid": r["网站标识码"].strip(), "name": _PORTAL_NAME.sub(r"\1", name), "host": host,
                    "org": r["网站主管单位"].strip() or name})
    return out


def max_generated() -> int:
    """How many distinct generated sites the bundled directory allows."""
    return len(_directory())


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "直辖市" if code[:2] in MUNICIPALITIES else "省、自治区"
    return "地市" if code[4:] == "00" else "区县"


def generated_specs(n: int, seed: int = 0) -> list[SiteSpec]:
    """`n` distinct generated sites, spread evenly over the families (deterministic for a seed)."""
    rng = random.Random(f"variety:{seed}")
    rows = _directory()
    if not 1 <= n <= len(rows):
        raise ValueError(f"1 to {len(rows)} generated sites")
    picked = rng.sample(rows, n)
    specs: list[SiteSpec] = []
    per_family: dict[str, int] = {}
    for i, row in enumerate(picked):
        family = FAMILIES[i % len(FAMILIES)]
        k = per_family[family] = per_family.get(family, 0) + 1
        held_out = family in HELD_OUT_FAMILIES or k % 2 == 0
        spec = _spec(row, family, held_out, random.Random(f"variety:{seed}:{row['sid']}"))
        if random.Random(f"variety-search:{seed}:{row['sid']}").random() < SCRIPT_SEARCH_SHARE:
            spec = replace(spec, layout=replace(spec.layout, search="script"))
        specs.append(spec)
    return specs


def _spec(row: dict[str, str], family: str, held_out: bool, rng: random.Random) -> SiteSpec:
    code = row["sid"][:6]
    place = row["name"].removesuffix("人民政府")
    short = _SHORT.sub("", place) or place
    prov = PROVINCE_ABBR.get(code[:2], "京")
    layout = _draw_layout(rng, family, held_out, short)
    encoding, meta = ENCODINGS.get(family, ("utf-8", "utf-8"))
    if family in ("trs", "hanweb") and rng.random() < 0.25:
        encoding, meta = "gbk", "gb2312"
    # defects: a random subset, so every check and veto has positives and negatives across sites
    col_keys = [k for k in COLUMN_NAMES if k != "zcjd"]
    columns: dict[str, str] = {}

    def state(key: str) -> str:
        if key not in TYPED_COLUMNS:
            return rng.choice(("blank", "undated"))
        return rng.choice(("stale", "stale", "blank", "undated", "at-limit"))

    for key in rng.sample(col_keys, rng.choice((0, 1, 1, 2, 3))):
        columns[key] = state(key)
    if rng.random() < 0.12:   # many columns at once: the columns-stale veto
        for key in rng.sample(col_keys, 6):
            columns[key] = "blank" if key not in TYPED_COLUMNS else rng.choice(("stale", "blank"))
    homepage_stale = rng.random() < 0.12
    if homepage_stale:   # nothing on the homepage newer than 14 days: its news column is stale too
        columns["jrgz"] = rng.choice(("stale", "stale", "blank"))
    marks = ("网站标识码", "ICP备案号", "公安机关备案号", "网站主办单位", "联系方式", "党政机关网站标识", "我为政府网站找错")
    entries = ("负责人信息", "无障碍浏览", "站内搜索", "数据开放")
    missing = set(rng.sample(marks, rng.choice((0, 0, 1, 1, 2))))
    missing |= set(rng.sample(entries, rng.choice((0, 0, 1))))
    broken = frozenset(e for e in ("办事服务", "互动交流") if rng.random() < 0.1)
    if "联系方式" in missing:
        layout = _without_function(layout, "lxwm")
        if layout.contact_form == "page":
            layout = _replace(layout, contact_form="tel")
    if "互动交流" in broken:
        layout = _without_function(layout, "write")
    if "无障碍浏览" in missing:
        layout = _without_function(layout, "zzms")   # an elder-mode page is an accessibility entry
    messages = tuple(rng.sample(("unanswered", "late", "at-90", "old-unanswered", "pending"), rng.randint(0, 2)))
    guides_missing = tuple(tuple(rng.sample(("收费标准", "办理时间", "设定依据", "办理流程", "联系电话"), rng.randint(1, 2)))
                           for _ in range(rng.choice((0, 0, 0, 1, 2))))
    return SiteSpec(
        key=f"gen-{row['sid']}", family=family, sid=row["sid"], name=row["name"], place=place, short=short,
        host=row["host"], level=_level(code), admin_code=code, org=row["org"],
        icp=f"{prov}ICP备{rng.randint(5000000, 19999999):08d}号",
        gongan=f"{prov}公网安备{code}{rng.randint(2000000, 2999999):08d}号",
        phone=f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}", held_out=held_out,
        encoding=encoding, meta_charset=meta, viewport=rng.random() < 0.85, ipv6=rng.random() < 0.7,
        sid_form=layout.site_code_form if layout.site_code_form in ("colon", "space") else "colon",
        local_units=layout.columns["xzdt"], columns=columns, homepage_stale=homepage_stale,
        messages=messages, missing_interp=rng.choice((0, 0, 1, 2)), guides_missing=guides_missing,
        missing=frozenset(missing), report_lag=rng.choice((0, 0, 0, 1)), alt_missing=rng.choice((0, 0, 1, 2)),
        dead_internal=rng.choice((0, 0, 1)), dead_external=rng.choice((0, 0, 1)),
        dead_attachment=rng.choice((0, 0, 1)), search_broken=rng.random() < 0.1,
        open_data=rng.choice(("province", "table", "cards", "list", "api", "stale", "building")),
        open_data_stated=rng.random() < 0.5, open_data_in_site=family == "zhanqun" and rng.random() < 0.5,
        layout=layout, broken_entries=broken,
    )


def _replace(layout: Layout, **changes: object) -> Layout:
    return replace(layout, **changes)  # type: ignore[arg-type]


def _without_function(layout: Layout, key: str) -> Layout:
    return _replace(layout, functions=tuple(f for f in layout.functions if f != key))


# --- markup helpers the renderer uses ------------------------------------------------------------------------

def js_string(html: str) -> str:
    """A single-quoted JS string literal."""
    return "'" + html.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("</", "<\\/") + "'"


def js_unescape_literal(html: str) -> str:
    """`html` as JS `escape()` writes it (%XX for ASCII, %uXXXX beyond), for `unescape('…')`."""
    out = []
    for ch in html:
        if ch.isascii() and (ch.isalnum() or ch in "@*_+-./:"):   # ':' too: URLs stay readable (and served)
            out.append(ch)
        elif ord(ch) < 256:
            out.append(f"%{ord(ch):02X}")
        else:
            out.append(f"%u{ord(ch):04X}")
    return "".join(out)
