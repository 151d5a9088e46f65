"""The fixture regression suite: real inputs beside the article they must produce.

Layout, per site folder ``tests/fixtures/<site>/``::

    <case>.txt[.gz] / <case>.html[.gz]     the input, a dump and/or the page
    <case>.facts.json                      facts about the input: url, crawl date, source
    <case>.txt.json / <case>.html.json     the expected Article of each input

The expected JSON is :meth:`Article.to_dict` without the derived ``body``, keys in a stable
order, so a layout change shows up in ``git diff`` field by field. A field may hold a matcher
instead of a value (``{"startswith": "...", "len": 12}``, see :func:`matches`) where the exact
value is not the point. Every case is also checked against invariants that hold whatever the
page (:func:`invariants`), and a case with both inputs must give the same article from each
(:func:`disagreements`).

An input from which no article can be made expects the error instead: its expected JSON is
``{"error": "NoContentError", "message": "..."}`` (the :class:`CleanwireError` subclass's
name; the message is for readers). ``new`` writes it for such an input; ``update`` keeps it,
but never turns a case that gave an article into an expected error.
"""

from __future__ import annotations

import difflib
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import Article
from .errors import CleanwireError
from .extract import INPUT_SUFFIXES, explain, read_input
from .lexicon.normalise import collapse, fold

_SUFFIXES = tuple(s + ".gz" for s in INPUT_SUFFIXES) + INPUT_SUFFIXES
#: Fields every article of a site class must have.
REQUIRED = ("title", "published", "paragraphs")


@dataclass(frozen=True)
class Fixture:
    """One input file and the file holding its expected article."""

    input: Path

    @property
    def site(self) -> str:
        """The folder name: the extractor expected to handle the input."""
        return self.input.parent.name

    @property
    def kind(self) -> str:
        """"txt" or "html" (".htm" counts as html)."""
        name = self.input.name.removesuffix(".gz")
        return "txt" if name.endswith(".txt") else "html"

    @property
    def case(self) -> str:
        name = self.input.name.removesuffix(".gz")
        return name.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return f"{self.site}/{self.case}.{self.kind}"

    @property
    def expected(self) -> Path:
        return self.input.with_name(f"{self.case}.{self.kind}.json")

    @property
    def facts_path(self) -> Path:
        return self.input.with_name(f"{self.case}.facts.json")

    def facts(self) -> dict[str, Any]:
        """The case's facts (url, crawl_date, source); {} when it has none."""
        if not self.facts_path.exists():
            return {}
        data = json.loads(self.facts_path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}

    def load_expected(self) -> dict[str, Any]:
        return json.loads(self.expected.read_text(encoding="utf-8"))

    @property
    def expected_error(self) -> str | None:
        """The name of the error the input must raise, when its expected JSON names one."""
        if not self.expected.exists():
            return None
        error = self.load_expected().get("error")
        return error if isinstance(error, str) else None

    def extract(self) -> Article:
        stat = self.input.stat()
        return _extract(self.input, stat.st_mtime_ns, stat.st_size, self.facts().get("url"))

    def run(self) -> dict[str, Any]:
        """Extract the input now and return the comparable record."""
        return article_record(self.extract())


@lru_cache(maxsize=512)
def _extract(path: Path, mtime: int, size: int, url: str | None) -> Article:
    """One extraction per input version: the suite checks each input several ways."""
    return explain(read_input(path), url=url).article


def error_record(exc: CleanwireError) -> dict[str, Any]:
    """The expected JSON of an input from which no article can be made."""
    return {"error": type(exc).__name__, "message": str(exc)}


def raised(fixture: Fixture) -> list[str]:
    """What is wrong with a fixture that expects an error: none raised, or another one."""
    want = fixture.expected_error
    try:
        fixture.extract()
    except CleanwireError as exc:
        got = type(exc).__name__
        return [] if got == want else [f"error: expected {want}, got {got}: {exc}"]
    return [f"error: expected {want}, but an article was extracted"]


