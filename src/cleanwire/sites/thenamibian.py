"""The Namibian (namibian.com.na), Windhoek: a WordPress site on the tagDiv "Newspaper" theme."""

from cleanwire.sitekit import EMPTY, Byline, Context, Dateline, Line, Site, XPath


class TheNamibian(Site):
    name = "thenamibian"
    site_name = "The Namibian"
    hosts = ("namibian.com.na",)
    signatures = (r"copyright in the content of this website vest in The Free Press of Namibia",)
    timezone = "Africa/Windhoek"
    lang = "en"
    declared_time = True  # the day is printed, the time is in the metadata
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    drop = (Line(r"^(?:Facebook|Twitter|WhatsApp|Email|More)$"),)  # the share bar
    byline = (Byline(Line(r"^By (?P<names>[A-Z][^\d]{2,80})$", max_words=10)),)
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})$")),)
    # The theme's content block holds the story and nothing else.
    container = XPath("//div[contains(@class, 'tdb_single_content')]")
    end = (Line(r"^Stay informed with The Namibian"),)  # the subscription appeal under every story
    tail = (Line(r"^LEAVE A REPLY$"), Line(r"^(?:Recent Stories|Latest News|Most Read)$"))

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        # The articles print no section; the metadata's breadcrumb names only the home page,
        # by its address, which is no section.
        meta = ctx.page.meta.section if ctx.page is not None else ()
        return tuple(s for s in meta if "://" not in s) or EMPTY
