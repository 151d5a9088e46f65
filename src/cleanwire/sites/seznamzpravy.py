"""Seznam Zprávy (seznamzpravy.cz), Prague: the news site of the Seznam.cz portal.

Its markup's class names are generated (``c_iC``, ``e_bg``) and change with every build; the
rules hold to what does not: the atomic-design names (``mol-article-card``, ``mol-post-card``,
``mol-table``, ``ogm-breadcrumb-navigation``) and the text the page prints.
"""

from __future__ import annotations

from datetime import date

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Context, Dateline, Layout, Line, Links, Site, TagList, XPath
from cleanwire.sitekit.helpers import link_texts

_NAME = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’-]+(?: [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’.-]+){1,3}"
_PHOTO = Line(r"^Foto: \S")
#: When a teaser of another article (set between paragraphs) was published.
_CARD_DATE = Line(r"^(?:\d{1,2}\. \d{1,2}\. \d{4} |(?:dnes|včera) )?\d{1,2}:\d{2}$")
_BOX = XPath("//div[contains(@class, 'mol-post-card')]")
_SHOW_ALL = Line(r"^Zobrazit vše$")
_BREADCRUMB = Line(r"^Drobečková navigace$")
_DROP = (
    Line(r"^Sdílet na Facebooku Sdílet na X$", r"^Sdílejte článek$", r"^Článek$"),
    _BREADCRUMB,
    XPath("//table"),  # data tables are no prose
)


