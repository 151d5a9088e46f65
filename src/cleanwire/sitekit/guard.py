"""Is a site's reading of a page it could not confirm still its site's layout?

A layout with no anchors is taken for every page of its site, including pages published
after the site changed its markup. Its rules then miss the new furniture: the body comes out
with menu items, teaser titles and widget lines that the generic path, which knows no site,
leaves out. That is the sign checked here, against the generic reading of the same page;
a site body that only holds more prose than the generic one (story the generic path cut at
an insert or an edge) passes.

Measured on ``../shared/corpus/sites`` (``benchmarks/sitepack_foreign.py`` forces each class
onto other publishers' pages as a stand-in for a redesign): of 9,856 such readings, 498 were
more than 0.05 below the generic path and 137 still are; of the classes' own 154 readings,
one dump failed the check (a product review's spec lists: that class now has anchors).
"""

from __future__ import annotations

from collections.abc import Sequence

#: The site body holds more than this share of its words in paragraphs the generic body lacks ...
EXTRA_SHARE = 0.05
#: ... and more than this share in such paragraphs that are short: menu items, teaser titles,
#: widget lines, not prose.
FURNITURE_SHARE = 0.04
#: Short: fewer words than this, and fewer characters (for scripts without spaces).
_SHORT_WORDS, _SHORT_CHARS = 12, 80


def _is_short(paragraph: str) -> bool:
    return len(paragraph) < _SHORT_CHARS and len(paragraph.split()) < _SHORT_WORDS


def holds_furniture(site_body: Sequence[str], generic_body: Sequence[str]) -> bool:
    """True when the site's body keeps page furniture that the generic body leaves out."""
    known = {" ".join(p.split()) for p in generic_body}
    total = extra = furniture = 0
    for paragraph in site_body:
        words = len(paragraph.split())
        total += words
        if " ".join(paragraph.split()) not in known:
            extra += words
            if _is_short(paragraph):
                furniture += words
    return bool(total) and extra > EXTRA_SHARE * total and furniture > FURNITURE_SHARE * total
