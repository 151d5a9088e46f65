"""Writing outputs so that an interrupted run leaves no half-written file behind.

One file per article is written to a temporary file beside it and renamed into place. The
jsonl format appends every article to one ``articles.jsonl``; its companion
``articles.jsonl.done`` holds one JSON record per article, ``{"end": <byte offset where its
line ends>, "input": <input path in the mirrored tree>}``, written after the article's line. On the next run the jsonl file is cut back to the last recorded offset, so
a line whose record was never written (the run stopped in between) is dropped and redone.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

JSONL_NAME = "articles.jsonl"
DONE_NAME = JSONL_NAME + ".done"
#: Temporary files are ``.<name>.<random>.tmp`` beside their target.
TMP_SUFFIX = ".tmp"


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
        self._lines = open(self.path, "ab")
        self._records = open(self.done_path, "ab")

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
        """Append one article line, then the record that says it is complete."""
        self._lines.write(line.encode("utf-8"))
        self._lines.flush()
        record = json.dumps({"end": self._lines.tell(), "input": key}, ensure_ascii=False)
        self._records.write(record.encode("utf-8") + b"\n")
        self._records.flush()
        self.done.add(key)

    def close(self) -> None:
        self._lines.close()
        self._records.close()


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
