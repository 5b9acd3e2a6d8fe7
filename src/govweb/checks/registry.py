"""Every check, declared in one place: its catalogue entry (govweb.documents.catalogue) and the function that runs it."""

from __future__ import annotations

from govweb.checks import columns, elements, interaction, interpretation, links, services, technical
from govweb.checks.model import Audit
from govweb.documents.catalogue import CHECKS_BY_ID

_RUN = {
    "broken-link": links.broken_link_findings,
    "homepage-stale": columns.homepage_stale_findings,
    "stale-column": columns.stale_column_findings,
    "empty-column": columns.empty_column_findings,
    "missing-element": elements.missing_element_findings,
    "unanswered-message": interaction.unanswered_message_findings,
    "missing-interpretation": interpretation.missing_interpretation_findings,
    "insecure-transport": technical.insecure_transport_findings,
    "no-ipv6": technical.no_ipv6_findings,
    "no-mobile-viewport": technical.no_viewport_findings,
    "image-missing-alt": technical.image_alt_findings,
    "search-not-working": technical.search_findings,
    "incomplete-service-guide": services.incomplete_guide_findings,
}

AUDITS: tuple[Audit, ...] = tuple(Audit(CHECKS_BY_ID[check], run) for check, run in _RUN.items())

AUDITS_BY_ID = {a.id: a for a in AUDITS}
