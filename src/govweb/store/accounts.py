"""Dashboard accounts in the store: users and the sites they own, server-side sessions, API tokens and login
attempts. The store keeps hashes only — argon2 hashes of passwords (made by the app), SHA-256 of session and API
tokens — never a secret itself. Changes to users are audited."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from govweb.errors import BadInput, Problem
from govweb.store import models as m
from govweb.store.records import SessionInfo, TokenInfo, UserInfo
from govweb.store.types import now

if TYPE_CHECKING:
    from govweb.store.store import Store

_NAME_MAX = 100
_UNCHANGED = object()


class Accounts:
    """`store.accounts`: every call is its own transaction, like the store's."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- users ---------------------------------------------------------------------------------------------

    @staticmethod
    def _info(row: m.User, sites: Iterable[str]) -> UserInfo:
        return UserInfo(row.id, row.name, row.display_name, row.role, row.admin_prefix, tuple(sorted(sites)),
                        row.active, row.created_at)

    @staticmethod
    def _sites_of(session: Session, user_ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {id_: [] for id_ in user_ids}
        for user_id, code in session.execute(select(m.UserSite.user_id, m.UserSite.site_code)
                                             .where(m.UserSite.user_id.in_(user_ids))):
            found[user_id].append(code)
        return found

    @staticmethod
    def _check(name: str, role: str, admin_prefix: str | None, sites: Iterable[str] | None) -> None:
        problems = []
        if not name or len(name) > _NAME_MAX or any(c.isspace() for c in name):
            problems.append(Problem(f"用户名「{name}」应为 1–{_NAME_MAX} 个字符且不含空白"))
        if role not in m.ROLES:
            problems.append(Problem(f"角色「{role}」不是 {'、'.join(m.ROLES)} 之一"))
        if role == "regional" and not (admin_prefix and admin_prefix.isdigit() and 2 <= len(admin_prefix) <= 6):
            problems.append(Problem("地区管理员（regional）须给出 2–6 位行政区划代码前缀（如 3205 表示苏州市）"))
        if role == "owner" and not list(sites or []):
            problems.append(Problem("网站主办单位（owner）须绑定至少一个网站标识码"))
        if problems:
            raise BadInput("用户信息有误", problems)

    def add_user(self, name: str, role: str, password_hash: str, *, display_name: str | None = None,
                 admin_prefix: str | None = None, sites: Iterable[str] = (), actor: str = "govweb") -> UserInfo:
        """A new user; BadInput when the name is taken or the role's scope is missing."""
        name, codes = name.strip(), sorted({code.strip() for code in sites if code.strip()})
        self._check(name, role, admin_prefix, codes)
        stamp = now()
        with self._store._write() as session, session.begin():
            if session.scalar(select(m.User.id).where(m.User.name == name)) is not None:
                raise BadInput(f"用户「{name}」已存在")
            row = m.User(name=name, display_name=display_name, role=role, password_hash=password_hash,
                         admin_prefix=admin_prefix if role == "regional" else None, active=True, created_at=stamp,
                         updated_at=stamp)
            session.add(row)
            session.flush()
            session.add_all(m.UserSite(user_id=row.id, site_code=code) for code in codes)
            self._store._audit(session, stamp, actor, "user", "user", name, None, None, None,
                               {"role": role, "admin_prefix": row.admin_prefix, "sites": codes}, None)
            return self._info(row, codes)

    def update_user(self, name: str, *, actor: str, role: str | None = None, password_hash: str | None = None,
                    active: bool | None = None, admin_prefix: object = _UNCHANGED,
                    sites: Iterable[str] | None = None, display_name: object = _UNCHANGED) -> UserInfo:
        """Change a user; a password change or deactivation ends the user's sessions. Audited (never the hash)."""
        stamp = now()
        with self._store._write() as session, session.begin():
            row = session.scalars(select(m.User).where(m.User.name == name)).one_or_none()
            if row is None:
                raise BadInput(f"没有用户「{name}」")
            current = self._sites_of(session, [row.id])[row.id]
            codes = sorted({c.strip() for c in sites if c.strip()}) if sites is not None else sorted(current)
            new_role = role or row.role
            prefix = row.admin_prefix if admin_prefix is _UNCHANGED else admin_prefix
            assert prefix is None or isinstance(prefix, str)
            self._check(row.name, new_role, prefix, codes)
            old = {"role": row.role, "admin_prefix": row.admin_prefix, "sites": sorted(current), "active": row.active}
            row.role, row.admin_prefix = new_role, prefix if new_role == "regional" else None
            if display_name is not _UNCHANGED:
                assert display_name is None or isinstance(display_name, str)
                row.display_name = display_name
            if active is not None:
                row.active = active
            if password_hash is not None:
                row.password_hash = password_hash
            if sites is not None and codes != sorted(current):
                session.execute(delete(m.UserSite).where(m.UserSite.user_id == row.id))
                session.add_all(m.UserSite(user_id=row.id, site_code=code) for code in codes)
            row.updated_at = stamp
            if password_hash is not None or row.active is False:
                session.execute(delete(m.WebSession).where(m.WebSession.user_id == row.id))
            new = {"role": row.role, "admin_prefix": row.admin_prefix, "sites": codes, "active": row.active}
            if new != old or password_hash is not None:
                self._store._audit(session, stamp, actor, "user", "user", row.name, None, None, old,
                                   new | ({"password": "changed"} if password_hash is not None else {}), None)
            return self._info(row, codes)

    def user(self, name: str) -> UserInfo | None:
        with self._store._read() as session:
            row = session.scalars(select(m.User).where(m.User.name == name)).one_or_none()
            return None if row is None else self._info(row, self._sites_of(session, [row.id])[row.id])

    def password_hash(self, name: str) -> str | None:
        """The stored hash of an active user (for verifying a login), None for an unknown or inactive user."""
        with self._store._read() as session:
            return session.scalar(select(m.User.password_hash).where(m.User.name == name, m.User.active.is_(True)))

    def users(self) -> list[UserInfo]:
        with self._store._read() as session:
            rows = session.scalars(select(m.User).order_by(m.User.name)).all()
            sites = self._sites_of(session, [row.id for row in rows])
            return [self._info(row, sites[row.id]) for row in rows]

    def count_users(self) -> int:
        with self._store._read() as session:
            return int(session.scalar(select(func.count()).select_from(m.User)) or 0)

    # -- sessions ------------------------------------------------------------------------------------------

    def open_session(self, user: str, session_id: str, csrf: str, expires_at: datetime.datetime, *,
                     address: str | None = None, agent: str | None = None) -> None:
        stamp = now()
        with self._store._write() as session, session.begin():
            user_id = session.scalar(select(m.User.id).where(m.User.name == user, m.User.active.is_(True)))
            if user_id is None:
                raise BadInput(f"没有可用的用户「{user}」")
            session.add(m.WebSession(id=session_id, user_id=user_id, csrf=csrf, created_at=stamp,
                                     expires_at=expires_at, last_seen_at=stamp, address=(address or "")[:64] or None,
                                     agent=(agent or "")[:500] or None))

    def session(self, session_id: str, *, at: datetime.datetime | None = None) -> SessionInfo | None:
        """The live session with that id and its (active) user, or None."""
        stamp = at or now()
        with self._store._read() as session:
            found = session.execute(select(m.WebSession, m.User).join(m.User, m.User.id == m.WebSession.user_id)
                                    .where(m.WebSession.id == session_id, m.WebSession.expires_at > stamp,
                                           m.User.active.is_(True))).one_or_none()
            if found is None:
                return None
            web, user = found
            return SessionInfo(web.id, web.csrf, web.created_at, web.expires_at, web.last_seen_at,
                               self._info(user, self._sites_of(session, [user.id])[user.id]))

    def touch_session(self, session_id: str, expires_at: datetime.datetime) -> None:
        """Slide a session's expiry on activity."""
        stamp = now()
        with self._store._write() as session, session.begin():
            session.execute(update(m.WebSession).where(m.WebSession.id == session_id)
                            .values(last_seen_at=stamp, expires_at=expires_at))

    def close_session(self, session_id: str) -> None:
        with self._store._write() as session, session.begin():
            session.execute(delete(m.WebSession).where(m.WebSession.id == session_id))

    def purge_sessions(self, *, at: datetime.datetime | None = None) -> int:
        """Delete expired sessions and login attempts older than a day; returns the sessions deleted."""
        stamp = at or now()
        with self._store._write() as session, session.begin():
            result = session.execute(delete(m.WebSession).where(m.WebSession.expires_at <= stamp))
            session.execute(delete(m.LoginAttempt).where(m.LoginAttempt.at < stamp - datetime.timedelta(days=1)))
            return int(result.rowcount)  # type: ignore[attr-defined]

    # -- API tokens ----------------------------------------------------------------------------------------

    def add_token(self, user: str, label: str, token_hash: str, *, expires_at: datetime.datetime | None = None,
                  actor: str) -> TokenInfo:
        stamp = now()
        with self._store._write() as session, session.begin():
            row = session.scalars(select(m.User).where(m.User.name == user)).one_or_none()
            if row is None:
                raise BadInput(f"没有用户「{user}」")
            token = m.ApiToken(user_id=row.id, label=label.strip()[:100] or "API", token_hash=token_hash,
                               created_at=stamp, last_used_at=None, expires_at=expires_at, revoked_at=None)
            session.add(token)
            session.flush()
            self._store._audit(session, stamp, actor, "token", "api_token", f"{user}:{token.id}", None, None, None,
                               {"label": token.label}, None)
            return TokenInfo(token.id, user, token.label, token.created_at, None, expires_at, None)

    def tokens(self, user: str) -> list[TokenInfo]:
        with self._store._read() as session:
            rows = session.scalars(select(m.ApiToken).join(m.User, m.User.id == m.ApiToken.user_id)
                                   .where(m.User.name == user).order_by(m.ApiToken.id)).all()
            return [TokenInfo(t.id, user, t.label, t.created_at, t.last_used_at, t.expires_at, t.revoked_at)
                    for t in rows]

    def revoke_token(self, user: str, token_id: int, *, actor: str) -> bool:
        stamp = now()
        with self._store._write() as session, session.begin():
            user_id = session.scalar(select(m.User.id).where(m.User.name == user))
            result = session.execute(update(m.ApiToken).where(
                m.ApiToken.id == token_id, m.ApiToken.user_id == user_id, m.ApiToken.revoked_at.is_(None))
                .values(revoked_at=stamp))
            done = bool(result.rowcount)  # type: ignore[attr-defined]
            if done:
                self._store._audit(session, stamp, actor, "token", "api_token", f"{user}:{token_id}", None, None,
                                   None, {"revoked": True}, None)
            return done

    def token_user(self, token_hash: str, *, at: datetime.datetime | None = None) -> UserInfo | None:
        """The active user of a live token (not revoked, not expired); marks it used."""
        stamp = at or now()
        with self._store._read() as session:
            found = session.execute(select(m.ApiToken, m.User).join(m.User, m.User.id == m.ApiToken.user_id).where(
                m.ApiToken.token_hash == token_hash, m.ApiToken.revoked_at.is_(None), m.User.active.is_(True))
            ).one_or_none()
            if found is None or (found[0].expires_at is not None and found[0].expires_at <= stamp):
                return None
            token, user = found
            info = self._info(user, self._sites_of(session, [user.id])[user.id])
            stale = token.last_used_at is None or stamp - token.last_used_at > datetime.timedelta(minutes=5)
        if stale:  # written at most every few minutes: a read-mostly API stays read-mostly
            with self._store._write() as session, session.begin():
                session.execute(update(m.ApiToken).where(m.ApiToken.id == token.id).values(last_used_at=stamp))
        return info

    # -- login attempts ------------------------------------------------------------------------------------

    def record_login(self, name: str, address: str, success: bool, *, at: datetime.datetime | None = None) -> None:
        with self._store._write() as session, session.begin():
            session.add(m.LoginAttempt(at=at or now(), name=name[:_NAME_MAX], address=address[:64], success=success))

    def failed_logins(self, *, name: str, address: str, since: datetime.datetime) -> tuple[int, int]:
        """Failed attempts since `since`: for this name (after its last success) and from this address."""
        with self._store._read() as session:
            last_ok = session.scalar(select(func.max(m.LoginAttempt.at)).where(
                m.LoginAttempt.name == name, m.LoginAttempt.success.is_(True)))
            start = max(since, last_ok) if last_ok is not None else since
            by_name = session.scalar(select(func.count()).select_from(m.LoginAttempt).where(
                m.LoginAttempt.name == name, m.LoginAttempt.success.is_(False), m.LoginAttempt.at > start))
            by_address = session.scalar(select(func.count()).select_from(m.LoginAttempt).where(
                m.LoginAttempt.address == address, m.LoginAttempt.success.is_(False), m.LoginAttempt.at > since))
            return int(by_name or 0), int(by_address or 0)
