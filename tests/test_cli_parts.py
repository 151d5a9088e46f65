"""The parts behind ``cleanwire clean``: worker pool, output names, progress bar, writers."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

import cleanwire
from cleanwire.cli.inputs import Job, assign_outputs, is_dump_name
from cleanwire.cli.pool import WorkerPool, run_inline
from cleanwire.cli.progress import Progress, render
from cleanwire.cli.writers import WRITERS

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4b9b4adb1b39e837.txt"


def _task(action: str) -> tuple[bool, str]:
    if action == "hang":
        time.sleep(600)
    elif action == "exit":
        os._exit(3)
    elif action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "raise":
        raise ValueError("boom")
    return True, f"did {action}"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_pool_charges_hangs_and_crashes_to_their_own_items():
    items = [("a",), ("hang",), ("b",), ("exit",), ("c",), ("kill",), ("raise",), ("d",)]
    with WorkerPool(_task, 2, timeout=1.0, context=multiprocessing.get_context("fork")) as pool:
        results = {item[0]: (ok, text) for item, ok, text in pool.map(items)}
    assert results["hang"] == (False, "timed out after 1 s")
    assert results["exit"] == (False, "worker process crashed (exit code 3)")
    assert results["kill"] == (False, "worker process crashed (exit code -9)")
    assert results["raise"] == (False, "internal error (ValueError: boom)")
    for name in "abcd":
        assert results[name] == (True, f"did {name}")


def test_inline_runner_times_out_with_an_alarm():
    results = list(run_inline(_task, [("hang",), ("a",)], timeout=0.5))
    assert results == [(("hang",), False, "timed out after 0.5 s"), (("a",), True, "did a")]


def test_output_names_mirror_the_tree_and_stay_unique(tmp_path: Path):
    keys = ["a/b/x.txt", "a/b/y.txt.gz", "p.txt", "p.html", "q.txt", "q.txt.gz", "r.txt", "r.html", "r.txt.html"]
    jobs, problems = assign_outputs([Job(tmp_path / "in" / k, k) for k in keys], tmp_path / "out", ".json")
    assert problems == []
    names = sorted(job.output.relative_to(tmp_path / "out").as_posix() for job in jobs)  # type: ignore[union-attr]
    assert names == ["a/b/x.json", "a/b/y.json", "p.html.json", "p.txt.json", "q.txt.gz.json", "q.txt.json",
                     "r.html.json", "r.txt.html.json", "r.txt.json"]


def test_an_output_never_overwrites_its_input(tmp_path: Path):
    job = Job(tmp_path / "x.txt", "x.txt")
    jobs, problems = assign_outputs([job], tmp_path, ".txt")
    assert jobs == [] and problems == [(str(tmp_path / "x.txt"), "its output would overwrite the input itself")]


@pytest.mark.parametrize("name, expected", [("a.txt", True), ("a.HTML", True), ("a.htm.gz", True),
                                            ("a.png", False), ("a.gz", False), ("txt", False)])
def test_dump_names(name: str, expected: bool):
    assert is_dump_name(name) is expected


def test_progress_rendering():
    assert render(0, 200, 0, 0.0) == "[........................] 0/200 files  0.0/s  ETA ?"
    assert render(50, 200, 3, 10.0) == "[######..................] 50/200 files  5.0/s  ETA 0:30  3 failed"
    assert render(200, 200, 0, 4.0).endswith("200/200 files  50.0/s  done")
    assert "ETA 1:00:00" in render(1, 3601, 0, 1.0)


def test_progress_is_silent_off_a_terminal_and_redraws_on_one():
    quiet = io.StringIO()
    bar = Progress(2, stream=quiet)
    bar.advance()
    bar.note("x.txt: input is empty")
    assert quiet.getvalue() == "x.txt: input is empty\n"
    shown = io.StringIO()
    bar = Progress(2, stream=shown, enabled=True)
    bar.advance()
    bar.note("x.txt: input is empty")
    bar.advance(failed=True)
    bar.clear()
    text = shown.getvalue()
    assert "\r[############............] 1/2 files" in text
    assert "\rx.txt: input is empty\n" in text
    assert "2/2 files" in text and "1 failed" in text and text.endswith("\r")


def test_writers_without_metadata():
    article = cleanwire.Article(paragraphs=("One.", "Two."))
    assert WRITERS["txt"](article) == "One.\n\nTwo.\n"
    assert WRITERS["md"](article) == "One.\n\nTwo.\n"
    assert WRITERS["jsonl"](article).count("\n") == 1


def test_json_writer_round_trips():
    article = cleanwire.extract_file(SEED)
    assert cleanwire.Article.from_json(WRITERS["json"](article)) == article
    assert cleanwire.Article.from_json(WRITERS["jsonl"](article)) == article
