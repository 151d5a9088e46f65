"""A paragraph's text as the page shows it, where markup and a dump space a link differently."""

from __future__ import annotations

from lxml import etree


def unglue_links(text: str, element: etree._Element) -> str:
    """``text`` (the words of ``element``) with a space where a link inside it ends right
    before the next word ("killed</a>while" reads "killed while", as the page's dump has it)."""
    for link in element.iter("a"):
        inner, tail = " ".join(link.text_content().split()), link.tail or ""
        if inner and tail and (inner[-1].isalnum()) and tail[0].isalnum():
            glued = inner[-20:] + " ".join(tail.split())[:20]
            text = text.replace(glued, f"{inner[-20:]} {' '.join(tail.split())[:20]}", 1)
    return text
