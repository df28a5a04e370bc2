"""Reading text files strictly, and writing them atomically."""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from pathlib import Path

from review.formats.errors import InputError, OutputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode strictly; an undecodable byte names its line. Line endings are kept (CSV cells
    may hold a carriage return); `text_lines` drops the \\r of CRLF."""
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(path, f"unknown encoding “{encoding}”") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            path,
            f"byte 0x{data[exc.start]:02x} at column {column} is not valid {encoding}; "
            "pass --encoding if the file uses another encoding",
            line,
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_text(path: Path, encoding: str | None = None) -> str:
    return decode(read_bytes(path), path, encoding)


def text_lines(text: str) -> list[str]:
    """Lines split on \\n only (not on U+2028 and friends), CRLF taken as one line end,
    without a final empty line."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 through a temporary file, fsync, then rename over `path`.

    A crash or a failed write leaves either the old file or the new one, never a mix.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    data = text.encode("utf-8")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
