"""A learned template as a site definition: :class:`LearnedSite` adds the passes a template
needs to the ordinary ``sitekit`` machinery, and :func:`site_class` builds the subclass for one
:class:`~.template.Template` at run time.

The passes lean on the generic path where a template knows nothing: inside the story's span
the generic labels stand (captions, bylines, teasers), except that prose the generic path
left out only for where it sits (before or after the story it saw) is story text when the
template's anchors put it inside the story. Every edge the template's anchors would move so
that more than a few words (2 %) of the generic story fall out is the generic edge instead: a page
the template does not fit is read as the generic path reads it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from ..blocks import Label, Why
from ..sitekit import Item, Line, Links, Site, XPath
from ..sitekit.context import Context
from ..sitekit.passes import DEFAULT_PASSES
from ..sitekit.passes import drop as drop_pass
from .lines import again_below, is_prose, is_teaser_text, is_timestamp, is_title_like
from .boxes import mark_photo_boxes
from .nested import mark_nested
from .photos import mark_photos
from .runs import is_subheading, mark_teaser_runs
from .reading import (
    OUTSIDE, POSITIONAL, caption_like, generic_story, positional, printed_headline, story_elements, story_text, widget_inserts,
)
from .shapes import mark_shapes
from .template import Template

#: The default passes with the template's own: a guard on the story's edges after "story",
#: the generic labels inside the story before "trailing", the standfirst after "body".
LEARNED_PASSES = tuple(
    step for name in DEFAULT_PASSES
    for step in ((name, "guard") if name == "story"
                 else ("nested", "runs", "generic", "teasers", "again", "credits", "photos", "shapes", "boxes", name) if name == "trailing"
                 else (name, "standfirst") if name == "body" else (name,))
)
#: An anchor that would cut off more than this share of the generic story's words is ignored on that page.
MAX_CUT = 0.02
#: Why a line the generic path left out is story after all (the span took it back).
_TAKEN = frozenset({Why.TEMPLATE, Why.SUBHEADING})
_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")
_LITERAL = re.compile(r"\^((?:\\[.^$*+?{}\[\]\\|()]|[^.^$*+?{}\[\]\\|()])*)\$", re.S)


def escape(text: str) -> str:
    """``text`` as a regular expression matching itself (only the special characters escaped,
    so the rule stays readable)."""
    return _SPECIAL.sub(r"\\\1", text)


def literal(rule: object) -> str | None:
    """The text a ``Line(r"^...$")`` rule matches exactly, when its pattern is a plain text."""
    if not isinstance(rule, Line) or len(rule.patterns) != 1:
        return None
    found = _LITERAL.fullmatch(rule.patterns[0])
    return re.sub(r"\\(.)", r"\1", found.group(1)) if found else None


def exact(text: str) -> Line:
    """A rule matching exactly this line."""
    return Line("^" + escape(text) + "$")


class LearnedSite(Site):
    """The base of learned site definitions (a shared base: it has no name).

    ``learned_from`` is how many pages the rules were learned from; ``evidence`` maps a
    template line to the number of those pages that printed it (for explain); ``standfirst``
    says where the teaser under the headline sits.
    """

    passes = LEARNED_PASSES
    # Learned from the batch being cleaned: the rules are the pages' own layout, not an
    # older one (grouping keeps a redesign's pages apart).
    checked_without_anchors = False
    #: Template lines, matched exactly (a set lookup; ``drop`` may hold more as ``Line(r"^...$")``).
    furniture: ClassVar[frozenset[str]] = frozenset()
    learned_from: ClassVar[int] = 0
    evidence: ClassVar[dict[str, int]] = {}
    #: The standfirst is the first prose line at most this many lines below the headline...
    standfirst_within: ClassVar[int] = 0
    #: ...or (HTML) the first prose line inside these elements...
    standfirst_html: ClassVar[XPath | None] = None
    #: ...or the line right above the ``start`` anchor.
    standfirst_before_start: ClassVar[bool] = False
    #: A title followed by a line that is only its date and time, inside the story, is a
    #: teaser of another story (learned from this many pages; 0: not learned).
    dated_teasers: ClassVar[int] = 0
    #: The headline printed again opens the story, and the short lines under it (a subtitle,
    #: a byline) are header (learned from this many pages; 0: not learned).
    headline_again: ClassVar[int] = 0
    #: Template lines opening a credit split from its caption (the line above ends in "("):
    #: that line is a caption.
    credits: ClassVar[frozenset[str]] = frozenset()
    #: HTML: the story's prose sat at one depth on this many pages learned from (0: not
    #: learned); what the span holds deeper, and its lists of links, are inserts.
    flat_story: ClassVar[int] = 0
    #: Photo captions printed again with their credit, and image file names on a line of
    #: their own (the line under one is its caption): learned from this many pages (0: not).
    captions_again: ClassVar[int] = 0
    image_files: ClassVar[int] = 0
    #: Dumps: titles one under the other inside the story are a list of teasers (learned
    #: from this many pages; 0: not learned).
    teaser_runs: ClassVar[int] = 0
    #: Live-blog entry headers and link lines in the story: learned from this many pages (0: not).
    entry_headers: ClassVar[int] = 0
    link_lines: ClassVar[int] = 0
    #: Dumps: boxes of other stories in the story (a heading over a photo, text, its own
    #: button or links): learned from this many pages (0: not).
    story_boxes: ClassVar[int] = 0
    _literals: ClassVar[frozenset[str] | None] = None

    # -- passes -----------------------------------------------------------------------------

    def pass_drop(self, ctx: Context) -> None:
        """Template lines go, by a set lookup for exact lines; a line the generic path reads
        as story text in the middle of the story stays (a recurring sentence is not always
        furniture)."""
        cls = type(self)
        if cls._literals is None or "_literals" not in vars(cls):
            cls._literals = cls.furniture | frozenset(t for t in map(literal, cls.drop) if t is not None)
        others = tuple(rule for rule in self.drop if literal(rule) is None)
        texts, rule = ctx.texts, f"{self.rule_name}.drop"
        literals = cls._literals
        for i, text in enumerate(texts):
            if text in literals and ctx.free(i) and not (text.count(" ") >= 7 and story_text(ctx, i)):
                seen = self.evidence.get(text)
                message = (f"template line (in {seen} of {self.learned_from} pages)" if seen
                           else f"template line (learned from {self.learned_from} pages)")
                ctx.mark(i, Label.BOILERPLATE, Why.TEMPLATE, message, rule)
        if others:
            layout = type("_Others", (), {"drop": others, "rule_name": self.rule_name})
            drop_pass(ctx, layout)  # type: ignore[arg-type]

    def pass_guard(self, ctx: Context) -> None:
        """Keep the template's story edges only where they do not cut the generic story."""
        found = ctx.found
        story = generic_story(ctx)
        if not story or found.start is None or found.end is None:
            return
        words = {i: len(ctx.texts[i].split()) for i in story}
        total = sum(words.values())
        # What the template removes or takes back anyway is not cut by its edges: its own
        # template lines (the anchor included), and the standfirst right above the start
        # anchor when its rule takes that back.
        for i in story:
            label = ctx.labels[i]
            if label is not None and label[1].code is Why.TEMPLATE:
                words[i] = 0
        if self.standfirst_before_start and not found.generic_start and found.start >= 2:
            i = found.start - 2
            if i in words and is_teaser_text(ctx.texts[i]) and not caption_like(ctx, i):
                words[i] = 0
        before = sum(w for i, w in words.items() if i < found.start)
        after = sum(w for i, w in words.items() if i >= found.end)
        if before > MAX_CUT * total:
            found.start = story[0]
            ctx.notes.append("story start: generic (the template's start would cut the story)")
        if after > MAX_CUT * total:
            found.end = story[-1] + 1
            ctx.notes.append("story end: generic (the template's end would cut the story)")
        if found.end <= found.start:
            found.start, found.end = story[0], story[-1] + 1

    def pass_nested(self, ctx: Context) -> None:
        """HTML of a site whose story is flat: blocks of the span nested deeper than the
        story's paragraphs (an embedded box, a table, a video widget) and lists of links in it
        are inserts, not story."""
        if self.flat_story:
            mark_nested(ctx, f"a flat story in {self.flat_story} of {self.learned_from} pages", f"{self.rule_name}.nested")

    def pass_runs(self, ctx: Context) -> None:
        """Dumps of a site that prints lists of teasers in its stories: titles one under the
        other (no blank line between) inside the span leave the story, with their heading."""
        if self.teaser_runs:
            mark_teaser_runs(ctx, f"the site prints them inside stories: {self.teaser_runs} of {self.learned_from} pages",
                             f"{self.rule_name}.runs")

    def pass_generic(self, ctx: Context) -> None:
        """Inside the story's span, the generic labels stand, except for prose the generic
        path dropped only for its position: the template's anchors say it is the story."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        blocks = ctx.generic.blocks
        rule = f"{self.rule_name}.story"
        inside = ctx.inside(self.container) if isinstance(self.container, XPath) else None
        like_story = story_elements(ctx)
        story = generic_story(ctx)
        first = story[0] if story else end
        inserts = widget_inserts(ctx, start, min(end, len(blocks)))

        def taken(i: int) -> bool:
            block = blocks[i]
            return (block.label is Label.BOILERPLATE and block.reason.code in POSITIONAL and is_prose(ctx.texts[i])
                    and i not in inserts
                    and (inside is None or i in inside) and not caption_like(ctx, i)
                    and (like_story is None or like_story(i)) and not (i < first and is_title_like(ctx.texts[i])))

        def story_prose(i: int) -> bool:
            return i < len(blocks) and ctx.free(i) and (
                blocks[i].label is Label.BODY and is_prose(ctx.texts[i]) or taken(i))

        for i in range(start, min(end, len(blocks))):
            if not ctx.free(i):
                continue
            block = blocks[i]
            if block.label is Label.BODY:
                continue
            if taken(i):
                ctx.mark(i, Label.BODY, Why.TEMPLATE, "prose inside the template's story span", rule)
                continue
            # A dump prints a widget's items as one block (no blank line between): a title on
            # a paragraph of its own after that block, with story prose under it, is a
            # subheading the generic path took for one more item.
            after_items = (block.label is Label.RELATED and i in inserts and blocks[i - 1].label is Label.RELATED
                           and (i - 1) in inserts)
            if (i > first and i + 1 < end and (block.reason.code in OUTSIDE and i not in inserts or after_items)
                    and is_subheading(ctx, i) and story_prose(i + 1)):
                ctx.mark(i, Label.BODY, Why.SUBHEADING, "a subheading inside the template's story span", rule)
                continue
            ctx.labels[i] = (block.label, block.reason)

    def pass_teasers(self, ctx: Context) -> None:
        """A title the generic path kept in the story, with a line under it that is only a
        date and time: the teaser of another story, both lines out (when the site was seen
        to print such teasers)."""
        start, end = ctx.found.start, ctx.found.end
        if not self.dated_teasers or start is None or end is None:
            return
        texts, blocks, rule = ctx.texts, ctx.generic.blocks, f"{self.rule_name}.teasers"
        message = f"a dated teaser (the site prints them inside stories: {self.dated_teasers} of {self.learned_from} pages)"
        for i in range(start, min(end, len(blocks)) - 1):
            if (ctx.free(i) and ctx.free(i + 1) and blocks[i].label is Label.BODY and is_timestamp(texts[i + 1])
                    and texts[i].count(" ") >= 2 and is_title_like(texts[i])):
                for k in (i, i + 1):
                    ctx.mark(k, Label.RELATED, Why.TEMPLATE, message, rule)

    def pass_again(self, ctx: Context) -> None:
        """Under the headline printed again, the short lines the generic path kept in the
        story before its first prose (a subtitle, a byline) are header, not story."""
        if not self.headline_again:
            return
        h = ctx.found.headline
        if h is None:
            # A dump that declares no title (or a title the page does not print as is): the
            # headline the learner found on such pages, above the generic story's first prose.
            first = next((i for i in generic_story(ctx) if is_prose(ctx.texts[i])), None)
            h = printed_headline(ctx, first) if first is not None else None
        if h is None:
            return
        blocks = ctx.generic.blocks
        message = f"under the headline printed again (as in {self.headline_again} of {self.learned_from} pages)"
        for k in again_below(ctx.texts, h, str, is_prose):
            if k < len(blocks) and ctx.free(k) and blocks[k].label is Label.BODY:
                ctx.mark(k, Label.METADATA, Why.TEMPLATE, message, f"{self.rule_name}.again")

    def pass_credits(self, ctx: Context) -> None:
        """A line ending in "(" right above a credit line of the template is a caption."""
        start, end = ctx.found.start, ctx.found.end
        if not self.credits or start is None or end is None:
            return
        texts, blocks = ctx.texts, ctx.generic.blocks
        for i in range(start, min(end, len(blocks)) - 1):
            if texts[i + 1] in self.credits and texts[i].endswith("(") and ctx.free(i) and blocks[i].label is Label.BODY:
                ctx.mark(i, Label.CAPTION, Why.TEMPLATE, f"a caption: its credit follows ({texts[i + 1]!r})",
                         f"{self.rule_name}.credits")

    def pass_photos(self, ctx: Context) -> None:
        """The photo shapes the site prints: a caption printed again with its credit under
        it, an image's file name on a line of its own and the caption under it."""
        mark_photos(ctx, self.captions_again, self.image_files, self.learned_from, f"{self.rule_name}.photos")

    def pass_shapes(self, ctx: Context) -> None:
        """Lines whose shape says they are not story: a live blog's entry headers (a time
        and a name), lines opening with a link arrow."""
        mark_shapes(ctx, self.entry_headers, self.link_lines, self.learned_from, f"{self.rule_name}.shapes")

    def pass_boxes(self, ctx: Context) -> None:
        """Dumps: a box of another story inside the story (its heading, photo, text) leaves it."""
        if self.story_boxes:
            mark_photo_boxes(ctx, f"as in {self.story_boxes} of {self.learned_from} pages", f"{self.rule_name}.boxes")

    def pass_body(self, ctx: Context) -> None:
        """The sitekit body pass, keeping the prose the generic pass took back."""
        taken = [i for i, label in enumerate(ctx.labels)
                 if label is not None and label[0] is Label.BODY and label[1].code in _TAKEN]
        from ..sitekit.passes import body as body_pass

        body_pass(ctx, self)
        if taken and ctx.found.body is not None:
            ctx.found.body = sorted(set(ctx.found.body) | set(taken))

    def pass_standfirst(self, ctx: Context) -> None:
        """The teaser under the headline opens the story when the span starts below it."""
        body = ctx.found.body
        if body is None or not body:
            return
        h = ctx.found.headline if ctx.found.headline is not None else printed_headline(ctx, body[0])
        candidates: list[int] = []
        if self.standfirst_html is not None and ctx.kind == "html":
            candidates = sorted(ctx.inside(self.standfirst_html))
        elif self.standfirst_within and h is not None:
            candidates = list(range(h + 1, min(len(ctx), h + 1 + self.standfirst_within)))
        elif self.standfirst_before_start and self.start is not None:
            anchor = ctx.first(self.start, (h or -1) + 1, free=False)
            candidates = [anchor - 1] if anchor else []
        for i in candidates:
            if i >= body[0]:
                return
            if ctx.free(i) or positional(ctx, i):
                if is_teaser_text(ctx.texts[i]) and (h is None or i != h) and not caption_like(ctx, i):
                    ctx.mark(i, Label.BODY, Why.STANDFIRST, "standfirst (template)", f"{self.rule_name}.standfirst")
                    body.insert(0, i)
                    return


