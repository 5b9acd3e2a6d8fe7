"""Expert input (专家评分、人工核减): reading, validating and applying it to findings.

    from govweb.review import read_expert, apply_expert
    expert = read_expert("expert.xlsx", methodology, known={"1100000088": {"f-1", "f-2"}})
    doc = apply_expert(findings, expert.get("1100000088"), file=expert.file, applied_at=now)
"""

from govweb.documents.expert import ExpertEntry, ExpertInput, Removal
from govweb.review.apply import INNOVATION, NO_EXPERT_NOTE, apply_expert
from govweb.review.read import COL_DATE, COL_REASON, COL_REMOVED, COL_REVIEWER, COL_SITE, Known, read_expert

__all__ = [
    "COL_DATE", "COL_REASON", "COL_REMOVED", "COL_REVIEWER", "COL_SITE", "INNOVATION", "NO_EXPERT_NOTE",
    "ExpertEntry", "ExpertInput", "Known", "Removal", "apply_expert", "read_expert",
]
