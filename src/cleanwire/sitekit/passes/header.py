"""The passes over the page's head: furniture dropped, the headline, the standfirst and the
breadcrumb."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ...blocks import Label, Why
from ...lexicon.normalise import fold, word_key
from ...lexicon.titles import strip_site_affixes
from ..context import Context
from ..rules import HEADLINE_LIKE, Breadcrumb, Line, Locator

if TYPE_CHECKING:
    from ..definition import Layout


def drop(ctx: Context, layout: Layout) -> None:
    rule = f"{layout.rule_name}.drop"
    for locator in layout.drop:
        for i in range(len(ctx)):
            if ctx.free(i) and ctx.match(locator, i):
                ctx.mark(i, Label.BOILERPLATE, Why.RESIDUE, "page furniture", rule)


def headline(ctx: Context, layout: Layout) -> None:
    """The headline: the layout's rule, else the line the page's declared title matches, else
    the nearest headline-shaped line above the first dateline or byline."""
    found = ctx.first(layout.headline) if layout.headline is not None else None
    keyed: dict[Callable[[str], str], list[str | None]] = {}  # each line's key, once per kind of key
    for key, wanted in _declared_titles(ctx, layout) if found is None else ():
        if key not in keyed:
            keyed[key] = [key(text) if ctx.free(i) else None for i, text in enumerate(ctx.texts)]
        found = next((i for i, have in enumerate(keyed[key]) if have == wanted), None)
        if found is not None:
            break
    if found is None:
        # A "header" rule is sought around the headline: it does not locate it.
        rules: list[Line] = [rule.line for rule in layout.dateline if rule.where != "header"]
        rules += [rule.line for rule in layout.byline if rule.where not in ("end", "header")]
        found = line_above(ctx, rules, hi=80)
    if found is not None:
        take_headline(ctx, layout, found)


def take_headline(ctx: Context, layout: Layout, i: int, message: str = "headline") -> None:
    """Line ``i`` is the headline: the title as printed."""
    ctx.found.headline = i
    ctx.found.title = ctx.texts[i]
    ctx.mark(i, Label.METADATA, Why.HEADLINE, message, f"{layout.rule_name}.headline")


def line_above(ctx: Context, anchors: Sequence[Locator], *, within: int = 5, hi: int | None = None,
               shape: Line = HEADLINE_LIKE) -> int | None:
    """The nearest free line of ``shape`` (headline-shaped) at most ``within`` lines above the
    first free line (before ``hi``) that any of ``anchors`` finds: a headline above the
    dateline or byline. None when no anchor is found or no such line is above it."""
    marks = [i for anchor in anchors if (i := ctx.first(anchor, 0, hi)) is not None]
    if not marks:
        return None
    at = min(marks)
    return next((i for i in range(at - 1, max(-1, at - 1 - within), -1) if ctx.free(i) and shape.match(ctx.texts[i])),
                None)


def _declared_titles(ctx: Context, layout: Layout) -> list[tuple[Callable[[str], str], str]]:
    """How to find the declared title among the lines, in order: as the page gives it, then
    without the site's name ("Title - Site" in a dump's header, where HTML metadata already
    has it stripped); folded, then by its words alone (the metadata's "lawyer's" is the
    headline's "lawyer’s")."""
    declared = ctx.meta_title
    site = layout.site
    names = {site.site_name} if site is not None and site.site_name else set()
    host = urlsplit(ctx.doc.url).hostname if ctx.doc.url else None
    stripped = strip_site_affixes(declared, names, host)
    keys: list[tuple[Callable[[str], str], str]] = [(fold, fold(t)) for t in (declared, stripped)]
    keys += [(word_key, word_key(t)) for t in (declared, stripped)]
    return [(key, wanted) for key, wanted in dict.fromkeys(keys) if wanted]


def standfirst(ctx: Context, layout: Layout) -> None:
    """The standfirst between the headline and the byline: labelled before the byline pass
    looks for metadata (a line of prose under the headline would end the metadata block)."""
    rule, h = layout.standfirst, ctx.found.headline
    if rule is None or h is None:
        return
    above, below = layout.top_window
    # The headline printed again under itself is no standfirst (nor a kicker).
    title = fold(ctx.found.title)
    window = [i for i in range(h + 1, min(len(ctx), h + below + 1)) if ctx.free(i) and fold(ctx.texts[i]) != title]
    found = next((i for i in window if ctx.match(rule.line, i)), None) if rule.line else None
    if found is None and rule.after_headline:
        found = next((i for i in window[:rule.skip + 1] if len(ctx.texts[i].split()) >= rule.min_words), None)
    if found is None or len(ctx.texts[found].split()) < rule.min_words:
        return
    kickers = [i for i in window if i < found]
    for i in kickers if len(kickers) <= rule.skip else ():
        ctx.mark(i, Label.METADATA, Why.KICKER, "kicker (over the standfirst)", f"{layout.rule_name}.standfirst")
    ctx.found.standfirst = found
    ctx.mark(found, Label.BODY, Why.STANDFIRST, "standfirst", f"{layout.rule_name}.standfirst")


def breadcrumb(ctx: Context, layout: Layout) -> None:
    rule = layout.breadcrumb
    if rule is None:
        return
    name = f"{layout.rule_name}.section"
    h = ctx.found.headline
    limit = len(ctx) if h is None else h + layout.top_window[1]
    lo = max(0, h - rule.above) if h is not None and rule.above is not None else 0
    # Over a headline that was not found, a trail sought by its place cannot be.
    limit = 0 if h is None and rule.above is not None else limit
    trail: list[str] = []
    if rule.html is not None and ctx.inside(rule.html):
        trail = [ctx.texts[k] for k in ctx.mark_inside(rule.html, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)]
    elif rule.line is not None and (i := ctx.first(rule.line, lo, limit)) is not None:
        match = ctx.match(rule.line, i)
        text = match.groupdict().get("trail") or ctx.texts[i] if isinstance(match, re.Match) else ctx.texts[i]
        trail = [part.strip() for part in text.split(rule.separator)]
        ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)
    elif rule.first is not None and (i := _first_of_run(ctx, rule, lo, limit)) is not None:
        trail.append(ctx.texts[i])
        ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)
        for j in range(i + 1, min(len(ctx), i + 1 + rule.max_items)):
            if not ctx.free(j) or not rule.item.match(ctx.texts[j]):
                break
            trail.append(ctx.texts[j])
            ctx.mark(j, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)
    items = [t for t in trail if t and t.casefold() not in rule.root]
    if items:
        ctx.found.section = tuple(items)


def _first_of_run(ctx: Context, rule: Breadcrumb, lo: int, limit: int) -> int | None:
    if not rule.last or ctx.found.headline is None or rule.first is None:
        return ctx.first(rule.first, lo, limit)
    return next((i for i in range(ctx.found.headline - 1, lo - 1, -1) if ctx.free(i) and ctx.match(rule.first, i)), None)

