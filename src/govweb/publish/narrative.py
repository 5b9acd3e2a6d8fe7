"""Introductory sentences from templates: the small template language of a tier's `narrative`.

A template is text with placeholders in braces; `{{` and `}}` are literal braces.

Scalar placeholders: `{year}`, `{tier}`, `{last}` (the highest rank named), `{shown}` (how many ranks the
table shows, `publish_top`; the row count when the methodology shows all), `{count}` (rows in the tier).

The list placeholder `{names|key=value|…}` names the sites of ranks 1…N, generated from the ranking:
    ranks=10              name the sites of dense ranks 1…10
    item={name}           text for one site; fields {name}, {city}, {city_short} (所属城市 without 市), {code}
    sep=、                between rank groups
    join=/                between the sites of one tied group
    mark=（并列第{rank}）   after a tied group ({rank}, {size})
    tail=                 text after the last group's names, before its tie mark (the 地市 sentence's 政府网站)
    ties=table            order inside a tied group: table (the ranking's row order) or input (source row order)
    order=甲/乙;丙/丁     explicit order for tied groups made of exactly these names (quirks of a publication)
Unknown placeholders or options are errors, so a typo in a methodology file cannot pass silently.

Sentences fit the table and the registry's naming, whatever the template says:
  * `前{shown}名` reads as nothing when the tier has fewer ranks than `{shown}` (a 6-row table is not the 前100名):
    "评估结果前{shown}名如下表所示" becomes "评估结果如下表所示";
  * a government word is never doubled where a name meets the text around it: "湖州市人民政府" + "政府网站" reads
    "湖州市人民政府网站" (see `GOV_WORDS`);
  * `{city}` and `{city_short}` are empty for a site whose name already starts with its city, so
    `{city_short}{name}` reads "赣州市章贡区人民政府", never "赣州赣州市章贡区人民政府".
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from govweb.errors import BadInput, Problem
from govweb.scoring.model import RankedRow

LIST_DEFAULTS: dict[str, str] = {
    "ranks": "10",
    "item": "{name}",
    "sep": "、",
    "join": "/",
    "mark": "（并列第{rank}）",
    "tail": "",
    "ties": "table",
    "order": "",
}
SCALARS = ("year", "tier", "last", "shown", "count")
# Words a site name may end with and a template may start with; where they meet, the word is written once.
GOV_WORDS = ("人民政府网站", "政府网站", "人民政府", "政府", "网站")
ITEM_FIELDS = ("name", "city", "city_short", "code")
MARK_FIELDS = ("rank", "size")


@dataclass(frozen=True)
class Placeholder:
    name: str
    options: dict[str, str]


Part = str | Placeholder


class TemplateError(ValueError):
    pass


def parse(template: str) -> list[Part]:
    """Split a template into literal text and placeholders (braces may nest inside option values)."""
    parts: list[Part] = []
    text: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if template.startswith("{{", i) or template.startswith("}}", i):
            text.append(ch)
            i += 2
            continue
        if ch == "}":
            raise TemplateError(f"第 {i + 1} 个字符处有多余的 }}")
        if ch != "{":
            text.append(ch)
            i += 1
            continue
        depth, j = 1, i + 1
        while j < len(template) and depth:
            depth += {"{": 1, "}": -1}.get(template[j], 0)
            j += 1
        if depth:
            raise TemplateError(f"第 {i + 1} 个字符处的 {{ 没有配对的 }}")
        if text:
            parts.append("".join(text))
            text = []
        parts.append(_placeholder(template[i + 1 : j - 1]))
        i = j
    if text:
        parts.append("".join(text))
    return parts


def _placeholder(body: str) -> Placeholder:
    name, *pieces = body.split("|")
    name = name.strip()
    options: dict[str, str] = {}
    for piece in pieces:
        key, eq, value = piece.partition("=")
        if not eq:
            raise TemplateError(f"{{{body}}}：选项「{piece}」应写成 键=值")
        options[key.strip()] = value
    if name == "names":
        unknown = sorted(set(options) - set(LIST_DEFAULTS))
        if unknown:
            raise TemplateError(f"{{{body}}}：未知选项 {'、'.join(unknown)}（可用：{'、'.join(LIST_DEFAULTS)}）")
        merged = {**LIST_DEFAULTS, **options}
        if not merged["ranks"].isdigit() or int(merged["ranks"]) < 1:
            raise TemplateError(f"{{{body}}}：ranks 应为正整数")
        if merged["ties"] not in ("table", "input"):
            raise TemplateError(f"{{{body}}}：ties 只能是 table 或 input")
        _check_fields(merged["item"], ITEM_FIELDS, body)
        _check_fields(merged["mark"], MARK_FIELDS, body)
        return Placeholder(name, merged)
    if name not in SCALARS:
        raise TemplateError(f"未知占位符 {{{name}}}（可用：names、{'、'.join(SCALARS)}）")
    if options:
        raise TemplateError(f"{{{name}}} 不接受选项")
    return Placeholder(name, {})


def _check_fields(fmt: str, allowed: Sequence[str], body: str) -> None:
    for _, field_name, _, _ in string.Formatter().parse(fmt):
        if field_name is not None and field_name not in allowed:
            raise TemplateError(f"{{{body}}}：未知字段 {{{field_name}}}（可用：{'、'.join(allowed)}）")


def validate(template: str, where: str) -> None:
    """Raise BadInput naming `where` (e.g. the methodology key) when the template does not parse."""
    try:
        parse(template)
    except TemplateError as exc:
        raise BadInput("叙述模板无效", [Problem(f"{where}：{exc}")]) from None


def rank_groups(rows: Sequence[RankedRow], options: Mapping[str, str]) -> list[list[RankedRow]]:
    """Rows of ranks 1…N grouped by rank, each group in the order the options ask for."""
    top = int(options["ranks"])
    groups: dict[int, list[RankedRow]] = {}
    for row in rows:
        if row.rank <= top:
            groups.setdefault(row.rank, []).append(row)
    overrides = [[n.strip() for n in spec.split("/")] for spec in options["order"].split(";") if spec.strip()]
    result = []
    for rank in sorted(groups):
        group = groups[rank]
        if options["ties"] == "input":
            group = sorted(group, key=lambda r: (r.source_row is None, r.source_row or 0))
        names = [r.name for r in group]
        for wanted in overrides:
            if sorted(wanted) == sorted(names):
                group = sorted(group, key=lambda r, w=wanted: w.index(r.name))  # type: ignore[misc]
        result.append(group)
    return result


def joined(text: str, after: str) -> str:
    """`text + after`, writing a government word once where `text` ends with it and `after` starts with it."""
    for word in GOV_WORDS:
        for size in range(len(word), 1, -1):  # "…人民政府" + "政府网站": the shared "政府"
            shared = word[-size:]
            if text.endswith(shared) and after.startswith(shared):
                return text + after[size:]
    return text + after


def _item(row: RankedRow, fmt: str) -> str:
    city = row.city or ""
    city_short = city[:-1] if city.endswith("市") else city
    if city_short and row.name.startswith(city_short):  # the registry's name already says where it is
        city = city_short = ""
    return fmt.format(name=row.name, city=city, city_short=city_short, code=row.admin_code or "")


def names_text(groups: Sequence[Sequence[RankedRow]], options: Mapping[str, str]) -> str:
    pieces = []
    for i, group in enumerate(groups):
        text = options["join"].join(_item(row, options["item"]) for row in group)
        if i == len(groups) - 1:
            text = joined(text, options["tail"])
        if len(group) > 1:
            text += options["mark"].format(rank=group[0].rank, size=len(group))
        pieces.append(text)
    return options["sep"].join(pieces)


def _without_void_top(parts: list[Part]) -> list[Part]:
    """Drop `前{shown}名` (the 前 and 名 around it too): used when the table holds fewer ranks than it says."""
    result: list[Part] = []
    for i, part in enumerate(parts):
        following = parts[i + 1] if i + 1 < len(parts) else None
        if (isinstance(part, Placeholder) and part.name == "shown" and result and isinstance(result[-1], str)
                and result[-1].endswith("前") and isinstance(following, str) and following.startswith("名")):
            result[-1] = result[-1][:-1]
            parts[i + 1] = following[1:]
            continue
        result.append(part)
    return result


def uses(template: str, name: str) -> bool:
    """Whether the template has the placeholder `name` (e.g. "year")."""
    return any(isinstance(part, Placeholder) and part.name == name for part in parse(template))


def render(template: str, rows: Sequence[RankedRow], *, year: int | None, tier: str, shown: int | None) -> str:
    """The sentence for one tier; `rows` in the ranking's order. `year` may be None when the template has no
    `{year}`."""
    parts = parse(template)
    ranks = max((row.rank for row in rows), default=0)
    if shown is not None and ranks < shown:
        parts = _without_void_top(parts)
    last = 0
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part.name == "names":
            groups = rank_groups(rows, part.options)
            last = max(last, groups[-1][0].rank if groups else 0)
            out.append(names_text(groups, part.options))
        else:
            out.append("\0" + part.name + "\0")  # scalars filled below, once {last} is known
    values = {"year": str(year or ""), "tier": tier, "last": str(last), "count": str(len(rows)),
              "shown": str(shown if shown is not None else len(rows))}
    text = ""
    for piece in out:
        text = joined(text, piece)
    for key, value in values.items():
        text = text.replace("\0" + key + "\0", value)
    return text
