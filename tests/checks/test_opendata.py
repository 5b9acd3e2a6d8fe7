"""The open-data reader on hand-written portals in markups other than the sample sites': a download table
without dataset pages, a card list with format badges, an API-only catalogue, an in-site column, a portal
under construction and a portal outside the crawl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.context import SiteContext
from govweb.checks.datapage import stated_total
from govweb.checks.opendata import read_open_data
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.scoring import load_methodology
from govweb.scoring.site import score_site

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.k.gov.cn/"
AS_OF = dt.date(2020, 11, 26)


def html(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top"><a href="/">首页</a><a href="/api/">接口服务</a></div>{body}'
            f'<div class="foot">版权所有 某市大数据中心</div></body></html>')


def home(link: str, text: str = "数据开放") -> str:
    return html("某市人民政府", f'<ul><li><a href="/xw/">新闻</a></li><li><a href="{link}">{text}</a></li></ul>')


def read(tmp_path: Path, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    for url, body in pages.items():
        b.page(url, body, depth=0 if url == SEED else 1)
    snap = load_snapshot(b.write(tmp_path / "snap"))
    return read_open_data(SiteContext(snap, AS_OF)).to_json()


def test_download_table_without_dataset_pages(tmp_path: Path) -> None:
    """A 数据下载 table whose rows offer the files directly: one dataset per row."""
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>市统计局</td><td>2020年{m}月{d}日</td>"
        f'<td><a href="/files/{n}.xlsx">XLSX</a> <a href="/files/{n}.csv">CSV</a></td></tr>'
        for n, (name, m, d) in enumerate((("人口统计", 10, 8), ("GDP 季度数据", 11, 2), ("财政收支", 9, 30)), 1))
    portal = html("数据下载", f"<table><tr><th>序号</th><th>名称</th><th>数源单位</th><th>发布日期</th>"
                              f"<th>下载</th></tr>{rows}</table>")
    od = read(tmp_path, {SEED: home("http://opendata.k.gov.cn/"), "http://opendata.k.gov.cn/": portal})
    assert od["crawled"] and od["datasets"] == 3 and od["source"] == "catalogue-rows"
    assert od["formats"] == ["CSV", "XLSX"] and od["machine_readable_share"] == 1.0
    assert od["last_update"] == "2020-11-02"


def card(uid: int, title: str, badges: list[str], date: str) -> str:
    spans = "".join(f"<em class='tag'>{b}</em>" for b in badges)
    return (f'<section class="item"><a class="name" href="/od/view?id={uid}">{title}</a>'
            f"<div class='info'>来源部门：市交通局</div><div>{spans}</div><div>最后更新：{date}</div></section>")


def detail(title: str, fmts: str, updated: str, files: list[str]) -> str:
    links = "".join(f'<a href="{f}">{f.rsplit("/", 1)[-1]}</a>' for f in files)
    return html(title, f"<h2>{title}</h2><dl><dt>数据提供方</dt><dd>市交通局</dd><dt>数据格式</dt><dd>{fmts}</dd>"
                       f"<dt>更新时间</dt><dd>{updated}</dd><dt>开放属性</dt><dd>无条件开放</dd></dl>{links}")


def test_card_list_with_badges_and_a_stated_total(tmp_path: Path) -> None:
    cards = (card(1, "公交站点", ["CSV", "JSON"], "2020-11-20") + card(2, "出租车运价", ["PDF"], "2019-05-01")
             + card(3, "停车场", ["XLS", "API"], "2020-08-01"))
    od = read(tmp_path, {
        SEED: home("http://data.k.gov.cn/index.html"),
        "http://data.k.gov.cn/index.html": html("开放数据", f"<p>数据集（57）</p>{cards}<a href='/od/list?page=2'>2</a>"),
        "http://data.k.gov.cn/od/view?id=1": detail("公交站点", "CSV、JSON", "2020-11-20", ["/dl/1.csv", "/dl/1.json"]),
        "http://data.k.gov.cn/od/view?id=2": detail("出租车运价", "PDF", "2019-05-01", ["/dl/2.pdf"]),
        "http://data.k.gov.cn/od/view?id=3": detail("停车场", "XLS", "2020-08-01", ["/dl/3.xls", "/api/3"]),
    })
    assert od["datasets"] == 57 and od["source"] == "stated"      # the stated total beats the pages crawled
    assert od["dataset_pages"] == 3 and od["catalogue_pages"] == 1
    # formats come from the dataset pages; the navigation's 接口服务 on every page is no format
    assert od["formats"] == ["CSV", "JSON", "PDF", "XLS"]
    assert od["machine_readable_share"] == 3 / 4
    assert od["last_update"] == "2020-11-20"


def test_api_only_catalogue(tmp_path: Path) -> None:
    items = "".join(f'<li><a href="/sjkf/api/{n}.html">{t}接口</a><span>{d}</span></li>'
                    for n, t, d in ((1, "企业信用", "2020-10-01"), (2, "天气预报", "2020-11-25")))
    pages = {SEED: home("/sjkf/index.html", "开放数据"),
             SEED + "sjkf/index.html": html("数据开放", f"<p>共 2 个接口</p><ul>{items}</ul>")}
    for n, t in ((1, "企业信用"), (2, "天气预报")):
        pages[SEED + f"sjkf/api/{n}.html"] = html(
            t, f"<h1>{t}接口</h1><p>提供部门：市发改委</p><p>接口地址：http://www.k.gov.cn/open/{n}</p>"
               "<p>请求方式：POST</p><p>调用次数：1024</p>")
    od = read(tmp_path, pages)
    assert od["entry"] == SEED + "sjkf/index.html"
    assert od["datasets"] == 2 and od["formats"] == ["API"] and od["machine_readable_share"] == 1.0


def test_portal_under_construction_counts_zero(tmp_path: Path) -> None:
    od = read(tmp_path, {SEED: home("http://data.k.gov.cn/"),
                         "http://data.k.gov.cn/": html("数据开放平台", "<p>平台正在建设中，敬请期待</p>")})
    assert od["crawled"] and od["datasets"] == 0 and od["source"] == "empty-portal" and od["formats"] == []


def test_portal_outside_the_crawl_is_not_measured(tmp_path: Path) -> None:
    od = read(tmp_path, {SEED: home("http://data.province.gov.cn/", "公共数据开放")})
    assert od["entry"] == "http://data.province.gov.cn/" and not od["crawled"] and od["datasets"] is None


def test_unreadable_portal_is_not_zero(tmp_path: Path) -> None:
    """A script-built portal whose archive shows nothing: not measured rather than 0 datasets."""
    od = read(tmp_path, {SEED: home("http://data.k.gov.cn/"),
                         "http://data.k.gov.cn/": html("开放数据", '<div id="app"></div>')})
    assert od["crawled"] and od["datasets"] is None


def test_stated_totals() -> None:
    assert stated_total("共 38 个数据集，第1页 共 4 页") == 38
    assert stated_total("已开放数据集 1,234 个") == 1234
    assert stated_total("数据集（36）") == 36
    assert stated_total("数据量：共12000条数据") is None
    assert stated_total("数据目录 2020年更新") is None
    # a number printed before the label of downloads or visits is theirs, not the interfaces' before it
    assert stated_total("数据接口 88 | 访问量 1,024,000") == 88
    assert stated_total("<li>12 接口</li><li>530,118 下载次数</li>") is None


def test_findings_json_and_index(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, home("http://data.k.gov.cn/"), depth=0)
    b.page("http://data.k.gov.cn/", html("开放数据平台", "<p>平台建设中</p>"))
    report = run_checks(load_snapshot(b.write(tmp_path / "s")), AS_OF)
    assert report["open_data"]["datasets"] == 0
    assert report["metrics"]["open_datasets"] == 0.0 and report["metrics"]["open_formats_machine_share"] is None
    scored = score_site(run_checks(load_snapshot(tmp_path / "s"), AS_OF), load_methodology("cstc-2020"), None).document
    # entry present (1) but no dataset (0, weight 2); format share and freshness not applicable
    assert scored["indices"]["数据开放"] == round(1 / 3, 4)


def test_in_site_entry_at_the_root_reads_only_what_it_links(tmp_path: Path) -> None:
    """An entry page at the site's root (/opendata.html): its own dataset links count, not the site's other lists."""
    rows = "".join(f'<li><a href="/od/{n}.html">{t}</a>（格式：CSV）<span>2020-0{n}-01</span></li>'
                   for n, t in ((1, "路灯设施"), (2, "公园名录")))
    pages = {SEED: home("/opendata.html"),
             SEED + "opendata.html": html("开放数据", f"<ul>{rows}</ul>"),
             SEED + "xw/": html("新闻", "<p>共 120 条</p>" + "".join(
                 f'<li><a href="/xw/{n}.html">新闻{n}</a><span>2020-11-0{n}</span></li>' for n in range(1, 4)))}
    for n in (1, 2):
        pages[SEED + f"od/{n}.html"] = html("数据", f"<p>提供单位：市城管局</p><p>更新频率：每月</p>"
                                                  f'<a href="/od/{n}.csv">{n}.csv</a><p>共 3000 条记录</p>')
    od = read(tmp_path, pages)
    assert od["datasets"] == 2 and od["source"] == "dataset-pages" and od["formats"] == ["CSV"]
    assert od["last_update"] == "2020-02-01"


def test_a_catalogue_page_listing_one_dataset_still_counts_it(tmp_path: Path) -> None:
    """Five datasets a page, eleven in all: the third page lists one. Reached through the pager, it is a page of
    the catalogue, and its dataset counts (no total is printed, so the dataset pages are counted)."""
    names = ["道路运输", "公交线路", "停车泊位", "充电桩", "出租车", "客运站", "货运企业", "驾校名录", "维修企业",
             "航道信息", "港口码头"]
    pages = {SEED: home("/zwgk/sjkf/list.jsp", "开放数据")}
    for n in range(3):
        rows = "".join(f"<tr><td><a href='/zwgk/sjkf/show.jsp?id={k}'>{names[k]}</a></td><td>市交通局</td></tr>"
                       for k in range(5 * n, min(5 * n + 5, len(names))))
        pager = " ".join(f"<a href='/zwgk/sjkf/list.jsp?page={m + 1}'>{m + 1}</a>" for m in range(3) if m != n)
        url = SEED + "zwgk/sjkf/list.jsp" + (f"?page={n + 1}" if n else "")
        pages[url] = html("开放数据目录", f"<table><tr><th>数据名称</th><th>数源单位</th></tr>{rows}</table>"
                                          f"<div class='page'>{pager}</div>")
    for k, name in enumerate(names):
        pages[SEED + f"zwgk/sjkf/show.jsp?id={k}"] = detail(name, "CSV", f"2020-10-0{k % 9 + 1}",
                                                             [f"/dl/{k}.csv"])
    od = read(tmp_path, pages)
    assert od["datasets"] == 11 and od["source"] == "dataset-pages"
    assert od["catalogue_pages"] == 3 and od["dataset_pages"] == 11


def test_a_lists_own_count_is_no_stated_number_of_datasets() -> None:
    """共5条 beside a pager counts a list's rows: the page is no open-data page for it, even where the footer links a
    数据资源 page; a total naming what it counts (共开放 120 个数据集) is a portal's. A footer naming a 数据资源 body
    (its 技术支持) opens no open-data reading at all."""
    from govweb.checks.page import parse_page
    from govweb.checks.page_kinds import open_data_page

    foot = "<p><a href='/sjzy/'>数据资源</a> 技术支持：某县数据资源管理局</p>"
    rows = "<ul><li><a href='/gk/1.html'>某镇2024年春耕生产工作简报</a><span>2024-03-02</span></li></ul>"
    f = parse_page(f"<html><body>{rows}<div>共5条 第1/1页</div>{foot}</body></html>", "http://x.gov.cn/gk/", None, "r")
    assert f.data is not None and f.data.stated == 5 and not open_data_page(f, ["办件公示"])
    f = parse_page(f"<html><body>{rows}<div>共5条 第1/1页</div><p>技术支持：某县数据资源管理局</p></body></html>",
                   "http://x.gov.cn/gk/", None, "r")
    assert f.data is None
    f = parse_page(f"<html><body><p>共开放 120 个数据集</p>{foot}</body></html>", "http://x.gov.cn/sj/", None, "r")
    assert open_data_page(f, ["开放目录"])


def portal_report(tmp_path: Path, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    for url, body in pages.items():
        b.page(url, body, depth=0 if url == SEED else 1)
    return run_checks(load_snapshot(b.write(tmp_path / "portal")), AS_OF)


def test_only_a_catalogue_of_datasets_is_a_column_on_a_portal(tmp_path: Path) -> None:
    """An in-site portal: its 数据目录 (dated rows, each a dataset naming its formats) is a column even named 目录;
    its home's box of the latest datasets' names and a dataset's table of dated files are not."""
    rows = "".join(f"<tr><td><a href='/sjkf/ds/{n}.html'>{t}</a></td><td>格式：{f}</td><td>{d}</td></tr>"
                   for n, t, f, d in ((1, "公交站点", "CSV/JSON", "2020-11-20"), (2, "停车场", "XLS", "2020-10-02"),
                                      (3, "医院名录", "XLSX", "2020-09-14")))
    latest = "".join(f"<p><a href='/sjkf/ds/{n}.html'>{t}</a> <small>{d}</small></p>"
                     for n, t, d in ((1, "公交站点", "2020-11-20"), (2, "停车场", "2020-10-02")))
    files = "".join(f"<tr><td>公交站点_{m}月</td><td>CSV</td><td>2020-{m}-28</td>"
                    f"<td><a href='/sjkf/ds/1/file?v={m}'>点击下载</a></td></tr>" for m in (9, 10, 11))
    report = portal_report(tmp_path, {
        SEED: home("/sjkf/index.html"),
        SEED + "sjkf/index.html": html("数据开放", f"<p>已开放数据集 3 个</p><a href='/sjkf/ml.html'>数据目录</a>{latest}"),
        SEED + "sjkf/ml.html": html("数据目录", f"<p>共 3 个数据集</p><table>{rows}</table>"),
        SEED + "sjkf/ds/1.html": html("公交站点", "<div class='crumb'>数据开放 &gt; 数据目录 &gt; 公交站点</div>"
                                              "<div class='info'><span>数源单位：市交通局</span><span>所属领域：交通"
                                              "</span><span>更新频率：每月</span><span>开放方式：无条件开放</span></div>"
                                              f"<table><tr><th>文件</th><th>格式</th><th>日期</th><th></th></tr>{files}</table>"),
    })
    assert [c["url"] for c in report["columns"] if "/sjkf/" in c["url"]] == [SEED + "sjkf/ml.html"]


