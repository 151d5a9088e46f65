"""The passes that read who wrote the story and when: bylines (at the top and at the end of the
story) and datelines."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...lexicon.dates import from_date, parse_date, zone
from ...lexicon.people import is_organisation, is_person, names_from_byline, unique
from ..context import Context
from ..rules import Byline
from .window import search_range

if TYPE_CHECKING:
    from ..definition import Layout

#: A clock time ("16:38", "16.38", "16h38"), not the day and month of a dotted date ("28.04.2023").
_TIME = re.compile(r"(?<![\d.])(\d{1,2})[:.h](\d{2})(?![.\d])")


def byline(ctx: Context, layout: Layout) -> None:
    for rule in layout.byline:
        if rule.where != "end":
            _bylines(ctx, layout, rule, search_range(ctx, layout, rule.where))


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
        found = take_byline(ctx, i, f"{layout.rule_name}.byline", names_from_byline(text, romanised=rule.romanised)) or found
    return found


def take_byline(ctx: Context, i: int, rule: str, names: Iterable[str] | None = None) -> bool:
    """Line ``i`` credits the story: its names (``names``, else the line read as a byline) that
    are people or organisations join the authors, and the line is labelled a byline. False
    when none is."""
    credited = [n for n in (names if names is not None else names_from_byline(ctx.texts[i]))
                if is_person(n) or is_organisation(n)]
    if not credited:
        return False
    ctx.found.authors = tuple(unique([*(ctx.found.authors or ()), *credited]))
    ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", rule)
    return True


def dateline(ctx: Context, layout: Layout) -> None:
    for rule in layout.dateline:
        for i in search_range(ctx, layout, rule.where):
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
    if text and groups.get("time"):
        # The day and the clock read together ("30 August 2023 4:45pm": the clock's am/pm).
        joined = parse_date(f"{text} {groups['time']}", ctx.tz, month_first=month_first)
        if joined is not None and (joined.hour or joined.minute):
            return joined, True
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

