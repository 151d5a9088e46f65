"""requests' exceptions as FetchErrors, with the ones worth a retry marked as such."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import requests
from urllib3.exceptions import ReadTimeoutError

from .errors import FetchError, FetchTimeoutError


class Retryable(Exception):
    """A failure worth retrying; ``final`` is the error to raise when retries run out."""

    def __init__(self, final: FetchError) -> None:
        super().__init__(final.reason)
        self.final = final


@contextmanager
def translated(url: str, connect_timeout: float, read_timeout: float) -> Iterator[None]:
    """Turn requests' exceptions into FetchErrors, marking the ones worth a retry."""
    try:
        yield
    except requests.exceptions.ConnectTimeout:
        raise Retryable(FetchTimeoutError(url, f"could not connect within {connect_timeout:g} s")) from None
    except requests.exceptions.ReadTimeout:
        # Not retried: a server too slow to answer is not helped by asking again at once.
        raise FetchTimeoutError(url, f"no answer within {read_timeout:g} s") from None
    except requests.exceptions.ConnectionError as exc:
        if exc.args and isinstance(exc.args[0], ReadTimeoutError):  # a stall while streaming the body
            raise FetchTimeoutError(url, f"the body stalled for more than {read_timeout:g} s") from None
        raise Retryable(FetchError(url, f"connection failed ({_short(exc)})")) from None
    except requests.exceptions.ChunkedEncodingError as exc:
        raise Retryable(FetchError(url, f"connection broken while reading ({_short(exc)})")) from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(url, f"request failed ({type(exc).__name__}: {_short(exc)})") from None


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 160 else text[:159] + "…"
