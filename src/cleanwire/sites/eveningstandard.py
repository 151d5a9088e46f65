"""The Evening Standard (standard.co.uk)."""

import re

from cleanwire.lexicon.vocab import CAPTION_CREDIT
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit import Breadcrumb, Byline, Context, Item, Line, Links, TagList
from cleanwire.sitekit.helpers import mark_credited_captions, mark_twice_teasers

from ._declared import DeclaredSite

#: The photo's credit on its own line under the caption: "Getty Images", "REUTERS", "PA".
_CREDIT = Line(CAPTION_CREDIT.pattern, r"^(?:PA(?: Wire| Archive| Media)?|Action Images|NMC Pool)$", flags=re.I,
               max_words=8)
_AGE = r"\d+ (?:seconds?|minutes?|hours?|days?) ago"
_DAY = r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}"


class EveningStandard(DeclaredSite):
    name = "eveningstandard"
    site_name = "Evening Standard"
    hosts = ("standard.co.uk",)
    timezone = "Europe/London"
    lang = "en"

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "teasers", "links", "tags",
              "captions", "credits", "trailing", "body")
    # "Sport | Football" above the headline.
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>[A-Z][\w&]*(?: [\w&]+)*(?: \| [A-Z][\w&]*(?: [\w&]+)*)+)$",
                                      max_words=8), separator="|")
    # "Nizaar Kinsella 2 minutes ago" (HTML: "Nizaar Kinsella2 minutes ago"), below the lead photo.
    byline = (Byline(Line(rf"^(?P<names>{PERSON_NAMES}) ?(?:{_AGE}|{_DAY})$", max_words=16), where="any"),)
    links = (
        # Related stories inside the story; a dump prints each title twice (see "teasers").
        Links(heading=Line(r"^Read More$"), item=Item(kicker=Line(r"^Sponsored$"), kicker_optional=True)),
        Links(heading=Line(r"^Sponsored$"), related=False),
    )
    tag_list = TagList(heading=Line(r"^MORE ABOUT$"))
    tail = (Line(r"^Have your say\W*$"), Line(r"^Most Read$"))

    def pass_teasers(self, ctx: Context) -> None:
        mark_twice_teasers(ctx, f"{self.rule_name}.teasers")

    def pass_credits(self, ctx: Context) -> None:
        start, end = ctx.found.start, ctx.found.end
        if start is not None and end is not None:
            mark_credited_captions(ctx, _CREDIT, f"{self.rule_name}.credits", lo=start, hi=end, alt_copies=True)
