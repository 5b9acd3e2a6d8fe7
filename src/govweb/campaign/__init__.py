"""govweb.campaign: one evaluation round over a list of sites.

    from govweb.campaign import RoundOptions, run_round
    report = run_round(RoundOptions(sites=Path("sites.csv"), as_of=date(2020, 11, 26), out=Path("round")))

Names are imported lazily: a worker process loads only the stages it uses.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "InspectOptions": "inspect", "SiteInspection": "inspect", "inspect_site": "inspect",
    "Journal": "journal", "SiteState": "journal",
    "RoundTable": "results", "SiteResult": "results", "Unranked": "results", "build_table": "results",
    "veto_effect": "results",
    "DIAGNOSIS_FORMATS": "round", "PUBLICATION_FORMATS": "round", "RoundOptions": "round", "RoundReport": "round",
    "run_round": "round",
    "EvidenceShot": "screenshots", "take_evidence_screenshots": "screenshots",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govweb.campaign' has no attribute {name!r}")
    return getattr(importlib.import_module(f"govweb.campaign.{module}"), name)
