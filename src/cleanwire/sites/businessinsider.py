"""Business Insider (businessinsider.com)."""

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Line, XPath
from cleanwire.sitekit.helpers import link_texts, mark_credited_captions, take_section_label

from ._declared import DeclaredSite

#: Photo credits: names and agencies joined by slashes ("Tim P. Whitby/Stringer/Getty Images").
_CREDIT = Line(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|-|&))*(?:/[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*)+$",
               max_words=12)
_READ_NEXT = Line(r"^Read next$")
_CATEGORY_LINKS = XPath("//a[contains(@class, 'category-link')]")
#: Category names are set in sentence case: a capital starts the next one.
_NEXT_TAG = re.compile(r" (?=[A-Z])")


class BusinessInsider(DeclaredSite):
    name = "businessinsider"
    site_name = "Business Insider"
    hosts = ("businessinsider.com",)
    signatures = (r"^\* Copyright © \d{4} Insider Inc\. All rights reserved\.",)
    timezone = "America/New_York"
    lang = "en"

    passes = ("drop", "headline", "kicker", "byline", "dateline", "story", "tail", "links", "categories", "captions",
              "credits", "trailing", "body")
    drop = (
        Line(r"^Advertisement$"),
        Line(r"^(?:Share|Save|Read in app)$", r"^Facebook Email Twitter LinkedIn Copy Link$"),
        # The newsletter box inside the story.
        XPath("//*[contains(@class, 'inline-newsletter')]", "//*[contains(@class, 'ad-label')]"),
        Line(r"^Insider Today$", r"^NEW LOOK$", r"^Sign up to get the inside scoop on ", r"^Bull$",
             r"^Thanks for signing up!$", r"^Access your favorite topics in a personalized feed", r"^Email address$",
             r"^Sign up$", r"^By clicking “Sign Up”, you accept our Terms of Service"),
    )
    byline = (Byline(Line(rf"^(?P<names>{PERSON_NAMES})$", max_words=16)),)
    dateline = (Dateline(Line(r"^(?P<date>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z)$")),)
    breadcrumb = Breadcrumb(html=XPath("//span[contains(@class, 'post-breadcrumbs')]"))
    container = XPath("//div[@id='piano-inline-content-wrapper']", "//div[contains(@class, 'slideshow-slide-container')]")
    end = (_READ_NEXT,)
    tail = (Line(r"^Recommended video$"), Line(r"^\* Copyright © \d{4} Insider Inc\."))

    def pass_kicker(self, ctx: Context) -> None:
        """The section is printed right above the headline ("Entertainment")."""
        if ctx.found.section is None and ctx.found.headline:
            take_section_label(ctx, ctx.found.headline - 1, f"{self.rule_name}.kicker", max_words=6)

    def pass_categories(self, ctx: Context) -> None:
        """The categories, printed on one line after "Read next": the tags."""
        at = ctx.first(_READ_NEXT, ctx.found.headline or 0, free=False)
        if at is None or at + 1 >= len(ctx) or not ctx.free(at + 1):
            return
        if ctx.page is not None:
            found = list(link_texts(ctx, _CATEGORY_LINKS))
        else:
            found = _NEXT_TAG.split(ctx.texts[at + 1]) if len(ctx.texts[at + 1].split()) <= 12 else []
        if found:
            ctx.found.tags = tuple(dict.fromkeys(t for t in found if t))
            ctx.mark(at + 1, Label.METADATA, Why.TAGS, "categories", f"{self.rule_name}.categories")

    def pass_credits(self, ctx: Context) -> None:
        start, end = ctx.found.start, ctx.found.end
        if start is not None and end is not None:
            mark_credited_captions(ctx, _CREDIT, f"{self.rule_name}.credits", lo=start, hi=end, alt_copies=True)
