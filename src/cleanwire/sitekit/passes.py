"""The passes a layout runs over a page's lines, in the order its ``passes`` names them.

Each pass labels the lines it recognises and records what it found in ``ctx.found``; a line
labelled by an earlier pass is never relabelled by a later one, so the order decides (a widget
heading printed three times is claimed by the links pass before the captions pass can take it
for a twice-printed caption). A site can reorder the passes or add its own: a method
``pass_<name>(self, ctx)`` on the layout, listed by name in ``passes``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..article import RelatedLink
from ..blocks import Label, Why
from ..lexicon.dates import from_date, parse_date, zone
from ..lexicon.normalise import fold, word_key
from ..lexicon.people import is_organisation, is_person, names_from_byline, unique
from ..lexicon.titles import strip_site_affixes
from ..generic.html.zones import Zone
from .context import Context
from .rules import HEADLINE_LIKE, Breadcrumb, Byline, Item, Line, Links, XPath

if TYPE_CHECKING:
    from .definition import Layout

#: The default order. "trailing" (bylines at the story's end) needs the story's span.
DEFAULT_PASSES = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "links",
                  "tags", "captions", "trailing", "body")
_TIME = re.compile(r"(\d{1,2})[:.h](\d{2})")
#: A free line with this many spaces (words - 1) or more is prose: the metadata block is over.
_PROSE_WORDS = 11


def run(ctx: Context, layout: Layout) -> None:
    """Run the layout's passes over ``ctx`` in order."""
    for name in layout.passes:
        custom = getattr(layout, f"pass_{name}", None)
        step: Callable[[Context, Layout], None] | None = PASSES.get(name)
        if custom is not None:
            custom(ctx)
        elif step is not None:
            step(ctx, layout)
        else:
            raise ValueError(f"{layout.rule_name}: unknown pass {name!r}")


def _top(ctx: Context, layout: Layout) -> range:
    """Where metadata sits: around the headline (above it too) up to the first line of prose
    after it, or the page's first lines when there is no headline."""
    above, below = layout.top_window
    h = ctx.found.headline
    if h is None:
        return range(0, min(len(ctx), above + below))
    stop = min(len(ctx), h + below + 1)
    prose = [i for i in range(h + 1, stop) if ctx.free(i) and ctx.texts[i].count(" ") >= _PROSE_WORDS]
    return range(max(0, h - above), prose[layout.top_prose] if len(prose) > layout.top_prose else stop)


def _where(ctx: Context, layout: Layout, where: str) -> range:
    """The lines a byline or dateline rule searches: "top" (the metadata block around the
    headline, to the first line of prose), "header" (the whole top window around the headline;
    none when no headline was found) or the page."""
    h = ctx.found.headline
    if where == "top":
        return _top(ctx, layout)
    if where == "header":
        above, below = layout.top_window
        return range(max(0, h - above), min(len(ctx), h + below + 1)) if h is not None else range(0)
    return range(len(ctx))


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
        found = _above_metadata(ctx, layout)
    if found is None:
        return
    ctx.found.headline = found
    ctx.found.title = ctx.texts[found]
    ctx.mark(found, Label.METADATA, Why.HEADLINE, "headline", f"{layout.rule_name}.headline")


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


def _above_metadata(ctx: Context, layout: Layout) -> int | None:
    # A "header" rule is sought around the headline: it does not locate it.
    rules: list[Line] = [rule.line for rule in layout.dateline if rule.where != "header"]
    rules += [rule.line for rule in layout.byline if rule.where not in ("end", "header")]
    marks = [i for rule in rules if (i := ctx.first(rule, 0, 80)) is not None]
    if not marks:
        return None
    for i in range(min(marks) - 1, max(-1, min(marks) - 6), -1):
        if ctx.free(i) and HEADLINE_LIKE.match(ctx.texts[i]) and not any(rule.match(ctx.texts[i]) for rule in rules):
            return i
    return None


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
    if rule.html is not None and (inside := sorted(ctx.inside(rule.html))):
        for k in inside:
            if ctx.free(k):
                trail.append(ctx.texts[k])
                ctx.mark(k, Label.METADATA, Why.SECTION, "section (breadcrumb)", name)
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


