"""Opening archives (local paths, or URLs through fsspec) and finding record starts in them.

A reader that starts in the middle of a file (a shard of a large archive, or after a corrupt
gzip member) looks for the next place a record begins: a gzip member whose data starts like a
record, or, uncompressed, a ``WARC/1.x`` line.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20
_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
# An ARC v1 record header line: URL, IP address, 14-digit date, type, length.
ARC_HEADER = re.compile(rb"^(\S+) (\S+) (\d{14}) (\S*) (\d+)\r?\n")


#: An archive to read: a local path, a URL (fsspec), or the archive's bytes themselves.
Source = str | bytes


def is_url(path: str) -> bool:
    """True for ``scheme://...`` paths, which are opened through fsspec."""
    return "://" in path and not path.startswith("file://")


def open_source(path: Source) -> BinaryIO:
    """A seekable binary file for ``path`` (a local path, ``file://``, any fsspec URL, or bytes)."""
    if isinstance(path, (bytes, bytearray)):
        return io.BytesIO(path)
    path = path.removeprefix("file://")
    if not is_url(path):
        return open(path, "rb")
    try:
        import fsspec
    except ImportError:  # pragma: no cover - fsspec comes with the dask extra
        raise OSError(f"{path}: reading URLs needs fsspec (pip install 'cleanwire[dask]')") from None
    handle: BinaryIO = fsspec.open(path, "rb").open()
    return handle


def source_size(path: Source) -> int:
    """The size of ``path`` in bytes."""
    if isinstance(path, (bytes, bytearray)):
        return len(path)
    if not is_url(path):
        return os.path.getsize(path.removeprefix("file://"))
    import fsspec

    fs, inner = fsspec.core.url_to_fs(path)
    return int(fs.size(inner))


def starts_gzip(handle: BinaryIO) -> bool:
    handle.seek(0)
    return handle.read(3) == GZIP_MAGIC


def splittable(handle: BinaryIO, gzipped: bool, arc: bool) -> bool:
    """True when readers may start mid-file: gzip with one member per record, or plain WARC.

    A file gzipped as a whole has a single member and must be read from its start; a first
    member that does not end within 1 MB is taken as that case.
    """
    if not gzipped:
        return not arc
    handle.seek(0)
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    head = handle.read(1 << 20)
    try:
        decomp.decompress(head, 1 << 16)
        while not decomp.eof and decomp.unconsumed_tail:
            decomp.decompress(decomp.unconsumed_tail, 1 << 16)
    except zlib.error:
        return False
    # Splittable when a second member follows the first.
    return decomp.eof and (bool(decomp.unused_data) or bool(handle.read(1)))


def find_record_start(
    handle: BinaryIO, offset: int, end: int, gzipped: bool, arc: bool = False, check: bool = True
) -> int | None:
    """The first byte position in ``[offset, end)`` where a record begins, or None.

    In gzip files that is a member whose first bytes decompress to a record header (any gzip
    header when not ``check``); elsewhere a ``WARC/1.x`` line at the start of a line (ARC
    files are only split when gzipped).
    """
    if arc and not gzipped:
        return None
    pos = offset
    while pos < end:
        # One byte before the chunk tells whether a match stands at the start of a line.
        base = max(0, pos - 1)
        handle.seek(base)
        chunk = handle.read(min(_SCAN_CHUNK, end - pos) + 17)
        if len(chunk) <= pos - base:
            return None
        if gzipped:
            found = _gzip_candidates(chunk, handle, base, pos, arc, check)
        else:
            found = _warc_line(chunk, base, pos)
        if found is not None:
            return found if found < end else None
        pos = max(pos + 1, base + len(chunk) - 16)
    return None


def _gzip_candidates(chunk: bytes, handle: BinaryIO, base: int, pos: int, arc: bool, check: bool) -> int | None:
    at = chunk.find(GZIP_MAGIC, pos - base)
    while 0 <= at < len(chunk) - 16:
        if not check or _member_holds_record(handle, base + at, arc):
            return base + at
        at = chunk.find(GZIP_MAGIC, at + 1)
    return None


def _member_holds_record(handle: BinaryIO, pos: int, arc: bool) -> bool:
    handle.seek(pos)
    data = handle.read(65536)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 512)
    except zlib.error:
        return False
    return bool(ARC_HEADER.match(head)) if arc else head.startswith((b"WARC/1.0", b"WARC/1.1"))


def _warc_line(chunk: bytes, base: int, pos: int) -> int | None:
    for match in _WARC_LINE.finditer(chunk, pos - base):
        at = match.start()
        if base + at == 0 or (at > 0 and chunk[at - 1:at] == b"\n"):
            return base + at
    return None
