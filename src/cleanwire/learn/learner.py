"""Learning a template from a few pages of one site: what recurs, where the story sits.

Only counts are used: in how many pages each line occurs, where the story's prose sits
between the recurring lines, what follows a recurring heading. No truth, no labels.

- **Template lines**: printed by at least half of the pages (two at least). A recurring
  line that reads as story text (prose between the story's own prose) in most of its pages
  is not one: two articles may quote the same sentence.
- **Story span**: on each page, the stretch between two template lines that holds the most
  page-specific prose (continued across a single template line when prose resumes after it:
  an ad label inside the story); the template lines bounding it on most pages are the start
  and end anchors.
- **Widgets**: a template heading after the headline followed by page-specific headline-like
  lines on two pages or more.
- **Standfirst**: a page-specific prose line between the headline and the story on most
  pages: right above the start anchor (dumps and HTML), else by its distance from the
  headline (dumps; a dump that declares no title finds its headline above the story's first
  prose), or for HTML by its element.
- **Dated teasers**: titles of other stories with their date and time on the next line,
  inside the story on most pages.
- **Credits**: template lines that follow a caption ending in "(" (the credit split from it).
- **Photo captions**, live-blog entry headers, link lines and (dumps) **lists of teasers** and
  **boxes of other stories** in the story (:mod:`.photos`, :mod:`.shapes`, :mod:`.runs`, :mod:`.boxes`).
- **Headline printed again**: a few lines below the headline, then a subtitle or byline,
  then the story's prose, on most pages: those short lines are header.
- **HTML**: the element that holds the story's prose on most pages (:mod:`.container`), and whether the story's
  prose sits at one depth of the page on most pages (then what sits deeper is an insert).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .lines import (
    SampleLine, SamplePage, again_below, half, is_teaser_text, is_timestamp, is_title_like, shown_on,
)
from .boxes import learn_photo_boxes
from .container import named_part, story_container, xpath_of
from .nested import flat_pages
from .photos import learn_captions_again, learn_image_files
from .runs import learn_teaser_runs
from .shapes import learn_entry_headers, learn_link_lines
from .template import Evidence, Standfirst, Template, Widget

#: A template line is printed by at least this share of the pages (and two at least).
FURNITURE_SHARE = 0.5
#: Anchors, the standfirst and the story container must hold on this share of the pages.
RULE_SHARE = 0.6
#: Fewer template lines than this is no template: the pages do not share a layout.
MIN_FURNITURE = 8
#: A page of the group must print at least this share of its short lines from the template.
MIN_SHARE = 0.2
#: Prose after a template line continues the story when it has this many words.
RESUME_WORDS = 30
#: ...within this many lines after it (a widget's heading and its items: a kicker, a title, a
#: teaser, a byline).
RESUME_WITHIN = 6
#: A standfirst sits at most this many lines below the headline.
STANDFIRST_WITHIN = 4
#: A dump's headline (when it declares no title) sits at most this many lines above the story.
STANDFIRST_ABOVE = 12
#: HTML: a widget item is a line of at least this share of link text...
LINK_ITEM = 0.5
#: ...and at most this many words.
SHORT_ITEM = 20


class NotLearned(Exception):
    """Why no template was learned from a group (it stays generic)."""


def learn_template(pages: Sequence[SamplePage], name: str) -> Template:
    """The template the pages share; :class:`NotLearned` says why there is none."""
    pages = _distinct(list(pages))
    n = len(pages)
    if n < 2:
        raise NotLearned("fewer than two distinct pages (the others repeat the same story)")
    need = max(2, math.ceil(FURNITURE_SHARE * n))
    rule_need = max(2, math.ceil(RULE_SHARE * n))
    df = Counter(key for page in pages for key in {line.key for line in page.lines})
    texts = {line.key: line.text for page in pages for line in page.lines if df[line.key] >= need}
    protected = _story_sentences(pages, df, need)
    furniture = {key for key in texts if key not in protected}
    if len(furniture) < MIN_FURNITURE:
        raise NotLearned(f"the pages share only {len(furniture)} lines: no common template")
    for page in pages:
        short = {line.key for line in page.lines if line.words <= 12}
        if short and len(short & furniture) < MIN_SHARE * len(short):
            raise NotLearned("a page prints too few of the group's template lines (another layout?)")
    notes: list[str] = []
    spans = [_span(page, furniture, df) for page in pages]
    start, end = _anchors(pages, spans, rule_need, notes)
    kind = pages[0].kind
    container = story_container(pages, spans, df, rule_need) if kind == "html" else None
    hosts = Counter(h for page in pages if (h := _host(page.url)))
    sites = Counter(page.site_name for page in pages if page.site_name)
    return Template(
        name=name,
        kind=kind,
        pages=n,
        hosts=tuple(h for h, c in hosts.most_common() if c >= need),
        site_name=sites.most_common(1)[0][0] if sites and sites.most_common(1)[0][1] >= need else None,
        furniture=tuple(Evidence(texts[k], df[k]) for k in sorted(furniture, key=lambda k: (-df[k], texts[k]))),
        start=start,
        end=end,
        widgets=_widgets(pages, spans, furniture, df, texts),
        standfirst=_standfirst(pages, spans, df, rule_need, container, start),
        container=container,
        dated_teasers=_dated_teasers(pages, spans, df, rule_need),
        headline_again=_headline_again(pages, spans, df, rule_need),
        credits=_credits(pages, furniture, texts, rule_need),
        flat_story=flat_pages(pages, spans, df, rule_need) if kind == "html" else 0,
        captions_again=learn_captions_again(pages),
        image_files=learn_image_files(pages),
        teaser_runs=learn_teaser_runs(pages, spans, df) if kind == "dump" else 0,
        entry_headers=learn_entry_headers(pages, spans),
        link_lines=learn_link_lines(pages, spans),
        story_boxes=learn_photo_boxes(pages, spans, df) if kind == "dump" else 0,
        notes=tuple(notes),
    )


def _host(url: str | None) -> str | None:
    from .lines import host_of

    return host_of(url)


def _distinct(pages: list[SamplePage]) -> list[SamplePage]:
    """Pages minus near-copies of an earlier one (the same story twice teaches nothing)."""
    kept: list[tuple[SamplePage, set[int]]] = []
    for page in pages:
        prose = {line.key for line in page.lines if line.prose}
        if any(prose and len(prose & other) > 0.5 * min(len(prose), len(other)) for _, other in kept):
            continue
        kept.append((page, prose))
    return [page for page, _ in kept]


def _story_sentences(pages: Sequence[SamplePage], df: Counter[int], need: int) -> set[int]:
    """Recurring prose lines that sit between page-specific prose on most of their pages."""
    inside: Counter[int] = Counter()
    seen: Counter[int] = Counter()
    for page in pages:
        lines = page.lines
        for i, line in enumerate(lines):
            if df[line.key] < need or not line.prose:
                continue
            seen[line.key] += 1
            above = any(x.prose and df[x.key] == 1 for x in lines[max(0, i - 3):i])
            below = any(x.prose and df[x.key] == 1 for x in lines[i + 1:i + 4])
            if above and below:
                inside[line.key] += 1
    return {key for key, c in inside.items() if c * 2 > seen[key]}


Span = tuple[int, int]  # (index of the template line before the story or -1, index after or len)


def _span(page: SamplePage, furniture: set[int], df: Counter[int]) -> Span:
    """The stretch between template lines holding the most page-specific prose."""
    lines = page.lines
    marks = [i for i, line in enumerate(lines) if line.key in furniture]
    bounds = [-1, *marks, len(lines)]
    weight = [line.words if line.prose and df[line.key] == 1 else 0 for line in lines]
    gaps = [(a, b, sum(weight[a + 1:b])) for a, b in zip(bounds, bounds[1:]) if b - a > 1]
    if not gaps:
        return -1, len(lines)
    best = max(range(len(gaps)), key=lambda k: gaps[k][2])
    a, b, _ = gaps[best]
    k = best
    # Continue across one template line (an ad label, a widget heading and its item or two)
    # when the story's prose resumes within a few lines after it.
    while (k + 1 < len(gaps) and gaps[k + 1][0] == b and gaps[k + 1][2] >= RESUME_WORDS
           and any(weight[b + 1:b + 1 + RESUME_WITHIN])):
        k += 1
        b = gaps[k][1]
    return a, b


def _anchors(pages: Sequence[SamplePage], spans: list[Span], need: int,
             notes: list[str]) -> tuple[Evidence | None, Evidence | None]:
    """The template lines that open and close the story on most pages.

    A start anchor is kept only where it sits below the headline (the site definition looks
    for it there); above it, the story starts after the headline's metadata, as by default.
    """
    starts: Counter[int] = Counter()
    ends: Counter[int] = Counter()
    below: Counter[int] = Counter()
    text: dict[int, str] = {}
    for page, (a, b) in zip(pages, spans):
        if a >= 0:
            key = page.lines[a].key
            starts[key] += 1
            text[key] = page.lines[a].text
            if page.headline is not None and a > page.headline and _once(page, key):
                below[key] += 1
        if b < len(page.lines) and _once(page, page.lines[b].key):
            key = page.lines[b].key
            ends[key] += 1
            text[key] = page.lines[b].text
    start = end = None
    if starts:
        key, count = starts.most_common(1)[0]
        if count >= need and below[key] >= need:
            start = Evidence(text[key], count)
        elif count >= need:
            notes.append("the story opens after the headline's metadata (its anchor line sits above the headline)")
    if ends:
        key, count = ends.most_common(1)[0]
        if count >= need:
            end = Evidence(text[key], count)
    if end is None:
        notes.append("no line closes the story on most pages: its end comes from the generic path")
    return start, end


def _once(page: SamplePage, key: int) -> bool:
    return sum(1 for line in page.lines if line.key == key) == 1


def _widgets(pages: Sequence[SamplePage], spans: list[Span], furniture: set[int], df: Counter[int],
             texts: dict[int, str]) -> tuple[Widget, ...]:
    """Template headings between the headline and the story's end (the end line included)
    with page-specific headline-like lines under them."""
    found: Counter[int] = Counter()
    most: Counter[int] = Counter()
    for page, (a, b) in zip(pages, spans):
        lines = page.lines
        start = (page.headline if page.headline is not None else a) + 1
        here: set[int] = set()
        for i in range(max(0, start), min(b + 1, len(lines))):
            line = lines[i]
            if line.key not in furniture or line.words > 6:
                continue
            items = 0
            for nxt in lines[i + 1:i + 11]:
                if nxt.key in furniture or df[nxt.key] > 1 or not 2 <= nxt.words <= 30:
                    break
                # HTML: a widget's items are links (a title as a question included); the first
                # line that is not one (a subheading, an author) ends the widget.
                if (nxt.links < LINK_ITEM or nxt.words > SHORT_ITEM) if page.kind == "html" else nxt.prose:
                    break
                items += 1
            if items:
                here.add(line.key)
                most[line.key] = max(most[line.key], items)
        found.update(here)
    return tuple(Widget(texts[k], c, most[k]) for k, c in sorted(found.items(), key=lambda kv: texts[kv[0]]) if c >= 2)


def _first_story_line(page: SamplePage, span: Span, df: Counter[int]) -> int | None:
    a, b = span
    return next((i for i in range(a + 1, b) if page.lines[i].prose and df[page.lines[i].key] == 1
                 and i != page.headline), None)


def _standfirst(pages: Sequence[SamplePage], spans: list[Span], df: Counter[int], need: int,
                container: Evidence | None, start: Evidence | None) -> Standfirst | None:
    """A page-specific prose line right under the headline (or right above the start
    anchor), on most pages."""
    if start is not None:
        above = sum(1 for page, (a, _) in zip(pages, spans)
                    if a > 0 and page.lines[a].text == start.value and page.lines[a - 1].prose
                    and df[page.lines[a - 1].key] == 1)
        if above >= need:
            return Standfirst(above, 0, None, before_start=True)
    offsets: list[int] = []
    elements: Counter[str] = Counter()
    for page, span in zip(pages, spans):
        h = page.headline if page.headline is not None else _printed_headline(page, span, df)
        if h is None:
            continue
        for i in range(h + 1, min(len(page.lines), h + 1 + STANDFIRST_WITHIN)):
            line = page.lines[i]
            if any(part.split(".")[0].split("#")[0] in ("figure", "figcaption") for part in line.path):
                continue  # a photo's caption under the headline
            if line.prose and df[line.key] == 1 and is_teaser_text(line.text):
                offsets.append(i - h)
                if page.kind == "html" and line.path:
                    part = named_part(line.path)
                    if part and (container is None or xpath_of(part) != container.value):
                        elements[part] += 1
                break
    if page_kind(pages) == "html":
        if elements:
            # An element with a stable name is evidence enough on half the pages: on the others
            # it is absent (another layout of the story's top) or holds no prose.
            part, count = elements.most_common(1)[0]
            if count >= half(pages):
                return Standfirst(count, 0, xpath_of(part))
        return None
    if len(offsets) >= need:
        return Standfirst(len(offsets), max(offsets), None)
    return None


def _printed_headline(page: SamplePage, span: Span, df: Counter[int]) -> int | None:
    """A dump that declares no title: the page-specific headline-shaped line (three words or
    more, not a sentence) right above the nearest page-specific prose line at or above the
    story's first (shorter lines such as bylines and template lines skipped)."""
    first = _first_story_line(page, span, df)
    if first is None:
        return None
    lines = page.lines
    for i in range(first, max(0, first - STANDFIRST_ABOVE), -1):
        line = lines[i]
        if not line.prose or df[line.key] > 1 or lines[i - 1].text == line.text:
            continue
        above = lines[i - 1]
        if is_title_like(line.text) or not is_title_like(above.text) or above.prose or above.words < 3 or df[above.key] > 1:
            return None
        return i - 1
    return None