def article_record(article: Article) -> dict[str, Any]:
    record = article.to_dict()
    del record["body"]
    return record


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _input_name(path: Path) -> bool:
    return path.name.endswith(_SUFFIXES) and not path.name.endswith(".json")


def discover(root: Path) -> Iterator[Fixture]:
    """Every input file under ``root`` (a fixtures folder, a site folder or one file)."""
    paths = [root] if root.is_file() else sorted(root.rglob("*"))
    for path in paths:
        if path.is_file() and _input_name(path):
            yield Fixture(path)


def pairs(root: Path) -> Iterator[tuple[Fixture, Fixture]]:
    """The (html, txt) fixtures of every case that has both inputs."""
    cases: dict[tuple[Path, str], dict[str, Fixture]] = {}
    for fixture in discover(root):
        cases.setdefault((fixture.input.parent, fixture.case), {})[fixture.kind] = fixture
    for kinds in cases.values():
        # An input that expects an error has no article to compare.
        if "html" in kinds and "txt" in kinds and not any(f.expected_error for f in kinds.values()):
            yield kinds["html"], kinds["txt"]


# -- comparing --------------------------------------------------------------------------------

def matches(rule: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` satisfies a matcher: every key must hold.

    ``startswith`` / ``endswith`` / ``contains`` (a string value, or each string of a list
    value joined by newlines), ``len`` (exact length), ``min_len``, ``includes`` (list items
    that must be present), ``first`` / ``last`` (a list's ends).
    """
    text = "\n".join(value) if isinstance(value, list) else value if isinstance(value, str) else None
    checks = {
        "startswith": lambda want: text is not None and text.startswith(want),
        "endswith": lambda want: text is not None and text.endswith(want),
        "contains": lambda want: text is not None and want in text,
        "len": lambda want: value is not None and len(value) == want,
        "min_len": lambda want: value is not None and len(value) >= want,
        "includes": lambda want: isinstance(value, list) and all(item in value for item in want),
        "first": lambda want: isinstance(value, list) and bool(value) and value[0] == want,
        "last": lambda want: isinstance(value, list) and bool(value) and value[-1] == want,
    }
    unknown = set(rule) - set(checks)
    if unknown:
        raise ValueError(f"unknown matcher keys: {sorted(unknown)}")
    return all(checks[key](want) for key, want in rule.items())


def diff(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A readable field-by-field diff; empty when the records agree (matchers included)."""
    out: list[str] = []
    for key in list(dict.fromkeys([*expected, *actual])):
        want, got = expected.get(key), actual.get(key)
        if isinstance(want, dict):
            if not matches(want, got):
                out.append(f"{key}:\n    expected to match: {json.dumps(want, ensure_ascii=False)}\n    actual: {got!r}")
            continue
        if want == got:
            continue
        if isinstance(want, list) and isinstance(got, list):
            lines = difflib.unified_diff(
                [_line(v) for v in want], [_line(v) for v in got], "expected", "actual", lineterm="", n=1
            )
            out.append(f"{key}:\n" + "\n".join("    " + line for line in lines))
        else:
            out.append(f"{key}:\n    expected: {want!r}\n    actual:   {got!r}")
    return "\n".join(out)


def _line(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def invariants(article: Article, *, credits_authors: bool = True) -> list[str]:
    """What is wrong with an article whatever the page: captions or related titles inside the
    body, a caption twice, an author among the related links, a required field missing."""
    problems: list[str] = []
    body = fold(article.body)
    paragraphs = {fold(p) for p in article.paragraphs}
    for caption in article.captions:
        if fold(caption) in paragraphs or (len(caption) > 30 and fold(caption) in body):
            problems.append(f"caption inside the body: {caption[:60]!r}")
    if len({fold(c) for c in article.captions}) != len(article.captions):
        problems.append("a caption is listed twice")
    for link in article.related:
        if fold(link.title) in paragraphs:
            problems.append(f"related title inside the body: {link.title[:60]!r}")
    authors = {fold(a) for a in article.authors}
    for link in article.related:
        if fold(link.title) in authors:
            problems.append(f"an author is listed as a related link: {link.title!r}")
    for name in REQUIRED:
        if not getattr(article, name):
            problems.append(f"{name} is missing")
    if credits_authors and not article.authors:
        problems.append("authors are missing (the site credits them)")
    return problems


def disagreements(html: Article, dump: Article) -> list[str]:
    """Where the article read from a page and from the dump of the same page differ.

    The dump's authors may be fewer than the page's (in the same order, at least one). The
    publication time must be the same instant; when the dump's has no time of day (its
    page prints only a date), the same calendar day. Paragraphs are compared without their
    whitespace: a dump prints a space wherever the page's inline markup starts or ends
    ("Gesundheit sausschuss" for "Gesundheit<a>s</a>ausschuss", "„Auslaufmodell “"), so the
    same words may be spaced differently; every other character must match.
    """
    problems = []
    for name in ("title", "authors", "section", "tags", "language"):
        a, b = getattr(html, name), getattr(dump, name)
        # A page's metadata may name a credit its text only gives as initials ("SDA/sep"):
        # the dump's authors may then be the page's, fewer, in the same order.
        fewer = name == "authors" and b and [x for x in a if x in b] == list(b)
        if a != b and not fewer:
            problems.append(f"{name}: html {a!r} != dump {b!r}")
    if not _same_time(html.published, dump.published):
        problems.append(f"published: html {html.published} != dump {dump.published}")
    a_paras, b_paras = [collapse(p) for p in html.paragraphs], [collapse(p) for p in dump.paragraphs]
    if [_unspaced(p) for p in a_paras] != [_unspaced(p) for p in b_paras]:
        lines = difflib.unified_diff(a_paras, b_paras, "html", "dump", lineterm="", n=0)
        problems.append("paragraphs:\n" + "\n".join("    " + line[:160] for line in lines))
    return problems


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _same_time(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    if b.timetz().replace(tzinfo=None) == time(0):
        return a.date() == b.date()
    return a == b


# -- writing ----------------------------------------------------------------------------------

def update(fixture: Fixture) -> bool:
    """Rewrite the expected file from the current output; True when it changed.

    Matchers that still hold are kept; a field whose matcher fails gets the exact value. An
    input that raises gets the error as its expected output only when it has no expected
    article yet (a new case) or already expects an error: a case that stops giving its
    article is a regression, and the error propagates.
    """
    try:
        actual = fixture.run()
    except CleanwireError as exc:
        if fixture.expected.exists() and not fixture.expected_error:
            raise
        actual = error_record(exc)
    record = dict(actual)
    if fixture.expected.exists():
        old = fixture.load_expected()
        for key, want in old.items():
            if isinstance(want, dict) and key in actual and matches(want, actual[key]):
                record[key] = want
    text = dumps(record)
    old_text = fixture.expected.read_text(encoding="utf-8") if fixture.expected.exists() else None
    if old_text == text:
        return False
    _write(fixture.expected, text.encode("utf-8"))
    return True


def scaffold(site: str, source: Path, root: Path, *, url: str | None, case: str | None = None,
             crawl_date: str | None = None) -> Fixture:
    """Copy ``source`` into ``root/site/`` as a gzipped input, write its facts and expected
    output, and return the new fixture (``cleanwire fixtures new``)."""
    data = read_input(source)
    kind = "html" if source.name.removesuffix(".gz").endswith((".html", ".htm")) else "txt"
    case = case or source.name.removesuffix(".gz").rsplit(".", 1)[0]
    folder = root / site
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{case}.{kind}.gz"
    _write(target, gzip.compress(data, mtime=0))
    fixture = Fixture(target)
    facts = fixture.facts()
    facts.update({k: v for k, v in (("url", url), ("crawl_date", crawl_date)) if v})
    _write(fixture.facts_path, dumps(facts).encode("utf-8"))
    update(fixture)
    return fixture


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
