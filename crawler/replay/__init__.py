"""The local replay of the sector's sites, served on 127.0.0.1 for the demo and the tests.

Each outlet lives under a path prefix (`/communitycare/...`); pages carry their real
canonical URLs, so what is stored does not depend on the port the replay happens to use.
"""

from crawler.replay.server import (
    DEFAULT_PORT,
    PLACEHOLDER_ORIGIN,
    SITE_ROOT,
    ReplayServer,
    resolve_path,
)

__all__ = ["DEFAULT_PORT", "PLACEHOLDER_ORIGIN", "SITE_ROOT", "ReplayServer", "resolve_path"]
