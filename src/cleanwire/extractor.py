"""The extractor interface every site class and the generic extractor implement."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from .blocks import Explanation
from .document import Document


class Extractor(ABC):
    """Turns a :class:`Document` into an :class:`Explanation` (article + labelled blocks).

    Extractors hold no per-document state, so one instance serves any number of documents
    and threads.
    """

    #: Short identifier, used by ``site=`` and shown in ``Article.extractor``.
    name: ClassVar[str] = ""

    @abstractmethod
    def explain(self, doc: Document) -> Explanation:
        """Label every line or block of ``doc`` and build the article from the labels."""
