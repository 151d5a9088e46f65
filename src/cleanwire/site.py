"""The base class for site-specific extractors: declarative rules, applied to text dumps.

A site class is mostly data: its hosts, a signature that identifies its dumps, and the
patterns of its chrome. :meth:`SiteExtractor.explain` walks the dump once and labels each
line; the rules below say what each label means. HTML input on a site with no HTML rules
goes to the generic HTML extractor, with the site's name and time zone filled in.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress
from typing import ClassVar

from .article import Article, RelatedLink
from .blocks import Block, Explanation, Label, Reason, Why
from .lexicon.dates import from_date, parse_date
from .document import Document
from .extractor import Extractor
from .lexicon.people import names_from_byline
from .lexicon.tags import split_tags

_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")


def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _first(patterns: tuple[re.Pattern[str], ...], line: str) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.search(line)
        if match:
            return match
    return None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()  # type: ignore[union-attr]


def _strip_site_suffix(title: str | None, site_name: str) -> str | None:
    """Drop a trailing " | Site" or " - Site" that page titles often carry."""
    if title and site_name:
        for sep in (" | ", " - ", " – ", " — ", " : "):
            if title.casefold().endswith((sep + site_name).casefold()):
                return title[: -len(sep + site_name)].rstrip() or title
    return title


def is_headline_like(line: str, max_words: int = 25) -> bool:
    """A short line without closing sentence punctuation (a headline, a link title).

    Closing quotes and brackets are looked through: 'He said, "No."' ends a sentence.
    """
    core = line.rstrip("\"'”’)]»")
    return len(line.split()) <= max_words and not core.endswith((".", ":", ";", ","))


class SiteExtractor(Extractor):
    """Base class of the classes in ``cleanwire.sites``; subclasses set the data below.

    Every pattern is a regular expression matched against one whitespace-collapsed line.
    """

    #: Display name, as the site writes it; becomes ``Article.site``.
    site_name: ClassVar[str] = ""
    #: Host names the site serves articles from; subdomains match too.
    hosts: ClassVar[tuple[str, ...]] = ()
    #: Patterns that identify a dump of this site when no URL is given; any one found in the
    #: first or last 40 lines is enough.
    signatures: ClassVar[tuple[str, ...]] = ()
    #: IANA zone of the times the site prints without a zone.
    timezone: ClassVar[str | None] = None
    #: HTML pages: XPath of the story's elements, and of elements removed before reading.
    html_body: ClassVar[tuple[str, ...]] = ()
    html_strip: ClassVar[tuple[str, ...]] = ()

    #: Lines of the masthead and navigation above the headline.
    masthead: ClassVar[tuple[str, ...]] = ()
    #: Leftovers of buttons and icons ("print dictionary print") anywhere in the page.
    residue: ClassVar[tuple[str, ...]] = ()
    #: The breadcrumb line; group 1 is the trail, split on ``breadcrumb_separator``.
    breadcrumb: ClassVar[str | None] = None
    breadcrumb_separator: ClassVar[str] = ">"
    breadcrumb_root: ClassVar[tuple[str, ...]] = ("Home",)
    #: The dateline; group ``date`` holds the publication time.
    dateline: ClassVar[str | None] = None
    #: Other lines of page metadata to drop ("Updated: ..."), matched anywhere.
    metadata_lines: ClassVar[tuple[str, ...]] = ()
    #: Byline patterns; group ``names`` holds the names. Matched anywhere in the story.
    bylines: ClassVar[tuple[str, ...]] = ()
    #: A byline printed alone as the last line of the story (a person or an agency);
    #: group ``names``. Only the line right before the story's end is tried.
    trailing_byline: ClassVar[str | None] = None
    #: Byline names are romanised Korean/Chinese names ("SEO JI-EUN" -> "Seo Ji-eun").
    romanised_names: ClassVar[bool] = False
    #: The tag line; group ``tags`` holds the tag words (split by :func:`split_tags`).
    tag_line: ClassVar[str | None] = None
    #: A credit at the end of a caption line ("[AP/YONHAP]").
    caption_credit: ClassVar[str | None] = None
    #: Titles of widgets inside the story; the headline-like lines right after one become
    #: related links in its group, and a widget with none is dropped as empty.
    inline_widgets: ClassVar[tuple[str, ...]] = ()
    #: Headings of related-link lists after the story; the whole line is the group name.
    related_headings: ClassVar[tuple[str, ...]] = ()
    #: Lines where the page's tail starts (comment widget, footer): from there on, all goes.
    tail_markers: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._rx = {
            "masthead": _compile(cls.masthead),
            "residue": _compile(cls.residue),
            "breadcrumb": _compile((cls.breadcrumb,) if cls.breadcrumb else ()),
            "dateline": _compile((cls.dateline,) if cls.dateline else ()),
            "metadata_lines": _compile(cls.metadata_lines),
            "bylines": _compile(cls.bylines),
            "trailing_byline": _compile((cls.trailing_byline,) if cls.trailing_byline else ()),
            "tag_line": _compile((cls.tag_line,) if cls.tag_line else ()),
            "caption_credit": _compile((cls.caption_credit,) if cls.caption_credit else ()),
            "inline_widgets": _compile(cls.inline_widgets),
            "related_headings": _compile(cls.related_headings),
            "tail_markers": _compile(cls.tail_markers),
            "signatures": _compile(cls.signatures),
        }

    _rx: ClassVar[dict[str, tuple[re.Pattern[str], ...]]] = {}

    # -- routing -------------------------------------------------------------------------

    @classmethod
    def matches_host(cls, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in cls.hosts)

    @classmethod
    def matches_dump(cls, doc: Document) -> bool:
        """True when the dump carries one of the site's signatures near its top or bottom."""
        patterns = cls._rx["signatures"]
        if not patterns:
            return False
        lines = list(compress(doc.lines, doc.lines))
        probe = lines[:40] + lines[-40:]
        return any(pattern.search(line) for pattern in patterns for line in probe)

    # -- extraction ----------------------------------------------------------------------

    def explain(self, doc: Document) -> Explanation:
        if doc.kind == "html":
            from .generic.html import HtmlRules, explain_html

            rules = HtmlRules(self.html_body, self.html_strip) if self.html_body or self.html_strip else None
            result = explain_html(doc, rules, default_tz=self.timezone)
            article = replace(result.article, site=self.site_name, extractor=self.name)
            return Explanation(article, result.blocks)
        return _DumpWalk(self, doc).run()

    def finish(self, article: Article, doc: Document) -> Article:
        """Hook for the rare rule data cannot express; returns the article unchanged."""
        return article


