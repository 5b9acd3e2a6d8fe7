"""What people do to a round, shared by the pages and the API: expert scores with two evaluators and arbitration,
人工核减, vetoes raised, appeals (申诉) and their decisions, 整改 status and re-checks. Each action checks the
site scope of the user (owners: their sites; regional offices: their prefix), writes through the store (which
audits it and refuses once the round is published), then scores the site again through the campaign layer's
one seam (`rescore_round_sites`) when its score may have changed."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from govweb.app.access import in_scope, may_follow, sees_site
from govweb.app.auth import Denied
from govweb.campaign.rescore import EXPERT_VETO, VETO_WITHDRAWN, expert_input, rescore_round_sites
from govweb.errors import BadInput
from govweb.review.consensus import ARBITRATED, DISPUTED
from govweb.store import RecheckInfo, ReviewRecord, RoundInfo, SiteInfo, Store, UserInfo
from govweb.store.types import now

# What the serious-error veto covers (docs/methodology.md, 国办秘函〔2019〕19号): the evaluator picks one.
SERIOUS_ERRORS = ("严重表述错误", "泄露国家秘密", "含有反动、暴力、色情等内容或链接", "网站被挂马或篡改且未及时处置",
                  "伪造发稿日期", "引发严重负面舆情")
TEXT_MAX = 2000


class NotFound(BadInput):
    """No such site, finding, record or file (404)."""


def _text(value: str | None, what: str, *, required: bool = False) -> str | None:
    text = (value or "").strip()
    if required and not text:
        raise BadInput(f"请填写{what}")
    if len(text) > TEXT_MAX:
        raise BadInput(f"{what}不能超过 {TEXT_MAX} 个字符")
    return text or None


def _link(value: str | None) -> str | None:
    link = _text(value, "证据链接")
    if link and not link.lower().startswith(("http://", "https://")):
        raise BadInput("证据链接应以 http:// 或 https:// 开头")
    return link


def _site(store: Store, code: str) -> SiteInfo:
    site = store.site(code)
    if site is None:
        raise NotFound(f"网站名录中没有网站标识码「{code}」")
    return site


def visible_site(store: Store, user: UserInfo | None, info: RoundInfo, code: str) -> SiteInfo:
    """The site, when the user may see it in the round (pages and API alike); NotFound or Denied otherwise."""
    site = store.site(code)
    if site is None:
        raise NotFound(f"网站名录中没有网站标识码「{code}」")
    if not sees_site(user, info, site):
        raise Denied(403, "内部轮次中只能查看本单位的网站")
    return site


def registry_sites(store: Store, user: UserInfo | None, tier: str | None, search: str | None) -> list[SiteInfo]:
    """The registry as the user reads it (a regional office: the sites under its prefix; pages and API alike),
    searched: the name or URL contains the text, or it is the 网站标识码."""
    prefix = user.admin_prefix if user is not None and user.role == "regional" else None
    found = store.sites(tier=tier, admin_prefix=prefix)
    text = (search or "").strip()
    return [s for s in found if text in s.name or text == s.code or text in s.url] if text else found


def _reviewer_scope(user: UserInfo, site: SiteInfo) -> None:
    if not in_scope(user, site):
        raise Denied(403, "无权评审该网站")


def _finding_ids(store: Store, round_name: str, code: str) -> set[str]:
    return {f.finding_id for f in store.findings(round_name, site_code=code)}


def strike_finding(store: Store, user: UserInfo, round_name: str, code: str, finding_id: str,
                   reason: str | None) -> None:
    """人工核减: the finding is false; recorded as the evaluator's removal, then the site is scored again."""
    _reviewer_scope(user, _site(store, code))
    if finding_id not in _finding_ids(store, round_name, code):
        raise NotFound(f"网站「{code}」没有问题编号「{finding_id}」")
    why = _text(reason, "核减理由", required=True)
    store.record_reviews(round_name, [ReviewRecord(code, "removal", finding_id, user.name, now().date(), reason=why,
                                                   source="看板")], actor=user.name)
    rescore_round_sites(store, round_name, [code])


def reinstate_finding(store: Store, user: UserInfo, round_name: str, code: str, finding_id: str,
                      reason: str | None) -> None:
    """Undo a 人工核减: the finding counts again."""
    _reviewer_scope(user, _site(store, code))
    store.set_finding_status(round_name, code, finding_id, "open", actor=user.name,
                             reason=_text(reason, "恢复理由", required=True) or "")
    rescore_round_sites(store, round_name, [code])


def parse_score(value: str | Decimal | float | None) -> Decimal:
    try:
        score = Decimal(str(value).strip())
    except (InvalidOperation, AttributeError):
        raise BadInput(f"评分应为 0–1 之间的数，实际为「{value}」") from None
    if not score.is_finite() or not Decimal(0) <= score <= Decimal(1):
        raise BadInput(f"评分应为 0–1 之间的数，实际为「{value}」")
    return score.quantize(Decimal("0.001"))


