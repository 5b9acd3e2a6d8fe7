"""The dashboard's pages: server-rendered HTML (content complete without JavaScript; HTMX only boosts links and
forms). Every route names its permission (access.P); per-round and per-site visibility is checked here through
access.py's functions; writes go through actions.py and answer with a redirect (303) to the page they change."""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlsplit

from fastapi import File, Form, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from govweb.app import actions
from govweb.app.access import (
    ROLES,
    GuardedRouter,
    P,
    can_read_round,
    in_scope,
    may_follow,
    role_of,
    round_scope,
)
from govweb.app.actions import NotFound
from govweb.app.auth import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    Denied,
    check_csrf,
    client_address,
    digest,
    hash_password,
    login,
    new_token,
    open_session,
    principal,
)
from govweb.app.cache import PageCache
from govweb.app.downloads import table_xlsx
from govweb.app.evidence import REPLAY_CSP, read_archived, screenshot_path, screenshots, site_folder
from govweb.app.guard import address_refusal
from govweb.app.views import templates
from govweb.campaign.followup import compare_findings, compare_rounds
from govweb.campaign.rescore import disputed_scores, scored_site
from govweb.documents.catalogue import CHECKS, check_info
from govweb.errors import BadInput
from govweb.registry import site_from_fields
from govweb.safetext import csv_bytes
from govweb.scoring.methodology import Methodology
from govweb.store import ResultFilter, RoundInfo, SiteInfo, Store, UserInfo
from govweb.store.browse import VERDICT_FILTERS
from govweb.terms import TIERS, VETO_RULES

PAGE_SIZE = 50
T = TypeVar("T")


def guard(permission: P) -> Callable[..., Any]:
    """The dependency every route gets: the permission from the matrix, then CSRF on every form POST."""

    async def check(request: Request) -> None:
        who = principal(request)
        if not who.can(permission):
            raise Denied(401 if who.user is None else 403,
                         "请先登录" if who.user is None else "您的角色无权访问此页面")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            await check_csrf(request, who)

    return check


router = GuardedRouter(guard=guard, include_in_schema=False, default_response_class=HTMLResponse)


# -- helpers -------------------------------------------------------------------------------------------------

def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    who = principal(request)
    return templates.TemplateResponse(request, template, {"who": who, "role": role_of(who.user), "P": P, **context},
                                      status_code=status)


def _secure(request: Request) -> bool:
    return bool(request.app.state.settings.secure_cookies or request.url.scheme == "https")


