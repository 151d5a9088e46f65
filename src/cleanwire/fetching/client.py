"""Fetching pages politely and robustly: robots.txt, per-host delays, retries, deadlines, caps.

    >>> import cleanwire
    >>> result = cleanwire.fetch("https://example.com/news/story")     # a FetchResult
    >>> article = cleanwire.fetch_article("https://example.com/news/story")

For many URLs, make one :class:`Fetcher` (one session, one robots cache) and call
:meth:`Fetcher.fetch` or :meth:`Fetcher.fetch_many`. See docs/fetching.md. requests is
imported on the first fetch, not with cleanwire.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin

from ..article import Article
from ..errors import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
)
from .errors import Retryable, checked_url, out_of_time, translated
from .options import FetchOptions
from .result import KEPT_HEADERS, FetchResult, parse_content_type
from .robots import MAX_ROBOTS_BYTES, RobotsCache
from .throttle import SHARED_THROTTLE, Cancelled, HostThrottle, backoff_delay, host_key, parse_retry_after

if TYPE_CHECKING:
    import requests

    from .transport import Budget

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Small reads: the deadline is checked between them, and a drip of bytes cannot hold one long.
_CHUNK = 16384


@dataclass(frozen=True)
class _Reply:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes = b""
    location: str | None = None


class Fetcher:
    """Fetches many pages with one session, one robots.txt cache and shared per-host delays.

    Thread-safe. ``session`` lets you bring your own ``requests.Session`` (auth, cookies,
    certificates); cleanwire mounts its own transport adapter on it for http:// and https://,
    which is what enforces the deadline and the address policy. ``throttle`` defaults to one
    shared by the whole process, so delays hold across Fetchers.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        session: requests.Session | None = None,
        throttle: HostThrottle | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self._own_session = session is None
        self.session = _prepared_session(self.options, session)
        self._throttle = throttle or SHARED_THROTTLE
        self._agent = self.options.agent
        self._token = self._agent.split("/", 1)[0].split()[0]  # robots.txt product token
        self._robots = RobotsCache(
            self._download_robots, ttl=self.options.robots_ttl, error_ttl=self.options.robots_error_ttl
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the session if this Fetcher made it."""
        if self._own_session:
            self.session.close()

    def fetch(self, url: str) -> FetchResult:
        """Fetch one page, following redirects; raises a :class:`~cleanwire.FetchError` subclass."""
        outcome = self._fetch_or_error(url, None)
        if isinstance(outcome, FetchError):
            raise outcome
        return outcome

    def fetch_article(self, url: str) -> Article:
        """Fetch one page and extract its article."""
        return self.fetch(url).to_article()

    def fetch_many(
        self, urls: Iterable[str], *, concurrency: int | None = None
    ) -> Iterator[tuple[str, FetchResult | FetchError]]:
        """Fetch URLs, different hosts concurrently, each host's URLs one after another.

        Yields ``(url, result or FetchError)`` as they finish. Closing the iterator early
        stops the workers after their current request.
        """
        groups: dict[str, list[str]] = {}
        for url in dict.fromkeys(urls):
            groups.setdefault(host_key(url), []).append(url)
        jobs: queue.SimpleQueue[list[str]] = queue.SimpleQueue()
        for group in groups.values():
            jobs.put(group)
        results: queue.SimpleQueue[tuple[str, FetchResult | FetchError] | None] = queue.SimpleQueue()
        halt = threading.Event()
        workers = min(concurrency or self.options.concurrency, len(groups))

        def work() -> None:
            try:
                while not halt.is_set():
                    try:
                        group = jobs.get_nowait()
                    except queue.Empty:
                        return
                    for url in group:
                        if halt.is_set():
                            return
                        results.put((url, self._fetch_or_error(url, halt)))
            finally:
                results.put(None)

        for _ in range(workers):
            threading.Thread(target=work, name="cleanwire-fetch", daemon=True).start()
        try:
            running = workers
            while running:
                item = results.get()
                if item is None:
                    running -= 1
                else:
                    yield item
        finally:
            halt.set()

    def _fetch_or_error(self, url: str, stop: threading.Event | None) -> FetchResult | FetchError:
        try:
            return self._fetch(url, stop)
        except FetchError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - the promise: every failure is a FetchError
            error = FetchError(url, f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())}")
            error.__cause__ = exc
            return error

    def _budget(self, limit: float, what: str = "the fetch") -> Budget:
        from .transport import Budget

        opts = self.options
        return Budget(limit, opts.connect_timeout, opts.read_timeout, opts.allow_private, what)

    def _fetch(self, url: str, stop: threading.Event | None) -> FetchResult:
        fetched_at = datetime.now(timezone.utc)
        current = checked_url(url, url)
        budget = self._budget(self.options.max_time)
        hops: list[str] = []
        try:
            while True:
                delay = self._allowed(url, current)
                reply = self._exchange(url, current, delay, stop, budget)
                if reply.location is None:
                    break
                target = checked_url(url, urldefrag(urljoin(current, reply.location))[0])
                chain = [*hops, current, target]
                if target in chain[:-1]:
                    raise TooManyRedirectsError(url, "redirect loop: " + " -> ".join(chain))
                if len(hops) + 1 > self.options.max_redirects:
                    raise TooManyRedirectsError(url, f"more than {self.options.max_redirects} redirects")
                hops.append(current)
                current = target
        except Cancelled:
            raise FetchError(url, "cancelled") from None
        mime, charset = parse_content_type(reply.headers.get("content-type"))
        return FetchResult.decoded(
            url=url, final_url=current, status=reply.status, headers=reply.headers, content=reply.body,
            content_type=mime, declared_encoding=charset, fetched_at=fetched_at, redirects=tuple(hops),
        )

    def _allowed(self, url: str, current: str) -> float:
        """Check robots.txt for ``current``; return the delay to keep for its host."""
        if not self.options.respect_robots:
            return self.options.delay
        rules = self._robots.rules_for(current)
        if not rules.allows(current, self._token):
            if rules.network_error:
                raise FetchError(url, rules.reason)
            why = rules.reason if rules.parser is None else f"robots.txt disallows it for {self._token}"
            where = "" if current == url else f" (redirected to {current})"
            raise RobotsDisallowedError(url, why + where)
        return max(self.options.delay, rules.crawl_delay(self._token) or 0.0)

    def _exchange(
        self, url: str, current: str, delay: float, stop: threading.Event | None, budget: Budget
    ) -> _Reply:
        """One request for a page: a redirect or a 2xx reply, else HTTPStatusError."""
        reply = self._retrying(url, current, delay, stop, budget, lambda: self._send(url, current, budget))
        if reply.location is None and not 200 <= reply.status < 300:
            raise HTTPStatusError(url, f"HTTP {reply.status} {reply.reason}".rstrip(), reply.status)
        return reply

    def _retrying(
        self, url: str, target: str, delay: float, stop: threading.Event | None, budget: Budget,
        send: Callable[[], _Reply],
    ) -> _Reply:
        """``send()`` in the host's slot, retried on connection errors, 429 and 5xx."""
        opts = self.options
        host = host_key(target)
        attempt = 0
        while True:
            try:
                with self._throttle.slot(host, delay, stop), budget.running(), translated(url, opts, budget):
                    reply = send()
            except Retryable as exc:
                if attempt >= opts.retries:
                    raise exc.final from None
                wait = backoff_delay(attempt, opts.backoff_base, opts.backoff_max)
            else:
                if reply.status != 429 and not 500 <= reply.status < 600:
                    return reply
                asked = parse_retry_after(reply.headers.get("retry-after"))
                if asked is not None and asked > opts.retry_after_max:
                    raise HTTPStatusError(
                        url, f"HTTP {reply.status}; the server asks to wait {asked:.0f} s, more than the "
                        f"{opts.retry_after_max:g} s cap", reply.status,
                    )
                if attempt >= opts.retries:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise HTTPStatusError(url, f"HTTP {reply.status} {reply.reason}{tries}", reply.status)
                wait = asked if asked is not None else backoff_delay(attempt, opts.backoff_base, opts.backoff_max)
            self._throttle.defer(host, wait)
            attempt += 1

    def _get(self, target: str) -> requests.Response:
        opts = self.options
        return self.session.get(
            target, stream=True, allow_redirects=False, headers={"User-Agent": self._agent},
            timeout=(opts.connect_timeout or None, opts.read_timeout or None),
        )

    def _send(self, url: str, current: str, budget: Budget) -> _Reply:
        with closing(self._get(current)) as response:
            headers = _kept(response)
            status, reason = response.status_code, response.reason or ""
            location = response.headers.get("location")
            if status in _REDIRECTS and location:
                return _Reply(status, reason, headers, location=location)
            if not 200 <= status < 300:
                return _Reply(status, reason, headers)
            self._check_type(url, headers.get("content-type"))
            return _Reply(status, reason, headers, body=self._read_body(url, response, budget))

    def _check_type(self, url: str, content_type: str | None) -> None:
        allowed = self.options.allowed_types
        mime, _ = parse_content_type(content_type)
        if allowed is not None and mime is not None and mime not in allowed:
            raise NotHTMLError(url, f"content type {mime} is not one of {', '.join(allowed)}")

    def _read_body(self, url: str, response: requests.Response, budget: Budget) -> bytes:
        cap = self.options.max_bytes
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            raise TooLargeError(url, f"Content-Length {int(length)} bytes is over the {cap} byte cap")
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_content(_CHUNK):
            total += len(chunk)
            if total > cap:
                raise TooLargeError(url, f"body is over the {cap} byte cap (stopped reading)")
            if budget.expired:
                raise FetchTimeoutError(url, out_of_time("", budget))
            chunks.append(chunk)
        return b"".join(chunks)

    def _download_robots(self, robots_url: str) -> tuple[int, bytes]:
        """robots.txt with the same session, UA, host slot and retries as pages, on its own deadline."""
        budget = self._budget(self.options.robots_max_time, "robots.txt")
        reply = self._retrying(
            robots_url, robots_url, self.options.delay, None, budget, lambda: self._send_robots(robots_url, budget)
        )
        return reply.status, reply.body

    def _send_robots(self, robots_url: str, budget: Budget) -> _Reply:
        # RFC 9309 asks to follow at least five redirects; each target must be http(s) and
        # passes the same address policy as pages (it is checked when connecting).
        target = robots_url
        for _ in range(6):
            with closing(self._get(target)) as response:
                location = response.headers.get("location")
                if response.status_code not in _REDIRECTS or not location:
                    return self._robots_reply(response, budget)
                target = checked_url(robots_url, urljoin(target, location))
        return _Reply(404, "too many redirects", {})  # RFC 9309: as if there were no robots.txt

    def _robots_reply(self, response: requests.Response, budget: Budget) -> _Reply:
        body = b""
        if 200 <= response.status_code < 300:
            for chunk in response.iter_content(_CHUNK):
                body += chunk
                if len(body) >= MAX_ROBOTS_BYTES:
                    break
                if budget.expired:
                    raise FetchTimeoutError(response.url, out_of_time("", budget))
        return _Reply(response.status_code, response.reason or "", _kept(response), body=body)


def _kept(response: requests.Response) -> dict[str, str]:
    return {k.lower(): v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}


def _prepared_session(options: FetchOptions, session: requests.Session | None) -> requests.Session:
    import requests

    from .transport import GuardedAdapter

    session = session or requests.Session()
    adapter = GuardedAdapter(pool_connections=max(10, options.concurrency), pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@lru_cache(maxsize=8)
def _shared_fetcher(options: FetchOptions) -> Fetcher:
    return Fetcher(options)


def fetch(url: str, *, session: Any = None, options: FetchOptions | None = None) -> FetchResult:
    """Fetch one page politely; see :class:`Fetcher` and :class:`FetchOptions`.

    Without ``session`` (a ``requests.Session``), calls with equal options share one Fetcher
    (and its robots.txt cache).
    """
    options = options or FetchOptions()
    if session is not None:
        return Fetcher(options, session=session).fetch(url)
    return _shared_fetcher(options).fetch(url)


def fetch_article(url: str, *, session: Any = None, options: FetchOptions | None = None) -> Article:
    """Fetch one page and extract its clean :class:`~cleanwire.Article`."""
    return fetch(url, session=session, options=options).to_article()
