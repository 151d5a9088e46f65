"""Bounded work per page: cheap scans that refuse pathological input before the expensive parse.

libxml2 checks every new attribute of an element against the ones before it, so one element
with 100,000 attributes takes tens of seconds to parse; a dump that is one 30 MB line costs
hundreds of megabytes in the line model. Each limit below is far above what real pages have
and is checked with one linear scan (regular expressions run in C); past it the page fails
fast with :class:`~cleanwire.InputTooLargeError`.
"""

from __future__ import annotations

import re
from array import array
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

# A start tag long enough to hold more attributes than one element may have.
_LONG_TAG = re.compile(rf"<[A-Za-z][^>]{{{2 * MAX_ATTRIBUTES_PER_ELEMENT},}}>")
_START_TAG = re.compile(r"<[A-Za-z][^>]*>")
_TAG_NAME = re.compile(r"<[^\s/>]+")
# One attribute: a name, then optionally = and a quoted or bare value.
_ATTRIBUTE = re.compile(r"""[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
# Tags that open or close a nesting level: not void elements, not ones whose end tag is optional.
_NOT_NESTING = r"(?!/?(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|" \
    r"option|optgroup|thead|tbody|tfoot|colgroup|rt|rp)\b)"
# The character after "<": a letter starts a tag, "/" ends one.
_TAG_START = re.compile(r"<([/A-Za-z])")
_NESTING_TAG_START = re.compile(rf"<{_NOT_NESTING}([/A-Za-z])")
_TO_MARKS = bytes.maketrans(b"/" + bytes(range(65, 91)) + bytes(range(97, 123)), b"\x02" + b"\x01" * 52)


def check_markup(text: str) -> None:
    """Refuse HTML with too many attributes (per element or in total) or nested too deeply.

    Each scan runs in C; the exact counts are made only when a cheap bound is over the limit.
    """
    for match in _LONG_TAG.finditer(text):
        tag = match.group()
        name = _TAG_NAME.match(tag)
        count = len(_ATTRIBUTE.findall(tag, name.end() if name else 1))
        if count > MAX_ATTRIBUTES_PER_ELEMENT:
            raise InputTooLargeError(
                f"an element has {count:,} attributes; the limit is {MAX_ATTRIBUTES_PER_ELEMENT:,}"
            )
    # Counting a character costs a few instructions a character of a page (a third of these
    # checks): a text too short to be over a limit is not counted.
    if len(text) > MAX_ATTRIBUTES and text.count("=") > MAX_ATTRIBUTES:  # every attribute with a value has one
        total = sum(tag.count("=") for tag in _START_TAG.findall(text))
        if total > MAX_ATTRIBUTES:
            raise InputTooLargeError(f"the page has about {total:,} attributes; the limit is {MAX_ATTRIBUTES:,}")
    # Fewer tags cannot nest deeper than the limit, and each start tag takes two characters.
    if len(text) > 2 * MAX_NESTING and text.count("<") > MAX_NESTING:
        deepest = _deepest(text)
        if deepest > MAX_NESTING:
            raise InputTooLargeError(f"elements are nested {deepest:,} levels deep; the limit is {MAX_NESTING:,}")


def _deepest(text: str) -> int:
    """How deep start and end tags nest (0 when they cannot nest past the limit).

    Every tag becomes one byte, 1 for a start tag and 2 for an end tag, and the running sum is
    taken in C. This first count takes every tag (void ones like <br> only make it larger);
    only a page too deep by it is counted again without the tags that never nest (slower).
    """
    rough = "".join(_TAG_START.findall(text)).encode("ascii").translate(_TO_MARKS)
    if _running_max(rough) <= MAX_NESTING:
        return 0
    return _running_max("".join(_NESTING_TAG_START.findall(text)).encode("ascii").translate(_TO_MARKS))


def _running_max(marks: bytes) -> int:
    """The deepest nesting of the marks (1 opens, 2 closes); 0 if it is not over the limit.

    Adjacent pairs (an element closed right after it opened, once the ones inside it are gone)
    are dropped a few rounds first: that lowers the depth by at most one a round and leaves
    little of an ordinary page, so the exact running sum is needed only for deep ones.
    """
    reduced, rounds = marks, 0
    while rounds < 64 and reduced.count(1) + rounds > MAX_NESTING:
        shorter = reduced.replace(b"\x01\x02", b"")
        if len(shorter) == len(reduced):
            break
        reduced, rounds = shorter, rounds + 1
    if reduced.count(1) + rounds <= MAX_NESTING:
        return 0
    steps = array("b", marks.replace(b"\x02", b"\xff"))  # 0xff is -1 as a signed byte
    return max(accumulate(steps, initial=0))


_LONG_LINE = re.compile(rf"^[^\n\r]{{{MAX_LINE_CHARS + 1}}}", re.M)


def check_lines(text: str) -> None:
    """Refuse a text dump with a line longer than :data:`MAX_LINE_CHARS`."""
    if len(text) > MAX_LINE_CHARS and _LONG_LINE.search(text):
        raise InputTooLargeError(
            f"a line is longer than {MAX_LINE_CHARS:,} characters; a dump of visible text has shorter lines"
        )
