"""Typed rules of a site definition, compiled once when the class is defined.

A rule describes something the site prints. :class:`Line` matches one line of text (a dump
line, or the text of one block of an HTML page), so the same rule serves both input kinds;
:class:`XPath` picks elements of an HTML page (dumps have none: the rule does not apply).
The structured rules (:class:`Item`, :class:`Links`, :class:`TagList`, :class:`Breadcrumb`,
:class:`Byline`, :class:`Dateline`, :class:`Captions`) combine them into the shapes pages use:
a teaser of kicker + headline + author, a list of tags under a heading, a breadcrumb on two
lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Union

from lxml import etree

from ..lexicon.vocab import HOME_WORDS


class Line:
    """One line of text, matched by any of several regular expressions (``re.search``).

    ``max_words`` rejects longer lines before any expression runs (a byline pattern must not
    match a paragraph that starts with "Von"). Named groups carry the values rules read
    (``names``, ``date``, ``time``, ``tags``, ``trail``).
    """

    def __init__(self, *patterns: str, flags: int = 0, max_words: int | None = None) -> None:
        if not patterns:
            raise ValueError("Line needs at least one pattern")
        self.patterns = patterns
        self.max_words = max_words
        self._compiled = tuple(re.compile(p, flags) for p in patterns)

    def match(self, text: str) -> re.Match[str] | None:
        """The first match of any pattern in ``text``, or None."""
        if self.max_words is not None and text.count(" ") >= self.max_words:
            return None
        for pattern in self._compiled:
            found = pattern.search(text)
            if found:
                return found
        return None

    def __repr__(self) -> str:
        return f"Line({', '.join(map(repr, self.patterns))})"


class XPath:
    """Elements of an HTML page, by any of several XPath expressions (compiled once).

    A line belongs to the rule when its block element is one of the elements found or lies
    inside one. On a dump the rule finds nothing.
    """

    def __init__(self, *expressions: str) -> None:
        if not expressions:
            raise ValueError("XPath needs at least one expression")
        self.expressions = expressions
        self._compiled = tuple(etree.XPath(e) for e in expressions)

    def elements(self, root: etree._Element) -> list[etree._Element]:
        """Every element any expression selects, in document order, each once."""
        seen: dict[etree._Element, None] = {}
        for xpath in self._compiled:
            try:
                found = xpath(root)
            except etree.XPathError:
                continue
            if isinstance(found, list):
                for el in found:
                    if isinstance(el, etree._Element):
                        seen.setdefault(el, None)
        return list(seen)

    def __repr__(self) -> str:
        return f"XPath({', '.join(map(repr, self.expressions))})"


def has_class(name: str) -> str:
    """An XPath test that the element has the class ``name`` (one of the words of its class
    attribute; "article" is not "article-body"): ``XPath(f"//div[{has_class('entry-content')}]")``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


#: A rule that locates lines: by their text, or (HTML only) by their element.
Locator = Union[Line, XPath]

#: A headline-shaped line: 2 to 30 words, not ending in ".", ":", ";" or "," (closing quotes
#: and brackets looked through: 'He said, "No."' ends a sentence).
HEADLINE_LIKE = Line(r"^(?!.*[.:;,][\"'”’)\]»]*$)\S+(?: \S+){1,29}$", max_words=30)
#: A short line of one to six words (a tag, a section name).
SHORT = Line(r"^\S+(?: \S+){0,5}$", max_words=6)


@dataclass(frozen=True)
class Item:
    """The shape of one entry of a link list: an optional kicker, the title, optional extras.

    ``kicker`` (when given) is the line right above the title ("Unterdrückung in Russland"
    above "Die Gesichter der politischen Gefangenen"); it is required unless
    ``kicker_optional``. ``extra`` lines after the title (an author, a date, a teaser text)
    belong to the item when they match, in order. The title becomes the link's title.
    """

    title: Line = HEADLINE_LIKE
    kicker: Line | None = None
    kicker_optional: bool = False
    extra: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Links:
    """A list of links under a heading: a widget inside the story or a list after it.

    Inside the story the items are lifted out and the story resumes after the last one; after
    the story they are related links. ``related=False`` drops the items instead (an ad block
    shaped like a list). ``ends_story`` makes the heading end the story when no ``end`` rule
    of the layout did. ``end`` is a line that closes the list (consumed with it).
    """

    heading: Locator
    item: Item = Item()
    max_items: int = 10
    related: bool = True
    ends_story: bool = False
    end: Line | None = None


@dataclass(frozen=True)
class TagList:
    """The article's tags: one line (group ``tags``, split on ``separator``, or into the phrases
    the article uses when None), or a ``heading`` followed by one tag per line (each but the
    last closed by ``separator`` when given: "Interiors," / "Clothes," / "How to Save Money"),
    or (HTML) the texts of the elements an XPath finds."""

    line: Line | None = None
    separator: str | None = None
    heading: Line | None = None
    item: Line = SHORT
    max_items: int = 30
    html: XPath | None = None


