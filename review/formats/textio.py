"""Reading text files strictly (with the encoding detected or given), and writing them
atomically, always as UTF-8.

Detection is deliberately narrow, because a guess that is wrong is worse than an error: a BOM
decides (UTF-8 or UTF-16); UTF-16 without a BOM is recognised by its zero bytes; otherwise
strict UTF-8, then Shift_JIS (as CP932, its Windows superset) and EUC-JP are tried, and when
both Japanese encodings decode the bytes, the one giving more plausible Japanese wins
(EUC-JP bytes read as CP932 turn into runs of half-width katakana). Bytes that none of them
decodes are an error naming the line and column where UTF-8 failed.
"""

from __future__ import annotations

import codecs
import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from review.formats.errors import InputError, OutputError

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None

_NOR_JAPANESE = " (nor Shift_JIS/CP932, EUC-JP or UTF-16)"
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
    return decode_as(data, path, encoding)[0]


def decode_as(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """`decode`, and the encoding it decoded with (detected where `encoding` is None)."""
    auto = encoding is None
    if encoding is None:
        encoding, text = _detect(data)
        if text is not None:
            return text.removeprefix("\ufeff"), encoding
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
            f"byte 0x{data[exc.start]:02x} at column {column} is not valid {encoding}"
            f"{_NOR_JAPANESE if auto else ''}; pass --encoding if the file uses another "
            "encoding",
            line,
        ) from None
    return text.removeprefix("\ufeff"), encoding


def detect_encoding(data: bytes) -> str:
    """The encoding to decode `data` with (see the module's docstring); "utf-8" when nothing
    fits, so that decoding reports where UTF-8 fails."""
    return _detect(data)[0]


def _detect(data: bytes) -> tuple[str, str | None]:
    """The encoding, and the decoded text where finding the encoding meant decoding it."""
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        return bom, None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, None
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str]] = []
    for name in _JAPANESE:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        good, bad = _japanese_counts(text)
        if good:
            candidates.append((good - bad, name))
    if not candidates:
        return "utf-8", None
    return max(candidates, key=lambda c: c[0])[1], None


_JAPANESE = ("cp932", "euc_jp")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when the zero bytes of ASCII characters all fall on one side."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= half * 0.2 and others <= zeros * 0.1:
            try:
                data.decode(name)
            except UnicodeDecodeError:
                return None
            return name
    return None


def _japanese_counts(text: str) -> tuple[int, int]:
    """Kana, kanji and Japanese punctuation; and the half-width katakana, private-use and C1
    characters that reading bytes in the wrong Japanese encoding produces."""
    good = bad = 0
    for ch in text:
        code = ord(ch)
        if 0x3000 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF:
            good += 1
        elif 0xFF61 <= code <= 0xFF9F or 0xE000 <= code <= 0xF8FF or 0x80 <= code < 0xA0:
            bad += 1
    return good, bad


def read_text(path: Path, encoding: str | None = None) -> str:
    return decode(read_bytes(path), path, encoding)


def text_lines(text: str) -> list[str]:
    """Lines split on \\n only (not on U+2028 and friends), CRLF taken as one line end,
    without a final empty line."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def line_starts(text: str) -> list[int]:
    """Where each line of `text` (split on \\n) starts, and then one past the end: line n
    (from 1) is text[starts[n - 1] : starts[n] - 1], with the \\r of a CRLF."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    starts.append(len(text) + 1)
    return starts


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (as UTF-8) or bytes through a temporary file, fsync, then rename over
    `path`.

    A crash or a failed write leaves either the old file or the new one, never a mix. The
    temporary file is locked while it is written; a temporary file nobody holds a lock on is
    left over from a writer that was killed, and the next write to `path` removes it.
    """
    write_atomic_chunks(path, [text])  # type: ignore[arg-type]


def write_atomic_chunks(path: Path, chunks: Iterable[str] | Iterable[bytes]) -> None:
    """`write_atomic` for text that comes in pieces (a large output made as it is written):
    the same temporary file, fsync and rename, so the same guarantees. Pieces of text are
    written as UTF-8; pieces of bytes as they are."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    _remove_stale_temporaries(directory, path.name)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(handle.fileno(), blocking=True)
            for chunk in chunks:
                handle.write(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
    except BaseException as exc:  # a failing producer of chunks leaves no temporary either
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
        raise
    _fsync_directory(directory)


_STALE_AFTER = 0.1  # seconds: past the instant between creating a temporary and locking it


def _lock(fd: int, *, blocking: bool) -> bool:
    """An exclusive advisory lock on `fd` (released when the process dies); False if taken."""
    if fcntl is None:  # pragma: no cover - not POSIX
        return not blocking
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale_temporaries(directory: Path, name: str) -> None:
    """Remove `.NAME.*.tmp` files that no live writer holds (left by a killed write)."""
    now = time.time()
    try:
        candidates = list(directory.glob(f".{glob.escape(name)}.*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        try:
            if now - candidate.stat().st_mtime < _STALE_AFTER:
                continue
            fd = os.open(candidate, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _lock(fd, blocking=False):
                candidate.unlink()
        except OSError:
            pass
        finally:
            os.close(fd)


def _mode_for(path: Path) -> int:
    """The existing file's mode, or what a new file gets under the umask (mkstemp's own
    temporary files are 0600, which would hide a report from the colleague it is for)."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


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
