"""Bounded work per page (limits checked before the parse) and parsed trees handed to extract()."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from lxml import etree, html

import cleanwire
from cleanwire import InputError, InputTooLargeError, limits
from cleanwire.limits import MAX_ATTRIBUTES_PER_ELEMENT, MAX_LINE_CHARS, MAX_NESTING

STORY = "<p>" + "The council approved the plan to rebuild the old harbour bridge after the floods. " * 4 + "</p>"
PAGE = f"<html><head><title>Bridge plan approved</title></head><body><nav>Home News</nav><article>" \
       f"<h1>Bridge plan approved</h1>{STORY * 3}</article><footer>Contact</footer></body></html>"


def test_one_element_with_100000_attributes_fails_fast():
    attributes = " ".join(f'data-a{i}="x"' for i in range(100_000))
    with pytest.raises(InputTooLargeError, match="100,000 attributes"):
        cleanwire.extract(f"<html><body><div {attributes}>{STORY}</div></body></html>")


def test_attributes_up_to_the_limit_are_read():
    attributes = " ".join(f'data-a{i}="x y"' for i in range(MAX_ATTRIBUTES_PER_ELEMENT))
    article = cleanwire.extract(PAGE.replace("<article>", f"<article {attributes}>"))
    assert "harbour bridge" in article.body


def test_too_many_attributes_in_total():
    cells = "".join(f'<span class="c" data-i="{i}" title="t">w</span>' for i in range(200_000))
    with pytest.raises(InputTooLargeError, match="attributes"):
        cleanwire.extract(f"<html><body>{cells}{STORY}</body></html>")


def test_nesting_past_the_limit_fails_fast():
    deep = MAX_NESTING + 10
    with pytest.raises(InputTooLargeError, match="nested"):
        cleanwire.extract("<html><body>" + "<section>" * deep + STORY + "</section>" * deep + "</body></html>")


def test_a_dump_line_past_the_limit_fails_fast():
    with pytest.raises(InputTooLargeError, match="line is longer"):
        cleanwire.extract(("word " * (MAX_LINE_CHARS // 5 + 10)).encode())


def test_the_line_limit_is_for_dumps_not_for_minified_html(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 500)
    monkeypatch.setattr(limits, "_LONG_LINE", re.compile(r"^[^\n\r]{501}", re.M))
    assert len(PAGE) > 500 and "\n" not in PAGE
    assert "harbour bridge" in cleanwire.extract(PAGE).body
    with pytest.raises(InputTooLargeError, match="line is longer than 500"):
        cleanwire.extract(STORY[3:-4] * 2)


def test_beautifulsoup_document_is_read_as_its_html():
    soup = BeautifulSoup(PAGE, "html.parser")
    assert cleanwire.extract(soup, url="https://example.com/bridge") == cleanwire.extract(
        PAGE, url="https://example.com/bridge")
    article = BeautifulSoup(PAGE, "html.parser").find("article")
    assert "harbour bridge" in cleanwire.extract(article).body


def test_lxml_elements_and_trees_are_read():
    root = html.document_fromstring(PAGE)
    expected = cleanwire.extract(PAGE)
    assert cleanwire.extract(root) == expected
    assert cleanwire.extract(etree.ElementTree(root)) == expected
    fragment = root.xpath("//article")[0]
    assert "harbour bridge" in cleanwire.extract(fragment).body


@pytest.mark.parametrize("thing", [None, 42, ["<p>a</p>"], object()])
def test_other_objects_are_an_input_error(thing):
    with pytest.raises(InputError, match="BeautifulSoup"):
        cleanwire.extract(thing)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://[::1", "http://x:abc/", "http://x:99999/"])
def test_a_malformed_url_is_an_input_error(url):
    with pytest.raises(InputError, match="malformed"):
        cleanwire.extract(PAGE, url=url)
