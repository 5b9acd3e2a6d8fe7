"""`govweb worker --broker redis://…`: this process becomes a Celery worker that inspects a round's sites."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import DbOpt, app
from govweb.errors import BadInput


@app.command("worker")
def worker_cmd(
    broker: Annotated[str, typer.Option("--broker", help="消息代理地址 redis://主机:端口/库（与 govweb evaluate --broker 相同）。")],
    concurrency: Annotated[int | None, typer.Option("--concurrency", min=1, help="同时检查的网站数，默认为本机 CPU 核数。")] = None,
    db: DbOpt = None,
    folder: Annotated[Path | None, typer.Option("--folder", help="共享的评估轮次目录在本机的路径（执行者在其他机器上时给出）；默认与 evaluate 相同。")] = None,
    name: Annotated[str | None, typer.Option("--name", help="执行者名称（默认 celery@主机名）。")] = None,
) -> None:
    """启动执行者：从消息代理领取评估轮次中的网站并检查（同一台机器只需 --broker；其他机器另给 --db 与 --folder）。"""
    from govweb.workers import run_worker

    if not broker.startswith(("redis://", "rediss://")):
        raise BadInput(f"--broker 应为 redis://主机:端口/库，实际为「{broker}」")
    if folder is not None and not folder.is_dir():
        raise BadInput(f"找不到评估轮次目录 {folder}")
    store_url = None
    if db is not None:
        from govweb.store import resolve_url

        store_url = resolve_url(db).render_as_string(hide_password=False)
    run_worker(broker, concurrency=concurrency or os.cpu_count() or 1, db=store_url,
               folder=folder.resolve() if folder else None, name=name)
