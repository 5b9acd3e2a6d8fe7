"""A large static TRS-style site for crawler benchmarks, and Debian nginx to serve it.

`build_large_site(dir, pages)` writes exactly `pages` HTML pages (≥ 20 KB each): a homepage, paginated column
lists and detail pages, all reachable within a few clicks (list pages link their neighbours and every tenth page).
Detail pages reuse a pool of distinct bodies through hard links, so 100,000 pages take little disk and time.
`nginx_server(dir, port)` runs `/usr/sbin/nginx` with a generated config in a temporary folder (`daemon off;`,
no root paths touched) and stops it on exit.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from govweb.samplesites.tether import tethered
from govweb.samplesites.threaded import free_port
from govweb.samplesites.words import Words

PER_PAGE = 20
VARIANTS_PER_COLUMN = 12
SECTIONS = (
    ("xwzx", "新闻中心", (("jrgz", "今日要闻"), ("bmdt", "部门动态"), ("xzdt", "区县动态"), ("tzgg", "通知公告"),
                      ("mtjj", "媒体聚焦"), ("tpxw", "图片新闻"))),
    ("zwgk", "政务公开", (("zcwj", "政策文件"), ("zcjd", "政策解读"), ("rsxx", "人事信息"), ("ghjh", "规划计划"),
                      ("czyjs", "财政预决算"), ("zdxm", "重大项目"), ("jytabl", "建议提案办理"), ("tjxx", "统计信息"))),
    ("zwfw", "政务服务", (("bszn", "办事指南"), ("bmfw", "便民服务"))),
    ("hdjl", "互动交流", (("zxft", "在线访谈"), ("myzj", "民意征集"), ("wsdc", "网上调查"), ("xwfbh", "新闻发布会"))),
)
NAME = "示例市人民政府"


@dataclass
class _Col:
    section: str
    key: str
    name: str
    details: int = 0

    @property
    def base(self) -> str:
        return f"/{self.section}/{self.key}/"

    def page_url(self, n: int) -> str:  # n from 0
        return self.base + ("index.html" if n == 0 else f"index_{n}.html")

    @property
    def pages(self) -> int:
        return max(1, -(-self.details // PER_PAGE))


def _css() -> str:
    from importlib import resources

    return (resources.files("govweb.samplesites") / "templates" / "common" / "css_base.html").read_text(encoding="utf-8")


def _chrome(cols: list[_Col], words: Words) -> tuple[str, str]:
    """The header (with nav) and footer every page shares."""
    nav = []
    for sec, sname, _ in SECTIONS:
        subs = "".join(f'<a href="{c.base}index.html">{c.name}</a>' for c in cols if c.section == sec)
        first = next(c for c in cols if c.section == sec)
        nav.append(f'<li><a href="{first.base}index.html">{sname}</a><div class="sub">{subs}</div></li>')
    options = "".join(f'<option value="#">{words.pick(("示例", "某"))}市{d}</option>' for d in (
        "发展和改革委员会", "教育局", "科学技术局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
        "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局",
        "文化广电旅游局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局"))
    hot = "".join(f'<li><a href="{c.base}index.html">{c.name}</a></li>' for c in cols)
    from govweb.samplesites.render import MINISTRIES, PROVINCES

    for group in (MINISTRIES, PROVINCES):
        options += '<option value="">——请选择——</option>' + "".join(
            f'<option value="http://www.gov.cn/guowuyuan/{k}.htm">{name}</option>\n' for k, name in enumerate(group))
    stats = (Path(__file__).parent / "templates" / "common" / "stats.html").read_text(encoding="utf-8")
    stats = stats.replace("{{ ghash[:12] }}", "9f3c0a1b2d4e")
    head = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>@@TITLE@@_' + NAME + '</title>\n'
        f'<meta name="SiteName" content="{NAME}">\n<meta name="SiteDomain" content="www.example.gov.cn">\n'
        '<meta name="SiteIDCode" content="9999000001">\n@@META@@'
        f"<style>\n{_css()}\n</style>\n</head>\n<body>\n"
        '<div class="topbar"><div class="w1200">欢迎访问' + NAME + '门户网站</div></div>\n'
        '<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="' + NAME + '"></a>'
        '<form action="/search" method="get"><input name="q"><button>搜索</button></form></div></div>\n'
        '<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li>' + "".join(nav) + "</ul></div>\n"
    )
    foot = (
        f'<div class="hot w1200"><h3>热点专题</h3><ul>{hot}</ul></div>\n'
        f'<div class="notice w1200"><h3>网站声明</h3><p>{escape("".join(words.paragraphs(3)))}</p></div>\n'
        f'<div class="friend w1200">友情链接：<select onchange="window.open(this.value)">{options}</select></div>\n'
        '<div class="footer"><div class="w1200"><p>主办单位：示例市人民政府办公室　联系电话：0000-12345678</p>'
        '<p>网站标识码：9999000001　<a href="http://beian.miit.gov.cn/">京ICP备00000000号</a>　京公网安备 99999902000001号</p>'
        '<a href="http://bszs.conac.cn/sitename?method=show&amp;id=0000"><img src="/images/conac.png" alt="党政机关"></a>'
        "</div></div>\n" + stats + "</body>\n</html>\n"
    )
    return head, foot


def _pager(col: _Col, n: int) -> str:
    total = col.pages
    if total == 1:
        return ""
    keep = sorted({0, total - 1, *range(max(0, n - 5), min(total, n + 6)), *range(0, total, 10)})
    links = "".join(f'<span class="cur">{k + 1}</span>' if k == n else f'<a href="{col.page_url(k)}">{k + 1}</a>'
                    for k in keep)
    return f'<div class="pagination">共{total}页 {links}</div>'


def build_large_site(dir: str | Path, pages: int, seed: int = 0) -> Path:
    """Write a static site of exactly `pages` HTML pages under `dir` (replaced if present); returns `dir`."""
    if pages < 1 + len([c for _, _, cs in SECTIONS for c in cs]) * 2:
        raise ValueError("pages too small for a site with every column")
    root = Path(dir)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    rng = random.Random(f"large:{seed}")
    words = Words(rng, "示例市", "示例市")
    cols = [_Col(sec, key, name) for sec, _, cs in SECTIONS for key, name in cs]
    # Split pages: 1 homepage, then details and list pages (one list page per PER_PAGE details).
    budget = pages - 1
    details = budget * PER_PAGE // (PER_PAGE + 1)
    while details + sum(max(1, -(-d // PER_PAGE)) for d in _split(details, len(cols))) > budget:
        details -= 1
    for c, d in zip(cols, _split(details, len(cols)), strict=True):
        c.details = d
    lists = sum(c.pages for c in cols)
    extra = budget - details - lists  # top up with details where it adds no list page
    for c in cols:
        room = c.pages * PER_PAGE - c.details
        take = min(room, extra)
        c.details += take
        extra -= take
    head, foot = _chrome(cols, words)
    images = root / "images"
    images.mkdir()
    assets = Path(__file__).parent / "assets"
    for name in ("logo.png", "conac.png", "photo1.png"):
        shutil.copyfile(assets / name, images / name)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /search\n", encoding="ascii")
    as_of = date(2020, 11, 26)
    written = 0

    def write(path: str, html: str) -> None:
        nonlocal written
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        written += 1

    home_lists = "".join(
        f'<div class="box"><h3><a href="{c.base}index.html">{c.name}</a></h3></div>' for c in cols)
    write("/index.html", _head(head, "首页", "") + f'<div class="main w1200">{home_lists}'
          + "".join(f"<p>{p}</p>" for p in words.paragraphs(6)) + "</div>\n" + foot)
    for c in cols:
        variants = []
        meta = f'<meta name="ColumnName" content="{c.name}">\n'
        for _ in range(VARIANTS_PER_COLUMN):
            title = words.title("动态要闻", 2020)
            body = "".join(f"<p>{escape(p)}</p>\n" for p in words.paragraphs(rng.randint(9, 12)))
            variants.append(_head(head, escape(title), meta) + (
                f'<div class="main w1200"><div class="position"><a href="/">首页</a> &gt; <a href="{c.base}index.html">'
                f'{c.name}</a></div><div class="article"><h1>{escape(title)}</h1><div class="info">发布时间：'
                f'@@DATE@@</div><div class="text"><img src="/images/photo1.png" alt="{escape(title)}">{body}</div></div></div>\n'
            ) + foot)
        first_variant_file: list[Path | None] = [None] * VARIANTS_PER_COLUMN
        day = as_of
        items: list[tuple[str, str, date]] = []
        for k in range(c.details):
            day -= timedelta(days=rng.randint(0, 2))
            uid = 100000 + len(items) + 1000000 * cols.index(c)
            url = f"{c.base}{day:%Y%m}/t{day:%Y%m%d}_{uid}.html"
            v = k % VARIANTS_PER_COLUMN
            target = root / url.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            src = first_variant_file[v]
            if src is None:
                target.write_text(variants[v].replace("@@DATE@@", f"{day:%Y-%m-%d}"), encoding="utf-8")
                first_variant_file[v] = target
            else:
                try:
                    os.link(src, target)
                except OSError:
                    shutil.copyfile(src, target)
            written += 1
            items.append((url, words.title("动态要闻", day.year), day))
        for n in range(c.pages):
            chunk = items[n * PER_PAGE:(n + 1) * PER_PAGE]
            rows = "".join(f'<li><a href="{u}" title="{escape(t)}">{escape(t)}</a><span>{d:%Y-%m-%d}</span></li>\n'
                           for u, t, d in chunk) or "<li>暂无信息</li>"
            write(c.page_url(n), _head(head, c.name, meta)
                  + f'<div class="main w1200"><div class="content"><ul class="list">{rows}</ul>{_pager(c, n)}</div></div>\n'
                  + foot)
    assert written == pages, (written, pages)
    return root


def _head(head: str, title: str, meta: str) -> str:
    return head.replace("@@TITLE@@", title, 1).replace("@@META@@", meta, 1)


def _split(total: int, parts: int) -> list[int]:
    base, rem = divmod(total, parts)
    return [base + (1 if i < rem else 0) for i in range(parts)]


# nginx --------------------------------------------------------------------------------------------------------------

@dataclass
class NginxServer:
    port: int
    root: Path
    workdir: Path
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


NGINX = "/usr/sbin/nginx"


def _conf(root: Path, port: int, work: Path, workers: int) -> str:
    user = "user root;\n" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    temps = "".join(f"{k}_temp_path {work}/{k};\n  " for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}daemon off;
worker_processes {workers};
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  {temps}types {{ text/html html htm; text/plain txt; image/png png; application/pdf pdf; application/json json; }}
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  server {{
    listen 127.0.0.1:{port} reuseport;
    listen [::1]:{port};
    server_name _;
    root {root};
    index index.html;
  }}
}}
"""


@contextlib.contextmanager
def nginx_server(dir: str | Path, port: int = 0, workers: int = 1) -> Iterator[NginxServer]:
    """Serve `dir` with Debian nginx on 127.0.0.1:port (and ::1 when available) until the block ends."""
    root = Path(dir).resolve()
    port = port or free_port()
    work = Path(tempfile.mkdtemp(prefix="govweb-nginx-"))
    try:
        conf = work / "nginx.conf"
        text = _conf(root, port, work, workers)
        conf.write_text(text, encoding="utf-8")
        if not socket.has_ipv6:
            conf.write_text(text.replace(f"    listen [::1]:{port};\n", ""), encoding="utf-8")
        proc = subprocess.Popen(tethered([NGINX, "-p", str(work), "-c", str(conf), "-e", str(work / "error.log")]),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            if proc.poll() is not None:
                log = (work / "error.log").read_text(errors="replace") if (work / "error.log").exists() else ""
                raise RuntimeError(f"nginx exited ({proc.returncode}): {log[-500:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("nginx did not start within 10 s")
            time.sleep(0.05)
        try:
            yield NginxServer(port, root, work, proc)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
