"""Author names from metadata and bylines: people only, each once, "A and B" split.

Organisations and placeholders ("Staff", "Reuters Editorial", "Newsroom", a URL) are not
authors. The test is on shape and generic words, so it holds for sites never seen.
"""

from __future__ import annotations

import re
from typing import Any

from ...names import fix_case, split_names
from .jsonld import resolve, text_of, types

_NOT_A_PERSON = re.compile(
    r"\b(?:staff|team|desk|editors?|editorial|newsroom|news|press|media|agency|agencies|wire|"
    r"service|services|inc|ltd|llc|gmbh|corp|corporation|company|group|network|magazine|"
    r"journal|times|post|daily|tribune|herald|gazette|online|official|admin|administrator|"
    r"webmaster|contributors?|organi[sz]ation|foundation|institute|association|society|"
    r"university|council|committee|redaktion|rédaction|redacción|redação|guest|anonymous|unknown)\b"
    r"|\.(?:com|org|net|co|de|fr|uk)\b|https?:|www\.|@",
    re.I,
)
_BYLINE_PREFIX = re.compile(r"^\s*(?:written\s+)?(?:by|von|par|por|oleh|di|door|av|af)\s*:?\s+", re.I)
_TRAILING_ROLE = re.compile(r"\s*[,|–—-]\s*(?:(?:senior|chief|staff|special|contributing|political|"
                            r"foreign|associate|deputy|managing)\s+)*(?:writer|reporter|editor|"
                            r"correspondent|columnist|contributor|producer).*$", re.I)
_DATE_TAIL = re.compile(r"\s*(?:[|,–—-]|\bon\b|\bupdated\b|\bpublished\b)\s*(?:\w+\s+)?\d.*$", re.I)
_LETTERS = re.compile(r"[^\W\d_]")


def person_names(text: str | None) -> list[str]:
    """The people named in a byline or author field ("By A and B" -> ["A", "B"])."""
    if not text:
        return []
    text = " ".join(text.split())
    text = _BYLINE_PREFIX.sub("", text)
    text = _TRAILING_ROLE.sub("", _DATE_TAIL.sub("", text))
    out = []
    for name in split_names(text):
        name = _BYLINE_PREFIX.sub("", name).strip(" .,:;|")
        if is_person(name):
            out.append(fix_case(name))
    return out


def is_person(name: str) -> bool:
    """A plausible personal name: one to five words of letters, no organisation words."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if not _LETTERS.search(name) or _NOT_A_PERSON.search(name):
        return False
    if len(words) == 1 and name.isascii() and len(name) < 3:
        return False
    return True


def jsonld_authors(value: Any, nodes: list[dict[str, Any]]) -> list[str]:
    """People in a JSON-LD ``author``/``creator`` value; Organization nodes are skipped."""
    value = resolve(value, nodes)
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        item = resolve(item, nodes)
        if isinstance(item, dict) and any("Organization" in t or "Corporation" in t for t in types(item)):
            continue
        out.extend(person_names(text_of(item)))
    return unique(out)


def unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
