"""National Post (nationalpost.com), Toronto: a Postmedia paper on Postmedia's article template."""

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.vocab import HOME_WORDS
from cleanwire.sitekit import (
    HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, Site, Standfirst, XPath,
)

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_SIGN_UP = Line(r"^Sign Up$")
_RECOMMENDED = Line(r"^Recommended from Editorial$")
_CAROUSEL_BUTTON = Line(r"^previous$")
_CAROUSEL_END = Line(r"^next$")


class NationalPost(Site):
    name = "nationalpost"
    site_name = "National Post"
    hosts = ("nationalpost.com",)
    signatures = (r"^© \d{4} National Post, a division of Postmedia Network Inc\.",)
    timezone = "America/Toronto"
    lang = "en"
    declared_time = True  # the day is printed, the time is in the metadata
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    passes = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "newsletter",
              "recommended", "links", "captions", "trailing", "body")

    drop = (
        Line(r"^Article content$", r"^Author of the article:$", r"^Join the conversation$", r"^National Post$"),
        # The ad slots between paragraphs.
        Line(r"^Advertisement \d+$", r"^Story continues below$",
             r"^This advertisement has not loaded yet, but your article continues below\.$"),
        XPath("//div[contains(@class, 'newsletter-widget')]"),
    )
    # "Breadcrumb Trail Links" (a heading for screen readers), then one item a line.
    breadcrumb = Breadcrumb(first=Line(r"^Breadcrumb Trail Links$"), item=Line(r"^[A-Z][\w&' -]{1,30}$"),
                            root=HOME_WORDS | {"breadcrumb trail links"})
    standfirst = Standfirst(line=XPath("//p[contains(@class, 'article-subtitle')]"), after_headline=True)
    # The writer's name on the line after "Author of the article:" (dropped).
    top_window = (1, 15)  # the writer's name under the headline; the menu over it
    byline = (Byline(Line(rf"^(?:By )?(?P<names>{_NAME}(?:(?:,| and) {_NAME})*)$", max_words=12), where="header"),)
    # "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read": long enough to pass
    # for prose, so sought anywhere.
    dateline = (Dateline(Line(r"^Published (?P<date>\w{3,9}\.? \d{1,2}, \d{4})(?: •|$)"), where="any"),)
    caption = Captions(line=Line(r"\b(?:Photo|File photo|Photograph) by \S.{2,150}$"))
    # The promotion of the site closing every story.
    end = (Line(r"^Our website is the place for the latest breaking news"),)
    links = (
        # The paywall's offer, printed inside the story of a dump.
        Links(heading=Line(r"^THIS CONTENT IS RESERVED FOR SUBSCRIBERS$"), related=False, max_items=40,
              item=Item(title=Line(r"\S")), end=Line(r"^If you are a Home delivery print subscriber")),
    )
    tail = (Line(r"^Share this article in your social network$"), Line(r"^Comments$"))

    def pass_newsletter(self, ctx: Context) -> None:
        """A newsletter's sign-up box inside the story: its name (on a line or two), what it
        offers, "Sign Up" and the consent line."""
        rule = f"{self.rule_name}.newsletter"
        for i in range(len(ctx)):
            if not _SIGN_UP.match(ctx.texts[i]):
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.PROMO, "newsletter sign-up", rule)
            if i + 1 < len(ctx) and ctx.free(i + 1) and ctx.texts[i + 1].startswith("By signing up you consent"):
                ctx.mark(i + 1, Label.BOILERPLATE, Why.PROMO, "newsletter consent", rule)
            k = i - 1
            if k >= 0 and ctx.free(k):  # what the newsletter offers
                ctx.mark(k, Label.BOILERPLATE, Why.PROMO, "newsletter description", rule)
                k -= 1
            while k >= 0 and ctx.free(k) and ctx.texts[k].count(" ") < 3 and not ctx.texts[k].endswith("."):
                ctx.mark(k, Label.BOILERPLATE, Why.PROMO, "newsletter name", rule)
                k -= 1

    def pass_recommended(self, ctx: Context) -> None:
        """The carousel of recommended stories: under its heading, between the "previous" and
        "next" buttons (a dump's), headlines, each under its photo's description (a sentence)."""
        rule = f"{self.rule_name}.recommended"
        at = ctx.first(_RECOMMENDED)
        if at is None:
            return
        group = ctx.texts[at]
        ctx.mark(at, Label.RELATED, Why.WIDGET, f"heading of '{group}'", rule)
        for k in range(at + 1, min(len(ctx), at + 25)):
            text = ctx.texts[k]
            if not ctx.free(k) or _CAROUSEL_END.match(text):
                if ctx.free(k):
                    ctx.mark(k, Label.BOILERPLATE, Why.RESIDUE, "carousel button", rule)
                break
            if _CAROUSEL_BUTTON.match(text):
                ctx.mark(k, Label.BOILERPLATE, Why.RESIDUE, "carousel button", rule)
            elif HEADLINE_LIKE.match(text):
                ctx.found.related.append(RelatedLink(text, ctx.link_url(k), group))
                ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, f"item of '{group}'", rule)
            elif text.endswith((".", "!", "?")) and ctx.page is None:
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, "photo description in the carousel", rule)
            else:
                break
