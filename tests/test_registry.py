"""Routing: explicit site name, URL host, dump signature, else generic."""

from __future__ import annotations

import itertools

import pytest

import cleanwire
from cleanwire.document import make_document
from cleanwire.registry import by_name, choose, site_classes
from cleanwire.site import SiteExtractor


def test_sites_are_discovered():
    names = [cls.name for cls in site_classes()]
    assert "koreajoongangdaily" in names
    assert names == sorted(names)


@pytest.mark.parametrize("cls", site_classes(), ids=lambda c: c.name)
def test_site_class_is_complete(cls: type[SiteExtractor]):
    assert cls.name and cls.site_name and cls.hosts and cls.signatures
    assert cls.name.isidentifier() and cls.name.islower()


def test_no_host_is_claimed_twice():
    for a, b in itertools.combinations(site_classes(), 2):
        for host in a.hosts:
            assert not b.matches_host(host), f"{host} matches {a.name} and {b.name}"


def test_route_by_host_beats_signature():
    doc = make_document("Just a plain story line that is long enough to count here.",
                        url="https://koreajoongangdaily.joins.com/news/2025-08-13/x")
    assert choose(doc).name == "koreajoongangdaily"
    assert choose(make_document("plain text", url="https://www.example.com/")).name == "generic"


def test_subdomains_match_but_lookalikes_do_not():
    cls = by_name("koreajoongangdaily")
    assert cls.matches_host("mobile.koreajoongangdaily.joins.com")
    assert not cls.matches_host("notkoreajoongangdaily.joins.com.evil.example")


def test_route_by_signature(seed_bytes):
    assert choose(make_document(seed_bytes)).name == "koreajoongangdaily"


def test_explicit_site_wins(seed_bytes):
    assert cleanwire.extract(seed_bytes, site="generic").extractor == "generic"
