"""The REST API under /api/v1 (OpenAPI at /openapi.json): rounds, results, sites, findings (filterable),
reviews, and the same actions as the pages. Reads follow the pages' rules (public rounds need no login); every
write needs an API token (`Authorization: Bearer …`) and the same permission as the page; cookies never
authorise an API write, so the API needs no CSRF token."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from pydantic import BaseModel, ConfigDict, Field

from govweb.app import actions
from govweb.app.access import GuardedRouter, P, can_read_round, may_follow, round_scope, sees_site
from govweb.app.actions import NotFound
from govweb.app.auth import Denied, principal
from govweb.store import RecheckInfo, ResultFilter, RoundInfo, SiteInfo, Store
from govweb.store.browse import SORTS, VERDICT_FILTERS
from govweb.terms import VETO_RULES

MAX_PAGE = 1000
Text = Annotated[str, Field(max_length=2000)]


def guard(permission: P) -> Callable[..., Any]:
    def check(request: Request) -> None:
        who = principal(request)
        if not who.can(permission):
            raise Denied(401 if who.user is None else 403,
                         "需要登录或 API 令牌" if who.user is None else "该令牌的角色无权执行此操作")
        if request.method not in ("GET", "HEAD", "OPTIONS") and not who.token:
            raise Denied(401, "API 写操作需要 API 令牌（请求头 Authorization: Bearer 令牌）")

    return check


class ErrorOut(BaseModel):
    detail: str | list[Any] = Field(description="原因（中文）")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "请求有误（参数、评分范围、理由缺失等）"},
    401: {"model": ErrorOut, "description": "需要登录或 API 令牌"},
    403: {"model": ErrorOut, "description": "角色或网站范围无权访问"},
    404: {"model": ErrorOut, "description": "没有该轮次或网站"},
    409: {"model": ErrorOut, "description": "轮次已发布，评分已锁定"},
    429: {"model": ErrorOut, "description": "请求过多"},
}
BEARER = {"security": [{"bearer": []}]}

router = GuardedRouter(guard=guard, prefix="/api/v1", tags=["v1"], responses=ERRORS)


# -- response and request models ------------------------------------------------------------------------------

class RowOut(BaseModel):
    """A response read from one of the store's rows by attribute (`model_validate(row)`), its extra fields left out."""

    model_config = ConfigDict(from_attributes=True)


class RoundOut(BaseModel):
    name: str
    methodology: str
    methodology_version: str | None
    as_of: datetime.date
    status: Literal["open", "published"]
    internal: bool
    published_at: datetime.datetime | None


class TierOut(BaseModel):
    tier: str
    ranked: int
    passed: int
    failed: int
    unranked: int
    pass_rate: Decimal | None = Field(description="合格率，百分数")
    mean_total: Decimal | None


class RoundDetail(RoundOut):
    tiers: list[TierOut]


class ResultOut(RowOut):
    site_code: str
    site_name: str
    admin_code: str | None
    tier: str
    rank: int | None = Field(description="null：不排名（未能测量、否决不排名等）")
    total: Decimal | None
    verdict: str | None = Field(description="检查结果：合格 | 不合格")
    vetoes: list[str] = Field(description="单项否决规则编号")
    indices: dict[str, Decimal | None]
    note: str | None


class ResultPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[ResultOut]


class SiteOut(RowOut):
    code: str
    name: str
    url: str
    tiers: list[str]
    admin_code: str | None
    owner: str | None


class SitePage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[SiteOut]


class RoundSiteOut(BaseModel):
    site: SiteOut
    inspection_status: str
    inspection_reason: str | None
    results: list[ResultOut]


class FindingOut(RowOut):
    site_code: str
    finding_id: str
    check: str
    index: str | None
    type: str | None
    element: str | None
    url: str | None
    message: str
    evidence: dict[str, Any]
    status: Literal["open", "removed"]
    status_reason: str | None
    rectification: Literal["in-progress", "fixed"] | None
    rectification_note: str | None
    appeal: Literal["pending", "accepted", "rejected"] | None
    appeal_note: str | None


class FindingPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[FindingOut]


class ReviewOut(RowOut):
    site_code: str
    kind: Literal["index", "item", "removal", "veto"]
    target: str
    value: Decimal | None
    reviewer: str
    role: Literal["evaluator", "arbiter"]
    review_date: datetime.date
    reason: str | None
    evidence: str | None
    source: str | None
    recorded_at: datetime.datetime


class ScoreIn(BaseModel):
    kind: Literal["index", "item"]
    target: Annotated[str, Field(min_length=1, max_length=100, description="指数名称（如 创新案例）或指标项编号")]
    value: Annotated[float, Field(ge=0, le=1, description="0–1")]
    comment: Text | None = None
    evidence: Text | None = None


