"""A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_BAR_WIDTH = 24
_REDRAW_EVERY = 0.1  # seconds; redrawing on every file would flood a slow terminal


def render(done: int, total: int, failed: int, elapsed: float, unit: str = "files") -> str:
    """The bar for ``done`` of ``total`` files (or other ``unit``) after ``elapsed`` seconds."""
    fraction = done / total if total else 1.0
    filled = round(fraction * _BAR_WIDTH)
    bar = "#" * filled + "." * (_BAR_WIDTH - filled)
    rate = done / elapsed if elapsed > 0 else 0.0
    if done >= total:
        eta = "done"
    elif rate > 0:
        eta = "ETA " + _clock((total - done) / rate)
    else:
        eta = "ETA ?"
    line = f"[{bar}] {done}/{total} {unit}  {rate:.1f}/s  {eta}"
    if failed:
        line += f"  {failed} failed"
    return line


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts finished files and redraws the bar; messages go above it via :meth:`note`."""

    def __init__(
        self, total: int, stream: TextIO | None = None, enabled: bool | None = None, unit: str = "files"
    ) -> None:
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.failed = 0
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        self.draw(force=self.done >= self.total)

    def draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn_at < _REDRAW_EVERY:
            return
        self._drawn_at = now
        line = render(self.done, self.total, self.failed, now - self._start, self.unit)
        # Pad with spaces so a shorter line fully covers the previous one.
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def note(self, message: str) -> None:
        """Print one line of ``message`` without tearing the bar."""
        self.clear()
        print(message, file=self.stream, flush=True)
        self.draw(force=True)

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
