"""DW (dw.com/de), Deutsche Welle's German service: the classic site until spring 2023, then
the relaunched one."""

from __future__ import annotations

import re
from datetime import date

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.spacing import SPACED_HYPHEN, SPACED_QUOTES
from cleanwire.sitekit import (
    HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Layout, Line, Links, Site, TagList,
    XPath, has_class,
)
from cleanwire.sitekit.helpers import (
    article_tags, link_texts, mark_alt_text, mark_alt_texts, take_byline, take_headline,
)
from cleanwire.sitekit.passes import headline as find_headline

#: A teaser: its headline and the text under it.
_TEASER = Item(extra=(Line(r"\S+(?: \S+){6,}"),))
#: A sentence ends with a full stop, a question or exclamation mark, or a closing quote.
_SENTENCE_END = re.compile(r"[.!?:\"“”«»')]$")
_PROSE_WORDS = 12
_CAPTION_WORDS = 30
#: The relaunched site's <title>: "Headline – DW – 13.06.2023".
_TITLE_SUFFIX = re.compile(r"\s+[–—-]\s+DW\s+[–—-]\s+\d{2}\.\d{2}\.\d{4}$")
_TOPIC_LINKS = XPath("//*[@data-tracking-name='related-topics']//a")
#: "Julia Vergin | Clare Roth" under the headline.
_CREDITS = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){1,3}(?: \| [A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){1,3})*$", max_words=16)


