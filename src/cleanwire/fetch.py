"""Fetching pages politely and robustly: robots.txt, per-host delays, retries, caps.

    >>> import cleanwire
    >>> result = cleanwire.fetch("https://example.com/news/story")     # a FetchResult
    >>> article = cleanwire.fetch_article("https://example.com/news/story")

For many URLs, make one :class:`Fetcher` (one session, one robots cache) and call
:meth:`Fetcher.fetch` or :meth:`Fetcher.fetch_many`. See docs/fetching.md.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from urllib.parse import urldefrag, urljoin, urlsplit

import requests

from .article import Article
from .errors import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
)
from .fetched import KEPT_HEADERS, FetchResult, detect_encoding, parse_content_type
from .politeness import SHARED_THROTTLE, Cancelled, HostThrottle, backoff_delay, host_key, parse_retry_after
from .robots import MAX_ROBOTS_BYTES, RobotsCache
from .transport_errors import Retryable, translated

#: Content types fetched by default; anything else raises NotHTMLError.
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 65536


@dataclass(frozen=True)
class FetchOptions:
    """Every setting of a :class:`Fetcher`. Times are in seconds, sizes in bytes.

    ``contact`` (an e-mail address or URL) goes into the User-Agent so site owners can reach
    you; ``user_agent`` replaces the whole header. ``delay`` is the minimum gap between two
    requests to one host (a larger robots.txt Crawl-delay wins). ``allowed_types`` None
    accepts any content type. ``max_time`` bounds the whole download of one response.
    """

    contact: str | None = None
    user_agent: str | None = None
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_time: float = 120.0
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    retry_after_max: float = 120.0
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    allowed_types: tuple[str, ...] | None = HTML_TYPES
    respect_robots: bool = True
    robots_ttl: float = 86400.0
    robots_error_ttl: float = 600.0
    concurrency: int = 4

    def __post_init__(self) -> None:
        for name in ("delay", "connect_timeout", "read_timeout", "max_time", "backoff_base",
                     "backoff_max", "retry_after_max", "robots_ttl", "robots_error_ttl"):
            if getattr(self, name) < 0:
                raise ValueError(f"FetchOptions.{name} must not be negative")
        if self.retries < 0 or self.max_redirects < 0 or self.max_bytes <= 0 or self.concurrency < 1:
            raise ValueError("FetchOptions: retries and max_redirects >= 0, max_bytes and concurrency >= 1")

    @property
    def agent(self) -> str:
        """The User-Agent header sent with every request, robots.txt included."""
        if self.user_agent:
            return self.user_agent
        from . import __version__  # imported here: the package imports this module first

        contact = f"; +{self.contact}" if self.contact else ""
        return f"cleanwire/{__version__} (python-requests/{requests.__version__}{contact})"


@dataclass(frozen=True)
class _Reply:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes = b""
    location: str | None = None


class Fetcher:
    """Fetches many pages with one session, one robots.txt cache and shared per-host delays.

    Thread-safe. ``session`` lets you bring your own ``requests.Session`` (proxies, auth);
    ``throttle`` defaults to one shared by the whole process, so delays hold across Fetchers.
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
        self.session = session or _new_session(self.options)
        self._throttle = throttle or SHARED_THROTTLE
        self._token = self.options.agent.split("/", 1)[0].split()[0]  # robots.txt product token
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
        return self._fetch(url, None)

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
            groups.setdefault(_host_or_empty(url), []).append(url)
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

    def _fetch_or_error(self, url: str, stop: threading.Event) -> FetchResult | FetchError:
        try:
            return self._fetch(url, stop)
        except FetchError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - one bad URL must not kill the batch
            return FetchError(url, f"unexpected {type(exc).__name__}: {exc}")

    def _fetch(self, url: str, stop: threading.Event | None) -> FetchResult:
        fetched_at = datetime.now(timezone.utc)
        current = _checked_url(url, url)
        hops: list[str] = []
        try:
            while True:
                delay = self._allowed(url, current)
                reply = self._exchange(url, current, delay, stop)
                if reply.location is None:
                    break
                target = _checked_url(url, urldefrag(urljoin(current, reply.location))[0])
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
        return FetchResult(
            url=url, final_url=current, status=reply.status, headers=reply.headers, content=reply.body,
            content_type=mime, declared_encoding=charset, detected_encoding=detect_encoding(reply.body),
            fetched_at=fetched_at, redirects=tuple(hops),
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

    def _exchange(self, url: str, current: str, delay: float, stop: threading.Event | None) -> _Reply:
        """One request for a page: a redirect or a 2xx reply, else HTTPStatusError."""
        reply = self._retrying(url, current, delay, stop, lambda: self._send(url, current))
        if reply.location is None and not 200 <= reply.status < 300:
            raise HTTPStatusError(url, f"HTTP {reply.status} {reply.reason}".rstrip(), reply.status)
        return reply

    def _retrying(
        self, url: str, target: str, delay: float, stop: threading.Event | None, send: Callable[[], _Reply]
    ) -> _Reply:
        """``send()`` in the host's slot, retried on connection errors, 429 and 5xx."""
        opts = self.options
        host = host_key(target)
        attempt = 0
        while True:
            try:
                with self._throttle.slot(host, delay, stop), translated(url, opts.connect_timeout, opts.read_timeout):
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

    def _send(self, url: str, current: str) -> _Reply:
        opts = self.options
        response = self.session.get(
            current, stream=True, allow_redirects=False, headers={"User-Agent": opts.agent},
            timeout=(opts.connect_timeout, opts.read_timeout),
        )
        with closing(response):
            headers = {k.lower(): v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
            status, reason = response.status_code, response.reason or ""
            location = response.headers.get("location")
            if status in _REDIRECTS and location:
                return _Reply(status, reason, headers, location=location)
            if not 200 <= status < 300:
                return _Reply(status, reason, headers)
            self._check_type(url, headers.get("content-type"))
            return _Reply(status, reason, headers, body=self._read_body(url, response))

    def _check_type(self, url: str, content_type: str | None) -> None:
        allowed = self.options.allowed_types
        mime, _ = parse_content_type(content_type)
        if allowed is not None and mime is not None and mime not in allowed:
            raise NotHTMLError(url, f"content type {mime} is not one of {', '.join(allowed)}")

    def _read_body(self, url: str, response: requests.Response) -> bytes:
        cap = self.options.max_bytes
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            raise TooLargeError(url, f"Content-Length {int(length)} bytes is over the {cap} byte cap")
        chunks: list[bytes] = []
        total = 0
        deadline = time.monotonic() + self.options.max_time
        for chunk in response.iter_content(_CHUNK):
            total += len(chunk)
            if total > cap:
                raise TooLargeError(url, f"body is over the {cap} byte cap (stopped reading)")
            if time.monotonic() > deadline:
                raise FetchTimeoutError(url, f"body took more than {self.options.max_time:g} s to download")
            chunks.append(chunk)
        return b"".join(chunks)

    def _download_robots(self, robots_url: str) -> tuple[int, bytes]:
        """robots.txt with the same session, UA, host slot and retries as pages."""
        reply = self._retrying(robots_url, robots_url, self.options.delay, None, lambda: self._send_robots(robots_url))
        return reply.status, reply.body

    def _send_robots(self, robots_url: str) -> _Reply:
        opts = self.options
        response = self.session.get(
            robots_url, stream=True, headers={"User-Agent": opts.agent},
            timeout=(opts.connect_timeout, opts.read_timeout),
        )
        with closing(response):
            headers = {k.lower(): v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
            body = b""
            if 200 <= response.status_code < 300:
                for chunk in response.iter_content(_CHUNK):
                    body += chunk
                    if len(body) >= MAX_ROBOTS_BYTES:
                        break
            return _Reply(response.status_code, response.reason or "", headers, body=body)


def _checked_url(url: str, candidate: str) -> str:
    what = "URL" if candidate == url else f"redirect target {candidate!r}"
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise FetchError(url, f"{what} is malformed ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, f"{what} is not an http(s) URL")
    return candidate


def _host_or_empty(url: str) -> str:
    try:
        return host_key(url)
    except ValueError:  # a bad port: the fetch itself will report it
        return ""


def _new_session(options: FetchOptions) -> requests.Session:
    session = requests.Session()
    session.max_redirects = 5  # used only for robots.txt; pages follow redirects themselves
    adapter = requests.adapters.HTTPAdapter(pool_connections=max(10, options.concurrency), pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@lru_cache(maxsize=8)
def _shared_fetcher(options: FetchOptions) -> Fetcher:
    return Fetcher(options)


def fetch(url: str, *, session: requests.Session | None = None, options: FetchOptions | None = None) -> FetchResult:
    """Fetch one page politely; see :class:`Fetcher` and :class:`FetchOptions`.

    Without ``session``, calls with equal options share one Fetcher (and its robots.txt cache).
    """
    options = options or FetchOptions()
    if session is not None:
        return Fetcher(options, session=session).fetch(url)
    return _shared_fetcher(options).fetch(url)


def fetch_article(
    url: str, *, session: requests.Session | None = None, options: FetchOptions | None = None
) -> Article:
    """Fetch one page and extract its clean :class:`~cleanwire.Article`."""
    return fetch(url, session=session, options=options).to_article()
