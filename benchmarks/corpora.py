"""The benchmark corpora: pages with their truth and the site each belongs to.

``dev`` holds one page per host; ``sites`` holds several pages of some publishers (each a
different date or layout). The ``group`` of a page is its site (the publisher where the truth
names one, else the host), so cross-validation can keep every page of a site in one fold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
#: The corpora the dump benchmark and the training script use by default.
DEFAULT = ("dev", "sites")


@dataclass(frozen=True)
class Page:
    """One page of a corpus: its id, url, true body, site group and the whole truth row."""

    id: str
    url: str
    truth: str
    group: str
    corpus: Path
    row: dict = field(default_factory=dict, repr=False, compare=False)

    def input_path(self, mode: str) -> Path:
        return self.corpus / ("dumps" if mode == "dump" else "pages") / f"{self.id}.{'txt' if mode == 'dump' else 'html'}"


def corpus_path(name: str | Path) -> Path:
    """A corpus by name ("dev", "sites") or by folder."""
    path = Path(name)
    return path if (path / "truth.jsonl").is_file() else SHARED / str(name)


def load(corpus: str | Path) -> list[Page]:
    """Every page of a corpus folder (``truth.jsonl`` beside ``dumps/`` and ``pages/``)."""
    folder = corpus_path(corpus)
    with open(folder / "truth.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [
        Page(row["id"], row["url"], row["body"], row.get("publisher") or row.get("host") or row["id"], folder, row)
        for row in rows
    ]


def fold_of(groups: list[str], k: int) -> dict[str, int]:
    """Fold of each group: groups in sorted order, dealt round-robin (deterministic)."""
    return {group: i % k for i, group in enumerate(sorted(set(groups)))}
