"""Reading ARC files (the Internet Archive's format before WARC), plain or gzipped per record.

fastwarc reads WARC only. An ARC record is one header line, ``URL IP-address YYYYMMDDhhmmss
content-type length``, then ``length`` bytes (for HTTP, the response with its headers) and a
newline. The first record (``filedesc://``) describes the file. ARC records carry no id.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import BinaryIO

from ..decode import MAX_INPUT_BYTES
from .records import HTML_TYPES, ArchiveRecord, Damage, split_content_type
from .source import find_record_start

_READ = 1 << 16
_MAX_RECORD = MAX_INPUT_BYTES + (1 << 20)


def read_arc(handle: BinaryIO, start: int, end: int, gzipped: bool) -> Iterator[ArchiveRecord | Damage]:
    """Every record that begins in ``[start, end)`` of an open ARC file, and every damage met."""
    blobs = _members(handle, start, end) if gzipped else _plain(handle)
    for offset, blob in blobs:
        if isinstance(blob, Damage):
            yield blob
        else:
            yield parse_record(blob, offset)


def parse_record(blob: bytes, offset: int) -> ArchiveRecord | Damage:
    """One ARC record (header line and body) as an :class:`ArchiveRecord`."""
    line, _, body = blob.partition(b"\n")
    fields = line.decode("latin-1").split()
    if len(fields) < 5 or not fields[-1].isdigit() or not fields[2].isdigit():
        return Damage(offset, "not an ARC record header")
    url, length = fields[0], int(fields[-1])
    if len(body) < length:
        return Damage(offset, f"the record of {url} is truncated")
    date = _arc_date(fields[2])
    if url.startswith("filedesc://"):
        return ArchiveRecord(kind="warcinfo", offset=offset, url=url, date=date)
    status, media, charset, payload = _http(body[:length])
    wanted = status == 200 and (media is None or media in HTML_TYPES)
    return ArchiveRecord(
        kind="response", offset=offset, url=url, date=date, status=status,
        content_type=media, charset=charset, payload=payload if wanted else b"",
    )


def _http(block: bytes) -> tuple[int | None, str | None, str | None, bytes]:
    if not block.startswith(b"HTTP/"):
        return None, None, None, b""
    head, _, payload = block.partition(b"\r\n\r\n")
    if not _:
        head, _, payload = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    headers = {}
    for header in lines[1:]:
        name, sep, value = header.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    media, charset = split_content_type(headers.get("content-type"))
    if headers.get("content-encoding", "").lower() in ("gzip", "x-gzip", "deflate"):
        try:
            payload = zlib.decompressobj(47).decompress(payload, MAX_INPUT_BYTES + 1)
        except zlib.error:
            payload = b""
    return status, media, charset, payload


def _arc_date(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _plain(handle: BinaryIO) -> Iterator[tuple[int, bytes | Damage]]:
    handle.seek(0)
    while True:
        offset = handle.tell()
        line = handle.readline(8192)
        while line in (b"\n", b"\r\n"):  # the newline that ends each record
            offset = handle.tell()
            line = handle.readline(8192)
        if not line:
            return
        fields = line.split()
        if len(fields) < 5 or not fields[-1].isdigit():
            yield offset, Damage(offset, "not an ARC record header; the rest of the file is skipped")
            return
        length = int(fields[-1])
        if length > _MAX_RECORD:
            handle.seek(length, 1)
            yield offset, Damage(offset, f"a record of {length} bytes is over the size limit")
            continue
        yield offset, line + handle.read(length)


def _members(handle: BinaryIO, start: int, end: int) -> Iterator[tuple[int, bytes | Damage]]:
    """The decompressed gzip members that begin in ``[start, end)``, with their offsets."""
    pos: int | None = start if start == 0 else find_record_start(handle, start, end, True, arc=True)
    while pos is not None and pos < end:
        handle.seek(pos)
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out: list[bytes] = []
        size = read = 0
        try:
            while not decomp.eof:
                chunk = handle.read(_READ)
                if not chunk:
                    yield pos, Damage(pos, "the last gzip member is truncated")
                    return
                read += len(chunk)
                piece = decomp.decompress(chunk)
                size += len(piece)
                if size > _MAX_RECORD:
                    raise zlib.error("a record is over the size limit")
                out.append(piece)
        except zlib.error as exc:
            again = find_record_start(handle, pos + 1, end, True, arc=True)
            yield pos, Damage(pos, f"corrupt gzip member ({exc})", again)
            pos = again
            continue
        yield pos, b"".join(out)
        pos += read - len(decomp.unused_data)
