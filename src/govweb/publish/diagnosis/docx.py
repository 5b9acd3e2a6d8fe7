"""DOCX rendering of a diagnosis, in the publication's official-report layout (its styles and table helper)."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from govweb.publish.diagnosis.chart import index_profile
from govweb.publish.diagnosis.model import SATURATION_NOTE, Diagnosis
from govweb.publish.diagnosis.shots import Shown, caption, missing, same_as_above, thumbnail
from govweb.publish.docx import official_document, paragraph, picture, save, table
from govweb.safetext import xml_text


def _num(value: object) -> str:
    return "—" if value is None else str(value)


def _conclusion(doc: DocumentObject, d: Diagnosis) -> None:
    doc.add_heading("一、检查结论", level=1)
    if d.status != "measured":
        paragraph(doc, f"未能测量：{d.status_reason or '原因不明'}。无法测量的网站不评分、不排名，也不判为不合格。")
        return
    score = f"（扣分表得分 {d.inspection_score}）" if d.inspection_score is not None else ""
    total = f"，总分 {d.total}" if d.total is not None else ""
    paragraph(doc, f"检查结果：{d.result or '未给出'}{score}{total}。")
    if d.vetoes:
        table(doc, ["单项否决", "原因"], [[label, reason] for label, reason in d.vetoes])
    else:
        paragraph(doc, "未触发单项否决。")
    if d.deductions:
        table(doc, ["扣分项", "扣分", "原因"],
              [[str(x.get("item", "")), str(x.get("points", "")), str(x.get("reason", ""))] for x in d.deductions])


def write_docx(d: Diagnosis, path: Path) -> None:
    doc = official_document()
    doc.add_heading(xml_text(f"{d.name} 网站体检报告"), level=0)
    meta = f"{d.url}；网站标识码 {d.code or '—'}；级别 {d.tier}；评估基准日 {d.as_of}；评估方法 {d.methodology}"
    paragraph(doc, meta, indent=False, size=10.5)
    _conclusion(doc, d)
    shown = Shown()
    if d.homepage_shot is not None and d.homepage_shot.path is not None and shown.first(d.homepage_shot):
        picture(doc, thumbnail(d.homepage_shot.path).jpeg, 13, "首页截图 · " + caption(d.homepage_shot, d.folder))
    else:
        paragraph(doc, "首页" + missing(d.homepage_shot), indent=False, size=10.5)

    doc.add_heading("二、指数概况", level=1)
    means = any(line.tier_mean is not None for line in d.indices)
    table(doc, ["指数", "权重", "本网站指数", "得分", *(["本轮同级平均"] if means else [])],
          [[line.index + ("（加分项）" if line.bonus else ""), f"{line.weight.normalize():f}", _num(line.value),
            _num(line.points), *([_num(line.tier_mean)] if means else [])] for line in d.indices])
    chart = index_profile(d, "png")
    if chart:
        picture(doc, chart)
    if d.review.get("note"):
        paragraph(doc, str(d.review["note"]), size=10.5)

    doc.add_heading("三、整改优先级（分值影响）", level=1)
    if d.stake_note:
        paragraph(doc, d.stake_note, size=10.5)
    if d.findings:
        doc.add_heading("按问题类型的分值影响（全部整改）", level=2)
        if d.stake_total is not None:
            paragraph(doc, "同一类型的问题全部整改后总分可提高的分值，从大到小排列；全部问题一并整改，总分约可提高 "
                           f"{d.stake_total} 分（各项分值影响不能简单相加）。")
        table(doc, ["序号", "问题类型", "指数", "问题数", "全部整改分值影响", "单个最大分值影响"],
              [[str(n), g.title, g.indices, str(g.count), _num(g.points), _num(g.best_single)]
               for n, g in enumerate(d.by_check, start=1)], size=8)
        if d.stake_total is not None:
            paragraph(doc, SATURATION_NOTE, size=9)
        doc.add_heading("逐项问题的分值影响", level=2)
        paragraph(doc, "下表按只整改该问题时总分可提高的分值从大到小排列。"
                  if d.stake_total is not None else "下表按指数列出全部问题。")
        table(doc, ["序号", "问题", "指数", "位置", "分值影响", "涉及否决"],
              [[str(n), f.title, f.index, f.where or f.evidence_url, _num(f.points), f.veto or ""]
               for n, f in enumerate(d.findings, start=1)], size=8)
    else:
        paragraph(doc, "未发现问题。")

    doc.add_heading("四、问题详情（按指数）", level=1)
    for index, items in d.by_index.items():
        doc.add_heading(f"{index}（{len(items)} 个问题）", level=2)
        for f in items:
            rows = [["问题", f.title + (f"：{f.message}" if f.message else "")], ["编号", f.id],
                    ["位置", f.where or f.evidence_url],
                    ["证据", f.evidence_url + (f"\n「{f.excerpt}」" if f.excerpt else "")],
                    *([["整改建议", f.remediation]] if f.remediation else []),
                    ["分值影响", _num(f.points) + (f"；涉及单项否决「{f.veto}」" if f.veto else "")]]
            table(doc, ["项目", "内容"], rows, size=8)
            if f.screenshot is not None and f.screenshot.path is not None and shown.first(f.screenshot):
                picture(doc, thumbnail(f.screenshot.path).jpeg, 10, caption(f.screenshot, d.folder), caption_size=9)
            elif f.screenshot is not None and f.screenshot.path is not None:
                paragraph(doc, same_as_above(f.screenshot), indent=False, size=9)
            else:
                paragraph(doc, missing(f.screenshot), indent=False, size=9)

    doc.add_heading("五、专家评审", level=1)
    review = d.review
    if review.get("applied"):
        paragraph(doc, f"评审人：{review.get('reviewer')}；评审日期：{review.get('date')}；"
                       f"评审文件：{review.get('file')}；应用时间：{review.get('applied_at')}。")
    else:
        paragraph(doc, str(review.get("note") or "未经专家评审。"))
    if d.removed:
        table(doc, ["编号", "问题", "核减理由", "评审人", "日期"],
              [[f.id, f.title, (f.removed or {}).get("reason", ""), (f.removed or {}).get("reviewer", ""),
                (f.removed or {}).get("date", "")] for f in d.removed], size=8)
    save(doc, path)
