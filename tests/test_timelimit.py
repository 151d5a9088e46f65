"""The per-page time limit, in the main thread and in the worker threads Dask runs tasks in."""

from __future__ import annotations

import threading
import time

import pytest

from cleanwire.timelimit import TimeLimitExceeded, call_with_limit


def spin(seconds: float) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def in_thread(func, *args):
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = func(*args)
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return box


@pytest.mark.parametrize("where", ["main thread", "worker thread"])
def test_a_call_over_its_limit_is_stopped(where: str):
    started = time.monotonic()
    if where == "main thread":
        with pytest.raises(TimeLimitExceeded):
            call_with_limit(0.3, spin, 30)
    else:
        box = in_thread(call_with_limit, 0.3, spin, 30)
        assert isinstance(box.get("error"), TimeLimitExceeded)
    assert time.monotonic() - started < 10


def test_calls_within_their_limit_leave_nothing_behind():
    def many() -> int:
        for _ in range(300):
            assert call_with_limit(5, spin, 0.0005) == "done"
        time.sleep(0.3)  # a stray exception would be raised here
        return 300

    assert many() == 300
    assert in_thread(many) == {"value": 300}


def test_limits_in_two_threads_at_once_hit_only_the_slow_one():
    slow = {}
    fast = {}
    t1 = threading.Thread(target=lambda: slow.update(in_thread(call_with_limit, 0.3, spin, 30)))
    t2 = threading.Thread(target=lambda: fast.update(in_thread(call_with_limit, 10, spin, 0.8)))
    t1.start(), t2.start()
    t1.join(30), t2.join(30)
    assert isinstance(slow.get("error"), TimeLimitExceeded)
    assert fast == {"value": "done"}


def test_no_limit_means_a_plain_call():
    assert call_with_limit(None, spin, 0) == "done"
    assert call_with_limit(0, spin, 0) == "done"
