"""The generic HTML extractor: parse, read metadata, cut segments, label them, build the Article."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import tzinfo

from lxml import etree
from lxml.html import HtmlElement

from ...article import Article
from ...blocks import Block, Explanation, Label, Reason, Why
from ...document import Document
from ...errors import CleanwireError
from .captions import captions
from .classify import classify, story_container
from .embedded import MIN_WORDS, embedded_sources
from .inserts import drop_inserts
from .meta import PageMeta, read_metadata
from .gate import CONFIDENT, decides
from .model import HtmlModel, scores, shipped_model, story_flags_from
from .related import link_lists_after_story, related_links
from .segment import PathNamer, Segment, segments
from .signal import kept_by, trafilatura_text
from .standfirst import mark_standfirst
from .tree import DEEP, base_url, parse_flat, parse_html
from .zones import Zones


#: Pages with more segments skip trafilatura: it copies and re-walks the whole tree, which
#: on a 20 MB page costs tens of seconds and gigabytes.
MAIN_TEXT_PASS_LIMIT = 30_000


@dataclass(frozen=True)
class HtmlRules:
    """Optional per-site HTML rules, as data: XPath expressions.

    ``strip``: elements removed before anything is read (share bars, teasers the generic
    reader keeps). ``body``: elements whose text is the story; when one matches, the
    trafilatura signal is replaced by it.
    """

    body: tuple[str, ...] = ()
    strip: tuple[str, ...] = ()


def _apply_strip(root: HtmlElement, rules: HtmlRules) -> None:
    for expr in rules.strip:
        for el in root.xpath(expr):
            if isinstance(el, etree._Element) and el.getparent() is not None:
                el.drop_tree()


def _rule_text(root: HtmlElement, rules: HtmlRules) -> str:
    parts = []
    for expr in rules.body:
        for el in root.xpath(expr):
            if isinstance(el, etree._Element):
                parts.append("\n".join(" ".join(t.split()) for t in el.itertext() if t.strip()))
    return "\n".join(parts)


@dataclass
class HtmlPage:
    """A parsed page, read once and shared by the generic reader and site classes.

    ``segments`` are the page's visible text runs in order (see :mod:`.segment`); ``meta`` is
    what the page says about itself (JSON-LD, meta tags, visible bylines and datelines).
    """

    doc: Document
    root: HtmlElement
    segments: list[Segment]
    meta: PageMeta
    base: str | None
    zones: Zones
    flattened: bool


def read_page(doc: Document, default_tz: str | tzinfo | None = None, rules: HtmlRules | None = None) -> HtmlPage:
    """Parse ``doc`` (HTML), apply ``rules.strip``, cut segments and read the metadata.

    ``default_tz`` (an IANA name) is the zone of a publication time the page prints without
    one (UTC when None).
    """
    root = parse_html(doc.text)
    if rules:
        _apply_strip(root, rules)
    segs, depth = segments(root)
    flattened = depth >= DEEP
    if flattened:
        root = parse_flat(doc.text)
        if rules:
            _apply_strip(root, rules)
        segs, _ = segments(root)
    base = base_url(root, doc.url)
    return HtmlPage(doc, root, segs, read_metadata(root, doc.url, base, default_tz), base, Zones(), flattened)


def explain_html(doc: Document, rules: HtmlRules | None = None, default_tz: str | tzinfo | None = None, *,
                 blocks: bool = True) -> Explanation:
    """Label the page's segments and build its Article (see :func:`read_page`). With
    ``blocks`` False the Explanation holds the Article and the notes alone."""
    return explain_page(read_page(doc, default_tz, rules), rules, blocks=blocks)


def story_signal(page: HtmlPage, rules: HtmlRules | None = None, model: HtmlModel | None = None,
                 confident: float = CONFIDENT) -> tuple[list[bool], str]:
    """Which segments the page's story signal keeps, and the name of the signal (shown in
    the body blocks' reasons): a site rule; else the story container the markup names;
    else the block model when it reads the page with ``confident`` confidence or more
    (:func:`.gate.confidence`); else trafilatura's main-text pass."""
    segs = page.segments
    if rules and rules.body and (rule_text := _rule_text(page.root, rules)):
        return kept_by(rule_text, segs), " (site rule)"
    if (kept := story_container(segs, page.zones)) is not None:
        return kept, " (story container)"
    if len(segs) > MAIN_TEXT_PASS_LIMIT:  # the densest container decides alone
        return [False] * len(segs), ""
    model = model or shipped_model()
    p = scores(segs, page.zones, page.meta.title, model)
    if decides(segs, p, flags := story_flags_from(segs, p, model), confident):
        return flags, " (block model)"
    return kept_by(trafilatura_text(page.root, page.doc.url), segs), " (trafilatura)"


