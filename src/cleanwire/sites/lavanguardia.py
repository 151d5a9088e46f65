"""La Vanguardia (lavanguardia.com), Barcelona: Grupo Godó's daily."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.vocab import HOME_WORDS
from cleanwire.sitekit import (
    Breadcrumb, Byline, Context, Dateline, Item, Line, Links, Site, Standfirst, XPath,
)
from cleanwire.sitekit.helpers import mark_credited_captions

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?: (?:de |del |la )?[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,3}"
_DATELINE = r"\d{2}/\d{2}/\d{4} \d{1,2}:\d{2}"
#: The author box under the story: name, role, then this link.
_MORE_BY = Line(r"^Ver más artículos$")
#: A photo credit: "Álex Cámara - Europa Press / Europa Press".
#: A photo's caption over its credit: no sentence, not long (a paragraph over a photo is none).
_CAPTION = Line(r"(?<!\.)$", max_words=25)
_CREDIT = Line(r"^[^.]{3,60} / [^.]{2,40}$", max_words=12)


class LaVanguardia(Site):
    name = "lavanguardia"
    site_name = "La Vanguardia"
    hosts = ("lavanguardia.com",)
    signatures = (r"^© La Vanguardia Ediciones, SLU Todos los derechos reservados\.$",)
    timezone = "Europe/Madrid"
    lang = "es"
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    passes = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "author_box", "tail",
              "links", "photo", "captions", "trailing", "body")

    drop = (Line(r"^Video$"),)
    # The logo, then the section: "La Vanguardia" / "Política".
    breadcrumb = Breadcrumb(first=Line(r"^La Vanguardia$"), item=Line(r"^[A-ZÁÉÍÓÚ][\w ]{1,30}$"), max_items=1,
                            root=HOME_WORDS | {"la vanguardia"})
    # The standfirst, under the headline and its kicker ("Tribunal Supremo").
    standfirst = Standfirst(line=XPath("//h2[contains(@class, 'epigraph')]"), after_headline=True, skip=1)
    # Under the headline, its photo or video and the headline again, then writer and time.
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:,| y) {_NAME})*)$", max_words=12), where="header"),)
    dateline = (Dateline(Line(rf"^(?P<date>{_DATELINE})(?: Actualizado|$)"), where="header"),)
    start = Line(rf"^{_DATELINE}")
    container = XPath("//div[contains(@class, 'article-modules')]")
    links = (Links(heading=Line(r"^Lee también$"), max_items=4, item=Item(extra=(Line(rf"^{_NAME}$"),))),)
    tail = (Line(r"^Mostrar comentarios$"), Line(r"^Cargando siguiente contenido"))

    def pass_author_box(self, ctx: Context) -> None:
        """The writer's box closing the story: name and role over "Ver más artículos", then a
        biography and the writer's social accounts."""
        end = ctx.found.end
        more = ctx.first(_MORE_BY, ctx.found.start or 0, free=False)
        if more is None:
            return
        rule = f"{self.rule_name}.author_box"
        first = more
        while first > max(0, more - 3) and ctx.texts[first - 1] not in (ctx.found.authors or ()):
            first -= 1
        first = first - 1 if first > 0 and ctx.texts[first - 1] in (ctx.found.authors or ()) else more
        for k in range(first, min(len(ctx), more + 4)):
            if ctx.free(k) and not ctx.texts[k].startswith(("Mostrar comentarios", "Cargando")):
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET, "the writer's box", rule)
        if end is None or end > first:
            ctx.found.end = first

    def pass_photo(self, ctx: Context) -> None:
        mark_credited_captions(ctx, _CREDIT, f"{self.rule_name}.photo", caption=_CAPTION)
