"""Lines whose shape says they are not story, learned from a site's pages and applied to each.

Two shapes a site prints inside its stories the same way on every page:

- **live-blog entry headers**: a time of day and a name or a label on a line of their own
  ("20:24 Antony Clements-Thrower", "19:11 KEY EVENT"), three or more on a page: each opens
  an entry of a live blog; the entry's title and text under it are the story;
- **link lines**: a line opening with a link arrow and a space (">> Hier finden Sie alle
  Termine", "→ Alle Folgen"): a pointer to another page, never a sentence of the story
  ("»" is left out: German opens quotations with it, French continues them with it).

As with photos (:mod:`.photos`), a shape is evident on the page that shows it: it is learned
when at least half of the pages learned from show it inside the story's span (one page of
two), and applied inside the span of every page of the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..blocks import Label, Why
from ..sitekit.context import Context
from .lines import SamplePage, half, shown_on

#: A time of day, then one to four words, the first capitalised, none with a digit or a
#: sentence's end: who wrote the entry, or its label.
_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\s+(?!Uhr\b)[^\W\d_][^\s\d]*(?:\s[^\s\d]+){0,3}")
#: A page is a live blog when its story holds at least this many entry headers.
MIN_ENTRIES = 3
_ARROW = re.compile(r"(?:>>|→|►|▶)\s+\S")


def is_entry_header(text: str) -> bool:
    """A live blog's entry header: a time of day and a name or a label."""
    return bool(_ENTRY.fullmatch(text)) and text.split(None, 1)[1][:1].isupper() and not text.endswith((".", "!", "?"))


def is_link_line(text: str) -> bool:
    """A line that opens with a link arrow."""
    return bool(_ARROW.match(text))


def _in_spans(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]], least: int,
              test: Callable[[str], bool]) -> int:
    return shown_on((sum(1 for line in page.lines[a + 1:b] if test(line.text)) >= least
                     for page, (a, b) in zip(pages, spans)), half(pages))


def learn_entry_headers(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]]) -> int:
    """The pages (when at least half) whose story holds :data:`MIN_ENTRIES` entry headers."""
    return _in_spans(pages, spans, MIN_ENTRIES, is_entry_header)


def learn_link_lines(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]]) -> int:
    """The pages (when at least half) whose story holds a line opening with a link arrow."""
    return _in_spans(pages, spans, 1, is_link_line)


def mark_shapes(ctx: Context, entries: int, links: int, learned_from: int, rule: str) -> None:
    """Label the entry headers of a live blog (a page whose span holds :data:`MIN_ENTRIES`
    of them) and the link lines in the story's span (the counts are the pages each shape was
    learned from; 0: not learned)."""
    start, end = ctx.found.start, ctx.found.end
    if not (entries or links) or start is None or end is None:
        return
    span = [i for i in range(start, min(end, len(ctx.texts))) if ctx.free(i)]
    if entries:
        found = [i for i in span if is_entry_header(ctx.texts[i])]
        if len(found) >= MIN_ENTRIES:
            message = f"a live blog's entry header (as in {entries} of {learned_from} pages)"
            for i in found:
                ctx.mark(i, Label.METADATA, Why.DATELINE, message, rule)
    if links:
        message = f"a link line (as in {links} of {learned_from} pages)"
        for i in span:
            if ctx.free(i) and is_link_line(ctx.texts[i]):
                ctx.mark(i, Label.RELATED, Why.RELATED_ITEM, message, rule)
