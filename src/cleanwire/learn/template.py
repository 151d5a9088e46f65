"""A learned template as data: what recurs across a site's pages, with the evidence for each
rule, serialisable to JSON (learn once, apply everywhere).

A :class:`Template` is turned into a site definition (a ``sitekit`` Site class) by
:func:`cleanwire.learn.site.site_class`, and written out as Python by
:mod:`cleanwire.learn.writer`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import CleanwireError

FORMAT = "cleanwire-template/1"
#: The rules a template holds as the number of pages they were learned from (0: not
#: learned), in the order :meth:`Template.summary` names them, and the name it gives each.
COUNTED = (
    ("dated_teasers", "dated teasers"),
    ("headline_again", "headline printed again"),
    ("flat_story", "flat story"),
    ("teaser_runs", "teaser lists"),
    ("captions_again", "photo captions"),
    ("image_files", "photo captions"),
    ("entry_headers", "live-blog entry headers"),
    ("link_lines", "link lines"),
    ("story_boxes", "boxes of other stories"),
)


class TemplateError(CleanwireError):
    """A template file that cannot be read."""


@dataclass(frozen=True)
class Evidence:
    """A learned rule's subject (a line of text, or an XPath for HTML) and in how many of the
    pages learned from it held."""

    value: str
    pages: int


@dataclass(frozen=True)
class Standfirst:
    """Where the standfirst (the teaser under the headline) sits: the first line of prose at
    most ``within`` lines below the headline, the line right above the start anchor
    (``before_start``), or (HTML) inside ``xpath``."""

    pages: int
    within: int = 0
    xpath: str | None = None
    before_start: bool = False


@dataclass(frozen=True)
class Widget:
    """A widget heading the site prints (inside or after the story) and the most items seen
    under it."""

    heading: str
    pages: int
    items: int


@dataclass(frozen=True)
class Template:
    """What was learned from ``pages`` pages of one site (one layout of it)."""

    name: str
    kind: str
    pages: int
    hosts: tuple[str, ...] = ()
    site_name: str | None = None
    #: Lines printed on most pages (navigation, footer, buttons, widget labels): dropped.
    furniture: tuple[Evidence, ...] = ()
    #: The story starts after this line (a line printed below the headline), when known.
    start: Evidence | None = None
    #: The story ends before this line.
    end: Evidence | None = None
    widgets: tuple[Widget, ...] = ()
    standfirst: Standfirst | None = None
    #: HTML: the element that holds the story.
    container: Evidence | None = None
    #: In how many pages a title dated by a line of its own (a teaser of another story) sat
    #: inside the story; 0 when not learned.
    dated_teasers: int = 0
    #: In how many pages the headline was printed again at the top of the story, with short
    #: lines (a subtitle, a byline) between it and the story's first prose; 0 when not learned.
    headline_again: int = 0
    #: Template lines that open a photo credit the page splits from its caption ("… (" then
    #: "Image:"): the line above them is a caption.
    credits: tuple[Evidence, ...] = ()
    #: HTML: in how many pages the story's prose sat at one depth of the page (a flat story,
    #: whose inserts sit deeper); 0 when not learned.
    flat_story: int = 0
    #: In how many pages a photo caption was printed again with its credit under it, and an
    #: image's file name on a line of its own (the line under it its caption); 0: not learned.
    captions_again: int = 0
    image_files: int = 0
    #: Dumps: in how many pages the story held a list of titles (lines with no blank line
    #: between); 0 when not learned.
    teaser_runs: int = 0
    #: In how many pages the story held live-blog entry headers ("20:24 Jane Doe"), and a
    #: line opening with a link arrow (">> Alle Termine"); 0 when not learned.
    entry_headers: int = 0
    link_lines: int = 0
    #: Dumps: in how many pages the story held a box of another story (a heading over a
    #: photo's credit and caption, a paragraph or two, its own button or links); 0: not learned.
    story_boxes: int = 0
    #: Why parts were not learned (for the report).
    notes: tuple[str, ...] = field(default=())

    @property
    def furniture_texts(self) -> frozenset[str]:
        return frozenset(e.value for e in self.furniture)

    @property
    def drop_texts(self) -> frozenset[str]:
        """The template lines a site definition drops: the widget headings are left to its
        link rules (they lift the widget's items out of the story)."""
        return self.furniture_texts - {w.heading for w in self.widgets}

    def summary(self) -> str:
        """One line: what the template holds."""
        parts = [f"{len(self.furniture)} template lines"]
        if self.start:
            parts.append("start anchor")
        if self.end:
            parts.append("end anchor")
        if self.widgets:
            parts.append(f"{len(self.widgets)} widgets")
        if self.standfirst:
            parts.append("standfirst")
        if self.container:
            parts.append("story container")
        if self.credits:
            parts.append(f"{len(self.credits)} credit lines")
        # Both photo shapes read "photo captions": one mention is enough.
        parts += dict.fromkeys(label for field, label in COUNTED if getattr(self, field))
        return ", ".join(parts)

    # -- JSON ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = FORMAT
        return data

    def to_json(self, *, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Template:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TemplateError(f"not a cleanwire template (expected \"format\": \"{FORMAT}\")")
        try:
            def ev(item: Any) -> Evidence | None:
                return Evidence(str(item["value"]), int(item["pages"])) if item else None

            stand = data.get("standfirst")
            return cls(
                name=str(data["name"]),
                kind=str(data["kind"]),
                pages=int(data["pages"]),
                hosts=tuple(map(str, data.get("hosts") or ())),
                site_name=data.get("site_name"),
                furniture=tuple(Evidence(str(e["value"]), int(e["pages"])) for e in data.get("furniture") or ()),
                start=ev(data.get("start")),
                end=ev(data.get("end")),
                widgets=tuple(Widget(str(w["heading"]), int(w["pages"]), int(w["items"]))
                              for w in data.get("widgets") or ()),
                standfirst=Standfirst(int(stand["pages"]), int(stand.get("within") or 0), stand.get("xpath"),
                                      bool(stand.get("before_start")))
                if stand else None,
                container=ev(data.get("container")),
                credits=tuple(Evidence(str(e["value"]), int(e["pages"])) for e in data.get("credits") or ()),
                **{field: int(data.get(field) or 0) for field, _ in COUNTED},
                notes=tuple(map(str, data.get("notes") or ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise TemplateError(f"a malformed template ({type(exc).__name__}: {exc})") from None

    @classmethod
    def from_json(cls, text: str) -> Template:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TemplateError(f"a template file is JSON; this is not ({exc})") from None
        return cls.from_dict(data)


def load_templates(text: str) -> list[Template]:
    """One template (a JSON object) or several (a JSON list, or ``{"templates": [...]}``)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise TemplateError(f"a template file is JSON; this is not ({exc})") from None
    if isinstance(data, dict) and "templates" in data:
        data = data["templates"]
    items = data if isinstance(data, list) else [data]
    return [Template.from_dict(item) for item in items]
