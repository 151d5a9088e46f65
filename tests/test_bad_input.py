"""Bad input: a clear CleanwireError (or a sound article), never a traceback, hang or empty result."""

from __future__ import annotations

import gzip
import random
import zlib

import pytest

import cleanwire
from cleanwire import (
    BinaryInputError,
    CleanwireError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    UnknownSiteError,
)

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


@pytest.mark.parametrize("raw", ["", "   \n\t\n  ", b"", b"\n\n\r\n", "\u00a0\u00a0\n"])
def test_empty_input(raw):
    with pytest.raises(EmptyInputError):
        cleanwire.extract(raw)


def test_image_is_binary():
    with pytest.raises(BinaryInputError, match="PNG"):
        cleanwire.extract(PNG)


def test_random_bytes_are_refused_clearly():
    data = random.Random(7).randbytes(20000)
    with pytest.raises((BinaryInputError, DecodeError)):
        cleanwire.extract(data)


def test_fifty_megabyte_single_line_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse file: 50 MB on paper, nothing written
    with pytest.raises(InputTooLargeError):
        cleanwire.extract_file(path)
    with pytest.raises(InputTooLargeError):
        cleanwire.extract("word " * (10 * 1024 * 1024))


def test_truncated_gzip(tmp_path, seed_bytes):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(seed_bytes)[:-40])
    with pytest.raises(DecodeError, match="truncated"):
        cleanwire.extract_file(path)


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"not deflate data at all" * 4)
    with pytest.raises(DecodeError):
        cleanwire.extract_file(path)


def test_gzip_bomb_is_bounded(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"a" * (1 << 20)
    path.write_bytes(b"".join(compressor.compress(chunk) for _ in range(40)) + compressor.flush())
    with pytest.raises(InputTooLargeError):
        cleanwire.extract_file(path)


def test_good_gzip_works(tmp_path, seed_bytes):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(seed_bytes))
    assert cleanwire.extract_file(path).title.startswith("Putin briefs")


def test_unknown_site_name():
    with pytest.raises(UnknownSiteError, match="koreajoongangdaily"):
        cleanwire.extract("Some text here that is long enough.", site="nosuchsite")


def test_text_without_story_is_an_error_not_an_empty_article():
    with pytest.raises(CleanwireError):
        cleanwire.extract("Home\nNews\nSports\nLogin\n")


def test_every_error_is_a_cleanwire_error():
    for name in cleanwire.__all__:
        value = getattr(cleanwire, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, CleanwireError)
