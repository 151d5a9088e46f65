"""Metro (metro.co.uk)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.lexicon.spacing import LONE_LETTER
from cleanwire.sitekit import (
    HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, XPath,
)
from cleanwire.sitekit.helpers import mark_alt_texts

from ._declared import DeclaredSite

_QUOTE_OPENS = Line(r"^[‘“\"']")
_DASH_ITEM = Line(r"^[–•-] ")
_INTRO = Line(r":$")
#: The least a reproduced document (a speech, a statement) runs to, paragraph by paragraph.
_DOCUMENT_LINES = 5


class Metro(DeclaredSite):
    name = "metro"
    site_name = "Metro"
    hosts = ("metro.co.uk",)
    signatures = (r"^© \d{4} Associated Newspapers Limited Powered by WordPress\.com VIP",)
    timezone = "Europe/London"
    lang = "en"
    # The tags are printed run together on one line; they cannot be told apart there.
    unprinted = frozenset({"tags"})
    dump_gaps = (LONE_LETTER,)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "factboxes",
              "captions", "alt", "trailing", "body")
    drop = (
        Line(r"^author image$", r"^Share this (?:article via|on|with)\b", r"^Comment(?: on this article.*)?$",
             r"^Up Next$", r"^Read More Stories$"),
        XPath("//div[contains(@class, 'metro-factbox')]"),
    )
    breadcrumb = Breadcrumb(line=Line(r"^Home › (?P<trail>.+)$"), separator="›")
    # "Jen Mills Published Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm"
    byline = (Byline(Line(rf"^(?P<names>{PERSON_NAMES}) ?Published ", max_words=20), where="any"),)
    dateline = (Dateline(Line(r"Published (?P<date>\w{3,9} \d{1,2}, \d{4}, \d{1,2}:\d{2} ?[ap]m)"), where="any",
                         on_byline=True),)
    caption = Captions(line=Line(r"\((?:Picture|Pictures|Image|Photo): [^()]+\)$"), alt=True)
    links = (Links(heading=Line(r"^More Trending$"), item=Item(kicker=Line(r"^zone post image for post \d+$"), kicker_optional=True)),)
    end = (Line(r"^Got a story\? Get in touch with our news team"),)
    tail = (Line(r"^Sign Up for News Updates$"), Line(r"^MORE$"))

    def pass_factboxes(self, ctx: Context) -> None:
        """Fact boxes (HTML: the markup's; a dump has only their shape): a title, then a list
        ("Other key measures include:" / "– ..." / "– ...") or a document reproduced paragraph by
        paragraph, each opening with a quote mark ("The King's Speech 2024 full transcript")."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None or ctx.page is not None:
            return
        i = start
        while i < end:
            if not (ctx.free(i) and HEADLINE_LIKE.match(ctx.texts[i])):
                i += 1
                continue
            j = i + 1
            if j < end and _INTRO.match(ctx.texts[j]) and ctx.texts[j].count(" ") < 15:
                j += 1
            items = j
            while items < end and ctx.free(items) and _DASH_ITEM.match(ctx.texts[items]):
                items += 1
            quoted = j
            while quoted < end and ctx.free(quoted) and _QUOTE_OPENS.match(ctx.texts[quoted]):
                quoted += 1
            stop = items if items - j >= 2 else quoted if quoted - j >= _DOCUMENT_LINES else None
            if stop is None:
                i += 1
                continue
            for k in range(i, stop):
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "fact box", f"{self.rule_name}.factboxes")
            i = stop

    def pass_alt(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.alt", shape=Line(r"^\S+(?: \S+){1,30}(?<![.!?:;,])$"))
