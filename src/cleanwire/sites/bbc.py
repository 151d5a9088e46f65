"""BBC News (bbc.com, bbc.co.uk)."""

from urllib.parse import urlsplit

from cleanwire.blocks import Label, Why
from cleanwire.generic.html.jsonld import article_node, jsonld_nodes, text_of, types
from cleanwire.article import RelatedLink
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit import HEADLINE_LIKE, SHORT, Byline, Captions, Context, Item, Line, Links, XPath

from ._declared import DeclaredSite

_RELATED = Line(r"^Related$")
_TAGS_BLOCK = XPath("//*[@data-component='tags']")
#: A dump prints a photo's alt text between its credit, twice: "EPA Kwasi Kwarteng and Liz Truss EPA".
_CREDITED_ALT = Line(r"^(?P<c>[A-Z][\w/&.-]*(?: [A-Z][\w/&.-]*){0,3}) .+ (?P=c)$", max_words=40)
#: A paragraph ends with a full stop; captions, link titles and sub-headings (questions too) do not.
_SENTENCE = Line(r"[.!][\"'”’)]*$")


class BBC(DeclaredSite):
    name = "bbc"
    site_name = "BBC News"
    hosts = ("bbc.com", "bbc.co.uk")
    url_patterns = (r"^/news/",)
    signatures = (r"^Copyright \d{4} BBC\. All rights reserved\. The BBC is not responsible for the content of "
                  r"external sites\.",)
    timezone = "Europe/London"
    lang = "en"
    unprinted = frozenset({"section"})

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "topics", "captions",
              "figures", "see_also", "trailing", "body")
    drop = (XPath("//*[@data-component='image-block']"), _CREDITED_ALT)
    byline = (Byline(Line(rf"^By (?P<names>{PERSON_NAMES})$", max_words=16)),)
    container = XPath("//article")
    caption = Captions(html=XPath("//*[@data-component='caption-block']"))
    # The inline lists of links to other stories (a list item holding only a link).
    see_also = XPath("//*[@data-component='text-block']//li[a and not(normalize-space(text()))]")
    # "Related": each story's title, day and section.
    links = (Links(heading=_RELATED, ends_story=True, item=Item(extra=(Line(r"^\d{1,2} \w{3,9} \d{4}$"), SHORT))),)
    tail = (Line(r"^More$"), Line(r"^Copyright \d{4} BBC\. All rights reserved\."))

    def pass_topics(self, ctx: Context) -> None:
        """The story's topics close it, one a line, right above "Related" (HTML: the tags block)."""
        name = f"{self.rule_name}.topics"
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        marked = ctx.inside(_TAGS_BLOCK)
        lines = sorted(i for i in marked if ctx.free(i))
        if not lines:  # a dump, or markup that no longer says it
            i = end - 1
            while i > start and ctx.free(i) and SHORT.match(ctx.texts[i]) and not _SENTENCE.match(ctx.texts[i]):
                i -= 1
            lines = list(range(i + 1, end))
        for i in lines:
            ctx.mark(i, Label.METADATA, Why.TAGS, "topic", name)
        if lines:
            ctx.found.tags = tuple(dict.fromkeys(ctx.texts[i] for i in lines))

    def pass_figures(self, ctx: Context) -> None:
        """A dump's caption follows the photo's credited alt text and ends no sentence."""
        for i in range(1, len(ctx)):
            label = ctx.labels[i - 1]
            if (label is not None and label[1].code is Why.RESIDUE and _CREDITED_ALT.match(ctx.texts[i - 1])
                    and ctx.free(i) and not _SENTENCE.match(ctx.texts[i])):
                ctx.found.captions.append(ctx.texts[i])
                ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", f"{self.rule_name}.figures")

    def pass_see_also(self, ctx: Context) -> None:
        """Lists of links to other stories between the paragraphs. A dump shows them as a run of
        title lines that no sentence ends; the last line of such a run is the next sub-heading."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        name = f"{self.rule_name}.see_also"
        items = sorted(i for i in ctx.inside(self.see_also) if ctx.free(i))
        if not items:  # a dump, or markup that no longer says it
            i = start
            while i < end:
                run = i
                while run < end and ctx.free(run) and HEADLINE_LIKE.match(ctx.texts[run]) and not _SENTENCE.match(ctx.texts[run]):
                    run += 1
                items += list(range(i, run - 1))
                i = max(run, i + 1)
        for i in items:
            ctx.found.related.append(RelatedLink(ctx.texts[i], ctx.link_url(i), None))
            ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "link to another story", name)

    def authors(self, ctx: Context) -> tuple[str, ...] | None:
        # The BBC signs many stories with its newsroom only (its "no bylines" policy).
        return ctx.found.authors or self._newsroom(ctx)

    def _newsroom(self, ctx: Context) -> tuple[str, ...] | None:
        if ctx.page is not None:
            node = article_node(jsonld_nodes(ctx.page.root)) or {}
            author = node.get("author")
            if isinstance(author, dict) and any("Organization" in t for t in types(author)):
                name = text_of(author)
                return (name,) if name else None
            return None
        path = urlsplit(ctx.doc.url or "").path
        return ("BBC News",) if path.startswith("/news/") else None
