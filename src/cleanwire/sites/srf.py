"""SRF (srf.ch/news), Schweizer Radio und Fernsehen."""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.titles import without_kicker
from cleanwire.sitekit import Byline, Captions, Context, Line, Site, XPath, has_class
from cleanwire.sitekit.helpers import take_headline
from cleanwire.sitekit.passes import headline as find_headline

# Expandable boxes: a person's card (name, role, bio) and fact boxes (title, paragraphs).
_BOX_TOGGLE = Line(r"^(?:Personen-)?Box aufklappen (?:Personen-)?Box zuklappen$")
_PERSON_TOGGLE = Line(r"^Personen-Box aufklappen")
_BOX_XPATH = XPath(f"//div[{has_class('expandable-box')}]")
_CARD_LINES = 3
_BOX_PARAGRAPHS = 6
# A line that opens the story's next part after a box: a question, or a heading.
_NEXT_PART = re.compile(r"\?$|^(?!.*[.:;!]$)\S+(?: \S+){0,11}$")
_BREADCRUMB_END = Line(r"^Aktueller Artikel$")


class SRF(Site):
    name = "srf"
    site_name = "SRF"
    hosts = ("srf.ch",)
    signatures = (r"^Zweigniederlassung der Schweizerischen Radio- und Fernsehgesellschaft$",)
    timezone = "Europe/Zurich"
    lang = "de"
    # The page prints when it was broadcast, not when it was published: that is in the
    # page's metadata, and a dump has only its day.
    declared_time = True
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    # The layout: its breadcrumb, which ends with "Aktueller Artikel".
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (_BREADCRUMB_END,)

    passes = ("drop", "headline", "section", "byline", "story", "tail", "links", "boxes", "tags", "captions",
              "trailing", "body")

    headline = XPath("//h1")
    drop = (
        Line(r"^Klicken, um die Teilen-Funktion zu öffnen\.", r"^Zu den Kommentaren springen\.$",
             r"^Anzahl Kommentare:$", r"^Teilen$", r"^Schliessen$", r"^Link kopieren Link kopieren$"),
        Line(r"^(?:Auf|Per) [\w-]+(?: \w+)? teilen \S+$"),
    )
    # The story ends with its sources and the editors' initials: "SRF 4 News, 15.4.2024, 10:05
    # Uhr; srf/hosb;kesm".
    byline = (Byline(Line(r"^[^;]{3,80}, \d{1,2}\.\d{1,2}\.\d{4}[^;]*; (?P<names>[\w/]+(?:\s?;\s?[\w/]+)*)$"),
                     where="end"),)
    end = (Line(r"^[^;]{3,80}, \d{1,2}\.\d{1,2}\.\d{4}[^;]*; [\w/]+(?:\s?;\s?[\w/]+)*$"), Line(r"^Mehr zum Thema$"))
    container = XPath("//section[@itemprop='articleBody']")
    # "Legende: ..." under a photo; a pull quote repeats the story's text, so nothing printed
    # twice is a caption here.
    caption = Captions(line=Line(r"^Legende: "), twice=False)

    def pass_headline(self, ctx: Context) -> None:
        """The page's <h1>; in a dump, the line after the hidden "Inhalt" heading."""
        if ctx.kind == "html":
            find_headline(ctx, self)
            return
        at = ctx.first(Line(r"^Inhalt$"))
        if at is not None and at + 1 < len(ctx) and ctx.free(at + 1):
            take_headline(ctx, self, at + 1)

    def title(self, ctx: Context) -> str | None:
        # The head is "Kicker - Headline": "Eskalation im Nahen Osten - «Die israelische ...»".
        return without_kicker(ctx.found.title, " - ", max_words=8) or ctx.found.title

    def pass_section(self, ctx: Context) -> None:
        """The breadcrumb above the head: "News" / "International" / "Aktueller Artikel"."""
        h = ctx.found.headline
        end = ctx.first(_BREADCRUMB_END, 0, h) if h is not None else None
        if end is None:
            return
        trail: list[int] = []
        for i in range(end - 1, max(-1, end - 4), -1):
            if not ctx.free(i) or len(ctx.texts[i].split()) > 3 or ctx.texts[i].endswith("."):
                break
            trail.insert(0, i)
        if trail:
            ctx.found.section = tuple(ctx.texts[i] for i in trail)
            for i in [*trail, end]:
                ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", f"{self.rule_name}.section")

    def pass_boxes(self, ctx: Context) -> None:
        """Boxes inside the story: a person's card and fact boxes, lifted out. The page marks
        them; a dump has their toggle line, their heading above it and their text under it."""
        rule = f"{self.rule_name}.boxes"
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        inside = ctx.inside(_BOX_XPATH) if ctx.page is not None else frozenset()
        for i in range(start, end):
            if i in inside and ctx.free(i):
                ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "box", rule)
        if ctx.page is not None:
            return
        for i in range(start, end):
            if not (_BOX_TOGGLE.match(ctx.texts[i]) and ctx.free(i)):
                continue
            card = bool(_PERSON_TOGGLE.match(ctx.texts[i]))
            above = [k for k in range(i - 1, max(start - 1, i - 1 - (_CARD_LINES if card else 1)), -1)
                     if ctx.free(k) and len(ctx.texts[k].split()) <= 12]
            below: list[int] = []
            for k in range(i + 1, min(end, i + 1 + (1 if card else _BOX_PARAGRAPHS))):
                if not ctx.free(k) or (below and _NEXT_PART.search(ctx.texts[k])):
                    break
                below.append(k)
            for k in [*above, i, *below]:
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "box", rule)
