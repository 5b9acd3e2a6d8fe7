"""Crawl scope and URL classification (URL forms and canonical keys: `govweb.urlnorm`)."""

from __future__ import annotations

from dataclasses import dataclass

from govweb.urlnorm import host_of, on_site_platform


def extension_of(url: str) -> str:
    """The lower-case file extension of a URL's path ('' for none)."""
    slash = url.find("/", url.find("//") + 2)
    if slash < 0:
        return ""
    name = url[slash:].split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@dataclass(frozen=True)
class Scope:
    """Where a crawl stays: the seed's host (without a leading www.), its subdomains if asked, extras, and the site's
    section of a shared platform of its gov.cn domain when `site` is set (`govweb.urlnorm.on_site_platform`)."""

    roots: tuple[str, ...]
    include_subdomains: bool = True
    site: str = ""  # the seed, for the site's platform section ('' = hosts only)

    @classmethod
    def for_seed(cls, seed: str, include_subdomains: bool = True, extra_hosts: tuple[str, ...] = (),
                 include_platform: bool = True) -> Scope:
        host = host_of(seed)
        root = host[4:] if host.startswith("www.") and host.count(".") >= 2 else host
        return cls(tuple(dict.fromkeys([root, host, *(h.lower() for h in extra_hosts)])), include_subdomains,
                   seed if include_platform else "")

    def contains(self, url: str) -> bool:
        host = host_of(url)
        for root in self.roots:
            if host == root or (self.include_subdomains and host.endswith("." + root)):
                return True
        return bool(self.site) and on_site_platform(self.site, url)
