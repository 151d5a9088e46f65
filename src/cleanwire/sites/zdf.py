"""ZDFheute (zdf.de/nachrichten), the news of Zweites Deutsches Fernsehen."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.spacing import SPACED_HYPHEN, SPACED_QUOTES
from cleanwire.sitekit import (
    Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, PullQuotes, Site, TagList, XPath,
)
from cleanwire.sitekit.helpers import Box, mark_boxes
from cleanwire.sitekit.helpers import mark_alt_text, take_credited_caption

# A photo's credit closes its caption: "Quelle: AFP".
_CREDIT = Line(r"^Quelle: \S")
# A video teaser inside the story ends with the video's date and length: "17.04.2024 | 6:00 min".
_VIDEO = Line(r"\d{2}\.\d{2}\.\d{4} \| \d{1,2}:\d{2} min$")
_BOXES = (
    # An infographic: its title, the label, and the consent notice shown in its place.
    Box(open=Line(r"^ZDFheute Infografik$"), close=Line(r"Datenschutzeinstellungen anpassen$"), before=1),
    # Any other embed (a post, a video) behind the same consent notice.
    Box(open=Line(r"^Ein Klick für den Datenschutz$"), close=Line(r"Datenschutzeinstellungen anpassen$")),
    # "Mehr zur Lage ... lesen Sie in unserem Liveblog:" and the teaser under it.
    Box(open=Line(r"\b(?:lesen|sehen|hören) Sie (?:hier|in unserem \w+|im \w+):$", max_words=20),
        close=Line(r"^(?:Merken|Liveblog)$"), max_lines=8),
)
# Teasers are labelled with their kind above their headline, and credit their author under it.
_TEASER = Item(kicker=Line(r"^(?:mit Video|mit Audio|Video|Audio|Interview|FAQ|Liveblog|Analyse|Kommentar|Grafik)$"),
               kicker_optional=True, extra=(Line(r"^von [A-ZÄÖÜ]", max_words=8),))
# "Sascha Lohmann, Stiftung Wissenschaft und Politik" under a quote.
_SPEAKER = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,3}, [^.]+$", max_words=10)


class ZDF(Site):
    name = "zdf"
    site_name = "ZDFheute"
    hosts = ("zdf.de", "zdfheute.de")
    signatures = (r"^Wechseln zu: ZDF(?:mediathek| Logo)$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: its dateline "22.04.2024 | 15:54".
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (Line(r"^\d{2}\.\d{2}\.\d{4} \| \d{1,2}:\d{2}$"),)

    # A dump sets an inline link off with spaces: der " Teheran Times " wichtigster, Patriot -Flugabwehr.
    dump_gaps = (SPACED_QUOTES, SPACED_HYPHEN)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "boxes", "figures",
              "quotes", "tags", "captions", "trailing", "body")

    drop = (
        Line(r"^(?:Teilen \| Merken|Merken|Teilen|\|)$"),
        XPath("//*[@data-testid='content-module']"),
    )
    # "Startseite" / "Wirtschaft" above the headline; on the page, the section beside the headline.
    breadcrumb = Breadcrumb(first=Line(r"^Startseite$"), max_items=3,
                            html=XPath("//h1/../preceding-sibling::*[.//a]"))
    byline = (Byline(Line(r"^von (?P<names>[A-ZÄÖÜ].+)$", max_words=12)),)
    # "22.04.2024 | 15:54" under the byline.
    dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}) \| (?P<time>\d{1,2}:\d{2})$")),)
    # The text modules, and the standfirst: the first paragraph before them outside any module.
    container = XPath("//main//*[@data-testid='text-module']",
                      "(//main//p[not(ancestor::*[@data-testid])][following::*[@data-testid='text-module']])[1]")
    caption = Captions(line=_CREDIT, twice=False)
    pull_quotes = PullQuotes(speaker=_SPEAKER)
    links = (Links(heading=Line(r"^Mehr zu(?:m|r)? .+$", max_words=8), item=_TEASER, ends_story=True),)
    tag_list = TagList(heading=Line(r"^Them(?:a|en)$"))
    tail = (Line(r"^nach oben$"), Line(r"^ZDFheute Update$"))

    def pass_boxes(self, ctx: Context) -> None:
        mark_boxes(ctx, _BOXES, f"{self.rule_name}.boxes")

    def pass_figures(self, ctx: Context) -> None:
        """A photo: its caption above the credit "Quelle: ..." (and, in a dump, its alt text
        above that); a video teaser: its text (and, in a dump, its alt text or title above)."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        rule = f"{self.rule_name}.captions"
        for i in range(start, end):
            if not ctx.free(i):
                continue
            if _CREDIT.match(ctx.texts[i]) and i > start and take_credited_caption(ctx, i, rule, credit_in_caption=False):
                mark_alt_text(ctx, i - 2, rule)
            elif _VIDEO.match(ctx.texts[i]):
                ctx.mark(i, Label.BOILERPLATE, Why.PROMO, "video teaser", rule)
                mark_alt_text(ctx, i - 1, rule)
