"""Bounded work per page: cheap scans that refuse pathological input before the expensive parse.

libxml2 checks every new attribute of an element against the ones before it, so one element
with 100,000 attributes takes tens of seconds to parse; a dump that is one 30 MB line costs
hundreds of megabytes in the line model. Each limit below is far above what real pages have
and is checked with one linear scan (regular expressions run in C); past it the page fails
fast with :class:`~cleanwire.InputTooLargeError`.
"""

from __future__ import annotations

import re
from itertools import accumulate

from .errors import InputTooLargeError

#: Attributes one element may have (real pages stay under a hundred).
MAX_ATTRIBUTES_PER_ELEMENT = 1_000
#: Attributes in the whole page.
MAX_ATTRIBUTES = 500_000
#: Elements open inside each other (layout nesting past 240 levels is flattened, see html.md).
MAX_NESTING = 100_000
#: Characters in one line of a text dump (a whole article with no line break is far shorter).
MAX_LINE_CHARS = 8_000_000

_START_TAG = re.compile(r"<[A-Za-z][^>]*>")
_TAG_NAME = re.compile(r"<[^\s/>]+")
# One attribute: a name, then optionally = and a quoted or bare value.
_ATTRIBUTE = re.compile(r"""[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
# Tags that open or close a nesting level: not void elements, not ones whose end tag is optional.
_NESTING_TAG = re.compile(
    r"<(/?)(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|"
    r"option|optgroup|thead|tbody|tfoot|colgroup|rt|rp)\b)[A-Za-z][^\s/>]*[^>]*?(/?)>"
)


def check_markup(text: str) -> None:
    """Refuse HTML with too many attributes (per element or in total) or nested too deeply."""
    total = 0
    for match in _START_TAG.finditer(text):
        tag = match.group()
        if len(tag) <= 2 * MAX_ATTRIBUTES_PER_ELEMENT:  # too short to hold that many: count cheaply
            total += tag.count("=")
            continue
        count = sum(1 for _ in _ATTRIBUTE.finditer(tag, _TAG_NAME.match(tag).end()))  # type: ignore[union-attr]
        if count > MAX_ATTRIBUTES_PER_ELEMENT:
            raise InputTooLargeError(
                f"an element has {count:,} attributes; the limit is {MAX_ATTRIBUTES_PER_ELEMENT:,}"
            )
        total += count
    if total > MAX_ATTRIBUTES:
        raise InputTooLargeError(f"the page has about {total:,} attributes; the limit is {MAX_ATTRIBUTES:,}")
    steps = (-1 if close else 0 if self_closing else 1 for close, self_closing in _NESTING_TAG.findall(text))
    deepest = max(accumulate(steps, initial=0))
    if deepest > MAX_NESTING:
        raise InputTooLargeError(f"elements are nested {deepest:,} levels deep; the limit is {MAX_NESTING:,}")


_LONG_LINE = re.compile(rf"^[^\n\r]{{{MAX_LINE_CHARS + 1}}}", re.M)


def check_lines(text: str) -> None:
    """Refuse a text dump with a line longer than :data:`MAX_LINE_CHARS`."""
    if len(text) > MAX_LINE_CHARS and _LONG_LINE.search(text):
        raise InputTooLargeError(
            f"a line is longer than {MAX_LINE_CHARS:,} characters; a dump of visible text has shorter lines"
        )
