"""Reading and writing documents in any supported format, chosen by extension or by name."""

from __future__ import annotations

from pathlib import Path

from review.core.model import Document, Segment
from review.formats import jsonl, plaintext, table
from review.formats.errors import InputError
from review.formats.textio import read_text, write_atomic

READ_FORMATS = ("jsonl", "tsv", "csv", "txt")
WRITE_FORMATS = ("txt", "jsonl", "tsv", "csv")
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".csv": "csv",
    ".txt": "txt",
    ".text": "txt",
}


def format_of(path: Path, given: str | None, allowed: tuple[str, ...]) -> str:
    fmt = given or _EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            path, f"cannot tell the format from the extension; pass --format ({', '.join(allowed)})"
        )
    if fmt not in allowed:
        raise InputError(path, f"unsupported format “{fmt}” (supported: {', '.join(allowed)})")
    return fmt


def read_document(
    path: Path,
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    source: Path | None = None,
    reference: Path | None = None,
) -> Document:
    fmt = format_of(path, fmt, READ_FORMATS)
    if fmt != "txt" and (source or reference):
        raise InputError(path, "--source and --reference apply only to plain-text documents")
    text = read_text(path, encoding)
    if not text.strip():
        raise InputError(path, "empty file: no segments")
    rows: list[tuple[int, Segment]]
    if fmt == "jsonl":
        rows = jsonl.parse(text, path)
    elif fmt in ("tsv", "csv"):
        rows = table.parse(text, path, fmt)
    else:
        rows = plaintext.parse(
            text,
            path,
            source=None if source is None else (source, read_text(source, encoding)),
            reference=None if reference is None else (reference, read_text(reference, encoding)),
        )
    if not rows:
        raise InputError(path, "no segments")
    first_line: dict[str, int] = {}
    for line, segment in rows:
        seen = first_line.setdefault(segment.id, line)
        if seen != line:
            raise InputError(path, f"duplicate id “{segment.id}” (first on line {seen})", line)
    return Document([segment for _, segment in rows], path=path)


def render_document(document: Document, fmt: str) -> str:
    segments = document.segments
    if fmt == "jsonl":
        return jsonl.render(segments)
    if fmt in ("tsv", "csv"):
        return table.render(segments, fmt)
    if fmt == "txt":
        return plaintext.render(segments)
    raise ValueError(f"unsupported format {fmt}")


def write_document(document: Document, path: Path, fmt: str | None = None) -> None:
    write_atomic(path, render_document(document, format_of(path, fmt, WRITE_FORMATS)))
