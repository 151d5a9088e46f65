"""The Telegraph (telegraph.co.uk)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit import SHORT, Byline, Captions, Context, Dateline, Item, Line, Links, TagList, XPath

from ._declared import DeclaredSite

_WHEN = Line(r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}) • (?P<time>\d{1,2}:\d{2} ?[ap]m)$", max_words=20)
#: A dump prints the lead photo's alt text with the caption button: "... Open caption".
_OPEN_CAPTION = Line(r" Open caption$")
#: A reviewed product's photo follows its pros and cons, captioned "Brand: a verdict".
_CONS = Line(r"^We don[’']t like:")
_PRODUCT_CAPTION = Line(r"^[A-Z][\w&+ .-]{1,40}: [^.!?]+$", max_words=16)
_TOPICS = Line(r"^Related Topics$")
#: A sub-heading or a caption: words only, no figures, no sentence or question.
_PLAIN_HEADING = Line(r"^[A-Z][^\d:,;?!.£$€%]*(?<![.:;,?!])$", max_words=12)
_PROSE = Line(r"^\S+(?: \S+){10,}")


class TheTelegraph(DeclaredSite):
    name = "telegraph"
    site_name = "The Telegraph"
    hosts = ("telegraph.co.uk",)
    timezone = "Europe/London"
    lang = "en"
    unprinted = frozenset({"section"})
    # The dateline ("30 August 2023 • 4:45pm") confirms the layout: its product reviews print
    # spec lists that would read as page furniture to a check made without it.
    anchors = (_WHEN,)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags", "captions",
              "figures", "trailing", "body")
    drop = (
        _OPEN_CAPTION,
        Line(r"^This article contains affiliate links\."),
        # A product's shop button: the price, "Buy now", "Price at" and the shop.
        Line(r"^£[\d,.]+$", r"^Buy (?:now|alternative)$"),
        XPath("//*[contains(@class, 'product-card__affiliate')]", "//*[contains(@class, 'DisclaimerLong')]"),
    )
    # "By Madeleine Howell 30 August 2023 • 4:45pm", under the standfirst (teasers of other
    # stories print "By Jane Doe 30 Aug 2023, 12:54pm").
    byline = (Byline(Line(rf"^By (?P<names>{PERSON_NAMES})(?: \d{{1,2}} [A-Z][a-z]+ \d{{4}} • .*)?$", max_words=20),
                     where="any"),)
    dateline = (Dateline(_WHEN, where="any", on_byline=True),)
    container = XPath("//p[contains(@class, 'e-standfirst')]", "//div[contains(@class, 'articleBodyText')]")
    # Spec lines repeat from one product to the next: a line printed twice is no caption here.
    caption = Captions(line=Line(r"^Credit: "), twice=False)
    links = (Links(heading=Line(r"^Price at$"), related=False, max_items=1, item=Item(title=SHORT)),)
    end = (_TOPICS,)
    # "Related Topics" and the tags, each but the last with a comma.
    tag_list = TagList(heading=_TOPICS, item=SHORT, separator=",")
    tail = (Line(r"^More stories$"), Line(r"^More from (?:Recommended|The Telegraph)$"))

    def pass_figures(self, ctx: Context) -> None:
        """A dump's photo captions, which HTML marks up: the line after "... Open caption", a
        product's "Brand: verdict" after its cons, and a line no sentence ends right under a
        sub-heading that follows prose, with prose after it (the photo placed under the heading; a
        list's items come in runs)."""
        start, end = ctx.found.start, ctx.found.end
        if ctx.page is not None or start is None or end is None:
            return
        for i in range(max(start, 1), end - 1):
            if not ctx.free(i):
                continue
            text, above = ctx.texts[i], ctx.texts[i - 1]
            after_heading = (i >= 2 and _PROSE.match(ctx.texts[i - 2]) and _PLAIN_HEADING.match(above)
                             and ctx.labels[i - 1] is None and _PLAIN_HEADING.match(text) and _PROSE.match(ctx.texts[i + 1]))
            if (_OPEN_CAPTION.match(above) or (_CONS.match(above) and _PRODUCT_CAPTION.match(text))
                    or after_heading):
                ctx.found.captions.append(text)
                ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", f"{self.rule_name}.figures")

