"""Where the story starts and ends, beyond what the line model scores.

- The standfirst (teaser) printed between the headline and the first paragraph is part of
  the story, though bylines, datelines and buttons often sit between them.
- Inserts inside the story ("Read more: <other headline>", "Lesen Sie auch: ...", ad and
  consent placeholders) are not.
- A paragraph printed twice (print views, repeated blocks) is the story only once.
"""

from __future__ import annotations

import re

from ...lexicon.vocab import (
    AD_WORD, APPEAL_PAIRS, APPEAL_WORDS, AUTHOR_BOX, BUTTON_LINE, CREDIT_PREFIX, DATE_HINT, DATELINE_PREFIX, INSERT, PLACEHOLDER,
    PLACEHOLDER_KEYS, READER_FORMAL, READER_WORDS, REPORTING_CREDIT, is_chrome, is_credit, may_match,
)
from ...lexicon.credits import is_byline
from .features import CLOSERS, Page

# "?" is left out: a question under the headline is a second headline more often than a teaser.
_SENTENCE_ENDS = frozenset(".!…。！\"'”’»")
# The standfirst sits at most this many lines under the headline.
_STANDFIRST_WINDOW = 8
_STANDFIRST_WORDS = (8, 90)
_UNENDED_WORDS = 12
_QUESTION_WORDS = 20
# Lines of at least this many words are paragraphs: printed twice, the second is no story.
_REPEAT_WORDS = 8
# Ad placeholders are a few words long.
_PLACEHOLDER_WORDS = 6
# A dateline under an agency's byline is short.
_DATELINE_WORDS = 8
# Inserts and placeholders are short.
_INSERT_CHARS = 200
_BUTTON_CHARS = 40
# An appeal to sign up is at most _APPEAL_WORDS words; past _APPEAL_SHORT it must address the
# reader too ("... informiert Sie", "your source for ..."): a report may say who signed up.
_APPEAL_WORDS = 60
# The first words of APPEAL_PAIRS: most lines hold none, and then no word pair is made.
_APPEAL_FIRST = frozenset(first for first, _ in APPEAL_PAIRS)
_APPEAL_SHORT = 20
# A box about the author opens with a heading of at most _BOX_WORDS words, after at least
# _BOX_SHARE of the story's words (a heading high up is the story's own).
_BOX_WORDS = 6
_BOX_SHARE = 0.5
# A credit for the reporting is a line of at most this many words.
_CREDIT_WORDS = 60
_CREDIT_FIRST = frozenset(
    "reporting editing writing compiled produced research fact factchecking with additional associated mit avec con".split()
)
# A list of teasers under a related heading: at most this many lines of at most this many words.
_TEASER_LINES = 12
_TEASER_WORDS = 30
_PROSE_ENDS = frozenset(".!?…。！？")
# A word (and maybe a comma) with an ellipsis straight after it closes a text cut short.
_CUT_SHORT = re.compile(r"\w,?(?:\.\.\.|…)$")
_CUT_SHORT_LINES = 2
_ELLIPSES = ("...", "…")
# The story's opening paragraphs may sit up to _LEDE_GAP lines above its first line.
_LEDE_GAP = 8
_LEDE_P1 = 0.7
_LEDE_WORDS = 15
# A paragraph ending in an ellipsis is a teaser cut short, not the story's opening.
_LEDE_ENDS = _PROSE_ENDS - {"…"}
_EMAIL = re.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# The signature under an embedded post: "— Jane Doe (@jane_doe) November 18, 2019".
_POST_SIGNATURE = re.compile(r"^[—–-]\s.{1,80}\(@\w{1,30}\)\s.{0,30}\d{4}$")
_POST_GAP = 4


