"""Dagbladet (dagbladet.no), Oslo: an Aller Media paper."""

from __future__ import annotations

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.sitekit import (
    HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, Site, Standfirst, TagList, XPath,
)
from cleanwire.sitekit.helpers import article_tags, link_texts

_NAME = r"[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’.-]+){1,3}"
_SHOW_MORE = Line(r"^Vis mer$")
#: A fact box's heading: a few words and a colon ("Evnukk:").
_FACTBOX = Line(r"^\S+(?: \S+){0,4}:$")
_PICTURE = "Illustrasjon: "
_AD = Line(r"^(?:logo|Annonsørinnhold)$")
_TAGS_HTML = XPath("//footer[contains(@class, 'article-footer')]")


class Dagbladet(Site):
    name = "dagbladet"
    site_name = "Dagbladet"
    hosts = ("dagbladet.no",)
    signatures = (r"^© \d{4} Dagbladet \| Powered by Labrador CMS$",)
    timezone = "Europe/Oslo"
    lang = "no"

    passes = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "factbox",
              "teasers", "links", "tags", "captions", "trailing", "body")

    drop = (
        Line(r"^(?:Del|Del artikkel)$", r"^Del på Facebook"), _AD,
        Line(r"^Sist oppdatert "),
        Line(r"^i Sammendraget er laget av ChatGPT"),
        XPath("//div[@id='aiContent']", "//aside[contains(@class, 'factbox')]",
              "//article[contains(@class, 'preview')][.//*[contains(@class, 'content-marketing')]]"),
    )
    top_window = (1, 15)  # the menu is over the headline, the metadata under it
    # The section's name over its sub-menu, in capitals ("NYHETER", a dump adds its "mer").
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>[A-ZÆØÅ]{3,}(?: [A-ZÆØÅ]{2,}){0,2})(?: mer)?$"), above=8)
    standfirst = Standfirst(line=XPath("//h3[contains(@class, 'subtitle')]"), after_headline=True)
    # The writers, one a line, under the photo under the standfirst.
    byline = (Byline(Line(rf"^(?P<names>{_NAME})$", max_words=5), where="header"),)
    dateline = (Dateline(Line(r"^Publisert \w+ (?P<date>\d{1,2}\. \w+ \d{4}) - (?P<time>\d{1,2}:\d{2})$"),
                         where="header"),)
    start = Line(r"^Publisert ")
    container = XPath("//div[contains(@class, 'body-copy')]")
    caption = Captions(line=Line(r"\b(?:Foto|Video|Illustrasjon): [^.]{2,80}(?: Vis mer)?$"))
    links = (
        # The summary a language model wrote (HTML: dropped), closed by "Vis mer".
        Links(heading=Line(r"^Kort fortalt$"), related=False, max_items=8, item=Item(title=Line(r"\S")),
              end=_SHOW_MORE),
        Links(heading=XPath("//article[contains(@class, 'preview')]//h3")),
    )
    tag_list = TagList(heading=Line(r"^Mer om$"), item=Line(r"^[\w -]{2,200}$"), max_items=1)

    # -- passes of the site's own ---------------------------------------------------------

    def pass_factbox(self, ctx: Context) -> None:
        """Dumps: a fact box in the story, its heading ending with a colon, folded under "Vis
        mer" (show more). HTML: its element, dropped."""
        start, end = ctx.found.start, ctx.found.end
        if ctx.page is not None or start is None or end is None:
            return
        for i in range(start, end):
            if not (ctx.free(i) and _FACTBOX.match(ctx.texts[i])):
                continue
            shown = ctx.first(_SHOW_MORE, i + 1, min(end, i + 14))
            for k in range(i, shown + 1) if shown is not None else ():
                if ctx.free(k):
                    ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "fact box", f"{self.rule_name}.factbox")

    def pass_teasers(self, ctx: Context) -> None:
        """Dumps: a teaser of another article prints its headline twice (the picture's text,
        then the link), or under "Illustrasjon: <headline>"."""
        if ctx.page is not None:
            return
        rule = f"{self.rule_name}.teasers"
        for i in range(len(ctx) - 1):
            text, after = ctx.texts[i], ctx.texts[i + 1]
            if not (ctx.free(i) and ctx.free(i + 1) and HEADLINE_LIKE.match(after)):
                continue
            if text != after and text != _PICTURE + after:
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "the teaser's picture", rule)
            if i > 0 and _AD.match(ctx.texts[i - 1]):  # an advertiser's teaser, under its logo
                ctx.mark(i + 1, Label.BOILERPLATE, Why.PROMO, "advertiser's teaser", rule)
            else:
                ctx.found.related.append(RelatedLink(after, None, None))
                ctx.mark(i + 1, Label.RELATED, Why.RELATED_ITEM, "teaser of another article", rule)

    # -- fields ---------------------------------------------------------------------------

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return tuple(s.capitalize() for s in ctx.found.section) if ctx.found.section else None

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        """The topic links under "Mer om"; a dump runs them together on one line, cut into the
        phrases the article uses."""
        if ctx.page is not None:
            return link_texts(ctx, _TAGS_HTML) or None
        return tuple(tag for line in ctx.found.tags or () for tag in article_tags(ctx, line)) or None