def byline(ctx: Context, layout: Layout) -> None:
    for rule in layout.byline:
        if rule.where != "end":
            _bylines(ctx, layout, rule, _where(ctx, layout, rule.where))


def trailing(ctx: Context, layout: Layout) -> None:
    """Bylines printed as the story's last line (an agency: "Yonhap", "AP")."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    last = next((i for i in range(end - 1, start - 1, -1) if ctx.free(i)), None)
    # When the end came from the generic path, the credit may sit just after it.
    after = next((i for i in range(end, min(len(ctx), end + 2)) if ctx.free(i)), None)
    for i in (last, after):
        for rule in layout.byline:
            if i is not None and rule.where == "end" and _bylines(ctx, layout, rule, range(i, i + 1)):
                return


def _bylines(ctx: Context, layout: Layout, rule: Byline, where: range) -> bool:
    found = False
    for i in where:
        if not ctx.free(i):
            continue
        match = rule.line.match(ctx.texts[i])
        if not match:
            continue
        text = match.groupdict().get("names") or ctx.texts[i]
        if rule.drop:
            text = re.sub(rule.drop, "", text)
        names = [n for n in names_from_byline(text, romanised=rule.romanised) if is_person(n) or is_organisation(n)]
        if not names:
            continue
        ctx.found.authors = tuple(unique([*(ctx.found.authors or ()), *names]))
        ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", f"{layout.rule_name}.byline")
        found = True
    return found


def dateline(ctx: Context, layout: Layout) -> None:
    for rule in layout.dateline:
        for i in _where(ctx, layout, rule.where):
            shared = rule.on_byline and _is_byline(ctx, i)
            if not (ctx.free(i) or shared) or not (match := rule.line.match(ctx.texts[i])):
                continue
            value, has_time = _when(ctx, match, rule.month_first)
            if value is None:
                continue
            ctx.found.published, ctx.found.published_has_time = value, has_time
            message = "byline and dateline" if shared else "dateline"
            ctx.mark(i, Label.METADATA, Why.BYLINE if shared else Why.DATELINE, message, f"{layout.rule_name}.dateline")
            return


def _is_byline(ctx: Context, i: int) -> bool:
    label = ctx.labels[i]
    return label is not None and label[1].code is Why.BYLINE


def _when(ctx: Context, match: re.Match[str], month_first: bool) -> tuple[datetime | None, bool]:
    groups = match.groupdict()
    text = groups.get("date") or (None if groups.get("time") else match.string)
    if text:
        value = parse_date(text, ctx.tz, month_first=month_first)
        has_time = bool(value and (value.hour or value.minute or _TIME.search(text)))
        # A time printed apart from the date ("30/04/2024 - 16:38") completes it. A date read
        # at midnight takes it even when the date itself looks like a time ("28.04.2023").
        midnight = value is not None and not (value.hour or value.minute)
        clock = _TIME.search(groups.get("time") or "") if value is not None and (midnight or not has_time) else None
        if value is not None and clock is not None and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
            return value.replace(hour=int(clock.group(1)), minute=int(clock.group(2))), True
        return value, has_time
    clock = _TIME.search(groups.get("time") or "")
    day = ctx.doc.header_date or (ctx.page.meta.published.date() if ctx.page and ctx.page.meta.published else None)
    if clock is None or day is None:
        return None, False
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        return None, False
    return datetime.combine(day, time(hour, minute), tzinfo=zone(ctx.tz) if ctx.tz else from_date(day).tzinfo), True


def story(ctx: Context, layout: Layout) -> None:
    """The story's span: after the start anchor (or the metadata at the top), before the first
    end anchor. Edges not found stay None; the field step then takes the generic edges."""
    found = ctx.found
    h = found.headline if found.headline is not None else -1
    start: int | None = None
    if layout.start is not None and (i := ctx.first(layout.start, h + 1, free=False)) is not None:
        start = i + 1
    elif layout.start_at is not None and (i := ctx.first(layout.start_at, h + 1, free=False)) is not None:
        start = i
    elif layout.start is None and layout.start_at is None:
        start = _after_top_metadata(ctx, layout)
    body_lines = sorted(ctx.inside(layout.container)) if isinstance(layout.container, XPath) else []
    if body_lines:
        start = max(start, body_lines[0]) if start is not None and start <= body_lines[-1] else body_lines[0]
    end: int | None = None
    if start is not None or layout.end:
        ends = [*layout.end, *layout.tail, *(links.heading for links in layout.links if links.ends_story)]
        if layout.tag_list is not None:
            ends += [rule for rule in (layout.tag_list.line, layout.tag_list.heading) if rule is not None]
        lo = start if start is not None else h + 1
        hits = [i for rule in ends if (i := ctx.first(rule, lo, free=False)) is not None]
        end = min(hits) if hits else None
        if body_lines and (end is None or end > body_lines[-1] + 1):
            end = body_lines[-1] + 1
    if start is not None and end is not None and end <= start:
        end = None
    if start is not None and end is None and layout.ends_with_page and ctx.page is None:
        end = len(ctx)
        ctx.notes.append("story end: the dump's last line (no end anchor found)")
    if start is None or end is None:
        # An edge the rules did not find is the generic story's edge: the site's other edge
        # and its other rules still apply.
        # Only when the generic path read the page's own lines: from a story embedded in a
        # script (a page whose visible markup holds no text) its blocks are not these lines.
        blocks = ctx.generic.blocks
        story = [i for i, block in enumerate(blocks) if block.label is Label.BODY] if len(blocks) == len(ctx) else []
        if story:
            if start is None:
                start = story[0]
                found.generic_start = True
                ctx.notes.append("story start: generic (no start anchor found)")
            if end is None:
                end = _extend_end(ctx, layout, story[-1] + 1)
                found.generic_end = True
                ctx.notes.append("story end: generic (no end anchor found)")
    if start is not None and end is not None and end <= start:
        start = end = None
    found.start, found.end = start, end


def _extend_end(ctx: Context, layout: Layout, end: int) -> int:
    """Move a generic story end past what the site's rules know belongs to a story's end:
    photos printed twice, and a closing credit line."""
    closing = [rule.line for rule in layout.byline if rule.where == "end"]
    caption = layout.caption
    while end < len(ctx) and ctx.free(end):
        text = ctx.texts[end]
        twice = caption is not None and caption.twice and text in ctx.texts[end + 1:end + 3]
        credit = caption is not None and caption.line is not None and caption.line.match(text)
        if twice:
            end += 1 + ctx.texts[end + 1:end + 3].index(text) + 1
        elif credit or any(rule.match(text) for rule in closing):
            end += 1
        else:
            break
    return end


def _after_top_metadata(ctx: Context, layout: Layout) -> int | None:
    """The line after the metadata block at the top (headline, kicker, byline, dateline): the
    block ends at the first line of prose, so a byline printed under the story is not in it."""
    top = _top(ctx, layout)
    last = ctx.found.headline
    for i in range(ctx.found.headline or top.start, top.stop):
        label = ctx.labels[i]
        if label is None:
            if ctx.texts[i].count(" ") >= _PROSE_WORDS:
                break
        elif label[0] is Label.METADATA:
            last = i
    return None if last is None else last + 1


def links(ctx: Context, layout: Layout) -> None:
    h = ctx.found.headline if ctx.found.headline is not None else 0
    for rule in layout.links:
        i = h
        while (i := ctx.first(rule.heading, i)) is not None:  # type: ignore[assignment]
            i = _link_list(ctx, layout, rule, i)


def _link_list(ctx: Context, layout: Layout, rule: Links, at: int) -> int:
    """Label one list whose heading is line ``at``; returns the index after it."""
    name = f"{layout.rule_name}.links"
    start, end = ctx.found.start, ctx.found.end
    inside = start is not None and start <= at < (end if end is not None else len(ctx))
    group = ctx.texts[at]
    if isinstance(rule.heading, XPath):
        lines = [i for i in sorted(ctx.inside(rule.heading)) if ctx.free(i)]
        for i in lines:
            if rule.related and rule.item.title.match(ctx.texts[i]) and (url := ctx.link_url(i)):
                ctx.found.related.append(RelatedLink(ctx.texts[i], url, None))
                ctx.mark(i, Label.RELATED, Why.RELATED_ITEM, "link in a related module", name)
            else:
                ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "inside a related module", name)
        return (lines[-1] + 1) if lines else at + 1
    ctx.mark(at, Label.RELATED if rule.related else Label.BOILERPLATE,
             Why.WIDGET if inside else Why.RELATED_HEADING, f"heading of '{group}'", name)
    j, items = at + 1, 0
    own = fold(ctx.found.title)
    while j < len(ctx) and items < rule.max_items:
        if rule.end is not None and ctx.free(j) and rule.end.match(ctx.texts[j]):
            ctx.mark(j, Label.BOILERPLATE, Why.WIDGET, f"end of '{group}'", name)
            return j + 1
        taken = _item(ctx, rule.item, j)
        if taken is None:
            break
        first, title, last = taken
        for k in range(first, last + 1):
            if k == title and own and fold(ctx.texts[k]) == own:
                ctx.mark(k, Label.BOILERPLATE, Why.HEADLINE, "the article's own headline in a list", name)
            elif k == title and rule.related:
                ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), group))
                ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM if inside else Why.RELATED_ITEM, f"item of '{group}'", name)
            else:
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, f"part of an item of '{group}'", name)
        items += 1
        j = last + 1
    if items == 0:
        ctx.mark(at, Label.BOILERPLATE, Why.WIDGET, f"empty widget '{group}'", name)
    return j


def _boundary(ctx: Context, k: int) -> bool:
    """True when line ``k`` opens something else (another list, the tags, the tail): no item."""
    layout = ctx.layout
    if layout is None:
        return False
    rules = [*layout.end, *layout.tail, *(links.heading for links in layout.links)]
    if layout.tag_list is not None:
        rules += [rule for rule in (layout.tag_list.line, layout.tag_list.heading) if rule is not None]
    return any(isinstance(rule, Line) and rule.match(ctx.texts[k]) for rule in rules)


def _item(ctx: Context, item: Item, j: int) -> tuple[int, int, int] | None:
    """``(first line, title line, last line)`` of the item starting at ``j``, else None."""
    n = len(ctx)

    def fits(k: int, rule: Line) -> bool:
        return k < n and ctx.free(k) and bool(rule.match(ctx.texts[k])) and not _boundary(ctx, k)

    first = title = j
    if item.kicker is not None:
        if fits(j, item.kicker) and fits(j + 1, item.title):
            title = j + 1
        elif not item.kicker_optional:
            return None
    if not fits(title, item.title):
        return None
    last = title
    for extra in item.extra:
        if fits(last + 1, extra):
            last += 1
    return first, title, last


def tail(ctx: Context, layout: Layout) -> None:
    """From the first tail anchor after the story's start (comments, footer), everything goes."""
    if not layout.tail:
        return
    lo = ctx.found.start if ctx.found.start is not None else (ctx.found.headline or 0)
    hits = [i for rule in layout.tail if (i := ctx.first(rule, lo, free=False)) is not None]
    if not hits:
        return
    for i in range(min(hits), len(ctx)):
        if ctx.free(i):
            ctx.mark(i, Label.BOILERPLATE, Why.TAIL, "page tail (comments, footer)", f"{layout.rule_name}.tail")


