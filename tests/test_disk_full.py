"""A full disk tears no output: every jsonl line is whole and recorded once, and the run ends
with its summary. Once on a real 3 MB file system, once with failures injected at the write."""

from __future__ import annotations

import errno
import json
import os
import subprocess
from pathlib import Path

import pytest
from test_cli_clean import cleanwire_cli, summary, variant

from cleanwire.cli import outputs
from cleanwire.cli.outputs import JsonlSink

INPUTS = 24


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (root only; skipped where it cannot be mounted)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip() or 'not root'})")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def fill(disk: Path, leave: int) -> Path:
    """Fill the disk but ``leave`` bytes."""
    stats = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - leave))
    return filler


def check_jsonl(out: Path) -> list[str]:
    """Every line is one whole article, recorded exactly once; returns the recorded inputs."""
    lines = (out / "articles.jsonl").read_bytes().splitlines(keepends=True)
    records = [json.loads(raw) for raw in (out / "articles.jsonl.done").read_bytes().splitlines()]
    assert len(lines) == len(records)
    offset = 0
    for line, record in zip(lines, records):
        offset += len(line)
        assert record["end"] == offset and line.endswith(b"\n")
        json.loads(line)
    inputs = [r["input"] for r in records]
    assert len(set(inputs)) == len(inputs)
    return inputs


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_full_disk_tears_nothing_and_the_rerun_finishes(tmp_path, small_disk, fmt):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(INPUTS):
        (src / f"page{i:03d}.txt").write_text(variant(i), encoding="utf-8")
    out = small_disk / "out"
    filler = fill(small_disk, 40 * 1024)
    first = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "2")
    err = first.stderr.decode()
    assert "Traceback" not in err and first.returncode == 1
    files, cleaned, skipped, failed = summary(first.stderr)
    assert (files, skipped) == (INPUTS, 0) and cleaned + failed == INPUTS and cleaned > 0 and failed > 0
    assert err.count("cannot write the output: No space left on device") == failed
    if fmt == "jsonl":
        assert len(check_jsonl(out)) == cleaned
    else:
        written = list(out.glob("*.json"))
        assert len(written) == cleaned and not list(out.glob(".*.tmp"))
        for path in written:
            json.loads(path.read_text(encoding="utf-8"))

    filler.unlink()
    second = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "2")
    assert second.returncode == 0, second.stderr.decode()
    assert summary(second.stderr) == (INPUTS, failed, cleaned, 0)
    if fmt == "jsonl":
        assert sorted(check_jsonl(out)) == [f"page{i:03d}.txt" for i in range(INPUTS)]


def test_a_failed_write_is_cut_back_and_the_next_one_is_whole(tmp_path, monkeypatch):
    sink = JsonlSink(tmp_path)
    sink.add("a.txt", '{"title": "a"}\n')
    real_write = os.write
    calls = {"n": 0}

    def full_disk(fd, data):
        calls["n"] += 1
        if calls["n"] == 1:  # half of the line gets in, then the disk is full
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, "No space left on device")
        if calls["n"] == 3:  # the line gets in but its record does not
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(outputs.os, "write", full_disk)
    for _ in range(2):
        with pytest.raises(OSError):
            sink.add("b.txt", '{"title": "b"}\n')
        assert (tmp_path / "articles.jsonl").read_bytes() == b'{"title": "a"}\n'
    sink.add("c.txt", '{"title": "c"}\n')
    sink.close()
    assert check_jsonl(tmp_path) == ["a.txt", "c.txt"]
    assert JsonlSink(tmp_path).done == {"a.txt", "c.txt"}
