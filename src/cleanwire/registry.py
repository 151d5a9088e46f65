"""Finds the site extractors in ``cleanwire.sites`` and picks one for a document."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from urllib.parse import urlsplit

from . import sites
from .document import Document
from .errors import UnknownSiteError
from .extractor import Extractor
from .site import SiteExtractor


@lru_cache(maxsize=1)
def site_classes() -> tuple[type[SiteExtractor], ...]:
    """Every SiteExtractor subclass defined in a module of ``cleanwire.sites``, by name."""
    found: dict[str, type[SiteExtractor]] = {}
    for info in pkgutil.iter_modules(sites.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{sites.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, SiteExtractor)
                and value.__module__ == module.__name__
                and value.name
            ):
                if value.name in found:
                    raise RuntimeError(f"two site extractors are named {value.name!r}")
                found[value.name] = value
    return tuple(found[name] for name in sorted(found))


def by_name(name: str) -> Extractor:
    """The extractor called ``name`` ("generic" included)."""
    from .generic import GenericExtractor

    if name == GenericExtractor.name:
        return GenericExtractor()
    for cls in site_classes():
        if cls.name == name:
            return cls()
    known = ", ".join(["generic", *(c.name for c in site_classes())])
    raise UnknownSiteError(f"no extractor named {name!r} (known: {known})")


def by_url(url: str | None) -> SiteExtractor | None:
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    for cls in site_classes():
        if cls.matches_host(host):
            return cls()
    return None


def by_signature(doc: Document) -> SiteExtractor | None:
    if doc.kind != "dump":
        return None
    for cls in site_classes():
        if cls.matches_dump(doc):
            return cls()
    return None


def choose(doc: Document, site: str | None = None) -> Extractor:
    """Explicit name first, then the URL's host, then a dump signature, else generic."""
    from .generic import GenericExtractor

    if site:
        return by_name(site)
    return by_url(doc.url) or by_signature(doc) or GenericExtractor()