def captions(ctx: Context, layout: Layout) -> None:
    rule = layout.caption
    if rule is None:
        return
    name = f"{layout.rule_name}.captions"
    lo = ctx.found.start if ctx.found.start is not None else (ctx.found.headline or 0) + 1
    hi = ctx.found.end if ctx.found.end is not None else len(ctx)
    seen: dict[str, None] = dict.fromkeys(ctx.found.captions)

    def take(i: int) -> None:
        text = ctx.texts[i]
        if text in seen:
            ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "caption printed again", name)
        else:
            seen[text] = None
            ctx.found.captions.append(text)
            ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", name)

    if rule.html is not None:
        for i in sorted(ctx.inside(rule.html)):
            if ctx.free(i):
                take(i)
    if rule.markup and ctx.page is not None and ctx.elements is not None:
        zones = ctx.page.zones
        for i in range(lo, hi):
            if ctx.free(i) and zones.of(ctx.elements[i])[0] is Zone.CAPTION:
                take(i)
    if rule.twice:
        counts = Counter(ctx.texts[i] for i in range(lo, hi) if ctx.free(i))
        title = fold(ctx.found.title)
        for i in range(lo, hi):
            text = ctx.texts[i]
            if ctx.free(i) and counts[text] > 1 and text.count(" ") >= 2 and fold(text) != title:
                take(i)
    if rule.line is not None:
        for i in range(lo, hi):
            if ctx.free(i) and rule.line.match(ctx.texts[i]):
                take(i)
    if rule.alt:
        for i in range(max(lo, 1), hi):
            above = ctx.texts[i - 1]
            if (ctx.free(i - 1) and ctx.labels[i] is not None and ctx.labels[i][0] is Label.CAPTION
                    and len(above) < len(ctx.texts[i]) and ctx.texts[i].startswith(above)):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "image alt text above its caption", name)


