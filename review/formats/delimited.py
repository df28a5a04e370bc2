"""Tables with a header row: CSV (RFC 4180: quoting, CRLF) and TSV (no quoting, backslash escapes).

TSV cells are never quoted, because MT text often begins with a quotation mark; a tab,
newline or backslash inside a cell is written as \\t, \\n or \\\\.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from review.formats.errors import InputError
from review.formats.textio import text_lines

_UNESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def _unescape(cell: str) -> str:
    if "\\" not in cell:
        return cell
    out: list[str] = []
    chars = iter(cell)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append(_UNESCAPES.get(nxt, "\\" + nxt))
        else:
            out.append(ch)
    return "".join(out)


def _escape(cell: str) -> str:
    return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def rows(
    text: str, path: Path, dialect: str, *, comments: bool = False
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every non-blank row (and, with `comments`, not starting with #)."""
    if dialect == "tsv":
        for number, line in enumerate(text_lines(text), start=1):
            if line.strip() and not (comments and line.startswith("#")):
                yield number, [_unescape(cell) for cell in line.split("\t")]
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells) and not (comments and cells[0].startswith("#")):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", reader.line_num) from None


def records(
    text: str,
    path: Path,
    dialect: str,
    *,
    known: Sequence[str],
    required: Sequence[str],
    comments: bool = False,
    unread: list[str] | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as dicts keyed by the header's column names, which are checked first: a column
    not `known` is refused, or, given `unread`, named there and left out of the rows."""
    table = rows(text, path, dialect, comments=comments)
    first = next(table, None)
    if first is None:
        raise InputError(path, "empty file: expected a header row naming the columns")
    header_line, header = first
    names = [cell.strip().lower() for cell in header]
    for name in names:
        if name not in known and unread is None:
            raise InputError(
                path, f"unknown column “{name}” (columns are: {', '.join(known)})", header_line
            )
        if name not in known and unread is not None:
            unread.append(name)
    if len(set(names)) != len(names):
        raise InputError(path, "a column is named twice in the header", header_line)
    for name in required:
        if name not in names:
            raise InputError(path, f"missing column “{name}” in the header", header_line)
    for number, cells in table:
        if len(cells) > len(names):
            raise InputError(
                path, f"{len(cells)} cells but the header names {len(names)} columns", number
            )
        yield number, {n: c for n, c in zip(names, cells, strict=False) if n in known}


def render(header: Sequence[str], table: Sequence[Sequence[str]], dialect: str) -> str:
    if dialect == "tsv":
        lines = ["\t".join(_escape(cell) for cell in row) for row in [header, *table]]
        return "".join(line + "\n" for line in lines)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(table)
    return buffer.getvalue()
