"""The one error type every reader and writer raises for bad input or a failed write."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input, reported as one line: `path:line: message`."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return _printable(f"{where}: {self.message}")


def _printable(text: str) -> str:
    """One line a terminal shows as it is: a control character the file held (a NUL, a
    line break) written as its escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class OutputError(InputError):
    """A file that could not be written; whatever was there before is untouched."""
