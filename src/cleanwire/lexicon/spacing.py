"""The spaces a dump of a page prints, or leaves out, where an inline link starts or ends.

A dump sets each link's text off as a run of its own, so where the page prints a link inside a
word or against punctuation the dump has a space the page does not ("Taylor Swift ‘s" for
"Taylor Swift‘s", der " Teheran Times " for der "Teheran Times"). A site whose dumps do this
lists the gaps it prints (``Layout.dump_gaps``) and its dump's paragraphs are repaired, so they
read as its page's do. Each gap is narrow on purpose: it must never join two real words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    """A space a dump prints at a link's edge: ``pattern`` finds it, ``replacement`` is what
    the page prints there (nothing, by default)."""

    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str] = ""

    def repair(self, text: str) -> str:
        return self.pattern.sub(self.replacement, text)


def repair(text: str, gaps: Iterable[Gap]) -> str:
    """``text`` with every gap of ``gaps`` repaired, in order."""
    for gap in gaps:
        text = gap.repair(text)
    return text


#: A space before a possessive ("Swift ‘s", "Pakistan 's"): where a link ended.
POSSESSIVE = Gap(re.compile(r"(?<=\w) (?=[‘’']s\b)"))
#: A lone lower-case letter after a word ("climate treat y.", "changes i n their"): the end of a
#: word a dump split where a link ended inside it. English has no such one-letter words but
#: "a" (and "I"), which are left alone.
LONE_LETTER = Gap(re.compile(r"(?<=[a-z]) (?=[b-hj-z](?![\w'’-]))"))
#: A space after a closed em dash ("1971— invoked" for "1971—invoked"): where a link started.
CLOSED_EM_DASH = Gap(re.compile(r"(?<=\w—) (?=[a-z])"))
#: A quoted link with spaces inside its quotes: der " Teheran Times " wichtigster.
SPACED_QUOTES = Gap(re.compile(r'(^|\s)" ([^"]+?) "(?=\s|[.,;:!?)]|$)'), r'\1"\2"')

#: Words before which " -x" is German shorthand, not a link's spacing: "Ein- und -ausgänge".
_ELLIPSIS_BEFORE = frozenset("und oder bis sowie bzw. als wie noch".split())


def _hyphen(match: re.Match[str]) -> str:
    text = match.string
    word = text[text.rfind(" ", 0, match.start()) + 1:match.start()]
    return match.group(0) if word.casefold() in _ELLIPSIS_BEFORE else "-"


#: A hyphenated compound whose first part is a link: "Patriot -Flugabwehr".
SPACED_HYPHEN = Gap(re.compile(r"(?<=\S) -(?=\w)"), _hyphen)
