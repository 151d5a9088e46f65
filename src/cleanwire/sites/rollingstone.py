"""Rolling Stone (rollingstone.com)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.spacing import POSSESSIVE
from cleanwire.sitekit import SHORT, Breadcrumb, Byline, Captions, Context, Dateline, Line, Links, XPath

from ._declared import DeclaredSite
from ._passes import NAMES, comma_list, pass_card

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
              "captions", "trailing", "body")
    # The title is printed in the sticky bar, above the byline and in the author's card.
    headline_above = Line(r"^By [A-Z]")
    byline = (Byline(Line(rf"^By (?P<names>{NAMES})$", max_words=20), where="any"),)
    dateline = (Dateline(Line(r"^(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})$"), where="any"),)
    container = XPath("//div[contains(@class, 'article-excerpt')]", "//div[contains(@class, 'a-content')]")
    # Credits close the caption ("... Perry Knotts/Getty Images"); a dump also prints the
    # agency's description of the photo ("LAS VEGAS, NV - FEBRUARY 11: ... (Photo by X/Getty Images)").
    caption = Captions(line=Line(r"\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*/(?:Getty Images|AP|Shutterstock|[A-Z][\w&]+)$",
                                 r"\(Photo by [^)]+\)$", r"^[A-Z][A-Z .,'’-]+ - [A-Z]+ \d{1,2}: "))
    links = (Links(heading=Line(r"^Trending$"), max_items=6),)
    tag_list = None
    breadcrumb = Breadcrumb(html=XPath("//div[contains(@class, 'breadcrumbs')]"))
    end = (_TAGS,)
    tail = (Line(r"^More News$"), Line(r"^The Latest$"))

    def pass_card(self, ctx: Context) -> None:
        pass_card(ctx, Line(r"^View all posts by (?P<n>.+)$"), f"{self.rule_name}.card")

    def pass_tags(self, ctx: Context) -> None:
        """"In this article:" and the tags, each but the last with a comma; a dump then prints
        the breadcrumb (the section) before the next heading."""
        at = ctx.first(_TAGS, ctx.found.headline or 0, free=False)
        if at is None:
            return
        name = f"{self.rule_name}.tags"
        ctx.mark(at, Label.METADATA, Why.TAGS, "tags heading", name)
        items = comma_list(ctx, at, name)
        i = items[-1] + 1 if items else at + 1
        if ctx.found.section is None:
            trail = []
            while i < len(ctx) and ctx.free(i) and SHORT.match(ctx.texts[i]) and not self.tail[0].match(ctx.texts[i]):
                trail.append(ctx.texts[i])
                ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)
                i += 1
            ctx.found.section = tuple(trail) or None
