"""The collect address guard for URLs people add to the registry in the dashboard — its one call site."""

from __future__ import annotations

from govweb.collect.guard import check_url


def address_refusal(url: str) -> str | None:
    """Why the URL may not be added (Chinese): a literal loopback, private, link-local or reserved address, or a
    `localhost` name (`collect.guard.check_url`); None otherwise. Host names are screened again on their resolved
    address whenever the crawler fetches them."""
    reason = check_url(url)
    return f"首页网址指向受限地址（{reason}），不能加入名录" if reason else None
