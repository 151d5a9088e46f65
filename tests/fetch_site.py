"""A real HTTP server on 127.0.0.1 for the fetch tests, with a log of every request it got.

Routes map a path to a function ``(handler) -> None`` that writes the whole response; the
helpers below build the common ones. Unknown paths (robots.txt included) answer 404.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request line arrived
    path: str
    user_agent: str


class Site:
    """One server ("host" = 127.0.0.1:port) with its routes and request log."""

    def __init__(self, host: str = "127.0.0.1", tls: tuple[str, str] | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with site._lock:
                    site.log.append(Hit(time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                route = site.routes.get(self.path)
                if route is None:
                    send(self, 404, b"not here", "text/plain")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        scheme = "http"
        if tls:  # (certificate file, key file): serve https
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.log if path is None or hit.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def page(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Route:
    return lambda handler: send(handler, status, body, content_type, headers)


def sequence(*routes: Route) -> Route:
    """Answer with each route in turn, the last one forever after."""
    calls = iter(range(10**9))
    return lambda handler: routes[min(next(calls), len(routes) - 1)](handler)


def redirect(location: str, status: int = 302) -> Route:
    return page(b"", "text/html", status, {"Location": location})


def article_html(title: str, paragraphs: list[str], charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Contact us</footer></body></html>")


STORY = [
    "The city council approved a new plan on Tuesday to rebuild the old harbour bridge, "
    "which has been closed to traffic since the spring floods damaged its supports.",
    "Engineers said the work would take about two years and cost less than first feared, "
    "because much of the original steel can be repaired rather than replaced.",
    "Residents who crowded into the meeting applauded the vote, though several asked the "
    "council to keep a ferry running while the bridge is closed to walkers and cyclists.",
]


def drip(body: bytes, every: float, *, length: bool, headers_too: bool = False, limit: float = 30.0) -> Route:
    """A server that sends ``body`` one byte every ``every`` seconds (for ``limit`` s at most).

    ``length`` sends a Content-Length; ``headers_too`` drips the header block as well.
    """

    def route(handler: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n"
        if length:
            head += f"Content-Length: {len(body)}\r\n".encode()
        head += b"\r\n"
        started = time.monotonic()
        if not headers_too:
            handler.wfile.write(head)
            handler.wfile.flush()
            head = b""
        try:
            for byte in head + body:
                if time.monotonic() - started > limit:
                    return
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(every)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up: what we want
            return

    return route
