"""The Nation (thenation.com)."""


from cleanwire.blocks import Label, Why
from cleanwire.lexicon.dates import parse_date
from cleanwire.lexicon.people import PERSON_NAME, PERSON_NAMES
from cleanwire.lexicon.spacing import CLOSED_EM_DASH, POSSESSIVE
from cleanwire.sitekit import Byline, Captions, Context, Item, Line, Links, XPath
from cleanwire.sitekit.helpers import mark_alt_texts

from ._declared import DeclaredSite

_DAY = r"[A-Z][a-z]+ \d{1,2}, \d{4}"
_CLOCK = r"\d{1,2}:\d{2} [ap]m"
# "Today 5:00 am" above "May 15, 2023"; older stories: "May 15, 2023" alone.
_TIME_LINE = Line(rf"^(?:Today|Yesterday|{_DAY}) (?P<time>{_CLOCK})$")
_DAY_LINE = Line(rf"^(?P<date>{_DAY})$")
#: A related story's author line: "Teddy Ostrow", "Larry Cohen and Eric Blanc".
_AUTHOR = Line(rf"^{PERSON_NAMES}(?: Twitter)?$", max_words=12)


class TheNation(DeclaredSite):
    name = "thenation"
    site_name = "The Nation"
    hosts = ("thenation.com",)
    timezone = "America/New_York"
    lang = "en"
    unprinted = frozenset({"section", "tags"})
    # The Nation sets its em dashes closed ("1971—invoked"); a dump opens one where a link starts.
    dump_gaps = (CLOSED_EM_DASH, POSSESSIVE)

    passes = ("drop", "headline", "breadcrumb", "byline", "when", "story", "tail", "links", "tags", "captions", "alt",
              "trailing", "body")
    drop = (
        Line(r"^Current Issue$", r"^View our current issue$"),
        # The editor's note on a co-published story.
        XPath("//aside[contains(@class, 'textaside')]"),
        Line(r"^This (?:article|story|piece) (?:is|was) (?:a joint publication|co-?published|published in partnership|"
             r"produced in partnership) "),
    )
    # "By Sarah Lazare Twitter": each name is followed by its Twitter link.
    # The title is printed in the sticky bar and twice more above the byline.
    headline_above = Line(r"^By [A-Z]")
    byline = (Byline(Line(rf"^By (?P<names>{PERSON_NAMES}(?: Twitter)?(?:(?:,| and) {PERSON_NAME}(?: Twitter)?)*)$", max_words=20),
                     drop=r"\s?Twitter\b", where="any"),)
    container = XPath("//h2[contains(@class, 'subtitle')]", "//div[contains(@class, 'article-body-inner')]")
    caption = Captions(line=Line(r"\((?:Photo|Photos|Courtesy|Illustration|Image|Art)\b[^()]*\)$"))
    links = (
        # One story under "Related Article", several under "Related Articles".
        Links(heading=Line(r"^Related Article$"), max_items=1,
              item=Item(kicker=Line(r"^The Nation$"), kicker_optional=True, extra=(_AUTHOR,))),
        Links(heading=Line(r"^Related Articles$"), item=Item(extra=(_AUTHOR,))),
    )
    # The author's bio closes the story: "Sarah Lazare Twitter Sarah Lazare is the editor of ...".
    end = (Line(rf"^(?P<n>{PERSON_NAME})(?: Twitter)? (?P=n) (?:is|was) "),
           Line(r"^To submit a correction for our consideration, click here\.$"))
    tail = (Line(r"^Keep Reading$"), Line(r"^Latest from the nation$"))

    def pass_when(self, ctx: Context) -> None:
        """The time ("Today 5:00 am") and the day ("May 15, 2023") on two lines under the byline."""
        name = f"{self.rule_name}.dateline"
        h = ctx.found.headline or 0
        for i in range(h, min(len(ctx), h + 12)):
            if not ctx.free(i):
                continue
            clock, day = _TIME_LINE.match(ctx.texts[i]), _DAY_LINE.match(ctx.texts[i])
            if day and ctx.found.published is None:
                ctx.found.published = parse_date(day["date"], ctx.tz)
            elif clock:
                following = _DAY_LINE.match(ctx.texts[i + 1]) if i + 1 < len(ctx) else None
                if following is None:
                    continue
                ctx.found.published = parse_date(f"{following['date']} {clock['time']}", ctx.tz)
                ctx.found.published_has_time = True
                ctx.mark(i + 1, Label.METADATA, Why.DATELINE, "dateline (day)", name)
            else:
                continue
            ctx.mark(i, Label.METADATA, Why.DATELINE, "dateline", name)
            return

    def pass_alt(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.alt", shape=Line(r"^\S+(?: \S+){0,24}$", max_words=25))