def standfirst(page: Page, title_at: int | None, body: list[bool]) -> int | None:
    """The line under the headline that opens the story, when the model left it out."""
    if title_at is None:
        return None
    first = next((k for k in range(title_at + 1, len(body)) if body[k]), None)
    if first is None or first - title_at <= 1:
        return None
    for k in range(title_at + 1, min(first, title_at + 1 + _STANDFIRST_WINDOW)):
        text = page.texts[k]
        count = len(page.words[k])
        if not _STANDFIRST_WORDS[0] <= count <= _STANDFIRST_WORDS[1]:
            continue
        # Right under the headline a long line is the standfirst even without a full stop; a
        # question is one when it closes a longer text ("Berlin. The minister ... . But why?").
        last = text.rstrip()[-1:]
        ended = (last in _SENTENCE_ENDS or (k == title_at + 1 and count >= _UNENDED_WORDS)
                 or (last in "?？" and count >= _QUESTION_WORDS))
        if (not ended or page.counts[text] > 1 or is_chrome(text) or is_credit(text) or is_byline(text)
                or DATELINE_PREFIX.match(text) or _is_caption(page, k) or text.startswith(page.texts[title_at])):
            continue
        return k
    return None


def _is_caption(page: Page, k: int) -> bool:
    """A caption: the next line repeats it with a credit, or is a credit (not an agency's
    byline: "dpa" over the dateline)."""
    if k + 1 >= len(page.texts):
        return False
    text, nxt = page.texts[k], page.texts[k + 1]
    if nxt.startswith(text[:60]):
        return True
    credit = bool(CREDIT_PREFIX.match(nxt)) or (len(nxt) < 80 and is_credit(nxt))
    return credit and not _dateline_after(page, k + 1)


def _dateline_after(page: Page, k: int) -> bool:
    """The line after ``k`` is a short dateline ("28.04.2023 | 17:52 Uhr")."""
    if k + 1 >= len(page.texts):
        return False
    nxt = page.texts[k + 1]
    return len(page.words[k + 1]) <= _DATELINE_WORDS and bool(DATE_HINT.search(nxt))


def is_insert(text: str, words: int) -> bool:
    """A teaser, a button ("Read more") or a placeholder inside the story: never the story's own text.

    An ad word alone is a placeholder only in a short line ("Anzeige", "Close advertising");
    a sentence may mention an advertisement.
    """
    if len(text) > _INSERT_CHARS:
        return False
    # INSERT needs the label's separator: a few scans in C spare most lines the pattern (microseconds each).
    if (":" in text or "：" in text or "»" in text or ">" in text or "|" in text) and INSERT.match(text):
        return True
    if len(text) <= _BUTTON_CHARS and BUTTON_LINE.match(text):
        return True
    return (may_match(text, PLACEHOLDER_KEYS) and PLACEHOLDER.search(text) is not None
            and (words <= _PLACEHOLDER_WORDS or not AD_WORD.search(text)))


def is_appeal(text: str, words: tuple[str, ...]) -> bool:
    """An appeal to sign up: a newsletter box, "Subscribe", "Click here to ...", "Follow us".

    ``words``: the line's lower-cased words. Set-membership tests first: most lines hold no
    appeal word, and only the rest are looked at further.
    """
    count = len(words)
    if not count or count > _APPEAL_WORDS:
        return False
    if APPEAL_WORDS.isdisjoint(words) and (
        _APPEAL_FIRST.isdisjoint(words) or APPEAL_PAIRS.isdisjoint(zip(words, words[1:]))
    ):
        return False
    if count <= _APPEAL_SHORT or not READER_WORDS.isdisjoint(words):
        return True
    return ("Sie" in text or "Ihn" in text or "Ihr" in text) and READER_FORMAL.search(text) is not None


def author_box(page: Page, body: list[bool]) -> int | None:
    """Where a box about the author ("About the author", "Über Jane Doe") starts inside or right
    under the story, else None: the heading and everything after it are no story."""
    story = [k for k, flag in enumerate(body) if flag]
    if not story:
        return None
    total = sum(len(page.words[k]) for k in story)
    seen = 0
    for k in range(story[0], min(story[-1] + 2, len(body))):
        count = len(page.words[k])
        if seen >= _BOX_SHARE * total and count <= _BOX_WORDS and AUTHOR_BOX.match(page.texts[k]):
            return k
        if body[k]:
            seen += count
    return None


def is_contact(text: str) -> bool:
    """A line that is only an e-mail address ("jane.doe@example.com"): the author's contact."""
    return "@" in text and _EMAIL.match(text) is not None