def site_class(template: Template) -> type[LearnedSite]:
    """The site definition of a learned template, built at run time."""
    links = tuple(Links(heading=exact(w.heading), item=Item(), max_items=max(1, w.items)) for w in template.widgets)
    attrs: dict[str, object] = {
        "name": f"learned:{template.name}",
        "site_name": template.site_name or "",
        "hosts": template.hosts,
        "furniture": template.drop_texts,
        "start": exact(template.start.value) if template.start else None,
        "end": (exact(template.end.value),) if template.end else (),
        "links": links,
        "container": XPath(template.container.value) if template.container else None,
        "learned_from": template.pages,
        "evidence": {e.value: e.pages for e in template.furniture},
        "standfirst_within": template.standfirst.within if template.standfirst else 0,
        "standfirst_html": XPath(template.standfirst.xpath) if template.standfirst and template.standfirst.xpath else None,
        "standfirst_before_start": bool(template.standfirst and template.standfirst.before_start),
        "dated_teasers": template.dated_teasers,
        "headline_again": template.headline_again,
        "credits": frozenset(e.value for e in template.credits),
        "flat_story": template.flat_story,
        "captions_again": template.captions_again,
        "image_files": template.image_files,
        "teaser_runs": template.teaser_runs,
        "entry_headers": template.entry_headers,
        "link_lines": template.link_lines,
        "story_boxes": template.story_boxes,
        "__module__": __name__,
    }
    class_name = "Learned_" + re.sub(r"\W", "_", template.name)
    return type(class_name, (LearnedSite,), attrs)
