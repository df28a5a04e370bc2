"""Editing a file's text in place: insertions and replacements at character offsets, put
back into the original bytes so that every byte outside them stays as it was, in the file's
own encoding, byte order mark and line ends.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from review.formats.errors import OutputError
from review.formats.textio import decode, decode_as, detect_encoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `text` (start == end inserts)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EncodedText:
    """A file's bytes, its text, and how the one is written as the other."""

    data: bytes
    text: str
    encoding: str
    bom: bytes
    newline: str
    xml: bool = False

    def lines(self, text: str) -> str:
        """`text` written with \\n, in the file's line ends."""
        return text.replace("\n", self.newline) if self.newline != "\n" else text

    def splice(self, edits: Iterable[Edit], path: Path) -> bytes:
        """The original bytes with the edits (by offsets into `text`, not overlapping;
        insertions at one offset keep their order) and nothing else changed."""
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        out: list[bytes] = [self.bom]
        at = 0  # offset into text
        byte = len(self.bom)  # the same place in data
        for edit in ordered:
            if edit.start < at:
                raise OutputError(path, "overlapping edits (a bug in the writer)")
            kept = self._encode(self.text[at : edit.start], path)
            removed = self._encode(self.text[edit.start : edit.end], path)
            out.append(self.data[byte : byte + len(kept)])
            byte += len(kept) + len(removed)
            out.append(self._encode(edit.text, path, new_at=edit.start))
            at = edit.end
        out.append(self.data[byte:])
        result = b"".join(out)
        if len(self._encode(self.text[at:], path)) != len(self.data) - byte:
            raise OutputError(path, f"cannot edit a file in {self.encoding} in place")
        return result

    def _encode(self, text: str, path: Path, *, new_at: int | None = None) -> bytes:
        """`text` as the file writes it; `new_at`, for text written at that offset anew."""
        new = new_at is not None
        try:
            return text.encode(self.encoding, "xmlcharrefreplace" if new and self.xml else "strict")
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            message = f"“{char}” (U+{ord(char):04X}) cannot be written in {self.encoding}"
            if new_at is None:
                raise OutputError(path, message) from None
            message += ", the file's encoding; save the file as UTF-8 to write it"
            raise OutputError(path, message, self.text.count("\n", 0, new_at) + 1) from None


class TextOrigin(NamedTuple):
    """A text document's file as it was read, and the encoding it was read in, for its
    writer to give back every byte that the review did not change."""

    fmt: str
    path: Path
    data: bytes
    encoding: str

    def file(self) -> EncodedText:
        return read_text_file(self.data, self.path, encoding=self.encoding)


def read_text_file(
    data: bytes, path: Path, default_newline: str = "\n", *, encoding: str | None = None
) -> EncodedText:
    """A text file's bytes, decoded as the readers decode them (see `textio`), or as
    `encoding` where the file has no byte order mark."""
    bom, found = _bom(data)
    text, used = decode_as(data[len(bom) :], path, found or encoding)
    return EncodedText(data, text, used, bom, _newline(text, default_newline))


def read_xml_file(data: bytes, path: Path, encoding: str | None = None) -> EncodedText:
    """An XML file's bytes, decoded as `encoding` if given (for a file whose declaration
    lies), else by its byte order mark, else by its declaration."""
    bom, found = _bom(data)
    if encoding is None:
        encoding = found
    if encoding is None:
        declared = _DECLARED.match(data)
        encoding = declared.group(1).decode("ascii") if declared else detect_encoding(data)
        if encoding.lower().replace("_", "-") in ("utf-16", "utf16"):
            encoding = detect_encoding(data)
    text = decode(data[len(bom) :], path, encoding)
    return EncodedText(data, text, encoding, bom, _newline(text, "\n"), xml=True)


def _bom(data: bytes) -> tuple[bytes, str | None]:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return mark, name
    return b"", None


def _newline(text: str, default: str) -> str:
    end = text.find("\n")
    if end == -1:
        return default
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"
