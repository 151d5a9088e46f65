"""Politeness for fetching: one request at a time per host, a minimum gap between them, backoff.

A host is ``scheme://host:port``. :class:`HostThrottle` serialises requests to one host and keeps
at least ``delay`` seconds between the end of one request and the start of the next, while
requests to different hosts run concurrently. Retry waits (backoff, ``Retry-After``) are pushed
into the host's next allowed time, so every thread fetching from that host waits too.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


def host_key(url: str) -> str:
    """``scheme://host:port`` of a URL, lower-cased, with the default port made explicit.

    A malformed URL gets a key of its own; fetching it reports what is wrong with it.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return f"malformed:{url}"
    scheme = parts.scheme.lower()
    port = port or {"http": 80, "https": 443}.get(scheme, 0)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): exponential, capped, jittered.

    Half the delay is fixed and half random ("equal jitter"), so clients that failed together
    do not all come back at the same instant, yet each still waits a real minimum.
    """
    delay = min(cap, base * (2**attempt))
    return delay / 2 + random.uniform(0, delay / 2)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; an obsolete format may come back naive
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class Cancelled(Exception):
    """The throttle was stopped while a caller waited for its turn."""


class HostThrottle:
    """Per-host serialisation and spacing of requests. Thread-safe.

    ``stop`` (an Event) makes every wait return early with :class:`Cancelled`, so a program
    shutting down is not held by a long ``Retry-After``.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._next: dict[str, float] = {}

    def _lock_for(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    @contextmanager
    def slot(self, host: str, delay: float, stop: threading.Event | None = None) -> Iterator[None]:
        """Hold ``host`` for one request: wait for its turn, and space the next one by ``delay``."""
        lock = self._lock_for(host)
        lock.acquire()
        try:
            while True:
                with self._guard:
                    wait = self._next.get(host, 0.0) - time.monotonic()
                if wait <= 0:
                    break
                if _sleep(wait, stop):
                    raise Cancelled(host)
            yield
        finally:
            with self._guard:
                self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + delay)
            lock.release()

    def defer(self, host: str, seconds: float) -> None:
        """Let nobody send to ``host`` for ``seconds`` from now (a 429/5xx told us to back off)."""
        with self._guard:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)


def _sleep(seconds: float, stop: threading.Event | None) -> bool:
    """Sleep; True when ``stop`` was set meanwhile."""
    if stop is None:
        time.sleep(seconds)
        return False
    return stop.wait(seconds)


#: The throttle every Fetcher uses unless given another: politeness holds across Fetchers
#: and across plain ``cleanwire.fetch()`` calls in one process.
SHARED_THROTTLE = HostThrottle()
