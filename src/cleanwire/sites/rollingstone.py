"""Rolling Stone (rollingstone.com)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.lexicon.spacing import POSSESSIVE
from cleanwire.sitekit import SHORT, Breadcrumb, Byline, Captions, Context, Dateline, Line, Links, TagList, XPath
from cleanwire.sitekit.helpers import mark_author_card

from ._declared import DeclaredSite

_TAGS = Line(r"^In this article:$")


class RollingStone(DeclaredSite):
    name = "rollingstone"
    site_name = "Rolling Stone"
    hosts = ("rollingstone.com",)
    signatures = (r"^Rollingstone Logo$",)
    timezone = "America/New_York"
    lang = "en"
    dump_gaps = (POSSESSIVE,)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "card", "story", "tail", "links", "tags",
              "trail", "captions", "trailing", "body")
    # The title is printed in the sticky bar, above the byline and in the author's card.
    headline_above = Line(r"^By [A-Z]")
    byline = (Byline(Line(rf"^By (?P<names>{PERSON_NAMES})$", max_words=20), where="any"),)
    dateline = (Dateline(Line(r"^(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})$"), where="any"),)
    container = XPath("//div[contains(@class, 'article-excerpt')]", "//div[contains(@class, 'a-content')]")
    # Credits close the caption ("... Perry Knotts/Getty Images"); a dump also prints the
    # agency's description of the photo ("LAS VEGAS, NV - FEBRUARY 11: ... (Photo by X/Getty Images)").
    caption = Captions(line=Line(r"\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*/(?:Getty Images|AP|Shutterstock|[A-Z][\w&]+)$",
                                 r"\(Photo by [^)]+\)$", r"^[A-Z][A-Z .,'’-]+ - [A-Z]+ \d{1,2}: "))
    links = (Links(heading=Line(r"^Trending$"), max_items=6),)
    # "In this article:" and the tags, each but the last with a comma.
    tag_list = TagList(heading=_TAGS, item=SHORT, separator=",")
    breadcrumb = Breadcrumb(html=XPath("//div[contains(@class, 'breadcrumbs')]"))
    end = (_TAGS,)
    tail = (Line(r"^More News$"), Line(r"^The Latest$"))

    def pass_card(self, ctx: Context) -> None:
        mark_author_card(ctx, Line(r"^View all posts by (?P<n>.+)$"), f"{self.rule_name}.card")

    def pass_trail(self, ctx: Context) -> None:
        """A dump prints the breadcrumb (the section) right after the tags, before the next heading."""
        tagged = ctx.labelled(Why.TAGS)
        if not tagged or ctx.found.section is not None:
            return
        trail, i = [], tagged[-1] + 1
        while i < len(ctx) and ctx.free(i) and SHORT.match(ctx.texts[i]) and not self.tail[0].match(ctx.texts[i]):
            trail.append(ctx.texts[i])
            ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", f"{self.rule_name}.section")
            i += 1
        ctx.found.section = tuple(trail) or None
