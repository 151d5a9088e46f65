"""Decoding and normalisation of raw input."""

from __future__ import annotations

import cleanwire
from hypothesis import given
from hypothesis import strategies as st

from cleanwire.decode import _SPACE_TRANSLATION, decode_bytes, normalise_text
from cleanwire.document import looks_like_html, make_document

TEXT = "Café au lait — “quoted” naïve façade"


def test_utf8_wins_even_when_declared_otherwise():
    text, enc = decode_bytes(TEXT.encode("utf-8"), declared="iso-8859-1")
    assert text == TEXT and enc == "utf-8"


def test_declared_charset_is_honoured():
    text, enc = decode_bytes(TEXT.encode("cp1252"), declared="iso-8859-1")
    assert text == TEXT and enc == "cp1252"


def test_meta_charset_is_honoured():
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{TEXT}</p></body></html>'
    text, enc = decode_bytes(page.encode("cp1252"))
    assert TEXT in text and enc == "cp1252"


def test_undeclared_legacy_bytes_are_detected():
    russian = "Президент России заявил в четверг, что переговоры продолжатся на следующей неделе. " * 5
    text, _ = decode_bytes(russian.encode("cp1251"))
    assert "Президент" in text


def test_boms():
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode_bytes(TEXT.encode(codec))[0] == TEXT


def test_normalise_line_endings_and_spaces():
    raw = "a\r\nb\rc\u00a0d\u200be\t \nf  \n"
    assert normalise_text(raw) == "a\nb\nc de\nf\n"


_CONTROLS = [chr(c) for c in (*range(1, 9), *range(14, 32), 127)]
_ODD = [chr(c) for c in _SPACE_TRANSLATION]


def _one_by_one(text: str) -> str:
    """What normalise_text does to the odd characters, one character at a time (the slow way)."""
    out = []
    for ch in text:
        if "\ud800" <= ch <= "\udfff":
            out.append("\ufffd")
        elif ord(ch) in _SPACE_TRANSLATION:
            out.append(_SPACE_TRANSLATION[ord(ch)] or "")
        elif ch not in _CONTROLS:
            out.append(ch)
    return "".join(out)


@given(st.lists(st.sampled_from([*_CONTROLS, *_ODD, "\ud800", "\udc80", "a", "é", "漢", "\U0001f600", "x y"]),
                max_size=30))
def test_every_odd_character_is_replaced_in_any_mix(chars):
    """Each odd space, control character and lone surrogate is replaced, whichever others the
    text holds (each kind is looked for on its own). The text replaced the slow way has no odd
    character left: normalising it only trims the spaces at line ends, as for the text."""
    text = "<p>" + "".join(chars) + "</p>"
    assert normalise_text(text) == normalise_text(_one_by_one(text))


def test_dump_header_is_read():
    doc = make_document(" date 2025-08-13  Some title here\nbody line\n")
    assert doc.kind == "dump"
    assert str(doc.header_date) == "2025-08-13" and doc.header_title == "Some title here"
    assert doc.lines[0] == "body line" and doc.line_number(0) == 2


def test_html_is_told_from_dumps():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  \n<html lang='en'>")
    assert not looks_like_html("A story about <b> tags\nand a second line")


def test_bytes_and_str_give_the_same_article(seed_bytes):
    assert cleanwire.extract(seed_bytes) == cleanwire.extract(seed_bytes.decode("utf-8"))
