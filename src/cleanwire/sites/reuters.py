"""Reuters (reuters.com), the news agency's own site."""

from cleanwire.sitekit import Breadcrumb, Byline, Captions, Dateline, Line, XPath

from ._declared import DeclaredSite


class Reuters(DeclaredSite):
    name = "reuters"
    site_name = "Reuters"
    hosts = ("reuters.com",)
    signatures = (r"^© \d{4} Reuters\. All rights reserved$",)
    timezone = "UTC"
    lang = "en"
    unprinted = frozenset({"tags"})

    drop = (
        Line(r"^Share button menu$", r"^Share article on \w+$", r"^(?:Email article|Copy link to article)$",
             r"^Text size change menu$", r"^(?:Small|Medium|Large) text$", r"^Save \S"),
        Line(r"^Advertisement · Scroll to continue$"),
    )
    # The section above the headline, printed again in its tooltip: "Aerospace & Defense
    # Aerospace & Defense quick links".
    breadcrumb = Breadcrumb(line=Line(r"^(?!By )(?P<trail>[^\d]+?) (?P=trail) quick links$", max_words=20),
                            html=XPath("//ul[contains(@class, 'tags__tag-list')]/li"))
    # "By Gopal Sharma Gopal Sharma quick links": each name is printed again in its tooltip.
    byline = (Byline(Line(r"^By (?P<names>[A-Z][^\d]+?)(?: (?P=names))?(?: quick links)?$", max_words=40)),)
    # "2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago": the parts run together.
    dateline = (Dateline(Line(r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}(?:\d{1,2}:\d{2} [AP]M(?: GMT[+-]\d{1,2})?)?)")),)
    # The text-size menu of the toolbar under the lead photo is the last thing before the story.
    start = Line(r"^Large text$")
    # The story's paragraphs are numbered: data-testid="paragraph-0", "paragraph-1", ...
    container = XPath("//*[starts-with(@data-testid, 'paragraph-')]")
    end = (Line(r"^(?:Reporting|Writing|Additional reporting) by "),
           Line(r"^Our Standards: The Thomson Reuters Trust Principles"))
    # Photo captions end with the agency's credit in capitals: "... REUTERS/Jane Doe".
    caption = Captions(line=Line(r"\bREUTERS\b"))
    tail = (Line(r"^Read Next$"), Line(r"^© \d{4} Reuters\. All rights reserved"))
