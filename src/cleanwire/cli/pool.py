"""Runs one function over many items in worker processes, with a time limit per item.

``concurrent.futures.ProcessPoolExecutor`` cannot kill one stuck task, and when a worker dies
it breaks every pending future without saying which task killed it. Here each worker is a
process of its own with a pipe, given one item at a time, so a stuck item is killed alone
(its worker is replaced) and a crash is charged to exactly the item that caused it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T", bound=tuple)
#: A task function returns ``(ok, text)``: the output, or a one-line reason it failed; it may
#: add a third element, a note about a success (passed through untouched).
Task = Callable[..., "tuple[bool, str] | tuple[bool, str, str]"]


#: How often a worker checks that its parent is still alive (where the kernel cannot tell it).
PARENT_CHECK = 0.5
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """End this worker as soon as process ``parent`` is gone, even if it was SIGKILLed.

    A killed parent closes no pipe: forked siblings hold copies of each other's pipe ends, so
    no worker would ever see EOF. On Linux the kernel sends SIGKILL when the parent dies
    (prctl PR_SET_PDEATHSIG), which works even while the worker is busy in C code; elsewhere
    a thread notices that the worker was re-parented.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="cleanwire-parent-watch", daemon=True).start()


def _serve(func: Task, conn: Connection, parent: int) -> None:
    """Worker loop: run ``func`` on each item received until told to stop (None)."""
    # Ctrl-C reaches the whole process group; only the parent decides what happens then.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's SIGTERM handler is not ours
    _die_with(parent)
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        try:
            result = func(*item)
        except BaseException as exc:  # noqa: BLE001 - a worker must answer, whatever happened
            result = (False, f"internal error ({type(exc).__name__}: {exc})")
        conn.send(result)


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process of the chosen context
    conn: Connection
    item: tuple | None = None
    deadline: float = float("inf")


class WorkerPool:
    """``jobs`` worker processes running ``func``; use as a context manager.

    ``timeout`` (seconds, None for none) is counted from the moment an item is handed to a worker;
    ``context`` is a multiprocessing context (default: the platform's start method).
    """

    def __init__(self, func: Task, jobs: int, timeout: float | None, context: Any = None) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.context = context or multiprocessing.get_context()
        self._workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def map(self, items: Iterable[T]) -> Iterator[tuple[Any, ...]]:
        """Yield ``(item, ok, text)`` (or ``(item, ok, text, note)``, as the task returned it) for
        every item, in the order they finish."""
        pending = iter(items)
        item = next(pending, None)
        while True:
            while item is not None and (worker := self._idle_worker()) is not None:
                if self._assign(worker, item):
                    item = next(pending, None)
            busy = [w for w in self._workers if w.item is not None]
            if not busy:
                return
            yield from self._collect(busy)

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[Any, bool, str]]:
        now = time.monotonic()
        wait_for = max(0.0, min(w.deadline for w in busy) - now)
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, timeout=None if wait_for == float("inf") else wait_for))
        now = time.monotonic()
        for worker in busy:
            item = worker.item
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):
                    self._replace(worker)
                    code = worker.process.exitcode
                    yield item, False, f"worker process crashed (exit code {code})"
                    continue
                worker.item, worker.deadline = None, float("inf")
                yield (item, *result)
            elif now >= worker.deadline:
                self._replace(worker)
                yield item, False, f"timed out after {self.timeout:g} s"

    def _idle_worker(self) -> _Worker | None:
        for worker in self._workers:
            if worker.item is None:
                return worker
        if len(self._workers) < self.jobs:
            worker = self._spawn()
            self._workers.append(worker)
            return worker
        return None

    def _assign(self, worker: _Worker, item: tuple) -> bool:
        """Hand ``item`` to ``worker``; False when the worker had died while idle (it is dropped)."""
        try:
            worker.conn.send(item)
        except OSError:
            self._replace(worker)
            return False
        worker.item = item
        worker.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
        return True

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(self.func, child, os.getpid()), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` (stuck or dead) and drop it; the next item gets a fresh one."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._workers.remove(worker)

    def close(self) -> None:
        """Stop idle workers politely and kill busy ones (their items are abandoned)."""
        for worker in self._workers:
            if worker.item is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()


class _TimedOut(BaseException):
    """Raised by the alarm inside an in-process task (BaseException so no task swallows it)."""


def run_inline(func: Task, items: Iterable[T], timeout: float | None) -> Iterator[tuple[T, bool, str]]:
    """:meth:`WorkerPool.map` in this process (``--jobs 1``).

    The limit is a SIGALRM timer where the platform has one; it interrupts Python code but
    not a long call inside a C extension, which ends first.
    """
    use_alarm = bool(timeout) and hasattr(signal, "setitimer")
    for item in items:
        if not use_alarm:
            yield (item, *func(*item))
            continue
        previous = signal.signal(signal.SIGALRM, _raise_timed_out)
        signal.setitimer(signal.ITIMER_REAL, timeout)  # type: ignore[arg-type]
        try:
            result = func(*item)
        except _TimedOut:
            result = (False, f"timed out after {timeout:g} s")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        yield (item, *result)


def _raise_timed_out(signum: int, frame: object) -> None:
    raise _TimedOut