def _dated_teasers(pages: Sequence[SamplePage], spans: list[Span], df: Counter[int], need: int) -> int:
    """The pages (when most) where a page-specific title followed by a line that is only a
    date and time sits inside the story, after its first prose: the site dates the teasers of
    other stories it prints inside its stories."""
    return shown_on((_has_dated_title(page, span, df) for page, span in zip(pages, spans)), need)


def _has_dated_title(page: SamplePage, span: Span, df: Counter[int]) -> bool:
    first = _first_story_line(page, span, df)
    return first is not None and any(_dated_title(page.lines, i, df) for i in range(first + 1, span[1] - 1))


def _dated_title(lines: Sequence[SampleLine], i: int, df: Counter[int]) -> bool:
    line = lines[i]
    return (df[line.key] == 1 and line.words >= 3 and is_title_like(line.text)
            and is_timestamp(lines[i + 1].text))


def _headline_again(pages: Sequence[SamplePage], spans: list[Span], df: Counter[int], need: int) -> int:
    """The pages (when most) that print their headline again a few lines below it, then one
    to :data:`HEADER_LINES` short lines (a subtitle, a byline), then the story's prose."""
    return shown_on((_printed_again(page, span, df) for page, span in zip(pages, spans)), need)


def _printed_again(page: SamplePage, span: Span, df: Counter[int]) -> bool:
    h = page.headline if page.headline is not None else _printed_headline(page, span, df)
    return h is not None and bool(again_below(page.lines, h, lambda line: line.text, lambda line: line.prose))


def _credits(pages: Sequence[SamplePage], furniture: set[int], texts: dict[int, str], need: int) -> tuple[Evidence, ...]:
    """Template lines that, twice or more on most pages, follow a page-specific line ending
    in an open bracket: the page prints "caption (" and the credit "Image: ...)" apart."""
    found: Counter[int] = Counter()
    for page in pages:
        here = Counter(b.key for a, b in zip(page.lines, page.lines[1:])
                       if b.key in furniture and a.key not in furniture and a.text.endswith("("))
        found.update(key for key, count in here.items() if count >= 2)
    return tuple(Evidence(texts[k], c) for k, c in sorted(found.items(), key=lambda kv: texts[kv[0]]) if c >= need)


def page_kind(pages: Sequence[SamplePage]) -> str:
    return pages[0].kind if pages else "dump"
