"""FetchOptions: every setting of a Fetcher, validated once, importable without requests."""

from __future__ import annotations

from dataclasses import dataclass

#: Content types fetched by default; anything else raises NotHTMLError.
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

_NON_NEGATIVE = ("delay", "connect_timeout", "read_timeout", "backoff_base", "backoff_max", "retry_after_max",
                 "robots_ttl", "robots_error_ttl", "retries", "max_redirects")
_POSITIVE = ("max_time", "robots_max_time", "max_bytes", "concurrency")


@dataclass(frozen=True)
class FetchOptions:
    """Every setting of a :class:`~cleanwire.Fetcher`. Times are in seconds, sizes in bytes.

    ``contact`` (an e-mail address or URL) goes into the User-Agent so site owners can reach
    you; ``user_agent`` replaces the whole header. ``delay`` is the minimum gap between two
    requests to one host (a larger robots.txt Crawl-delay wins). ``allowed_types`` None
    accepts any content type. ``max_time`` bounds one whole fetch (DNS, connect, headers,
    body, redirects and retries; waiting for the host's turn is not counted);
    ``robots_max_time`` bounds the download of one robots.txt. ``allow_private`` lets the
    fetcher connect to loopback, private, link-local and other non-public addresses, which
    are refused by default.
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
    robots_max_time: float = 30.0
    concurrency: int = 4
    allow_private: bool = False

    def __post_init__(self) -> None:
        for name in _NON_NEGATIVE:
            if getattr(self, name) < 0:
                raise ValueError(f"FetchOptions.{name} must be 0 or more, not {getattr(self, name)!r}")
        for name in _POSITIVE:
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchOptions.{name} must be more than 0, not {getattr(self, name)!r}")

    @property
    def agent(self) -> str:
        """The User-Agent header sent with every request, robots.txt included."""
        if self.user_agent:
            return self.user_agent
        from importlib.metadata import version

        from .. import __version__  # imported here: the package imports this module first

        contact = f"; +{self.contact}" if self.contact else ""
        return f"cleanwire/{__version__} (python-requests/{version('requests')}{contact})"
