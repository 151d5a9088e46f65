"""Rzeczpospolita (rp.pl), Warsaw: Gremi Media's daily."""

from __future__ import annotations

from cleanwire.sitekit import (
    Breadcrumb, Byline, Context, Dateline, Item, Line, Links, Site, Standfirst, XPath,
)
from cleanwire.sitekit.helpers import mark_credited_captions

_NAME = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]+){1,3}"
#: A photo's caption over its credit: no sentence, not long (a paragraph over a photo is none).
_CAPTION = Line(r"(?<!\.)$", max_words=25)
_CREDIT = Line(r"^Foto: \S.{1,80}$")


class Rzeczpospolita(Site):
    name = "rzeczpospolita"
    site_name = "Rzeczpospolita"
    hosts = ("rp.pl",)
    signatures = (r"^© Copyright by GREMI MEDIA SA$",)
    timezone = "Europe/Warsaw"
    lang = "pl"
    # The tag links under the story run together in a dump, and tags are printed in capitals
    # word by word ("Partie Polityczne"), so a dump cannot tell them apart: neither kind
    # reports them, to stay one article.
    unprinted = frozenset({"tags"})

    passes = ("drop", "headline", "standfirst", "breadcrumb", "photo", "byline", "dateline", "story", "tail", "links",
              "captions", "trailing", "body")

    drop = (Line(r"^Reklama$"),)
    # "Wydarzenia" / "Świat" / "Polityka" over the headline (the masthead prints "Wydarzenia" too).
    breadcrumb = Breadcrumb(first=Line(r"^Wydarzenia$"), item=Line(r"^[A-ZĄĆĘŁŃÓŚŹŻ][\w ,-]{1,30}$"), above=4,
                            html=XPath("//ul[contains(@class, 'breadcrumb')]//li"))
    standfirst = Standfirst(line=XPath("//div[contains(@class, 'blog--subtitle')]"), after_headline=True)
    top_window = (1, 15)  # the writer's name under the headline; the menu over it
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:,| i) {_NAME})*)$", max_words=12), where="header"),)
    dateline = (Dateline(Line(r"^Publikacja: (?P<date>\d{2}\.\d{2}\.\d{4} \d{1,2}:\d{2})$")),)
    container = XPath("//div[contains(@class, 'articleBody')]")
    end = (Line(r"^© Licencja na publikację$"),)
    links = (
        # "Czytaj więcej" (read more): a teaser set in the story, its section over its headline
        # and its standfirst under it.
        Links(heading=XPath("//div[contains(@class, 'content--excerpt')]")),
        Links(heading=Line(r"^Czytaj więcej$"), max_items=1,
              item=Item(kicker=Line(r"^\S+(?: \S+){0,2}$"), kicker_optional=True, extra=(Line(r"\w+(?: \S+){6,}"),))),
    )
    tail = (Line(r"^Pozostało jeszcze \d+% artykułu$"),)

    def pass_photo(self, ctx: Context) -> None:
        mark_credited_captions(ctx, _CREDIT, f"{self.rule_name}.photo", caption=_CAPTION)
