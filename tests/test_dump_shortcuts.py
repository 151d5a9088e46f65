"""The generic dump path's shortcuts give what the long way gives: extract() and explain(blocks=False)
skip the blocks but not the Article; the "lines away" features read a table of logs."""

from __future__ import annotations

import gzip
import math
import random
from collections import Counter
from pathlib import Path

import pytest

import cleanwire
from cleanwire import CleanwireError
from cleanwire.generic.text.context import context_columns
from cleanwire.generic.text.features import Page, place_columns

ROOT = Path(__file__).resolve().parent.parent
PROSE = "The council said the vote was the largest turnout it had ever recorded in the town's long history."
PAGE = "\n".join([
    "Skip to content", "Home", "World", "", "Harbour town votes to rebuild its old sea wall", "",
    "By Jane Doe", "Updated 3:45 PM ET, Thu March 4, 2021", "Share on Facebook", "",
    PROSE, "", PROSE.replace("council", "mayor"), "", PROSE.replace("vote", "ballot"), "", "Read more: Other news", "",
    "Related stories", "Another headline about the town", "© 2021 The Example Tribune. All rights reserved",
])


def test_extract_gives_the_article_explain_gives():
    """extract() skips the blocks explain() keeps (see dump.label_page): the Article is the same,
    on every committed fixture dump and on the made-up page."""
    paths = sorted((ROOT / "tests" / "fixtures").glob("*/*.txt.gz"))
    raws = [PAGE.encode()] + [gzip.decompress(path.read_bytes()) for path in paths]
    assert len(raws) > 20
    made = 0
    for i, raw in enumerate(raws):
        # Site classes take most fixtures when routed: the routed call is tried on the made-up page.
        for site in ("generic", None) if i == 0 else ("generic",):
            try:
                article = cleanwire.extract(raw, site=site)
            except CleanwireError as exc:
                with pytest.raises(type(exc)):
                    cleanwire.explain(raw, site=site)
                continue
            assert article == cleanwire.explain(raw, site=site).article
            made += 1
    assert made > 20
    light = cleanwire.explain(PAGE, site="generic", blocks=False)
    assert light.blocks == () and light.article == cleanwire.explain(PAGE, site="generic").article


@pytest.mark.parametrize("n", [0, 1, 2, 5, 40])
def test_distance_features_are_log_scaled_line_counts(n):
    """The "lines away" features (from the headline, from the densest span) read a shared table of
    log1p(lines) / 3: every value must be the one the formula gives, whatever the page's size."""
    rng = random.Random(n)
    for _ in range(30):
        p = [rng.choice([0.05, 0.3, 0.7, 0.95]) for _ in range(n)]
        title_at = rng.choice([None, *range(n)])
        page = Page(("x",) * n, (("x",),) * n, Counter(), (False,) * n, (False,) * n, title_at)
        after = place_columns(page)[2]
        assert after == [0.0 if title_at is not None and k < title_at else math.log1p(k - (title_at or 0)) / 3
                         for k in range(n)]
        columns, (first, last) = context_columns(p, [1.0] * n, (False,) * n, title_at)
        assert columns[6] == [math.log1p(first - k) / 3 if k < first else math.log1p(k - last) / 3 if k > last else 0.0
                              for k in range(n)]
