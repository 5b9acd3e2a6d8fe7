"""govweb.campaign: one evaluation round over a list of sites.

    from govweb.campaign import RoundOptions, run_round
    report = run_round(RoundOptions(sites=Path("sites.csv"), as_of=date(2020, 11, 26), out=Path("round")))
"""

from govweb.campaign.inspect import InspectOptions, Outcome, inspect_site
from govweb.campaign.journal import Journal, SiteState
from govweb.campaign.results import RoundTable, SiteResult, Unranked, build_table, veto_effect
from govweb.campaign.round import DIAGNOSIS_FORMATS, PUBLICATION_FORMATS, RoundOptions, RoundReport, run_round

__all__ = [
    "DIAGNOSIS_FORMATS", "PUBLICATION_FORMATS", "InspectOptions", "Journal", "Outcome", "RoundOptions",
    "RoundReport", "RoundTable", "SiteResult", "SiteState", "Unranked", "build_table", "inspect_site",
    "run_round", "veto_effect",
]
