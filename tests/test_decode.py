"""Decoding and normalisation of raw input."""

from __future__ import annotations

import cleanwire
from cleanwire.decode import decode_bytes, normalise_text
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
