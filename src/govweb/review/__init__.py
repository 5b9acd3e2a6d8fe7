"""Expert input (专家评分、人工核减): reading and validating it; scoring applies it (`scoring.site.score_site`).

    from govweb.review import read_expert
    expert = read_expert("expert.xlsx", methodology, known={"1100000088": {"f-1", "f-2"}})
    score = score_site(findings, methodology, tier, expert.get("1100000088"), expert_file=expert.file)
"""

from govweb.documents.expert import ExpertEntry, ExpertInput, Removal
from govweb.review.read import COL_DATE, COL_REASON, COL_REMOVED, COL_REVIEWER, COL_SITE, Known, read_expert

__all__ = [
    "COL_DATE", "COL_REASON", "COL_REMOVED", "COL_REVIEWER", "COL_SITE", "ExpertEntry", "ExpertInput", "Known",
    "Removal", "read_expert",
]
