"""People's names as pages print them: bylines split into names, capitalisation repaired."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_EMAIL = re.compile(r"\S+@\S+")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")
_LEADING_BY = re.compile(r"^(?:by|von|par|por|di|oleh|written by|text:)\s+", re.I)


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into names, dropping e-mail addresses and bracketed notes."""
    text = _BRACKETS.sub("", _EMAIL.sub("", text))
    text = _LEADING_BY.sub("", text.strip())
    return [part.strip(" .,-") for part in _SPLIT.split(text) if part and part.strip(" .,-")]


def fix_case(name: str, *, romanised: bool = False) -> str:
    """Title-case a name printed in capitals; leave mixed-case names as the page wrote them.

    With ``romanised=True`` the part after a hyphen stays lower case, as in romanised Korean
    given names ("SEO JI-EUN" -> "Seo Ji-eun").
    """
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        pieces = word.lower().split("-")
        if romanised:
            pieces = [pieces[0].capitalize()] + pieces[1:]
        else:
            pieces = [piece.capitalize() for piece in pieces]
        word = "-".join(pieces)
        # McDonald, O'Brien: capitalise after an apostrophe too.
        word = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), word)
        words.append(word)
    return " ".join(words)


def names_from_byline(text: str, *, romanised: bool = False) -> tuple[str, ...]:
    """All names in a byline line, capitalised, each once."""
    seen: dict[str, None] = {}
    for name in split_names(text):
        seen.setdefault(fix_case(name, romanised=romanised), None)
    return tuple(seen)
