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
        return f"{where}: {self.message}"


class OutputError(InputError):
    """A file that could not be written; whatever was there before is untouched."""
