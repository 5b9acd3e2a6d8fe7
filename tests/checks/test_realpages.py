"""The real-page corpus loader: corpus sites become crawl snapshots that carry every page byte for byte, under the
URL it was found at, decodable the way the page declares. (Accuracy figures live in
benchmarks/bench_checks_accuracy.py, not here.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govweb.checks.snapshot import load_snapshot
from govweb.errors import BadInput
from govweb.samplesites.realpages import (
    CorpusScore,
    _one_link_apart,
    _score_decoding,
    _target_key,
    load_corpus,
    load_site,
    write_snapshot,
)

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "realpages"


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    return {s.id: s for s in load_corpus(CORPUS)}


def test_corpus_is_a_corpus(corpus) -> None:  # type: ignore[no-untyped-def]
    pages = [p for s in corpus.values() for p in s.pages]
    assert len(corpus) >= 20 and len(pages) >= 40
    assert "dev" in {s.split for s in corpus.values()} <= {"dev", "holdout"}   # both holdouts so far have been read: a third is to be gathered
    assert any(p.truth.get("encoding") not in ("utf-8", None) for p in pages)   # not every page is UTF-8
    for site in corpus.values():
        assert site.seed.file == site.truth["seed"]
        for page in site.pages:
            assert page.source["repository"] and len(page.source["commit"]) == 40
            assert page.url.startswith(("http://", "https://"))


# a multi-page site, a script splash page, a browser-saved page whose resources have non-ASCII local paths, and a
# GB2312-labelled page (read with GBK, as browsers do)
@pytest.mark.parametrize("site_id", ["pds-jyj", "gd-gbj", "hb-ccgp", "zxdb"])
def test_snapshot_carries_the_pages_as_found(corpus, site_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = corpus[site_id]
    out = write_snapshot(site, tmp_path / site_id)
    by_url = {p.url: p for p in site.pages}

    with open(out / "crawl.warc.gz", "rb") as fh:
        responses = {r.rec_headers.get_header("WARC-Target-URI"): (r.rec_headers.get_header("WARC-Record-ID"),
                                                                   r.content_stream().read())
                     for r in ArchiveIterator(fh) if r.rec_type == "response"}
    assert set(responses) == set(by_url)
    for url, (_, payload) in responses.items():
        assert payload == by_url[url].body

    crawl = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    assert crawl["seed"] == site.seed.url and crawl["complete"] is True
    rows = crawl["pages"]
    assert rows[0]["url"] == site.seed.url and rows[0]["depth"] == 0
    for row in rows:
        page = by_url[row["url"]]
        assert row["warc_record"] == responses[row["url"]][0]
        assert row["status"] == 200 and row["bytes"] == len(page.body)
        assert row["content_type"] == "text/html"   # no charset: the checks must read it from the page
        assert row["referrer"] is None or row["referrer"] in by_url

    docs = {d.record.url: d for d in load_snapshot(out).documents()}
    assert set(docs) == set(by_url)
    for url, doc in docs.items():
        page = by_url[url]
        assert doc.html == page.body.decode(page.truth["encoding"])


def test_links_between_corpus_pages_give_the_crawl_order(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = corpus["jl-gov"]
    rows = json.loads((write_snapshot(site, tmp_path) / "crawl.json").read_text(encoding="utf-8"))["pages"]
    depth = {r["url"]: (r["depth"], r["referrer"]) for r in rows}
    column, article = site.page("gfxwj.html").url, site.page("t20180604_633691.html").url
    assert depth[column] == (1, site.seed.url)        # in the homepage's navigation
    assert depth[article] == (2, column)               # in the column's list


def test_a_changed_page_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "gd-gbj"
    shutil.copytree(CORPUS / "gd-gbj", copy)
    page = copy / "index.html"
    page.write_bytes(page.read_bytes().replace(b"10000", b"1000"))
    with pytest.raises(BadInput) as err:
        load_site(copy, "dev")
    assert str(page) in str(err.value.problems[0]) and "sha256" in str(err.value.problems[0])


def test_truth_uses_the_project_terms(tmp_path: Path) -> None:
    copy = tmp_path / "pds-jyj"
    shutil.copytree(CORPUS / "pds-jyj", copy)
    truth = json.loads((copy / "truth.json").read_text(encoding="utf-8"))
    truth["marks"]["网站备案号"] = {"state": "present"}
    truth["pages"]["ch18107.html"]["column"]["type"] = "新闻"
    truth["entries"]["办事服务"]["also"] = [{"url": "http://example.gov.cn/bs/", "text": "网上办事"}]
    (copy / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_site(copy, "dev")
    text = "\n".join(str(p) for p in err.value.problems)
    assert "网站备案号" in text and "新闻" in text and "「办事服务」的 also 应为字符串列表" in text


def test_provenance_rules_differ_for_found_and_written_pages(tmp_path: Path) -> None:
    copy = tmp_path / "gd-gbj"
    shutil.copytree(CORPUS / "gd-gbj", copy)
    sources = json.loads((copy / "sources.json").read_text(encoding="utf-8"))
    sources[0]["source"] = {"written_by": "blind-a", "modelled_on": "a provincial department's homepage"}
    (copy / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    assert load_site(copy, "holdout", written=True).pages   # an author and a model are enough for a written page
    with pytest.raises(BadInput) as err:                     # a found page must name repository, path and commit
        load_site(copy, "holdout")
    assert "40 位提交号" in str(err.value.problems[0])
    sources[0]["source"] = {"written_by": "blind-a"}
    (copy / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_site(copy, "holdout", written=True)
    assert "modelled_on" in str(err.value.problems[0])


def test_a_written_page_may_answer_with_an_error_status(tmp_path: Path) -> None:
    copy = tmp_path / "gd-gbj"
    shutil.copytree(CORPUS / "gd-gbj", copy)
    sources = json.loads((copy / "sources.json").read_text(encoding="utf-8"))
    sources[0]["status"] = 404
    (copy / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    site = load_site(copy, "dev")
    snapshot = load_snapshot(write_snapshot(site, tmp_path / "snap"))
    page = next(p for p in snapshot.pages if p.url == site.pages[0].url)
    assert (page.status, page.error) == (404, "http-status")
    for wrong in (302, 99, 299, "404"):
        sources[0]["status"] = wrong
        (copy / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(BadInput) as err:
            load_site(copy, "dev")
        assert "HTTP 状态码" in str(err.value.problems[0])


def test_an_entry_target_names_a_folder_with_or_without_its_slash() -> None:
    # the benchmark compares entry targets as pages: /jgsz, /jgsz/ and /jgsz/index.htm are one folder's page
    assert _target_key("http://www.x.gov.cn/jgsz") == _target_key("http://www.x.gov.cn/jgsz/index.htm")
    assert _target_key("http://www.x.gov.cn/jgsz") == _target_key("http://www.x.gov.cn/jgsz/")
    assert _target_key("http://www.x.gov.cn/jgsz.htm") != _target_key("http://www.x.gov.cn/jgsz/")
    assert _target_key("http://www.x.gov.cn/list?id=3") != _target_key("http://www.x.gov.cn/list/?id=3")


def test_a_hub_and_the_channel_it_leads_to_are_one_link_apart(tmp_path: Path) -> None:
    # the second entry-target figure accepts a 互动 hub for the 信箱 it holds (and the other way round): by folder,
    # or by a link of the hub's own; a link every page's navigation repeats (it is on the homepage too) does not count
    host = "http://www.example-city.gov.cn"
    nav = f"<a href='{host}/zwgk/'>政务公开</a><a href='{host}/hdjl/'>互动交流</a>"
    site = load_site(_written_site(tmp_path / "hub", {
        "index.html": (f"{host}/", "homepage", f"<html><body>{nav}</body></html>"),
        "hdjl.html": (f"{host}/hdjl/", "page", f"<html><body>{nav}<a href='/mail/write.jsp'>市长信箱</a></body></html>"),
        "zwgk.html": (f"{host}/zwgk/", "page", f"<html><body>{nav}</body></html>")},
        {"seed": "index.html", "homepage": "index.html"}), "dev", written=True)
    key = _target_key
    assert _one_link_apart(site, key(f"{host}/hdjl/"), {key(f"{host}/hdjl/szxx/index.html")})      # folder
    assert _one_link_apart(site, key(f"{host}/hdjl/szxx/"), {key(f"{host}/hdjl/index.html")})       # and back
    assert _one_link_apart(site, key(f"{host}/hdjl/"), {key(f"{host}/mail/write.jsp")})             # its own link
    assert _one_link_apart(site, key(f"{host}/mail/write.jsp"), {key(f"{host}/hdjl/")})
    assert not _one_link_apart(site, key(f"{host}/zwgk/"), {key(f"{host}/hdjl/")})                   # navigation
    assert not _one_link_apart(site, key(f"{host}/"), {key(f"{host}/hdjl/")})                        # the root
    assert not _one_link_apart(site, key(f"{host}/hdjl/list.jsp"), {key(f"{host}/hdjl/szxx/")})     # siblings


def test_the_snapshot_records_the_way_to_the_homepage_as_the_crawler_does(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a written site whose `/` moves on by a meta refresh to its homepage: crawl.json names the homepage and the way
    site = load_site(CORPUS.parent / "blindsites" / "b-nc-wgl", "dev", written=True)
    crawl = json.loads((write_snapshot(site, tmp_path / "splash") / "crawl.json").read_text(encoding="utf-8"))
    home = site.page(site.truth["homepage"]).url
    assert crawl["homepage"] == home
    assert [(s["url"], s["reason"]) for s in crawl["homepage_chain"]] == [(site.seed.url, "seed"), (home, "meta-refresh")]
    assert load_snapshot(tmp_path / "splash").homepage == home
    # a splash page whose target is not in the corpus, and a homepage at the seed: no homepage recorded
    for site_id in ("gd-gbj", "jl-gov"):
        plain = json.loads((write_snapshot(corpus[site_id], tmp_path / site_id) / "crawl.json").read_text(encoding="utf-8"))
        assert "homepage" not in plain


def _written_site(root: Path, pages: dict[str, tuple[str, str, str]], truth: dict[str, object]) -> Path:
    """A corpus site written in the test: file → (url, kind, html)."""
    import hashlib

    root.mkdir(parents=True)
    sources = []
    for file, (url, kind, html) in pages.items():
        body = html.encode("utf-8")
        (root / file).write_bytes(body)
        sources.append({"file": file, "url": url, "kind": kind, "sha256": hashlib.sha256(body).hexdigest(),
                        "bytes": len(body), "source": {"written_by": "test", "modelled_on": "a JSP portal"}})
    (root / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    truth = {"as_of": "2021-05-10", "pages": {f: {"kind": k, "encoding": "utf-8"} for f, (_, k, _) in pages.items()},
             **truth}
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return root


def test_a_splash_page_sending_on_to_its_own_index_document_is_a_hop(tmp_path: Path) -> None:
    # `/` runs a script sending the visitor on to `/index.jsp`: one canonical key, two pages. The snapshot follows
    # the hop as the crawler does (both at depth 0), and the report names the page it read as the homepage.
    from govweb.checks.run import run_checks

    host = "http://www.example-county.gov.cn"
    splash = "<html><body><script>window.location.replace('/index.jsp');</script>欢迎</body></html>"
    nav = "".join(f"<li><a href='/{p}/'>{n}</a></li>" for p, n in (
        ("xwdt", "新闻动态"), ("tzgg", "通知公告"), ("zcwj", "政策文件"), ("zwfw", "政务服务"), ("hdjl", "互动交流")))
    home = (f"<html><head><title>某县人民政府</title></head><body><ul class='nav'>{nav}</ul>"
            "<p>主办单位：某县人民政府办公室 ICP备12345678号</p></body></html>")
    column = "<html><head><title>新闻动态</title></head><body><ul><li><a href='/xwdt/1.jsp'>一</a> 2021-05-01</li></ul></body></html>"
    site = load_site(_written_site(tmp_path / "jsp", {
        "root.html": (f"{host}/", "splash", splash), "index.html": (f"{host}/index.jsp", "homepage", home),
        "xwdt.html": (f"{host}/xwdt/", "column", column)}, {"seed": "root.html", "homepage": "index.html"}),
        "dev", written=True)
    out = write_snapshot(site, tmp_path / "snap")
    crawl = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    assert crawl["homepage"] == f"{host}/index.jsp"
    assert [(s["url"], s["reason"]) for s in crawl["homepage_chain"]] == [(f"{host}/", "seed"),
                                                                          (f"{host}/index.jsp", "script-redirect")]
    depths = {row["url"]: row["depth"] for row in crawl["pages"]}
    assert depths == {f"{host}/": 0, f"{host}/index.jsp": 0, f"{host}/xwdt/": 1}
    report = run_checks(load_snapshot(out), site.as_of)
    assert report["site"]["homepage"] == f"{host}/index.jsp"
    assert report["elements"]["ICP备案号"]["present"] is True   # read on the homepage, not on the splash page
    # the benchmark's page decoding never judges a page by the text of another corpus page of its key: with the
    # homepage's own text gone (a rendered DOM is not judged), the splash page's text does not stand for it
    rows = [row for row in crawl["pages"] if row["url"] != f"{host}/index.jsp"]
    (out / "crawl.json").write_text(json.dumps(crawl | {"pages": rows, "homepage": f"{host}/"}), encoding="utf-8")
    score = CorpusScore()
    _score_decoding(site, out, score)
    decoding = score.ratio("page decoding", "dev")
    assert (decoding.n, decoding.misses) == (2, [])    # the splash page and the column, not the homepage


def test_a_script_bundle_and_its_json_are_served_as_resources_not_pages(tmp_path: Path) -> None:
    # a portal drawn by a bundle: the bundle holds list markup and dated rows in its strings, the JSON the rows. Served
    # as HTML, both would be read as pages (a list of dated rows: a column); a server gives them their own types.
    from govweb.checks.run import run_checks

    host = "https://www.example-town.gov.cn"
    bundle = ("var tpl = '<ul class=\"list\"><li><a href=\"/news/1.html\">镇里召开会议</a><span>2021-05-01</span></li>"
              "<li><a href=\"/news/2.html\">通知</a><span>2021-04-20</span></li>"
              "<li><a href=\"/news/3.html\">公告</a><span>2021-04-02</span></li></ul>';\n"
              "document.getElementById('app').innerHTML = tpl;")
    data = '{"rows": [{"title": "镇里召开会议", "url": "/news/1.html", "date": "2021-05-01"}]}'
    home = ("<html><head><title>某镇人民政府</title><script src='/assets/main.js'></script></head>"
            "<body><div id='app'></div><a href='/assets/main.js'>脚本</a><a href='/data/rows.json'>数据</a></body></html>")
    site = load_site(_written_site(tmp_path / "app", {
        "index.html": (f"{host}/", "homepage", home), "main.js": (f"{host}/assets/main.js", "page", bundle),
        "rows.json": (f"{host}/data/rows.json", "page", data)}, {"seed": "index.html", "homepage": "index.html"}),
        "dev", written=True)
    out = write_snapshot(site, tmp_path / "snap")
    types = {p.url: p.content_type for p in load_snapshot(out).pages}
    assert types == {f"{host}/": "text/html", f"{host}/assets/main.js": "text/javascript",
                     f"{host}/data/rows.json": "application/json"}
    report = run_checks(load_snapshot(out), site.as_of)
    assert [c["url"] for c in report["columns"]] == []


def test_the_truth_calls_for_vetoes_behind_a_splash_page_from_guides_and_from_late_replies(tmp_path: Path) -> None:
    from govweb.checks.context import Limits
    from govweb.samplesites.realpages import expected_vetoes
    from govweb.scoring.inspection import load_sheet

    limits = Limits.from_mapping(load_sheet().limits)
    host = "http://www.example-town.gov.cn"
    page = "<html><body>页面</body></html>"
    files = {"root.html": (f"{host}/", "splash", page), "index.html": (f"{host}/index.asp", "homepage", page),
             "guide.html": (f"{host}/bszn/1.html", "article", page), "mail.html": (f"{host}/hdjl/", "column", page)}
    complete = {"labels": ["事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理机构", "收费标准", "办理时间",
                           "联系电话", "办理流程"]}
    counts = {"key": 0, "any": 0, "empty": 0}

    def vetoes(name: str, resolution: dict[str, object], guide: dict[str, object], late: int) -> dict[str, bool]:
        root = _written_site(tmp_path / name, files, {"seed": "root.html", "homepage": "index.html",
                                                      "homepage_resolution": resolution,
                                                      "entries": {"办事服务": {"state": "present"},
                                                                  "互动交流": {"state": "present"}}})
        truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
        truth["pages"]["index.html"]["newest"] = "2021-05-09"
        truth["pages"]["guide.html"]["article"] = {"title": "办事指南", "date": "2021-05-01", "guide": guide}
        truth["pages"]["mail.html"]["column"] = {"name": "县长信箱", "type": "互动", "items": 3, "newest": "2021-05-01",
                                                 "late_replies": late}
        (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
        return expected_vetoes(load_site(root, "dev", written=True), limits, counts)

    moved = {"redirects_to": f"{host}/index.asp", "method": "script", "target_in_corpus": True}
    healthy = vetoes("healthy", moved, complete, 0)
    assert healthy["service-unusable"] is False and healthy["interaction-poor"] is False
    assert healthy["homepage-stale"] is False       # judged on the homepage behind the splash page
    # a guide missing 收费标准 calls for service-unusable; so does a guide whose own wording is flagged incomplete
    short = {"labels": [label for label in complete["labels"] if label != "收费标准"]}
    assert vetoes("short", moved, short, 0)["service-unusable"] is True
    assert vetoes("flagged", moved, {"labels": ["所需材料"], "complete": False}, 0)["service-unusable"] is True
    assert vetoes("own-words", moved, {"labels": ["所需材料", "办事窗口"]}, 0)["service-unusable"] is False
    assert vetoes("late", moved, complete, 2)["interaction-poor"] is True
    # a splash page whose target is outside the corpus: no veto at all is called for
    away = vetoes("away", {"redirects_to": "http://other.gov.cn/", "target_in_corpus": False}, short, 2)
    assert not any(away.values())
