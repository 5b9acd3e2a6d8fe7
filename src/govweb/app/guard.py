"""The collect address guard for URLs people add to the registry in the dashboard — the ONE call site.

SWITCH WHEN BRANCH `guard` LANDS: `govweb.collect.guard.check_url(url, policy)` (the reason a literal address
or a `localhost` name is refused, or None) replaces the stand-in below; host names are screened again on their
resolved address when the crawler fetches them.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def address_refusal(url: str) -> str | None:
    """Why the URL may not be added (Chinese), or None."""
    try:
        from govweb.collect.guard import check_url  # the collect address guard, once it is on main
    except ImportError:
        return _literal_refusal(url)
    return check_url(url)


def _literal_refusal(url: str) -> str | None:
    """Stand-in until the guard lands: refuse loopback, private, link-local, multicast, reserved and
    unspecified literal addresses and `localhost` names."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return f"首页网址的主机「{host}」指向本机，不能加入名录"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if not address.is_global:
        return f"首页网址的地址「{host}」是本机、内网或保留地址，不能加入名录"
    return None
