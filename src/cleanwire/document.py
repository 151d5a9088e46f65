"""Decoded input: tells a text dump from HTML and reads the optional dump header line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .decode import collapse_spaces, collapsed_lines, decode_bytes, normalise_text
from .limits import check_lines, check_markup
from .trees import is_tree, tree_html

Kind = Literal["dump", "html"]

# The dump header: " date YYYY-MM-DD  <title>" (leading space, two spaces before the title).
_HEADER = re.compile(r"^ ?date (\d{4})-(\d{2})-(\d{2})(?: {1,3}(.*))?$")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|\?xml|head|body|meta|title)\b", re.I | re.S)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|link|article|section|li|ul|br|img|table|td|tr|h[1-6])\b[^>]*>", re.I
)


@dataclass(frozen=True)
class Document:
    """An input ready for an extractor.

    For dumps, ``lines`` holds every line after the header with inner spaces collapsed (blank
    lines kept as ""); ``line_offset`` is how many input lines precede ``lines[0]``.
    """

    text: str
    kind: Kind
    url: str | None = None
    encoding: str | None = None
    header_date: date | None = None
    header_title: str | None = None
    lines: tuple[str, ...] = field(default=(), repr=False)
    line_offset: int = 0

    def line_number(self, index: int) -> int:
        """The 1-based input line number of ``lines[index]``."""
        return index + self.line_offset + 1


#: Blocks a page may open with before any tag that says "HTML": styles, scripts, comments.
_LEADING_BLOCKS = re.compile(r"\A\s*(?:<(style|script)\b[^>]*>.*?</\1\s*>\s*|<!--.*?-->\s*)+", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain visible-text dump.

    A page that opens with a long ``<style>`` or ``<script>`` block (inlined CSS, tens of
    kilobytes) is judged by what follows that block.
    """
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    if len(_TAG.findall(head)) >= 8:
        return True
    lead = _LEADING_BLOCKS.match(text[:500_000])
    if lead and lead.end() > 0:
        rest = text[lead.end():lead.end() + 5000]
        return bool(_HTML_START.match(rest)) or len(_TAG.findall(rest)) >= 8
    return False


def make_document(raw: object, *, url: str | None = None, encoding: str | None = None) -> Document:
    """Decode and normalise ``raw`` (text, bytes, or a parsed tree) and split a dump into lines.

    The limits of :mod:`cleanwire.limits` are checked before any expensive step.
    """
    used: str | None = None
    if isinstance(raw, (bytes, bytearray, memoryview)):
        raw, used = decode_bytes(bytes(raw), declared=encoding)
    elif is_tree(raw):
        raw = tree_html(raw)
    assert isinstance(raw, str)
    early = not looks_like_html(raw)
    if early:  # before normalising: a 30 MB line is refused without copying it
        check_lines(raw)
    text = normalise_text(raw, surrogates=used != "utf-8")  # strict UTF-8 holds no lone surrogate
    if looks_like_html(text):
        check_markup(text)
        return Document(text=text, kind="html", url=url, encoding=used)
    if not early:
        check_lines(text)
    lines = collapsed_lines(text)
    header_date = header_title = None
    offset = 0
    newline = text.find("\n")
    match = _HEADER.match(text if newline < 0 else text[:newline])
    if match:
        try:
            header_date = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            header_date = None
        header_title = collapse_spaces(match.group(4) or "") or None
        lines = lines[1:]
        offset = 1
    return Document(
        text=text,
        kind="dump",
        url=url,
        encoding=used,
        header_date=header_date,
        header_title=header_title,
        lines=tuple(lines),
        line_offset=offset,
    )
