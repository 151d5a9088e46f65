"""Korea JoongAng Daily: the seed transformed the ways real saves of the site differ.

Each variant is made from the seed by a transformation (no header, CRLF, BOM, trailing
blanks, a person byline, extra photos anywhere in the story, a page saved before the lists and
comments loaded, and combinations); the story, captions and metadata must hold in all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest

import cleanwire

NB = "\u00a0"
PHOTOS = [
    "Kim Jong-un waves at a military parade in Pyongyang on Oct. 10. [YONHAP]",
    "Russian and North Korean flags fly in Pyongyang on June 19, 2024. [AP/YONHAP]",
    "A screen at Seoul Station shows a news report on the call on Tuesday",
]


def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


def no_header(text: str) -> str:
    return text.split("\n", 1)[1]


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def bom(text: str) -> str:
    return "\ufeff" + text


def trailing_blanks(text: str) -> str:
    return "\n".join(line + (" \t" if i % 2 else "   ") for i, line in enumerate(text.split("\n")))


def person_byline(text: str) -> str:
    return text.replace("\nYonhap\n", "\nBY SEO JI-EUN [seo.jieun1@joongang.co.kr]\n")


def saved_early(text: str) -> str:
    return text.split("\nMore in North Korea\n")[0] + "\n"


def saved_before_tags(text: str) -> str:
    return text.split("\ntags ")[0] + "\n"


def photos_everywhere(text: str) -> str:
    """A photo, caption printed twice, before the first paragraph, mid-story and at the end."""
    def photo(caption: str) -> str:
        return f"{caption}\n\n{caption}\n\n{NB}\n"
    text = text.replace("Russian President Vladimir Putin has briefed", photo(PHOTOS[0]) + "Russian President Vladimir Putin has briefed", 1)
    text = text.replace("The remarks appeared", photo(PHOTOS[1]) + "The remarks appeared", 1)
    # The last photo sits right above the byline line, whatever the byline is.
    return re.sub(r"\n(Yonhap|BY [^\n]+)\n", lambda m: "\n" + photo(PHOTOS[2]) + "\n" + m.group(1) + "\n", text, count=1)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "no_header": no_header, "crlf": crlf, "bom": bom, "trailing_blanks": trailing_blanks,
    "person_byline": person_byline, "saved_early": saved_early, "saved_before_tags": saved_before_tags,
    "photos_everywhere": photos_everywhere,
}
# Every single transform and every pair of them (order: content first, encoding last).
ORDER = list(TRANSFORMS)
CASES = [(name,) for name in ORDER] + [
    pair for pair in itertools.combinations(ORDER, 2) if not {"saved_early", "saved_before_tags"} <= set(pair)
]


@pytest.mark.parametrize("names", CASES, ids=["+".join(c) for c in CASES])
def test_variant(seed_bytes: bytes, names: tuple[str, ...]) -> None:
    text = seed_text(seed_bytes)
    for name in sorted(names, key=lambda n: n in ("crlf", "bom", "trailing_blanks", "no_header")):
        text = TRANSFORMS[name](text)
    article = cleanwire.extract(text.encode("utf-8"))
    assert article.extractor == "koreajoongangdaily"
    assert article.title == "Putin briefs North Korean leader on upcoming summit with Trump: Report"
    assert article.published.isoformat() == "2025-08-13T14:41:00+09:00"
    assert article.section == ("National", "North Korea")
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("Russian President Vladimir Putin has briefed")
    assert article.paragraphs[-1].endswith("in June last year.")
    expected_authors = ("Seo Ji-eun",) if "person_byline" in names else ("Yonhap",)
    assert article.authors == expected_authors
    captions = list(article.captions)
    assert captions[0].startswith("Russian President Vladimir Putin, right,")
    assert len(captions) == len(set(captions))
    if "photos_everywhere" in names:
        assert captions[1:] == PHOTOS
    for caption in captions:
        assert caption not in article.body
    if "saved_before_tags" in names:
        assert article.tags == () and article.related == ()
    else:
        assert article.tags == ("North Korea", "Russia", "Kim Jong-un", "Vladimir Putin")
    if "saved_early" in names or "saved_before_tags" in names:
        assert article.related == ()
    else:
        assert [link.group for link in article.related] == ["More in North Korea"] * 4 + ["Related Stories"] * 5
    for chrome in ("print dictionary", "Related Article", "Log in", "Standards Board", "Published:"):
        assert chrome not in article.body
