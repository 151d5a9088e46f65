"""Every fixture under tests/fixtures: its expected article, the invariants, and, for a case
with both a page and its dump, the same article from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanwire.cli.fixtures import check
from cleanwire.fixtures import Fixture, diff, disagreements, discover, matches, pairs
from cleanwire.registry import site_classes

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = list(discover(FIXTURES))
PAIRS = list(pairs(FIXTURES))


@pytest.mark.parametrize("fixture", CASES, ids=[c.name for c in CASES])
def test_fixture(fixture: Fixture) -> None:
    problems = check(fixture)
    assert not problems, f"{fixture.name} (if intended: cleanwire fixtures update {fixture.input})\n" + "\n".join(problems)


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{h.site}/{h.case}" for h, _ in PAIRS])
def test_page_and_dump_agree(pair: tuple[Fixture, Fixture]) -> None:
    html, dump = pair
    problems = disagreements(html.extract(), dump.extract())
    assert not problems, "\n".join(problems)


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


def test_matchers() -> None:
    assert matches({"startswith": "Rus", "len": 2}, ["Russia", "Korea"])
    assert not matches({"first": "Korea"}, ["Russia", "Korea"])
    assert matches({"includes": ["Korea"], "min_len": 1}, ["Russia", "Korea"])
    assert diff({"paragraphs": {"len": 2}}, {"paragraphs": ["a", "b"]}) == ""
    assert "expected to match" in diff({"paragraphs": {"len": 3}}, {"paragraphs": ["a", "b"]})
    with pytest.raises(ValueError):
        matches({"nonsense": 1}, "x")


def test_page_and_dump_agree_up_to_the_dump_s_spacing() -> None:
    from cleanwire.article import Article

    page = Article(title="T", paragraphs=("Der Gesundheitsausschuss tagt: „Auslaufmodell“.",), language="de")
    spaced = Article(title="T", paragraphs=("Der Gesundheit sausschuss tagt: „Auslaufmodell “.",), language="de")
    reworded = Article(title="T", paragraphs=("Der Haushaltsausschuss tagt: „Auslaufmodell“.",), language="de")
    split = Article(title="T", paragraphs=("Der Gesundheitsausschuss tagt:", "„Auslaufmodell“."), language="de")
    assert disagreements(page, spaced) == []
    assert disagreements(page, reworded) and disagreements(page, split)


def test_a_dump_may_credit_fewer_authors_than_its_page_in_the_same_order() -> None:
    from cleanwire.article import Article

    page = Article(title="T", paragraphs=("P.",), authors=("Paula Steiger", "SDA"))
    assert disagreements(page, Article(title="T", paragraphs=("P.",), authors=("SDA",))) == []
    for other in (("Ann Lee",), ("SDA", "Paula Steiger"), (), ("SDA", "sep")):
        assert disagreements(page, Article(title="T", paragraphs=("P.",), authors=other)), other
