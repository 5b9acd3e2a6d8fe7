"""govweb.documents: what the stages hand each other — the typed findings document, the check catalogue, the
expert input, and the layout of a site folder. Neutral: it imports no stage, and every stage may import it."""

from __future__ import annotations

from govweb.documents.catalogue import (
    CHECKS,
    CHECKS_BY_ID,
    CheckInfo,
    check_info,
    checks_without_findings,
    veto_label,
    veto_of_check,
)
from govweb.documents.expert import ExpertEntry, ExpertInput, Removal
from govweb.documents.findings import SCHEMA_VERSION, FindingsDocument, findings_schema, parse_findings
from govweb.documents.layout import SiteFolder, site_folder

DEFAULT_METHODOLOGY = "cstc-2020"   # the bundled methodology every command uses unless told otherwise

__all__ = [
    "CHECKS", "CHECKS_BY_ID", "DEFAULT_METHODOLOGY", "SCHEMA_VERSION", "CheckInfo", "ExpertEntry", "ExpertInput",
    "FindingsDocument", "Removal", "SiteFolder", "check_info", "checks_without_findings", "findings_schema",
    "parse_findings", "site_folder", "veto_label", "veto_of_check",
]