def reporting_credit(text: str, words: tuple[str, ...]) -> bool:
    """A line crediting the reporting ("Reporting by A; editing by B", "Mit Informationen der
    ARD"): who worked on the story, not the story (the HTML path says the same).

    ``words``: the line's lower-cased words. The pattern is slow, and but for "... contributed
    to this report" it holds only at a line's start: the first word rules out most lines.
    """
    if not words or len(words) > _CREDIT_WORDS:
        return False
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    if first not in _CREDIT_FIRST and "contributed" not in words:
        return False
    return REPORTING_CREDIT.search(text) is not None


def teasers(page: Page, body: list[bool], headings: list[bool]) -> list[int]:
    """Story lines listed under a related-list heading ("More from UK", "Lesen Sie auch"): the
    headlines of other stories, which end no sentence. The first line that ends one (or
    another heading) is the story going on, and ends the list."""
    n = len(body)
    out = []
    for k in [k for k in range(n) if headings[k]]:
        for j in range(k + 1, min(n, k + 1 + _TEASER_LINES)):
            text = page.texts[j]
            if headings[j] or len(page.words[j]) > _TEASER_WORDS or text.rstrip(CLOSERS)[-1:] in _PROSE_ENDS:
                break
            if body[j]:
                out.append(j)
    return out


def lede(
    page: Page, body: list[bool], p1: list[float], p2: list[float], low: float, chrome: list[bool], credits: list[bool]
) -> list[int]:
    """Paragraphs that open the story above its first line, cut off from it by inserts (a photo
    and its caption, share buttons, the author's box): at most _LEDE_GAP lines above the story
    (or above such a paragraph), a paragraph
    that looks like prose on its own (``p1`` at least _LEDE_P1), still scores ``low`` in context
    (``p2``), ends a sentence, is printed once and is no chrome or credit line."""
    first = next((k for k, flag in enumerate(body) if flag), None)
    out: list[int] = []
    if first is None:
        return out
    k = first - 1
    while k >= 0 and first - k <= _LEDE_GAP:
        text = page.texts[k]
        if (p1[k] >= _LEDE_P1 and p2[k] >= low and len(page.words[k]) >= _LEDE_WORDS and not chrome[k] and not credits[k]
                and text.rstrip(CLOSERS)[-1:] in _LEDE_ENDS and page.counts[text] == 1):
            out.append(k)
            first = k  # the story now opens here: look further up from it
        k -= 1
    return out


def embedded_posts(page: Page, body: list[bool], chrome: list[bool]) -> list[int]:
    """Lines of a post the story embeds (a tweet: its text, then "— Jane Doe (@jane) May 3,
    2019"), which score low on their own: a post's signature at most _POST_GAP lines after a
    story line, and the post's text right above it (unless that is chrome or story already)."""
    out: list[int] = []
    # Most pages embed no post: one scan in C finds the candidates.
    for k in [k for k, text in enumerate(page.texts) if "(@" in text]:
        if body[k] or not _POST_SIGNATURE.match(page.texts[k]):
            continue
        last = next((j for j in range(k - 1, max(k - 1 - _POST_GAP, -1), -1) if body[j] or j in out), -1)
        if last >= 0:
            out += [j for j in (k - 1, k) if j > last and not chrome[j]]
    return out


def cut_short(page: Page, body: list[bool]) -> list[int]:
    """Story lines that are teasers cut short ("Officials said the plan would...", "... open
    meeting…"): a list of other stories' leads, each cut off mid-sentence. One such line can be
    the story's own trailing thought ("Here's what he had to say…"); two or more are a list."""
    texts = page.texts
    cut = [k for k, flag in enumerate(body) if flag and texts[k].endswith(_ELLIPSES) and _CUT_SHORT.search(texts[k][-12:])]
    return cut if len(cut) >= _CUT_SHORT_LINES else []


def repeated(page: Page, body: list[bool]) -> list[int]:
    """Story lines whose paragraph the story already printed (each text once)."""
    seen: set[str] = set()
    again = []
    for k, flag in enumerate(body):
        if not flag:
            continue
        text = page.texts[k]
        if text in seen and len(page.words[k]) >= _REPEAT_WORDS:
            again.append(k)
        seen.add(text)
    return again
