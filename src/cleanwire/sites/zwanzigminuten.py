"""20 Minuten (20min.ch), the Swiss free daily."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import HEADLINE_LIKE, Breadcrumb, Context, Dateline, Line, Site, XPath
from cleanwire.sitekit.helpers import Box, is_caption, mark_boxes, take_names_below

_VON = Line(r"^von$")
# A reader poll inside the story: its question, then its answers on one line.
_POLL_ANSWERS = Line(r"^Ja\b.*\bNein\b", max_words=30)
_WHATSAPP = Box(open=Line(r"^Folgst du schon 20 Minuten auf \w+\?$"), close=Line(r"\b20 Minuten\b"), max_lines=2)
_CREDIT_WORDS = 6


class ZwanzigMinuten(Site):
    name = "zwanzigminuten"
    site_name = "20 Minuten"
    hosts = ("20min.ch",)
    signatures = (r"^Karriere Impressum & Team Sitemap Datenschutzerklärung AGB Privatsphäre Werbeformate & Tarife$",)
    timezone = "Europe/Zurich"
    lang = "de"
    # The layout: its date "Publiziert 17. Dezember 2024, 12:17".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    anchors = (Line(r"^Publiziert ?\d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2}$"),)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "credits", "story", "second_title", "tail",
              "links", "boxes", "tags", "captions", "photo_credits", "trailing", "body")

    drop = (
        Line(r"^Darum gehts$"),  # the label of the summary's bullet points, which stay in the story
        Line(r"^Werbung$"),
    )
    breadcrumb = Breadcrumb(line=Line(r"^Front ?\|(?P<trail>.*)$"), separator="|")
    dateline = (Dateline(Line(r"^Publiziert ?(?P<date>\d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2})$")),)
    container = XPath("//div[contains(@class, 'Article_elementLead')]", "//section[contains(@class, 'Article_body')]")
    end = (Line(r"^Deine Meinung zählt$"),)
    tail = (Line(r"^\d+ Kommentare$"), Line(r"^Gratis Online-Spiele$"))

    def pass_credits(self, ctx: Context) -> None:
        """The authors: "von" / "Konstantin Furrer" / "," / "Deutsche Presse-Agentur" under the
        standfirst (a dump prints their names on one line above too)."""
        h = ctx.found.headline
        von = ctx.first(_VON, h + 1, h + 1 + self.top_window[1]) if h is not None else None
        if von is None or not take_names_below(ctx, von, f"{self.rule_name}.byline"):
            return
        joined = " ".join(ctx.found.authors or ())
        if von > 0 and ctx.free(von - 1) and ctx.texts[von - 1] == joined:
            ctx.mark(von - 1, Label.METADATA, Why.BYLINE, "byline", f"{self.rule_name}.byline")

    def pass_second_title(self, ctx: Context) -> None:
        """Under the dateline the page repeats its title in another wording ("Europäische
        Kommission: Verfahren: ..."), above the standfirst: not the story."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None or start + 1 >= end:
            return
        first, second = ctx.texts[start], ctx.texts[start + 1]
        if ctx.free(start) and HEADLINE_LIKE.match(first) and second.count(" ") >= 10:
            ctx.mark(start, Label.METADATA, Why.HEADLINE, "the title again, in other words",
                     f"{self.rule_name}.headline")

    def pass_boxes(self, ctx: Context) -> None:
        """The Whatsapp channel's box, and a reader poll: question and answers."""
        rule = f"{self.rule_name}.boxes"
        mark_boxes(ctx, (_WHATSAPP,), rule, "promotion box")
        for i in range(ctx.found.start or 0, ctx.found.end or 0):
            if ctx.free(i) and _POLL_ANSWERS.match(ctx.texts[i]):
                ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "reader poll", rule)
                if i > 0 and ctx.free(i - 1) and ctx.texts[i - 1].endswith("?"):
                    ctx.mark(i - 1, Label.BOILERPLATE, Why.WIDGET, "reader poll", rule)

    def pass_photo_credits(self, ctx: Context) -> None:
        """The photographer under a caption ("Philipp von Ditfurth/dpa", "Getty Images")."""
        rule = f"{self.rule_name}.captions"
        for i in range(1, len(ctx)):
            if is_caption(ctx, i - 1) and ctx.free(i) \
                    and ctx.texts[i].count(" ") < _CREDIT_WORDS and not ctx.texts[i].endswith("."):
                ctx.mark(i, Label.BOILERPLATE, Why.CREDIT, "photo credit", rule)
