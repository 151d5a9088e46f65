"""The headline of a generic dump: the title as the page prints it above the story.

Two witnesses: the dump header's title (the page's metadata title, often with the site's name
stuck to it, sometimes an SEO title that differs from the printed one) and the printed
headline (the nearest headline-shaped line above the story, past the byline, dateline, kicker
and share buttons). When they agree up to a kicker ("Kicker: Headline", "Kicker Headline"),
a site affix or a shared tail after a separator, the agreeing part wins; when they differ,
the printed headline does. A dump without a header has the line its URL's slug spells as the
declared title instead.
"""

from __future__ import annotations

import re

from ...document import Document
from ...lexicon.normalise import shared_words, word_key
from ...lexicon.people import BYLINE_PREFIX
from ...lexicon.titles import SITE_MARKS, slug, strip_site_affixes, url_slug
from ...lexicon.vocab import DATE_HINT, DATELINE_PREFIX, RELATED_HEADING, is_chrome, is_credit
from .features import Page

# How far above the story's first line the printed headline is looked for (non-blank lines).
_LOOK_BACK = 15
# A site's name printed as a line is at most this long.
_NAME_CHARS = 40
# Another wording of the headline is at most this many words longer than the header's.
_LONGER = 4
# Another wording of the headline shares at least this many content words with the header's (one
# shared word is a caption or a promo line that names the same thing: "Paypal", "with").
_SHARED = 2
# Another wording of the headline printed higher than the nearest candidate shares this share of
# its words with the header's (a caption above the byline names one or two of the same things).
_MOSTLY = 0.4
# How far under the header title's printed line the h1 may sit.
_UNDER_TITLE = 5
# A kicker printed between an SEO title and the headline is at most this many words.
_KICKER_WORDS = 4
# A headline that shares no words with the header's is trusted only this short (words).
_SHORT_HEADLINE = 20
# Headline-shaped: this many words (scripts without spaces: this many characters).
_WORDS = (3, 40)
_CHARS = (6, 150)
_SEPARATOR = re.compile(r"\s+[|:\-–—/]\s+|:\s+|\s*[｜|]\s*")
# What strip_site_affixes splits on: " | ", " - ", "｜" ...
_AFFIXED = re.compile(rf"\s[{SITE_MARKS}]+\s|[｜ㅣ]")
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_DIGITS = re.compile(r"\d")
_LONE_URL = re.compile(r"https?://[^\s/]+/\S+")


def _shaped(text: str, words: int) -> bool:
    """A line that can be a headline: its length, no sentence end, no chrome, date or byline."""
    if _NO_SPACES.search(text):
        if not _CHARS[0] <= len(text) <= _CHARS[1]:
            return False
    elif not _WORDS[0] <= words <= _WORDS[1]:
        return False
    if text[-1:] in ".:;,»" and not text.endswith("..."):
        return False
    if is_chrome(text) or BYLINE_PREFIX.match(text) or DATELINE_PREFIX.match(text) or RELATED_HEADING.match(text):
        return False
    if _DIGITS.search(text) and DATE_HINT.search(text) and len(text) < 60:
        return False
    return not is_credit(text) and not _says_twice(text)


def _says_twice(text: str) -> bool:
    """A line that prints its first two words again: a pair of buttons ("Ann Lee folgen Ann Lee
    nicht mehr folgen", "Share on X Share on Y") or a label printed twice, no headline."""
    words = text.casefold().split()
    return len(words) >= 4 and any(words[k:k + 2] == words[:2] for k in range(2, len(words) - 1))


def printed(page: Page, story_start: int, title_at: int | None) -> int | None:
    """The printed headline's line: right under the header's line, else the nearest above the story.

    Under the header's line (an SEO title printed above the h1, a breadcrumb), the headline is
    the last headline-shaped line before the standfirst or byline; kickers of one or two words
    ("Parlamentsstreit") may sit between. Elsewhere it is the nearest headline-shaped line
    above the story's first line, past bylines, datelines, captions and buttons.
    """
    texts, words = page.texts, page.words
    if title_at is not None and title_at < story_start:
        found = None
        for k in range(title_at + 1, min(story_start, title_at + 1 + _UNDER_TITLE)):
            if _shaped(texts[k], len(words[k])):
                if k == title_at + 1 and len(words[k]) > _KICKER_WORDS and not _same_wording(texts[k], texts[title_at]):
                    # Right under the header's line with no kicker between: that line is the
                    # headline and this one its standfirst.
                    break
                found = k
            elif len(texts[k].split()) > 2 or texts[k][-1:] == ".":  # printed words: "Hamburg-Marathon 2024" is two
                break
        return found
    for k in range(story_start - 1, max(-1, story_start - 1 - _LOOK_BACK), -1):
        # A line printed twice in a row is an image's alt text and its caption.
        doubled = texts[k] == texts[k - 1] or (k + 1 < len(texts) and texts[k] == texts[k + 1])
        if not doubled and _shaped(texts[k], len(words[k])):
            return k
    return None