@dataclass(frozen=True)
class Breadcrumb:
    """The breadcrumb: one line (group ``trail``, else the whole line) split on ``separator``,
    or a run of lines starting with ``first`` ("Home" / "Wirtschaft"), or (HTML) the texts of
    the elements an XPath finds. Items in ``root`` ("Home", "Startseite") are left out.
    ``last`` takes the run whose ``first`` line is nearest above the headline (the site's menu
    starts with "Home" too).
    ``above``: the text rules only look at that many lines over the headline (a menu higher up
    prints the same words), and not at all when no headline was found."""

    line: Line | None = None
    separator: str = ">"
    first: Line | None = None
    last: bool = False
    item: Line = SHORT
    max_items: int = 4
    html: XPath | None = None
    root: frozenset[str] = field(default=HOME_WORDS)
    above: int | None = None


@dataclass(frozen=True)
class Byline:
    """Who wrote the story: group ``names`` of ``line`` (else the whole line, byline prefix
    removed), split into names by the lexicon.

    ``where``: "top" (between the page's start and the story's first lines, above or below
    the headline), "header" (the layout's ``top_window`` around the headline, even past a
    line of prose: a header with a long caption or teaser before the byline; nothing when no
    headline was found, and the rule is not used to find it, so a bare name is not sought in
    a page's menu), "end" (the
    story's last line: wire copy credits its agency there), or "any". ``romanised``
    capitalises "SEO JI-EUN" as "Seo Ji-eun". ``drop`` is a pattern removed from the names
    text first (a place: ", Zürich").
    """

    line: Line
    where: Literal["top", "header", "end", "any"] = "top"
    romanised: bool = False
    drop: str | None = None


@dataclass(frozen=True)
class Dateline:
    """When the story was published: group ``date`` of ``line`` (else the whole line); a line
    with only a ``time`` group ("Stand: 20:03 Uhr") takes its day from the dump header or the
    page metadata; a ``time`` group beside a ``date`` group gives the time of a date printed
    without one ("30/04/2024 - 16:38"). ``where`` as for :class:`Byline`. ``month_first`` reads
    5/8/2024 as May 8. ``on_byline`` also reads the line the byline pass took, for sites that
    print both on one line ("Von Anna Schmidt 28.04.2023, 18:11 Uhr"; "Jane Doe / Agency /
    Sep 2, 2024, 17:07 IST"; "veröffentlicht am 28. April 2024, 14:26 Uhr, Anna Schmidt")."""

    line: Line
    where: Literal["top", "header", "any"] = "top"
    month_first: bool = False
    on_byline: bool = False


@dataclass(frozen=True)
class Standfirst:
    """The standfirst (teaser) a site prints between the headline and the byline: the body's
    first paragraph, though the story starts after the metadata under it.

    ``line`` locates it (a text rule, or an XPath on HTML) under the headline;
    ``after_headline`` takes the first free line under the headline when ``line`` finds
    nothing (a dump prints the standfirst with nothing to tell it by but its place), passing
    over at most ``skip`` shorter lines first (a kicker printed under the headline: labelled
    so). A line of fewer than ``min_words`` words is no standfirst.
    """

    line: Locator | None = None
    after_headline: bool = False
    min_words: int = 6
    skip: int = 0


@dataclass(frozen=True)
class Captions:
    """Photo captions: lines matching ``line`` (a credit at their end), lines the page prints
    twice inside the story (``twice``: in the image and under it), and (HTML) the elements an
    XPath finds and those the markup says are captions. ``alt`` takes the line right above
    a caption when the caption starts with it: the image's alt text printed above its
    caption ("Fury und Usyk." / "Fury und Usyk. © dpa")."""

    line: Line | None = None
    twice: bool = True
    alt: bool = False
    html: XPath | None = None
    #: HTML: also take what the generic reader knows to be captions (``figcaption``, elements
    #: classed "caption" or "credit").
    markup: bool = True


@dataclass(frozen=True)
class PullQuotes:
    """Quotations set in large type inside the story (run by the ``quotes`` pass, which a layout
    lists where it needs it): not the story.

    ``html``: the elements the markup sets them in. ``speaker``: a quote is a short line
    (fewer than ``max_words`` words; a sentence unless ``sentence=False``; of shape ``quote``
    when given) followed by a line naming who said it ("Nora Back, OGBL-Präsidentin");
    ``named_in_story`` asks that the speaker's name (their first two or three words) be
    printed elsewhere in the story too, for speaker lines with no punctuation to go by.
    ``repeated``: a line that is one quotation whose words the story prints again.
    """

    html: XPath | None = None
    speaker: Line | None = None
    quote: Line | None = None
    max_words: int = 40
    sentence: bool = True
    named_in_story: bool = False
    repeated: bool = False
