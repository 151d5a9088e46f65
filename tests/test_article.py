"""The Article type: frozen, typed, and to_dict/from_dict/to_json round-trip exactly."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest

import cleanwire
from cleanwire import Article, RelatedLink

KST = timezone(timedelta(hours=9))


def sample() -> Article:
    return Article(
        title="T",
        paragraphs=("one", "two"),
        url="https://example.com/a",
        site="Example",
        authors=("Seo Ji-eun",),
        published=datetime(2025, 8, 13, 14, 41, tzinfo=KST),
        section=("National", "North Korea"),
        tags=("a", "b"),
        captions=("c",),
        related=(RelatedLink("r1", None, "More in X"), RelatedLink("r2", "https://example.com/r2", "Related")),
        language="en",
        extractor="koreajoongangdaily",
        canonical_url="https://example.com/a",
    )


def test_round_trip_exact():
    article = sample()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_published_is_iso_with_offset():
    assert sample().to_dict()["published"] == "2025-08-13T14:41:00+09:00"


def test_body_joins_paragraphs_with_blank_line():
    assert sample().body == "one\n\ntwo"
    assert sample().to_dict()["body"] == "one\n\ntwo"


def test_frozen_and_hashable():
    article = sample()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    assert hash(article) == hash(sample())


def test_key_order_is_stable():
    assert list(sample().to_dict()) == [
        "url", "site", "title", "authors", "published", "section", "tags", "language", "body",
        "paragraphs", "captions", "related", "extractor", "canonical_url",
    ]


def test_unknown_keys_are_refused():
    data = sample().to_dict()
    data["bogus"] = 1
    with pytest.raises(ValueError):
        Article.from_dict(data)


def test_public_api_is_what_all_lists():
    for name in cleanwire.__all__:
        assert hasattr(cleanwire, name), name
    public = {n for n in dir(cleanwire) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(cleanwire, n)).__name__ == "module"}
    assert public - modules - set(cleanwire.__all__) == set()
