"""Custom passes more than one of the site classes need."""

from __future__ import annotations

import re

from lxml import etree

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold, word_key
from cleanwire.sitekit import HEADLINE_LIKE, Context, Layout, Line
from cleanwire.sitekit.helpers import take_headline
from cleanwire.sitekit.passes import PASSES

#: A person's name as bylines print it: two to four capitalised words ("Mary-Jo O’Neil").
NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|del|der|le|la)){1,3}"
#: Names joined by commas, "and" or "&": "Ann Lee, Bo Park and Cy Doe".
NAMES = rf"{NAME}(?:(?:,| and| &|, and) {NAME})*"

_QUOTED = re.compile(r"^[“\"](?P<text>[^“”\"]{20,400})[”\"]$")
_KEY = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_KEY.findall(text)).casefold()


def find_headline(ctx: Context, layout: Layout, wanted: str | None, below: Line | None = None) -> None:
    """The headline: the line with the words of ``wanted`` (the declared title; compared by
    words, as it may quote with straight quotes where the page prints curly ones). When the
    page prints it several times (a sticky bar, a hidden copy), the last copy above the first
    line matching ``below`` (the byline), else the first copy. Without a copy, a headline-shaped
    line sharing most of its words (a print headline reworded for the web) above ``below``;
    without one either, the framework's headline pass decides."""
    key = word_key(wanted)
    stop = ctx.first(below) if below is not None else None
    # Only lines of about the title's length can be a copy of it (the cheap test first).
    size = len(wanted or "")
    candidates = [i for i in range(stop if stop is not None else len(ctx))
                  if ctx.free(i) and size / 2 <= len(ctx.texts[i]) <= size * 2]
    copies = [i for i in candidates if word_key(ctx.texts[i]) == key]
    if key and not copies:
        words = set(key.split())
        near = [(_share(words, ctx.texts[i]), i) for i in candidates
                if (stop is not None or i < 200) and HEADLINE_LIKE.match(ctx.texts[i])]
        best = max(near, default=(0.0, 0))
        copies = [best[1]] if best[0] >= 0.6 else []
    if not key or not copies:
        PASSES["headline"](ctx, layout)
        return
    found = copies[-1] if stop is not None else copies[0]
    take_headline(ctx, layout, found, "headline (the declared title)")


def pass_card(ctx: Context, closing: Line, rule: str) -> None:
    """An author card (the name, their latest headlines, "View all posts by NAME") printed
    under the byline: from the line ``closing`` matches (group ``n``, the name) up to the
    nearest copy of the name above it, all is page furniture."""
    h = ctx.found.headline or 0
    end = ctx.first(closing, h, free=False)
    if end is None:
        return
    match = closing.match(ctx.texts[end])
    name = fold(match["n"]) if match and match.groupdict().get("n") else None
    top = next((i for i in range(end - 1, h, -1) if name and fold(ctx.texts[i]) == name), None)
    for i in range(top if top is not None else end, end + 1):
        if ctx.free(i):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "author card", rule)


def _overlap(a: str, b: str) -> float:
    """The share of words two lines have in common (of the longer one's)."""
    return _share(set(_key(a).split()), b)


def _share(words: set[str], text: str) -> float:
    other = set(_key(text).split())
    return len(words & other) / max(len(words), len(other)) if words and other else 0.0


def _near_copy(a: str, b: str) -> bool:
    return _overlap(a, b) >= 0.6


def pass_twice_teasers(ctx: Context, rule: str) -> None:
    """Related stories inside the story. A dump prints each as its picture's alt text and its
    title, the same headline twice in a row (the second is the link); a page prints the title
    once, as a line that is nothing but a link."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    for i in range(start, end):
        text = ctx.texts[i]
        if not ctx.free(i) or not HEADLINE_LIKE.match(text):
            continue
        if i + 1 < end and ctx.free(i + 1) and ctx.texts[i + 1] == text:
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "related story's picture", rule)
            ctx.found.related.append(RelatedLink(text, ctx.link_url(i + 1), None))
            ctx.mark(i + 1, Label.RELATED, Why.WIDGET_ITEM, "related story", rule)
        elif ctx.elements is not None and _all_link(ctx.elements[i], text):
            ctx.found.related.append(RelatedLink(text, ctx.link_url(i), None))
            ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "related story (a line that is one link)", rule)


def _all_link(element: etree._Element, text: str) -> bool:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return len(links) == 1 and " ".join(links[0].text_content().split()) == text