class SeznamZpravy(Site):
    name = "seznamzpravy"
    site_name = "Seznam Zprávy"
    hosts = ("seznamzpravy.cz",)
    signatures = (r"^Seznam Zprávy Seznam Zprávy$",)
    timezone = "Europe/Prague"
    lang = "cs"

    passes = ("drop", "headline", "photo", "byline", "dateline", "story", "tail", "box", "cards", "table", "links",
              "tags", "captions", "trailing", "body")

    drop = _DROP
    # The writer's name alone under the headline.
    top_window = (1, 15)  # the writer's name under the headline; the menu over it
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:,| a) {_NAME})*)$", max_words=12), where="header"),)
    # The time alone ("5:00"); the day is the page's.
    dateline = (Dateline(Line(r"^(?P<time>\d{1,2}:\d{2})$")),)
    # The story (its standfirst first) follows the time it was published.
    start = Line(r"^\d{1,2}:\d{2}$")
    end = (Line(r"^Diskuze$"),)
    links = (Links(heading=XPath("//a[contains(@class, 'mol-article-card__title-link')]/..")),)
    tag_list = TagList(heading=Line(r"^Související témata:$"), item=Line(r"^(?!Postranní panel$)\S.{0,80}$"))
    tail = (Line(r"^Postranní panel$"),)

    class V2025(Layout):
        """Spring 2025."""

        valid_until = date(2025, 6, 30)

    class V2025b(V2025):
        """Autumn 2025: the page offers to read the article aloud, and prints when it was updated."""

        valid_until = None
        anchors = (Line(r"^Chcete-li článek poslouchat, přihlaste se$"),)
        drop = (
            *_DROP,
            Line(r"^Chcete-li článek poslouchat, přihlaste se$", r"^info$"),
            Line(r"^aktualizováno • \d{1,2}:\d{2}$"),
        )

    # -- passes of the site's own ---------------------------------------------------------

    def pass_photo(self, ctx: Context) -> None:
        """A photo: "Foto: <credit>", then its caption. Labelled before the metadata is sought:
        the caption of the photo under the headline would pass for the first line of prose."""
        rule = f"{self.rule_name}.photo"
        for i in range(len(ctx)):
            if ctx.free(i) and _PHOTO.match(ctx.texts[i]):
                ctx.mark(i, Label.BOILERPLATE, Why.CREDIT, "photo credit", rule)
                if i + 1 < len(ctx) and ctx.free(i + 1) and not _PHOTO.match(ctx.texts[i + 1]):
                    ctx.found.captions.append(ctx.texts[i + 1])
                    ctx.mark(i + 1, Label.CAPTION, Why.CAPTION, "photo caption", rule)

    def pass_box(self, ctx: Context) -> None:
        """A box beside the story (background, a dossier): a heading, a photo and a few
        paragraphs, folded under "Zobrazit vše" (show all) when long. HTML: its element."""
        rule = f"{self.rule_name}.box"
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        if ctx.page is not None:
            ctx.mark_inside(_BOX, Label.BOILERPLATE, Why.WIDGET, "box beside the story", rule)
            return
        for i in range(start, end - 1):
            # The box's heading is followed by its photo (labelled by the photo pass).
            if not (ctx.free(i) and HEADLINE_LIKE.match(ctx.texts[i]) and _PHOTO.match(ctx.texts[i + 1])):
                continue
            shown = ctx.first(_SHOW_ALL, i, min(end, i + 12), free=False)
            last = shown if shown is not None else (end - 1 if end - i <= 12 else i)
            for k in range(i, last + 1):
                if ctx.free(k):
                    ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "box beside the story", rule)

    def pass_cards(self, ctx: Context) -> None:
        """Dumps: a teaser of another article between paragraphs, its headline over the time
        it was published."""
        start, end = ctx.found.start, ctx.found.end
        if ctx.page is not None or start is None or end is None:
            return
        rule = f"{self.rule_name}.cards"
        for i in range(start, end - 1):
            teaser = HEADLINE_LIKE.match(ctx.texts[i]) and _CARD_DATE.match(ctx.texts[i + 1])
            if ctx.free(i) and ctx.free(i + 1) and teaser:
                ctx.found.related.append(RelatedLink(ctx.texts[i], None, None))
                ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "teaser of another article", rule)
                ctx.mark(i + 1, Label.BOILERPLATE, Why.WIDGET_ITEM, "the teaser's time", rule)

    def pass_table(self, ctx: Context) -> None:
        """Dumps: a data table prints as a block of short lines, one a row, where the story's
        paragraphs are separated by blank lines; most rows hold figures. (HTML: dropped.)"""
        start, end = ctx.found.start, ctx.found.end
        if ctx.page is not None or start is None or end is None:
            return
        rule = f"{self.rule_name}.table"
        i = start
        while i < end:
            j = i
            while j + 1 < end and ctx.free(j + 1) and ctx.numbers[j + 1] == (ctx.numbers[j] or 0) + 1:
                j += 1
            rows = [k for k in range(i, j + 1) if ctx.free(k)]
            if len(rows) >= 3 and all(ctx.texts[k].count(" ") < 15 for k in rows) and \
                    2 * sum(any(c.isdigit() for c in ctx.texts[k]) for k in rows) >= len(rows):
                for k in rows:
                    ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "a row of a table", rule)
            i = j + 1

    # -- fields ---------------------------------------------------------------------------

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        """The breadcrumb's items: HTML links; a dump prints them run together on one line
        ("Zprávy Domácí Kauzy <headline>"), split with the names the page's menu prints one a
        line ("Jak se žije v Česku")."""
        if ctx.page is not None:
            return tuple(t for t in link_texts(ctx, _BREADCRUMB_LINKS) if fold(t) != fold(ctx.found.title)) or None
        at = ctx.first(_BREADCRUMB, free=False)
        if at is None or at + 1 >= len(ctx) or not ctx.found.title:
            return None
        trail = ctx.texts[at + 1]
        if not trail.endswith(ctx.found.title):
            return None
        names = {text for text in ctx.texts[:at] if text.count(" ") < 5}
        return _split_trail(trail[: -len(ctx.found.title)].split(), names) or None


_BREADCRUMB_LINKS = XPath("//div[contains(@class, 'ogm-breadcrumb-navigation')]//nav//a")


def _split_trail(words: list[str], names: set[str]) -> tuple[str, ...]:
    """Cut the words into the longest runs that are names of the page's menu."""
    items: list[str] = []
    i = 0
    while i < len(words):
        size = next((n for n in range(min(6, len(words) - i), 1, -1) if " ".join(words[i:i + n]) in names), 1)
        items.append(" ".join(words[i:i + size]))
        i += size
    return tuple(items)
