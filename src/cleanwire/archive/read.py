"""Which reader an archive needs (WARC or ARC, gzipped or not), and its records in a byte range."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .arc import read_arc
from .records import ArchiveRecord, Damage
from .source import Source, open_source, source_size, splittable, starts_gzip
from .warc import read_warc

#: File name endings of archives (each may be followed by ``.gz``).
ARCHIVE_SUFFIXES = (".warc", ".arc")


def is_archive_name(name: str) -> bool:
    """True for ``x.warc``, ``x.warc.gz``, ``x.arc`` and ``x.arc.gz`` (any case)."""
    name = name.lower()
    name = name.removesuffix(".gz")
    return name.endswith(ARCHIVE_SUFFIXES)


@dataclass(frozen=True)
class ArchiveInfo:
    """What a reader needs to know about an archive file before it starts."""

    size: int
    gzipped: bool
    arc: bool
    splittable: bool  #: readers may start mid-file (one gzip member per record, or plain WARC)


def inspect_archive(path: Source) -> ArchiveInfo:
    """Size, compression and format of ``path`` (ARC by name, else by its first bytes)."""
    size = source_size(path)
    with open_source(path) as handle:
        gzipped = starts_gzip(handle)
        arc = _is_arc(path, handle, gzipped)
        return ArchiveInfo(size, gzipped, arc, splittable(handle, gzipped, arc))


def _is_arc(path: Source, handle: BinaryIO, gzipped: bool) -> bool:
    name = path.lower() if isinstance(path, str) else ""
    name = name.removesuffix(".gz")
    if name.endswith(".arc"):
        return True
    if name.endswith(".warc"):
        return False
    handle.seek(0)
    head = handle.read(4096)
    if gzipped:
        import zlib

        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"filedesc://")


def iter_records(
    path: Source, *, start: int = 0, end: int | None = None, info: ArchiveInfo | None = None
) -> Iterator[ArchiveRecord | Damage]:
    """The records of ``path`` that begin in ``[start, end)`` (default: all), and damage met."""
    info = info or inspect_archive(path)
    stop = info.size if end is None else min(end, info.size)
    if start > 0 and not info.splittable:
        return
    if not info.splittable:
        # Read to the end whatever positions the reader reports: in a file gzipped as a
        # whole they are those of its read buffer, not of records.
        stop = 1 << 62
    with open_source(path) as handle:
        if info.arc:
            yield from read_arc(handle, start, stop, info.gzipped)
        else:
            yield from read_warc(handle, start, stop, info.size, info.gzipped)
