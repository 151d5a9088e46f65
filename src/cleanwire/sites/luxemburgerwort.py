"""Luxemburger Wort (wort.lu), its German-language articles."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import SHORT, Captions, Context, Item, Line, Links, PullQuotes, Site, XPath
from cleanwire.sitekit.helpers import article_tags, link_texts, mark_alt_texts, take_byline, take_section_label

# "André Klein Redakteur" (the page sets the role apart: "André KleinRedakteur").
_AUTHOR = Line(r"^(?P<names>[A-ZÄÖÜÉ][\w.'-]+(?: [\w.'-]+){1,3}?) ?(?:Chef)?(?:Redakteur|Reporter|Journalist|"
               r"Korrespondent|Fotograf)(?:in)?$", max_words=8)
_CREDIT = Line(r"\bFoto: [^.]+$")
_SPEAKER = Line(r"^[A-ZÄÖÜÉ][\w.'-]+(?: [A-ZÄÖÜÉ][\w.'-]+){1,2}$")
# The widget under the story: "Neueste Sportartikel", "Neueste Artikel".
_NEXT_WIDGET = Line(r"^Neueste \S+$")
_TAG_LINES = 3
_TAG_LINKS = XPath("//*[@data-testid='article-tags']//a")


class LuxemburgerWort(Site):
    name = "luxemburgerwort"
    site_name = "Luxemburger Wort"
    hosts = ("wort.lu",)
    url_patterns = (r"^/(?!fr/|en/|pt/)",)  # the German articles; the other editions live under /fr/, /en/, /pt/
    signatures = (r"^Logo lw$",)
    timezone = "Europe/Luxembourg"
    lang = "de"
    # The page prints only the time of its last change ("11:46", on a later day).
    declared_time = True
    # The layout: the author's name with their role, and the list under the story.
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (_AUTHOR, _NEXT_WIDGET)

    # Pull quotes go before the captions pass could take their speaker (a <figcaption>) for one.
    passes = ("drop", "headline", "label", "credits", "story", "tail", "links", "tag_lines", "quotes", "captions",
              "alt_text", "trailing", "body")

    drop = (Line(r"^\d{1,2}:\d{2}$", r"^Teilen$"),)
    container = XPath("//*[@data-testid='article-intro']", "//*[@data-testid='article-body']")
    caption = Captions(line=_CREDIT)
    pull_quotes = PullQuotes(speaker=_SPEAKER, named_in_story=True)
    links = (Links(heading=Line(r"^Lesen Sie auch:$"), item=Item(extra=(_CREDIT,))),)
    end = (_NEXT_WIDGET,)

    def pass_label(self, ctx: Context) -> None:
        """The section's label above the headline ("Radsport")."""
        if ctx.found.headline:
            take_section_label(ctx, ctx.found.headline - 1, f"{self.rule_name}.section")

    def pass_credits(self, ctx: Context) -> None:
        """"André Klein Redakteur" under the photo (a dump prints the name alone above too)."""
        h = ctx.found.headline
        at = ctx.first(_AUTHOR, h + 1, h + 1 + self.top_window[1]) if h is not None else None
        if at is None:
            return
        match = _AUTHOR.match(ctx.texts[at])
        rule = f"{self.rule_name}.byline"
        if match and take_byline(ctx, at, rule, [match["names"]]) and ctx.free(at - 1) \
                and ctx.texts[at - 1] == match["names"]:
            ctx.mark(at - 1, Label.METADATA, Why.BYLINE, "byline", rule)

    def pass_tag_lines(self, ctx: Context) -> None:
        """The tags close the story, right above the next widget's heading."""
        end = ctx.found.end
        if end is None or not _NEXT_WIDGET.match(ctx.texts[end] if end < len(ctx) else ""):
            return
        lines: list[int] = []
        for i in range(end - 1, max(-1, end - 1 - _TAG_LINES), -1):
            if not ctx.free(i) or not SHORT.match(ctx.texts[i]):
                break
            lines.insert(0, i)
        for i in lines:
            ctx.mark(i, Label.METADATA, Why.TAGS, "tags", f"{self.rule_name}.tags")
        if lines:
            ctx.found.tags_raw = (" ".join(ctx.texts[i] for i in lines), None)

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        if ctx.page is not None:
            found = link_texts(ctx, _TAG_LINKS)
            if found:
                return found
        raw = ctx.found.tags_raw
        return article_tags(ctx, raw[0]) or None if raw else None

    def pass_alt_text(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.captions")
