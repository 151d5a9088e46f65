"""docs/adding-a-site.md teaches from real definitions: every Python listing in it must still
stand, to the letter, in a module of cleanwire.sites."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "adding-a-site.md"
SITES = ROOT / "src" / "cleanwire" / "sites"


def test_every_listing_of_the_guide_is_real_code():
    listings = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    sources = [path.read_text(encoding="utf-8") for path in sorted(SITES.glob("*.py"))]
    assert len(listings) >= 4
    missing = [listing.splitlines()[0] for listing in listings if not any(listing in source for source in sources)]
    assert missing == []