def _back(path: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(path + (f"#{anchor}" if anchor else ""), status_code=303)


def _user(request: Request) -> UserInfo:
    who = principal(request)
    if who.user is None:
        raise Denied(401, "请先登录")
    return who.user


def _round(request: Request, name: str) -> RoundInfo:
    cache: PageCache = request.app.state.cache
    info = cache.round(name)
    if not can_read_round(principal(request).user, info):
        raise Denied(401 if principal(request).user is None else 403, f"评估轮次「{name}」为内部轮次，请登录后查看")
    return info


def _scope(request: Request, info: RoundInfo) -> tuple[tuple[str, ...] | None, str | None]:
    return round_scope(principal(request).user, info)


def _site_page(request: Request, info: RoundInfo, code: str) -> SiteInfo:
    return actions.visible_site(_store(request), principal(request).user, info, code)


def _evidence_folder(request: Request, round_name: str, code: str) -> Path | None:
    """The site's evidence folder in the round, for a reader who may see the site."""
    info = _round(request, round_name)
    _site_page(request, info, code)
    inspection = _store(request).inspection(round_name, code)
    return site_folder(info.folder, inspection.site_dir if inspection else None)


def _cached(request: Request, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    cache: PageCache = request.app.state.cache
    return cache.get(key, compute)


def _public(request: Request, round_name: str, build: Callable[[], HTMLResponse]) -> HTMLResponse:
    """A page as anonymous readers see it — the same for all of them — rendered once per round stamp and URL."""
    if principal(request).user is not None:
        return build()
    key = (*_stamp(request, round_name), "page", request.url.path, request.url.query)
    return HTMLResponse(_cached(request, key, lambda: bytes(build().body)))


def _stamp(request: Request, round_name: str) -> tuple[Any, ...]:
    cache: PageCache = request.app.state.cache
    return cache.stamp(round_name)


# -- login and account ---------------------------------------------------------------------------------------

@router.read("/login", P.PUBLIC)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    return _render(request, "login.html.j2", next=_local(next), error=None)


def _local(target: str) -> str:
    """Only a path of this site is a place to go back to after login (no open redirect)."""
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and target.startswith("/") and \
        not target.startswith("//") else "/"


@router.write("/login", P.PUBLIC)
def login_submit(request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
                 next: Annotated[str, Form()] = "/") -> Response:
    store = _store(request)
    try:
        user = login(store, name, password, client_address(request))
    except Denied as exc:
        if exc.status == 401:
            return _render(request, "login.html.j2", status=401, next=_local(next), error=exc.message)
        raise
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        store.accounts.close_session(digest(old))
    token, _ = open_session(store, user, request, request.app.state.settings.session_idle)
    response = _back(_local(next))
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=int(request.app.state.settings.session_absolute.total_seconds()))
    response.delete_cookie(CSRF_COOKIE)
    return response


@router.write("/logout", P.SIGNED_IN)
def logout(request: Request) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _store(request).accounts.close_session(digest(token))
    response = _back("/")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.read("/account", P.SIGNED_IN)
def account(request: Request) -> HTMLResponse:
    user = _user(request)
    return _render(request, "account.html.j2", tokens=_store(request).accounts.tokens(user.name), new_token=None,
                   message=None)


@router.write("/account/password", P.SIGNED_IN)
def change_password(request: Request, current: Annotated[str, Form()], password: Annotated[str, Form()],
                    repeat: Annotated[str, Form()]) -> Response:
    user = _user(request)
    store = _store(request)
    login(store, user.name, current, client_address(request))  # the current password, rate-limited
    if password != repeat:
        raise BadInput("两次输入的新密码不一致")
    store.accounts.update_user(user.name, actor=user.name, password_hash=hash_password(password))
    response = _back("/login")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.write("/account/tokens", P.SIGNED_IN)
def create_token(request: Request, label: Annotated[str, Form()] = "API") -> HTMLResponse:
    user = _user(request)
    store = _store(request)
    token = new_token()
    store.accounts.add_token(user.name, label, digest(token), actor=user.name)
    return _render(request, "account.html.j2", tokens=store.accounts.tokens(user.name), new_token=token,
                   message="新令牌只显示这一次，请立即保存。")


@router.write("/account/tokens/{token_id}/revoke", P.SIGNED_IN)
def revoke_token(request: Request, token_id: int) -> Response:
    user = _user(request)
    _store(request).accounts.revoke_token(user.name, token_id, actor=user.name)
    return _back("/account")


# -- rounds --------------------------------------------------------------------------------------------------

@router.read("/", P.PUBLIC)
def rounds_page(request: Request) -> HTMLResponse:
    store = _store(request)
    user = principal(request).user
    rounds = [r for r in reversed(store.rounds()) if can_read_round(user, r)]
    return _render(request, "rounds.html.j2", rounds=rounds, counts=store.browse.round_counts())


@router.read("/rounds/{round_name}", P.PUBLIC)
def round_page(request: Request, round_name: str) -> HTMLResponse:
    info = _round(request, round_name)
    store = _store(request)
    codes, prefix = _scope(request, info)
    if codes is not None or prefix:  # an owner or a regional office in an internal round: their sites only
        return _render(request, "round_scoped.html.j2", info=info, rows=_scoped_rows(store, info, codes, prefix))
    stamp = _stamp(request, round_name)
    tiers = _cached(request, (*stamp, "tiers"), lambda: store.browse.tier_summary(round_name))
    regions = _cached(request, (*stamp, "regions"), lambda: store.browse.region_summary(round_name))
    return _render(request, "round.html.j2", info=info, tiers=tiers, regions=regions,
                   counts=store.browse.round_counts().get(round_name),
                   previous=store.browse.previous_round(round_name))


def _scoped_rows(store: Store, info: RoundInfo, codes: tuple[str, ...] | None, prefix: str | None) -> list[Any]:
    rows = []
    for tier in store.browse.tiers(info.name):
        found, _ = store.browse.results_page(info.name, ResultFilter(tier, region=prefix, sites=codes), limit=None)
        rows += found
    return rows


@router.read("/rounds/{round_name}/map.png", P.PUBLIC, response_class=Response)
def round_map(request: Request, round_name: str) -> Response:
    from govweb.publish.chinamap import china_map

    info = _round(request, round_name)
    if _scope(request, info) != (None, None):
        raise Denied(403, "内部轮次中只能查看本单位的网站")
    store = _store(request)

    def draw() -> bytes:
        means = {f"{g.key}0000": g.mean_total for g in store.browse.region_summary(round_name)
                 if g.mean_total is not None and len(g.key) == 2}
        return china_map(means, f"{info.name}：各省（区、市）参评网站平均总分", "png")

    png = _cached(request, (*_stamp(request, round_name), "map"), draw)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})


