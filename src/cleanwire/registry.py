"""Finds the site definitions in ``cleanwire.sites`` and picks one for a document."""

from __future__ import annotations

import importlib
import pkgutil
import re
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


def _anchored(pattern: str) -> bool:
    """True when ``pattern`` can only match at a line's start: it opens with "^" and has no
    "|" outside parentheses (which would let another branch match anywhere)."""
    if not pattern.startswith("^"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


def _joined(patterns: list[str]) -> re.Pattern[str]:
    # (?!) matches nothing: the pattern of no signatures.
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@lru_cache(maxsize=1)
def _signature_index() -> tuple[tuple[type[Site], ...], re.Pattern[str], re.Pattern[str]]:
    """The site classes that have dump signatures, in routing order, and two patterns that
    together match a line when any of their signatures does: the signatures anchored at the
    line's start (tried there only, which is cheap) and the others (searched)."""
    classes = tuple(cls for cls in site_classes() if cls._signature_rx)
    patterns = [rx.pattern for cls in classes for rx in cls._signature_rx]
    start = _joined([p[1:] for p in patterns if _anchored(p)])
    anywhere = _joined([p for p in patterns if not _anchored(p)])
    return classes, start, anywhere


def by_signature(doc: Document) -> type[Site] | None:
    """The first site (by name) one of whose signatures is among the dump's first or last 40
    non-blank lines; the same answer as asking each class's ``matches_dump`` in turn.

    Every dump without a URL is routed here, so the lines are read once by one pattern that
    joins every signature; only the few lines it matches are tested class by class.
    """
    if doc.kind != "dump":
        return None
    classes, start, anywhere = _signature_index()
    lines = [line for line in doc.lines if line]
    probe = lines[:40] + lines[-40:]
    candidates = [line for line in probe if start.match(line) or anywhere.search(line)]
    if not candidates:
        return None
    for cls in classes:
        if any(rx.search(line) for rx in cls._signature_rx for line in candidates):
            return cls
    return None


def choose(doc: Document, site: str | None = None) -> type[Site] | None:
    """Explicit name first, then the URL, then a dump signature; None means generic."""
    if site:
        return by_name(site)
    return by_url(doc.url) or by_signature(doc)
