"""crawl.json: written atomically, streamed from the journal so a 100,000-page crawl needs little memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govweb.collect.journal import Journal
from govweb.fsutil import atomic_open

PAGE_FIELDS = ("url", "kind", "referrer", "status", "content_type", "encoding", "title", "depth", "bytes",
               "elapsed_ms", "error", "warc_record", "final_url", "rendered_record", "scripted", "bad_links", "aliases")
MAX_ALIASES_PER_PAGE = 20


def page_entry(**values: Any) -> dict[str, Any]:
    """A crawl.json page entry with every contract field present (missing ones null)."""
    return {name: values.get(name) for name in PAGE_FIELDS}


def write_snapshot(path: Path, journal: Journal, head: dict[str, Any], stats: dict[str, Any],
                   max_pruned: int) -> None:
    """Write crawl.json: `head` (seed, complete, options), pages from the journal, stats, pruned URLs."""
    dumps = json.dumps
    with atomic_open(path, "w") as fh:
        fh.write("{")
        for key, value in head.items():
            fh.write(f"{dumps(key)}: {dumps(value, ensure_ascii=False)},\n")
        fh.write('"pages": [')
        first = True
        aliases = journal.aliases()
        for key, entry in journal.results():
            if key in aliases:
                entry["aliases"] = aliases[key][:MAX_ALIASES_PER_PAGE]
            fh.write(("\n" if first else ",\n") + dumps(entry, ensure_ascii=False))
            first = False
        for row in journal.pruned_rows(max_pruned):  # pruned URLs also appear as pages with their error class
            entry = page_entry(url=row["url"], kind="page", referrer=row["referrer"], depth=row["depth"],
                               error="trap-pruned")
            fh.write(("\n" if first else ",\n") + dumps(entry, ensure_ascii=False))
            first = False
        fh.write("],\n")
        fh.write(f'"stats": {dumps(stats, ensure_ascii=False)},\n')
        fh.write('"pruned": [')
        fh.write(",\n".join(dumps(row, ensure_ascii=False) for row in journal.pruned_rows(max_pruned)))
        fh.write("]}\n")
