"""cleanwire: turn raw dumps of news pages (plain text or HTML) into clean, typed articles.

    >>> import cleanwire
    >>> article = cleanwire.extract(open("page.txt", encoding="utf-8").read())
    >>> article.title, article.published, article.body

The public API is what ``__all__`` lists; every other module is private.
"""

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
    NoContentError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    UnknownSiteError,
)
from .columnar import SCHEMA_VERSION, article_schema, from_arrow, to_arrow
from .extract import explain, extract, extract_file
from .fetch import Fetcher, FetchOptions, fetch, fetch_article
from .fetched import FetchResult

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
    "Label",
    "NoContentError",
    "NotHTMLError",
    "RelatedLink",
    "RobotsDisallowedError",
    "SkippedRecord",
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
    "to_arrow",
]
