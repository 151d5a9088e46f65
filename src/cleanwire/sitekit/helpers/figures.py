"""Photos and what a page prints around them: captions, credits, the alt texts a dump prints
above them, and pull quotes set in the story."""

from __future__ import annotations

from ..passes.photos import mark_alt_text, mark_alt_texts

__all__ = ["mark_alt_text", "mark_alt_texts"]
