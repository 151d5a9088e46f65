"""Property-based tests: whatever the input, cleanwire gives an Article or a CleanwireError
(never an unforeseen exception), the same output twice, and Articles that survive
to_dict/from_dict/to_json. Fixed seed (derandomize) and bounded example counts keep the run
reproducible and short."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cleanwire
from cleanwire import Article, CleanwireError, FetchError, FetchOptions, InternalError, RelatedLink

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_4b9b4adb1b39e837.txt").read_text(encoding="utf-8")
SEED_LINES = SEED.split("\n")
PROSE = "The council approved the plan to rebuild the old harbour bridge after the spring floods. "


def bounded(examples: int):
    return settings(max_examples=examples, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def outcome(raw, **kwargs):
    """extract()'s result, or the error's class and message; an InternalError fails the test."""
    try:
        article = cleanwire.extract(raw, **kwargs)
    except InternalError as exc:  # a CleanwireError, but one that says cleanwire has a bug
        raise AssertionError(f"unforeseen failure: {exc}") from exc
    except CleanwireError as exc:
        return type(exc), str(exc)
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    return article


def check(raw, **kwargs):
    first = outcome(raw, **kwargs)
    assert outcome(raw, **kwargs) == first  # deterministic
    return first


@bounded(80)
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    check(data)


@bounded(80)
@given(st.text(max_size=3000))
def test_random_text(text):
    check(text)


@st.composite
def mutated_seed(draw) -> str:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "swap", "insert", "cut", "garble"]))
        if action == "drop":
            del lines[where]
        elif action == "repeat":
            lines.insert(where, lines[where])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[where], lines[other] = lines[other], lines[where]
        elif action == "insert":
            lines.insert(where, draw(st.text(max_size=200)))
        elif action == "cut":
            lines[where] = lines[where][: draw(st.integers(0, max(0, len(lines[where]))))]
        else:
            line = lines[where]
            at = draw(st.integers(0, len(line)))
            lines[where] = line[:at] + draw(st.text(min_size=1, max_size=5)) + line[at:]
        if not lines:
            lines = [""]
    return "\n".join(lines)


@bounded(80)
@given(mutated_seed(), st.sampled_from([None, "https://koreajoongangdaily.joins.com/x", "https://example.com/a"]))
def test_mutated_seed_lines(text, url):
    check(text, url=url)
    check(text.encode("utf-8"), url=url)


TAGS = ["div", "p", "span", "article", "section", "a", "b", "table", "tr", "td", "ul", "li", "h1", "h2", "script",
        "style", "figure", "figcaption", "time", "meta", "br", "img", "blockquote", "svg", "math", "template", "title"]
ATTRIBUTES = st.sampled_from(['class="story"', 'class="nav"', 'href="/x"', 'id="a"', 'itemprop="articleBody"',
                              'datetime="2024-02-30"', 'content="x"', 'property="og:title"', "x=", '"', "'", "=", ""])


@st.composite
def broken_html(draw) -> str:
    parts = ["<html><head><title>", draw(st.text(max_size=30)), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(f"<{draw(st.sampled_from(TAGS))} {draw(ATTRIBUTES)}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from([PROSE, PROSE * 3, "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA["])))
        else:
            parts.append(draw(st.text(max_size=80)))
    if draw(st.booleans()):
        depth = draw(st.integers(200, 3000))
        tag = draw(st.sampled_from(["div", "blockquote", "span", "table", "ul"]))
        parts.append(f"<{tag}>" * depth + PROSE * 2 + f"</{tag}>" * draw(st.integers(0, depth)))
    return "".join(parts)


@bounded(60)
@given(broken_html())
def test_broken_and_deeply_nested_html(page):
    check(page)
    explained = None
    try:
        explained = cleanwire.explain(page)
    except InternalError as exc:
        raise AssertionError(f"unforeseen failure: {exc}") from exc
    except CleanwireError:
        pass
    if explained is not None:
        assert explained.article == cleanwire.extract(page)


URLS = st.one_of(
    st.text(max_size=60),
    st.builds(lambda scheme, host, rest: f"{scheme}://{host}{rest}",
              st.sampled_from(["http", "https", "HTTP", "ftp", "", "javascript"]),
              st.sampled_from(["example.com", "[::1", "[::1]", "x:abc", "x:99999", "user:pw@x", "", "\u00e9x.com",
                               "koreajoongangdaily.joins.com", "127.0.0.1:0"]),
              st.text(max_size=30)),
)
PAGE = f"<html><head><title>Bridge</title></head><body><article><p>{PROSE * 3}</p></article></body></html>"


@bounded(100)
@given(URLS)
def test_odd_urls(url):
    result = check(PAGE, url=url)
    if isinstance(result, Article):
        assert result.url == url


CODECS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "cp1251", "cp1250", "latin-1", "koi8-r",
          "shift_jis", "euc-kr", "gb18030", "big5", "iso8859-7", "mac-roman"]
LABELS = [None, "utf-8", "iso-8859-1", "windows-1251", "hex", "base64", "rot13", "zlib", "bz2", "uu", "utf-7",
          "nonsense", "utf-16", "x-user-defined", "  UTF-8 ", "'latin1'"]


@bounded(100)
@given(st.text(min_size=1, max_size=400), st.sampled_from(CODECS), st.sampled_from(LABELS),
       st.sampled_from(LABELS), st.booleans())
def test_odd_encodings_and_labels(text, codec, header, meta, html):
    body = text + " " + PROSE * 2
    page = (f'<html><head><meta charset="{meta}"><title>t</title></head><body><p>{body}</p></body></html>'
            if html else body)
    try:
        raw = page.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    check(raw, encoding=header)


DATES = st.one_of(st.none(), st.datetimes(timezones=st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5, minutes=-30))])))
TEXT = st.text(max_size=40)  # includes lone surrogates


@st.composite
def articles(draw) -> Article:
    strings = st.tuples() | st.lists(TEXT, max_size=4).map(tuple)
    return Article(
        title=draw(st.none() | TEXT), paragraphs=draw(strings), url=draw(st.none() | TEXT),
        site=draw(st.none() | TEXT), authors=draw(strings), published=draw(DATES), section=draw(strings),
        tags=draw(strings), captions=draw(strings),
        related=tuple(draw(st.lists(st.builds(RelatedLink, TEXT, st.none() | TEXT, st.none() | TEXT), max_size=3))),
        language=draw(st.none() | TEXT), extractor=draw(TEXT), canonical_url=draw(st.none() | TEXT),
    )


def _surrogate_pair_in(article: Article) -> bool:
    """JSON reads an escaped high+low surrogate pair back as one character: not a round trip."""
    text = repr(article.to_dict())
    return any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in zip(text, text[1:]))


@bounded(100)
@given(articles())
def test_article_round_trips(article):
    assert Article.from_dict(article.to_dict()) == article
    for indent in (None, 2):
        text = article.to_json(indent=indent)
        text.encode("utf-8")  # lone surrogates must not make the JSON unwritable
        if not _surrogate_pair_in(article):
            assert Article.from_json(text) == article
    assert hash(Article.from_dict(article.to_dict())) == hash(article)


FETCH_URLS = st.builds(lambda scheme, host, rest: f"{scheme}{host}{rest}",
                       st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "", "http:/", "file://"]),
                       st.sampled_from(["127.0.0.1", "localhost", "[::1]", "[::1", "127.0.0.1:abc", "localhost:99999",
                                        "user@127.0.0.1", "0.0.0.0", "10.0.0.1", "169.254.169.254", "", " "]),
                       st.text(max_size=20))


@bounded(60)
@given(FETCH_URLS)
def test_fetch_fails_only_with_fetch_errors(url):
    """Odd URLs at hosts that are all local or private: refused before any traffic leaves."""
    options = FetchOptions(delay=0, retries=0, connect_timeout=1, read_timeout=1, max_time=3)
    with pytest.raises(FetchError):
        cleanwire.fetch(url, options=options)
    with pytest.raises(FetchError):
        cleanwire.fetch_article(url, options=options)


def test_datetimes_survive_with_their_offset():
    when = datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    again = Article.from_json(Article(published=when, paragraphs=("a",)).to_json())
    assert again.published == when and again.published.utcoffset() == timedelta(hours=9)