@router.read("/rounds/{round_name}/tiers/{tier}/distribution.png", P.PUBLIC, response_class=Response)
def distribution(request: Request, round_name: str, tier: str) -> Response:
    from govweb.publish.charts import total_distribution

    info = _round(request, round_name)
    if _scope(request, info) != (None, None):
        raise Denied(403, "内部轮次中只能查看本单位的网站")
    store = _store(request)
    totals = _cached(request, (*_stamp(request, round_name), "totals", tier),
                     lambda: store.browse.totals(round_name, tier))
    if not totals:
        raise BadInput(f"级别「{tier}」没有排名结果")
    png = _cached(request, (*_stamp(request, round_name), "distribution", tier),
                  lambda: total_distribution(totals, f"{tier}：总分分布（{len(totals)} 个网站）", "png"))
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})


# -- rankings ------------------------------------------------------------------------------------------------

def _filter(request: Request, info: RoundInfo, tier: str, region: str | None, verdict: str | None,
            veto: str | None, q: str | None, sort: str, desc: bool) -> ResultFilter:
    codes, prefix = _scope(request, info)
    region = (region or "").strip() or None
    if region and not region.isdigit():
        raise BadInput(f"地区代码应为数字，实际为「{region}」")
    if prefix and not (region or "").startswith(prefix):
        region = prefix
    if verdict and verdict not in VERDICT_FILTERS:
        raise BadInput(f"检查结果筛选「{verdict}」无效（可选：{'、'.join(VERDICT_FILTERS)}）")
    if veto and veto not in VETO_RULES:
        raise BadInput(f"单项否决筛选「{veto}」无效")
    from govweb.store.browse import SORTS

    return ResultFilter(tier, region=region, verdict=verdict or None, veto=veto or None,
                        search=(q or "").strip()[:100] or None, sites=codes,
                        sort=sort if sort in SORTS else "rank", descending=desc)


FilterArgs = dict[str, Any]


@router.read("/rounds/{round_name}/tiers/{tier}", P.PUBLIC)
def ranking(request: Request, round_name: str, tier: str, region: str | None = None, verdict: str | None = None,
            veto: str | None = None, q: str | None = None, sort: str = "rank", desc: bool = False,
            page: Annotated[int, Query(ge=1, le=100000)] = 1) -> HTMLResponse:
    def build() -> HTMLResponse:
        with _store(request).reading():
            return _ranking(request, round_name, tier, region, verdict, veto, q, sort, desc, page)

    _round(request, round_name)
    return _public(request, round_name, build)


