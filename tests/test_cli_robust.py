"""``cleanwire clean`` and ``explain`` when the file system, the names or the parent misbehave."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_cli_clean import SUMMARY, cleanwire_cli, html_page, summary, variant

import cleanwire
from cleanwire.cli.main import main

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")


def dumps(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"page{i:03d}.txt"
        path.write_text(variant(i), encoding="utf-8")
        paths.append(path)
    return paths


def no_traceback(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode(errors="replace")
    assert "Traceback" not in err, err
    return err


@needs_posix
def test_symlink_loops_are_one_line_each_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in"
    dumps(src, 3)
    os.symlink("loop.txt", src / "loop.txt")  # a link to itself
    os.symlink("b", src / "a")  # two folders that point at each other
    os.symlink("a", src / "b")
    os.symlink(".", src / "here")  # a link to its own folder: links to folders are not followed
    os.symlink("gone.txt", src / "dangling.txt")  # an entry that cannot be read
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out", "--jobs", "1")
    err = no_traceback(result)
    assert result.returncode == 1
    assert f"{src / 'loop.txt'}: Too many levels of symbolic links" in err
    assert f"{src / 'dangling.txt'}: No such file or directory" in err
    assert summary(result.stderr) == (5, 3, 0, 2)
    assert len(list((tmp_path / "out").glob("*.json"))) == 3


@needs_posix
@pytest.mark.parametrize("fmt", ["jsonl", "json", "txt"])  # md names its outputs as txt does
def test_file_names_that_are_not_utf8_work_in_every_format(tmp_path, fmt):
    src = tmp_path / "in"
    dumps(src, 1)
    odd = os.path.join(os.fsencode(src), b"caf\xe9-\xff.txt")
    with open(odd, "wb") as handle:
        handle.write(variant(5).encode("utf-8"))
    out = tmp_path / "out"
    first = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "2")
    no_traceback(first)
    assert first.returncode == 0 and summary(first.stderr) == (2, 2, 0, 0)
    if fmt == "jsonl":
        records = [json.loads(line) for line in (out / "articles.jsonl.done").read_bytes().splitlines()]
        assert sorted(r["input"] for r in records) == sorted(["page000.txt", os.fsdecode(b"caf\xe9-\xff.txt")])
        assert len((out / "articles.jsonl").read_bytes().splitlines()) == 2
    else:
        assert os.path.exists(os.path.join(os.fsencode(out), b"caf\xe9-\xff." + fmt.encode()))
    if fmt == "jsonl":  # resuming reads the records back: the odd name must match itself
        again = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "2")
        assert again.returncode == 0 and summary(again.stderr) == (2, 0, 2, 0)


@contextmanager
def unwritable(folder: Path):
    """``folder`` made unwritable: read-only permissions, or for root (who may write anyway) a
    read-only file system mounted on it."""
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield "Permission denied"
        finally:
            folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a read-only file system here ({mounted.stderr.decode().strip()})")
    try:
        yield "Read-only file system"
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX only")
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_an_unwritable_output_folder_is_one_clear_line(tmp_path, fmt):
    src, out = tmp_path / "in", tmp_path / "out"
    dumps(src, 2)
    with unwritable(out) as reason:
        result = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "1")
        err = no_traceback(result)
        assert result.returncode == 1, err
        assert err == f"cleanwire clean: cannot write into {out}: {reason}\n"
        assert list(out.iterdir()) == []


def test_o_dash_writes_to_standard_output(tmp_path):
    src = tmp_path / "in"
    paths = dumps(src, 3)
    single = cleanwire_cli("clean", paths[0], "-o", "-", cwd=tmp_path)
    assert single.returncode == 0 and json.loads(single.stdout) == cleanwire.extract_file(paths[0]).to_dict()
    many = cleanwire_cli("clean", src, "-o", "-", "--jobs", "2", cwd=tmp_path)
    no_traceback(many)
    assert many.returncode == 0 and summary(many.stderr) == (3, 3, 0, 0)
    titles = sorted(json.loads(line)["title"] for line in many.stdout.decode().splitlines())
    assert titles == sorted(cleanwire.extract_file(p).title for p in paths)
    assert not (tmp_path / "-").exists()
    wrong = cleanwire_cli("clean", src, "-o", "-", "--format", "md", cwd=tmp_path)
    assert wrong.returncode == 2 and "jsonl" in wrong.stderr.decode()


def test_explain_dash_reads_standard_input(seed_bytes):
    result = subprocess.run([sys.executable, "-m", "cleanwire", "explain", "-"], input=seed_bytes,
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("# extractor: koreajoongangdaily")
    empty = subprocess.run([sys.executable, "-m", "cleanwire", "explain", "-"], input=b"", capture_output=True,
                           timeout=120)
    assert empty.returncode == 1 and empty.stderr.decode() == "<stdin>: input is empty or only whitespace\n"


@pytest.mark.parametrize(("args", "message"), [
    (["clean", "x", "--jobs", "abc"], "argument --jobs: 'abc' is not a whole number (use 1 or more)"),
    (["clean", "x", "--jobs", "0"], "argument --jobs: 0 is too small: use 1 or more"),
    (["clean", "x", "--timeout", "soon"], "argument --timeout: 'soon' is not a number"),
    (["fetch", "http://x/", "-o", "o", "--concurrency", "0"], "argument --concurrency: 0 is too small: use 1 or more"),
    (["fetch", "http://x/", "-o", "o", "--delay", "-1"], "argument --delay: -1 is negative: use 0 or more"),
])
def test_bad_option_values_say_what_is_wrong(args, message, capsys):
    with pytest.raises(SystemExit) as exit_info:  # argparse's way out, in this process
        main(args)
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and message in err, err
    assert "_positive_int" not in err and "FetchOptions" not in err


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc (Linux)")
def test_workers_exit_soon_after_their_parent_is_killed(tmp_path):
    src = tmp_path / "in"
    dumps(src, 4)
    os.mkfifo(src / "stuck-1.txt")  # a worker blocks on each of these forever
    os.mkfifo(src / "stuck-2.txt")
    proc = subprocess.Popen([sys.executable, "-m", "cleanwire", "clean", str(src), "-o", str(tmp_path / "out"),
                             "--jobs", "2", "--timeout", "0"], stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert len(workers) == 2
        time.sleep(1.0)  # let them reach the named pipes
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = time.monotonic()
        while any(_alive(pid) for pid in workers) and time.monotonic() - killed < 10:
            time.sleep(0.05)
        gone_after = time.monotonic() - killed
        assert not any(_alive(pid) for pid in workers)
        assert gone_after < 2.0
    finally:
        for pid in _children(proc.pid) | workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


TIMEOUT = os.environ.get("CLEANWIRE_TEST_WARM_TIMEOUT", "0.5")  # seconds; a warm worker needs a tenth of it


@needs_posix
def test_a_timed_out_workers_replacement_starts_warm(tmp_path):
    # HTML pages need the heaviest imports (trafilatura). A cold worker spends longer than the
    # limit importing them, so each file after a time-out would time out too.
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"page{i:02d}.html").write_text(html_page(i), encoding="utf-8")
    os.mkfifo(src / "page05-stuck.html")
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out", "--jobs", "2", "--timeout", TIMEOUT)
    err = no_traceback(result)
    assert SUMMARY.search(err) and summary(result.stderr) == (13, 12, 0, 1), err
    assert f"page05-stuck.html: timed out after {float(TIMEOUT):g} s" in err
