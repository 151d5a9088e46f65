"""The exception hierarchy: every failure cleanwire reports is a CleanwireError."""

from __future__ import annotations


class CleanwireError(Exception):
    """Base class of every error cleanwire raises on purpose."""


class InputError(CleanwireError):
    """The input cannot be turned into an article."""


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """The input is binary data (an image, a PDF, an archive), not a page."""


class DecodeError(InputError):
    """The bytes could not be decoded into text, or a compressed file is damaged."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class NoContentError(InputError):
    """The input decoded fine but held no text an article could be made of."""


class InternalError(CleanwireError):
    """cleanwire failed on this input in a way it did not foresee: a bug worth reporting with
    the input. The original exception is its ``__cause__``."""


class UnknownSiteError(CleanwireError):
    """``site=`` named an extractor that is not registered."""


class FetchError(CleanwireError):
    """A page could not be fetched. ``url`` and ``reason`` say which and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class RobotsDisallowedError(FetchError):
    """robots.txt of the host forbids fetching the URL."""


class FetchTimeoutError(FetchError):
    """The server did not answer within the timeout."""


class TooLargeError(FetchError):
    """The response body is larger than the size cap."""


class NotHTMLError(FetchError):
    """The response is not HTML or text."""


class HTTPStatusError(FetchError):
    """The server answered with an error status, after retries."""

    def __init__(self, url: str, reason: str, status: int) -> None:
        super().__init__(url, reason)
        self.status = status


class TooManyRedirectsError(FetchError):
    """The redirect chain is longer than the cap, or loops."""
