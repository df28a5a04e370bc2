"""Telling a document's format from its first bytes, where its extension says nothing (an
XLIFF saved as .xml, a workbook renamed) or says the wrong thing (a workbook read as text)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from review.formats.errors import InputError

ZIP_MAGIC = b"PK\x03\x04"
_HEAD = 8192
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_XML_ROOTS = {b"xliff": "xliff", b"tmx": "tmx", b"ts": "ts", b"resources": "android"}
_TERMBASES = (b"martif", b"tbx")
_PO = re.compile(rb"^(?:msgctxt|msgid) \"", re.MULTILINE)
XLIFF_MEMBERS = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff")  # a package's files


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD)
    except OSError:
        return b""  # the reader says what is wrong with the path


def zip_kind(names: list[str]) -> str:
    """What a zip of these members is: `xlsx`, `package` (a CAT tool's zip of XLIFF files),
    or `zip` (anything else)."""
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.lower().endswith(XLIFF_MEMBERS) for n in names):
        return "package"
    return "zip"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            return zip_kind(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return "zip"


def sniff(path: Path) -> str | None:
    """The format the content says: a document format's name, `package`, `zip`, `termbase`,
    or None when it says nothing clear."""
    head = _head(path)
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "ignore").encode("utf-8", "ignore").lstrip(b"\xef\xbb\xbf")
    if text.startswith(b"<"):
        root = _ROOT.search(text)
        name = root.group(1).lower() if root else b""
        if name in _TERMBASES:
            return "termbase"
        return _XML_ROOTS.get(name)
    if _PO.search(text):
        return "po"
    if text.startswith(b"{"):
        return "jsonl"
    return None


def unreadable_as(path: Path, fmt: str) -> None:
    """Raise, naming the right option, when the content says the file is not `fmt` (a
    workbook or a package read as a table, a plain text or an XLIFF)."""
    if not _head(path).startswith(ZIP_MAGIC):
        return
    found = _zip_format(path)
    if found == "xlsx":
        raise InputError(path, f"is an Excel workbook, not {fmt}: pass --input-format xlsx")
    if found == "package":
        raise InputError(path, f"is a CAT tool's package, not {fmt}: pass --input-format package")
    raise InputError(path, f"is a zip archive, not {fmt}")


def described(found: str) -> str:
    """Why a file whose content says `found` is not a document `review` reads."""
    return {
        "zip": "a zip archive, not a document",
        "termbase": "a termbase, not a document: give it as --glossary",
    }.get(found, f"a {found} file, not a document")
