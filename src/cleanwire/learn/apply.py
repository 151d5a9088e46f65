"""Reading a page with a learned template: through its site definition, or on top of the
hand-written site class the page is routed to (the class keeps the page; the template only
removes the template lines the class left in the body)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..blocks import Block, Explanation, Label, Reason, Why
from ..document import Document
from ..sitekit.apply import explain_site
from ..sitekit.definition import Site
from .lines import is_prose
from .site import LearnedSite, site_class
from .template import Template


def choose_template(doc: Document, templates: list[Template]) -> Template | None:
    """The template whose lines the page prints most of (at least half of them), or None.

    A template whose hosts include the page's host is taken first.
    """
    from .lines import host_of, quick_lines

    texts, url = quick_lines(doc)
    host = host_of(url)
    for template in templates:
        if host and host in template.hosts:
            return template
    lines = set(texts)
    best, share = None, 0.5
    for template in templates:
        found = template.furniture_texts
        if found and len(found & lines) / len(found) >= share:
            best, share = template, len(found & lines) / len(found)
    return best


@lru_cache(maxsize=256)
def learned_class(template: Template) -> type[LearnedSite]:
    """The template's site definition, built once per process."""
    return site_class(template)


def explain_template(doc: Document, template: Template, site: type[Site] | None = None) -> Explanation:
    """Read ``doc`` with ``template``; ``site`` is the hand-written class the page is routed
    to, if any."""
    if site is not None:
        return on_top(explain_site(site, doc), template)
    result = explain_site(learned_class(template), doc)
    article = result.article
    if not article.site:
        article = replace(article, site=None)
    return replace(result, article=article)


def on_top(result: Explanation, template: Template) -> Explanation:
    """A site class's reading with the template lines it kept in the body removed.

    A line the class reads as story prose between story lines stays: never worse than the
    class.
    """
    furniture = {e.value: e.pages for e in template.furniture}
    blocks = list(result.blocks)
    removed: list[str] = []
    rule = f"learned:{template.name}.drop"
    for i, block in enumerate(blocks):
        if block.label is not Label.BODY or block.text not in furniture:
            continue
        before = i > 0 and blocks[i - 1].label is Label.BODY
        after = i + 1 < len(blocks) and blocks[i + 1].label is Label.BODY
        if is_prose(block.text) and before and after:
            continue
        message = f"template line (in {furniture[block.text]} of {template.pages} pages)"
        blocks[i] = Block(block.text, Label.BOILERPLATE, Reason(Why.TEMPLATE, message, rule), block.line, block.path)
        removed.append(block.text)
    if not removed:
        return result
    gone = set(removed)
    paragraphs = tuple(p for p in result.article.paragraphs if p not in gone)
    if not paragraphs:
        return result
    note = f"template {template.name}: {len(removed)} template lines removed from the body"
    return replace(result, article=replace(result.article, paragraphs=paragraphs), blocks=tuple(blocks),
                   notes=(*result.notes, note))
