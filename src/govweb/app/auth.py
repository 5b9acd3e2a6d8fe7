"""Who is asking, and may they: passwords (argon2 through pwdlib), server-side sessions in the store, CSRF
tokens, API bearer tokens, and a login rate limit.

* Sessions: the browser holds a random 256-bit token in an HttpOnly, SameSite=Lax cookie; the store keeps only
  its SHA-256 with the user, an expiry (sliding, at most `absolute_hours` after login) and the session's CSRF token.
  Logging out or changing a password deletes it server-side.
* CSRF: every form carries the session's token (`csrf_token` field, or the `X-CSRF-Token` header HTMX sends);
  a POST without the right one is refused (403). Before login, the login form uses a double-submit cookie.
* API: writes need `Authorization: Bearer <token>` (tokens hashed in the store, shown once); cookies never
  authorise an API write, so the API needs no CSRF token.
* Login: at most `LOGIN_FAILURES_PER_NAME` failures per name and `LOGIN_FAILURES_PER_ADDRESS` per address within
  `LOGIN_WINDOW`, then 429; an unknown name costs the same hash verification as a known one.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from fastapi import Request
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from govweb.app.access import P, allowed
from govweb.errors import BadInput
from govweb.store import SessionInfo, Store, UserInfo
from govweb.store.types import now

SESSION_COOKIE = "govweb_session"
CSRF_COOKIE = "govweb_csrf"            # the anonymous login form's double-submit token
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOGIN_WINDOW = datetime.timedelta(minutes=15)
LOGIN_FAILURES_PER_NAME = 5
LOGIN_FAILURES_PER_ADDRESS = 20
PASSWORD_MIN = 10
TOUCH_EVERY = datetime.timedelta(minutes=5)   # a session's expiry slides at most this often (one write)

_hasher = PasswordHash((Argon2Hasher(),))
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class Denied(Exception):
    """The request may not go on: 401 (sign in first), 403 (not allowed), 429 (too many attempts)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def hash_password(password: str) -> str:
    if len(password) < PASSWORD_MIN:
        raise BadInput(f"密码至少 {PASSWORD_MIN} 个字符")
    return _hasher.hash(password)


def verify_password(password: str, stored: str | None) -> bool:
    """Constant work whether or not the user exists."""
    ok = _hasher.verify(password, stored or _DUMMY_HASH)
    return ok and stored is not None


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Principal:
    """The user behind a request (None: anonymous), how they proved it, and the CSRF token their forms carry."""

    user: UserInfo | None
    session: SessionInfo | None = None
    token: bool = False                       # authenticated by an API bearer token
    csrf: str = ""

    @property
    def name(self) -> str:
        return self.user.name if self.user else "anonymous"

    def can(self, permission: P) -> bool:
        return allowed(self.user, permission)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def principal(request: Request) -> Principal:
    """The request's user, from a bearer token (API) or the session cookie; computed once per request."""
    cached: Principal | None = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    store = _store(request)
    anonymous_csrf = request.cookies.get(CSRF_COOKIE)
    if not anonymous_csrf:  # set as a cookie on the response (server.py): the login form's double-submit token
        anonymous_csrf = request.state.new_csrf = new_token()
    found = Principal(None, csrf=anonymous_csrf)
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = store.accounts.token_user(digest(header[7:].strip()))
        if user is None:
            raise Denied(401, "API 令牌无效、已过期或已撤销")
        found = Principal(user, token=True)
    elif token := request.cookies.get(SESSION_COOKIE):
        session = store.accounts.session(digest(token))
        if session is not None:
            found = Principal(session.user, session=session, csrf=session.csrf)
            settings = request.app.state.settings
            stamp = now()
            if stamp - session.last_seen_at > TOUCH_EVERY:
                store.accounts.touch_session(session.id, min(stamp + settings.session_idle,
                                                             session.created_at + settings.session_absolute))
    request.state.principal = found
    return found


async def check_csrf(request: Request, who: Principal) -> None:
    """A form POST must carry the session's CSRF token (or, before login, the double-submit cookie's)."""
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    expected = who.csrf if who.session is not None else request.cookies.get(CSRF_COOKIE, "")
    if not sent or not expected or not secrets.compare_digest(sent, expected):
        raise Denied(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试")


def open_session(store: Store, user: UserInfo, request: Request, idle: datetime.timedelta) -> tuple[str, str]:
    """A new session for the user: (the cookie's token, the CSRF token)."""
    token, csrf = new_token(), new_token()
    store.accounts.open_session(user.name, digest(token), csrf, now() + idle, address=client_address(request),
                                agent=request.headers.get("user-agent"))
    return token, csrf


def login(store: Store, name: str, password: str, address: str) -> UserInfo:
    """The user when the password is right; Denied(429) over the rate limit, Denied(401) otherwise."""
    name = name.strip()[:100]
    by_name, by_address = store.accounts.failed_logins(name=name, address=address, since=now() - LOGIN_WINDOW)
    if by_name >= LOGIN_FAILURES_PER_NAME or by_address >= LOGIN_FAILURES_PER_ADDRESS:
        raise Denied(429, f"登录失败次数过多，请 {LOGIN_WINDOW.seconds // 60} 分钟后再试")
    ok = verify_password(password, store.accounts.password_hash(name))
    store.accounts.record_login(name, address, ok)
    user = store.accounts.user(name) if ok else None
    if user is None:
        raise Denied(401, "用户名或密码错误")
    return user