def tags(ctx: Context, layout: Layout) -> None:
    rule = layout.tag_list
    if rule is None:
        return
    name = f"{layout.rule_name}.tags"
    lo = ctx.found.headline or 0
    found: list[str] = []
    if rule.html is not None and (inside := sorted(ctx.inside(rule.html))):
        for k in inside:
            if ctx.free(k):
                found.append(ctx.texts[k])
                ctx.mark(k, Label.METADATA, Why.TAGS, "tags", name)
    elif rule.line is not None and (i := ctx.first(rule.line, lo)) is not None:
        match = rule.line.match(ctx.texts[i])
        raw = (match.groupdict().get("tags") if match else None) or ctx.texts[i]
        ctx.mark(i, Label.METADATA, Why.TAGS, "tags", name)
        ctx.found.tags_raw = (raw, rule.separator)
        return
    elif rule.heading is not None and (i := ctx.first(rule.heading, lo)) is not None:
        ctx.mark(i, Label.METADATA, Why.TAGS, "tags heading", name)
        for j in range(i + 1, min(len(ctx), i + 1 + rule.max_items)):
            if not ctx.free(j) or not rule.item.match(ctx.texts[j]):
                break
            found.append(ctx.texts[j])
            ctx.mark(j, Label.METADATA, Why.TAGS, "tag", name)
    if found:
        ctx.found.tags = tuple(dict.fromkeys(found))


