"""A Hanweb-style site of many articles, generated on request: the shape that made the old per-pattern trap guard
prune thousands of ordinary articles.

Columns `/col/col<N>/index.html` list their articles 20 to a page, paginated as `?uid=<N>&pageNum=<K>` (with
上一页/下一页/尾页 and page numbers); articles are `/art/<YYYY>/<M>/<D>/art_<N>_<id>.html` and link the previous and
next article of their column (上一篇/下一篇), as real sites do. Served by aiohttp on loopback:

    with serve_list_site(columns=10, per_column=2000) as site:
        crawl(site.url, out, CrawlSettings(max_pages=site.pages + 10))
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from aiohttp import web

from govweb.samplesites.threaded import free_port, serve_app

PER_PAGE = 20
START = dt.date(2020, 11, 26)


@dataclass(frozen=True)
class ListSite:
    port: int
    columns: int
    per_column: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def list_pages(self) -> int:
        return self.columns * -(-self.per_column // PER_PAGE)

    @property
    def pages(self) -> int:
        """Every page of the site: the homepage, the list pages and the articles."""
        return 1 + self.list_pages + self.columns * self.per_column


def article_path(column: int, n: int) -> str:
    day = START - dt.timedelta(days=n // 3)
    return f"/art/{day.year}/{day.month}/{day.day}/art_{column}_{column * 100_000 + n}.html"


def _html(title: str, body: str) -> web.Response:
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div>{body}</body></html>')
    return web.Response(text=text, content_type="text/html")


def app(site: ListSite) -> web.Application:
    last = -(-site.per_column // PER_PAGE)

    async def home(request: web.Request) -> web.Response:
        nav = "".join(f'<li><a href="/col/col{c}/index.html">栏目{c}</a></li>' for c in range(site.columns))
        return _html("某某市人民政府", f'<ul class="nav">{nav}</ul>')

    async def column(request: web.Request) -> web.Response:
        c = int(request.match_info["c"])
        k = int(request.query.get("pageNum", "1"))
        first = (k - 1) * PER_PAGE
        rows = "".join(f'<li><a href="{article_path(c, n)}">关于第{n}项工作的通知</a>'
                       f"<span>{START - dt.timedelta(days=n // 3)}</span></li>"
                       for n in range(first, min(first + PER_PAGE, site.per_column)))
        pager = [f'<a href="?uid={c}&pageNum={k - 1}">上一页</a>' if k > 1 else "",
                 *(f'<a href="?uid={c}&pageNum={p}">{p}</a>' for p in range(max(1, k - 3), min(last, k + 3) + 1)),
                 f'<a href="?uid={c}&pageNum={k + 1}">下一页</a>' if k < last else "",
                 f'<a href="?uid={c}&pageNum={last}">尾页</a>']
        return _html(f"栏目{c}", f'<ul class="list">{rows}</ul><div class="page">{"".join(pager)}</div>')

    async def article(request: web.Request) -> web.Response:
        c, n = int(request.match_info["c"]), int(request.match_info["id"]) % 100_000
        near = "".join(f'<a href="{article_path(c, m)}">{label}</a>'
                       for m, label in ((n - 1, "上一篇"), (n + 1, "下一篇")) if 0 <= m < site.per_column)
        return _html(f"文章{n}", f"<div class=\"content\">正文</div>{near}")

    application = web.Application()
    application.router.add_get("/", home)
    application.router.add_get("/col/col{c}/index.html", column)
    application.router.add_get("/art/{y}/{m}/{d}/art_{c}_{id}.html", article)
    return application


@contextlib.contextmanager
def serve_list_site(columns: int = 10, per_column: int = 2000) -> Iterator[ListSite]:
    """Serve the site on a free 127.0.0.1 port from a background thread."""
    site = ListSite(free_port(), columns, per_column)
    with serve_app(app(site), site.port):
        yield site
