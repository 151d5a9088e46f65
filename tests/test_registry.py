"""Routing: explicit site name, URL host, dump signature, else generic."""

from __future__ import annotations

import pytest

import cleanwire
from cleanwire.document import make_document
from cleanwire.registry import by_name, choose, site_classes
from cleanwire.sitekit import Site


def test_sites_are_discovered():
    names = [cls.name for cls in site_classes()]
    assert "koreajoongangdaily" in names
    assert names == sorted(names)


@pytest.mark.parametrize("cls", site_classes(), ids=lambda c: c.name)
def test_site_class_is_complete(cls: type[Site]):
    assert cls.name and cls.site_name and cls.hosts and cls.timezone and cls.lang
    assert cls.name.isidentifier() and cls.name.islower()
    for version in cls.layouts():
        assert version.site is cls and version.rule_name.startswith(cls.name)


def _fixture_urls() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent / "fixtures"
    urls = []
    for facts in root.glob("*/*.facts.json"):
        url = json.loads(facts.read_text(encoding="utf-8")).get("url")
        if url:
            urls.append(url)
    return urls


def test_no_url_matches_two_site_classes():
    """Every fixture URL and every site's hosts route to exactly one class."""
    urls = _fixture_urls() + [f"https://{host}/news/2024/01/02/story-123.html" for cls in site_classes() for host in cls.hosts]
    for url in urls:
        claimed = [cls.name for cls in site_classes() if cls.matches_url(url)]
        assert len(claimed) <= 1, f"{url} matches {claimed}"


def test_fixture_urls_route_to_their_folder():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent / "fixtures"
    for facts in root.glob("*/*.facts.json"):
        url = json.loads(facts.read_text(encoding="utf-8")).get("url")
        if url and facts.parent.name != "generic":
            cls = choose(make_document("x " * 20, url=url))
            assert cls is not None and cls.name == facts.parent.name, url


def test_route_by_host_beats_signature():
    doc = make_document("Just a plain story line that is long enough to count here.",
                        url="https://koreajoongangdaily.joins.com/news/2025-08-13/x")
    assert choose(doc).name == "koreajoongangdaily"
    assert choose(make_document("plain text", url="https://www.example.com/")) is None


def test_subdomains_match_but_lookalikes_do_not():
    cls = by_name("koreajoongangdaily")
    assert cls.matches_url("https://mobile.koreajoongangdaily.joins.com/a")
    assert not cls.matches_url("https://notkoreajoongangdaily.joins.com.evil.example/a")


def test_route_by_signature(seed_bytes):
    assert choose(make_document(seed_bytes)).name == "koreajoongangdaily"


def test_explicit_site_wins(seed_bytes):
    assert cleanwire.extract(seed_bytes, site="generic").extractor == "generic"
