"""The national inspection sheet (国办秘函〔2019〕19号): vetoes ⇒ 不合格; otherwise 100 points minus deductions,
below the pass mark ⇒ 不合格.

The sheet is data (`methodologies/gov-2019-inspection.yaml`): sections with their points, items with points
per occurrence (`per`; null = officially unknown, use `unknown_points`) and a cap (deductions within one item
never exceed it), and what each item counts — findings of one check (optionally filtered by field values) or a
measurement beyond a bound. Sites without public services (departments) skip the services section: their
score is out of the remaining points, rescaled to 100 (75 × 4/3).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from govweb.errors import BadInput, Problem

BUNDLED = "gov-2019-inspection"


class Count(BaseModel):
    """What an item counts: findings of `check` (each matching `where`), or 1 when `metric` is beyond a bound."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    check: str | None = None
    where: dict[str, str | list[str]] = Field(default_factory=dict)
    metric: str | None = None
    above: float | None = None
    below: float | None = None

    @model_validator(mode="after")
    def _one_source(self) -> Count:
        if (self.check is None) == (self.metric is None):
            raise ValueError("count 须且只能指定 check 或 metric 之一")
        if self.metric is not None and self.above is None and self.below is None:
            raise ValueError("metric 计数须给出 above 或 below")
        return self


class SheetItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    section: str
    name: str
    per: float | None = None          # points per occurrence; None = not published, use unknown_points
    cap: float = Field(gt=0)          # the item's points: deductions never exceed it
    count: Count
    source: str | None = None         # evidence tag for the value ([V], [P], [?])


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    points: float = Field(gt=0)
    services: bool = False            # the section departments without public services skip


class InspectionSheet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    description: str | None = None
    total: float = 100
    pass_mark: float = 60
    unknown_points: float = Field(default=1, ge=0)
    vetoes: list[str]
    limits: dict[str, Any] = Field(default_factory=dict)
    sections: list[Section]
    items: list[SheetItem]

    @model_validator(mode="after")
    def _consistent(self) -> InspectionSheet:
        names = {s.name for s in self.sections}
        bad = [i.id for i in self.items if i.section not in names]
        if bad:
            raise ValueError(f"指标项所属部分未定义：{'、'.join(bad)}")
        if abs(sum(s.points for s in self.sections) - self.total) > 1e-9:
            raise ValueError("各部分分值之和须等于 total")
        return self


def load_sheet(name_or_path: str | os.PathLike[str] = BUNDLED) -> InspectionSheet:
    text: str
    src = str(name_or_path)
    path = Path(src)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise BadInput(f"检查指标文件不存在：{src}")
        text = path.read_text(encoding="utf-8")
    else:
        try:
            text = resources.files("govweb.methodologies").joinpath(f"{src}.yaml").read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise BadInput(f"未知的检查指标：{src}") from exc
    try:
        data = yaml.safe_load(text)
        return InspectionSheet.model_validate(data)
    except yaml.YAMLError as exc:
        raise BadInput(f"检查指标文件不是有效的 YAML：{src}", [Problem(str(exc), file=src)]) from exc
    except ValidationError as exc:
        problems = [
            Problem(f"键 {'.'.join(str(p) for p in e['loc'])}：{e['msg']}", file=src) for e in exc.errors()
        ]
        raise BadInput("检查指标文件无效", problems) from exc


def _matches(finding: Mapping[str, Any], where: Mapping[str, str | list[str]]) -> bool:
    for key, want in where.items():
        got = finding.get(key)
        if isinstance(want, list):
            if got not in want:
                return False
        elif got != want:
            return False
    return True


def _count(item: SheetItem, findings: Sequence[Mapping[str, Any]], metrics: Mapping[str, float | None]) -> int | None:
    c = item.count
    if c.check is not None:
        return sum(1 for f in findings if f.get("check") == c.check and _matches(f, c.where))
    value = metrics.get(c.metric or "")
    if value is None:
        return None
    if c.above is not None and value > c.above:
        return 1
    if c.below is not None and value < c.below:
        return 1
    return 0


def _round1(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def inspect_sheet(
    sheet: InspectionSheet,
    findings: Sequence[Mapping[str, Any]],
    metrics: Mapping[str, float | None],
    vetoes: Sequence[str],
    services_applicable: bool = True,
) -> dict[str, Any]:
    """{"score", "result", "deductions": [{"item", "points", "reason"}], "vetoes", "not_measured"}."""
    skipped = {s.name for s in sheet.sections if s.services and not services_applicable}
    section_points = {s.name: s.points for s in sheet.sections if s.name not in skipped}
    section_taken: dict[str, float] = dict.fromkeys(section_points, 0.0)
    deductions: list[dict[str, Any]] = []
    not_measured: list[str] = []
    for item in sheet.items:
        if item.section in skipped:
            continue
        n = _count(item, findings, metrics)
        if n is None:
            not_measured.append(item.name)
            continue
        if n == 0:
            continue
        per = item.per if item.per is not None else sheet.unknown_points
        points = min(item.cap, per * n, section_points[item.section] - section_taken[item.section])
        if points <= 0:
            continue
        section_taken[item.section] += points
        reason = f"{item.name}：{n} 处" if item.count.check else item.name
        deductions.append({"item": item.name, "points": _round1(points), "reason": reason})
    available = sum(section_points.values())
    raw = available - sum(section_taken.values())
    score = _round1(raw * sheet.total / available) if available else 0.0
    vetoed = [v for v in vetoes if v in sheet.vetoes]
    result = "不合格" if vetoed or score < sheet.pass_mark else "合格"
    return {"score": score, "result": result, "deductions": deductions, "vetoes": vetoed,
            "not_measured": not_measured}