def _ranking(request: Request, round_name: str, tier: str, region: str | None, verdict: str | None,
             veto: str | None, q: str | None, sort: str, desc: bool, page: int) -> HTMLResponse:
    info = _round(request, round_name)
    store = _store(request)
    methodology = _cached(request, (round_name, info.methodology_sha256, "methodology"),
                          lambda: store.round_methodology(round_name))
    if tier not in methodology.tiers:
        raise BadInput(f"评估方法中没有级别「{tier}」")
    f = _filter(request, info, tier, region, verdict, veto, q, sort, desc)
    stamp = _stamp(request, round_name)
    known = _cached(request, (*stamp, "count", f), lambda: store.browse.count_results(round_name, f))
    rows, count = store.browse.results_page(round_name, f, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
                                            count=known)
    within = f.region[:2] if f.region else None
    provinces = _cached(request, (*stamp, "provinces", tier),
                        lambda: store.browse.region_summary(round_name, tier=tier))
    cities = _cached(request, (*stamp, "cities", tier, within),
                     lambda: store.browse.region_summary(round_name, tier=tier, within=within)) if within else []
    args: FilterArgs = {"region": f.region, "verdict": f.verdict, "veto": f.veto, "q": f.search, "sort": f.sort,
                        "desc": "true" if f.descending else None}
    scoped = f.sites is not None or _scope(request, info)[1] is not None
    return _render(request, "ranking.html.j2", info=info, tier=tier, rows=rows, count=count, page=page,
                   pages=max(1, -(-count // PAGE_SIZE)), args=args, provinces=[] if scoped else provinces,
                   cities=[] if scoped else cities, indices=methodology.tiers[tier].applicable,
                   tier_size=_cached(request, (*stamp, "size", tier), lambda: store.browse.tier_size(round_name, tier)),
                   verdicts=VERDICT_FILTERS)


def _download_rows(request: Request, round_name: str, tier: str, region: str | None, verdict: str | None,
                   veto: str | None, q: str | None, sort: str, desc: bool) -> tuple[list[str], list[list[Any]], str]:
    info = _round(request, round_name)
    store = _store(request)
    methodology = store.round_methodology(round_name)
    if tier not in methodology.tiers:
        raise BadInput(f"评估方法中没有级别「{tier}」")
    f = _filter(request, info, tier, region, verdict, veto, q, sort, desc)
    rows, _ = store.browse.results_page(round_name, f, limit=None)
    indices = methodology.tiers[tier].applicable
    header = ["级别", "排名", "名称", "网站标识码", "行政区划代码", *(f"{n}指数" for n in indices), "总分", "检查结果",
              "单项否决", "备注"]
    table = [[r.tier, r.rank, r.site_name, r.site_code, r.admin_code, *(r.indices.get(n) for n in indices), r.total,
              r.verdict, "、".join(VETO_RULES.get(v, v) for v in r.vetoes), r.note] for r in rows]
    return header, table, f"{round_name}-{tier}"


@router.read("/rounds/{round_name}/tiers/{tier}/download.csv", P.PUBLIC, response_class=Response)
def download_csv(request: Request, round_name: str, tier: str, region: str | None = None,
                 verdict: str | None = None, veto: str | None = None, q: str | None = None, sort: str = "rank",
                 desc: bool = False) -> Response:
    header, rows, name = _download_rows(request, round_name, tier, region, verdict, veto, q, sort, desc)
    return Response(csv_bytes(header, rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}.csv"})


@router.read("/rounds/{round_name}/tiers/{tier}/download.xlsx", P.PUBLIC, response_class=Response)
def download_xlsx(request: Request, round_name: str, tier: str, region: str | None = None,
                  verdict: str | None = None, veto: str | None = None, q: str | None = None, sort: str = "rank",
                  desc: bool = False) -> Response:
    header, rows, name = _download_rows(request, round_name, tier, region, verdict, veto, q, sort, desc)
    return Response(table_xlsx(header, rows, name[:31]),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}.xlsx"})


# -- a site of a round ---------------------------------------------------------------------------------------

def _site_view(store: Store, info: RoundInfo, site: SiteInfo, methodology: Methodology,
               stamp: tuple[Any, ...]) -> dict[str, Any]:
    """What the site page shows to everyone: results against the tier, findings with their points at stake and
    evidence, expert review, re-checks, the audit trail. Cached per round stamp (any decision changes it)."""
    code = site.code
    inspection = store.inspection(info.name, code)
    if inspection is None:
        raise NotFound(f"网站「{code}」不在评估轮次「{info.name}」中")
    results = store.browse.site_results(info.name, code)
    sizes = {r.tier: store.browse.tier_size(info.name, r.tier) for r in results}  # (the view is cached per stamp)
    tier = inspection.tiers[0] if inspection.tiers else (results[0].tier if results else "")
    findings = store.findings(info.name, site_code=code)
    score, state = scored_site(store, info.name, code, methodology, tier, inspection=inspection, findings=findings)
    stakes = {s.finding_id: s.points for s in score.stakes()} if score is not None else {}
    folder = site_folder(info.folder, inspection.site_dir)
    findings.sort(key=lambda f: (f.status != "open", -(stakes.get(f.finding_id) or Decimal(0)), f.check,
                                 f.finding_id))
    rechecks = store.rechecks.of_site(info.name, code)
    latest = next((r for r in rechecks if r.status == "done"), None)
    compared = {c.finding_id: c for c in compare_findings(findings, latest.findings)} \
        if latest and latest.outcome == "measured" else {}
    texts = {check: check_info(check) for check in {f.check for f in findings} | {c.check for c in compared.values()}}
    return {
        "info": info, "site": site, "inspection": inspection, "results": results, "sizes": sizes,
        "methodology": methodology, "findings": findings, "stakes": stakes, "texts": texts,
        "shots": screenshots(folder) if folder else {}, "state": state,
        "audit": list(reversed(store.audit_trail(round_name=info.name, site_code=code))), "rechecks": rechecks,
        "latest_recheck": latest, "compared": compared,
        "new_in_recheck": [c for c in compared.values() if c.state == "new"], "has_folder": folder is not None,
    }


def _site_context(request: Request, info: RoundInfo, site: SiteInfo) -> dict[str, Any]:
    store = _store(request)
    user = principal(request).user
    methodology = _cached(request, (info.name, info.methodology_sha256, "methodology"),
                          lambda: store.round_methodology(info.name))
    stamp = _stamp(request, info.name)
    view = _cached(request, (*stamp, "site", site.code, site.name, site.url, site.admin_code, site.tiers),
                   lambda: _site_view(store, info, site, methodology, stamp))
    means = {r.tier: _cached(request, (*stamp, "means", r.tier), functools.partial(
        store.browse.index_means, info.name, r.tier)) for r in view["results"]}
    targets = _cached(request, (info.name, info.methodology_sha256, "targets"),
                      lambda: actions.expert_targets(store, info.name)) if user is not None else {}
    reviewer = bool(user and principal(request).can(P.REVIEW) and in_scope(user, site))
    return {**view, "means": means, "history": store.site_history(site.code), "targets": targets,
            "reviewer": reviewer and not info.published, "follower": may_follow(user, site),
            "open_round": not info.published, "serious": actions.SERIOUS_ERRORS}


@router.read("/rounds/{round_name}/sites/{code}", P.PUBLIC)
def site_page(request: Request, round_name: str, code: str) -> HTMLResponse:
    def build() -> HTMLResponse:
        with _store(request).reading():
            info = _round(request, round_name)
            site = _site_page(request, info, code)
            return _render(request, "site.html.j2", **_site_context(request, info, site))

    _round(request, round_name)  # an internal round refuses anonymous readers before any cache
    return _public(request, round_name, build)


@router.read("/rounds/{round_name}/sites/{code}/archive", P.PUBLIC, response_class=Response)
def archive(request: Request, round_name: str, code: str, record: Annotated[str, Query(max_length=200)]) -> Response:
    """An archived page replayed from the WARC: cleaned, masked, sandboxed (served for an iframe)."""
    folder = _evidence_folder(request, round_name, code)
    archived = read_archived(folder, record) if folder else None
    if archived is None:
        raise NotFound("存档中没有该记录（证据文件不在本机，或记录编号有误）")
    body = archived.html if archived.html is not None else (
        f"<!doctype html><meta charset=utf-8><p>存档记录：{_escape(archived.record_type)}，"
        f"{_escape(archived.content_type or '')}，{archived.size} 字节（不是网页，不回放）</p>")
    return Response(body, media_type="text/html; charset=utf-8",
                    headers={"Content-Security-Policy": REPLAY_CSP, "X-Frame-Options": "SAMEORIGIN",
                             "Cache-Control": "private, max-age=3600", "Referrer-Policy": "no-referrer"})


def _escape(text: str) -> str:
    import html

    return html.escape(text)


@router.read("/rounds/{round_name}/sites/{code}/screenshots/{name}", P.PUBLIC, response_class=Response)
def screenshot(request: Request, round_name: str, code: str, name: str) -> Response:
    folder = _evidence_folder(request, round_name, code)
    path = screenshot_path(folder, name) if folder else None
    if path is None:
        raise NotFound("没有该截图")
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


# -- expert review -------------------------------------------------------------------------------------------

def _site_url(round_name: str, code: str) -> str:
    return f"/rounds/{quote(round_name, safe='')}/sites/{quote(code, safe='')}"


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/strike", P.REVIEW)
def strike(request: Request, round_name: str, code: str, finding_id: str,
           reason: Annotated[str, Form()] = "") -> Response:
    actions.strike_finding(_store(request), _user(request), round_name, code, finding_id, reason)
    return _back(_site_url(round_name, code), "findings")


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/reinstate", P.REVIEW)
def reinstate(request: Request, round_name: str, code: str, finding_id: str,
              reason: Annotated[str, Form()] = "") -> Response:
    actions.reinstate_finding(_store(request), _user(request), round_name, code, finding_id, reason)
    return _back(_site_url(round_name, code), "findings")


@router.write("/rounds/{round_name}/sites/{code}/scores", P.REVIEW)
def enter_score(request: Request, round_name: str, code: str, target: Annotated[str, Form()],
                value: Annotated[str, Form()], comment: Annotated[str, Form()] = "",
                evidence: Annotated[str, Form()] = "") -> Response:
    kind, _, name = target.partition(":")
    actions.score(_store(request), _user(request), round_name, code, kind, name, value, comment=comment,
                  evidence=evidence)
    return _back(_site_url(round_name, code), "expert")


@router.write("/rounds/{round_name}/sites/{code}/veto", P.REVIEW)
def veto(request: Request, round_name: str, code: str, action: Annotated[str, Form()],
         reason: Annotated[str, Form()] = "", evidence: Annotated[str, Form()] = "",
         category: Annotated[str, Form()] = "") -> Response:
    actions.set_veto(_store(request), _user(request), round_name, code, raise_it=action == "raise", reason=reason,
                     evidence=evidence, category=category or None)
    return _back(_site_url(round_name, code), "expert")


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/appeal/decide", P.REVIEW)
def decide_appeal(request: Request, round_name: str, code: str, finding_id: str, decision: Annotated[str, Form()],
                  reason: Annotated[str, Form()] = "") -> Response:
    actions.decide_appeal(_store(request), _user(request), round_name, code, finding_id, decision == "accept",
                          reason)
    return _back(_site_url(round_name, code), "findings")


@router.read("/rounds/{round_name}/review", P.REVIEW)
def review_queue(request: Request, round_name: str) -> HTMLResponse:
    """What waits for evaluators: pending appeals and disputed expert scores."""
    info = _round(request, round_name)
    store = _store(request)
    appeals = [f for f in store.findings(round_name) if f.appeal == "pending"]
    return _render(request, "review.html.j2", info=info, appeals=appeals, disputed=disputed_scores(store, round_name))


# -- 整改 follow-up ------------------------------------------------------------------------------------------

@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/rectification", P.FOLLOW_UP)
def rectification(request: Request, round_name: str, code: str, finding_id: str, state: Annotated[str, Form()],
                  note: Annotated[str, Form()] = "") -> Response:
    actions.set_rectification(_store(request), _user(request), round_name, code, finding_id,
                              None if state == "none" else state, note)
    return _back(_site_url(round_name, code), f"f-{finding_id}")


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/appeal", P.FOLLOW_UP)
def appeal(request: Request, round_name: str, code: str, finding_id: str, note: Annotated[str, Form()] = "",
           evidence: Annotated[str, Form()] = "") -> Response:
    actions.file_appeal(_store(request), _user(request), round_name, code, finding_id, note, evidence)
    return _back(_site_url(round_name, code), f"f-{finding_id}")


@router.write("/rounds/{round_name}/sites/{code}/recheck", P.FOLLOW_UP)
def recheck(request: Request, round_name: str, code: str, note: Annotated[str, Form()] = "") -> Response:
    found = actions.request_recheck(_store(request), _user(request), round_name, code, note)
    if not request.app.state.jobs.submit(found.id):
        _store(request).rechecks.fail(found.id, "复查队列已满，请稍后再申请")
    return _back(_site_url(round_name, code), "rechecks")


@router.read("/followup", P.FOLLOW_UP)
def followup(request: Request, round: str | None = None) -> HTMLResponse:
    """整改跟踪: the user's sites (owners: theirs; regional: under the prefix; others: everything) per round."""
    store = _store(request)
    user = _user(request)
    codes = user.sites if user.role == "owner" else None
    prefix = user.admin_prefix if user.role == "regional" else None
    rounds = store.browse.sites_in_rounds(codes, prefix)
    chosen = round if round in rounds else next(iter(rounds), None)
    rows: list[dict[str, Any]] = []
    if chosen is not None:
        wanted = set(rounds[chosen])
        counts: dict[str, dict[str, int]] = {}
        scoped_findings = [f for code in sorted(wanted) for f in store.findings(chosen, site_code=code)] \
            if len(wanted) <= 200 else [f for f in store.findings(chosen) if f.site_code in wanted]
        for finding in scoped_findings:
            if finding.status != "open":
                continue
            entry = counts.setdefault(finding.site_code, {"open": 0, "in-progress": 0, "fixed": 0})
            entry["open"] += 1
            if finding.rectification:
                entry[finding.rectification] += 1
        results = {r.site_code: r for r in store.results(chosen) if r.site_code in wanted}
        for code in sorted(wanted)[:500]:
            site = store.site(code)
            rows.append({"site": site, "result": results.get(code),
                         "counts": counts.get(code, {"open": 0, "in-progress": 0, "fixed": 0})})
    return _render(request, "followup.html.j2", rounds=list(rounds), chosen=chosen, rows=rows,
                   total=len(rounds.get(chosen, [])) if chosen else 0)


@router.read("/rounds/{round_name}/compare", P.PUBLIC)
def compare(request: Request, round_name: str, previous: str | None = None, tier: str | None = None) -> HTMLResponse:
    """This round beside the previous one: rank changes, findings new, fixed and persisting."""
    info = _round(request, round_name)
    store = _store(request)
    before_name = previous or store.browse.previous_round(round_name)
    changes: list[Any] = []
    before = None
    if before_name:
        before = _round(request, before_name)
        codes, prefix = _scope(request, info)
        if prefix:
            codes = tuple(s.code for s in store.sites(admin_prefix=prefix))
        tiers = store.browse.tiers(round_name)
        chosen_tier = tier if tier in tiers else (tiers[0] if tiers else None)
        changes = _cached(request, (*_stamp(request, round_name), *_stamp(request, before_name), "compare",
                                    chosen_tier, codes),
                          lambda: compare_rounds(store, round_name, before_name, site_codes=codes, tier=chosen_tier))
        tier = chosen_tier
    others = [r.name for r in store.rounds() if r.name != round_name and can_read_round(principal(request).user, r)]
    return _render(request, "compare.html.j2", info=info, before=before, changes=changes, tier=tier,
                   tiers=store.browse.tiers(round_name), others=others)


# -- the methodology -----------------------------------------------------------------------------------------

@router.read("/rounds/{round_name}/methodology", P.PUBLIC)
def methodology_page(request: Request, round_name: str) -> HTMLResponse:
    info = _round(request, round_name)
    methodology = _store(request).round_methodology(round_name)
    feeds: dict[str, list[str]] = {}
    for check in CHECKS:
        if check.veto:
            feeds.setdefault(check.veto, []).append(check.failure_title)
    return _render(request, "methodology.html.j2", info=info, m=methodology, feeds=feeds, serious=actions.SERIOUS_ERRORS)


# -- the site registry ---------------------------------------------------------------------------------------

@router.read("/registry", P.REGISTRY_READ)
def registry(request: Request, q: str | None = None, tier: str | None = None,
             page: Annotated[int, Query(ge=1, le=100000)] = 1) -> HTMLResponse:
    sites = actions.registry_sites(_store(request), _user(request), tier or None, q)
    text = (q or "").strip()
    count = len(sites)
    shown = sites[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    return _render(request, "registry.html.j2", sites=shown, count=count, page=page,
                   pages=max(1, -(-count // PAGE_SIZE)), q=text, tier=tier or "", tiers=list(TIERS),
                   can_write=principal(request).can(P.REGISTRY_WRITE), message=None, problems=[])


def _site_form(request: Request, site: SiteInfo | None, values: dict[str, str], problems: list[str],
               status: int = 200) -> HTMLResponse:
    return _render(request, "site_form.html.j2", status=status, site=site, values=values, problems=problems,
                   tiers=list(TIERS))


@router.read("/registry/new", P.REGISTRY_WRITE)
def new_site(request: Request) -> HTMLResponse:
    return _site_form(request, None, {}, [])


@router.read("/registry/{code}/edit", P.REGISTRY_WRITE)
def edit_site(request: Request, code: str) -> HTMLResponse:
    site = _store(request).site(code)
    if site is None:
        raise NotFound(f"网站名录中没有网站标识码「{code}」")
    return _site_form(request, site, {"code": site.code, "name": site.name, "url": site.url,
                                      "tier": site.tiers[0], "admin_code": site.admin_code or ""}, [])


def _save_site(request: Request, original: SiteInfo | None, code: str, name: str, url: str, tier: str,
               admin_code: str) -> Response:
    values = {"code": code, "name": name, "url": url, "tier": tier, "admin_code": admin_code}
    result = site_from_fields(code, name, url, tier, admin_code)
    problems = [s.reason for s in result.skipped]
    if result.sites and (refusal := address_refusal(result.sites[0].url)):
        problems.append(refusal)
    if original is not None and result.sites and result.sites[0].site_code != original.code:
        problems.append("网站标识码不能修改（请新增网站）")
    if problems:
        return _site_form(request, original, values, problems, status=400)
    site = result.sites[0]
    if original is not None and len(original.tiers) > 1 and site.tier == original.tiers[0]:
        site = type(site)(site.site_code, site.name, site.url, site.tier, site.admin_code, site.row,
                          original.tiers[1:], site.extra)
    _store(request).upsert_sites([site], source=f"看板（{_user(request).name}）")
    return _back(f"/registry?q={quote(site.site_code)}")


@router.write("/registry/new", P.REGISTRY_WRITE)
def create_site(request: Request, code: Annotated[str, Form()], name: Annotated[str, Form()],
                url: Annotated[str, Form()], tier: Annotated[str, Form()],
                admin_code: Annotated[str, Form()] = "") -> Response:
    if _store(request).site(code.strip()) is not None:
        return _site_form(request, None, {"code": code, "name": name, "url": url, "tier": tier,
                                          "admin_code": admin_code}, [f"网站标识码「{code}」已在名录中"], 400)
    return _save_site(request, None, code, name, url, tier, admin_code)


@router.write("/registry/{code}/edit", P.REGISTRY_WRITE)
def update_site(request: Request, code: str, name: Annotated[str, Form()], url: Annotated[str, Form()],
                tier: Annotated[str, Form()], admin_code: Annotated[str, Form()] = "") -> Response:
    original = _store(request).site(code)
    if original is None:
        raise NotFound(f"网站名录中没有网站标识码「{code}」")
    return _save_site(request, original, code, name, url, tier, admin_code)


@router.write("/registry/import", P.REGISTRY_WRITE)
async def import_sites(request: Request, file: Annotated[UploadFile, File()]) -> HTMLResponse:
    import tempfile

    from govweb.registry import read_registry

    suffix = Path(file.filename or "sites.csv").suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput("只能导入 CSV 或 XLSX 文件")
    data = await file.read(20 * 1024 * 1024 + 1)
    if len(data) > 20 * 1024 * 1024:
        raise BadInput("文件超过 20 MB")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"upload{suffix}"
        path.write_bytes(data)
        result = read_registry(path)
    problems = [f"第 {s.row} 行：{s.reason}" for s in result.skipped]
    kept = []
    for site in result.sites:
        refusal = address_refusal(site.url)
        if refusal:
            problems.append(f"第 {site.row} 行：{refusal}")
        else:
            kept.append(site)
    counts = _store(request).upsert_sites(kept, source=f"{file.filename}（看板，{_user(request).name}）") if kept else None
    message = (f"已导入 {counts.total} 个网站：新增 {counts.inserted}，更新 {counts.updated}，未变 {counts.unchanged}"
               if counts else "没有可导入的网站")
    store = _store(request)
    count = store.count_sites()
    return _render(request, "registry.html.j2", sites=store.sites()[:PAGE_SIZE], count=count, page=1,
                   pages=max(1, -(-count // PAGE_SIZE)), q="", tier="", tiers=list(TIERS),
                   can_write=True, message=message, problems=problems[:200])


# -- administration ------------------------------------------------------------------------------------------

@router.write("/rounds/{round_name}/visibility", P.ROUND_ADMIN)
def visibility(request: Request, round_name: str, internal: Annotated[str, Form()]) -> Response:
    _store(request).browse.set_internal(round_name, internal == "true", actor=_user(request).name)
    return _back(f"/rounds/{quote(round_name, safe='')}")


@router.write("/rounds/{round_name}/publish", P.ROUND_ADMIN)
def publish(request: Request, round_name: str) -> Response:
    store = _store(request)
    pending = sorted({code for code, _, _ in disputed_scores(store, round_name)})
    if pending:
        raise BadInput(f"还有 {len(pending)} 个网站的专家评分待仲裁，不能发布：{'、'.join(pending[:20])}")
    store.mark_published(round_name, actor=_user(request).name)
    return _back(f"/rounds/{quote(round_name, safe='')}")


@router.read("/admin/users", P.USERS)
def users_page(request: Request) -> HTMLResponse:
    return _render(request, "users.html.j2", users=_store(request).accounts.users(), roles=ROLES)


@router.write("/admin/users", P.USERS)
def add_user(request: Request, name: Annotated[str, Form()], role: Annotated[str, Form()],
             password: Annotated[str, Form()], display_name: Annotated[str, Form()] = "",
             admin_prefix: Annotated[str, Form()] = "", sites: Annotated[str, Form()] = "") -> Response:
    _store(request).accounts.add_user(name, role, hash_password(password), display_name=display_name.strip() or None,
                                      admin_prefix=admin_prefix.strip() or None, sites=_codes(sites),
                                      actor=_user(request).name)
    return _back("/admin/users")


def _codes(text: str) -> list[str]:
    return [part for part in text.replace("，", " ").replace(",", " ").replace("、", " ").split() if part]


@router.write("/admin/users/{name}", P.USERS)
def update_user(request: Request, name: str, role: Annotated[str, Form()], active: Annotated[str, Form()] = "",
                admin_prefix: Annotated[str, Form()] = "", sites: Annotated[str, Form()] = "",
                password: Annotated[str, Form()] = "") -> Response:
    admin = _user(request)
    if name == admin.name and (role != "admin" or active != "true"):
        raise BadInput("不能撤销自己的管理员角色或停用自己")
    _store(request).accounts.update_user(
        name, actor=admin.name, role=role, active=active == "true", admin_prefix=admin_prefix.strip() or None,
        sites=_codes(sites), password_hash=hash_password(password) if password else None)
    return _back("/admin/users")
