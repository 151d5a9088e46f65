"""The seed dump must come out exactly as the 0.1 issue specifies."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import cleanwire

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4b9b4adb1b39e837.txt"


def test_seed_fields():
    article = cleanwire.extract_file(SEED)
    assert article.title == "Putin briefs North Korean leader on upcoming summit with Trump: Report"
    assert article.site == "Korea JoongAng Daily"
    assert article.section == ("National", "North Korea")
    assert article.published == datetime(2025, 8, 13, 14, 41, tzinfo=timezone(timedelta(hours=9)))
    assert article.published.utcoffset() == timedelta(hours=9)
    assert article.authors == ("Yonhap",)
    assert article.tags == ("North Korea", "Russia", "Kim Jong-un", "Vladimir Putin")
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("Russian President Vladimir Putin has briefed")
    assert article.paragraphs[-1].endswith("in June last year.")
    assert len(article.captions) == 1 and article.captions[0].endswith("[AP/YONHAP]")
    assert article.extractor == "koreajoongangdaily"


def test_seed_related_groups():
    article = cleanwire.extract_file(SEED)
    groups = [link.group for link in article.related]
    assert groups == ["More in North Korea"] * 4 + ["Related Stories"] * 5
    assert article.title not in [link.title for link in article.related]
    assert all(link.url is None for link in article.related)


def test_seed_chrome_is_gone():
    body = cleanwire.extract_file(SEED).body
    for residue in ("Korea JoongAng Daily", "Home >", "print dictionary", "Published:", "Related Article",
                    "Yonhap", "tags ", "More in", "Log in", "Standards Board", "[AP/YONHAP]"):
        assert residue not in body
