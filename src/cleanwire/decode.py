"""Bytes to clean text: BOMs, declared charsets, detection, and whitespace normalisation."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

from .errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError

#: Inputs above this many bytes (or characters) are refused with InputTooLargeError.
MAX_INPUT_BYTES = 32 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of formats people drop into dump folders by mistake.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP/WAV)"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "gzip data (use a .gz file name or decompress it)"),
)
# Codecs Python knows that no web page is in: UTF-7 (a known way to smuggle markup past filters)
# and rot13, which maps text to text.
_NOT_PAGE_CODECS = frozenset({"utf-7", "rot-13"})
_WESTERN = frozenset({"cp1252", "latin-1", "iso8859-15", "cp850", "mac-roman"})
_CENTRAL = frozenset({"cp1250", "iso8859_2", "mac_latin2"})
# Bytes that are letters in windows-1250 but rare in Western text read as windows-1252.
_CENTRAL_BYTES = re.compile(rb"[\x8a\x8c-\x8f\x9a\x9c-\x9f\xa3\xa5\xb3\xb9\xbe\xc3\xc5\xc6\xc8\xca\xcc\xcf"
                            rb"\xd0\xd2\xd5\xd8\xd9\xdb\xe3\xe5\xe6\xe8\xea\xec\xef\xf0\xf2\xf5\xf8\xf9\xfb]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Marks that do sit between two lower-case letters in real text.
_IN_WORD_MARKS = frozenset("\u2019\u00b7\u00ad\u2010\u2011\u00a0\u2013\u2014")
_SAMPLE = 65536
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:+-]+)""", re.I)
# Characters that render as spaces or nothing and only get in the way of matching.
_SPACE_TRANSLATION = {
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x2002: " ",
    0x2003: " ", 0x3000: " ", 0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None,
    0xFEFF: None, 0x00AD: None, 0x000B: "\n", 0x000C: "\n", 0x2028: "\n", 0x2029: "\n",
    0x0085: "\n",
}
# str.translate with a dict costs ~60 ns a character: each character is replaced on its own.
_ODD_CHARS = {chr(code): value or "" for code, value in _SPACE_TRANSLATION.items()}
_ODD = re.compile("[" + "".join(_ODD_CHARS) + "]")
# Control characters (but tab, line feed, vertical tab, form feed and carriage return).
_CONTROL_CODES = (*range(0, 9), *range(14, 32), 127)
_CONTROL = re.compile("[" + "".join(map(chr, _CONTROL_CODES)) + "]")
# Lone surrogates (from text that was never valid Unicode) could not be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every character normalise_text replaces but NUL (text holding one goes through _with_nul)
# and the surrogates, with what replaces it.
# A regular expression scan costs about 35 instructions a character, the C search of
# ``ch in text`` one or two: testing each of these characters in turn is 3x cheaper.
_REPLACED = tuple({**{chr(code): "" for code in _CONTROL_CODES if code}, **_ODD_CHARS}.items())
_INNER_SPACE = re.compile(r"[ \t]{2,}")
# In normalised text (tabs already spaces) a two-space literal start lets the scan jump from
# one double space to the next (a single-space start stops at every space): 3x faster.
_SPACE_RUN = re.compile("  +")


