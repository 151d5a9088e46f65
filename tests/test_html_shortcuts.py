"""The generic HTML path's shortcut: extract() and explain(blocks=False) skip the blocks (and
naming every segment's element path) but give the Article and notes explain() gives."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import cleanwire
from cleanwire import CleanwireError

ROOT = Path(__file__).resolve().parent.parent
PROSE = "The council said the vote was the largest turnout it had ever recorded in the town's long history."
PAGE = (
    "<html><head><title>Harbour town votes | Example Tribune</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<h1>Harbour town votes to rebuild its old sea wall</h1><p class='byline'>By Jane Doe</p>"
    f"<article><p>{PROSE}</p><p>{PROSE.replace('council', 'mayor')}</p><p>{PROSE.replace('vote', 'ballot')}</p>"
    "<figure><img src='x.jpg'><figcaption>The old sea wall. Photo: Ann Lee</figcaption></figure></article>"
    "<footer>© 2021 The Example Tribune. All rights reserved</footer></body></html>"
)


def test_extract_gives_the_article_explain_gives():
    """On the made-up page and on every fourth committed HTML fixture, read generically."""
    paths = sorted((ROOT / "tests" / "fixtures").glob("*/*.html.gz"))[::4]
    raws = [PAGE.encode()] + [gzip.decompress(path.read_bytes()) for path in paths]
    assert len(raws) > 15
    made = 0
    for raw in raws:
        try:
            article = cleanwire.extract(raw, site="generic")
        except CleanwireError as exc:
            with pytest.raises(type(exc)):
                cleanwire.explain(raw, site="generic")
            continue
        assert article == cleanwire.explain(raw, site="generic").article
        made += 1
    assert made > 15


def test_explain_without_blocks_keeps_article_and_notes():
    full = cleanwire.explain(PAGE, site="generic")
    light = cleanwire.explain(PAGE, site="generic", blocks=False)
    assert light.blocks == () and full.blocks
    assert light.article == full.article and light.notes == full.notes and light.article.paragraphs
