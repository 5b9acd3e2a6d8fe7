"""Local sample government websites for tests, benchmarks and demos.

`build(dir)` writes realistic sites in six CMS template families (with planted defects and a ground truth),
`serve(dir)` serves them all on one port by Host header; `build_large_site` / `nginx_server` make a big static site
for the crawler benchmark.
"""

from __future__ import annotations

from govweb.samplesites.build import DEFAULT_AS_OF, BuildResult, build, with_port
from govweb.samplesites.large import build_large_site, nginx_server
from govweb.samplesites.server import SampleServer, SiteRecord, serve
from govweb.samplesites.specs import HELD_OUT_FAMILIES

__all__ = [
    "DEFAULT_AS_OF", "HELD_OUT_FAMILIES", "BuildResult", "SampleServer", "SiteRecord", "build", "build_large_site",
    "nginx_server", "serve", "with_port",
]
