"""The local replay of the sector's sites, served on 127.0.0.1.

The demo and the tests crawl it instead of the internet. Each outlet lives under a path
prefix (`/communitycare/...`); pages carry their real canonical URLs, so what is stored
does not depend on the port the replay happens to use.
"""

from __future__ import annotations

import mimetypes
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITE_ROOT = Path(__file__).resolve().parent / "replay_site"
# Feeds and the demo's sources file are written against this origin; the server rewrites
# it to its real address, so any free port works.
PLACEHOLDER_ORIGIN = "http://127.0.0.1:8765"
DEFAULT_PORT = 8765
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"


def resolve_path(root: Path, url_path: str) -> Path | None:
    """Map a URL path to a file: exact, then `.html`, then `index.html`, then `index.xml`."""
    rel = unquote(urlsplit(url_path).path).lstrip("/")
    base = (root / rel).resolve()
    if root.resolve() not in (base, *base.parents):
        return None  # no escaping the site root with ../
    candidates = [base, base.with_name(base.name + ".html"), base / "index.html", base / "index.xml"]
    return next((c for c in candidates if c.is_file()), None)


class ReplayHandler(SimpleHTTPRequestHandler):
    server: "ReplayServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        self.server.requests.append(self.path)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        body, ctype, status = self._body()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_HEAD = do_GET

    def _body(self) -> tuple[bytes, str, int]:
        if urlsplit(self.path).path == "/robots.txt":
            return ROBOTS_TXT, "text/plain; charset=utf-8", 200
        path = resolve_path(self.server.root, self.path)
        if path is None:
            return b"<html><body><h1>Not found</h1></body></html>", "text/html; charset=utf-8", 404
        data = path.read_bytes()
        if path.suffix in (".xml", ".toml"):
            data = data.replace(PLACEHOLDER_ORIGIN.encode(), self.server.origin.encode())
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".xml":
            ctype = "application/xml"
        if ctype.startswith("text/") or ctype.endswith("xml"):
            ctype += "; charset=utf-8"
        return data, ctype, 200


class ReplayServer(ThreadingHTTPServer):
    """A threaded HTTP server over a site folder; use as a context manager."""

    daemon_threads = True

    def __init__(self, port: int = 0, root: Path = SITE_ROOT, host: str = "127.0.0.1") -> None:
        self.root = Path(root)
        self.requests: list[str] = []
        super().__init__((host, port), ReplayHandler)
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "ReplayServer":
        self._thread = threading.Thread(target=self.serve_forever, name="replay", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
