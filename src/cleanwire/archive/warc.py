"""Reading WARC files with fastwarc: records in a byte range, damage reported and skipped.

fastwarc stops at the first corrupt gzip member or broken header; here the reader then looks
for the next record start and goes on, so one bad member costs its own records only. A record
whose payload ends early (a truncated file) is reported instead of being cleaned half.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..decode import MAX_INPUT_BYTES
from .records import HTML_TYPES, ArchiveRecord, Damage, split_content_type
from .source import GZIP_MAGIC, find_record_start

#: fastwarc's record types by name (its flags print as these names).
_KINDS = ("warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation")
_TAIL_CHECK_LIMIT = 64 << 20


def read_warc(handle: BinaryIO, start: int, end: int, size: int, gzipped: bool) -> Iterator[ArchiveRecord | Damage]:
    """Every record that begins in ``[start, end)`` of an open WARC file, and every damage met."""
    from fastwarc.warc import ArchiveIterator

    pos: int | None = start if start == 0 else find_record_start(handle, start, end, gzipped)
    while pos is not None and pos < end:
        handle.seek(pos)
        last: int | None = None
        try:
            for warc in ArchiveIterator(handle, parse_http=True, auto_decode="all", max_header_len=256 << 10):
                offset = warc.stream_pos
                if offset >= end:
                    return
                item = _record(warc, offset)
                last = offset
                yield item
        except OSError as exc:
            after = last + 1 if last is not None else pos
            again = find_record_start(handle, after, end, gzipped)
            # The damage starts where the next record (or member) was meant to begin.
            bad = pos if last is None else find_record_start(handle, after, end, gzipped, check=False)
            yield Damage(bad if bad is not None and (again is None or bad <= again) else after,
                         f"unreadable ({exc})", again)
            pos = again
            continue
        if gzipped and end >= size and last is not None:
            tail = _unread_tail(handle, last, size)
            if tail:
                yield Damage(*tail)
        return


def _record(warc: Any, offset: int) -> ArchiveRecord | Damage:
    headers = warc.headers
    kind = str(warc.record_type)
    if kind not in _KINDS or headers.get("Content-Length") is None:
        warc.consume()
        return Damage(offset, "a record header is incomplete (truncated file?)")
    status = media = charset = None
    if warc.is_http:
        status = warc.http_headers.status_code
        media, charset = split_content_type(warc.http_headers.get("Content-Type"))
    payload = b""
    declared = warc.content_length
    wanted = kind == "response" and status == 200 and (media is None or media in HTML_TYPES)
    if wanted:
        payload = warc.reader.read(MAX_INPUT_BYTES + 1)
        got = len(payload) + warc.consume()
        encoded = warc.http_headers.get("Content-Encoding") or warc.http_headers.get("Transfer-Encoding")
        short = len(payload) == 0 if encoded else got < declared
    else:
        short = warc.consume() < declared
    if short:
        return Damage(offset, f"the record of {headers.get('WARC-Target-URI') or 'no URL'} is truncated")
    return ArchiveRecord(
        kind=kind,
        offset=offset,
        record_id=headers.get("WARC-Record-ID"),
        url=headers.get("WARC-Target-URI"),
        date=warc.record_date,
        status=status,
        content_type=media,
        charset=charset,
        payload=payload,
    )


def _unread_tail(handle: BinaryIO, last: int, size: int) -> tuple[int, str] | None:
    """Where and why bytes after the last record's gzip member went unread (a cut-off record)."""
    if size - last > _TAIL_CHECK_LIMIT:
        return None
    handle.seek(last)
    data = handle.read()
    if not data.startswith(GZIP_MAGIC):
        return None
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = decomp.decompress(data, 16)
        if not head.startswith(b"WARC/"):
            return None  # not one member per record: nothing to compare with
        while not decomp.eof and decomp.unconsumed_tail:
            decomp.decompress(decomp.unconsumed_tail, 1 << 20)
    except zlib.error:
        return None
    rest = decomp.unused_data
    if rest.strip(b"\r\n\0 "):
        return size - len(rest), f"{len(rest)} bytes after the last record are not a whole record (truncated file?)"
    return None