def body(ctx: Context, layout: Layout) -> None:
    """The story's free lines are the body; the page's own headline repeated is not."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    outside = ctx.inside(layout.container) if isinstance(layout.container, XPath) else None
    title = fold(ctx.found.title)
    rule = f"{layout.rule_name}.story"
    vouched = _vouched_span(ctx)
    lines = []
    for i in range(start, end):
        if not ctx.free(i):
            continue
        if outside and i not in outside:
            ctx.mark(i, Label.BOILERPLATE, Why.NOT_STORY, "outside the story's container", rule)
        elif vouched is not None and not vouched(i):
            ctx.mark(i, Label.BOILERPLATE, Why.NOT_STORY, "not story by the generic path (an edge was not found)", rule)
        elif title and fold(ctx.texts[i]) == title:
            ctx.mark(i, Label.METADATA, Why.HEADLINE, "headline printed again", rule)
        else:
            lines.append(i)
            ctx.mark(i, Label.BODY, Why.STORY, "story", rule)
    if ctx.found.standfirst is not None and ctx.found.standfirst < start:
        lines.insert(0, ctx.found.standfirst)
    ctx.found.body = lines


def _vouched_span(ctx: Context) -> Callable[[int], bool] | None:
    """When an edge of the story came from the generic path, which lines the site may still
    call story: those the generic path calls story, and those on the side of the edge the
    site's own anchor found (a standfirst above the generic story's first line). None when
    the site found both edges."""
    found = ctx.found
    if not (found.generic_start or found.generic_end):
        return None
    story = {i for i, block in enumerate(ctx.generic.blocks) if block.label is Label.BODY}
    if not story:
        return None
    first, last = min(story), max(story)
    return lambda i: i in story or (not found.generic_start and i < first) or (not found.generic_end and i > last)


PASSES: dict[str, Callable[[Context, Layout], None]] = {
    "drop": drop, "headline": headline, "standfirst": standfirst, "breadcrumb": breadcrumb, "byline": byline,
    "dateline": dateline, "story": story, "links": links, "tail": tail, "captions": captions, "tags": tags,
    "trailing": trailing, "body": body,
}
