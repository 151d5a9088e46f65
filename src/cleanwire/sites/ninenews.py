"""9News (9news.com.au), Sydney: Nine Entertainment's news site."""

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Breadcrumb, Byline, Captions, Context, Dateline, Line, Site, TagList, XPath
from cleanwire.sitekit.helpers import mark_read_more

_READ_MORE = Line(r"^READ MORE:")
#: A photo caption ends with its credit in brackets: "... in Manhattan. (AP)".
_CAPTION = Line(r"\((?:[A-Z][\w'’.&/-]*)(?: [\w'’.&/-]+){0,4}\)$")


class NineNews(Site):
    name = "ninenews"
    site_name = "9News"
    hosts = ("9news.com.au",)
    signatures = (r"^Send your stories to contact@9news\.com\.au$", r"^© \d{4} Nine Entertainment Co\.$")
    timezone = "Australia/Sydney"
    lang = "en"

    passes = ("drop", "read_more", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags",
              "captions", "photo_text", "trailing", "body")

    drop = (Line(r"^(?:Tweet|Facebook|Mail)$"),)  # the share bar
    # "News" / "World" on the lines over the headline (a dump prints the menu, "News" /
    # "Sport" / ..., higher up).
    breadcrumb = Breadcrumb(first=Line(r"^News$"), item=Line(r"^[A-Z][\w&' -]{1,30}$"), above=3,
                            html=XPath("//div[contains(@class, 'breadcrumbs')]//li"))
    byline = (Byline(Line(r"^By (?P<names>[A-Z][^\d]{2,100})$", max_words=14)),)
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2}:\d{2}[ap]m \w{3} \d{1,2}, \d{4})$")),)
    container = XPath("//div[contains(@class, 'article__body')]")
    end = (Line(r"^Continue reading$"),)
    # The tags under the story, one a line, up to the contact box.
    tag_list = TagList(heading=Line(r"^Continue reading$"), item=Line(r"^(?!CONTACT US$)\S+(?: \S+){0,4}$"),
                       html=XPath("//li[contains(@class, 'article__tag')]"))
    caption = Captions(line=_CAPTION)
    tail = (Line(r"^CONTACT US$"), Line(r"^Top Stories$"))

    def pass_read_more(self, ctx: Context) -> None:
        mark_read_more(ctx, _READ_MORE, f"{self.rule_name}.read_more", group="READ MORE")

    def pass_photo_text(self, ctx: Context) -> None:
        """Dumps print a photo's description (or a video's title) over its caption, after the
        "READ MORE" link the photo follows."""
        rule = f"{self.rule_name}.photo_text"
        for i in range(2, len(ctx)):
            labelled = ctx.labels[i]
            if labelled and labelled[0] is Label.CAPTION and ctx.free(i - 1) and _READ_MORE.match(ctx.texts[i - 2]):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the photo's description", rule)
