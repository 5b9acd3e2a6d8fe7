"""Registry: administrative divisions by year, and the sites of an evaluation round.

    from govweb.registry import Divisions, NameQuery
    d = Divisions.load().resolve("鼓楼区", 2020, city="福州市")   # Division(code="350102", …)
    result = read_sites("sites.csv")          # SitesResult: .sites, .skipped, .notes, .summary()
"""

from govweb.registry.divisions import (
    LEVELS,
    TIER_LEVELS,
    Division,
    DivisionNameError,
    Divisions,
    NameAmbiguous,
    NameNotFound,
    NameQuery,
)
from govweb.registry.sites import (
    SITES_COLUMNS,
    RowNote,
    Site,
    SitesResult,
    SkippedRow,
    import_directory,
    read_registry,
    read_sites,
    site_from_fields,
    tier_source,
    write_sites_csv,
)

__all__ = [
    "LEVELS",
    "TIER_LEVELS",
    "Division",
    "DivisionNameError",
    "Divisions",
    "NameAmbiguous",
    "NameNotFound",
    "NameQuery",
    "RowNote",
    "SITES_COLUMNS",
    "Site",
    "SitesResult",
    "SkippedRow",
    "import_directory",
    "read_registry",
    "read_sites",
    "site_from_fields",
    "tier_source",
    "write_sites_csv",
]
