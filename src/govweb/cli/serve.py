"""`govweb serve`: the web dashboard and REST API over the store (uvicorn)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import DbOpt, app, err, out


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="监听地址（默认只在本机）。")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="端口。")] = 8000,
    data: Annotated[Path, typer.Option("--data", help="复查检查结果的存放目录。")] = Path("govweb-data"),
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="只通过 HTTPS 发送登录 Cookie（部署在 HTTPS 之后时使用）。")] = False,
    resolve: Annotated[list[str] | None, typer.Option("--resolve", help="复查抓取时把主机名解析到指定地址 HOST:PORT:ADDR（可重复）。")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="进程数（多核机器上提高并发能力）。")] = 1,
) -> None:
    """启动评估看板与 REST API（/api/v1，说明见 /openapi.json）。"""
    import uvicorn

    from govweb.app import AppSettings, create_app
    from govweb.store import open_store

    store = open_store(db)
    if store.accounts.count_users() == 0:
        err.print("提示：还没有用户。用 govweb users add 名称 --role admin 创建第一个管理员；公开轮次无需登录即可查看。",
                  soft_wrap=True)
    settings = AppSettings(data_dir=data.resolve(), secure_cookies=secure_cookies, recheck_resolve=tuple(resolve or ()))
    out.print(f"评估看板：http://{host if ':' not in host else f'[{host}]'}:{port}/  （数据库 {store.display_url}，"
              f"{workers} 个进程）", markup=False, soft_wrap=True)
    if workers > 1:  # each worker process opens the store itself (uvicorn's factory)
        import json
        import os

        from govweb.app.server import SERVE_ENV
        from govweb.store import ENV_VAR

        os.environ[ENV_VAR] = store.url.render_as_string(hide_password=False)
        os.environ[SERVE_ENV] = json.dumps({"data_dir": str(settings.data_dir), "secure_cookies": secure_cookies,
                                            "recheck_resolve": list(settings.recheck_resolve)})
        store.close()
        uvicorn.run("govweb.app.server:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", proxy_headers=False)
        return
    try:
        uvicorn.run(create_app(store, settings), host=host, port=port, log_level="warning", proxy_headers=False)
    finally:
        store.close()
