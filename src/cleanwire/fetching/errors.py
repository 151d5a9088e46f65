"""Transport failures as FetchErrors: requests' exceptions, malformed URLs, refused addresses.

The ones worth a retry are marked as such (:class:`Retryable`); messages name the cause once,
in plain words, instead of the nested reprs requests and urllib3 build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..errors import FetchError, FetchTimeoutError

if TYPE_CHECKING:
    from .options import FetchOptions
    from .transport import Budget

_INCOMPLETE = re.compile(r"IncompleteRead\((\d+) bytes read(?:, (\d+) more expected)?\)")


class Retryable(Exception):
    """A failure worth retrying; ``final`` is the error to raise when retries run out."""

    def __init__(self, final: FetchError) -> None:
        super().__init__(final.reason)
        self.final = final


def checked_url(url: str, candidate: str) -> str:
    """``candidate`` if it is a well-formed http(s) URL, else a FetchError about ``url``."""
    what = "URL" if candidate == url else f"redirect target {candidate!r}"
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number or out of range
    except ValueError as exc:
        raise FetchError(url, f"{what} is malformed ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, f"{what} is not an http(s) URL")
    return candidate


@contextmanager
def translated(url: str, options: FetchOptions, budget: Budget) -> Iterator[None]:
    """Turn requests' exceptions into FetchErrors, marking the ones worth a retry."""
    import requests
    from urllib3.exceptions import ReadTimeoutError

    from .transport import Refused

    try:
        yield
    except Refused as exc:
        if exc.timeout or budget.expired:
            raise FetchTimeoutError(url, out_of_time(exc.reason, budget)) from None
        raise FetchError(url, exc.reason) from None
    except requests.exceptions.RequestException as exc:
        if budget.expired:
            raise FetchTimeoutError(url, out_of_time("", budget)) from None
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            raise Retryable(FetchTimeoutError(
                url, f"could not connect within {options.connect_timeout:g} s")) from None
        if isinstance(exc, requests.exceptions.ReadTimeout):
            # Not retried: a server too slow to answer is not helped by asking again at once.
            raise FetchTimeoutError(url, f"no answer within {options.read_timeout:g} s") from None
        if isinstance(exc, requests.exceptions.ConnectionError):
            if exc.args and isinstance(exc.args[0], ReadTimeoutError):  # a stall while streaming the body
                raise FetchTimeoutError(url, f"the body stalled for more than {options.read_timeout:g} s") from None
            raise Retryable(FetchError(url, f"connection failed ({describe(exc)})")) from None
        if isinstance(exc, requests.exceptions.ChunkedEncodingError):
            raise Retryable(FetchError(url, f"connection broken while reading ({describe(exc)})")) from None
        raise FetchError(url, f"request failed ({describe(exc)})") from None


def out_of_time(detail: str, budget: Budget) -> str:
    """The reason of a FetchTimeoutError for a spent budget."""
    text = f"{budget.what} took more than {budget.limit:g} s in total"
    return f"{text} ({detail})" if detail and "ran out of time" not in detail else text


def describe(exc: BaseException) -> str:
    """The innermost message of a wrapped transport exception, once, in plain words."""
    while exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]
    reason = getattr(exc, "reason", None)  # urllib3's MaxRetryError wraps the real error here
    if isinstance(reason, BaseException):
        return describe(reason)
    words = [arg for arg in exc.args if isinstance(arg, str)]  # SSLError(1, "[SSL: ...] ...")
    text = words[0] if words else str(exc) or type(exc).__name__
    match = _INCOMPLETE.search(text)
    if match:
        got, more = match.groups()
        text = f"the server closed the connection after {got} bytes" + (f", {more} more were expected" if more else "")
    text = re.sub(r"^<[^>]+>: ", "", text)  # urllib3 prefixes its connection object's repr
    return text if len(text) <= 160 else text[:159] + "…"
