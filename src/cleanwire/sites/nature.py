"""Nature (nature.com): the journal's news, features and opinion."""

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import is_person, unique
from cleanwire.lexicon.spacing import LONE_LETTER
from cleanwire.sitekit import Captions, Context, Dateline, Line, Links, TagList
from cleanwire.sitekit.helpers import mark_alt_texts, mark_credited_captions

from ._declared import DeclaredSite

_BY = Line(r"^By$")
_SHOW_AUTHORS = Line(r"^Show authors$")
_CARD_END = Line(r"^Search author on: ")
_RELATED = Line(r"^Related Articles$")
#: "Xiaoying You 0," / "Davide Castelvecchi &" / "…": a name, its affiliation marks and the joiner.
_NAME_MARKS = r"(?:\s*\d+)*\s*[,&]?$"


class Nature(DeclaredSite):
    name = "nature"
    site_name = "Nature"
    hosts = ("nature.com",)
    url_patterns = (r"^/articles/d\d+",)
    timezone = "UTC"
    lang = "en"
    unprinted = frozenset({"section"})
    dump_gaps = (LONE_LETTER,)

    passes = ("drop", "headline", "breadcrumb", "authors_list", "dateline", "story", "tail", "links", "teasers",
              "tags", "captions", "credits", "alt", "trailing", "body")
    drop = (Line(r"^(?:Twitter|Facebook|Email|Download PDF)$"),)
    headline_above = _BY
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})$")),)
    caption = Captions(line=Line(r"\bCredit: [^.]+$"))
    links = (Links(heading=_RELATED, ends_story=True),)
    tag_list = TagList(heading=Line(r"^Subjects$"))
    # The paywall closes what the page shows of the story.
    end = (Line(r"^Enjoying our latest content\?$"),)
    tail = (Line(r"^Latest on:$"),)

    def pass_authors_list(self, ctx: Context) -> None:
        """"By", then one author a line ("Xiaoying You 0,", "…", "Jeff Tollefson"), "Show
        authors", and a card per author (name, bio, links), which is no part of the story."""
        name = f"{self.rule_name}.byline"
        at = ctx.first(_BY, ctx.found.headline or 0)
        if at is None:
            return
        ctx.mark(at, Label.METADATA, Why.BYLINE, "byline", name)
        people = []
        i = at + 1
        while i < min(len(ctx), at + 40) and ctx.free(i) and not _SHOW_AUTHORS.match(ctx.texts[i]):
            person = re.sub(_NAME_MARKS, "", ctx.texts[i])
            if person not in ("…", "...") and not is_person(person, strict=True):
                break
            if person not in ("…", "..."):
                people.append(person)
            ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", name)
            i += 1
        if people:
            ctx.found.authors = tuple(unique(people))
        cards = [k for k in range(i, min(len(ctx), i + 80)) if _CARD_END.match(ctx.texts[k])]
        for k in range(i, cards[-1] + 1 if cards else i + 1 if i < len(ctx) and _SHOW_AUTHORS.match(ctx.texts[i]) else i):
            if ctx.free(k):
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "author cards", name)

    def pass_teasers(self, ctx: Context) -> None:
        """Stories the page lists under "Related Articles" are also pulled into the story as
        teasers between paragraphs: those lines are links, not the story."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        titles = {r.title for r in ctx.found.related}
        for i in range(start, end):
            if ctx.free(i) and ctx.texts[i] in titles:
                ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "teaser of a related article", f"{self.rule_name}.teasers")

    def pass_credits(self, ctx: Context) -> None:
        # Charts are described over a line closed by their source ("Source: Repeat Project").
        start, end = ctx.found.start, ctx.found.end
        if start is not None and end is not None:
            mark_credited_captions(ctx, Line(r"^Source: "), f"{self.rule_name}.credits", lo=start, hi=end, alt_copies=True)

    def pass_alt(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.alt", shape=Line(r"^\S+(?: \S+){1,40}(?<![.!?:;,])$"))