def _same_wording(a: str, b: str) -> bool:
    """One line says the other, up to a kicker or a part glued to it, or a separator."""
    key, other = word_key(a), word_key(b)
    return bool(key and other) and (key in other or other in key or
                                    bool(_tail_after_separator(a, b) or _tail_after_separator(b, a)))


def _prints_header(page: Page, at: int | None, header: str) -> bool:
    """True when line ``at`` (the header's line) says the header's title (the cheap tests first)."""
    if at is None:
        return False
    text = page.texts[at]
    return text == header or header.startswith(text) or text.startswith(header) or _same_wording(text, header)


def _another_wording(line: str, header: str) -> bool:
    """Another wording of the header's headline: enough content words in common, not much longer
    (one shared word is a caption or a promo line that names the same thing)."""
    key, wanted = word_key(line), word_key(header)
    return len(_content(key) & _content(wanted)) >= _SHARED and len(key.split()) <= len(wanted.split()) + _LONGER


def _reworded_above(page: Page, start: int, stop: int, header: str) -> int | None:
    """The nearest line from ``start`` up to ``stop`` that is headline-shaped and says much
    of what the header says (a headline may be printed twice: its image's alt text)."""
    for k in range(start, stop, -1):
        text = page.texts[k]
        if shared_words(text, header) >= _MOSTLY and _shaped(text, len(page.words[k])) and _another_wording(text, header):
            return k
    return None


def _reworded_twice(page: Page, header: str) -> int | None:
    """The first headline-shaped line printed twice that holds every content word of the
    header's title (more than two of them)."""
    wanted = _content(word_key(header))
    if len(wanted) <= _SHARED:
        return None
    return next((k for k, text in enumerate(page.texts) if page.counts[text] > 1 and wanted <= _content(word_key(text))
                 and _shaped(text, len(page.words[k]))), None)


def _tail_after_separator(a: str, b: str) -> str | None:
    """The part after a separator that ``a`` and ``b`` end with alike ("K1: Title", "K2 - Title")."""
    for part in _SEPARATOR.split(a)[1:]:
        key = word_key(part)
        if len(key.split()) >= 3 and word_key(b).endswith(key) and a.rstrip().endswith(part.rstrip()):
            return part.strip()
    return None


def headline(doc: Document, page: Page, story_start: int | None) -> tuple[str | None, int | None]:
    """The title and the line it was printed on (None when it comes from the header alone)."""
    title, at = _headline(doc, page, story_start)
    return _without_unprinted_kicker(title, at, page)


def _without_unprinted_kicker(title: str | None, at: int | None, page: Page) -> tuple[str | None, int | None]:
    """"Kicker: Headline" where the page prints the headline but the kicker nowhere (a search
    engine's prefix in the header): the headline as printed, without it."""
    if not title or ": " not in title:
        return title, at
    kicker, tail = title.split(": ", 1)
    if len(tail.split()) < 3 or len(kicker.split()) > 8:
        return title, at
    kicker_low, probe, tail_key = kicker.casefold(), tail[-12:].casefold(), word_key(tail)
    printed_at = None
    for k, text in enumerate(page.texts):
        low = text.casefold()
        if kicker_low in low:
            return title, at  # the page prints the kicker: part of the title as declared
        if printed_at is None and probe in low and word_key(text).endswith(tail_key):
            printed_at = k
    if printed_at is None:
        return title, at
    # What the line prints before the headline is another kicker, not this one glued on.
    before = word_key(page.texts[printed_at])[: -len(tail_key)]
    return (title, at) if _content(before) & _content(word_key(kicker)) else (tail, printed_at)


