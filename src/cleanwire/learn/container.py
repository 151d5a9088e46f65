"""Learning where an HTML site keeps its story: the named element that holds the story's prose.

On each page, the deepest element that still holds nearly all of the page-specific prose
of the story span; named by a stable class or id (generated-looking names are skipped, they
change from page to page), and kept when most pages agree on it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .lines import SamplePage
from .template import Evidence

#: The story's element holds this share of the span's prose words.
CONTAINER_SHARE = 0.9
_GENERATED = re.compile(r"\d{3}|[0-9a-f]{8}|^[a-z]{1,2}_[A-Za-z0-9]{1,4}$")


def named_part(path: tuple[str, ...]) -> str | None:
    """The nearest element of a path with a stable class or id ("div.article-body")."""
    for part in reversed(path):
        if ("." in part or "#" in part) and not _GENERATED.search(part.split(".", 1)[-1].split("#", 1)[-1]):
            return part
    return None


def xpath_of(part: str) -> str:
    """An XPath for a path part: ``div.article-body`` or ``div#main``."""
    if "#" in part:
        tag, ident = part.split("#", 1)
        return f"//{tag}[@id='{ident}']"
    tag, cls = part.split(".", 1)
    return f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]"


def story_container(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]], df: Counter[int], need: int) -> Evidence | None:
    """The element holding nearly all of the span's page-specific prose, on most pages."""
    found: Counter[str] = Counter()
    for page, (a, b) in zip(pages, spans):
        prose = [line for line in page.lines[a + 1:b] if line.prose and df[line.key] == 1 and line.path]
        total = sum(line.words for line in prose)
        if not total:
            continue
        best = None
        depth = 0
        while True:
            weights: Counter[tuple[str, ...]] = Counter()
            for line in prose:
                if len(line.path) > depth:
                    weights[line.path[:depth + 1]] += line.words
            if not weights:
                break
            prefix, weight = weights.most_common(1)[0]
            if weight < CONTAINER_SHARE * total:
                break
            best = prefix
            depth += 1
        if best is None or len(best) < 2:
            continue
        part = named_part(best)
        if part and part.split(".")[0].split("#")[0] not in ("html", "body"):
            found[part] += 1
    if not found:
        return None
    part, count = found.most_common(1)[0]
    return Evidence(xpath_of(part), count) if count >= need else None
