"""Anadolu Ajansı (aa.com.tr), Ankara: Turkey's state news agency, its Turkish service."""

from __future__ import annotations

from cleanwire.sitekit import (
    Breadcrumb, Byline, Context, Dateline, Line, Site, Standfirst, TagList, XPath,
)
from cleanwire.sitekit.helpers import headline_above
from cleanwire.sitekit.passes import headline

#: "Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025": the writer(s), then the day.
_CREDIT_LINE = Line(r"^(?P<names>[^|\d]{3,120}?) \| (?P<date>\d{2}\.\d{2}\.\d{4})")


class AnadoluAjansi(Site):
    name = "anadoluajansi"
    site_name = "Anadolu Ajansı"
    hosts = ("aa.com.tr",)
    url_patterns = (r"^/tr/",)
    signatures = (r"^Anadolu Ajansı © \d{4}$",)
    timezone = "Europe/Istanbul"
    lang = "tr"
    declared_time = True  # the day is printed, the time is in the metadata
    # The topic links under "İlgili konular" run together on one line in a dump, their
    # words in any case ("Elektrikli araç şarj istasyonu ..."): a dump cannot tell them
    # apart, so neither kind reports them, to stay one article.
    unprinted = frozenset({"tags"})

    # The section over the headline: "Ekonomi".
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?: [\wçğıöşü]+){0,2})$"),
                            above=1)
    standfirst = Standfirst(line=XPath("//div[contains(@class, 'detay-spot')]//h4"), after_headline=True)
    byline = (Byline(_CREDIT_LINE),)
    dateline = (Dateline(_CREDIT_LINE, on_byline=True),)
    container = XPath("//div[contains(@class, 'detay-icerik')]")
    # The note under every story: the site carries summaries of its wire (HAS).
    end = (Line(r"^Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi"),)
    tag_list = TagList(heading=Line(r"^İlgili konular$"), item=Line(r"^(?!Bu haberi paylaşın)\S.{0,200}$"),
                       max_items=1)
    tail = (Line(r"^Bu haberi paylaşın$"),)

    def pass_headline(self, ctx: Context) -> None:
        """The headline: by the page's declared title, else (a dump saved without its title)
        the headline-shaped line over the standfirst over the writer's line."""
        headline(ctx, self)
        headline_above(ctx, self, [_CREDIT_LINE], within=3, message="headline (over the standfirst)")
