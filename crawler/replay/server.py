"""The replay HTTP server: static outlet pages, a synthetic site, and faults on request.

Routes:
- `/robots.txt`;
- `/bigsite/<n>/...`: a generated news site of n articles (see synthetic.py);
- `/ofsted/...`: a replica of Ofsted's reports site (see ofsted_site.py);
- any prefix the caller passes in `routes` (the tests pass their fault routes, tests/faults.py);
- anything else: a file of the site folder (see resolve_path).
Every 200 response carries an ETag and honours If-None-Match with a 304, as news sites'
CDNs do, so incremental crawls can be tested for real.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITE_ROOT = Path(__file__).resolve().parent.parent / "replay_site"
# Feeds and the demo's sources file are written against this origin; the server rewrites
# it to its real address, so any free port works.
PLACEHOLDER_ORIGIN = "http://127.0.0.1:8765"
DEFAULT_PORT = 8765
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"
LAST_MODIFIED = "Mon, 02 Nov 2026 06:00:00 GMT"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    conditional: bool = True  # give an ETag and answer If-None-Match with 304


def resolve_path(root: Path, url_path: str) -> Path | None:
    """Map a URL path to a file: exact, then `.html`, then `index.html`, then `index.xml`."""
    rel = unquote(urlsplit(url_path).path).lstrip("/")
    base = (root / rel).resolve()
    if root.resolve() not in (base, *base.parents):
        return None  # no escaping the site root with ../
    candidates = [
        base,
        base.with_name(base.name + ".html"),
        base / "index.html",
        base / "index.xml",
    ]
    return next((c for c in candidates if c.is_file()), None)


def static_reply(server: ReplayServer, path: str) -> Reply:
    file = resolve_path(server.root, path)
    if file is None:
        return Reply(404, b"<html><body><h1>Not found</h1></body></html>")
    data = file.read_bytes()
    if file.suffix == ".xml":
        data = data.replace(PLACEHOLDER_ORIGIN.encode(), server.origin.encode())
        return Reply(200, data, "application/xml; charset=utf-8")
    ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if ctype.startswith("text/"):
        ctype += "; charset=utf-8"
    return Reply(200, data, ctype)


class ReplayHandler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        from crawler.replay import ofsted_site, synthetic

        path = urlsplit(self.path).path
        with self.server.lock:
            self.server.requests.append(self.path)
            self.server.user_agents.add(self.headers.get("User-Agent", ""))
        route = next(
            (handler for prefix, handler in self.server.routes.items() if path.startswith(prefix)),
            None,
        )
        if path == "/robots.txt":
            reply = Reply(200, ROBOTS_TXT, "text/plain; charset=utf-8")
        elif route is not None:
            reply = route(self.server, path)
        elif path.startswith("/bigsite/"):
            reply = synthetic.reply(self.server, path)
        elif path.startswith(ofsted_site.PREFIX + "/"):
            reply = ofsted_site.reply(self.server, self.path)
        else:
            reply = static_reply(self.server, self.path)
        self._send(reply)

    do_HEAD = do_GET

    def _send(self, reply: Reply) -> None:
        if reply.delay:
            self.server.stopping.wait(reply.delay)
        headers = dict(reply.headers)
        status, body = reply.status, reply.body
        if reply.conditional and status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", LAST_MODIFIED)
            if self.headers.get("If-None-Match") == etag:
                status, body = 304, b""
        try:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout, size limit): that is the point of some faults


class ReplayServer(ThreadingHTTPServer):
    """A threaded HTTP server over a site folder; use as a context manager."""

    daemon_threads = True

    def __init__(
        self,
        port: int = 0,
        root: Path = SITE_ROOT,
        host: str = "127.0.0.1",
        routes: dict[str, Callable[[ReplayServer, str], Reply]] | None = None,
    ) -> None:
        self.root = Path(root)
        self.routes = dict(routes or {})  # URL path prefix -> handler(server, path) -> Reply
        self.requests: list[str] = []
        self.user_agents: set[str] = set()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.state: dict = {"edits": {}, "hits": {}}  # synthetic edits, flaky-fault counters
        super().__init__((host, port), ReplayHandler)
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def hits(self, prefix: str) -> int:
        with self.lock:
            return sum(1 for r in self.requests if r.startswith(prefix))

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self.serve_forever, name="replay", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
