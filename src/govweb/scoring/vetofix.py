"""What lifts each veto (单项否决) of a site: the findings behind it and the smallest set of fixes that lifts it.

The checks stage decides vetoes from its findings and the inspection sheet's limits (国办秘函〔2019〕19号, counted
as in `methodologies/gov-2019-inspection.yaml` `limits:`); this module reads the same rules backwards. For
栏目不更新 (columns-stale) a veto falls when every count is back under its threshold: 动态要闻、通知公告、政策文件
columns not updated < `stale_key_veto`, all columns not updated < `stale_any_veto`, blank columns < `blank_veto`
— so fixing 1 of 5 stale key columns lifts it, and which ones is chosen by points at stake (largest first), then by
the findings' order. 首页不更新 needs its finding fixed; 互动回应差 a consultation channel, or every late message
answered; 服务不实用 a service entry, or every incomplete guide completed. 站点无法访问 names no finding to fix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from govweb.terms import VETO_RULES

KEY_TYPES = ("动态要闻", "通知公告", "政策文件")     # the column types of the first columns-stale count
DEFAULT_LIMITS = {"homepage": 14, "stale_key_veto": 5, "stale_any_veto": 10, "blank_veto": 5, "reply": 90,
                  "probe_fail_share": 0.05}         # as the checks count when the sheet says nothing


# Vetoes fired by a missing element, or else by every finding of one check (each must be fixed):
# rule → (element, what to do when it is missing, check, what to do with its findings).
ABSENT_OR_EVERY = {
    "interaction-poor": ("互动交流", "开设可用的在线咨询、留言等互动渠道（信访、纪检渠道不计）", "unanswered-message",
                         "近一年内 {n} 条留言超过 {reply} 天未答复或答复超时：答复其中尚未答复的留言，此后在 {reply} 天内"
                         "答复（已超时答复的留言满一年后不再计入）"),
    "service-unusable": ("办事服务", "开设办事服务栏目并链接到政务服务平台", "incomplete-service-guide",
                         "补齐全部 {n} 个办事指南缺少的要素"),
}


@dataclass(frozen=True)
class VetoFix:
    rule: str                       # columns-stale …
    label: str                      # 栏目不更新
    reason: str                     # why the veto fired, as the checks said it
    behind: tuple[str, ...]         # ids of the findings the veto counts
    fix: tuple[str, ...]            # the smallest set of them whose fixing lifts the veto
    steps: tuple[str, ...]          # what to do, one sentence per condition that fired
    lifts: bool                     # fixing `fix` is enough (False: the veto needs more than the findings name)


def _ids(findings: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    return tuple(str(f.get("id")) for f in findings)


def _pick(findings: Sequence[Mapping[str, Any]], n: int, stakes: Mapping[str, Decimal]) -> list[Mapping[str, Any]]:
    """The `n` findings worth most (points at stake), ties in their order."""
    ranked = sorted(enumerate(findings), key=lambda item: (-stakes.get(str(item[1].get("id")), Decimal(0)), item[0]))
    return [finding for _, finding in ranked[:max(0, n)]]


def _columns(findings: Sequence[Mapping[str, Any]], limits: Mapping[str, Any],
             stakes: Mapping[str, Decimal]) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]], list[str]]:
    """(behind, fix, steps) of 栏目不更新."""
    stale = [f for f in findings if f.get("check") == "stale-column"]
    key = [f for f in stale if f.get("type") in KEY_TYPES]
    empty = [f for f in findings if f.get("check") == "empty-column"]
    key_limit, any_limit, blank_limit = (int(limits["stale_key_veto"]), int(limits["stale_any_veto"]),
                                         int(limits["blank_veto"]))
    behind: list[Mapping[str, Any]] = []
    fix: list[Mapping[str, Any]] = []
    steps: list[str] = []
    if len(key) >= key_limit:
        chosen = _pick(key, len(key) - key_limit + 1, stakes)
        fix += chosen
        behind += key
        steps.append(f"动态要闻、通知公告、政策文件类栏目未按期更新 {len(key)} 个，须少于 {key_limit} 个："
                     f"至少更新其中 {len(chosen)} 个")
    if len(stale) >= any_limit:
        fix += _pick([f for f in stale if f not in fix], len(stale) - len(fix) - any_limit + 1, stakes)
        behind += [f for f in stale if f not in behind]
        steps.append(f"应更新未更新栏目 {len(stale)} 个，须少于 {any_limit} 个：共须更新其中 {len(fix)} 个")
    if len(empty) >= blank_limit:
        chosen = _pick(empty, len(empty) - blank_limit + 1, stakes)
        fix += chosen
        behind += empty
        steps.append(f"空白栏目 {len(empty)} 个，须少于 {blank_limit} 个：至少为其中 {len(chosen)} 个补充内容或下线栏目")
    return behind, fix, steps


def veto_fixes(doc: Mapping[str, Any], limits: Mapping[str, Any] | None = None,
               stakes: Mapping[str, Decimal] | None = None) -> list[VetoFix]:
    """One VetoFix per veto of a findings document, in the document's order. `limits`: the inspection sheet's
    `limits` (the bundled sheet's when None); `stakes`: finding id → points at stake, to fix the most valuable
    findings first where any of several would do."""
    if limits is None:
        from govweb.scoring.inspection import load_sheet

        limits = load_sheet().limits
    limits = {**DEFAULT_LIMITS, **limits}
    stakes = stakes or {}
    findings = list(doc.get("findings") or [])

    def by_check(check: str, **where: str) -> list[Mapping[str, Any]]:
        return [f for f in findings if f.get("check") == check and all(f.get(k) == v for k, v in where.items())]

    result: list[VetoFix] = []
    for veto in doc.get("vetoes") or []:
        rule = str(veto.get("rule"))
        behind: list[Mapping[str, Any]] = []
        fix: list[Mapping[str, Any]] = []
        steps: list[str] = []
        if rule == "homepage-stale":
            behind = fix = by_check("homepage-stale")
            steps = [f"更新首页的动态要闻等栏目，使首页最近一次更新在 {limits['homepage']} 天以内"]
        elif rule == "columns-stale":
            behind, fix, steps = _columns(findings, limits, stakes)
        elif rule in ABSENT_OR_EVERY:
            element, open_step, check, every_step = ABSENT_OR_EVERY[rule]
            missing = by_check("missing-element", element=element)
            behind = fix = missing or by_check(check)
            steps = [open_step if missing else every_step.format(n=len(fix), **limits)]
        elif rule == "site-unreachable":
            steps = [f"排查服务器与网络，使监测期内无法在 15 秒内打开的比例低于 {float(limits['probe_fail_share']):.0%}"]
        else:
            steps = [str(veto.get("reason") or "按检查意见整改")]
        result.append(VetoFix(rule=rule, label=VETO_RULES.get(rule, rule), reason=str(veto.get("reason") or ""),
                              behind=_ids(behind), fix=_ids(fix), steps=tuple(steps), lifts=bool(fix)))
    return result