def explain_page(page: HtmlPage, rules: HtmlRules | None = None, model: HtmlModel | None = None, *,
                 blocks: bool = True) -> Explanation:
    """The generic labels of a read page's segments, and its Article. ``model`` replaces the
    shipped block model (cross-validation uses it)."""
    kept, reason_suffix = story_signal(page, rules, model)
    return label_page(page, kept, reason_suffix, rules, model, blocks=blocks)


def label_page(page: HtmlPage, kept: list[bool], reason_suffix: str, rules: HtmlRules | None = None,
               model: HtmlModel | None = None, *, blocks: bool = True) -> Explanation:
    """Label the page's segments given which of them the story signal ``kept``. With
    ``blocks`` False no blocks are made: :func:`cleanwire.extract` throws them away, and
    naming every segment's element path costs a twentieth of the page's work."""
    doc, segs, meta, zones = page.doc, page.segments, page.meta, page.zones
    decisions = classify(segs, kept, meta.title, zones) if segs else []
    decisions = drop_inserts(segs, mark_standfirst(segs, decisions, page.root))
    for i in link_lists_after_story(segs, [d[0] for d in decisions], zones):
        decisions[i] = (Label.RELATED, Reason(Why.RELATED_ITEM, "link list under a heading after the story", "generic.html"))
    labels = [label for label, _ in decisions]
    paragraphs = tuple(seg.text for seg, label in zip(segs, labels) if label is Label.BODY)
    notes: list[str] = ["nesting flattened"] if page.flattened else []
    extra: list[Block] = []
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS and not (rules and rules.body) and (
            found := embedded_story(page, model)) is not None:
        source, found_paragraphs = found
        paragraphs = tuple(found_paragraphs)
        labels = [Label.BOILERPLATE if label is Label.BODY else label for label in labels]
        decisions = [(Label.BOILERPLATE, Reason(Why.NOT_STORY, "visible text; the story came from the page's data",
                                                "generic.html")) if label is Label.BODY else (label, reason)
                     for label, reason in decisions]
        extra = [Block(text, Label.BODY, Reason(Why.EMBEDDED, f"story from {source}", "generic.html"), path=source)
                 for text in paragraphs]
        notes.append(f"story taken from {source}: the visible page holds no article")
    article = Article(
        title=meta.title,
        paragraphs=paragraphs,
        url=doc.url,
        site=meta.site,
        authors=meta.authors,
        published=meta.published,
        section=meta.section,
        tags=meta.tags,
        captions=tuple(captions(segs, labels)),
        related=tuple(related_links(segs, labels, zones, page.base, meta.title)),
        language=meta.language,
        extractor="generic",
        canonical_url=meta.canonical_url,
    )
    if not blocks:
        return Explanation(article, (), notes=tuple(notes))
    element_path = PathNamer()
    signal: dict[Reason, Reason] = {}  # a body reason with the signal named, made once

    def told(reason: Reason) -> Reason:
        found = signal.get(reason)
        if found is None:
            found = signal[reason] = replace(reason, message=reason.message + reason_suffix)
        return found

    made = tuple(
        Block(seg.text, label, told(reason) if label is Label.BODY else reason, path=element_path(seg.element))
        for seg, (label, reason) in zip(segs, decisions)
    ) + tuple(extra)
    return Explanation(article, made, notes=tuple(notes))


def embedded_story(page: HtmlPage, model: HtmlModel | None = None) -> tuple[str, list[str]] | None:
    """The story of a page whose visible markup holds none, from where the page keeps it
    (:mod:`.embedded`; a hidden container last), with the name of that place."""
    for found in embedded_sources(page.root):
        if found.text:
            lines = [" ".join(line.split()) for line in found.text.split("\n")]
            return found.source, [line for line in lines if line]
        inner = Document(text=found.html or "", kind="html", url=page.doc.url)
        try:
            sub = read_page(inner)
        except CleanwireError:
            continue
        sub.meta = page.meta
        body = [b.text for b in explain_page(sub, model=model).blocks if b.label is Label.BODY]
        if sum(len(t.split()) for t in body) >= MIN_WORDS:
            return found.source, body
    hidden, _ = segments(page.root, hidden=True)
    if sum(s.words for s in hidden) > sum(s.words for s in page.segments) + MIN_WORDS:
        sub = HtmlPage(page.doc, page.root, hidden, page.meta, page.base, Zones(), page.flattened)
        body = [b.text for b in explain_page(sub, model=model).blocks if b.label is Label.BODY]
        if sum(len(t.split()) for t in body) >= MIN_WORDS:
            return "a hidden container", body
    return None
