"""The standfirst: the teaser paragraph between the headline and the story's first paragraph.

Pages print it in a header above the story's container, so a signal that finds the story
(trafilatura, the story container, the block model) usually leaves it out. A segment before
the story's first body paragraph is the standfirst when it is running text without links,
and either its markup calls it a lead (``lead``, ``intro``, ``standfirst``, ``excerpt``,
``summary``, ``subtitle``, ``epigraph``, ``spot``, ``chapo``, ``perex``...) or its text is the
page's own description (``<meta name="description">``, ``og:description``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ...blocks import Label, Reason, Why
from ...lexicon.normalise import word_key
from ...lexicon.people import BYLINE_PREFIX
from .meta import meta_tags
from .segment import Segment
from .zones import marked_near

Decision = tuple[Label, Reason]

#: Class/id words of a standfirst in CMS themes of many languages (after camelCase is split).
LEAD_CLASS = re.compile(
    r"(?<![a-z])(?:lead(?!er)|lede|intro|teaser|summary|standfirst|excerpt|abstract|dek|deck|"
    r"sub-?_?tit|subhead|epigraph|spot|sapo|chapo|chapeau|perex|ingress|entradilla|bajada|sumario|"
    r"sommario|description)"
)
_DIGIT = re.compile(r"\d")
#: How many segments before the story's first paragraph are looked at when the headline is
#: not among them.
WINDOW = 12
#: Ancestors (the element included) whose class words count.
LEVELS = 3
#: Characters a description must hold to identify a paragraph (site slogans are shorter).
MIN_SUMMARY = 40
#: Elements whose text is beside the story, never its standfirst.
_ASIDE = frozenset(("aside", "nav", "footer", "form"))
_REASON = Reason(Why.STANDFIRST, "standfirst above the story", "generic.html")


def descriptions(root: HtmlElement) -> set[str]:
    """The page's own summaries (meta description, og:description), as word keys."""
    tags = meta_tags(root)
    found = (word_key(tags.get(key)) for key in ("description", "og:description", "twitter:description"))
    return {text for text in found if len(text) >= MIN_SUMMARY}


def _running_text(seg: Segment) -> bool:
    # CJK text has few spaces: characters count too. "By …, a deputy editor" is a byline;
    # "Nov. 20, 2019 Updated: 1:35 a.m." a dateline.
    return (seg.link_density < 0.2 and (seg.words >= 8 or len(seg.text) >= 40)
            and BYLINE_PREFIX.match(seg.text) is None and len(_DIGIT.findall(seg.text[:40])) < 8)


def _in_aside(el: HtmlElement | None) -> bool:
    while el is not None:
        if el.tag in _ASIDE:
            return True
        el = el.getparent()
    return False


def standfirst(segs: list[Segment], decisions: list[Decision], root: HtmlElement) -> list[int]:
    """Indexes of the segments before the story that are its standfirst (see the module doc).
    The page's descriptions (:func:`descriptions`) are read only when a candidate's markup
    does not call it a lead."""
    # The story's first paragraph: a short body line above it (a crumb the signal kept) is
    # no start of the story.
    first = next((i for i, (seg, (label, _)) in enumerate(zip(segs, decisions))
                  if label is Label.BODY and (seg.words >= 8 or len(seg.text) >= 40)), None)
    if not first:
        return []
    start = max(0, first - WINDOW)
    for i in range(first - 1, -1, -1):
        if decisions[i][1].code is Why.HEADLINE:
            # A headline printed again over the story (a standfirst may sit between the two).
            again = [k for k in range(max(0, i - WINDOW), i) if decisions[k][1].code is Why.HEADLINE]
            start = (again[0] if again else i) + 1
            break
    out = []
    summaries: set[str] | None = None
    for i in range(start, first):
        seg = segs[i]
        label, reason = decisions[i]
        if label is not Label.BOILERPLATE or reason.code is not Why.NOT_STORY or not _running_text(seg):
            continue
        if _in_aside(seg.element):
            continue
        if not marked_near(seg.element, LEAD_CLASS, LEVELS):
            key = word_key(seg.text)
            if len(key) < MIN_SUMMARY:
                continue
            summaries = descriptions(root) if summaries is None else summaries
            if not any(key in s or s in key for s in summaries):
                continue
        out.append(i)
    return out


def mark_standfirst(segs: list[Segment], decisions: list[Decision], root: HtmlElement) -> list[Decision]:
    """``decisions`` with the standfirst (:func:`standfirst`) labelled body."""
    found = standfirst(segs, decisions, root)
    if not found:
        return decisions
    out = list(decisions)
    for i in found:
        out[i] = (Label.BODY, _REASON)
    return out
