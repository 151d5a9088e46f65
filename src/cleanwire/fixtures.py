"""The fixture regression suite: input files beside the Article they must produce.

Layout: ``tests/fixtures/<extractor>/<case>.<txt|html>[.gz]`` beside ``<case>.json``. The JSON
is :meth:`Article.to_dict` without the derived ``body``, keys in a stable order, so a layout
change on a site shows up in ``git diff`` field by field. When the expected article has a
``url``, that URL is passed to :func:`cleanwire.extract` (it routes by host).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import Article
from .extract import INPUT_SUFFIXES, extract, read_input

_SUFFIXES = INPUT_SUFFIXES + tuple(suffix + ".gz" for suffix in INPUT_SUFFIXES)


@dataclass(frozen=True)
class Fixture:
    """One input file and the file holding its expected article."""

    input: Path
    expected: Path

    @property
    def site(self) -> str:
        """The folder name: the extractor expected to handle the input."""
        return self.input.parent.name

    @property
    def name(self) -> str:
        return f"{self.site}/{self.expected.stem}"

    def load_expected(self) -> dict[str, Any]:
        return json.loads(self.expected.read_text(encoding="utf-8"))

    def run(self) -> dict[str, Any]:
        """Extract the input now and return the comparable dict."""
        url = self.load_expected().get("url") if self.expected.exists() else None
        return article_record(extract(read_input(self.input), url=url))


def article_record(article: Article) -> dict[str, Any]:
    record = article.to_dict()
    del record["body"]
    return record


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _case_stem(path: Path) -> str | None:
    for suffix in _SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return None


def discover(root: Path) -> Iterator[Fixture]:
    """Every input file under ``root`` (a fixtures folder, a site folder or one file)."""
    paths = [root] if root.is_file() else sorted(root.rglob("*"))
    for path in paths:
        stem = _case_stem(path)
        if stem is not None and path.is_file():
            yield Fixture(path, path.with_name(stem + ".json"))


def diff(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A readable field-by-field diff; empty when the records are equal."""
    out: list[str] = []
    for key in list(dict.fromkeys([*expected, *actual])):
        want, got = expected.get(key), actual.get(key)
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


def update(fixture: Fixture) -> bool:
    """Rewrite the expected file from the current output; True when it changed."""
    url = fixture.load_expected().get("url") if fixture.expected.exists() else None
    text = dumps(article_record(extract(read_input(fixture.input), url=url)))
    old = fixture.expected.read_text(encoding="utf-8") if fixture.expected.exists() else None
    if old == text:
        return False
    tmp = fixture.expected.with_name(fixture.expected.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(fixture.expected)
    return True
