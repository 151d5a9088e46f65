"""Story text a page carries outside its visible markup, for pages whose visible markup holds
none: JSON-LD ``articleBody``, a script's JSON state (Next.js ``__NEXT_DATA__`` and
``self.__next_f.push`` payloads), ``<noscript>`` blocks.

The sources are tried in that order; each gives HTML (markup found in a script's strings, or
a noscript block) or plain text (``articleBody``). The caller reads HTML with the generic
reader and uses the result only when it is an article (prose) rather than page chrome.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from .jsonld import jsonld_nodes, types

#: Fewer words than this is no article (a description, a teaser).
MIN_WORDS = 60
_PUSH = re.compile(r"self\.__next_f\.push\(\s*(\[.*?\])\s*\)\s*;?\s*$", re.S)
_MARKUP = re.compile(r"<(?:p|h[1-6]|div|article|section|br)\b", re.I)


@dataclass(frozen=True)
class Embedded:
    """Where the text was found (``source``), and the text as ``html`` or plain ``text``."""

    source: str
    html: str | None = None
    text: str | None = None


def _words(text: str) -> int:
    return len(text.split())


def article_body(root: HtmlElement) -> Embedded | None:
    """JSON-LD ``articleBody`` of the page's article node."""
    best = ""
    for node in jsonld_nodes(root):
        if not any("Article" in t or "Posting" in t for t in types(node)):
            continue
        body = node.get("articleBody")
        if isinstance(body, str) and _words(body) > _words(best):
            best = body
    return Embedded("JSON-LD articleBody", text=best) if _words(best) >= MIN_WORDS else None


def _strings(value: Any, out: list[str], limit: int = 20000) -> None:
    stack = [value]
    while stack and len(out) < limit:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def script_state(root: HtmlElement) -> Embedded | None:
    """Markup inside a script's JSON state: ``__NEXT_DATA__`` or ``self.__next_f.push``
    payloads (React Server Components stream the article as escaped HTML or JSON)."""
    strings: list[str] = []
    for script in root.iter("script"):
        text = script.text or ""
        if script.get("id") == "__NEXT_DATA__":
            try:
                _strings(json.loads(text), strings)
            except ValueError:
                continue
        elif "self.__next_f.push" in text:
            match = _PUSH.search(text.strip())
            if match:
                try:
                    _strings(json.loads(match.group(1)), strings)
                except ValueError:
                    continue
    html_parts = [s for s in strings if _MARKUP.search(s)]
    joined = "\n".join(html_parts)
    if _words(re.sub(r"<[^>]+>", " ", joined)) < MIN_WORDS:
        return None
    return Embedded("script state", html=f"<html><body>{joined}</body></html>")


def noscript(root: HtmlElement) -> Embedded | None:
    """The longest ``<noscript>`` block that holds paragraphs."""
    best, best_words = None, 0
    for el in root.iter("noscript"):
        inner = (el.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in el)
        if not _MARKUP.search(inner):
            continue
        words = _words(re.sub(r"<[^>]+>", " ", inner))
        if words > best_words:
            best, best_words = inner, words
    return Embedded("noscript", html=f"<html><body>{best}</body></html>") if best and best_words >= MIN_WORDS else None


def embedded_sources(root: HtmlElement) -> list[Embedded]:
    """Every embedded story candidate of the page, most trusted first."""
    return [found for find in (article_body, script_state, noscript) if (found := find(root)) is not None]
