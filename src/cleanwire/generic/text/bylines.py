"""The byline of a generic dump: who the page credits, found around the headline and the story.

Pages print bylines in many shapes: "By Jane Doe" under the headline, a prefix alone on its
line with the names on the lines after it ("Von" / "Jasper Riemann" / "Barbara Schneider"),
names without a prefix next to the dateline ("Radek Nohl"), a name glued to a date
("Kyle Wiggers 7 hours"), an agency alone ("AFP"), a Korean reporter's suffix at the end of
the story ("구현모 기자"). :mod:`cleanwire.lexicon.credits` reads the credits out of a line;
this module decides which lines are the byline, most explicit kind first.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...lexicon.credits import OPENERS, credits, is_agency, is_byline, is_role, reporter_names
from ...lexicon.people import BYLINE_PREFIX_ALONE
from ...lexicon.vocab import CREDIT_PREFIX, DATE_HINT, RELATED_HEADING, is_chrome, is_credit
from .features import Page

# How far around the headline and the story's first line the byline is looked for.
_BEFORE_TITLE = 8
# Names without a prefix may sit just above the headline too ("Ann Lee | 05.04.2025").
_ABOVE_TITLE = 2
_AFTER_START = 10
_TAIL = 8
# Names without a prefix: between the headline and this many lines into the story (or this
# many lines above the story when no headline is known).
_BARE_AFTER = 6
_BARE_BEFORE = 6
_MAX_LEN = 160
# A prefix alone on its line (lexicon.people.BYLINE_PREFIX_ALONE) takes its names from at most
# this many short lines after it.
_FOLLOWING = 8
_DIGIT = re.compile(r"\d")
# Scripts without capitals (Korean, Japanese, Chinese, Arabic, Hebrew, ...).
_NO_CASE = re.compile(r"[^\W\d_A-Za-zÀ-ɏͰ-ϿЀ-ӿ]")
_TRAILING_NAME = re.compile(r",\s*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*$")
# A line of names holds at most this many words that are not numbers (a date may follow them).
_BARE_WORDS = 9
_SENTENCE_END = re.compile(r"[.!?]$")
_HOST_NOISE = frozenset(("www", "com", "co", "org", "net", "uk", "de", "news"))


def site_words(url: str | None) -> frozenset[str]:
    """The parts of the site's host name ("nytimes" of www.nytimes.com): never a person."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return frozenset()
    return frozenset(p for p in host.lower().split(".") if p not in _HOST_NOISE and len(p) > 2)


def _credits(text: str, site: frozenset[str]) -> tuple[list[str], list[str]]:
    if len(text) > _MAX_LEN:
        return [], []
    return credits(text, site)


def _is_caption_after(page: Page, k: int) -> bool:
    """True when line ``k`` is followed by a photo credit: it is a caption, not a byline."""
    nxt = page.texts[k + 1] if k + 1 < len(page.texts) else ""
    return bool(CREDIT_PREFIX.match(nxt) or (len(nxt) < 80 and is_credit(nxt)))


def _prefixed(page: Page, lines: range, site: frozenset[str]) -> tuple[list[str], list[str], list[int]] | None:
    """The first byline in ``lines`` that opens with a prefix ("By", "Von", "Kolumne von")."""
    texts = page.texts
    for k in lines:
        text = texts[k]
        if len(text) > _MAX_LEN:
            continue
        if BYLINE_PREFIX_ALONE.match(text):
            used = [k]
            people, orgs = [], []
            for j in range(k + 1, min(len(texts), k + 1 + _FOLLOWING)):
                if len(page.words[j]) > 6 or _SENTENCE_END.search(texts[j]):
                    break
                more, other = _credits(texts[j], site)
                people += more
                orgs += other
                used.append(j)
            if people or orgs:
                return list(dict.fromkeys(people)), list(dict.fromkeys(orgs)), used
            continue
        first = page.words[k][0] if page.words[k] else ""
        # The cheap test first: a byline opens with a prefix word (or an image's file name).
        if (first in OPENERS or ".jp" in text or ".png" in text) and is_byline(text):
            people, orgs = _credits(text, site)
            if people or orgs:
                return people, orgs, [k]
    return None


def _name_after_date(text: str, site: frozenset[str]) -> list[str]:
    """The writer named after a dateline ("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Ann Lee")."""
    match = _TRAILING_NAME.search(text) if _DIGIT.search(text) else None
    return _credits(match.group(1), site)[0] if match else []


def _menu_item(page: Page, k: int) -> bool:
    """A short capitalised line without digits that is no name and no button: a menu item."""
    if not 0 <= k < len(page.texts) or not 1 <= len(page.words[k]) <= 3:
        return False
    text = page.texts[k]
    count = len(page.words[k])
    return (1 <= count <= 3 and text[:1].isupper() and not _DIGIT.search(text) and not is_chrome(text)
            and not is_role(text) and not BYLINE_PREFIX_ALONE.match(text) and not any(credits(text)))


