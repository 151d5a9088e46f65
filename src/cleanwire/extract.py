"""The pipeline: decode -> detect -> route -> extract -> Article."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Union
from urllib.parse import urlsplit

from .article import Article
from .blocks import Explanation
from .decode import MAX_INPUT_BYTES, gunzip
from .document import make_document
from .errors import CleanwireError, InputError, InputTooLargeError, InternalError, NoContentError
from .generic import explain as explain_generic
from .registry import choose
from .sitekit.apply import explain_site

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from lxml.etree import _Element

    from .learn.template import Template

#: What :func:`extract` reads: text, bytes, a BeautifulSoup document or an lxml element.
Page = Union[str, bytes, "BeautifulSoup", "_Element"]

#: The file kinds cleanwire reads; each may also be gzipped (``.gz`` after it).
INPUT_SUFFIXES = (".txt", ".html", ".htm")


def explain(
    raw: Page, *, url: str | None = None, site: str | None = None, encoding: str | None = None,
    template: Template | None = None, blocks: bool = True,
) -> Explanation:
    """Extract an article and keep the labelled lines/blocks it was built from.

    ``encoding`` is a charset declared outside the document (an HTTP header); it is used
    when the bytes fit it (see :func:`cleanwire.decode.decode_bytes`). ``template`` is a
    learned template of the page's site (:func:`cleanwire.learn`): it reads a page no site
    class takes, and removes the template lines a site class left in the body.
    ``blocks=False`` is for callers that read only the Article, the extractor and the notes:
    a dump or page read by the generic path then comes without blocks, which saves a tenth
    (dumps) or a twentieth (HTML) of its time.
    """
    _check_url(url)
    try:
        doc = make_document(raw, url=url, encoding=encoding)
        chosen = choose(doc, site=site)
        if template is not None:
            from .learn.apply import explain_template

            result = explain_template(doc, template, chosen)
        else:
            result = explain_site(chosen, doc) if chosen is not None else explain_generic(doc, blocks=blocks)
    except (CleanwireError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - the promise: every failure is a CleanwireError
        detail = " ".join(str(exc).split())  # one line: some messages (ImportError) span several
        raise InternalError(f"internal error ({type(exc).__name__}: {detail})") from exc
    if not result.article.paragraphs:
        raise NoContentError("no article text found in the input")
    return result


def _check_url(url: str | None) -> None:
    if url is None:
        return
    try:
        urlsplit(url).port  # noqa: B018 - raises ValueError on a malformed netloc or port
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError(f"url {url!r} is malformed ({exc})") from None


def extract(
    raw: Page, *, url: str | None = None, site: str | None = None, encoding: str | None = None,
    template: Template | None = None,
) -> Article:
    """Turn a raw page into a clean :class:`Article`.

    ``raw`` is a text dump or HTML (str or bytes), or a page already parsed by BeautifulSoup
    or lxml. The kind of input and the site are detected; ``site`` forces an extractor by name
    and ``url`` (the page's address) routes by host and fills ``Article.url``; ``template``
    is a learned template (see :func:`explain`).
    Raises a :class:`~cleanwire.CleanwireError` subclass when no article can be made.
    """
    return explain(raw, url=url, site=site, encoding=encoding, template=template, blocks=False).article


def read_input(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a dump file, decompressed when it is gzip (by name or by magic number)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"file is {size / 1048576:.1f} MB; the limit is {MAX_INPUT_BYTES / 1048576:.0f} MB")
    data = path.read_bytes()
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        data = gunzip(data, name=path.name)
    return data


def extract_file(
    path: str | os.PathLike[str], *, url: str | None = None, site: str | None = None
) -> Article:
    """:func:`extract` on a file (``.txt``, ``.html``, ``.htm``, or any of them gzipped)."""
    return extract(read_input(path), url=url, site=site)
