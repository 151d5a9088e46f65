"""How sure the block model is about a page.

The block model (:mod:`.model`) gives every segment a probability of being story. A page
whose segments are almost all far from 0.5 is one the model reads with confidence; on the
others the slower trafilatura pass decides (see ``page.story_signal``).
"""

from __future__ import annotations

from .segment import Segment

#: Scores between these are undecided.
UNSURE = (0.15, 0.85)
#: The confidence from which the model decides alone: chosen inside the training folds of
#: the site-grouped cross-validation (benchmarks/html_gate.py picked 0.94 in four folds of
#: five, 0.96 in one).
CONFIDENT = 0.94
#: A page the model reads as holding less story text than this (in characters: CJK text has
#: few spaces) is not one it is sure of: "no story here" is left to the main-text pass.
MIN_STORY_CHARS = 500


def confidence(segs: list[Segment], p: list[float]) -> float:
    """The share of the page's words (each segment weighs its words + 1) whose score is
    outside the undecided band :data:`UNSURE`."""
    total = unsure = 0
    lo, hi = UNSURE
    for seg, value in zip(segs, p):
        weight = seg.words + 1
        total += weight
        if lo < value < hi:
            unsure += weight
    return 1.0 - unsure / total if total else 0.0


def decides(segs: list[Segment], p: list[float], kept: list[bool], confident: float = CONFIDENT) -> bool:
    """Whether the model's reading ``kept`` (from scores ``p``) stands on its own: it is
    confident (:func:`confidence`) and it holds a story (:data:`MIN_STORY_CHARS`)."""
    if sum(len(seg.text) for seg, keep in zip(segs, kept) if keep) < MIN_STORY_CHARS:
        return False
    return confidence(segs, p) >= confident
