"""Small passes and field helpers several site definitions share (the registry skips this
module): where the headline is, the title a page declares, the section its URL names."""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.titles import without_kicker
from cleanwire.sitekit import HEADLINE_LIKE, Context, Layout, Line, Site
from cleanwire.sitekit.helpers import declared_title, headline_ending_with
from cleanwire.sitekit.passes import PASSES

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(text: str) -> str:
    """The URL spelling of a text: "Die Schweiz ist ein großer ..." -> "die-schweiz-ist-ein-grosser-..."."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().translate(_UMLAUTS)).strip("-")


def url_slug(url: str | None) -> str | None:
    """The words of an article URL's last segment: ".../die-schweiz-ist-...-spione-19655247.html"
    -> "die-schweiz-ist-...-spione"; None when it spells no words."""
    last = urlsplit(url or "").path.rstrip("/").rsplit("/", 1)[-1]
    match = re.match(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+){2,}?)(?:-\d{6,})?(?:\.html?)?$", last)
    return match.group("slug") if match else None


def printed_url_title(ctx: Context) -> int | None:
    """The line the article's URL spells (sites whose URL is their declared title's slug)."""
    wanted = url_slug(ctx.doc.url)
    if not wanted:
        return None
    return next((i for i, text in enumerate(ctx.texts) if len(text) > 10 and slug(text) == wanted), None)


def section_from_url(ctx: Context, skip: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The departments the URL's path names (/wirtschaft/geld/<article>), each as the page
    prints it when a short line spells it, else capitalised; ``skip``: segments to leave out."""
    parts = [p for p in urlsplit(ctx.doc.url or "").path.split("/") if p][:-1]
    parts = [p for p in parts if p not in skip and not any(c.isdigit() for c in p)]
    if not parts:
        return None
    printed = {slug(text): text for text in ctx.texts if len(text) < 40}
    return tuple(printed.get(p, "-".join(w.capitalize() for w in p.split("-"))) for p in parts)


def link_lists(ctx: Context, layout: Layout, min_items: int, shape: re.Pattern[str], heading: Line | None = None,
               most: float = 0.5) -> None:
    """Lists of links inside the story: ``min_items`` or more headline-shaped lines in a row,
    in one list of the page (each a link) or one paragraph of the dump (``most`` of them of
    the links' ``shape``, "Thema: Titel"), with the line introducing them (ending in ":" or
    matching ``heading``)."""
    rule = f"{layout.rule_name}.lists"
    i = ctx.found.start or 0
    while i < (ctx.found.end or 0):
        group = _list_at(ctx, i, shape, most)
        if len(group) < min_items:
            i += 1
            continue
        above, name = group[0] - 1, "in-text links"
        lead = ctx.texts[above] if above >= 0 and ctx.free(above) else ""
        if lead and lead.count(" ") < 14 and (lead.endswith(":") or (heading is not None and heading.match(lead))):
            name = lead
            ctx.mark(above, Label.RELATED, Why.WIDGET, f"heading of '{name}'", rule)
        for k in group:
            ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), name))
            ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, f"item of '{name}'", rule)
        i = group[-1] + 1


def _list_at(ctx: Context, i: int, shape: re.Pattern[str], most: float) -> list[int]:
    group: list[int] = []
    k = i
    while k < len(ctx) and ctx.free(k) and ctx.texts[k].count(" ") < 16 and HEADLINE_LIKE.match(ctx.texts[k]):
        if group and not _same_list(ctx, group[-1], k):
            break
        group.append(k)
        k += 1
    if ctx.page is not None:
        linked = all(ctx.link_url(k) for k in group)
    else:
        linked = sum(bool(shape.search(ctx.texts[k])) for k in group) >= most * len(group)
    return group if linked else []


def _same_list(ctx: Context, a: int, b: int) -> bool:
    """In HTML, items of one list; in a dump, lines of one paragraph (no blank line between)."""
    if ctx.elements is not None:
        ea, eb = ctx.elements[a], ctx.elements[b]
        return ea.tag == eb.tag == "li" and ea.getparent() is eb.getparent()
    na, nb = ctx.numbers[a], ctx.numbers[b]
    return na is not None and nb is not None and nb == na + 1


class StorySite(Site):
    """A shared base (no name): the site's body only when its own rules recognised the page,
    found its byline or dateline, and found both edges of the story. Otherwise the page is not
    the layout the rules were written for (a redesign, changed wording), and the site's span
    would keep every line its rules no longer recognise: the generic path, which judges each
    line, gives the body."""

    #: What the site's rules must have found on the page: its dateline ("published"), its
    #: byline ("authors"), either by default; a site whose byline is common to many sites
    #: ("Von Anna Schmidt") names only its dateline.
    evidence: ClassVar[tuple[str, ...]] = ("published", "authors")

    def body(self, ctx: Context) -> tuple[str, ...] | None:
        if all(getattr(ctx.found, name) is None for name in self.evidence):
            ctx.notes.append(f"body: generic (the site's rules found no {' or '.join(self.evidence)})")
            return None
        if ctx.found.generic_start or ctx.found.generic_end:
            ctx.notes.append("body: generic (the site's rules did not find both edges of the story)")
            return None
        return Layout.body(self, ctx)


class KickerSite(StorySite):
    """A shared base (no name) for sites that print kicker and headline in one heading and
    declare the headline alone as their title: the heading is found by the declared title it
    ends with, and the title is that part."""

    def title(self, ctx: Context) -> str | None:
        return without_kicker(ctx.found.title, declared=declared_title(ctx)) or Layout.title(self, ctx)

    def pass_headline(self, ctx: Context) -> None:
        if headline_ending_with(ctx, self, declared_title(ctx)) is None:
            PASSES["headline"](ctx, self)