def statistics_site(tmp_path: Path, article: str | None) -> dict:
    rows = "".join(f"<li><span>{d}</span><a href='/tjxx/{n}.html'>{t}</a></li>"
                   for n, t, d in ((1, "2020年1—10月全市经济运行简况", "2020-11-18"),
                                   (2, "2020年10月居民消费价格情况", "2020-11-10"),
                                   (3, "2019年全市国民经济和社会发展统计公报", "2020-03-30")))
    pages = {SEED: home("/tjxx/index.html"), SEED + "tjxx/index.html": html("统计信息", f"<ul class='lb'>{rows}</ul>")}
    if article is not None:
        pages[SEED + "tjxx/1.html"] = (
            "<html><head><meta name='ArticleTitle' content='2020年1—10月全市经济运行简况'>"
            "<meta name='PubDate' content='2020-11-18'><title>2020年1—10月全市经济运行简况</title></head>"
            f"<body><h1>2020年1—10月全市经济运行简况</h1><p>发布时间：2020-11-18</p>{article}</body></html>")
    return portal_report(tmp_path, pages)["elements"]["数据开放"]


def test_an_entry_leading_only_to_statistical_articles_is_no_open_data(tmp_path: Path) -> None:
    text = "<p>1—10月，全市规模以上工业增加值同比增长5.2%，社会消费品零售总额412.6亿元。</p>"
    assert statistics_site(tmp_path / "a", text)["present"] is False
    # an article offering the figures as a file is data on offer; with no article read, the list alone says too little
    assert statistics_site(tmp_path / "b", text + "<a href='/tjxx/1.xlsx'>附件：主要指标.xlsx</a>")["present"]
    assert statistics_site(tmp_path / "c", None)["present"]


