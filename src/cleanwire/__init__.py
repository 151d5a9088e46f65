"""cleanwire: turn raw dumps of news pages (plain text or HTML) into clean, typed articles.

    >>> import cleanwire
    >>> article = cleanwire.extract(open("page.txt", encoding="utf-8").read())
    >>> article.title, article.published, article.body

The public API is what ``__all__`` lists; every other module is private.
"""

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
    NoContentError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    UnknownSiteError,
)
from .extract import explain, extract, extract_file
from .fetch import Fetcher, FetchOptions, fetch, fetch_article
from .fetched import FetchResult
from .learn import LearnError, Template, TemplateError, learn

__version__ = "0.1.0"

__all__ = [
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
    "Label",
    "LearnError",
    "NoContentError",
    "NotHTMLError",
    "RelatedLink",
    "RobotsDisallowedError",
    "Template",
    "TemplateError",
    "TooLargeError",
    "TooManyRedirectsError",
    "UnknownSiteError",
    "__version__",
    "explain",
    "extract",
    "extract_file",
    "fetch",
    "fetch_article",
    "learn",
]
