"""The socket layer of fetching: one total deadline per fetch and the private-address policy.

requests' timeouts are per socket operation: a server that sends one byte a second never
trips them. Here every connection is made by cleanwire itself, so that

- the host name is resolved (in a helper thread, bounded by the deadline) and every address is
  checked before connecting; the socket connects to exactly the address that was checked, so a
  DNS answer that changes between check and use (rebinding) cannot slip through;
- every send and receive first sets the socket's timeout to what is left of the fetch's
  :class:`Budget` (at most the read timeout), so the budget holds however slowly bytes trickle.

The budget of the running fetch is kept per thread: requests does its I/O in the calling thread.
Proxied requests are made by the proxy; only the connection to the proxy goes through here.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_local = threading.local()


class Refused(Exception):
    """A connection cleanwire will not make (a non-public address) or ran out of time for.

    Not an OSError on purpose: urllib3 and requests let it through untouched.
    """

    def __init__(self, reason: str, timeout: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.timeout = timeout


class Budget:
    """Time left for one fetch; only the time spent talking to servers counts."""

    def __init__(
        self, limit: float, connect_timeout: float, read_timeout: float, allow_private: bool, what: str = "the fetch"
    ) -> None:
        self.limit = limit
        self.what = what  #: what is being fetched, for messages
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.allow_private = allow_private
        self._spent = 0.0
        self._since: float | None = None

    def remaining(self) -> float:
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.limit - self._spent - running

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0

    @contextmanager
    def running(self) -> Iterator[None]:
        """Count the time inside the block, and make this the budget of this thread's sockets."""
        previous = getattr(_local, "budget", None)
        _local.budget = self
        self._since = time.monotonic()
        try:
            yield
        finally:
            self._spent += time.monotonic() - self._since
            self._since = None
            _local.budget = previous


def _current() -> Budget | None:
    return getattr(_local, "budget", None)


def _arm(sock: socket.socket) -> None:
    """Before each socket operation: a timeout no longer than what the budget has left."""
    budget = _current()
    if budget is None:
        return
    left = budget.remaining()
    if left <= 0:
        raise socket.timeout("the fetch ran out of time")
    sock.settimeout(min(budget.read_timeout, left) if budget.read_timeout else left)


class _Armed:
    """Socket methods that re-arm the timeout before doing I/O (mixed into the socket classes)."""

    def recv(self, *args: Any) -> Any:
        _arm(self)  # type: ignore[arg-type]
        return super().recv(*args)  # type: ignore[misc]

    def recv_into(self, *args: Any) -> Any:
        _arm(self)  # type: ignore[arg-type]
        return super().recv_into(*args)  # type: ignore[misc]

    def send(self, *args: Any) -> Any:
        _arm(self)  # type: ignore[arg-type]
        return super().send(*args)  # type: ignore[misc]

    def sendall(self, *args: Any) -> Any:
        _arm(self)  # type: ignore[arg-type]
        return super().sendall(*args)  # type: ignore[misc]


class _DeadlineSocket(_Armed, socket.socket):
    pass


class _DeadlineSSLSocket(_Armed, ssl.SSLSocket):
    pass


def refusal(address: str) -> str | None:
    """Why ``address`` (an IP) is not public, or None when it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
                       ("unspecified", ip.is_unspecified), ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if flag:
            return kind
    return None if ip.is_global else "non-public"


def _resolve(host: str, port: int, wait: float) -> list[tuple[Any, ...]]:
    """getaddrinfo with a time limit (the C call itself cannot be interrupted: it runs aside)."""
    box: dict[str, Any] = {}

    def lookup() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            box["error"] = exc

    worker = threading.Thread(target=lookup, name="cleanwire-dns", daemon=True)
    worker.start()
    worker.join(wait)
    if worker.is_alive():
        raise Refused(f"the name {host} did not resolve within {wait:.1f} s", timeout=True)
    if "error" in box:
        raise Refused(f"the name {host} does not resolve ({box['error'].strerror or box['error']})")
    return box["infos"]


def open_socket(host: str, port: int, options: Any = None) -> socket.socket:
    """A connected socket to ``host``, on an address the budget's policy allows."""
    budget = _current()
    left = budget.remaining() if budget else None
    if left is not None and left <= 0:
        raise Refused("the fetch ran out of time before connecting", timeout=True)
    connect_timeout = budget.connect_timeout if budget and budget.connect_timeout else None
    wait = min(x for x in (left, connect_timeout, 60.0) if x)
    infos = _resolve(host.strip("[]"), port, wait)
    allow_private = budget.allow_private if budget else False
    refused: list[str] = []
    last_error: OSError | None = None
    for family, kind, proto, _, address in infos:
        why = None if allow_private else refusal(address[0])
        if why:
            refused.append(f"{address[0]} ({why})")
            continue
        sock = _DeadlineSocket(family, kind, proto)
        try:
            for level, name, value in options or ():
                sock.setsockopt(level, name, value)
            left = budget.remaining() if budget else None
            if left is not None and left <= 0:
                raise Refused("the fetch ran out of time while connecting", timeout=True)
            limits = [x for x in (left, connect_timeout) if x]
            sock.settimeout(min(limits) if limits else None)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
        except BaseException:
            sock.close()
            raise
    if refused and last_error is None:
        raise Refused(f"{host} resolves to {', '.join(dict.fromkeys(refused))}: not a public address; "
                      "private addresses are refused (allow_private=True or --allow-private fetches them)")
    if last_error is not None:
        raise last_error
    raise OSError(f"no address found for {host}")


class _GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        try:
            return open_socket(self._dns_host, self.port, self.socket_options)
        except socket.timeout as exc:
            from urllib3.exceptions import ConnectTimeoutError

            raise ConnectTimeoutError(self, f"connection to {self.host} timed out") from exc
        except OSError as exc:
            from urllib3.exceptions import NewConnectionError

            raise NewConnectionError(self, f"failed to connect: {exc.strerror or exc}") from exc


class _GuardedHTTPSConnection(HTTPSConnection):
    _new_conn = _GuardedHTTPConnection._new_conn

    def connect(self) -> None:
        super().connect()
        if type(self.sock) is ssl.SSLSocket:  # same layout: only the I/O methods change
            self.sock.__class__ = _DeadlineSSLSocket


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """requests' adapter with cleanwire's connections (deadline and address policy)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
