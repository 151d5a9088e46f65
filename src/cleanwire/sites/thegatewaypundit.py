"""The Gateway Pundit (thegatewaypundit.com)."""

from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Dateline, Line, XPath, has_class

from ._declared import DeclaredSite

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


class TheGatewayPundit(DeclaredSite):
    name = "thegatewaypundit"
    site_name = "The Gateway Pundit"
    hosts = ("thegatewaypundit.com",)
    signatures = (r"^© \d{4} The Gateway Pundit$", r"^The Gateway Pundit \| Where Hope Finally Made a Comeback$")
    timezone = "America/Chicago"
    lang = "en"
    unprinted = frozenset({"section", "tags"})

    drop = (
        # The share bar under the byline.
        Line(r"^(?:Truth|Gettr|Gab|Parler|Telegram|Share|Tweet)$"),
        XPath("//div[contains(@class, 'essb_links')]"),
        # Calls to read another of the site's stories: teasers, not the story.
        Line(r"^Click here to (?:read|watch|see) ", max_words=30),
    )
    # "by Cristina Laila Apr. 28, 2023 1:15 pm"
    byline = (Byline(Line(rf"^[Bb]y (?P<names>[A-Z][^\d]+?) {_MONTH} \d{{1,2}}, \d{{4}}", max_words=20)),)
    dateline = (Dateline(Line(rf"(?P<date>{_MONTH} \d{{1,2}}, \d{{4}}(?: \d{{1,2}}:\d{{2}} [ap]m)?)$", max_words=20),
                         on_byline=True),)
    container = XPath(f"//div[{has_class('entry-content')}]")
    # The author box under the story.
    end = (Line(r"^Photo of author$"), Line(r"^You can email .+ here"))
    # Photos are captioned in italics in the photo's own paragraph; a dump shows the caption
    # as a short line that is no sentence.
    caption = Captions(html=XPath("//div[contains(@class, 'entry-content')]//p[.//img]/em"),
                       line=Line(r"^(?!.*:$)" + HEADLINE_LIKE.patterns[0].lstrip("^"), max_words=16))
