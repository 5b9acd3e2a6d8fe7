"""DOCX rendering of a diagnosis, in the publication's official-report layout (its styles and table helper)."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from govweb.publish.diagnosis.chart import index_profile
from govweb.publish.diagnosis.model import SATURATION_NOTE, Diagnosis
from govweb.publish.diagnosis.shots import Shown, caption, missing, same_as_above, thumbnail
from govweb.publish.docx import keep_with_next, official_document, paragraph, picture, save, table
from govweb.publish.model import cn_number
from govweb.safetext import xml_text


def _num(value: object) -> str:
    return "—" if value is None else str(value)


def _conclusion(doc: DocumentObject, d: Diagnosis) -> None:
    keep_with_next(doc.add_heading("一、检查结论", level=1))
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

    number = 1
    if d.veto_fixes:
        number += 1
        keep_with_next(doc.add_heading(f"{cn_number(number)}、要合格，先改这些", level=1))
        paragraph(doc, "每项单项否决都会使检查结果为不合格。下面列出每项否决背后的问题，以及解除它至少要整改的问题。")
        for v in d.veto_fixes:
            keep_with_next(doc.add_heading(f"单项否决「{v.label}」", level=2))
            paragraph(doc, v.reason, size=12)
            for step in v.steps:
                paragraph(doc, "• " + step, size=12)
            if v.fix:
                more = f"（该否决共涉及 {v.behind} 个问题，其余见下文）" if v.behind > len(v.fix) else ""
                keep_with_next(paragraph(doc, f"至少整改以下 {len(v.fix)} 个问题{more}：", indent=False, size=10.5))
                table(doc, ["问题", "位置", "整改建议"],
                      [[f.summary, f.where or f.evidence_url, f.remediation] for f in v.fix], size=8)
            if not v.lifts:
                paragraph(doc, "该项否决无法仅靠整改上面列出的问题解除，须按上述要求整改后由检查确认。", size=10.5)

    number += 1
    keep_with_next(doc.add_heading(f"{cn_number(number)}、{'其余问题' if d.veto_fixes else '全部问题'}（按分值影响排列）",
                                   level=1))
    if d.stake_note:
        paragraph(doc, d.stake_note, size=10.5)
    if d.findings:
        if d.stake_total is not None:
            paragraph(doc, f"共 {len(d.findings)} 个问题，按整改后总分可提高的分值从大到小排列；全部一并整改，总分约可提高 "
                           f"{d.stake_total} 分（各项分值不能简单相加）。")
        keep_with_next(paragraph(doc, "按问题类型", indent=False, size=10.5))
        table(doc, ["序号", "问题类型", "指数", "问题数", "一并整改分值影响", "单个最大分值影响"],
              [[str(n), g.title, g.indices, str(g.count), _num(g.points), _num(g.best_single)]
               for n, g in enumerate(d.by_check, start=1)], size=8)
        if any(g.together for g in d.by_check):
            paragraph(doc, SATURATION_NOTE, size=9)
        n = 0
        for g in d.by_check:
            for f in g.findings:
                n += 1
                shot = f.screenshot
                keep_with_next(doc.add_heading(f"{n}. {f.summary}", level=2))
                rows = [["位置", f.where or f.evidence_url],
                        ["证据", f.evidence_url + (f"\n「{f.excerpt}」" if f.excerpt else "")],
                        *([["整改建议", f.remediation]] if f.remediation else []),
                        ["分值影响", _num(f.points) + (f"；涉及单项否决「{f.veto}」" if f.veto else "")
                         + ("；要合格须改" if f.fixes_veto else "")],
                        ["技术细节", f"问题编号 {f.id}；检查项 {f.check}"
                         + (f"；存档记录 {f.warc_record}" if f.warc_record else "")]]
                table(doc, ["项目", "内容"], rows, size=8, keep_together=True)
                if shot is not None and shot.path is not None and shown.first(shot):
                    picture(doc, thumbnail(shot.path, shot.mark).jpeg, 10, caption(shot, d.folder), caption_size=9)
                elif shot is not None and shot.path is not None:
                    paragraph(doc, same_as_above(shot), indent=False, size=9)
                else:
                    paragraph(doc, missing(shot), indent=False, size=9)
    else:
        paragraph(doc, "未发现问题。")

    number += 1
    keep_with_next(doc.add_heading(f"{cn_number(number)}、指数概况", level=1))
    means = any(line.tier_mean is not None for line in d.indices)
    table(doc, ["指数", "权重", "本网站指数", "得分", *(["本轮同级平均"] if means else [])],
          [[line.index + ("（加分项）" if line.bonus else ""), f"{line.weight.normalize():f}", _num(line.value),
            _num(line.points), *([_num(line.tier_mean)] if means else [])] for line in d.indices])
    chart = index_profile(d, "png")
    if chart:
        picture(doc, chart)
    if d.review.get("note"):
        paragraph(doc, str(d.review["note"]), size=10.5)

    if d.passed or d.unmeasured:
        number += 1
        keep_with_next(doc.add_heading(f"{cn_number(number)}、已通过的检查", level=1))
        if d.passed:
            paragraph(doc, f"以下 {len(d.passed)} 项检查未发现问题：{'、'.join(d.passed)}。")
        if d.unmeasured:
            paragraph(doc, f"未能检查（缺少测量）：{'、'.join(d.unmeasured)}。", size=10.5)

    keep_with_next(doc.add_heading(f"{cn_number(number + 1)}、专家评审", level=1))
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
