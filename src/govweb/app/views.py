"""Templates and what they need to show values: Jinja2 with autoescape on for every template (user and site
text is always escaped; no template marks user data `|safe`), number and date formats, Chinese labels."""

from __future__ import annotations

import datetime
import functools
import importlib.resources
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from govweb.app.access import ROLE_LABELS
from govweb.app.masking import mask_text
from govweb.registry import Divisions
from govweb.store.types import SHANGHAI
from govweb.terms import VETO_RULES
from govweb.urlnorm import readable, readable_text

FINDING_STATUS = {"open": "存在", "removed": "已核减"}
RECTIFICATION = {None: "未整改", "in-progress": "整改中", "fixed": "已整改"}
APPEAL = {None: "", "pending": "申诉待处理", "accepted": "申诉成立", "rejected": "申诉驳回"}
RECHECK = {"queued": "排队中", "running": "复查中", "done": "已完成", "failed": "未能完成"}
COMPARISON = {"fixed": "已整改", "persisting": "仍存在", "new": "新增"}
REVIEW_KINDS = {"index": "指数评分", "item": "指标项评分", "removal": "人工核减", "veto": "单项否决"}
ACTIONS = {"review": "专家评审", "finding-status": "问题状态", "rectification": "整改", "appeal": "申诉",
           "publish": "发布", "recheck": "复查", "user": "用户", "token": "API 令牌", "round": "轮次设置",
           "site": "网站名录"}


def number(value: Decimal | float | int | None, places: int = 1) -> str:
    if value is None:
        return "—"
    return f"{Decimal(str(value)).quantize(Decimal(1).scaleb(-places)):f}"


def when(value: datetime.datetime | datetime.date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime.datetime):
        return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


@functools.lru_cache(maxsize=4096)
def region_name(code: str | None, year: int = 2020) -> str:
    """A province (2 digits), city (4) or county (6) code as its name in that year, else the code itself."""
    if not code:
        return "—"
    full = code.ljust(6, "0")[:6]
    division = Divisions.load().lookup(full, year)
    if division is None:
        return code
    return division.name


def query(base: dict[str, Any], **changes: Any) -> str:
    """A query string from the current filters with some changed (None drops a key)."""
    merged = {**base, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def step(value: Decimal | float | None, prefix: str = "w") -> str:
    """A 0–1 value as a CSS class in 5% steps (w45, l80): bars without inline styles (strict CSP)."""
    share = 0.0 if value is None else min(1.0, max(0.0, float(value)))
    return f"{prefix}{int(round(share * 20)) * 5}"


def segment(value: str) -> str:
    """A value as one URL path segment (a round named 2020/上半年 stays one segment)."""
    return quote(str(value), safe="")


def veto_label(rule: str) -> str:
    return VETO_RULES.get(rule, rule)


def _environment() -> Environment:
    folder = importlib.resources.files("govweb.app") / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(number=number, when=when, region=region_name, veto=veto_label, mask=mask_text, seg=segment,
                       step=step, readable=readable, readable_text=readable_text)
    env.globals.update(ROLE_LABELS=ROLE_LABELS, FINDING_STATUS=FINDING_STATUS, RECTIFICATION=RECTIFICATION,
                       APPEAL=APPEAL, RECHECK=RECHECK, COMPARISON=COMPARISON, REVIEW_KINDS=REVIEW_KINDS,
                       ACTIONS=ACTIONS, VETO_RULES=VETO_RULES, query=query)
    return env


templates = Jinja2Templates(env=_environment())
