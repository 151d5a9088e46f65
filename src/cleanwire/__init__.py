"""cleanwire: turn raw dumps of news pages (plain text or HTML) into clean, typed articles.

    >>> import cleanwire
    >>> article = cleanwire.extract(open("page.txt", encoding="utf-8").read())
    >>> article.title, article.published, article.body

The public API is what ``__all__`` lists; every other module is private. The fetching names
load :mod:`cleanwire.fetching` (and with it urllib's HTTP stack, then requests) on first use,
so programs that only extract do not pay for them.
"""

import typing

from .archive import ArchivedArticle, SkippedRecord, iter_archive, iter_warc
from .article import Article, RelatedLink
from .blocks import Block, Explanation, Label
from .errors import (
    BinaryInputError,
    CleanwireError,
    DecodeError,
    EmptyInputError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    InputTooLargeError,
    InternalError,
    NoContentError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    UnknownSiteError,
)
from .columnar import SCHEMA_VERSION, article_schema, from_arrow, to_arrow
from .extract import explain, extract, extract_file
from .learn import LearnError, Template, TemplateError, learn

if typing.TYPE_CHECKING:
    from .fetching import Fetcher, FetchOptions, FetchResult, fetch, fetch_article

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ArchivedArticle",
    "Article",
    "BinaryInputError",
    "Block",
    "CleanwireError",
    "DecodeError",
    "EmptyInputError",
    "Explanation",
    "FetchError",
    "FetchOptions",
    "FetchResult",
    "FetchTimeoutError",
    "Fetcher",
    "HTTPStatusError",
    "InputError",
    "InputTooLargeError",
    "InternalError",
    "Label",
    "LearnError",
    "NoContentError",
    "NotHTMLError",
    "RelatedLink",
    "RobotsDisallowedError",
    "SkippedRecord",
    "Template",
    "TemplateError",
    "TooLargeError",
    "TooManyRedirectsError",
    "UnknownSiteError",
    "__version__",
    "article_schema",
    "explain",
    "extract",
    "extract_file",
    "fetch",
    "fetch_article",
    "from_arrow",
    "iter_archive",
    "iter_warc",
    "learn",
    "to_arrow",
]

_FETCHING = frozenset({"Fetcher", "FetchOptions", "FetchResult", "fetch", "fetch_article"})


def __getattr__(name: str) -> typing.Any:
    if name in _FETCHING:
        from . import fetching

        value = getattr(fetching, name)
        globals()[name] = value  # looked up once
        return value
    raise AttributeError(f"module 'cleanwire' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _FETCHING)