class DW(Site):
    name = "dw"
    site_name = "DW"
    hosts = ("dw.com",)
    url_patterns = (r"^/de/",)  # the German service; DW publishes in 30 languages on this host
    signatures = (r"^© \d{4} Deutsche Welle\b",)
    timezone = "Europe/Berlin"
    lang = "de"

    # A dump sets an inline link off with spaces: der " Teheran Times " wichtigster, Patriot -Flugabwehr.
    dump_gaps = (SPACED_QUOTES, SPACED_HYPHEN)

    drop = (Line(r"^Anzeige$"),)
    links = (Links(heading=Line(r"^Mehr zum Thema$"), item=_TEASER, ends_story=True),)

    class V2023(Layout):
        """The classic site: breadcrumb "THEMEN / Welt / Europa", kicker, headline, and the date,
        author and keywords in a list under the story."""

        valid_until = date(2023, 5, 31)
        anchors = (Line(r"^Autorin/Autor "), XPath("//div[@id='bodyContent']"))
        headline = XPath("//div[@id='bodyContent']//h1")
        breadcrumb = Breadcrumb(line=Line(r"^THEMEN / (?P<trail>.+)$"), separator="/")
        dateline = (Dateline(Line(r"^Datum (?P<date>\d{2}\.\d{2}\.\d{4})$"), where="any"),)
        byline = (Byline(Line(r"^Autorin/Autor (?P<names>.+)$"), where="any"),)
        tag_list = TagList(line=Line(r"^Schlagwörter (?P<tags>.+)$"), separator=",")
        container = XPath("//div[@id='bodyContent']//p[contains(@class, 'intro')]",
                          "//div[@id='bodyContent']//div[contains(@class, 'longText')]")
        caption = Captions(html=XPath("//div[contains(@class, 'picBox')]"))
        links = (
            Links(heading=Line(r"^Die Redaktion empfiehlt$"), item=_TEASER, ends_story=True),
            Links(heading=Line(r"^Audio und Video zum Thema$"), item=_TEASER, ends_story=True),
            Links(heading=Line(r"^Mehr zum Thema$"), item=_TEASER, ends_story=True),
        )
        end = (Line(r"^Datum \d{2}\.\d{2}\.\d{4}$"),)
        passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags",
                  "photos", "captions", "trailing", "body")

        def pass_headline(self, ctx: Context) -> None:
            """The page's <h1>; a dump has no declared title: there the headline is the line
            before the standfirst, the first paragraph after the breadcrumb."""
            find_headline(ctx, self)
            if ctx.found.headline is not None or self.breadcrumb is None or self.breadcrumb.line is None:
                return
            crumb = ctx.first(self.breadcrumb.line)
            if crumb is None:
                return
            prose = next((i for i in range(crumb + 1, min(len(ctx), crumb + 8))
                          if ctx.free(i) and ctx.texts[i].count(" ") >= _PROSE_WORDS), None)
            if prose is not None and prose - 1 > crumb and ctx.free(prose - 1):
                take_headline(ctx, self, prose - 1)

        def pass_photos(self, ctx: Context) -> None:
            """A dump prints a photo as its alt text and its caption, two lines that are no
            sentences, between paragraphs that are; the page prints the caption alone."""
            start, end = ctx.found.start, ctx.found.end
            if ctx.kind != "dump" or start is None or end is None:
                return
            rule = f"{self.rule_name}.captions"

            def short(i: int) -> bool:
                text = ctx.texts[i]
                return ctx.free(i) and text.count(" ") < _CAPTION_WORDS and not _SENTENCE_END.search(text)

            i = start
            while i < end:
                run = i
                while run < end and short(run):
                    run += 1
                if run - i >= 2:  # [sub-heading,] alt text, caption
                    ctx.found.captions.append(ctx.texts[run - 1])
                    ctx.mark(run - 1, Label.CAPTION, Why.CAPTION, "photo caption", rule)
                    mark_alt_text(ctx, run - 2, rule)
                i = run + 1

    class V2023b(V2023):
        """The relaunch (spring 2023): headline, authors "A | B", a relative time, the standfirst;
        the date is the page's (its metadata, or the dump's header)."""

        valid_until = None
        # The page prints only "vor 3 Stunden"; its metadata (or the dump's header) has the date.
        declared_time = True
        # No breadcrumb on the relaunched pages.
        unprinted = frozenset({"section"})
        # The bare short link (the classic site printed "Permalink https://p.dw.com/p/...").
        anchors = (Line(r"^https://p\.dw\.com/p/\w+$"), XPath("//*[@data-tracking-name='sharing-icons-inline']"))
        headline = None
        breadcrumb = None
        dateline = ()
        byline = ()
        tag_list = None
        # The standfirst in the article's header, and the story's "rich-text" block.
        container = XPath("//article//header//p", f"//article//div[{has_class('rich-text')}]")
        caption = Captions(line=Line(r"(?:^|[.!?\s])Bild: [^.!?]+$"))
        drop = (
            Line(r"^Anzeige$", r"^Externer Link — ", r"^https://p\.dw\.com/p/\w+$"),
            Line(r"^Den nächsten Abschnitt .+ überspringen$", r"^Weitere Beiträge anzeigen$"),
            Line(r"^vor (?:\d+|einer?) \w+ ?vor (?:\d+|einer?) \w+$"),  # "vor 3 Stunden", printed twice
            Line(r"^(.{8,}) \1$"),  # a teaser image's alt text and title, in a dump
        )
        links = (Links(heading=Line(r"^Mehr zum Thema$"), ends_story=True, item=Item(
            extra=(HEADLINE_LIKE, Line(r"\S+(?: \S+){6,}"), Line(r"\d{2}\.\d{2}\.\d{4}"))),),)
        end = (Line(r"^Schicken Sie uns Ihr Feedback!$"),)
        passes = ("drop", "headline", "credits", "story", "tail", "links", "captions", "alt_text", "trailing", "body")

        def pass_headline(self, ctx: Context) -> None:
            """The declared title, without the " – DW – 13.06.2023" the dump's header adds."""
            find_headline(ctx, self)
            declared = _TITLE_SUFFIX.sub("", ctx.meta_title or "")
            if ctx.found.headline is None and declared:
                found = next((i for i in range(len(ctx)) if ctx.free(i) and ctx.texts[i] == declared), None)
                if found is not None:
                    take_headline(ctx, self, found)

        def pass_credits(self, ctx: Context) -> None:
            """"Julia Vergin | Clare Roth" right under the headline."""
            h = ctx.found.headline
            if h is None or h + 1 >= len(ctx) or not _CREDITS.match(ctx.texts[h + 1]):
                return
            take_byline(ctx, h + 1, f"{self.rule_name}.byline", [n.strip() for n in ctx.texts[h + 1].split("|")])

        def pass_alt_text(self, ctx: Context) -> None:
            # A dump prints every image's alt text right above its caption, whatever its shape.
            mark_alt_texts(ctx, f"{self.rule_name}.captions", shape=Line(r""))

        def tags(self, ctx: Context) -> tuple[str, ...] | None:
            # "Ähnliche Themen": links on the page, their words run together on one line of a dump.
            if ctx.page is not None:
                return link_texts(ctx, _TOPIC_LINKS) or None
            heading = next((i for i, t in enumerate(ctx.texts) if t == "Ähnliche Themen"), None)
            if heading is None or heading + 1 >= len(ctx):
                return None
            return article_tags(ctx, ctx.texts[heading + 1]) or None
