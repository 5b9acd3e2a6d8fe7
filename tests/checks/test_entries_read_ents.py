"""Entries a better entry already says nothing works for (the section above a blank 政策解读 column, the platform's
own menu on a department's blank catalogue page), a 政策解读 list of the policy documents themselves, and the annual
report a visitor can actually open (its due year's link answering 404; the homepage's own link to the report)."""

from __future__ import annotations

from pathlib import Path

from .test_entries import SEED, _missing, _site


def _rows(folder: str, docs: list[tuple[str, str]]) -> str:
    return "<table class='wj'>" + "".join(
        f"<tr><td><a href='/{folder}/2020/{i}.html'>{t}</a></td><td>{d}</td></tr>" for i, (t, d) in enumerate(docs)
    ) + "</table>"


DOCS = [("某县人民政府关于印发《某县农村公路养护管理办法》的通知", "2020-11-02"),
        ("某县人民政府办公室关于加强秋冬季森林防火工作的通知", "2020-10-15"),
        ("某县人民政府关于调整城区集中供热价格的通知", "2020-09-08")]


def test_a_jiedu_list_of_the_policy_documents_themselves_carries_no_interpretation(tmp_path: Path) -> None:
    # the CMS cross-posts the 政策文件 rows under the 政策解读 name (the same addresses): a visitor opening them finds
    # the documents, no interpretation
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zcwj/'>政策文件</a></li>"
           "<li><a href='/zcjd/'>政策解读</a></li></ul>")
    docs = ("<h1>政策文件</h1>" + _rows("zcwj", DOCS), 200)
    same = ("<h1>政策解读</h1>" + _rows("zcwj", DOCS[:2]), 200)
    report = _site(tmp_path / "same", nav, {"zcwj/": docs, "zcjd/": same})
    assert "政策解读" in _missing(report)
    # its own interpretations (their own pages), or one row naming an interpretation among the documents, carry it
    own = ("<h1>政策解读</h1>" + _rows("zcjd", [("《某县农村公路养护管理办法》政策解读", "2020-11-05"),
                                              ("图解：城区集中供热价格调整", "2020-09-10")]), 200)
    assert "政策解读" not in _missing(_site(tmp_path / "own", nav, {"zcwj/": docs, "zcjd/": own}))
    mixed = ("<h1>政策解读</h1>" + _rows("zcwj", DOCS[:2]).replace(
        "</table>", "<tr><td><a href='/zcjd/2020/9.html'>一图读懂《某县农村公路养护管理办法》</a></td><td>2020-11-06</td></tr>"
                    "</table>"), 200)
    assert "政策解读" not in _missing(_site(tmp_path / "mixed", nav, {"zcwj/": docs, "zcjd/": mixed}))


def test_the_section_above_a_blank_jiedu_column_adds_nothing_unseen(tmp_path: Path) -> None:
    # the homepage's 政策解读 opens a blank column (暂无信息) inside the 解读回应 section, whose own front page the
    # crawl did not open: the section's interpretations are that column, so 政策解读 does not work
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/jdhy/'>解读回应</a></li>"
           "<li><a href='/jdhy/zcjd/'>政策解读</a></li></ul>")
    blank = ("<h1>政策解读</h1><ul class='list'></ul><p>暂无信息</p>", 200)
    report = _site(tmp_path / "blank", nav, {"jdhy/zcjd/": blank})
    assert "政策解读" in _missing(report)
    # the same when robots.txt kept the crawl from the section's page: unopened all the same
    from govweb.checks.run import run_checks
    from govweb.checks.snapshot import load_snapshot

    from .snapshot_builder import SnapshotBuilder
    from .test_entries import AS_OF, FOOTER, NEWS
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "jdhy/zcjd/", f"<html><head><title>政策解读</title></head><body>{nav}{blank[0]}{FOOTER}</body></html>")
    b.page(SEED + "jdhy/", error="robots-disallowed")
    assert "政策解读" in _missing(run_checks(load_snapshot(b.write(tmp_path / "robots")), AS_OF))
    # a section link elsewhere (not above the blank column) may hold them: not judged against the site
    other = nav.replace("/jdhy/'>解读回应", "/hygq/'>解读回应")
    assert "政策解读" not in _missing(_site(tmp_path / "other", other, {"jdhy/zcjd/": blank}))


