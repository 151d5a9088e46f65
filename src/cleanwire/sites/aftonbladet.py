"""Aftonbladet (aftonbladet.se), Stockholm: Schibsted's evening paper."""

from __future__ import annotations

from cleanwire.lexicon.vocab import HOME_WORDS
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Line, Site, TagList
from cleanwire.sitekit.helpers import mark_captions_printed_twice

_WORD = r"[A-ZÅÄÖ][\wåäöé -]{1,30}"
_NAME = r"[A-ZÅÄÖ][\w'’-]+(?: [A-ZÅÄÖ][\w'’.-]+){1,3}"
#: A caption ends with its credit: "... i sökandet. Foto: Rescue Photo".
_CREDITED = Line(r" Foto: [^.]{2,60}\.?$")


class Aftonbladet(Site):
    name = "aftonbladet"
    site_name = "Aftonbladet"
    hosts = ("aftonbladet.se",)
    signatures = (r"^Hoppa till innehåll Aftonbladet Aftonbladet$",)
    timezone = "Europe/Stockholm"
    lang = "sv"

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags", "photo",
              "captions", "trailing", "body")

    drop = (Line(r"^(?:Följ|Mejla|Dela|Spara|helskärm)$"),)
    # "Nyheter" / "/" / "Uddevalla" over the headline.
    breadcrumb = Breadcrumb(first=Line(rf"^{_WORD}$"), item=Line(rf"^(?:/|{_WORD})$"), above=3,
                            root=HOME_WORDS | {"/"})
    top_window = (1, 15)  # the writer's name under the headline; the menu over it
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:,| och) {_NAME})*)$", max_words=12), where="header"),)
    # "Uppdaterad 15.59 | Publicerad 14.14": the time of the page's day; older pages, a date.
    dateline = (
        Dateline(Line(r"Publicerad (?P<date>\d{1,2} \w+ \d{4})(?: kl\.?)? (?P<time>\d{1,2}[.:]\d{2})$")),
        Dateline(Line(r"Publicerad (?P<time>\d{1,2}[.:]\d{2})$")),
    )
    tag_list = TagList(heading=Line(r"^Följ ämnen i artikeln$"), item=Line(r"^(?![A-ZÅÄÖ ]+$)\S.{0,40}$"))
    tail = (Line(r"^MEST LÄST$"),)

    def pass_photo(self, ctx: Context) -> None:
        mark_captions_printed_twice(ctx, _CREDITED, f"{self.rule_name}.photo")