def gunzip(data: bytes, name: str = "input") -> bytes:
    """Decompress gzip data, refusing truncated or corrupt streams and oversized output."""
    try:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decomp.decompress(data, MAX_INPUT_BYTES + 1)
        if len(out) > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"{name} decompresses to more than {_mb(MAX_INPUT_BYTES)}")
        if not decomp.eof:
            raise DecodeError(f"{name} is a truncated gzip file")
    except zlib.error as exc:
        raise DecodeError(f"{name} is not valid gzip data ({exc})") from None
    except (EOFError, gzip.BadGzipFile) as exc:  # pragma: no cover - zlib raises above
        raise DecodeError(f"{name} is a damaged gzip file ({exc})") from None
    return out


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes with cleanwire's one decoding policy; returns ``(text, encoding used)``.

    1. A byte order mark (UTF-8, UTF-16, UTF-32) decides.
    2. Then the labels: ``declared`` (the HTTP header, or ``encoding=``), then the page's own
       ``<meta charset>`` / XML declaration. A label counts only when the bytes decode cleanly
       and plausibly under it: bytes that are valid UTF-8 are UTF-8 whatever a single-byte
       label says, and a Latin-1/windows-1252 label on text that reads as nonsense in it
       (Cyrillic from windows-1251, say) gives way to detection. Latin-1 labels are read as
       windows-1252, as browsers do. Byte-to-byte codecs (hex, base64, rot13, zlib...) and
       UTF-7 are never a charset.
    3. Then detection: UTF-16 without a BOM; windows-1252 when the text reads as Western
       European in it; else charset-normalizer's guess.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"input is {_mb(len(data))}; the limit is {_mb(MAX_INPUT_BYTES)}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                raise DecodeError(f"input starts with a {encoding} BOM but is not {encoding}") from None
    wide = _utf16_without_bom(data)
    if wide:
        return wide
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"  # no single-byte label fits valid non-ASCII UTF-8
    except UnicodeDecodeError:
        pass
    for label in (declared, _declared_in_markup(data)):
        codec = text_codec(label)
        if codec and codec != "utf-8":
            text = _fitting(data, codec)
            if text is not None:
                return text, codec
    return _detect(data)


