"""Fill a `Site` model from a `SiteSpec`: columns with dated items, messages, guides, reports and the planted defects.

All randomness comes from one RNG seeded by (seed, site key); dates are placed relative to `as_of` and kept
clear of the limits they are tested against unless a spec asks for a boundary case.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from govweb.samplesites.families import SCHEMES, Scheme
from govweb.samplesites.model import (
    GUIDE_ELEMENTS,
    LIMITS,
    Attachment,
    Column,
    Guide,
    Image,
    Item,
    Link,
    Message,
    Report,
    Section,
    Site,
)
from govweb.samplesites.portal import Portal, plan_portal
from govweb.samplesites.specs import SiteSpec
from govweb.samplesites.words import DEPTS, GUIDE_SUBJECTS, MSG_SUBJECTS, Words

SECTIONS = (
    ("zjxx", "走进{short}"), ("xwzx", "新闻中心"), ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"),
)
# section, key, name, type, on homepage, item count range
COLUMN_SET = (
    ("xwzx", "jrgz", "今日要闻", "动态要闻", True, (18, 34)),
    ("xwzx", "bmdt", "部门动态", "动态要闻", False, (16, 30)),
    ("xwzx", "xzdt", "{local}", "动态要闻", False, (12, 24)),
    ("xwzx", "tzgg", "通知公告", "通知公告", True, (12, 20)),
    ("zwgk", "zcwj", "政策文件", "政策文件", True, (10, 16)),
    ("zwgk", "zcjd", "政策解读", "政策解读", True, (0, 0)),
    ("zwgk", "rsxx", "人事信息", "人事", False, (6, 10)),
    ("zwgk", "ghjh", "规划计划", "规划计划", False, (4, 7)),
    ("zwgk", "czyjs", "财政预决算", "其他", False, (5, 9)),
    ("zwgk", "zdxm", "重大项目", "其他", False, (4, 8)),
    ("hdjl", "jyta", "建议提案办理", "其他", False, (5, 9)),
)
# (min, max) days between consecutive items of a column type.
GAPS = {"动态要闻": (1, 4), "通知公告": (3, 18), "政策文件": (6, 35), "人事": (15, 60), "规划计划": (40, 120),
        "政策解读": (6, 35), "其他": (20, 90)}
ASSETS = (("pdf", "sample.pdf"), ("doc", "sample.doc"), ("xls", "sample.xls"), ("docx", "sample.docx"))
DATA_PORTAL = "http://data.{prov}.gov.cn/"
PROVINCE_HOSTS = {"32": "jiangsu", "42": "hubei", "33": "zj", "35": "fujian", "36": "jiangxi", "51": "sc",
                  "61": "shaanxi", "13": "hebei", "37": "shandong"}


def province_host(site: Site) -> str:
    code = (site.admin_code or site.sid[-8:])[:2]
    return PROVINCE_HOSTS.get(code, "jiangsu")


class Planner:
    def __init__(self, spec: SiteSpec, as_of: date, seed: int) -> None:
        self.spec = spec
        self.as_of = as_of
        self.seed = seed
        self.rng = random.Random(f"{seed}:{spec.key}")
        self.words = Words(self.rng, spec.place, spec.short)
        scheme_name = "trs" if spec.family in ("hostile", "blocked") else spec.family
        self.scheme: Scheme = SCHEMES[scheme_name]
        self._uid = 100000 + self.rng.randint(0, 800000)

    def uid(self) -> int:
        self._uid += self.rng.randint(1, 37)
        return self._uid

    def ago(self, days: int) -> date:
        return self.as_of - timedelta(days=days)

    # -------------------------------------------------------------------------------------------------------------
    def build(self) -> Site:
        s = self.spec
        site = Site(
            sid=s.sid, name=s.name, place=s.place, short=s.short, host=s.host, family=s.family, held_out=s.held_out,
            level=s.level, admin_code=s.admin_code, org=s.org, phone=s.phone, icp=s.icp, gongan=s.gongan,
            address=f"{s.place}{self.rng.choice(('人民路', '府前路', '长安路', '新华路'))}{self.rng.randint(1, 199)}号",
            encoding=s.encoding, meta_charset=s.meta_charset, viewport=s.viewport, ipv6=s.ipv6, sid_form=s.sid_form,
            missing=set(s.missing), search_path=self.scheme.search_path, search_param=self.scheme.search_param,
            search_broken=s.search_broken, layout=s.layout, broken_entries=s.broken_entries,
        )
        if s.blocked:
            site.status = "not-measured"
            return site
        names = s.layout.sections if s.layout else {}
        site.sections = [Section(k, names.get(k) or n.format(short=s.short)) for k, n in SECTIONS]
        for kind in ("home", "about", "leaders", "org", "xxgk_guide", "xxgk_catalog", "xxgk_reports", "messages",
                     "services", "wza", "search_form"):
            site.pages[kind] = self.scheme.page(kind)
        if s.layout:
            site.pages["home"] = s.layout.home_path
        site.portal = self.portal(site)
        site.pages["data"] = site.portal.base if site.portal else DATA_PORTAL.format(prov=province_host(site))
        self.columns(site)
        self.interpretations(site)
        self.media(site)
        self.messages(site)
        self.guides(site)
        self.reports(site)
        self.dead_links(site)
        self.assign_urls(site)
        return site

    # 数据开放 ------------------------------------------------------------------------------------------------------
    def portal(self, site: Site) -> Portal | None:
        s = self.spec
        if "数据开放" in s.missing:
            return None
        if s.open_data == "province":
            base = DATA_PORTAL.format(prov=province_host(site))
        elif s.open_data_in_site:
            base = f"http://{s.host}/sjkf/"
        else:
            root = s.host[4:] if s.host.startswith("www.") else s.host
            base = f"http://data.{root}/"
        return plan_portal(s.open_data, base, s.short, self.as_of, f"{self.seed}:{s.key}:portal",
                           s.encoding if s.open_data_in_site else None, s.open_data_stated)

    # Columns -----------------------------------------------------------------------------------------------------
    def columns(self, site: Site) -> None:
        s = self.spec
        names = s.layout.columns if s.layout else {}
        for n, (section, key, name, ctype, on_home, (lo, hi)) in enumerate(COLUMN_SET):
            col = Column(cid=3000 + 17 * n + self.rng.randint(0, 9), key=key,
                         name=names.get(key) or name.format(local=s.local_units),
                         ctype=ctype, section=section, on_home=on_home)
            col.per_page = 15 if ctype == "动态要闻" else 12
            col.date_style = self.scheme.style_for(col)
            if ctype != "政策解读":
                state = s.columns.get(key, "fresh")
                dates = self.dates(ctype, self.rng.randint(lo, hi), state, on_home and s.homepage_stale)
                for d in dates:
                    col.items.append(self.item(col, d))
            site.columns.append(col)

    def dates(self, ctype: str, n: int, state: str, home_stale: bool) -> list[date | None]:
        limit = LIMITS.get(ctype)
        if state == "blank":
            return []
        if state == "undated":
            return [None] * n
        if state == "stale":
            assert limit is not None
            newest = limit + self.rng.randint(20, 240)
        elif state == "at-limit":
            assert limit is not None
            newest = limit
        elif home_stale:
            newest = self.rng.randint(20, 40)
            assert limit is None or newest < limit
        else:
            newest = self.rng.randint(0, 4 if ctype == "动态要闻" else 20)
        lo, hi = GAPS[ctype]
        offsets = [newest]
        for _ in range(n - 1):
            offsets.append(offsets[-1] + self.rng.randint(lo, hi))
        if ctype == "政策文件":  # keep documents clear of the 365-day interpretation window edge
            offsets = [o + 12 if 358 <= o <= 372 else o for o in offsets]
        return [self.ago(o) for o in offsets]

    def item(self, col: Column, d: date | None, title: str | None = None) -> Item:
        year = (d or self.as_of).year
        if title is None and self.spec.layout is not None and col.ctype == "动态要闻" and self.rng.random() < 0.15:
            title = self.words.trap_title()   # headlines that name an entry (政务服务, 领导) without being one
        item = Item(
            uid=self.uid(), title=title or self.words.title(col.ctype, year), date=d,
            time=f"{self.rng.randint(8, 17):02d}:{self.rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}",
            ctype=col.ctype, column_key=col.key, paragraphs=self.words.paragraphs(self.rng.randint(5, 8)),
            source=self.rng.choice((self.spec.org, self.rng.choice(DEPTS), f"{self.spec.short}融媒体中心")),
        )
        if col.ctype == "政策文件":
            item.doc_number = self.words.doc_number(year)
        return item

    # 政策解读 ⇄ 政策文件 -------------------------------------------------------------------------------------------
    def interpretations(self, site: Site) -> None:
        docs = site.column("zcwj")
        interp = site.column("zcjd")
        recent = [d for d in docs.items if d.date and (self.as_of - d.date).days <= 365]
        lacking = set(id(d) for d in self.rng.sample(recent, min(self.spec.missing_interp, len(recent))))
        for doc in docs.items:
            if id(doc) in lacking:
                continue
            if doc.date and (self.as_of - doc.date).days > 365 and self.rng.random() < 0.5:
                continue  # older documents: about half were interpreted
            d = min(self.as_of, doc.date + timedelta(days=self.rng.randint(0, 3))) if doc.date else None
            inner = doc.title.split("《")[-1].split("》")[0] if "《" in doc.title else doc.title
            it = self.item(interp, d, title=self.rng.choice((f"《{inner}》政策解读", f"一图读懂《{inner}》")))
            interp.items.append(it)
            it.interprets = doc
            it.link_dir = self.rng.choice(("both", "both", "doc", "interp"))
        # Interpretations of national documents, linking out to www.gov.cn.
        for k in range(2):
            base = self.rng.randint(30, 200) if not self.spec.homepage_stale else self.rng.randint(25, 200)
            it = self.item(interp, self.ago(base), title=f"国务院政策例行吹风会：解读{self.words.pick(('稳就业', '减税降费', '优化营商环境', '保市场主体'))}有关政策（{k + 1}）")
            it.related.append(Link("相关文件", f"http://www.gov.cn/zhengce/content/2020-0{k + 6}/1{k}/content_55{self.rng.randint(10000, 99999)}.htm"))
            interp.items.append(it)
        interp.items.sort(key=lambda i: (i.date or date.min, i.uid), reverse=True)

    # Images and attachments --------------------------------------------------------------------------------------
    def media(self, site: Site) -> None:
        news = [i for c in site.columns if c.ctype == "动态要闻" for i in c.items]
        for it in news:
            if self.rng.random() < 0.35:
                it.images.append(Image(f"/images/photo{self.rng.randint(1, 4)}.png", it.title[:16]))
        dated_news = [i for i in news if i.date]
        for it in self.rng.sample(dated_news, min(self.spec.alt_missing, len(dated_news))):
            it.images.append(Image(f"/images/photo{self.rng.randint(1, 4)}.png", None))
        for c in site.columns:
            if c.ctype not in ("通知公告", "政策文件"):
                continue
            for it in c.items:
                if self.rng.random() < 0.5:
                    ext, asset = self.rng.choice(ASSETS)
                    it.attachments.append(Attachment(f"附件：{it.title[:20]}.{ext}", "", asset))
        notices = site.column("tzgg").items
        for it in self.rng.sample(notices, min(self.spec.dead_attachment, len(notices))):
            ext, _ = self.rng.choice(ASSETS)
            it.attachments.append(Attachment(f"附件：申报表.{ext}", "", None))

    # 领导信箱 ----------------------------------------------------------------------------------------------------
    def messages(self, site: Site) -> None:
        rng = self.rng
        cases: list[tuple[int, int | None]] = []  # (days ago submitted, days to reply or None)
        for _ in range(rng.randint(12, 18)):
            ago = rng.randint(3, 700)
            cases.append((ago, min(ago, rng.randint(1, 25))))
        for case in self.spec.messages:
            if case == "unanswered":
                cases.append((rng.randint(120, 300), None))
            elif case == "late":
                cases.append((rng.randint(150, 300), rng.randint(95, 130)))
            elif case == "at-90":
                cases.append((rng.randint(150, 300), 90))
            elif case == "old-unanswered":
                cases.append((rng.randint(400, 600), None))
            elif case == "pending":
                cases.append((rng.randint(10, 60), None))
        cases = [(a + 10 if 358 <= a <= 372 else a, r) for a, r in cases]
        for ago, reply in sorted(cases, key=lambda c: (c[0], -1 if c[1] is None else c[1])):
            sub = self.ago(ago)
            site.messages.append(Message(
                uid=self.uid(), title=rng.choice(MSG_SUBJECTS), asker=self.words.pick("王李张刘陈杨黄赵") + "**",
                submitted=sub, replied=sub + timedelta(days=reply) if reply is not None else None,
                dept=rng.choice(DEPTS), question="".join(self.words.paragraphs(1)),
                answer="您好！来信收悉。" + "".join(self.words.paragraphs(1)) + "感谢您对我们工作的关心和支持。",
            ))

    # 办事指南 ----------------------------------------------------------------------------------------------------
    def guides(self, site: Site) -> None:
        subjects = self.rng.sample(GUIDE_SUBJECTS, 7)
        for n, subj in enumerate(subjects):
            missing = set(self.spec.guides_missing[n]) if n < len(self.spec.guides_missing) else set()
            dept = self.rng.choice(DEPTS)
            values = {
                "事项名称": subj,
                "设定依据": f"《中华人民共和国{self.rng.choice(('行政许可法', '社会保险法', '食品安全法', '建筑法'))}》第{self.rng.randint(5, 60)}条",
                "申请条件": "申请人符合法定条件，提交材料齐全、符合法定形式。",
                "办理材料": "1.申请表（原件1份）；2.申请人身份证明（复印件1份）；3.其他相关证明材料。",
                "办理地点": f"{self.spec.short}政务服务中心{self.rng.randint(1, 3)}楼{self.rng.randint(1, 40)}号窗口",
                "办理机构": f"{self.spec.short}{dept}",
                "收费标准": "不收费",
                "办理时间": "周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）",
                "联系电话": f"{self.spec.phone[:5]}{self.rng.randint(1000000, 8999999)}",
                "办理流程": "申请→受理→审查→决定→办结",
            }
            site.guides.append(Guide(uid=self.uid(), title=f"{subj}办事指南",
                                     elements={k: v for k, v in values.items() if k not in missing}))
        for g in site.guides:
            assert set(g.elements) <= set(GUIDE_ELEMENTS)

    # 政府信息公开年报 --------------------------------------------------------------------------------------------
    def reports(self, site: Site) -> None:
        from govweb.samplesites.truth import due_report_year

        newest = due_report_year(self.as_of) - self.spec.report_lag
        for year in range(newest - 6, newest + 1):
            d = date(year + 1, 1, self.rng.randint(15, 31))
            if d > self.as_of:
                break
            site.reports.append(Report(year, d, f"{site.name}{year}年政府信息公开工作年度报告"))
        site.reports.reverse()

    # Dead links --------------------------------------------------------------------------------------------------
    def dead_links(self, site: Site) -> None:
        news = [i for c in site.columns if c.ctype == "动态要闻" for i in c.items]
        for k in range(self.spec.dead_internal):
            host_item = self.rng.choice(news)
            col = site.column(host_item.column_key)
            ghost = Item(uid=self.uid() + 9000000, title="", date=self.ago(400 + 30 * k), time="", ctype=col.ctype,
                         column_key=col.key, paragraphs=[], source="")
            target = self.scheme.item_url(site, col, ghost)
            host_item.extra_links.append(Link("相关报道", target))
        for k in range(self.spec.dead_external):
            site.home_links.append(Link(f"{2019 - k}年全国两会专题", f"http://www.expired-zt.gov.cn/2019/zt{k + 1}/index.html"))

    # URLs and the links that depend on them ----------------------------------------------------------------------
    def assign_urls(self, site: Site) -> None:
        sc = self.scheme
        for col in site.columns:
            col.page_urls = sc.column_urls(site, col)
            for it in col.items:
                it.url = sc.item_url(site, col, it)
                for k, att in enumerate(it.attachments):
                    att.href = sc.attachment_url(it, k, att.name.rsplit(".", 1)[-1])
        for m in site.messages:
            m.url = sc.message_url(m)
        for g in site.guides:
            g.url = sc.guide_url(g)
        for r in site.reports:
            r.url = sc.report_url(r)
        for it in site.column("zcjd").items:
            doc = it.interprets
            if doc is None:
                continue
            if it.link_dir in ("both", "interp"):
                it.related.append(Link(f"相关文件：{doc.title}", doc.url))
            if it.link_dir in ("both", "doc"):
                doc.related.append(Link(f"相关解读：{it.title}", it.url))
        # Every dead target with the pages that link to it.
        for it in site.all_items():
            for link in it.extra_links:
                site.broken.setdefault(site.abs(link.href), set()).add(site.abs(it.url))
            for att in it.attachments:
                if att.asset is None:
                    site.broken.setdefault(site.abs(att.href), set()).add(site.abs(it.url))
        for link in site.home_links:
            site.broken.setdefault(site.abs(link.href), set()).add(site.abs("/"))
        # An entry whose page is missing: every page carrying the menu links to it
        for entry, kind in (("办事服务", "services"), ("互动交流", "messages")):
            if entry in site.broken_entries:
                site.broken.setdefault(site.abs(site.pages[kind]), set()).add(site.abs(site.pages["home"]))
