"""The FUNKE Mediengruppe papers: one CMS behind Berliner Morgenpost, Hamburger Abendblatt, WAZ,
Braunschweiger Zeitung and their sister sites. Each paper subclasses :class:`Funke` with its
name and hosts.

Three layouts seen: the 2023 CMS (``article__body``, "29.06.2023, 15:04 | Lesedauer: 7
Minuten"), the 2024 one (``article-body``, "16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten", the
byline under the date) and its 2025 revision (the standfirst above the byline, the date
alone). They are told apart by that date line only (text anchors), so a page whose markup
changed but which prints the same date line is still read with the site's rules.

The dumps print what the HTML hides: an image's alt text above its caption, a video's poster
title above its caption, the teaser image's alt above a teaser. The passes below take those
apart so a page and its dump give the same article.
"""

from __future__ import annotations

import re
from datetime import date

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.sitekit import (
    EMPTY, HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Layout, Line, Links, TagList, XPath,
    has_class,
)
from cleanwire.sitekit.helpers import declared_title, is_caption, mark_link_lists, take_caption, take_headline
from cleanwire.sitekit.passes import headline

from ._story import StorySite

_DATE = r"(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2})"
# Job titles printed with the author: "Von Hannah Ritzmann, Redakteurin für Finanzen", "Redaktionsleiter".
_ROLE = r"(?:[\w-]*(?:[Rr]edakt|[Rr]eporter|[Kk]orrespondent|[Kk]olumnist|[Vv]olontär|[Ll]eiter|[Cc]hef)[\w-]*)"
_ROLE_LINE = Line(rf"^(?:\w+ )?{_ROLE}(?: [\w&-]+){{0,4}}$", max_words=6)
_BYLINE = Line(r"^Von (?P<names>[A-ZÄÖÜ][^|]{2,200})$", max_words=20)
_BY = Byline(_BYLINE, drop=rf",\s*(?:\w+ )?{_ROLE}.*$")
_SHORT = 14  # words: a caption, a teaser title or a list item; paragraphs are longer
_CONSENT = Line(r"^Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu\.?$")
_LIST_SHAPE = re.compile(r": |\? | – ")


def _words(text: str) -> int:
    return text.count(" ") + 1


def _in_story(ctx: Context, i: int) -> bool:
    start, end = ctx.found.start, ctx.found.end
    return start is not None and end is not None and start <= i < end


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


