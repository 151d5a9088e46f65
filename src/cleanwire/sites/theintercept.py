"""The Intercept (theintercept.com)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import is_person, unique
from cleanwire.sitekit import Captions, Context, Dateline, Line, Links, PullQuotes, XPath

from ._declared import DeclaredSite

_DATE = Line(r"^(?P<date>[A-Z][a-z]+ \d{1,2},? \d{4}, \d{1,2}:\d{2}\s?[ap]\.m\.)$")


class TheIntercept(DeclaredSite):
    name = "theintercept"
    site_name = "The Intercept"
    hosts = ("theintercept.com",)
    signatures = (r"^A division of First Look Institute$",)
    # The page prints its times in UTC ("3:54 p.m." for 15:54 UTC).
    timezone = "UTC"
    lang = "en"
    unprinted = frozenset({"section", "tags"})

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "names", "story", "tail", "links", "tags",
              "captions", "quotes", "trailing", "body")
    drop = (
        # The newsletter box inside the story, and placeholders of teasers still loading.
        Line(r"^(?:Join Our Newsletter|Original reporting\. Fearless journalism\. Delivered to you\.|I’m in|[▄\u200b]+)$"),
    )
    # The dek sits between the headline and the byline, so the date is sought below the top.
    dateline = (Dateline(_DATE, where="any"),)
    container = XPath("//h2[contains(@class, 'Post-excerpt')]", "//div[contains(@class, 'PostContent')]")
    caption = Captions(line=Line(r"\bPhoto(?:s| illustration)?: [^.!?]+$"))
    # Pull quotes: the markup's, and (a dump) a quotation the story prints again.
    pull_quotes = PullQuotes(html=XPath("//blockquote[contains(@class, 'Pullquote')]"), repeated=True)
    links = (Links(heading=Line(r"^Related$")),)
    # The donation appeal and the author's contact box close the story.
    end = (Line(r"^Wait! Before you go on about your day"), Line(r"^Contact the author:?$"))
    tail = (Line(r"^Latest Stories$"), Line(r"^Join the conversation$"))

    def pass_names(self, ctx: Context) -> None:
        """The authors are the names printed right above the date (each twice or thrice: with
        and without the photo): "Ryan Devereaux Ryan Devereaux" / "Ryan Devereaux"."""
        at = ctx.first_labelled(Why.DATELINE)
        names: list[str] = []
        i = (at or 0) - 1
        while at is not None and i >= 0 and ctx.free(i) and len(ctx.texts[i].split()) <= 12:
            words = ctx.texts[i].split()
            half = len(words) // 2
            doubled = len(words) % 2 == 0 and words[:half] == words[half:]
            name = " ".join(words[:half] if doubled else words)
            if not is_person(name, strict=True):
                break
            names.insert(0, name)
            ctx.mark(i, Label.METADATA, Why.BYLINE, "byline (above the date)", f"{self.rule_name}.names")
            i -= 1
        if names:
            ctx.found.authors = tuple(unique(names))