def _headline(doc: Document, page: Page, story_start: int | None) -> tuple[str | None, int | None]:
    header = doc.header_title
    if header and _AFFIXED.search(header):  # names are only needed when a site's name can be stuck on
        header = strip_site_affixes(header, _printed_names(page, len(header) // 2), _host(doc.url))
    matched = page.title_at if header else None
    if header and not _prints_header(page, matched, header):
        # The header's title printed nowhere, and a headline printed twice (over the story,
        # as its photo's alt text) holds all its words: the header shortens that headline.
        reworded = _reworded_twice(page, header)
        if reworded is not None:
            return page.texts[reworded], reworded
        # The header's title is printed nowhere and the line the article's URL spells says
        # something else (an SEO title over the printed one): that line is the headline.
        spelled = _spelled_by_url(page, doc.url or _leading_url(page))
        if spelled is not None and not (_same_wording(page.texts[spelled], header)
                                        or _another_wording(page.texts[spelled], header)):
            return page.texts[spelled], spelled
    if not header:
        # No header: the line the article's URL spells is the declared title (the URL given,
        # else the one a dump saved as its first line).
        matched = _spelled_by_url(page, doc.url or _leading_url(page))
        header = page.texts[matched] if matched is not None else None
    if matched is not None and story_start is not None:
        # The headline printed again closer above the story (the first copy may be a teaser).
        text, size = word_key(page.texts[matched]), len(page.texts[matched])
        matched = next(
            (k for k in range(story_start, matched, -1)
             if abs(len(page.texts[k]) - size) <= 3 and word_key(page.texts[k]) == text),  # length first: cheap
            matched,
        )
    printed_key = word_key(page.texts[matched]) if matched is not None else ""
    if matched is not None and printed_key and printed_key in word_key(doc.header_title or "") and printed_key != word_key(header):
        header = page.texts[matched]  # as printed: the header adds the site's name
    at = printed(page, story_start, matched) if story_start is not None else None
    if not header:
        # No header: the printed headline, else the title-like line the page prints twice.
        fallback = at if at is not None else page.title_at
        if at is not None and at > 0 and page.counts[page.texts[at]] == 1 and page.counts[page.texts[at - 1]] > 1 \
                and _shaped(page.texts[at - 1], len(page.words[at - 1])):
            # A line the page prints again right over it (in a teaser above, over the photo) is
            # the headline, and this one its deck.
            fallback = at - 1
        return (page.texts[fallback], fallback) if fallback is not None else (None, None)
    if at is None:
        return header, matched
    line = page.texts[at]
    key, wanted = word_key(line), word_key(header)
    if key == wanted:
        return header, at  # the header keeps the colon a kicker printed on its own line lost
    if key in wanted or wanted in key:
        # A kicker glued to one of them ("Kicker Headline"), or a part of the other.
        return header, matched
    tail = _tail_after_separator(line, header) or _tail_after_separator(header, line)
    if tail:
        return tail, at
    if matched is not None and at == matched + 2 and len(page.words[at - 1]) <= _KICKER_WORDS \
            and story_start is not None and story_start - at <= 2 and len(page.words[at]) <= _SHORT_HEADLINE:
        # Under the header's printed line (an SEO title, a crumb), past a kicker and right
        # over the story: the headline printed over the story, whatever words it shares (a
        # standfirst there is longer).
        return line, at
    if not _another_wording(line, header):
        # A caption, a teaser or a standfirst, not another wording of the headline; the
        # headline may be printed higher, over the standfirst, caption and byline.
        if story_start is not None and (matched is None or matched > story_start):
            higher = _reworded_above(page, at - 1, max(-1, story_start - 1 - _LOOK_BACK), header)
            if higher is not None:
                return page.texts[higher], higher
        return header, matched
    return line, at


def _spelled_by_url(page: Page, url: str | None) -> int | None:
    """The first line the URL's last segment spells (".../city-plans-new-cycle-lanes-18857107.html")."""
    wanted = url_slug(url)
    if not wanted or wanted.count("-") < _WORDS[0]:
        return None
    # A line spells the slug only with as many words (the cheap test first: slug() is not).
    words = wanted.count("-") + 1
    return next((k for k, text in enumerate(page.texts) if len(text) < _CHARS[1] and len(page.words[k]) >= words // 2
                 and slug(text) == wanted), None)


def _leading_url(page: Page) -> str | None:
    """The page's address when the dump opens with it on a line of its own."""
    first = page.texts[0] if page.texts else ""
    return first if _LONE_URL.fullmatch(first) else None


def _printed_names(page: Page, below: int) -> frozenset[str]:
    """Short lines the page prints (its logo, its name in the footer): a header part that is one
    of them is the site's name, whatever its host ("｜日刊ゲンダイDIGITAL", " - Seznam Zprávy")."""
    limit = min(_NAME_CHARS, below)  # shorter than the headline part of the header
    return frozenset(text.casefold() for text in page.counts if len(text) < limit)


def _content(key: str) -> set[str]:
    return {word for word in key.split() if len(word) >= 4}


def _host(url: str | None) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname if url else None
