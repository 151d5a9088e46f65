"""A learned template written out as a site definition, in the form of the hand-written ones,
with the evidence for every rule as a comment: ready to review, adjust and commit."""

from __future__ import annotations

import re
from datetime import date

from .site import escape
from .template import COUNTED, Template

_BAD_ID = re.compile(r"\W+")


def identifier(name: str) -> str:
    """A lower-case Python identifier for a site name ("www.waz.de" -> "waz_de")."""
    name = name.lower()
    name = name[4:] if name.startswith("www.") else name
    ident = _BAD_ID.sub("_", name).strip("_") or "site"
    return ident if not ident[0].isdigit() else f"site_{ident}"


def class_name(name: str) -> str:
    return "".join(part.capitalize() for part in identifier(name).split("_")) or "Site"


def _line(text: str) -> str:
    return f"Line({_raw(escape(text))})"


def _raw(pattern: str) -> str:
    """A Python string literal for a regular expression: a raw string where one can be."""
    body = "^" + pattern + "$"
    if "\\" in body and '"' not in body and not body.endswith("\\") and "\n" not in body:
        return f'r"{body}"'
    return repr(body)


#: What each rule a template holds as a count of pages (:data:`.template.COUNTED`) says.
_WHY = {
    "dated_teasers": "a title dated on the line under it, inside the story, is a teaser of another story",
    "headline_again": "the headline printed again opens the story; the short lines under it are header",
    "flat_story": "the story's prose sits at one depth: what the story holds deeper, and its lists of links, "
                  "are inserts",
    "captions_again": "a caption printed again with its credit under it",
    "image_files": "an image's file name on a line of its own, its caption under it",
    "teaser_runs": "titles one under the other inside the story are a list of teasers",
    "entry_headers": "a time of day and a name on a line of their own head a live blog's entry",
    "link_lines": "a line opening with a link arrow points to another page",
    "story_boxes": "a heading over a photo's credit, text and its own button or links is a box of another story",
}


def write_site(template: Template, name: str | None = None, today: date | None = None) -> str:
    """The Python source of a site definition for ``template``."""
    ident = identifier(name or template.name)
    n = template.pages
    out = [
        f'"""{template.site_name or ident}: learned by `cleanwire sites learn` from {n} {template.kind} pages '
        f'on {(today or date.today()).isoformat()}.',
        "",
        "Every rule below held on most of the pages learned from (the comments say on how many).",
        "Review it before committing: a rule keyed to one story's text should go; rules the site",
        "class needs that no template shows (bylines, datelines, captions) can be added in the",
        "form of docs/adding-a-site.md. Fields no rule finds fall back to the generic path.",
        '"""',
        "",
        "from cleanwire.learn.site import LearnedSite",
        "from cleanwire.sitekit import Item, Line, Links, XPath  # noqa: F401 - the rule types",
        "",
        "",
        f"class {class_name(name or template.name)}(LearnedSite):",
        f"    name = {ident!r}",
        f"    site_name = {(template.site_name or '')!r}",
        f"    hosts = {tuple(template.hosts)!r}",
        "    # Add a line only this site prints to route its dumps when no URL is given.",
        "    signatures = ()",
        f"    learned_from = {n}",
    ]
    if template.furniture:
        out += ["", "    # Template lines: navigation, footer, buttons and labels the site prints on most pages.",
                "    drop = ("]
        out += [f"        {_line(e.value)},  # in {e.pages} of {n} pages" for e in template.furniture
                if e.value in template.drop_texts]
        out.append("    )")
    if template.start:
        out.append(f"    start = {_line(template.start.value)}  # opens the story in {template.start.pages} of {n} pages")
    if template.end:
        out.append(f"    end = ({_line(template.end.value)},)  # closes the story in {template.end.pages} of {n} pages")
    if template.container:
        out.append(f"    container = XPath({template.container.value!r})  # holds the story in "
                   f"{template.container.pages} of {n} pages")
    if template.widgets:
        out.append("    links = (")
        out += [f"        Links(heading={_line(w.heading)}, item=Item(), max_items={max(1, w.items)}),  "
                f"# a widget in {w.pages} of {n} pages, up to {w.items} items" for w in template.widgets]
        out.append("    )")
    stand = template.standfirst
    if stand:
        where = (f"standfirst_html = XPath({stand.xpath!r})" if stand.xpath
                 else "standfirst_before_start = True" if stand.before_start
                 else f"standfirst_within = {stand.within}")
        out.append(f"    {where}  # the teaser under the headline, in {stand.pages} of {n} pages")
    for field, _ in COUNTED:
        count = getattr(template, field)
        if count:
            out.append(f"    {field} = {count}  # {_WHY[field]}: in {count} of {n} pages")
    if template.credits:
        out.append(f"    credits = frozenset({{{', '.join(repr(e.value) for e in template.credits)}}})  # a caption's "
                   f"credit, split from it after \"(\": in {min(e.pages for e in template.credits)}+ of {n} pages")
    for note in template.notes:
        out.append(f"    # Note: {note}.")
    return "\n".join(out) + "\n"