def test_the_platform_menu_on_a_blank_catalogue_page_is_the_platforms(tmp_path: Path) -> None:
    # a bureau's 政府信息公开目录 leads to its page on the city's platform, which lists nothing (暂无数据, 共0条); the
    # platform's own header links its 主动公开目录 and its 政府信息公开 front (the city's, not opened by the crawl): no
    # catalogue of the bureau's, and the unseen platform does not stand in for the entry that was followed
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li>"
           "<li><a href='http://xxgk.city.gov.cn/bm/wjj/'>政府信息公开目录</a></li></ul>")
    platform = ("<html><head><title>卫健局_信息公开平台</title></head><body><div class='gk-head'>"
                "<a href='http://xxgk.city.gov.cn/'>政府信息公开</a><a href='http://xxgk.city.gov.cn/ml/'>主动公开目录</a></div>"
                "<h2>卫健局</h2><table class='gk'><tr><th>索引号</th><th>标题</th><th>日期</th></tr>"
                "<tr><td colspan='3'>暂无数据</td></tr></table><div class='pg'>共0条</div></body></html>")

    def site(page: str) -> dict:
        from govweb.checks.run import run_checks
        from govweb.checks.snapshot import load_snapshot

        from .snapshot_builder import SnapshotBuilder
        from .test_entries import AS_OF, FOOTER, NEWS
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
        b.page("http://xxgk.city.gov.cn/bm/wjj/", page)
        return run_checks(load_snapshot(b.write(tmp_path / str(len(page)))), AS_OF)

    assert "政府信息公开目录" in _missing(site(platform))
    # the platform page listing the bureau's documents is its catalogue
    listed = platform.replace("<tr><td colspan='3'>暂无数据</td></tr>", "<tr><td>A01-2020-001</td><td>"
                              "<a href='http://xxgk.city.gov.cn/bm/wjj/2020/1.html'>某县卫健局2020年工作要点</a></td>"
                              "<td>2020-03-02</td></tr>").replace("共0条", "共1条")
    assert "政府信息公开目录" not in _missing(site(listed))


def test_a_due_report_whose_link_fails_is_not_online(tmp_path: Path) -> None:
    # the 年度报告 list links 2019年度, but that link answers 404: the report due (2019, as of 2020-11-26) is not
    # online; a working 2019 link, or a file the crawl did not open, is
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gk/nb.html'>信息公开年度报告</a></li></ul>"
    years = ("<h1>信息公开年度报告</h1><ul class='nb'><li><a href='/gk/nb/2019.html'>2019年度</a></li>"
             "<li><a href='/gk/nb/2018.html'>2018年度</a></li></ul>", 200)
    gone = ("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>", 404)
    assert "政府信息公开年报" in _missing(_site(tmp_path / "gone", nav, {"gk/nb.html": years, "gk/nb/2019.html": gone}))
    kept = ("<h1>某县2019年政府信息公开工作年度报告</h1><p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>", 200)
    assert "政府信息公开年报" not in _missing(_site(tmp_path / "kept", nav, {"gk/nb.html": years,
                                                                       "gk/nb/2019.html": kept}))
    assert "政府信息公开年报" not in _missing(_site(tmp_path / "unfetched", nav, {"gk/nb.html": years}))


def test_the_homepage_link_to_the_due_report_is_its_entry(tmp_path: Path) -> None:
    # the homepage's 政务公开 box offers the 2019 report itself; only the column pages' side menu links the 年报 list:
    # the element is where the homepage leads, the report — with the list on the homepage, the list
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zwgk/tzgg/'>通知公告</a></li></ul>"
    side = "<div class='side'><a href='/zwgk/nb/'>政府信息公开年报</a></div>"
    rows = _rows("zwgk/tzgg", [("关于开展冬季消防检查的公告", "2020-11-20"), ("关于城区道路施工的通告", "2020-11-12")])
    box = "<div class='gk'><a href='/zwgk/nb/2020/0115/77.html'>某县2019年政府信息公开工作年度报告</a></div>"
    report = _site(tmp_path / "home", nav, {"zwgk/tzgg/": ("<h1>通知公告</h1>" + side + rows, 200)}, home_extra=box)
    assert report["elements"]["政府信息公开年报"]["url"] == SEED + "zwgk/nb/2020/0115/77.html"
    listed = _site(tmp_path / "list", nav, {"zwgk/tzgg/": ("<h1>通知公告</h1>" + side + rows, 200)},
                   home_extra=box + side)
    assert listed["elements"]["政府信息公开年报"]["url"] == SEED + "zwgk/nb/"
