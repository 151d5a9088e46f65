"""A field method can vouch that a field is empty (``EMPTY``): the generic value is not used."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import EMPTY, Context, Site
from cleanwire.sitekit.apply import explain_site

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rain at last</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Rain at last", "articleSection": "https://10.0.0.1/", "datePublished": "2024-03-05T10:00:00Z"}</script>
</head><body><h1>Rain at last</h1><article>
<p>The first rain in four months fell over the capital on Tuesday, filling the dams to a third of their capacity.</p>
<p>Farmers in the south said it came too late for the maize, but would help the cattle through the winter months.</p>
</article></body></html>"""


class Junk(Site):
    name = "junk-test"
    site_name = "Junk"


class Vouching(Junk):
    name = "vouching-test"

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        found = ctx.page.meta.section if ctx.page is not None else ()
        kept = tuple(s for s in found if "://" not in s)
        return kept or EMPTY


def test_empty_tuple_falls_back_to_generic():
    result = explain_site(Junk, make_document(PAGE))
    assert result.article.section == ("https://10.0.0.1/",)


def test_vouched_empty_is_kept_and_noted():
    result = explain_site(Vouching, make_document(PAGE))
    assert result.article.section == () and type(result.article.section) is tuple
    assert "section: empty (the site vouches for it)" in result.notes
    assert "section: generic" not in result.notes
