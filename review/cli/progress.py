"""A progress bar on standard error for long batch runs: drawn only on a terminal, silent
when stderr is a file or a pipe, so logs and CI output stay clean."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """`update(n)` adds n units of `total`; redraws at most ten times a second."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.total = max(total, 1)
        self.label = label
        self.done = 0
        self.enabled = _is_terminal(self.stream)
        self._drawn = 0.0
        self._start = time.monotonic()

    def update(self, amount: int) -> None:
        self.done += amount
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done >= self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        share = min(self.done / self.total, 1.0)
        filled = int(share * 30)
        bar = "█" * filled + "·" * (30 - filled)
        elapsed = now - self._start
        self.stream.write(f"\r{self.label} {bar} {share:4.0%} {elapsed:5.1f} s")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