def test_menu_links_make_no_catalogue(tmp_path: Path) -> None:
    """A portal whose menu (on every page) links its 数据目录 and 接口服务: a dataset page is no catalogue for linking
    them; the card list is one by its dated rows naming formats though a single dataset page was archived."""
    menu = "<div class='menu'><a href='/'>首页</a><a href='/ml/'>数据目录</a><a href='/api/'>接口服务</a></div>"
    cards = card(1, "公交站点", ["CSV", "JSON"], "2020-11-20") + card(2, "停车场", ["XLS"], "2020-08-01")
    od = read(tmp_path, {
        SEED: home("http://data.k.gov.cn/"),
        "http://data.k.gov.cn/": html("数据开放平台", f"{menu}<p>1,200 数据集 86 接口 2,300,000 累计访问</p>"),
        "http://data.k.gov.cn/ml/": html("数据目录", f"{menu}<p>共 1200 个数据集</p>{cards}"),
        "http://data.k.gov.cn/od/view?id=1": menu + detail("公交站点", "CSV、JSON", "2020-11-20",
                                                           ["/dl/1.csv", "/dl/1.json"]),
        "http://data.k.gov.cn/api/": html("接口服务", f"{menu}<p>提供部门：市交通局</p><p>接口地址：/open/1</p>"),
    })
    assert od["datasets"] == 1200 and od["formats"] == ["CSV", "JSON"]
    assert od["dataset_pages"] == 1 and od["catalogue_pages"] == 1