class _DumpWalk:
    """One pass over a dump's lines, applying a SiteExtractor's rules."""

    def __init__(self, site: SiteExtractor, doc: Document) -> None:
        self.site, self.doc, self.rx = site, doc, site._rx
        self.lines = doc.lines
        self.labels: list[tuple[Label, str] | None] = [None] * len(self.lines)
        self.printed_twice: set[str] = set()

    def mark(self, index: int, label: Label, reason: str) -> None:
        self.labels[index] = (label, reason)

    def run(self) -> Explanation:
        site, lines, rx = self.site, self.lines, self.rx
        filled = [i for i, line in enumerate(lines) if line]
        title = _strip_site_suffix(self.doc.header_title, site.site_name)
        section: tuple[str, ...] = ()
        published = None
        date_index = None
        for i in filled:
            line = lines[i]
            if _first(rx["residue"], line):
                self.mark(i, Label.BOILERPLATE, "button residue")
            elif (m := _first(rx["breadcrumb"], line)) and not section:
                trail = [p.strip() for p in m.group(1).split(site.breadcrumb_separator)]
                section = tuple(p for p in trail if p and p not in site.breadcrumb_root)
                self.mark(i, Label.METADATA, "section (breadcrumb)")
            elif _first(rx["metadata_lines"], line):
                self.mark(i, Label.METADATA, "page metadata")
            elif (m := _first(rx["dateline"], line)) and date_index is None:
                published = parse_date(m.group("date"), site.timezone)
                date_index = i
                self.mark(i, Label.METADATA, "published (dateline)")
        # Above the dateline a line printed twice is the headline (page title + h1), not a caption.
        captions = self._twice_printed([i for i in filled if date_index is None or i > date_index], title)
        # The headline: the header's title, else the last line above the dateline.
        above = [i for i in filled if date_index is not None and i < date_index and self.labels[i] is None]
        if title is None and above:
            title = lines[above[-1]]
        title_index = next((i for i in filled if _same(lines[i], title)), None)
        start = max(x for x in (date_index, title_index, -1) if x is not None) + 1
        if title_index is not None:
            self.mark(title_index, Label.METADATA, "title (headline)")
        for i in filled:
            if i < start and self.labels[i] is None:
                masthead = _first(rx["masthead"], lines[i])
                self.mark(i, Label.BOILERPLATE, "masthead" if masthead else "above the headline")
        end = self._story_end(start, filled)
        story = [i for i in filled if start <= i < end]
        authors, more_captions, related = self._story(story, title)
        captions = tuple(dict.fromkeys(captions + more_captions))
        tags, more_related = self._tail(end, filled, title)
        related += more_related
        paragraphs = tuple(lines[i] for i in filled if self.labels[i] == (Label.BODY, "story"))
        context = "\n".join([title or "", *paragraphs, *captions, *(r.title for r in related)])
        if published is None and self.doc.header_date:
            published = from_date(self.doc.header_date, site.timezone)
        article = Article(
            title=title,
            paragraphs=paragraphs,
            url=self.doc.url,
            site=site.site_name,
            authors=authors,
            published=published,
            section=section,
            tags=split_tags(tags, context) if tags else (),
            captions=captions,
            related=tuple(related),
            extractor=site.name,
        )
        blocks = tuple(
            Block(lines[i], label, Reason(Why.STORY if label is Label.BODY else Why.UNLABELLED, message, site.name),
                  line=self.doc.line_number(i))
            for i in filled
            for label, message in [self.labels[i] or (Label.BOILERPLATE, "unlabelled")]
        )
        return Explanation(site.finish(article, self.doc), blocks)

    def _twice_printed(self, filled: list[int], title: str | None) -> tuple[str, ...]:
        """Photo captions: a line the page prints twice (in the image and under it), in a row
        or apart (galleries). Only lines above the related lists and the tail count."""
        lines, rx = self.lines, self.rx
        seen: dict[str, int] = {}
        captions: dict[str, None] = {}
        for i in filled:
            line = lines[i]
            if _first(rx["tag_line"], line) or _first(rx["related_headings"], line) or _first(rx["tail_markers"], line):
                break
            if self.labels[i] is not None or _same(line, title) or len(line.split()) <= 2:
                continue
            if line in seen:
                captions.setdefault(line, None)
                self.mark(seen[line], Label.CAPTION, "photo caption (printed twice)")
                self.mark(i, Label.BOILERPLATE, "duplicate caption")
            else:
                seen[line] = i
        self.printed_twice = set(captions)
        return tuple(captions)

    def _story_end(self, start: int, filled: list[int]) -> int:
        for i in filled:
            if i < start or self.labels[i] is not None:
                continue
            line = self.lines[i]
            if _first(self.rx["tag_line"], line) or _first(self.rx["related_headings"], line) or _first(
                self.rx["tail_markers"], line
            ):
                return i
        return len(self.lines)

    def _story(self, story: list[int], title: str | None) -> tuple[tuple[str, ...], tuple[str, ...], list[RelatedLink]]:
        site, lines, rx = self.site, self.lines, self.rx
        authors: dict[str, None] = {}
        captions: dict[str, None] = {}
        related: list[RelatedLink] = []
        open_widget: str | None = None
        previous = -1
        todo = [i for i in story if self.labels[i] is None]
        last = todo[-1] if todo else None
        for i in todo:
            line = lines[i]
            if open_widget is not None:
                # Widget items follow their title closely; after a wider gap the story resumes.
                if i - previous <= 2 and is_headline_like(line):
                    related.append(RelatedLink(line, None, open_widget))
                    self.mark(i, Label.RELATED, f"item of '{open_widget}'")
                    previous = i
                    continue
                open_widget = None
            if (m := _first(rx["bylines"], line)) or (i == last and (m := _first(rx["trailing_byline"], line))):
                for name in names_from_byline(m.group("names"), romanised=site.romanised_names):
                    authors.setdefault(name, None)
                self.mark(i, Label.METADATA, "byline")
            elif _first(rx["inline_widgets"], line):
                open_widget, previous = line, i
                self.mark(i, Label.BOILERPLATE, "widget title")
            elif line in self.printed_twice:
                self.mark(i, Label.BOILERPLATE, "duplicate caption")
            elif _first(rx["caption_credit"], line):
                captions.setdefault(line, None)
                self.mark(i, Label.CAPTION, "photo caption (credit)")
            else:
                self.mark(i, Label.BODY, "story")
        # A widget title with no items after it is an empty widget.
        for i in story:
            if self.labels[i] == (Label.BOILERPLATE, "widget title") and not any(
                r.group == lines[i] for r in related
            ):
                self.mark(i, Label.BOILERPLATE, "empty widget")
        return tuple(authors), tuple(captions), related

    def _tail(self, end: int, filled: list[int], title: str | None) -> tuple[str, list[RelatedLink]]:
        lines, rx = self.lines, self.rx
        tags = ""
        group: str | None = None
        related: list[RelatedLink] = []
        in_tail = False
        for i in filled:
            if i < end or self.labels[i] is not None:
                continue
            line = lines[i]
            if in_tail:
                self.mark(i, Label.BOILERPLATE, "page tail (comments, footer)")
            elif _first(rx["tail_markers"], line):
                in_tail = True
                self.mark(i, Label.BOILERPLATE, "page tail (comments, footer)")
            elif (m := _first(rx["tag_line"], line)) and not tags:
                tags = m.group("tags").strip()
                self.mark(i, Label.METADATA, "tags")
            elif _first(rx["related_headings"], line):
                group = line
                self.mark(i, Label.RELATED, "related group heading")
            elif group is not None and _same(line, title):
                self.mark(i, Label.BOILERPLATE, "the article's own headline in a related list")
            elif group is not None:
                related.append(RelatedLink(line, None, group))
                self.mark(i, Label.RELATED, f"item of '{group}'")
            else:
                self.mark(i, Label.BOILERPLATE, "after the story")
        return tags, related