class ScoreOut(BaseModel):
    role: Literal["evaluator", "arbiter"]
    results: list[ResultOut]


class StrikeIn(BaseModel):
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


class VetoIn(BaseModel):
    action: Literal["raise", "withdraw"]
    category: Literal[actions.SERIOUS_ERRORS] | None = None  # type: ignore[valid-type]
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    evidence: Text | None = None


class AppealIn(BaseModel):
    note: Annotated[str, Field(min_length=1, max_length=2000)]
    evidence: Text | None = None


class DecisionIn(BaseModel):
    accept: bool
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


class RectificationIn(BaseModel):
    state: Literal["in-progress", "fixed"] | None
    note: Text | None = None


class RecheckIn(BaseModel):
    note: Text | None = None


class RecheckOut(BaseModel):
    id: int
    round: str
    site_code: str
    requested_by: str
    requested_at: datetime.datetime
    status: Literal["queued", "running", "done", "failed"]
    outcome: str | None
    reason: str | None
    as_of: datetime.date | None
    findings: int


class ResultsOut(BaseModel):
    results: list[ResultOut]


# -- helpers --------------------------------------------------------------------------------------------------

def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _round(request: Request, name: str) -> RoundInfo:
    info = _store(request).round(name)
    who = principal(request)
    if not can_read_round(who.user, info):
        raise Denied(401 if who.user is None else 403, f"评估轮次「{name}」为内部轮次")
    return info


def _site(request: Request, info: RoundInfo, code: str) -> SiteInfo:
    return actions.visible_site(_store(request), principal(request).user, info, code)


def _round_out(info: RoundInfo) -> dict[str, Any]:
    return {"name": info.name, "methodology": info.methodology_name, "methodology_version": info.methodology_version,
            "as_of": info.as_of, "status": info.status, "internal": info.internal,
            "published_at": info.published_at}


def _recheck_out(r: RecheckInfo) -> RecheckOut:
    return RecheckOut(id=r.id, round=r.round_name, site_code=r.site_code, requested_by=r.requested_by,
                      requested_at=r.requested_at, status=r.status, outcome=r.outcome, reason=r.reason,
                      as_of=r.as_of, findings=len(r.findings))


def _writer(request: Request) -> Any:
    user = principal(request).user
    assert user is not None  # the guard let only a token's user through
    return user


def _act(request: Request, round_name: str, action: Callable[..., Any], code: str, *args: Any, **kwargs: Any) -> Any:
    """One of `actions`, done as the token's user on a site of a round the caller may read."""
    _round(request, round_name)
    return action(_store(request), _writer(request), round_name, code, *args, **kwargs)


def _site_results(request: Request, round_name: str, code: str) -> list[ResultOut]:
    return [ResultOut.model_validate(r) for r in _store(request).browse.site_results(round_name, code)]


# -- reads ----------------------------------------------------------------------------------------------------

@router.read("/rounds", P.PUBLIC, response_model=list[RoundOut], summary="评估轮次")
def rounds(request: Request) -> list[dict[str, Any]]:
    user = principal(request).user
    return [_round_out(r) for r in _store(request).rounds() if can_read_round(user, r)]


@router.read("/rounds/{round_name}", P.PUBLIC, response_model=RoundDetail, summary="评估轮次及各级别合格率")
def round_detail(request: Request, round_name: str) -> dict[str, Any]:
    info = _round(request, round_name)
    codes, prefix = round_scope(principal(request).user, info)
    tiers = [] if codes is not None or prefix else _store(request).browse.tier_summary(round_name)
    return {**_round_out(info), "tiers": [
        TierOut(tier=t.key, ranked=t.ranked, passed=t.passed, failed=t.failed, unranked=t.unranked,
                pass_rate=t.pass_rate, mean_total=t.mean_total) for t in tiers]}


