"""robots.txt: fetched once per host, cached, and read the way RFC 9309 asks.

- 2xx: the rules apply (parsed with :mod:`urllib.robotparser`; at most 500 KiB is read).
- 4xx other than 429 (e.g. 404): there is no robots.txt, everything is allowed.
- 5xx or 429 (after retries): the file is "unreachable", so everything on that host is
  disallowed (RFC 9309 section 2.3.1.4).
- robots.txt does not arrive within its own deadline (``robots_max_time``, e.g. a server that
  drips it a byte at a time): it is unreachable too, so the host is disallowed.
- The host cannot be reached at all (connection refused, DNS): nothing is fetched from it
  either, and callers report it as a network failure rather than a robots verdict.
Both failures are cached only briefly (``error_ttl``) so a host that recovers is tried again.

Rules are cached for ``ttl`` seconds (RFC 9309 asks for at most 24 hours).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError, FetchTimeoutError, HTTPStatusError
from .throttle import host_key

#: How much of a robots.txt is parsed; RFC 9309 asks crawlers to read at least 500 KiB.
MAX_ROBOTS_BYTES = 512 * 1024

#: Downloads a robots.txt URL: returns ``(status, body)``, or raises (any exception) when the
#: host cannot be reached.
Download = Callable[[str], tuple[int, bytes]]


@dataclass(frozen=True)
class RobotsRules:
    """What one host's robots.txt says. ``parser`` is None when a blanket verdict applies;
    ``network_error`` says the host itself could not be reached (not a robots.txt verdict)."""

    allow_all: bool
    reason: str
    parser: RobotFileParser | None = None
    expires: float = 0.0
    network_error: bool = False

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def rules_from_response(status: int, body: bytes, expires: float) -> RobotsRules:
    """Turn a robots.txt response into rules, per RFC 9309's status handling."""
    if 200 <= status < 300:
        parser = RobotFileParser()
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        parser.modified()  # can_fetch() refuses everything while last_checked is unset
        return RobotsRules(allow_all=False, reason="robots.txt rules", parser=parser, expires=expires)
    if 400 <= status < 500 and status != 429:
        return RobotsRules(allow_all=True, reason=f"no robots.txt (HTTP {status})", expires=expires)
    return RobotsRules(
        allow_all=False, reason=f"robots.txt unreachable (HTTP {status}); the host is treated as disallowed",
        expires=expires,
    )


def robots_url(url: str) -> str:
    """The robots.txt URL governing ``url`` (same scheme, host and port)."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]  # never send credentials to robots.txt
    return f"{parts.scheme}://{netloc}/robots.txt"


class RobotsCache:
    """robots.txt rules per host, downloaded on first use and kept for ``ttl`` seconds."""

    def __init__(self, download: Download, *, ttl: float = 86400.0, error_ttl: float = 600.0) -> None:
        self._download = download
        self._ttl = ttl
        self._error_ttl = error_ttl
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._rules: dict[str, RobotsRules] = {}

    def rules_for(self, url: str) -> RobotsRules:
        host = host_key(url)
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one download per host even when many threads ask at once
            rules = self._rules.get(host)
            if rules is None or rules.expires <= time.monotonic():
                rules = self._load(robots_url(url))
                self._rules[host] = rules
            return rules

    def _load(self, url: str) -> RobotsRules:
        try:
            status, body = self._download(url)
        except HTTPStatusError as exc:  # 429/5xx even after retries
            status, body = exc.status, b""
        except FetchTimeoutError as exc:
            return RobotsRules(
                allow_all=False, reason=f"robots.txt unreachable ({exc.reason}); the host is treated as disallowed",
                expires=time.monotonic() + self._error_ttl,
            )
        except Exception as exc:  # noqa: BLE001 - any failure to reach the host
            why = exc.reason if isinstance(exc, FetchError) else f"{type(exc).__name__}: {exc}"
            return RobotsRules(
                allow_all=False, reason=f"cannot reach the host for robots.txt ({why})",
                expires=time.monotonic() + self._error_ttl, network_error=True,
            )
        ttl = self._ttl if status < 500 and status != 429 else self._error_ttl
        return rules_from_response(status, body, time.monotonic() + ttl)
