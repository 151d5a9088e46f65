"""Writing outputs so that an interrupted run or a full disk leaves no half-written file behind.

One file per article is written to a temporary file beside it and renamed into place. The
jsonl format appends every article to one ``articles.jsonl``; its companion
``articles.jsonl.done`` holds one JSON record per article, ``{"end": <byte offset where its
line ends>, "input": <input path in the mirrored tree>}``, written after the article's line.
Each line and each record is written whole or not at all: when a write fails (a full disk),
both files are cut back to where they were and the error is reported for that input alone.
On the next run the jsonl file is cut back to the last recorded offset, so a line whose
record was never written (the run was killed in between) is dropped and redone.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from pathlib import Path

JSONL_NAME = "articles.jsonl"
DONE_NAME = JSONL_NAME + ".done"
#: Temporary files are ``.<name>.<12 hex digits>.tmp`` beside their target.
TMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$", re.S)


def is_temp_name(name: str) -> bool:
    """True for the names :func:`write_atomic` gives its temporary files (and no others)."""
    return bool(_TEMP_NAME.match(name))


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` all at once: readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Not tempfile.mkstemp: its files are private (0600); these should get the usual umask.
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}{TMP_SUFFIX}")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(temp, "xb") as handle:
            handle.write(payload)
        os.replace(temp, path)
    except BaseException:  # Ctrl-C included: never leave the temporary file behind
        temp.unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class JsonlSink:
    """The single ``articles.jsonl`` of a run and its record of finished inputs."""

    def __init__(self, outdir: Path, force: bool = False) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        self.path = outdir / JSONL_NAME
        self.done_path = outdir / DONE_NAME
        if force:
            for path in (self.path, self.done_path):
                path.unlink(missing_ok=True)
        self.done = self._recover()
        # Unbuffered descriptors: nothing of a failed write lingers to be flushed later.
        self._lines = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        self._records = os.open(self.done_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        self._damaged: str | None = None

    def _recover(self) -> set[str]:
        """Keys of the finished inputs; cuts both files back to their last complete record."""
        size = self.path.stat().st_size if self.path.exists() else 0
        keys: set[str] = set()
        offset = kept = 0
        if self.done_path.exists():
            with open(self.done_path, "rb") as handle:
                for raw in handle:
                    record = _parse_record(raw)
                    if record is None or record[0] > size:
                        break
                    offset, kept = record[0], kept + len(raw)
                    keys.add(record[1])
            os.truncate(self.done_path, kept)
        if size:
            os.truncate(self.path, offset)
        return keys

    def add(self, key: str, line: str) -> None:
        """Append one article line, then the record that says it is complete; all or nothing.

        Raises OSError when either write fails; both files are then as they were before.
        """
        if self._damaged:
            raise OSError(f"{self.path} could not be cut back after an earlier failed write ({self._damaged})")
        data = line.encode("utf-8")
        start, records_start = os.fstat(self._lines).st_size, os.fstat(self._records).st_size
        # ASCII with \\u escapes: a file name that is not UTF-8 (surrogate-escaped) still fits.
        record = json.dumps({"end": start + len(data), "input": key}).encode("ascii") + b"\n"
        try:
            _write_all(self._lines, data)
            _write_all(self._records, record)
        except OSError:
            self._cut_back(start, records_start)
            raise
        self.done.add(key)

    def _cut_back(self, start: int, records_start: int) -> None:
        try:
            os.ftruncate(self._records, records_start)
            os.ftruncate(self._lines, start)
        except OSError as exc:  # the next run's recovery still cuts the files back
            self._damaged = exc.strerror or str(exc)

    def close(self) -> None:
        for fd in (self._lines, self._records):
            try:
                os.close(fd)
            except OSError:  # nothing is buffered: there is nothing left to lose
                pass


def _parse_record(raw: bytes) -> tuple[int, str] | None:
    """``(end offset, input key)`` of one complete done-record line, else None."""
    if not raw.endswith(b"\n"):
        return None
    try:
        data = json.loads(raw)
        end, key = data["end"], data["input"]
    except (ValueError, TypeError, KeyError):
        return None
    return (end, key) if isinstance(end, int) and isinstance(key, str) else None


def unwritable(folder: Path) -> str | None:
    """Why outputs cannot be written into ``folder`` (created if needed), or None if they can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / ".cleanwire-probe", b"")
        (folder / ".cleanwire-probe").unlink()
    except OSError as exc:
        return f"cannot write into {folder}: {exc.strerror or exc}"
    return None
