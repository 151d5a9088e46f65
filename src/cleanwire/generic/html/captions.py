"""Captions: figure captions, caption/credit classes and credit lines, each kept once."""

from __future__ import annotations

from ...blocks import Label
from ...lexicon.normalise import word_key
from .segment import Segment


def captions(segs: list[Segment], labels: list[Label]) -> list[str]:
    """Caption texts in page order; a caption printed twice, or inside a longer one, once."""
    found: list[str] = []
    keys: list[str] = []
    for seg, label in zip(segs, labels):
        if label is not Label.CAPTION:
            continue
        key = word_key(seg.text)
        if not key or any(key == k or key in k for k in keys):
            continue
        # A longer caption that contains earlier ones replaces them (caption + credit).
        keep = [j for j, k in enumerate(keys) if k not in key]
        found, keys = [found[j] for j in keep] + [seg.text], [keys[j] for j in keep] + [key]
    return found
