"""TimesLIVE (timeslive.co.za), Johannesburg: Arena Holdings' news site (Sunday Times Daily)."""

from __future__ import annotations

from cleanwire.sitekit import Breadcrumb, Byline, Captions, Dateline, Item, Line, Links, Site, Standfirst, XPath

_CAP = r"[A-Z][\w'’-]+"
#: "Thabo Mokone Parliamentary editor": the name, then the role (one capitalised word at most
#: before the lower-case ones).
_BYLINE = rf"^(?P<names>{_CAP}(?: {_CAP})+?)(?: (?:[A-Z][a-z]+ )?[a-z]+(?: [a-z]+)*)?$"


class TimesLive(Site):
    name = "timeslive"
    site_name = "TimesLIVE"
    hosts = ("timeslive.co.za",)
    signatures = (r"^© \d{4} Arena Holdings \(Pty\) Ltd\. All rights reserved\.$",)
    timezone = "Africa/Johannesburg"
    lang = "en"
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    drop = (
        Line(r"^(?:author link|author-email author-twitter|widget-anchor|READ MORE:|Subscribe now)$"),
        Line(r"^facebook twitter pinterest email"),
        Line(r"^(?:subscribe )?Just R\d+ for the first month\. Support independent journalism"),
        XPath("//div[contains(@class, 'media-body')]//div[contains(@class, 'synopsis') or contains(@class, 'section') "
              "or contains(@class, 'timestamp')]"),
    )
    top_window = (1, 15)  # the menu is over the headline, the metadata under it
    # The section over the headline: "Business".
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>[A-Z][\w&' ]{1,30})$"), above=1)
    standfirst = Standfirst(line=XPath("//h3[contains(@class, 'article-title-tertiary')]"), after_headline=True)
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}) - (?P<time>\d{1,2}:\d{2})$")),)
    byline = (Byline(Line(_BYLINE, max_words=8), where="header"),)
    caption = Captions(line=Line(r"^Image: \S"), html=XPath("//div[contains(@class, 'image-text')]"))
    links = (
        # A teaser of another story: its picture ("article image" in a dump), headline,
        # standfirst, section and age.
        Links(heading=XPath("//div[contains(@class, 'media-body')]//h3")),
        Links(heading=Line(r"^article image$"), max_items=1,
              item=Item(extra=(Line(r"\S"), Line(r"^[A-Z][\w&' ]{1,30}$"), Line(r"(?:ago|\d{4})$")))),
    )
    end = (Line(r"Next Article$"), Line(r"^Would you like to comment on this article\?$"))
