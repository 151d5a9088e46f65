"""The Times of India (timesofindia.indiatimes.com), Mumbai: Bennett, Coleman & Co."""


from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import word_key
from cleanwire.lexicon.spacing import POSSESSIVE
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Line, Site

#: "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST": writer(s), desk or agency, time.
_CREDIT = r"^(?P<names>[^/\d]{3,120}?) / [A-Z][A-Za-z.&' -]{1,30} / "


class TimesOfIndia(Site):
    name = "timesofindia"
    site_name = "The Times of India"
    hosts = ("timesofindia.indiatimes.com",)
    signatures = (r"^Copyright © \d{4} Bennett, Coleman & Co\. Ltd\. All rights reserved\.",)
    timezone = "Asia/Kolkata"
    lang = "en"
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})
    # A dump spaces a link off the text around it: "Pakistan 's" for the page's "Pakistan's".
    dump_gaps = (POSSESSIVE,)

    drop = (
        Line(r"^(?:Share|print article|AA|\+ Text Size|Text Size|Small|Medium|Large|Follow us|right align)$"),
    )
    passes = ("drop", "breadcrumb", "crumb_title", "headline", "byline", "dateline", "story", "tail", "links",
              "captions", "trailing", "body")
    # "News" / "World News" / "Pakistan News" / <this page's headline>, over the trending bar.
    breadcrumb = Breadcrumb(first=Line(r"^News$"), item=Line(r"^\S+(?: \S+){0,3} News$"), max_items=3)
    byline = (Byline(Line(_CREDIT)),)
    dateline = (Dateline(Line(r" / (?P<date>\w{3,9} \d{1,2}, \d{4}, \d{1,2}:\d{2}(?: IST)?)$"), on_byline=True),)
    end = (Line(r"^End of Article$"),)
    tail = (Line(r"^FOLLOW US ON SOCIAL MEDIA$"),)

    def pass_crumb_title(self, ctx: Context) -> None:
        """The breadcrumb's last item is this page, by its headline."""
        crumbs = ctx.labelled(Why.SECTION)
        after = crumbs[-1] + 1 if crumbs else None
        if after is None or after >= len(ctx) or not ctx.free(after):
            return
        # The declared title, of a dump's header too: "<headline> - Times of India".
        item, title = word_key(ctx.texts[after]), word_key(ctx.meta_title)
        if item and (title == item or title.startswith(item + " ")):
            ctx.mark(after, Label.METADATA, Why.SECTION, "the breadcrumb's last item (this page)",
                     f"{self.rule_name}.section")
