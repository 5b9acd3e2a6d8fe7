"""Markup of a generated site's layout choices (variety.Layout): menu, footer, list rows, breadcrumb, homepage
blocks, function pages and the splash page. The family templates call these when a site has a layout and keep
their own markup otherwise, so the fixed sample sites are unchanged.
"""

from __future__ import annotations

import hashlib
from html import escape
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from govweb.samplesites.families import fmt_date
from govweb.samplesites.model import Column, Item, Site
from govweb.samplesites.variety import FUNCTIONS, Layout, js_string, js_unescape_literal

if TYPE_CHECKING:
    from govweb.samplesites.render import Renderer

ENTRY_BLOCK = (("办事服务", "services"), ("互动交流", "messages"), ("政务公开", "xxgk_catalog"), ("数据开放", "data"))


def _e(s: object) -> str:
    return escape(str(s), quote=True)


class VariedMarkup:
    def __init__(self, site: Site, layout: Layout, renderer: Renderer) -> None:
        self.site = site
        self.layout = layout
        self.r = renderer
        self.digest = int(hashlib.sha1(site.sid.encode()).hexdigest()[:8], 16)

    def show(self, el: str) -> bool:
        return el not in self.site.missing

    def href(self, kind: str) -> str:
        return self.site.pages[kind]

    # Search box ----------------------------------------------------------------------------------------------------
    def search_box(self) -> Markup:
        """A search box no form submits: a script builds the results URL when the button is clicked or Enter is
        pressed, and opens it in a new window (`layout.search == "script"`)."""
        s = self.site
        url = js_string(f"{s.search_path}?{s.search_param}=")
        return Markup(
            '<div class="search v-search"><input class="txt" type="text" id="searchKey" placeholder="请输入关键词">'
            '<a href="javascript:void(0);" class="v-search-btn" onclick="doSearch()">搜索</a></div>'
            "<script>function doSearch(){var k=document.getElementById('searchKey').value;"
            f"if(!k){{alert('请输入关键词');return;}}window.open({url}+encodeURIComponent(k));}}"
            "document.getElementById('searchKey').onkeydown=function(e){if((e||window.event).keyCode==13)doSearch();};"
            "</script>"
        )

    # Menu --------------------------------------------------------------------------------------------------------
    def nav(self) -> Markup:
        menu = self.r.menu()
        lay = self.layout.nav
        if lay == "table":
            head = "".join(f'<td align="center" height="36"><a href="{_e(m["href"])}"><font color="#FFFFFF">'
                           f'<b>{_e(m["name"])}</b></font></a></td>' for m in menu)
            rows = "".join(f'<tr><td width="100"><b>{_e(m["name"])}</b></td><td>'
                           + "&nbsp;".join(f'<a href="{_e(h)}">{_e(n)}</a>' for n, h in m["children"]) + "</td></tr>"
                           for m in menu if m["children"])
            html = (f'<table class="v-menu" width="100%" bgcolor="#0E4C92"><tr>{head}</tr></table>'
                    f'<table class="v-submenu" width="100%">{rows}</table>')
        elif lay == "left":
            html = '<div class="v-left" style="float:left;width:200px">' + "".join(
                f'<dl><dt><a href="{_e(m["href"])}">{_e(m["name"])}</a></dt>'
                + "".join(f'<dd><a href="{_e(h)}">{_e(n)}</a></dd>' for n, h in m["children"]) + "</dl>"
                for m in menu) + "</div>"
        else:
            html = '<div class="v-nav"><ul class="w1200 clearfix">' + "".join(
                f'<li><a href="{_e(m["href"])}">{_e(m["name"])}</a>'
                + ('<div class="sub">' + "".join(f'<a href="{_e(h)}">{_e(n)}</a>' for n, h in m["children"])
                   + "</div>" if m["children"] else "") + "</li>" for m in menu) + "</ul></div>"
        if lay == "script":
            return Markup('<div id="v-menu"><script type="text/javascript" src="/js/menu.js"></script></div>')
        return Markup(html)

    def script_files(self) -> dict[str, str]:
        """Scripts the layout writes: /js/menu.js, /js/footer.js."""
        files = {}
        if self.layout.nav == "script":
            files["/js/menu.js"] = "document.write(" + js_string(self._top_nav_html()) + ");\n"
        if self.layout.footer_delivery == "footerjs":
            files["/js/footer.js"] = "document.write(" + js_string(self._footer_html()) + ");\n"
        return files

    def _top_nav_html(self) -> str:
        menu = self.r.menu()
        return '<div class="v-nav"><ul class="w1200 clearfix">' + "".join(
            f'<li><a href="{_e(m["href"])}">{_e(m["name"])}</a>'
            + ('<div class="sub">' + "".join(f'<a href="{_e(h)}">{_e(n)}</a>' for n, h in m["children"]) + "</div>"
               if m["children"] else "") + "</li>" for m in menu) + "</ul></div>"

    # Footer ------------------------------------------------------------------------------------------------------
    def _footer_parts(self) -> list[str]:
        s, lay = self.site, self.layout
        parts: list[str] = []
        links = [FUNCTIONS[k] for k in ("gywm", "wzdt", "lxwm", "sm") if k in lay.functions]
        if links:
            parts.append(" | ".join(f'<a href="{_e(p)}">{_e(n)}</a>' for n, p in links))
        if self.show("网站主办单位"):
            parts.append({
                "label": f"主办单位：{s.org}", "short": f"主办：{s.org}", "fang": f"主办方：{s.org}",
                "suffix": f"{s.org}主办　{s.short}大数据中心承办", "you": f"本网站由{s.org}主办",
                "space": f"主办单位 {s.org}",
            }[lay.sponsor_form] + f"　版权所有：{s.name}")
        else:
            parts.append(f"版权所有：{s.name}")
        if self.show("联系方式"):
            root = s.host[4:] if s.host.startswith("www.") else s.host
            parts.append({
                "tel": f"联系电话：{s.phone}", "phone": f"电话：{s.phone}", "lxwm": f"联系我们：{s.phone}",
                "kefu": f"客服电话：{s.phone}", "hotline": f"服务热线：{s.phone}",
                "email": f"联系邮箱：webmaster@{root}", "tech": f"技术支持：{s.short}信息技术服务中心（{s.phone}）",
                "page": '<a href="/lxwm/index.html">联系我们</a>',
            }[lay.contact_form])
        codes = []
        if self.show("网站标识码"):
            codes.append({"colon": f"网站标识码：{s.sid}", "space": f"网站标识码 {s.sid}",
                          "gov": f"政府网站标识码：{s.sid}"}[lay.site_code_form])
        if self.show("ICP备案号"):
            icp = {"full": s.icp, "nohao": s.icp.removesuffix("号"), "dash1": s.icp + "-1",
                   "spaced": s.icp.replace("备", "备 ", 1)}[lay.icp_form]
            codes.append(f'<a href="http://beian.miit.gov.cn/" target="_blank">{_e(icp)}</a>')
        if self.show("公安机关备案号"):
            digits = "".join(ch for ch in s.gongan if ch.isdigit())
            link = f"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={digits}"
            if lay.police_form == "image":
                codes.append(f'<a href="{link}" target="_blank"><img src="/images/conac.png" alt="" width="18"></a>')
            else:
                text = {"full": s.gongan, "nohao": s.gongan.removesuffix("号"),
                        "spaced": s.gongan.replace("备", "备 ", 1)}[lay.police_form]
                codes.append(f'<a href="{link}" target="_blank">{_e(text)}</a>')
        if codes:
            parts.append("　".join(codes))
        badges = []
        if self.show("党政机关网站标识"):
            url = self.r.base_context_conac()
            badges.append(f'<a href="{_e(url)}" target="_blank"><img src="/images/conac.png" alt="党政机关"></a>'
                          if lay.badges == "link" else
                          f'<span id="_ideConac"></span><script type="text/javascript" src="http://dcs.conac.cn/js/'
                          f'{s.sid[:2]}/000/0000/{url.rsplit("=", 1)[-1]}.js"></script>')
        if self.show("我为政府网站找错"):
            badges.append(f'<a href="{_e(self.r.base_context_jiucuo())}" target="_blank"><img src="/images/jiucuo.png" '
                          'alt="政府网站找错"></a>' if lay.badges == "link" else
                          f'<script id="_jiucuo_" sitecode="{s.sid}" src="http://zfwzzc.www.gov.cn/check_web/js/jiucuo.js">'
                          "</script>")
        if badges:
            parts.append(" ".join(badges))
        return parts

    def _footer_html(self) -> str:
        parts = self._footer_parts()
        lay = self.layout.footer_layout
        if lay == "inline":
            return '<div class="v-ft-inline">' + "　|　".join(parts) + "</div>"
        if lay == "divs":
            half = (len(parts) + 1) // 2
            return ('<div class="v-ft-l">' + "".join(f"<div>{p}</div>" for p in parts[:half]) + "</div>"
                    '<div class="v-ft-r">' + "".join(f"<div>{p}</div>" for p in parts[half:]) + "</div>")
        if lay == "table":
            return ('<table class="v-ft" width="100%"><tr><td>' + "<br>".join(parts[:-1]) + "</td><td>"
                    + parts[-1] + "</td></tr></table>")
        return "".join(f"<p>{p}</p>" for p in parts)

    def footer(self) -> Markup:
        delivery = self.layout.footer_delivery
        cls = ("footer", "copyright", "bottom", "ft")[self.digest % 4]
        if delivery == "docwrite":
            writes = "".join(f"document.write({js_string(p)});" for p in self._footer_html().split("</p>") if p)
            inner = f'<script type="text/javascript">{writes}</script>'
        elif delivery == "unescape":
            inner = f"<script type=\"text/javascript\">document.write(unescape('{js_unescape_literal(self._footer_html())}'));</script>"
        elif delivery == "footerjs":
            inner = '<script type="text/javascript" src="/js/footer.js"></script>'
        else:
            inner = self._footer_html()
        return Markup(f'<div class="{cls}" id="{cls}"><div class="w1200">{inner}</div></div>')

    # Lists -------------------------------------------------------------------------------------------------------
    def _date(self, it: Item) -> str:
        style = self.layout.date_style
        return fmt_date(it.date, "iso" if style == "date-first" else style)

    def rows(self, items: list[Item], column: Column) -> Markup:
        lay = self.layout.list_markup
        first = self.layout.date_style == "date-first"
        if not items:
            return Markup(self._empty(lay))
        out: list[str] = []
        for it in items:
            title, url, d = _e(it.title), _e(it.url), _e(self._date(it))
            if lay == "table":
                cells = [f'<td class="tit"><a href="{url}" target="_blank" title="{title}">{title}</a></td>',
                         f'<td class="time" width="110">{d}</td>']
                out.append("<tr>" + "".join(reversed(cells) if first else cells) + "</tr>")
            elif lay == "div":
                a, sp = f'<a href="{url}" target="_blank">{title}</a>', f'<span class="date">{d}</span>'
                out.append(f'<div class="item">{sp + a if first else a + sp}</div>')
            elif lay == "caps":
                a = f'<A HREF="{url}" TARGET="_blank">{title}</A>'
                dd = f'<FONT COLOR="#999999">{d}</FONT>'
                cells = [f"<TD>·{a}</TD>", f'<TD ALIGN="right" WIDTH="100">{dd}</TD>']
                out.append("<TR>" + "".join(reversed(cells) if first else cells) + "</TR>")
            elif lay == "dl":
                out.append(f'<dl class="news"><dt><a href="{url}" target="_blank">{title}</a></dt><dd>{d}</dd></dl>')
            else:
                a, sp = f'<a href="{url}" target="_blank" title="{title}">{title}</a>', f"<span>{d}</span>"
                out.append(f"<li>{sp + a if first else a + sp}</li>")
        body = "".join(out)
        wrap = {"table": '<table class="list" width="100%">{}</table>', "div": '<div class="list-box">{}</div>',
                "caps": '<TABLE WIDTH="100%" BORDER="0" CLASS="list">{}</TABLE>', "dl": '<div class="list-dl">{}</div>'}
        return Markup(wrap.get(lay, '<ul class="list">{}</ul>').format(body))

    def _empty(self, lay: str) -> str:
        wording = self.layout.empty_wording
        if wording == "empty":
            return {"table": '<table class="list" width="100%"></table>', "caps": '<TABLE CLASS="list"></TABLE>',
                    "div": '<div class="list-box"></div>', "dl": '<div class="list-dl"></div>'}.get(
                        lay, '<ul class="list"></ul>')
        if wording == "共0条":
            return '<ul class="list"></ul><div class="page">共0条记录 当前第1/1页</div>'
        text = "栏目正在建设中，敬请期待" if wording == "建设中" else wording
        if lay in ("table", "caps"):
            return f'<table class="list" width="100%"><tr><td class="nodata">{text}</td></tr></table>'
        return f'<ul class="list"><li class="nodata">{text}</li></ul>'

    def crumb(self, column: Column) -> Markup:
        sec = next(m for m in self.r.menu() if any(h == column.url for _, h in m["children"]) or m["href"] == column.url)
        trail = (f'<a href="{_e(self.href("home"))}">首页</a> &gt; <a href="{_e(sec["href"])}">{_e(sec["name"])}</a> &gt; '
                 f'<a href="{_e(column.url)}">{_e(column.name)}</a>')
        label = "" if self.layout.crumb == "bare" else self.layout.crumb
        return Markup(f'<div class="position">{label}{trail}</div>')

    # Homepage blocks ---------------------------------------------------------------------------------------------
    def home_extra(self) -> Markup:
        s, lay = self.site, self.layout
        entries = []
        for n, (name, kind) in enumerate(ENTRY_BLOCK):
            if kind == "data" and not self.show("数据开放"):
                continue
            href = _e(self.r.entry_href(kind))
            img = f"/images/rk{n + 1}.png"
            entries.append({
                "text": f'<a href="{href}">{name}</a>',
                "images-alt": f'<a href="{href}"><img src="{img}" alt="{name}"></a>',
                "images-title": f'<a href="{href}" title="{name}"><img src="{img}" alt=""></a>',
                "images-bare": f'<a href="{href}"><img src="{img}" alt=""></a>',
            }[lay.entries])
        live = [FUNCTIONS[k] for k in ("zxft", "write", "login", "zzms") if k in lay.functions]
        news = next((c for c in s.columns if c.key == "jrgz"), None)
        focus = ""
        if news is not None and news.items:
            it = news.items[0]
            focus = (f'<div class="focus"><h3><a href="{_e(it.url)}" target="_blank">{_e(it.title)}</a></h3><p>'
                     f"日前，{_e(s.short)}第三届农民丰收节系列活动启动。本次活动主办单位：{_e(s.short)}文化馆、"
                     f"{_e(s.short)}农业农村局，咨询电话：{_e(s.phone[:5])}{3000000 + self.digest % 999999}。"
                     "活动期间将举办农产品展销、非遗展演等活动。</p></div>")
        return Markup('<div class="v-entries w1200">' + "".join(entries) + "</div>"
                      + ('<div class="v-live w1200">' + " | ".join(f'<a href="{_e(p)}">{_e(n)}</a>' for n, p in live)
                         + "</div>" if live else "") + focus)

    # Pages of their own ------------------------------------------------------------------------------------------
    def function_body(self, key: str) -> Markup:
        s = self.site
        tempt = (self.digest >> len(key)) % 2 == 0     # some function pages carry an "empty" placeholder
        name = FUNCTIONS[key][0]
        if key == "lxwm":
            body = f"<p>通讯地址：{_e(s.address)}</p><p>办公电话：{_e(s.phone)}</p><p>工作时间：工作日 9:00-17:00</p>"
        elif key == "wzdt":
            body = "".join(f'<dl><dt><a href="{_e(m["href"])}">{_e(m["name"])}</a></dt>'
                           + "".join(f'<dd><a href="{_e(h)}">{_e(n)}</a></dd>' for n, h in m["children"]) + "</dl>"
                           for m in self.r.menu())
        elif key == "zzms":
            body = '<div class="elder"><a href="/">返回标准版</a></div>' + ("<p>暂无内容</p>" if tempt else "")
        elif key == "gywm":
            body = f"<p>本网站是{_e(s.name)}政府门户网站。</p>" if not tempt else "<p>暂无信息</p>"
        elif key == "write":
            body = ('<form action="/hdjl/submit" method="post"><p>标题：<input type="text" name="title"></p>'
                    '<p>内容：<textarea name="content" rows="8"></textarea></p><button type="submit">提交</button></form>')
        elif key == "sm":
            body = "<p>本网站所载内容版权归本网站所有，未经许可不得转载。本网站对所提供信息的准确性不作任何保证。</p>"
        elif key == "zxft":
            body = ('<div class="live"><video src="/live/stream.m3u8" controls width="640"></video>'
                    f"<p>{'暂无访谈预告' if tempt else '访谈正在直播，欢迎网友提问。'}</p></div>")
        else:  # login
            body = ('<form action="/user/login.do" method="post"><p>用户名：<input type="text" name="u"></p>'
                    '<p>密码：<input type="password" name="p"></p><button type="submit">登录</button></form>')
        return Markup(f"<h1>{_e(name)}</h1>{body}")

    def splash(self) -> str:
        s, home = self.site, self.layout.home_path
        if self.layout.splash == "meta":
            return (f'<!DOCTYPE html><html><head><meta charset="{s.meta_charset}"><meta http-equiv="refresh" '
                    f'content="0;url={home}"><title>{_e(s.name)}</title></head><body><p>正在进入{_e(s.name)}……</p>'
                    "</body></html>")
        if self.layout.splash == "js":
            return (f'<!DOCTYPE html><html><head><meta charset="{s.meta_charset}"><title>{_e(s.name)}</title>'
                    f'<script type="text/javascript">window.location.href="{home}";</script></head><body></body></html>')
        return (f'<!DOCTYPE html><html><head><meta charset="{s.meta_charset}"><title>{_e(s.name)}</title></head><body>'
                f'<div class="enter"><img src="/images/photo1.png" alt="{_e(s.name)}"><p><a href="{home}">点击进入</a>'
                "</p></div></body></html>")


def layout_summary(layout: Layout) -> dict[str, Any]:
    """The layout as ground truth records it (every choice, the held-out ones, the homepage)."""
    return {**layout.choices(), "functions": list(layout.functions), "home_path": layout.home_path,
            "held_out_values": layout.held_out_values()}

