"""Writing a methodology back as YAML in one stable, hand-editable layout (one key per line in each tier,
so other owners can edit single lines such as `narrative:` without merge noise)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import yaml

from govweb.scoring.methodology import DEFAULT_ARBITRATION, Methodology


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return text
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    plain = yaml.safe_load(text) == text if text and not any(c in text for c in ":#{}[],&*!|>'\"%@`") else False
    return text if plain and text.strip() == text else json.dumps(text, ensure_ascii=False)


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{_scalar(k)}: {_scalar(v)}" for k, v in mapping.items()) + "}"


def _flow_list(items: list[Any]) -> str:
    return "[" + ", ".join(_scalar(item) for item in items) + "]"


def methodology_yaml(methodology: Methodology, header: list[str] | None = None) -> str:
    m = methodology
    lines = [f"# {line}" if line else "#" for line in (header or [])]
    lines.append(f"name: {_scalar(m.name)}")
    if m.description is not None:
        lines.append(f"description: {_scalar(m.description)}")
    lines.append(f"as_of: {m.as_of.isoformat() if m.as_of else 'null'}")
    r = m.rounding
    lines.append(f"rounding: {{index: {r.index}, total: {r.total}, mode: {r.mode}}}")
    lines.append(f"veto_effect: {m.veto_effect}")
    if m.arbitration_threshold != DEFAULT_ARBITRATION:
        lines.append(f"arbitration_threshold: {_scalar(m.arbitration_threshold)}")
    lines.append(f"indices: {_flow_list(m.indices)}")
    if m.expert_indices is not None:
        lines.append(f"expert_indices: {_flow_list(m.expert_indices)}   # scored by experts, never from measurements")
    lines.append("tiers:                      # order here = order of tables in outputs")
    for tier, spec in m.tiers.items():
        lines += [
            f"  {_scalar(tier)}:",
            f"    weights: {_flow(spec.weights)}",
            f"    bonus: {_flow(spec.bonus)}",
            f"    tie_order: {spec.tie_order}",
            f"    publish_top: {_scalar(spec.publish_top)}",
            f"    calibrate_with: {_scalar(spec.calibrate_with)}",
            f"    narrative: {_scalar(spec.narrative)}",
        ]
    if m.calibration is not None:
        lines.append("calibration:")
        for key, value in m.calibration.items():
            if key == "tiers" and isinstance(value, dict):
                lines.append("  tiers:")
                for tier, record in value.items():
                    shown = {k: (_flow_list(v) if isinstance(v, list) else _scalar(v)) for k, v in record.items()}
                    lines.append(f"    {_scalar(tier)}: {{" + ", ".join(f"{k}: {v}" for k, v in shown.items()) + "}")
            else:
                lines.append(f"  {key}: {_scalar(value)}")
    if m.items is not None:
        dumped = yaml.safe_dump({"items": m.items}, allow_unicode=True, sort_keys=False, default_flow_style=False)
        lines += dumped.rstrip("\n").splitlines()
    return "\n".join(lines) + "\n"