class Funke(StorySite):
    """Shared rules of the FUNKE papers (no name: a group base, not a site)."""

    timezone = "Europe/Berlin"
    lang = "de"

    drop = (
        Line(r"^(?:autoplay|weitere Videos|zurück|vor)$"),
        Line(r"^\d{1,3}/\d{1,3}$"),  # the photo gallery's counter
        Line(r"^>> "),  # in-text pointers to the site's calculators and overviews
        Line(r"^(?:Lesen Sie (?:auch|hier|mehr)|Auch interessant|Mehr zum Thema): .{10,}"),
        Line(r"^© dpa-infocom"),
        Line(r"(?i)^mit (?:dpa|afp|ap|reuters|epd|kna|sid)(?:(?:,| und| /) (?:dpa|afp|ap|reuters|epd|kna|sid))*$"),
        Line(r"Newsletter anmelden!$"),
        XPath("//div[contains(@class, 'julep')]"),  # the podcast player
    )
    breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^[^:?!.„“\"]+$", max_words=3), last=True)
    byline = (_BY,)
    dateline = (Dateline(Line(rf"^{_DATE}(?: Uhr)?(?: [•|] Lese(?:zeit|dauer): \d+ Minuten?)?$")),)
    caption = Captions(line=Line(r" © .{2,}$", r"^Foto: .{2,}$"))
    links = (
        # The podcast player: a dump prints its cover image's file name, the episode and the
        # show, and the buttons (the HTML player is dropped whole).
        Links(heading=Line(r"^\S+_cover\.(?:jpe?g|png|webp)$"), item=Item(title=Line(r"^.{2,150}$")), max_items=3,
              related=False, end=Line(r"^Podcast abspielen(?: Podcast pausieren)?$")),
        # The finance desk's disclaimer box, a heading and one paragraph.
        Links(heading=Line(r"^Bitte beachten:$"), item=Item(title=Line(r".+")), max_items=1, related=False),
    )
    tag_list = TagList(heading=Line(r"^Mehr lesen über$"), item=Line(r"^[^.!?]{2,60}$", max_words=6))
    tail = (Line(r"^zur Startseite$"),)
    #: A heading over a list of links inside the story that does not end in ":".
    list_heading = Line(r"^Exklusive .{3,60} – für Sie recherchiert$")
    passes = ("drop", "headline", "breadcrumb", "byline", "author_box", "dateline", "story", "tail", "teasers",
              "newsletter", "links", "video", "link_lists", "tags", "captions", "image_pairs", "gallery", "trailing",
              "body")

    class V2023(Layout):
        """The older CMS: the author's name alone under the date, the breadcrumb on one line."""

        valid_until = date(2023, 12, 31)
        anchors = (Line(rf"^{_DATE} \| Lesedauer: \d+ Minuten?$"),)
        container = XPath(f"//article[{has_class('article')}]")
        breadcrumb = Breadcrumb(line=Line(r"^Startseite (?P<trail>[^:?!.]+)$", max_words=5), separator="›")
        byline = (
            _BY,
            Byline(Line(r"^(?P<names>[A-ZÄÖÜ][\w'-]+(?: [A-ZÄÖÜ][\w'-]+){1,3})$", max_words=4)),
        )

        def title(self, ctx: Context) -> str | None:
            # This layout declares the breadcrumb's title (the <h1>, og:title) as its headline,
            # not the display headline under the kicker: the declared one, as printed.
            wanted = fold(declared_title(ctx))
            printed = next((t for t in ctx.texts if wanted and fold(t) == wanted), None)
            return printed or Layout.title(self, ctx)

    class V2024(Layout):
        """The 2024 CMS: kicker and headline, "date • reading time", then the byline."""

        valid_until = date(2024, 12, 31)
        anchors = (Line(rf"^{_DATE} Uhr • Lesezeit: \d+ Minuten?$"),)
        container = XPath(f"//article[.//div[{has_class('article-body')}]]")

    class V2025(V2024):
        """The 2025 revision: the standfirst above the byline, the date alone under it."""

        valid_until = None
        anchors = (Line(rf"^{_DATE} Uhr$"),)
        top_prose = 1

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        # The tags are the "Mehr lesen über" list; a page without one has none (its HTML's
        # keywords are one unsplit string the dump does not carry).
        return Layout.tags(self, ctx) or EMPTY

    # -- passes ------------------------------------------------------------------------------

    def pass_headline(self, ctx: Context) -> None:
        """The headline is printed under the breadcrumb's own title (the page's <title>) and a
        kicker: it is the headline-shaped line above the date, the byline and the standfirst."""
        dated = next((i for i in range(len(ctx)) if any(r.line.match(ctx.texts[i]) for r in self.dateline)), None)
        if dated is None:
            headline(ctx, self)
            return
        bylines = [i for i in range(max(0, dated - 6), dated + 3) if any(r.line.match(ctx.texts[i]) for r in self.byline)]
        for i in range(dated - 1, max(-1, dated - 7), -1):
            text = ctx.texts[i]
            standfirst = _words(text) >= 12 and text[-1:] in '.!?"“”'
            if not ctx.free(i) or i in bylines or standfirst or any(text in ctx.texts[b] for b in bylines):
                continue
            if HEADLINE_LIKE.match(text):
                take_headline(ctx, self, i, "headline (above the date)")
            return

    def pass_author_box(self, ctx: Context) -> None:
        """The author's photo (its alt text: the name) above the byline, the job title under it."""
        rule = f"{self.rule_name}.byline"
        for i in range(len(ctx)):
            label = ctx.labels[i]
            if label is None or label[1].code is not Why.BYLINE:
                continue
            if i > 0 and ctx.free(i - 1) and _words(ctx.texts[i - 1]) <= 5 and ctx.texts[i - 1] in ctx.texts[i]:
                ctx.mark(i - 1, Label.BOILERPLATE, Why.RESIDUE, "the author's photo", rule)
            if i + 1 < len(ctx) and ctx.free(i + 1) and _ROLE_LINE.match(ctx.texts[i + 1]):
                ctx.mark(i + 1, Label.METADATA, Why.BYLINE, "the author's job title", rule)

    def pass_newsletter(self, ctx: Context) -> None:
        """A newsletter sign-up box: its title and pitch above the consent line, the button and
        the small print under it."""
        rule = f"{self.rule_name}.newsletter"
        for i in range(len(ctx)):
            if not _CONSENT.match(ctx.texts[i]):
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.PROMO, "newsletter sign-up", rule)
            for k in range(i - 1, max(-1, i - 4), -1):
                if not ctx.free(k) or _words(ctx.texts[k]) > 16 or _BYLINE.match(ctx.texts[k]):
                    break
                ctx.mark(k, Label.BOILERPLATE, Why.PROMO, "newsletter sign-up", rule)
            for k in range(i + 1, min(len(ctx), i + 3)):
                if ctx.free(k) and re.match(r"^(?:Jetzt [Aa]nmelden!?|Mit \* markierte Felder.*)$", ctx.texts[k]):
                    ctx.mark(k, Label.BOILERPLATE, Why.PROMO, "newsletter sign-up", rule)

    def pass_teasers(self, ctx: Context) -> None:
        """"Auch interessant": one teaser (a dump prints its image's alt text first), a kicker,
        the title, the author."""
        rule = f"{self.rule_name}.teasers"
        for i in range(len(ctx)):
            if not (ctx.free(i) and ctx.texts[i] == "Auch interessant"):
                continue
            ctx.mark(i, Label.RELATED, Why.WIDGET, "heading of 'Auch interessant'", rule)
            ahead = range(i + 1, min(len(ctx), i + 5))
            author = next((k for k in ahead if ctx.free(k) and _BYLINE.match(ctx.texts[k])), None)
            if author is not None:
                last, title = author, author - 1
            else:
                last = title = i + (2 if ctx.page is not None else 3)
            for k in range(i + 1, min(last + 1, len(ctx))):
                if not ctx.free(k):
                    break
                if k == title:
                    ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), "Auch interessant"))
                    ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, "item of 'Auch interessant'", rule)
                else:
                    ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, "part of an item of 'Auch interessant'", rule)

    def pass_video(self, ctx: Context) -> None:
        """A video player: its caption (and, in a dump, its poster's alt text) above the
        "autoplay" / "weitere Videos" lines."""
        rule = f"{self.rule_name}.video"
        for i in range(len(ctx)):
            if ctx.texts[i] != "weitere Videos":
                continue
            k, taken = i - 1, 0
            while k >= 0 and taken < 2:
                if ctx.texts[k] == "autoplay" or is_caption(ctx, k):
                    taken += ctx.texts[k] != "autoplay"
                elif ctx.free(k) and _words(ctx.texts[k]) <= _SHORT and _in_story(ctx, k):
                    if taken:
                        ctx.mark(k, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the video's poster", rule)
                    else:
                        take_caption(ctx, k, rule, "photo or video caption")
                    taken += 1
                else:
                    break
                k -= 1

    def pass_link_lists(self, ctx: Context) -> None:
        # "Thema: Titel" lines, three or more in a row, with the line introducing them.
        mark_link_lists(ctx, self, min_items=3, shape=_LIST_SHAPE, heading=self.list_heading)

    def pass_image_pairs(self, ctx: Context) -> None:
        """A dump prints an image's alt text right above its caption: the caption itself (or its
        start, cut at a quote), or a short label; a video's title above its caption differs from
        it by punctuation only."""
        rule = f"{self.rule_name}.captions"
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(max(lo, 1), hi):
            above, text = ctx.texts[i - 1], ctx.texts[i]
            if not ctx.free(i - 1):
                continue
            if is_caption(ctx, i) and _words(above) <= 8 and not above.endswith("."):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "image alt text", rule)
            elif (ctx.free(i) or is_caption(ctx, i)) and len(above) < len(text) and text.startswith(above):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "image alt text", rule)
                if ctx.free(i):
                    take_caption(ctx, i, rule, "photo or video caption")
            elif ctx.free(i) and _words(text) <= _SHORT and _letters(above) == _letters(text):
                take_caption(ctx, i - 1, rule, "photo or video caption")
                ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "caption printed again", rule)

    def pass_gallery(self, ctx: Context) -> None:
        """A photo gallery: its title above the first photo, the counter ("1/12") after the last."""
        rule = f"{self.rule_name}.gallery"
        for i in range(len(ctx)):
            if not re.match(r"^\d{1,3}/\d{1,3}$", ctx.texts[i]) or not _in_story(ctx, i):
                continue
            k = i - 1
            while k > 0 and not ctx.free(k):
                k -= 1
            if k < i - 2 and _words(ctx.texts[k]) <= _SHORT and HEADLINE_LIKE.match(ctx.texts[k]):
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "title of a photo gallery", rule)
