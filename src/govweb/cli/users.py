"""`govweb users add|list|set|passwd|token`: dashboard accounts in the store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from govweb.cli._app import DbOpt, app, out
from govweb.errors import BadInput

users_app = typer.Typer(help="看板用户：新增、列出、修改、重设密码、创建 API 令牌。", no_args_is_help=True)
app.add_typer(users_app, name="users")

NameArg = Annotated[str, typer.Argument(metavar="NAME", help="用户名（登录名）。", show_default=False)]
RoleOpt = Annotated[str, typer.Option("--role", help="角色：admin（评估办公室）、evaluator（评估专家）、regional（地区管理员）、owner（网站主办单位）、viewer（只读）。")]
SiteOpt = Annotated[list[str] | None, typer.Option("--site", help="网站主办单位负责的网站标识码（可重复）。")]
PrefixOpt = Annotated[str | None, typer.Option("--prefix", help="地区管理员的行政区划代码前缀（如 3205 表示苏州市）。")]
StdinOpt = Annotated[bool, typer.Option("--password-stdin", help="从标准输入读取密码（一行），不交互。")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise BadInput("标准输入中没有密码")
        return line
    first = typer.prompt("密码（至少 10 个字符）", hide_input=True)
    if typer.prompt("再次输入密码", hide_input=True) != first:
        raise BadInput("两次输入的密码不一致")
    return str(first)


@users_app.command("add")
def add(name: NameArg, role: RoleOpt, site: SiteOpt = None, prefix: PrefixOpt = None,
        display_name: Annotated[str | None, typer.Option("--display-name", help="显示名称（单位或姓名）。")] = None,
        password_stdin: StdinOpt = False, db: DbOpt = None) -> None:
    """新增看板用户（第一个管理员：govweb users add 名称 --role admin）。"""
    from govweb.app.auth import hash_password
    from govweb.store import open_store

    hashed = hash_password(_password(password_stdin))
    with open_store(db) as store:
        user = store.accounts.add_user(name, role, hashed, display_name=display_name, admin_prefix=prefix,
                                       sites=site or (), actor="govweb users add")
    scope = f"，地区 {user.admin_prefix}" if user.admin_prefix else (f"，网站 {'、'.join(user.sites)}" if user.sites else "")
    out.print(f"已新增用户「{user.name}」（{user.role}{scope}）。", markup=False)


@users_app.command("list")
def list_users(db: DbOpt = None) -> None:
    """列出看板用户。"""
    from govweb.store import open_store

    with open_store(db) as store:
        users = store.accounts.users()
    for user in users:
        scope = user.admin_prefix or "、".join(user.sites)
        out.print(f"{user.name}\t{user.role}\t{scope}\t{'启用' if user.active else '停用'}", markup=False)
    if not users:
        out.print("还没有用户。")


@users_app.command("set")
def set_user(name: NameArg, role: Annotated[str | None, typer.Option("--role", help="新角色。")] = None,
             site: SiteOpt = None, prefix: PrefixOpt = None,
             active: Annotated[bool | None, typer.Option("--active/--disabled", help="启用或停用。")] = None,
             db: DbOpt = None) -> None:
    """修改用户的角色、范围或状态（停用会结束其登录）。"""
    from govweb.store import open_store

    changes: dict[str, object] = {}
    if prefix is not None:
        changes["admin_prefix"] = prefix
    with open_store(db) as store:
        user = store.accounts.update_user(name, actor="govweb users set", role=role, active=active,
                                          sites=site, **changes)  # type: ignore[arg-type]
    out.print(f"已修改用户「{user.name}」（{user.role}，{'启用' if user.active else '停用'}）。", markup=False)


@users_app.command("passwd")
def passwd(name: NameArg, password_stdin: StdinOpt = False, db: DbOpt = None) -> None:
    """重设用户密码（其现有登录随之失效）。"""
    from govweb.app.auth import hash_password
    from govweb.store import open_store

    hashed = hash_password(_password(password_stdin))
    with open_store(db) as store:
        store.accounts.update_user(name, actor="govweb users passwd", password_hash=hashed)
    out.print(f"已重设用户「{name}」的密码。", markup=False)


@users_app.command("token")
def token(name: NameArg, label: Annotated[str, typer.Option("--label", help="令牌用途。")] = "API",
          db: DbOpt = None) -> None:
    """为用户创建 REST API 令牌（只显示这一次）。"""
    from govweb.app.auth import digest, new_token
    from govweb.store import open_store

    secret = new_token()
    with open_store(db) as store:
        store.accounts.add_token(name, label, digest(secret), actor="govweb users token")
    out.print(secret, markup=False)
