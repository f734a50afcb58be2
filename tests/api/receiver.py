"""A webhook receiver on 127.0.0.1 for the tests: answers each POST with the next status in a script,
optionally holding the first one for `hold_first` seconds, or while `while_holding` runs (the delivery is
in flight meanwhile; what `while_holding` raises is kept in `errors`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.db import connections


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    statuses: list[int]
    hold_first: float = 0.0
    while_holding: Callable[[], None] | None = None
    received: list[Received] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hooks/briefdesk"

    def __enter__(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(Received(dict(self.headers.items()), body))
                index = len(receiver.received) - 1
                if index == 0 and receiver.hold_first:
                    time.sleep(receiver.hold_first)
                if index == 0 and receiver.while_holding:
                    try:
                        receiver.while_holding()
                    except Exception as exc:  # noqa: BLE001 - the test asserts on it
                        receiver.errors.append(exc)
                    finally:
                        connections.close_all()  # this thread's own database connection, if it opened one
                status = receiver.statuses[min(index, len(receiver.statuses) - 1)]
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the sender was killed meanwhile

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
