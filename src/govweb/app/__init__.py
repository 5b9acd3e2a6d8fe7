"""The web dashboard and REST API over the store (`govweb serve`).

    from govweb.app import AppSettings, create_app
    app = create_app(open_store(url), AppSettings(data_dir=Path("govweb-data")))   # an ASGI app (uvicorn)

Server-rendered pages (FastAPI + Jinja2, HTMX only enhancing them), every route checked against the one
authorization matrix in `access.py`, accounts and sessions in the store (`auth.py`), evidence replayed from the
WARC in a sandbox (`evidence.py`), expert review and 整改 actions in `actions.py` (shared by pages and API),
re-checks run by `jobs.py`, the API under /api/v1 (`api.py`).
"""

from govweb.app.server import AppSettings, create_app

__all__ = ["AppSettings", "create_app"]
