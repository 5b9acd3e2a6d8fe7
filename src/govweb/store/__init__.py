"""The store: every round side by side in one database — SQLite by default, PostgreSQL by URL.

    from govweb.store import open_store, InspectionOutcome, ResultRecord
    with open_store("postgresql://govweb@db/govweb") as store:     # None: $GOVWEB_DB, else ./govweb.sqlite
        store.upsert_sites(sites)                                   # registry.Site values
        store.open_round("2020", methodology, as_of)                # same name again ⇒ resumed (or refused)
        store.record_inspection("2020", InspectionOutcome.from_findings_document(code, doc))
        store.record_results("2020", rows); store.mark_published("2020", files)
        store.findings("2020", check="stale-column", type="政策文件"); store.site_history(code)

Schema: SQLAlchemy models in `models.py`, Alembic migrations in `migrations/` (run by `upgrade_to_head`).
"""

from govweb.store.browse import GroupSummary, ResultFilter, RoundCounts
from govweb.store.engine import DEFAULT_FILE, ENV_VAR, resolve_url
from govweb.store.expert import reviews_from_expert
from govweb.store.migrate import head_revision, upgrade, upgrade_to_head
from govweb.store.records import (
    AuditRow,
    FindingRow,
    HistoryEntry,
    ImportCounts,
    InspectionInfo,
    InspectionOutcome,
    JobState,
    PublicationRow,
    RecheckInfo,
    ResultRecord,
    ResultRow,
    ReviewRecord,
    ReviewRow,
    RoundInfo,
    SessionInfo,
    SiteInfo,
    TokenInfo,
    UserInfo,
)
from govweb.store.store import (
    RoundLocked,
    RoundMismatch,
    Store,
    UnknownRound,
    UnknownSites,
    methodology_content,
    open_store,
)
from govweb.store.types import SHANGHAI

__all__ = [
    "DEFAULT_FILE",
    "ENV_VAR",
    "SHANGHAI",
    "AuditRow",
    "FindingRow",
    "GroupSummary",
    "HistoryEntry",
    "ImportCounts",
    "InspectionInfo",
    "InspectionOutcome",
    "JobState",
    "PublicationRow",
    "RecheckInfo",
    "ResultFilter",
    "ResultRecord",
    "ResultRow",
    "ReviewRecord",
    "ReviewRow",
    "RoundCounts",
    "RoundInfo",
    "RoundLocked",
    "RoundMismatch",
    "SessionInfo",
    "SiteInfo",
    "Store",
    "TokenInfo",
    "UnknownRound",
    "UnknownSites",
    "UserInfo",
    "head_revision",
    "methodology_content",
    "open_store",
    "resolve_url",
    "reviews_from_expert",
    "upgrade",
    "upgrade_to_head",
]
