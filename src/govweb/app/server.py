"""The ASGI application: settings, templates, static files, security headers, error pages, the routers."""

from __future__ import annotations

import datetime
import importlib.resources
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govweb.app.access import P, role_of
from govweb.app.actions import NotFound
from govweb.app.auth import CSRF_COOKIE, SESSION_COOKIE, Denied, Principal, principal
from govweb.app.cache import PageCache
from govweb.app.views import templates
from govweb.errors import BadInput
from govweb.store import RoundLocked, Store, UnknownRound, UnknownSites

# Pages of the dashboard itself: scripts only from here (htmx), no inline script, no framing by others.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'")


@dataclass(frozen=True)
class AppSettings:
    data_dir: Path = Path("govweb-data")           # re-check inspections are written here
    secure_cookies: bool = False                  # set behind HTTPS (--secure-cookies)
    session_idle: datetime.timedelta = datetime.timedelta(hours=8)
    session_absolute: datetime.timedelta = datetime.timedelta(days=7)
    recheck_queue: int = 20                       # re-checks waiting at most; more are refused (busy)
    recheck_timeout: float = 1800.0               # seconds per re-check inspection
    recheck_resolve: tuple[str, ...] = ()         # HOST:PORT:ADDR for re-check crawls (tests, closed networks)
    recheck_as_of: datetime.date | None = None    # the date re-checks judge by (None: today)
    run_jobs: bool = True                         # start the re-check runner with the app
    extra: dict[str, Any] = field(default_factory=dict)


class SecurityHeaders:
    """Pure ASGI middleware: security headers on every response, the login form's CSRF cookie when one was made,
    no caching of signed-in pages, and this process's page cache cleared after every write."""

    def __init__(self, app: ASGIApp, settings: AppSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        signed_in = f"{SESSION_COOKIE}=".encode() in dict(scope.get("headers") or []).get(b"cookie", b"")
        secure = self.settings.secure_cookies or scope.get("scheme") == "https"

        async def headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                found = MutableHeaders(scope=message)
                fresh = (scope.get("state") or {}).get("new_csrf")
                if fresh and SESSION_COOKIE not in found.get("set-cookie", ""):
                    found.append("set-cookie", f"{CSRF_COOKIE}={fresh}; HttpOnly; Path=/; SameSite=lax"
                                 + ("; Secure" if secure else ""))
                for name, value in (("content-security-policy", PAGE_CSP), ("x-content-type-options", "nosniff"),
                                    ("referrer-policy", "same-origin"), ("x-frame-options", "SAMEORIGIN")):
                    if name not in found:
                        found[name] = value
                if signed_in and "cache-control" not in found:
                    found["cache-control"] = "private, no-store"
            await send(message)

        try:
            await self.app(scope, receive, headers)
        finally:
            if scope.get("method") not in ("GET", "HEAD", "OPTIONS"):
                cache = getattr(scope.get("app"), "state", None)
                if cache is not None and hasattr(cache, "cache"):
                    cache.cache.invalidate()


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def create_app(store: Store, settings: AppSettings | None = None) -> FastAPI:
    from govweb.app import api, pages
    from govweb.app.jobs import LocalJobs

    settings = settings or AppSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.run_jobs:
            app.state.jobs.start()
        try:
            yield
        finally:
            app.state.jobs.stop()

    app = FastAPI(title="govweb 政府网站绩效评估 API", version="1", openapi_url="/openapi.json", docs_url=None,
                  redoc_url=None, lifespan=lifespan,
                  description="评估轮次、结果、网站、问题（可筛选）与专家评审。读取公开轮次无需登录；写操作需要 API 令牌"
                              "（Authorization: Bearer …，在看板「我的账户」中创建）。")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.state.store = store
    app.state.settings = settings
    app.state.jobs = LocalJobs(store, settings)
    app.state.cache = PageCache(store)
    static = importlib.resources.files("govweb.app") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)

    app.add_middleware(SecurityHeaders, settings=settings)

    def _error(request: Request, status: int, message: str) -> Response:
        if not _wants_html(request):
            return JSONResponse({"detail": message}, status_code=status)
        try:
            who = principal(request)
        except Denied:  # a bad API token on a page: show the page as to an anonymous reader
            who = Principal(None)
        if status == 401 and request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return templates.TemplateResponse(request, "error.html.j2", {
            "status": status, "message": message, "who": who, "role": role_of(who.user), "P": P},
            status_code=status)

    @app.exception_handler(Denied)
    async def denied(request: Request, exc: Denied) -> Response:
        return _error(request, exc.status, exc.message)

    @app.exception_handler(UnknownRound)
    @app.exception_handler(UnknownSites)
    @app.exception_handler(NotFound)
    async def unknown(request: Request, exc: BadInput) -> Response:
        return _error(request, 404, exc.message)

    @app.exception_handler(RoundLocked)
    async def locked(request: Request, exc: RoundLocked) -> Response:
        return _error(request, 409, exc.message)

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput) -> Response:
        detail = "；".join([exc.message, *(str(p) for p in exc.problems)])
        return _error(request, 400, detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "页面不存在", 405: "不支持的请求方法"}
        return _error(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if not _wants_html(request):
            return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)
        fields = "、".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return _error(request, 422, f"请求参数有误：{fields}")

    return app


def jsonable(errors: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str})


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


def api_routes(app: FastAPI) -> list[APIRoute]:
    """Every route of the app, also those of included routers (which FastAPI keeps inside them)."""
    found: list[APIRoute] = []

    def walk(routes: list[Any]) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif hasattr(route, "original_router"):
                walk(route.original_router.routes)

    walk(list(app.routes))
    return found


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document with the bearer-token scheme that API writes require."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "在看板「我的账户」或用 govweb users token 创建"}}
        app.openapi_schema = schema
    return app.openapi_schema


SERVE_ENV = "GOVWEB_SERVE"  # settings handed to worker processes (`govweb serve --workers N`), as JSON


def app_from_environment() -> FastAPI:
    """The app of one worker process of `govweb serve --workers N` (uvicorn's factory): the store from $GOVWEB_DB,
    the settings from $GOVWEB_SERVE."""
    import json
    import os

    from govweb.store import open_store

    given = json.loads(os.environ.get(SERVE_ENV) or "{}")
    settings = AppSettings(data_dir=Path(given.get("data_dir") or "govweb-data"),
                           secure_cookies=bool(given.get("secure_cookies")),
                           recheck_resolve=tuple(given.get("recheck_resolve") or ()))
    return create_app(open_store(None), settings)
