"""Crawl scope and URL classification (URL forms and canonical keys: `govweb.urlnorm`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from govweb.urlnorm import (
    SiteFolders,
    folder_of,
    folder_path,
    gov_domain,
    host_of,
    names_a_site,
    on_site_platform,
    try_canonical,
    without_query_and_fragment,
)

BASE = "base"  # a folder adopted because the homepage's <base href> names it
NAV = "nav"  # … because most of the homepage's navigation leads into it
MIN_NAV_LINKS = 3  # distinct navigation links into one folder of another host before it is the site's


def extension_of(url: str) -> str:
    """The lower-case file extension of a URL's path ('' for none)."""
    slash = url.find("/", url.find("//") + 2)
    if slash < 0:
        return ""
    name = without_query_and_fragment(url[slash:]).rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@dataclass(frozen=True)
class Scope:
    """Where a crawl stays: the seed's host (without a leading www.), its subdomains if asked, extras, the site's
    section of a shared platform of its gov.cn domain when `site` is set (`govweb.urlnorm.on_site_platform`), and
    folders of other hosts the homepage showed to hold the site's documents (`folders`: URL prefixes such as
    `http://www.county.gov.cn/xqz/`, matched on host and path, any scheme or port: `govweb.urlnorm.SiteFolders`, the
    checks' rule too; see `site_folder`)."""

    roots: tuple[str, ...]
    include_subdomains: bool = True
    site: str = ""  # the seed, for the site's platform section ('' = hosts only)
    folders: tuple[str, ...] = ()
    _folders: SiteFolders = field(init=False, repr=False, compare=False, default=SiteFolders())

    def __post_init__(self) -> None:
        object.__setattr__(self, "_folders", SiteFolders.of(self.folders))

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
        if self._folders.contains(url):
            return True
        return bool(self.site) and on_site_platform(self.site, url, self._folders.names)


def site_folder(homepage: str, base: str | None, nav: Iterable[str], scope: Scope) -> tuple[str, str] | None:
    """The folder of another host that the homepage shows to be the site's own, as (folder URL, BASE or NAV), or
    None. Only another host of the homepage's registrable gov.cn domain, never its root folder nor a folder named as
    a kind of page or a platform (`/xxgk/`, `/www/`), and never one already in scope:

    * BASE — the folder its `<base href>` names (`xq.county.gov.cn` serving a homepage whose relative links all
      resolve into `www.county.gov.cn/xqz/`): the site's documents live there;
    * NAV — the folder (down to its first folder naming a site, within the first three) that at least MIN_NAV_LINKS
      distinct navigation links lead into, when those are more than half of the homepage's distinct navigation
      links: a township whose menu opens `/xqz/zwdt/`, `/xqz/tzgg/`, `/xqz/zcwj/` of the county's host. Headlines
      of the county's news a homepage lists are no navigation, and a menu of the site's own columns outweighs a few
      links to the county."""
    domain = gov_domain(host_of(homepage))
    if domain is None:
        return None
    if base:
        folder = folder_of(base)
        if _foreign(folder, domain, scope) and _names_a_site(folder):
            return folder, BASE
    counts: dict[str, set[str]] = {}
    keys: set[str] = set()
    for url in nav:
        key = try_canonical(url)
        if key is None:
            continue
        keys.add(key)
        if not _foreign(url, domain, scope):
            continue
        folder = _named_folder(url)
        if folder:
            counts.setdefault(folder, set()).add(key)
    if not counts:
        return None
    folder, into = max(counts.items(), key=lambda item: (len(item[1]), item[0]))
    if len(into) >= MIN_NAV_LINKS and 2 * len(into) > len(keys):
        return folder, NAV
    return None


def _foreign(url: str, domain: str, scope: Scope) -> bool:
    """Whether `url` is on another host of the gov.cn `domain`, out of scope."""
    return url.startswith(("http://", "https://")) and gov_domain(host_of(url)) == domain and not scope.contains(url)


def _names_a_site(folder: str) -> bool:
    """A folder URL below the root whose innermost folder could name a site."""
    segments = [s for s in folder_path(folder).split("/") if s]
    return bool(segments) and names_a_site(segments[-1])


def _named_folder(url: str) -> str | None:
    """The URL of the folder of `url` down to its first folder (of the first three) that could name a site."""
    folder = folder_of(url)
    origin = folder[: folder.find("/", folder.find("//") + 2)]
    segments = [s for s in folder[len(origin):].split("/") if s]
    for i, segment in enumerate(segments[:3]):
        if names_a_site(segment):
            return origin + "/" + "/".join(segments[: i + 1]) + "/"
    return None
