"""The learned block model for HTML: which segments are the story.

Two logistic regressions, like the dump model's: stage one scores each segment from its own
features (:mod:`.features`); stage two adds what the stage-one scores around it say (its
neighbours, the other segments of its parent element, of the densest container). The weights
come from benchmarks/train_html_model.py (trained with cross-validation grouped by site) and
ship as JSON in cleanwire/data; inference is plain Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lxml.html import HtmlElement

from ..text.model import Logistic, squash
from .features import NAMES, PLACE_NAMES, inside, page_features
from .segment import Segment
from .zones import Zones

_DATA = "html_model.json"
CONTEXT_NAMES = ("p_self", "p_prev", "p_next", "p_prev2", "p_next2", "p_parent", "p_parent_max", "p_grand",
                 "p_best", "p_run", "in_story1")
_IN_BEST = NAMES.index("in_best")  # stage two reads it from the base row
assert PLACE_NAMES[0] == "in_best"


@dataclass(frozen=True)
class HtmlModel:
    """Both stages and the threshold a stage-two score must reach to be story."""

    stage1: Logistic
    stage2: Logistic
    threshold: float = 0.5
    inner: float = 0.5
    outer: float = 0.5

    def to_json(self) -> str:
        return json.dumps({"stage1": self.stage1.to_dict(), "stage2": self.stage2.to_dict(),
                           "threshold": self.threshold, "inner": self.inner, "outer": self.outer}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> HtmlModel:
        data = json.loads(text)
        return cls(Logistic.from_dict(data["stage1"]), Logistic.from_dict(data["stage2"]), float(data["threshold"]),
                   float(data.get("inner", 0.5)), float(data.get("outer", 0.5)))


@lru_cache(maxsize=1)
def shipped_model() -> HtmlModel:
    """The model that ships with cleanwire (read once per process)."""
    return HtmlModel.from_json(resources.files("cleanwire").joinpath("data", _DATA).read_text(encoding="utf-8"))


def groups(segs: list[Segment]) -> tuple[list[Hashable], list[Hashable]]:
    """Each segment's parent element and the parent's parent (the groups stage two averages over)."""
    parents: list[Hashable] = []
    grands: list[Hashable] = []
    for seg in segs:
        parent = seg.element.getparent()
        parent = parent if parent is not None else seg.element
        grand = parent.getparent()
        parents.append(parent)
        grands.append(grand if grand is not None else parent)
    return parents, grands


def story_element(segs: list[Segment], p: list[float], threshold: float) -> HtmlElement | None:
    """The element whose text is most story-like: the largest sum, over the segments inside
    it, of (score - threshold) x words. Computed in one pass over the elements that hold
    segments and their ancestors, children before parents (the last in document order first)."""
    acc: dict[HtmlElement, float] = defaultdict(float)
    for seg, value in zip(segs, p):
        acc[seg.element] += (value - threshold) * (seg.words + 1)
    best, best_score = None, 0.0
    for el in reversed(holders(segs)):
        value = acc[el]
        if value > best_score:
            best, best_score = el, value
        parent = el.getparent()
        if parent is not None:
            acc[parent] += value
    return best


def holders(segs: list[Segment]) -> list[HtmlElement]:
    """The segments' elements and all their ancestors, in document order (each before its
    descendants). Segments are in document order, so an element first met on the way up
    from a segment comes after every element met before it."""
    seen: set[HtmlElement] = set()
    order: list[HtmlElement] = []
    for seg in segs:
        chain = []
        node: HtmlElement | None = seg.element
        while node is not None and node not in seen:
            chain.append(node)
            node = node.getparent()
        if chain:
            seen.update(chain)
            order.extend(reversed(chain))
    return order


def context_values(segs: list[Segment], in_best: list[bool], p1: list[float]) -> list[list[float]]:
    """Stage two's own inputs: the stage-one scores around each segment, weighted by words
    where a group is averaged (:data:`CONTEXT_NAMES`)."""
    n = len(segs)
    parents, grands = groups(segs)
    in_story = inside(segs, story_element(segs, p1, 0.5))
    sums: dict[Hashable, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    gsums: dict[Hashable, list[float]] = defaultdict(lambda: [0.0, 0.0])
    best_sum = best_words = 0.0
    for seg, parent, grand, p, ok in zip(segs, parents, grands, p1, in_best):
        w = seg.words + 1.0
        s = sums[parent]
        s[0] += w * p
        s[1] += w
        s[2] = max(s[2], p)
        g = gsums[grand]
        g[0] += w * p
        g[1] += w
        if ok:
            best_sum += w * p
            best_words += w
    p_best = best_sum / best_words if best_words else 0.0
    out = []
    for i, (seg, parent, grand, p, ok) in enumerate(zip(segs, parents, grands, p1, in_best)):
        w = seg.words + 1.0
        s, g = sums[parent], gsums[grand]
        others = s[1] - w
        lo, hi = max(0, i - 4), min(n, i + 5)
        run = (sum(p1[lo:hi]) - p) / (hi - lo - 1) if hi - lo > 1 else 0.0
        out.append([
            p,
            p1[i - 1] if i else 0.0,
            p1[i + 1] if i + 1 < n else 0.0,
            p1[i - 2] if i > 1 else 0.0,
            p1[i + 2] if i + 2 < n else 0.0,
            (s[0] - w * p) / others if others > 0 else p,
            s[2],
            g[0] / g[1] if g[1] else 0.0,
            p_best if ok else 0.0,
            run,
            1.0 if in_story[i] else 0.0,
        ])
    return out


def context_rows(segs: list[Segment], base: list[list[float]], p1: list[float]) -> list[list[float]]:
    """Stage two's full rows (training reads these): the base features, then
    :func:`context_values`."""
    context = context_values(segs, [bool(row[_IN_BEST]) for row in base], p1)
    return [row + extra for row, extra in zip(base, context)]


def scores(segs: list[Segment], zones: Zones, headline: str | None, model: HtmlModel | None = None) -> list[float]:
    """The stage-two probability that each segment is part of the story.

    The features are sparse (:func:`.features.page_features`): each score adds a segment's
    non-zero terms only, in the order of the full row, so it equals the full dot product."""
    model = model or shipped_model()
    features = page_features(segs, zones, headline)
    p1 = squash([model.stage1.bias + z for z in features.linear(model.stage1.weights)])
    z2 = features.linear(model.stage2.weights)
    extra = model.stage2.weights[len(NAMES):]
    for k, values in enumerate(context_values(segs, features.in_best, p1)):
        b = z2[k]
        for weight, value in zip(extra, values):
            b += weight * value
        z2[k] = model.stage2.bias + b
    return squash(z2)


def story_flags_from(segs: list[Segment], p: list[float], model: HtmlModel) -> list[bool]:
    """Which segments scored ``p`` are story: inside the most story-like element
    (:func:`story_element`), those scoring at least ``model.inner``; elsewhere those scoring
    at least ``model.outer``."""
    box = inside(segs, story_element(segs, p, model.threshold))
    return [v >= (model.inner if ok else model.outer) for v, ok in zip(p, box)]


def story_flags(segs: list[Segment], zones: Zones, headline: str | None, model: HtmlModel | None = None) -> list[bool]:
    """Which segments the model takes for the story (:func:`story_flags_from`)."""
    model = model or shipped_model()
    return story_flags_from(segs, scores(segs, zones, headline, model), model)
