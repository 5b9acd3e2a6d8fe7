"""Interpretations named by the document number their list rows cite (解读文件：临政发〔2021〕12号), on a page unlike
the blind site that showed the rule: a 政策文件 table printing each 文号 in a cell of its own, a 政策解读 list whose
titles quote nothing of their documents; and a 政策解读 table whose rows link the document each interprets beside
their titles (<em>原文：</em><a>…的通知</a>), one row per interpretation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='bottom'>主办单位：临泉县人民政府办公室 网站标识码：3412210001 皖ICP备07012345号</div>"
NAV = "<div class='mainnav'><a href='/zcwj/'>政策文件</a><a href='/zcjd/'>政策解读</a></div>"
DOCS = [("12", "临泉县人民政府关于印发临泉县市场主体培育三年行动计划的通知", "2021-06-02"),
        ("[2021] 15", "临泉县人民政府关于调整县城区公交线路的通告", "2021-05-20"),
        ("16", "临泉县人民政府关于公布县级权责清单的通知", "2021-05-11")]
READINGS = [("市场主体培育三年行动答问", "临政发〔2021〕12号", "2021-06-04"),
            ("公交线路为何调整？一问一答", "临政发［2021］15号", "2021-05-21"),
            ("县城区防汛工作问答", "临政办〔2021〕9号", "2021-04-30")]


def _findings(tmp_path: Path, readings: list[tuple[str, str, str]]) -> set[str]:
    jd = "".join(f"<li><a href='/zcjd/{i}.html'>{t}</a><span>{d}</span><p>关联文件：{n}</p></li>"
                 for i, (t, n, d) in enumerate(readings))
    return _missing(_run(tmp_path, f"<ul class='jd'>{jd}</ul>"))


def _missing(out: dict) -> set[str]:
    return {f["url"] for f in out["findings"] if f["check"] == "missing-interpretation"}


def _run(tmp_path: Path, readings_list: str) -> dict:
    b = SnapshotBuilder(SEED)
    page = lambda title, body: f"<html><head><title>{title}</title></head><body>{NAV}{body}{FOOTER}</body></html>"  # noqa: E731
    b.page(SEED, page("临泉县人民政府", "<p>欢迎访问</p>"), depth=0)
    rows = "".join(f"<tr><td><a href='/zcwj/{i}.html'>{t}</a></td><td>临政发{n if '[' in n else '〔2021〕' + n}号</td>"
                   f"<td>{d}</td></tr>" for i, (n, t, d) in enumerate(DOCS))
    b.page(SEED + "zcwj/", page("政策文件", f"<table class='wj'><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>{rows}</table>"))
    b.page(SEED + "zcjd/", page("政策解读", readings_list))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_interpretation_row_citing_its_documents_number_links_the_two(tmp_path: Path) -> None:
    # the 12号 and 15号 documents are interpreted (the number written either way); the 16号 one is not, and a
    # reading citing another issuer's 9号 interprets none of them
    assert _findings(tmp_path / "cited", READINGS) == {SEED + "zcwj/2.html"}
    # the same titles citing nothing: the three documents have no interpretation one can see
    assert _findings(tmp_path / "uncited", [(t, "", d) for t, _, d in READINGS]) == {SEED + f"zcwj/{i}.html" for i in range(3)}


def test_the_document_a_row_links_beside_its_title_is_part_of_the_row(tmp_path: Path) -> None:
    # each reading's row links its document after a label (原文：, in an element of its own): three rows, not six,
    # and the two documents so linked are interpreted though no title or number names them; the third is not
    cells = "".join(f"<tr><td><a href='/zcjd/{i}.html'>{t}</a></td><td><em>原文：</em> <a href='/zcwj/{j}.html'>"
                    f"{DOCS[j][1]}</a></td><td>{d}</td></tr>" for i, ((t, _, d), j) in enumerate(zip(READINGS, (0, 1, 1), strict=True)))
    out = _run(tmp_path, f"<table class='jdlb'><tr><th>解读</th><th>原文</th><th>日期</th></tr>{cells}</table>")
    shown = {c["url"]: c.get("shown", c.get("items")) for c in out["columns"]}
    assert shown[SEED + "zcjd/"] == 3
    assert _missing(out) == {SEED + "zcwj/2.html"}
