"""A web server on 127.0.0.1 for the import-by-URL tests: each path answers with a scripted status, headers
and body; every request is recorded. Reached only because the test settings allow 127.0.0.0/8."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    #: Seconds to wait before answering (for the deadline): the server stops waiting when it shuts down.
    hold: float = 0.0
    #: False: no Content-Length, the body ends when the connection closes (a size known only by reading).
    declare_length: bool = True


@dataclass
class PageServer:
    pages: dict[str, Page] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> PageServer:
        pages = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                pages.requested.append(self.path)
                page = pages.pages.get(self.path, Page(status=404, body=b"not here"))
                if page.hold and pages._stop.wait(page.hold):
                    return
                try:
                    self.send_response(page.status)
                    for name, value in page.headers.items():
                        self.send_header(name, value)
                    if page.declare_length:
                        self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except OSError:
                    pass  # the client gave up meanwhile

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