@router.read("/rounds/{round_name}/results", P.PUBLIC, response_model=ResultPage, summary="某级别的结果（可筛选、排序、分页）")
def results(request: Request, round_name: str, tier: Annotated[str, Query(max_length=32)],
            region: Annotated[str | None, Query(pattern=r"^\d{1,6}$")] = None,
            verdict: Annotated[Literal[VERDICT_FILTERS] | None, Query()] = None,  # type: ignore[valid-type]
            veto: Annotated[Literal[tuple(VETO_RULES)] | None, Query()] = None,  # type: ignore[valid-type]
            q: Annotated[str | None, Query(max_length=100)] = None,
            sort: Annotated[Literal[SORTS], Query()] = "rank",  # type: ignore[valid-type]
            desc: bool = False, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
            offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> ResultPage:
    info = _round(request, round_name)
    codes, prefix = round_scope(principal(request).user, info)
    if prefix and not (region or "").startswith(prefix):
        region = prefix
    rows, count = _store(request).browse.results_page(
        round_name, ResultFilter(tier, region=region, verdict=verdict, veto=veto, search=(q or "").strip() or None,
                                 sites=codes, sort=sort, descending=desc), limit=limit, offset=offset)
    return ResultPage(total=count, offset=offset, limit=limit, items=[ResultOut.model_validate(r) for r in rows])


@router.read("/rounds/{round_name}/sites/{code}", P.PUBLIC, response_model=RoundSiteOut, summary="网站在某轮次中的结果")
def round_site(request: Request, round_name: str, code: str) -> RoundSiteOut:
    info = _round(request, round_name)
    site = _site(request, info, code)
    inspection = _store(request).inspection(round_name, code)
    if inspection is None:
        raise NotFound(f"网站「{code}」不在评估轮次「{round_name}」中")
    return RoundSiteOut(site=SiteOut.model_validate(site), inspection_status=inspection.status,
                        inspection_reason=inspection.reason, results=_site_results(request, round_name, code))


@router.read("/rounds/{round_name}/findings", P.PUBLIC, response_model=FindingPage, summary="问题（可按检查、栏目类型、要素、指数、状态、网站筛选）")
def findings(request: Request, round_name: str, check: Annotated[str | None, Query(max_length=64)] = None,
             type: Annotated[str | None, Query(max_length=64)] = None,
             element: Annotated[str | None, Query(max_length=64)] = None,
             index: Annotated[str | None, Query(max_length=32)] = None,
             status: Literal["open", "removed"] | None = None,
             rectification: Literal["in-progress", "fixed"] | None = None,
             site: Annotated[str | None, Query(max_length=32)] = None,
             limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
             offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> FindingPage:
    info = _round(request, round_name)
    store = _store(request)
    codes, prefix = round_scope(principal(request).user, info)
    if prefix:
        codes = tuple(s.code for s in store.sites(admin_prefix=prefix))
    filters = {"check": check, "type": type, "element": element, "index": index, "status": status,
               "rectification": rectification, "site_code": site}
    if codes is not None and site is None:
        rows = [f for code in codes for f in store.findings(round_name, **{**filters, "site_code": code})]
        return FindingPage(total=len(rows), offset=offset, limit=limit,
                           items=[FindingOut.model_validate(f) for f in rows[offset:offset + limit]])
    if codes is not None and site not in codes:
        raise Denied(403, "内部轮次中只能查看本单位的网站")
    rows = store.findings(round_name, **filters, limit=limit, offset=offset)
    return FindingPage(total=store.browse.count_findings(round_name, **filters), offset=offset, limit=limit,
                       items=[FindingOut.model_validate(f) for f in rows])


@router.read("/rounds/{round_name}/reviews", P.PUBLIC, response_model=list[ReviewOut], summary="专家评审记录")
def reviews(request: Request, round_name: str, site: Annotated[str | None, Query(max_length=32)] = None) -> list[ReviewOut]:
    info = _round(request, round_name)
    codes, prefix = round_scope(principal(request).user, info)
    store = _store(request)
    if site is not None:
        _site(request, info, site)
    rows = store.reviews(round_name, site_code=site)
    if codes is not None or prefix:
        visible = {code for code in {r.site_code for r in rows}
                   if (s := store.site(code)) is not None and sees_site(principal(request).user, info, s)}
        rows = [r for r in rows if r.site_code in visible]
    return [ReviewOut.model_validate(r) for r in rows]


@router.read("/sites", P.REGISTRY_READ, response_model=SitePage, summary="网站名录")
def sites(request: Request, tier: Annotated[str | None, Query(max_length=32)] = None,
          q: Annotated[str | None, Query(max_length=100)] = None,
          limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
          offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> SitePage:
    found = actions.registry_sites(_store(request), principal(request).user, tier, q)
    return SitePage(total=len(found), offset=offset, limit=limit,
                    items=[SiteOut.model_validate(s) for s in found[offset:offset + limit]])


@router.read("/sites/{code}", P.REGISTRY_READ, response_model=SiteOut, summary="网站")
def site(request: Request, code: str) -> SiteOut:
    found = _store(request).site(code)
    user = principal(request).user
    if found is None or (user is not None and user.role == "regional"
                         and not (found.admin_code or "").startswith(user.admin_prefix or "")):
        raise NotFound(f"网站名录中没有网站标识码「{code}」")
    return SiteOut.model_validate(found)


@router.read("/rounds/{round_name}/sites/{code}/rechecks", P.FOLLOW_UP, response_model=list[RecheckOut],
             summary="整改复查")
def rechecks(request: Request, round_name: str, code: str) -> list[RecheckOut]:
    info = _round(request, round_name)
    site = _site(request, info, code)
    if not may_follow(principal(request).user, site):
        raise Denied(403, "只能查看本单位网站的复查")
    return [_recheck_out(r) for r in _store(request).rechecks.of_site(round_name, code)]


# -- writes (API token) ---------------------------------------------------------------------------------------

@router.write("/rounds/{round_name}/sites/{code}/scores", P.REVIEW, response_model=ScoreOut, openapi_extra=BEARER,
              summary="录入专家评分（两人独立评分，差异超过阈值时第三人仲裁）")
def post_score(request: Request, round_name: str, code: str, body: ScoreIn) -> ScoreOut:
    role = _act(request, round_name, actions.score, code, body.kind, body.target, body.value,
                comment=body.comment, evidence=body.evidence)
    return ScoreOut(role=role, results=_site_results(request, round_name, code))


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/strike", P.REVIEW, response_model=ResultsOut, openapi_extra=BEARER,
              summary="人工核减")
def post_strike(request: Request, round_name: str, code: str, finding_id: str, body: StrikeIn) -> ResultsOut:
    _act(request, round_name, actions.strike_finding, code, finding_id, body.reason)
    return ResultsOut(results=_site_results(request, round_name, code))


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/reinstate", P.REVIEW, openapi_extra=BEARER,
              response_model=ResultsOut, summary="撤销人工核减")
def post_reinstate(request: Request, round_name: str, code: str, finding_id: str, body: StrikeIn) -> ResultsOut:
    _act(request, round_name, actions.reinstate_finding, code, finding_id, body.reason)
    return ResultsOut(results=_site_results(request, round_name, code))


@router.write("/rounds/{round_name}/sites/{code}/veto", P.REVIEW, response_model=ResultsOut, openapi_extra=BEARER,
              summary="提出或撤销单项否决（严重表述错误等）")
def post_veto(request: Request, round_name: str, code: str, body: VetoIn) -> ResultsOut:
    _act(request, round_name, actions.set_veto, code, raise_it=body.action == "raise",
         reason=body.reason, evidence=body.evidence, category=body.category)
    return ResultsOut(results=_site_results(request, round_name, code))


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/appeal", P.FOLLOW_UP, openapi_extra=BEARER,
              response_model=FindingOut, summary="提出申诉")
