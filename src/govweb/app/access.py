"""THE authorization matrix: every page and API route declares one permission, and this module alone says which
roles hold it and which sites a role may act on. Routes are registered through `GuardedRouter`, which refuses a
route without a permission, so nothing is reachable unchecked (tests/app/test_access.py walks every route × role).

Roles: admin (the evaluation office: runs rounds, publishes, manages users), evaluator (expert review, the
registry), regional (a regional office: sees and follows up every site under its 行政区划代码 prefix), owner (a
site's operator: its own 网站标识码 only), viewer (reads everything, changes nothing), and anonymous (public
results only).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Depends

from govweb.store import RoundInfo, SiteInfo, UserInfo

ANONYMOUS = "anonymous"
ROLES = ("admin", "evaluator", "regional", "owner", "viewer")
ROLE_LABELS = {"admin": "管理员（评估办公室）", "evaluator": "评估专家", "regional": "地区管理员",
               "owner": "网站主办单位", "viewer": "只读用户", ANONYMOUS: "未登录"}


class P(StrEnum):
    """Permissions, one per kind of route."""

    PUBLIC = "public"                    # published results of public rounds, methodology, login page
    SIGNED_IN = "signed-in"              # one's own account: logout, password, API tokens
    READ_INTERNAL = "read-internal"      # results of internal rounds (checked per round, see `can_read_round`)
    REGISTRY_READ = "registry-read"      # the site registry
    REGISTRY_WRITE = "registry-write"    # add, edit, import sites
    REVIEW = "review"                    # expert scores, 人工核减, vetoes raised, arbitration, appeal decisions
    FOLLOW_UP = "follow-up"              # 整改: status, notes, re-checks, appeals filed (own sites only)
    ROUND_ADMIN = "round-admin"          # publish, internal/public
    USERS = "users"                      # manage accounts


MATRIX: dict[P, frozenset[str]] = {
    P.PUBLIC: frozenset({ANONYMOUS, *ROLES}),
    P.SIGNED_IN: frozenset(ROLES),
    P.READ_INTERNAL: frozenset(ROLES),
    P.REGISTRY_READ: frozenset({"admin", "evaluator", "regional", "viewer"}),
    P.REGISTRY_WRITE: frozenset({"admin", "evaluator"}),
    P.REVIEW: frozenset({"admin", "evaluator"}),
    P.FOLLOW_UP: frozenset({"admin", "regional", "owner"}),
    P.ROUND_ADMIN: frozenset({"admin"}),
    P.USERS: frozenset({"admin"}),
}
# Roles that hold a permission only on some sites (`in_scope`): everyone else holds it on every site.
SCOPED_ROLES = frozenset({"regional", "owner"})


def role_of(user: UserInfo | None) -> str:
    return user.role if user is not None and user.active else ANONYMOUS


def allowed(user: UserInfo | None, permission: P) -> bool:
    return role_of(user) in MATRIX[permission]


def in_scope(user: UserInfo | None, site: SiteInfo | None, code: str | None = None) -> bool:
    """Whether the user may act on the site: owners on their 网站标识码, regional offices under their prefix,
    the other signed-in roles on every site."""
    role = role_of(user)
    if role == ANONYMOUS or user is None:
        return False
    if role == "owner":
        return (code or (site.code if site else None)) in user.sites
    if role == "regional":
        admin_code = site.admin_code if site else None
        return bool(user.admin_prefix and admin_code and admin_code.startswith(user.admin_prefix))
    return True


def may_follow(user: UserInfo | None, site: SiteInfo | None) -> bool:
    """整改 follow-up of this site (status, notes, re-checks, appeals)."""
    return allowed(user, P.FOLLOW_UP) and in_scope(user, site)


def can_read_round(user: UserInfo | None, info: RoundInfo) -> bool:
    """A public round's results are public; an internal round's need a signed-in user."""
    return not info.internal or allowed(user, P.READ_INTERNAL)


def sees_every_site(user: UserInfo | None) -> bool:
    return role_of(user) not in SCOPED_ROLES


def round_scope(user: UserInfo | None, info: RoundInfo) -> tuple[tuple[str, ...] | None, str | None]:
    """Which sites of the round the user sees: (site codes, or None for all; a region prefix, or None). A public
    round is public; in an internal round owners see their sites and regional offices their region only."""
    if not info.internal or user is None or sees_every_site(user):
        return None, None
    return (user.sites, None) if user.role == "owner" else (None, user.admin_prefix)


def sees_site(user: UserInfo | None, info: RoundInfo, site: SiteInfo) -> bool:
    codes, prefix = round_scope(user, info)
    if codes is not None and site.code not in codes:
        return False
    return not prefix or (site.admin_code or "").startswith(prefix)


class GuardedRouter(APIRouter):
    """An APIRouter whose routes must each name a permission (`permission=P.…`): it adds the check as a
    dependency and records it on the route (`openapi_extra["x-permission"]`) for the matrix test."""

    def __init__(self, *, guard: Callable[[P], Callable[..., Any]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard

    def add_api_route(self, path: str, endpoint: Callable[..., Any], *, permission: P | None = None,
                      **kwargs: Any) -> None:
        if permission is None:
            raise TypeError(f"route {path} declares no permission (see govweb.app.access)")
        kwargs["dependencies"] = [Depends(self._guard(permission)), *(kwargs.get("dependencies") or [])]
        kwargs["openapi_extra"] = {**(kwargs.get("openapi_extra") or {}), "x-permission": permission.value}
        super().add_api_route(path, endpoint, **kwargs)

    def route_for(self, method: str, path: str, permission: P, **kwargs: Any) -> Callable[[Any], Any]:
        def register(endpoint: Callable[..., Any]) -> Callable[..., Any]:
            self.add_api_route(path, endpoint, methods=[method], permission=permission, **kwargs)
            return endpoint
        return register

    def read(self, path: str, permission: P, **kwargs: Any) -> Callable[[Any], Any]:
        return self.route_for("GET", path, permission, **kwargs)

    def write(self, path: str, permission: P, **kwargs: Any) -> Callable[[Any], Any]:
        return self.route_for("POST", path, permission, **kwargs)
