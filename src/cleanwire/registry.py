"""Finds the site definitions in ``cleanwire.sites`` and picks one for a document."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from . import sites
from .document import Document
from .errors import UnknownSiteError
from .sitekit.definition import Site

#: The name that forces the generic path (``site="generic"``).
GENERIC = "generic"


@lru_cache(maxsize=1)
def site_classes() -> tuple[type[Site], ...]:
    """Every named Site subclass defined in a module of ``cleanwire.sites``, by name.

    Classes without a ``name`` are shared bases for a publisher group, not sites.
    """
    found: dict[str, type[Site]] = {}
    for info in pkgutil.iter_modules(sites.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{sites.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Site) and value.__module__ == module.__name__ and value.name:
                if value.name in found or value.name == GENERIC:
                    raise RuntimeError(f"two site definitions are named {value.name!r}")
                found[value.name] = value
    return tuple(found[name] for name in sorted(found))


def by_name(name: str) -> type[Site] | None:
    """The site called ``name``; None for "generic"."""
    if name == GENERIC:
        return None
    for cls in site_classes():
        if cls.name == name:
            return cls
    known = ", ".join([GENERIC, *(c.name for c in site_classes())])
    raise UnknownSiteError(f"no extractor named {name!r} (known: {known})")


def by_url(url: str | None) -> type[Site] | None:
    if not url:
        return None
    for cls in site_classes():
        if cls.matches_url(url):
            return cls
    return None


def by_signature(doc: Document) -> type[Site] | None:
    if doc.kind != "dump":
        return None
    for cls in site_classes():
        if cls.matches_dump(doc):
            return cls
    return None


def choose(doc: Document, site: str | None = None) -> type[Site] | None:
    """Explicit name first, then the URL, then a dump signature; None means generic."""
    if site:
        return by_name(site)
    return by_url(doc.url) or by_signature(doc)