def _bare(page: Page, lines: range, title_at: int | None, site: frozenset[str]) -> tuple[list[str], list[str], list[int]] | None:
    """Lines that hold nothing but names or an agency ("Radek Nohl", "AFP"), next to each other.

    A run of such lines between menu items is a menu ("Meine Gemeinde", "Big Interview"):
    the search goes on after it.
    """
    texts = page.texts
    found: tuple[list[str], list[str], list[int]] | None = None
    for k in [*lines, None]:
        ends = k is None
        if k is not None:
            text = texts[k]
            if found and len(text) <= 2:
                continue  # a stray mark inside a run of names ("0", "&")
            agency = is_agency(text.split("/")[0])
            wordy = len(page.words[k]) - sum(map(str.isdigit, page.words[k])) > _BARE_WORDS  # words but numbers
            people: list[str] = []
            orgs: list[str] = []
            if not (k == title_at or wordy or not (agency or text[:1].isupper() or _NO_CASE.match(text)) or len(text) > 120 or _SENTENCE_END.search(text) or is_chrome(text)
                    or RELATED_HEADING.match(text)
                    or (not agency and (CREDIT_PREFIX.match(text) or is_credit(text)))):
                people, orgs = _credits(text, site)
                agency = agency or any(is_agency(org) for org in orgs)
                if not people and not agency:
                    people = _name_after_date(text, site)
            if (people or agency) and not _is_caption_after(page, k):
                if found is None:
                    found = ([], [], [])
                found[0].extend(people)
                found[1].extend(orgs)
                found[2].append(k)
                continue
            ends = found is not None
        if ends and found:
            # A run that carries a date ("Ann Lee | 05.04.2025") or sits under a dateline is a
            # byline wherever it sits.
            above = found[2][0] - 1
            dated = any(_DIGIT.search(texts[j]) for j in found[2]) or (
                above >= 0 and bool(_DIGIT.search(texts[above])) and len(texts[above]) < 80
                and bool(DATE_HINT.search(texts[above])))
            if dated or not (_menu_item(page, found[2][0] - 1) or _menu_item(page, found[2][-1] + 1)):
                return found
            found = None
    return None


def _names_over_dateline(page: Page, lines: range, site: frozenset[str]) -> tuple[list[str], list[str], list[int]] | None:
    """Lines of names alone right over a dateline ("Ann Lee" / "Ann Lee" / "28. Juni 2025 -
    16.03 Uhr"), wherever they sit above the story (above the headline too)."""
    texts = page.texts
    for k in lines:
        text = texts[k]
        # The dateline first (cheap: a digit), then the names over it, nearest first.
        if k == lines.start or not _DIGIT.search(text) or len(text) >= 60 or not DATE_HINT.search(text):
            continue
        run: list[int] = []
        people: list[str] = []
        for j in range(k - 1, lines.start - 1, -1):
            found = [] if _DIGIT.search(texts[j]) or len(page.words[j]) > 4 else _credits(texts[j], site)[0]
            if not found:
                break
            run.insert(0, j)
            people = found + people
        if people:
            return list(dict.fromkeys(people)), [], run
    return None


def _under_first_copy(page: Page, title_at: int | None, site: frozenset[str]) -> tuple[list[str], list[str], list[int]] | None:
    """The byline under the headline's first copy when the page prints its headline twice (a
    header with standfirst, dateline and names over the photo, the headline again over the
    story): the second copy has no byline near it."""
    if title_at is None or page.counts[page.texts[title_at]] < 2:
        return None
    first = page.texts.index(page.texts[title_at])
    if first >= title_at:
        return None
    lines = range(first + 1, min(title_at, first + 1 + _BARE_AFTER))
    return _prefixed(page, lines, site) or _names_over_dateline(page, lines, site) or _bare(page, lines, first, site)


def authors(page: Page, title_at: int | None, story: list[int], url: str | None) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The page's authors (people first, else the credited organisation) and the byline lines.

    A prefixed byline is looked for around the headline and the story's first lines, then
    after the story; names without a prefix only between the headline and the story's first
    lines, where nothing but the byline, dateline, kicker and standfirst sits.
    """
    n = len(page.texts)
    if not n:
        return (), ()
    site = site_words(url)
    start = story[0] if story else (title_at or 0)
    end = story[-1] if story else start
    titled = title_at is not None and title_at <= start
    top: int = title_at if title_at is not None and titled else start - _BARE_BEFORE
    head = range(max(0, min(top, start) - _BEFORE_TITLE), min(n, start + _AFTER_START))
    band = range(max(0, top - _ABOVE_TITLE if titled else top), min(n, start + _BARE_AFTER))
    tail = range(max(start + 1, end - 2), min(n, end + 1 + _TAIL))  # the story's last lines too: "Reporting by A; editing by B"
    found = (_prefixed(page, head, site) or _names_over_dateline(page, head, site) or _bare(page, band, title_at, site)
             or _under_first_copy(page, title_at, site) or _prefixed(page, tail, site))
    if found is None:
        # Korean and Japanese bylines close the story: "구현모 기자 ninek@..."; the last one is
        # the writer's (photo credits inside the story use the same suffix).
        marked = [k for k in story + list(tail) if reporter_names(page.texts[k])]
        if not marked:
            return (), ()
        k = next((k for k in reversed(marked) if "@" in page.texts[k]), marked[-1])
        return tuple(reporter_names(page.texts[k])), (k,)
    people, orgs, used = found
    if people:
        # Agencies credited beside the writers are authors too ("Von A und B, dpa").
        return tuple(dict.fromkeys(people + [o for o in orgs if is_agency(o)])), tuple(used)
    return tuple(dict.fromkeys(orgs)), tuple(used)