def text_codec(label: str | None) -> str | None:
    """The Python codec a charset label names, if it is one a page can be in, else None."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    # Browsers read latin-1 labels as windows-1252, and so must we (smart quotes, euro sign).
    return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name


def _fitting(data: bytes, codec: str) -> str | None:
    """The text when ``data`` decodes cleanly and plausibly as ``codec``, else None."""
    if codec.startswith(("utf-16", "utf-32")):
        return None  # without a BOM these are recognised by their NUL bytes, not by a label
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _plausible(text, western=codec in _WESTERN) else None


def _plausible(text: str, western: bool) -> bool:
    """Does ``text`` read like text, or like bytes decoded with the wrong code page?

    Signs of the wrong one: C1 control characters; marks (³, ¿) or capitals between lower-case
    letters; in Western text, runs of three accented letters (Cyrillic or Greek read as
    windows-1252: "Ïðåçèäåíò"); elsewhere, words mixing Latin letters with another script
    ("cafй"). A few odd spots are tolerated, one in twenty non-ASCII characters at most.
    """
    sample = text[:_SAMPLE]
    odd = total = 0
    for match in _NON_ASCII_RUN.finditer(sample):
        start, end = match.span()
        before, after = sample[start - 1: start], sample[end: end + 1]
        run = match.group()
        total += len(run)
        if any("\x80" <= ch <= "\x9f" for ch in run):
            odd += len(run)
            continue
        if before.islower() and after.islower():
            odd += sum(1 for ch in run if ch.isupper() or not ch.isalpha() and ch not in _IN_WORD_MARKS)
        if western:
            if sum(ch.isalpha() for ch in run) >= 3:
                odd += len(run)
        elif (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            if all(ch.isalpha() and not _is_latin(ch) for ch in run):
                odd += len(run)
    return odd * 20 <= total


def _is_latin(ch: str) -> bool:
    return ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a BOM: NUL bytes on every other position of the head."""
    head = data[:4096]
    if len(head) < 16 or b"\x00" not in head:
        return None
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) * 10 >= len(zeros) * 6:  # mostly characters below U+0100
            try:
                text = data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                raise DecodeError(f"input looks like {codec.upper()} text without a byte order mark, "
                                  "but does not decode as it") from None
            sample = text[:_SAMPLE]
            if "\x00" not in sample and len(_CONTROL.findall(sample)) <= max(4, len(sample) // 200):
                return text, codec
    return None


def _detect(data: bytes) -> tuple[str, str]:
    """Encoding of bytes no label explained: windows-1252 when they read as Western text in it,
    else charset-normalizer's guess."""
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible(western, western=True) and not _central_european(data):
        return western, "cp1252"
    from charset_normalizer import from_bytes  # imported lazily: rarely needed, slow to import

    best = from_bytes(data[:262144]).best()
    encoding = text_codec(best.encoding) if best is not None and best.encoding else None
    if encoding is None:
        raise DecodeError("the bytes are not text in any encoding cleanwire can detect")
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise DecodeError(f"the bytes do not decode cleanly (best guess {encoding})")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(4, len(sample) // 200):
        raise BinaryInputError("input is mostly control characters: binary data, not a page")
    return text, encoding


def _central_european(data: bytes) -> bool:
    """Single-byte text that reads as Western in windows-1252 but is Central European:
    windows-1250's č, ř, ł, ő are windows-1252's è, ø, ³, õ. Only when such bytes are there,
    charset-normalizer compares the two readings; windows-1252 keeps ties (its language guess
    alone is no help: it calls French "Romanian")."""
    if not _CENTRAL_BYTES.search(data):
        return False
    from charset_normalizer import from_bytes

    scores = {match.encoding: (-match.chaos, match.coherence) for match in from_bytes(data[:262144])}
    western = scores.get("cp1252")
    central = max((score for name, score in scores.items() if name in _CENTRAL), default=None)
    return central is not None and (western is None or central > western)


def _refuse_binary(data: bytes) -> None:
    head = data[:4096]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(f"input is {what}, not a page")
    if b"\x00" in head:
        raise BinaryInputError("input holds NUL bytes: it is binary data, not a page")


def _declared_in_markup(data: bytes) -> str | None:
    head = data[:8192]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def normalise_text(text: str, *, surrogates: bool = True) -> str:
    """Unify line endings and odd spaces; drop control characters and trailing blanks.

    ``surrogates`` False says the text holds no lone surrogate (a strict UTF-8 decode made
    it): the test for one, a tenth of the work, is skipped."""
    if len(text) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"input is {_mb(len(text))}; the limit is {_mb(MAX_INPUT_BYTES)}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _replace_special(text, surrogates)
    text = text.replace("\t", " ")
    if " \n" in text:
        # Cut only where a line ends in a space (the regex "[ \t]+$" with re.M backtracks
        # quadratically on long space runs): each piece loses the spaces before its cut.
        text = "\n".join([part.rstrip(" ") for part in text.split(" \n")])
    elif text.endswith(" "):
        text = text.rstrip(" ")
    if not text.strip():
        raise EmptyInputError("input is empty or only whitespace")
    return text


def _replace_special(text: str, surrogates: bool = True) -> str:
    """Lone surrogates become U+FFFD, odd spaces plain ones (or nothing), control characters
    nothing. No replacement makes a character another one replaces, so each kind the text
    holds is replaced on its own, in C."""
    if "\x00" in text:
        return _with_nul(text)
    if surrogates:
        try:
            text.encode("utf-16-le")  # fails on a lone surrogate: the cheapest test for one
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    for ch, replacement in _REPLACED:
        if ch in text:
            text = text.replace(ch, replacement)
    return text


def _with_nul(text: str) -> str:
    """Rare: text holding NUL, in the order that decides whether the NUL is near the start."""
    text = _SURROGATE.sub("\ufffd", text)
    text = _ODD.sub(lambda m: _ODD_CHARS[m.group()], text)
    if "\x00" in text[:4096]:
        raise BinaryInputError("input holds NUL characters: it is binary data, not a page")
    return _CONTROL.sub("", text)


def collapse_spaces(line: str) -> str:
    """Collapse runs of spaces inside one line and strip its ends."""
    return _INNER_SPACE.sub(" ", line).strip()


def collapsed_lines(text: str) -> list[str]:
    """The lines of normalised ``text``, each as :func:`collapse_spaces` makes it, in one pass."""
    return list(map(str.strip, _SPACE_RUN.sub(" ", text).split("\n")))


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f} MB"
