"""The methodology as data: a versioned YAML file validated by a pydantic schema."""

from __future__ import annotations

import datetime
import importlib.resources
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from govweb.errors import BadInput, Problem

# How many ranks a published table shows when the methodology does not say (None = all).
DEFAULT_PUBLISH_TOP: dict[str, int] = {"省、自治区": 20, "省会城市": 20, "地市": 100, "区县": 100}

DEFAULT_ARBITRATION = Decimal("0.1")  # 10% of an expert item's range

TieOrder = Literal["admin-code", "input"]
VetoEffect = Literal["flag", "exclude"]


def to_decimal(value: Any) -> Decimal:
    """A YAML number (int, float or numeric string) as an exact Decimal; floats go through their shortest repr."""
    if isinstance(value, bool):
        raise ValueError(f"应为数值，实际为 {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float | str):
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValueError(f"应为数值，实际为 {value!r}") from None
        if result.is_finite():
            return result
    raise ValueError(f"应为数值，实际为 {value!r}")


def _decimal_map(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: to_decimal(v) for key, v in value.items()}
    return value


class Rounding(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int = Field(default=2, ge=0, le=6)
    total: int = Field(default=1, ge=0, le=6)
    mode: Literal["half-up", "half-even"] = "half-up"


class TierSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weights: dict[str, Decimal]
    bonus: dict[str, Decimal] = Field(default_factory=dict)
    tie_order: TieOrder = "admin-code"
    publish_top: int | None = Field(default=None, ge=1)
    narrative: str | None = None
    calibrate_with: str | None = None

    _to_decimal = field_validator("weights", "bonus", mode="before")(_decimal_map)

    @field_validator("weights", "bonus")
    @classmethod
    def _non_negative(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        negative = [name for name, w in value.items() if w < 0]
        if negative:
            raise ValueError(f"权重不能为负数：{'、'.join(negative)}")
        return value

    @field_validator("weights")
    @classmethod
    def _sum_100(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        if not value:
            raise ValueError("至少需要一个核心权重")
        total = sum(value.values(), Decimal(0))
        if total != 100:
            raise ValueError(f"核心权重之和应为 100，实际为 {total.normalize():f}")
        return value

    @property
    def full_marks(self) -> Decimal:
        """The highest 总分 of the tier: core weights plus bonus weights."""
        return sum((*self.weights.values(), *self.bonus.values()), Decimal(0))

    @property
    def applicable(self) -> list[str]:
        """Indices this tier uses (core and bonus), in the order written."""
        return [*self.weights, *(name for name in self.bonus if name not in self.weights)]


class Methodology(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    description: str | None = None
    as_of: datetime.date | None = None
    rounding: Rounding = Field(default_factory=Rounding)
    indices: list[str] = Field(min_length=1)
    tiers: dict[str, TierSpec] = Field(min_length=1)
    # How a veto (单项否决) acts on a ranking: `flag` keeps the site ranked and marks it 不合格, `exclude` lists
    # it apart, unranked.
    veto_effect: VetoEffect = "flag"
    # Expert scores (创新案例, expert items) given by two evaluators: a difference above this share of the item's
    # range (scores are 0–1) goes to a third evaluator's arbitration, whose score stands; otherwise the mean does.
    arbitration_threshold: Decimal = Field(default=DEFAULT_ARBITRATION, gt=0, le=1)
    # Indices experts score (创新案例): never computed from measurements, taken from expert input; unset: every
    # tier's bonus indices.
    expert_indices: list[str] | None = None
    # Index → item definitions; typed later by scoring/items.py.
    items: dict[str, list[dict[str, Any]]] | None = None
    # Provenance of calibrated weights (written by `govweb calibrate`).
    calibration: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _default_publish_top(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("tiers"), dict):
            tiers = {}
            for tier, spec in data["tiers"].items():
                if isinstance(spec, dict) and "publish_top" not in spec:
                    spec = {**spec, "publish_top": DEFAULT_PUBLISH_TOP.get(str(tier))}
                tiers[tier] = spec
            data = {**data, "tiers": tiers}
        return data

    @field_validator("indices")
    @classmethod
    def _unique_indices(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        duplicates = [name for name in value if name in seen or seen.add(name)]  # type: ignore[func-returns-value]
        if duplicates:
            raise ValueError(f"指标名称重复：{'、'.join(duplicates)}")
        return value

    @model_validator(mode="after")
    def _cross_check(self) -> Methodology:
        problems: list[str] = []
        known = set(self.indices)
        for tier, spec in self.tiers.items():
            for key, mapping in (("weights", spec.weights), ("bonus", spec.bonus)):
                unknown = [name for name in mapping if name not in known]
                if unknown:
                    problems.append(
                        f"键 tiers.{tier}.{key}：未知指标「{'、'.join(unknown)}」"
                        f"（indices 中定义的指标：{'、'.join(self.indices)}）"
                    )
            both = [name for name in spec.bonus if name in spec.weights]
            if both:
                problems.append(f"键 tiers.{tier}.bonus：指标「{'、'.join(both)}」不能同时是核心权重和加分项")
            partner = spec.calibrate_with
            if partner is not None and (partner not in self.tiers or partner == tier):
                problems.append(f"键 tiers.{tier}.calibrate_with：「{partner}」不是本方法中的另一个级别")
        unknown = [name for name in self.expert_indices or [] if name not in known]
        if unknown:
            problems.append(f"键 expert_indices：未知指标「{'、'.join(unknown)}」")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @property
    def expert_scored(self) -> list[str]:
        """The indices experts score (创新案例): `expert_indices`, or else every tier's bonus indices."""
        if self.expert_indices is not None:
            return list(self.expert_indices)
        return self.ordered({name for spec in self.tiers.values() for name in spec.bonus})

    def tier(self, name: str) -> TierSpec:
        return self.tiers[name]

    def ordered(self, names: list[str] | set[str]) -> list[str]:
        """Index names in methodology order."""
        return [name for name in self.indices if name in names]


# ---------------------------------------------------------------- loading

_PYDANTIC_MESSAGES = {
    "missing": "缺少必填项",
    "extra_forbidden": "未知的键",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "string_type": "应为文本",
    "list_type": "应为列表",
    "dict_type": "应为映射（键: 值）",
    "date_from_datetime_parsing": "应为日期 YYYY-MM-DD",
    "date_parsing": "应为日期 YYYY-MM-DD",
    "date_type": "应为日期 YYYY-MM-DD",
    "literal_error": "取值无效",
    "greater_than_equal": "取值过小",
    "less_than_equal": "取值过大",
    "too_short": "不能为空",
    "model_type": "应为映射（键: 值）",
    "decimal_parsing": "应为数值",
    "decimal_type": "应为数值",
}


def _problem_from_error(error: Any, file: str) -> list[Problem]:
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "value_error":
        text = str(error["ctx"]["error"]) if "ctx" in error else str(error["msg"])
        lines = text.splitlines()
        if key:
            return [Problem(f"键 {key}：{line}", file=file) for line in lines]
        return [Problem(line, file=file) for line in lines]
    message = _PYDANTIC_MESSAGES.get(error["type"], str(error["msg"]))
    if error["type"] == "literal_error" and "ctx" in error:
        message += f"，可选：{error['ctx'].get('expected', '')}"
    value = error.get("input")
    shown = "" if error["type"] in ("missing", "model_type") or isinstance(value, dict) else f"（实际为 {value!r}）"
    return [Problem(f"键 {key or '（顶层）'}：{message}{shown}", file=file)]


def parse_methodology(text: str, file: str) -> Methodology:
    """Validate YAML text as a methodology; every problem is reported in one BadInput."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark is not None else ""
        raise BadInput(
            f"评估方法文件 {file} 不是有效的 YAML", [Problem(f"{where}：{getattr(exc, 'problem', exc)}", file=file)]
        ) from None
    if not isinstance(data, dict):
        raise BadInput(f"评估方法文件 {file} 无效", [Problem("顶层应为映射（name、indices、tiers …）", file=file)])
    try:
        return Methodology.model_validate(data)
    except ValidationError as exc:
        problems = [p for error in exc.errors() for p in _problem_from_error(error, file)]
        raise BadInput(f"评估方法文件 {file} 无效", problems) from None


def bundled_names() -> list[str]:
    folder = importlib.resources.files("govweb") / "methodologies"
    return sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def load_methodology(name_or_path: str | Path) -> Methodology:
    """A bundled methodology by name ("cstc-2020") or a YAML file by path."""
    text_name = str(name_or_path)
    looks_like_path = isinstance(name_or_path, Path) or "/" in text_name or text_name.endswith((".yaml", ".yml"))
    if looks_like_path or Path(text_name).is_file():
        path = Path(text_name)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise BadInput(f"找不到评估方法文件 {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput(f"无法读取评估方法文件 {path}：{exc}") from None
        return parse_methodology(text, str(path))
    resource = importlib.resources.files("govweb") / "methodologies" / f"{text_name}.yaml"
    if not resource.is_file():
        raise BadInput(
            f"未知的评估方法「{text_name}」：内置的有 {'、'.join(bundled_names()) or '（无）'}，也可以给出 YAML 文件路径"
        )
    return parse_methodology(resource.read_text(encoding="utf-8"), f"{text_name}.yaml")
