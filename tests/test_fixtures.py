"""Every fixture pair under tests/fixtures must extract to its expected article exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanwire.fixtures import Fixture, diff, discover
from cleanwire.registry import site_classes

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = list(discover(FIXTURES))


@pytest.mark.parametrize("fixture", CASES, ids=[c.name for c in CASES])
def test_fixture(fixture: Fixture) -> None:
    assert fixture.expected.exists(), f"no expected output; run: cleanwire fixtures update {fixture.input}"
    expected = fixture.load_expected()
    actual = fixture.run()
    delta = diff(expected, actual)
    assert not delta, f"{fixture.name} changed (if intended: cleanwire fixtures update {fixture.input})\n{delta}"
    assert actual["extractor"] == fixture.site, "the fixture folder names the extractor that must win"


def test_every_site_class_has_a_fixture() -> None:
    covered = {case.site for case in CASES}
    missing = [cls.name for cls in site_classes() if cls.name not in covered]
    assert not missing, f"site classes without fixtures under tests/fixtures/: {missing}"


def test_diff_names_the_field_that_moved() -> None:
    expected = {"title": "A", "paragraphs": ["one", "two"]}
    actual = {"title": "B", "paragraphs": ["one", "three"]}
    text = diff(expected, actual)
    assert "title:" in text and "expected: 'A'" in text and "actual:   'B'" in text
    assert "-two" in text and "+three" in text
    assert diff(expected, dict(expected)) == ""
