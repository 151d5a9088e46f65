"""schema.org JSON-LD from ``<script type="application/ld+json">``, read leniently.

Pages ship JSON-LD with trailing commas, raw newlines in strings, HTML comments or CDATA
around it, several objects in one script, ``@graph`` containers and ``@id`` references.
:func:`jsonld_nodes` flattens all of that into a list of plain dicts; :func:`article_node`
picks the one that describes the story.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from lxml.html import HtmlElement

_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Posting|Report|NewsArticle", re.I)
_PAGE_TYPE = re.compile(r"WebPage|ItemPage", re.I)
_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_OBJECT_JOIN = re.compile(r"}\s*{")
_LINE_COMMENT = re.compile(r"^\s*//[^\n]*$", re.M)
_MAX_NODES = 2000


def _loads(text: str) -> Any | None:
    text = text.strip()
    if "<!" in text or "-->" in text or "]]>" in text:  # no wrapper without these: skip the scan
        text = _WRAPPERS.sub("", text)
    if not text:
        return None
    repairs: tuple[Callable[[str], str], ...] = (
        lambda t: t,
        lambda t: _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", t)),
        lambda t: "[" + _OBJECT_JOIN.sub("},{", _TRAILING_COMMA.sub(r"\1", t)) + "]",
    )
    for repair in repairs:  # each repair is made only when the ones before it failed
        try:
            return json.loads(repair(text), strict=False)
        except (ValueError, RecursionError):
            continue
    return _salvage(text)


_FIELD = re.compile(r'"(headline|name|datePublished|dateCreated|dateModified|@type|articleSection)"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _salvage(text: str) -> dict[str, Any] | None:
    """Last resort for JSON that no repair parses: the plain string fields, first of each."""
    found: dict[str, Any] = {}
    for key, value in _FIELD.findall(text):
        try:
            found.setdefault(key, json.loads(f'"{value}"', strict=False))
        except ValueError:
            found.setdefault(key, value)
    authors = re.search(r'"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"', text)
    if authors:
        found["author"] = {"name": authors.group(1)}
    return found or None


def jsonld_nodes(root: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, nested ones included, in document order."""
    nodes: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _loads(script.text or "")
        stack: list[Any] = [data]
        while stack and len(nodes) < _MAX_NODES:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                nodes.append(item)
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                    value = item.get(key)
                    if isinstance(value, (dict, list)):
                        stack.append(value)
    return nodes


def types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type")
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value else []


def article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The node describing the story: an Article type first, else a web page with a headline."""
    for pattern in (_ARTICLE_TYPE, _PAGE_TYPE):
        for node in nodes:
            if any(pattern.search(t) for t in types(node)) and (node.get("headline") or node.get("name") or node.get("datePublished")):
                return node
    return None


def resolve(value: Any, nodes: list[dict[str, Any]]) -> Any:
    """Replace ``{"@id": ...}`` references by the node with that id (one level)."""
    if isinstance(value, list):
        return [resolve(v, nodes) for v in value]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id"):
        for node in nodes:
            if node is not value and node.get("@id") == value["@id"] and len(node) > len(value):
                return node
    return value


def text_of(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, a list's first string, or a node's name."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        for item in value:
            found = text_of(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