def expert_targets(store: Store, round_name: str) -> dict[tuple[str, str], str]:
    """(kind, target) → label of what evaluators may score: every index (创新案例 above all) and every item."""
    methodology = store.round_methodology(round_name)
    targets: dict[tuple[str, str], str] = {("index", name): f"{name}指数" for name in methodology.indices}
    for index, items in (methodology.items or {}).items():
        for item in items:
            targets[("item", str(item.get("id")))] = f"{index}·{item.get('title') or item.get('id')}"
    return targets


def score(store: Store, user: UserInfo, round_name: str, code: str, kind: str, target: str,
          value: str | Decimal | float | None, *, comment: str | None = None, evidence: str | None = None) -> str:
    """An evaluator's score of an index or item (0–1). The first two evaluators score independently; a third
    may score only as the arbiter of a disputed item (difference above the methodology's threshold). Returns the
    role recorded (evaluator or arbiter)."""
    site = _site(store, code)
    _reviewer_scope(user, site)
    if (kind, target) not in expert_targets(store, round_name):
        raise BadInput(f"评估方法中没有可评分的{'指数' if kind == 'index' else '指标项'}「{target}」")
    number = parse_score(value)
    state = expert_input(store, round_name, code, store.round_methodology(round_name))
    current = state.scores.get((kind, target))
    evaluators = [s.reviewer for s in current.scores if s.role == "evaluator"] if current else []
    role = "evaluator"
    if user.name not in evaluators and len(evaluators) >= 2:
        if current is None or current.state not in (DISPUTED, ARBITRATED):
            raise BadInput("该项已有两位评估专家独立评分且差异未超过阈值，不需要仲裁")
        role = "arbiter"
    store.record_reviews(round_name, [ReviewRecord(code, kind, target, user.name, now().date(), value=number,
                                                   reason=_text(comment, "评分说明"), evidence=_link(evidence),
                                                   role=role, source="看板")], actor=user.name)
    rescore_round_sites(store, round_name, [code])
    return role


def set_veto(store: Store, user: UserInfo, round_name: str, code: str, *, raise_it: bool, reason: str | None,
             evidence: str | None, category: str | None = None) -> None:
    """Raise the serious-error veto (one of SERIOUS_ERRORS, with evidence) or withdraw it (with a reason)."""
    _reviewer_scope(user, _site(store, code))
    if raise_it and category not in SERIOUS_ERRORS:
        raise BadInput(f"请选择否决情形：{'、'.join(SERIOUS_ERRORS)}")
    why = _text(reason, "说明" if raise_it else "撤销理由", required=True)
    link = _link(evidence)
    if raise_it and not link:
        raise BadInput("提出单项否决须附证据链接")
    text = f"{category}：{why}" if raise_it else why
    store.record_reviews(round_name, [ReviewRecord(code, "veto", EXPERT_VETO, user.name, now().date(),
                                                   value=Decimal(1) if raise_it else VETO_WITHDRAWN, reason=text,
                                                   evidence=link, source="看板")], actor=user.name)
    rescore_round_sites(store, round_name, [code])


def file_appeal(store: Store, user: UserInfo, round_name: str, code: str, finding_id: str, note: str | None,
                evidence: str | None) -> None:
    """申诉: the site owner contests a finding while the round is open."""
    if not may_follow(user, _site(store, code)):
        raise Denied(403, "只能对本单位的网站提出申诉")
    if finding_id not in _finding_ids(store, round_name, code):
        raise NotFound(f"网站「{code}」没有问题编号「{finding_id}」")
    case = _text(note, "申诉理由", required=True)
    link = _link(evidence)
    store.set_appeal(round_name, code, finding_id, "pending", actor=user.name,
                     note=f"{case}（证据：{link}）" if link else case or "")


def decide_appeal(store: Store, user: UserInfo, round_name: str, code: str, finding_id: str, accept: bool,
                  reason: str | None) -> None:
    """An evaluator accepts (the finding is struck) or rejects an appeal, with the reason."""
    _reviewer_scope(user, _site(store, code))
    pending = [f for f in store.findings(round_name, site_code=code) if f.finding_id == finding_id]
    if not pending or pending[0].appeal != "pending":
        raise BadInput("该问题没有待处理的申诉")
    why = _text(reason, "处理理由", required=True) or ""
    store.set_appeal(round_name, code, finding_id, "accepted" if accept else "rejected", actor=user.name, note=why)
    if accept:
        rescore_round_sites(store, round_name, [code])


def set_rectification(store: Store, user: UserInfo, round_name: str, code: str, finding_id: str,
                      state: str | None, note: str | None) -> None:
    """整改中 / 已整改 (or back to not started) with a note; allowed after publication."""
    if not may_follow(user, _site(store, code)):
        raise Denied(403, "只能更新本单位网站的整改状态")
    if state not in (None, "in-progress", "fixed"):
        raise BadInput(f"整改状态「{state}」无效")
    store.set_rectification(round_name, code, finding_id, state, actor=user.name, note=_text(note, "整改说明"))


def request_recheck(store: Store, user: UserInfo, round_name: str, code: str, note: str | None) -> RecheckInfo:
    if not may_follow(user, _site(store, code)):
        raise Denied(403, "只能为本单位的网站申请复查")
    return store.rechecks.request(round_name, code, actor=user.name, note=_text(note, "复查说明"))