def post_appeal(request: Request, round_name: str, code: str, finding_id: str, body: AppealIn) -> FindingOut:
    _act(request, round_name, actions.file_appeal, code, finding_id, body.note, body.evidence)
    return _one_finding(request, round_name, code, finding_id)


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/appeal/decision", P.REVIEW, openapi_extra=BEARER,
              response_model=FindingOut, summary="处理申诉")
def post_decision(request: Request, round_name: str, code: str, finding_id: str, body: DecisionIn) -> FindingOut:
    _act(request, round_name, actions.decide_appeal, code, finding_id, body.accept, body.reason)
    return _one_finding(request, round_name, code, finding_id)


@router.write("/rounds/{round_name}/sites/{code}/findings/{finding_id}/rectification", P.FOLLOW_UP, openapi_extra=BEARER,
              response_model=FindingOut, summary="整改状态")
def post_rectification(request: Request, round_name: str, code: str, finding_id: str,
                       body: RectificationIn) -> FindingOut:
    _act(request, round_name, actions.set_rectification, code, finding_id, body.state, body.note)
    return _one_finding(request, round_name, code, finding_id)


@router.write("/rounds/{round_name}/sites/{code}/rechecks", P.FOLLOW_UP, response_model=RecheckOut,
              status_code=202, openapi_extra=BEARER, summary="申请复查")
def post_recheck(request: Request, round_name: str, code: str, body: RecheckIn) -> RecheckOut:
    found = _act(request, round_name, actions.request_recheck, code, body.note)
    store = _store(request)
    if not request.app.state.jobs.submit(found.id):
        store.rechecks.fail(found.id, "复查队列已满，请稍后再申请")
    latest = store.rechecks.get(found.id)
    assert latest is not None
    return _recheck_out(latest)


def _one_finding(request: Request, round_name: str, code: str, finding_id: str) -> FindingOut:
    for f in _store(request).findings(round_name, site_code=code):
        if f.finding_id == finding_id:
            return FindingOut.model_validate(f)
    raise NotFound(f"网站「{code}」没有问题编号「{finding_id}」")
