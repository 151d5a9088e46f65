"""A time limit for one call that works in any thread (Dask and Spark run tasks off the main thread).

SIGALRM only reaches the main thread, so a watchdog thread raises :class:`TimeLimitExceeded` in
the limited thread instead (``PyThreadState_SetAsyncExc``). Like an alarm it interrupts Python
code, not a long call inside a C extension, which ends first.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import threading
import time
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")


class TimeLimitExceeded(BaseException):
    """Raised inside a call that ran past its limit (BaseException so no ``except Exception`` eats it)."""


_lock = threading.Lock()
_wake = threading.Condition(_lock)
_armed: dict[int, int] = {}  # token -> thread id, while the limited call runs
_fired: dict[int, threading.Event] = {}  # token -> set once the exception has been sent
_deadlines: list[tuple[float, int]] = []  # heap of (deadline, token)
_tokens = itertools.count()
_watchdog: threading.Thread | None = None


def call_with_limit(seconds: float | None, func: Callable[..., R], *args: object, **kwargs: object) -> R:
    """``func(*args, **kwargs)``, raising :class:`TimeLimitExceeded` after ``seconds`` (None or 0: no limit)."""
    if not seconds:
        return func(*args, **kwargs)
    token = _arm(seconds)
    try:
        return func(*args, **kwargs)
    finally:
        _disarm(token)


def _arm(seconds: float) -> int:
    global _watchdog
    with _lock:
        token = next(_tokens)
        _armed[token] = threading.get_ident()
        heapq.heappush(_deadlines, (time.monotonic() + seconds, token))
        if _watchdog is None or not _watchdog.is_alive():
            _watchdog = threading.Thread(target=_watch, name="cleanwire-time-limit", daemon=True)
            _watchdog.start()
        _wake.notify()
    return token


def _disarm(token: int) -> None:
    with _lock:
        if _armed.pop(token, None) is not None:
            return  # finished in time
        fired = _fired.pop(token)
    # The watchdog took the token: wait until its exception is sent, then cancel it if it has
    # not been raised yet. If it is raised while we wait, it propagates as a timeout, as it should.
    fired.wait()
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()), None)


def _watch() -> None:
    with _lock:
        while True:
            while _deadlines and _deadlines[0][1] not in _armed:
                heapq.heappop(_deadlines)  # finished in time
            if not _deadlines:
                _wake.wait()
                continue
            deadline, token = _deadlines[0]
            delay = deadline - time.monotonic()
            if delay > 0:
                _wake.wait(delay)
                continue
            heapq.heappop(_deadlines)
            thread = _armed.pop(token)
            event = _fired[token] = threading.Event()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(thread), ctypes.py_object(TimeLimitExceeded)
            )
            event.set()
