"""Adding to a TSV or CSV glossary in place.

New entries become rows at the end of the file; an entry that gains accepted forms, source
forms, forbidden variants or a note gets them at the end of those cells of its own row. A
column the additions need and the header lacks is added at the end of the header. Every
other byte stays as it was: comments, blank lines, column order, quoting, escapes, line ends,
encoding. Forbidden variants written without an arrow are resolved to the closest accepted
form; when a new accepted form would change that, the arrow is written out.
"""

from __future__ import annotations

import csv
import io
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from review.core.glossary import Entry, EntryType, Glossary, Variant
from review.core.glossary_edit import Growth
from review.formats.delimited import _escape, _unescape
from review.formats.errors import OutputError
from review.formats.glossary_table import (
    COLUMNS,
    cells,
    parse,
    parse_variant,
    split_cell,
    variant_item,
)
from review.formats.spliced import Edit, EncodedText

_CSV_SPECIAL = re.compile(r'[,"\r\n]')
_CSV_UNQUOTED_END = re.compile(r"[,\r\n]")


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    end: int  # offset after the last cell, before the line end
    spans: list[tuple[int, int]]  # each cell as written
    values: list[str]  # each cell as read


def read(file: EncodedText, path: Path, dialect: str) -> Glossary:
    return parse(file.text, path, dialect)


def edits(
    file: EncodedText, path: Path, dialect: str, before: Glossary, growth: Growth
) -> list[Edit]:
    text = file.text
    rows = _tsv_rows(text) if dialect == "tsv" else _csv_rows(text)
    header = next(r for r in rows if _is_data(r))
    names = [value.strip().lower() for value in header.values]
    write: _Cells = _TsvCells(text) if dialect == "tsv" else _CsvCells(text, header)

    changes: list[tuple[_Row, dict[str, str]]] = []
    by_line = {row.line: row for row in rows}
    for index, entry in growth.grown:
        old = before.entries[index]
        assert old.line is not None
        row = by_line[old.line]
        current = dict(zip(names, row.values, strict=False))
        changes.append((row, _grown_cells(old, entry, current, path)))
    needed = {column for _, values in changes for column in values}
    needed.update(column for entry in growth.added for column in _columns_of(entry))
    columns = names + [c for c in COLUMNS if c in needed and c not in names]

    result: list[Edit] = []
    if len(columns) > len(names):
        added = columns[len(names) :]
        result.append(
            Edit(header.end, header.end, "".join(write.sep + write.name(c) for c in added))
        )
    for row, values in changes:
        result.extend(_row_edits(row, columns, values, write))
    if growth.added:
        new_rows = [[cells(entry)[c] for c in columns] for entry in growth.added]
        for entry, new_row in zip(growth.added, new_rows, strict=True):
            if new_row[0].startswith("#"):
                message = f"entry “{entry.id}”: a row that starts with “#” is a comment"
                raise OutputError(path, message, entry.line)
        lines = "".join(write.row(new_row) + file.newline for new_row in new_rows)
        start = "" if not text or text.endswith("\n") else file.newline
        result.append(Edit(len(text), len(text), start + lines))
    return result


def _is_data(row: _Row) -> bool:
    return any(v.strip() for v in row.values) and not row.values[0].startswith("#")


def _columns_of(entry: Entry) -> set[str]:
    values = cells(entry)
    needed = {c for c in ("accepted", "source", "forbidden", "discouraged", "note") if values[c]}
    if entry.ignore_case:
        needed.add("ignore_case")
    if entry.type is not EntryType.OTHER:
        needed.add("type")
    if entry.id != entry.accepted[0]:
        needed.add("id")
    return needed


def _grown_cells(old: Entry, new: Entry, current: dict[str, str], path: Path) -> dict[str, str]:
    """The cells of an entry's row that change, by column, as they will read."""
    changed: dict[str, str] = {}
    for column, was, now in (
        ("accepted", old.accepted, new.accepted),
        ("source", old.source, new.source),
    ):
        if was != now:
            changed[column] = _appended(current.get(column, ""), list(now[len(was) :]))
    for column, variants in (("forbidden", new.variants), ("discouraged", new.discouraged)):
        value = _variants_cell(current.get(column, ""), variants, new.accepted, path)
        if value is not None:
            changed[column] = value
    if new.note != old.note:
        value = current.get("note", "")
        tail = new.note[len(old.note) :] if new.note.startswith(old.note) else None
        grown = value.rstrip() + tail if tail is not None and value.strip() else new.note
        changed["note"] = grown if grown.strip() == new.note else new.note
    return changed


def _separator(value: str) -> str:
    return "|" if "|" in value and " | " not in value else " | "


def _appended(value: str, items: list[str]) -> str:
    sep = _separator(value)
    return value + sep + sep.join(items) if value.strip() else sep.join(items)


def _variants_cell(
    value: str, wanted: tuple[Variant, ...], accepted: tuple[str, ...], path: Path
) -> str | None:
    """The cell that reads as `wanted` with these accepted forms, keeping `value` where it
    can; None when `value` reads so already."""
    items = list(split_cell(value))
    arrow = " => " if "=>" in value and "→" not in value else " → "
    kept = [
        item if parse_variant(item, accepted, path, 0) == want else variant_item(want, arrow)
        for item, want in zip(items, wanted, strict=False)
    ]
    extra = [variant_item(v, arrow) for v in wanted[len(items) :]]
    if kept == items:
        return _appended(value, extra) if extra else None
    return _separator(value).join(kept + extra)


def _row_edits(row: _Row, columns: list[str], values: dict[str, str], write: _Cells) -> list[Edit]:
    result: list[Edit] = []
    beyond: dict[int, str] = {}
    for column, value in values.items():
        index = columns.index(column)
        if index < len(row.spans):
            start, end = row.spans[index]
            raw = write.cell(write.text_of(start, end), row.values[index], value)
            result.append(Edit(start, end, raw))
        else:
            beyond[index] = value
    if beyond:
        cells_after = [
            write.cell("", "", beyond.get(i, "")) for i in range(len(row.spans), max(beyond) + 1)
        ]
        result.append(Edit(row.end, row.end, "".join(write.sep + c for c in cells_after)))
    return result


class _Cells(ABC):
    """How a dialect writes a cell, a header name and a row."""

    sep = "\t"

    def __init__(self, text: str) -> None:
        self.text = text

    def text_of(self, start: int, end: int) -> str:
        return self.text[start:end]

    @abstractmethod
    def cell(self, raw: str, was: str, value: str) -> str:
        """A cell written `raw` (reading `was`) that is to read `value`: `raw` grown at
        its end where that reads right, else `value` written anew."""

    def name(self, column: str) -> str:
        return column

    @abstractmethod
    def row(self, values: Sequence[str]) -> str: ...


class _TsvCells(_Cells):
    def cell(self, raw: str, was: str, value: str) -> str:
        if value.startswith(was):
            grown = raw + _escape(value[len(was) :])
            if _unescape(grown) == value:
                return grown
        return _escape(value)

    def row(self, values: Sequence[str]) -> str:
        return "\t".join(_escape(v) for v in values)


class _CsvCells(_Cells):
    sep = ","

    def __init__(self, text: str, header: _Row) -> None:
        super().__init__(text)
        self.quote_all = all(text[s:e].startswith('"') for s, e in header.spans)

    def cell(self, raw: str, was: str, value: str) -> str:
        quoted = raw.startswith('"') or (not raw and self.quote_all)
        if raw and value.startswith(was):
            tail = value[len(was) :]
            if quoted:
                return raw[:-1] + tail.replace('"', '""') + '"'
            if not _CSV_SPECIAL.search(value):
                return raw + tail
        if quoted or _CSV_SPECIAL.search(value):
            return '"' + value.replace('"', '""') + '"'
        return value

    def name(self, column: str) -> str:
        return f'"{column}"' if self.quote_all else column

    def row(self, values: Sequence[str]) -> str:
        buffer = io.StringIO(newline="")
        if self.quote_all:
            csv.writer(buffer, lineterminator="", quoting=csv.QUOTE_ALL).writerow(values)
        else:
            csv.writer(buffer, lineterminator="").writerow(values)
        return buffer.getvalue()


def _tsv_rows(text: str) -> list[_Row]:
    rows: list[_Row] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.removesuffix("\r")
        spans: list[tuple[int, int]] = []
        at = offset
        for raw in content.split("\t"):
            spans.append((at, at + len(raw)))
            at += len(raw) + 1
        values = [_unescape(text[s:e]) for s, e in spans]
        rows.append(_Row(number, offset + len(content), spans, values))
        offset += len(line) + 1
    return rows


def _csv_rows(text: str) -> list[_Row]:
    """Records as Python's csv reader (excel dialect, strict) reads them, with where each
    cell is written; the text has been read by it already, so it is well formed."""
    rows: list[_Row] = []
    at, line = 0, 1
    while at < len(text):
        start = at
        spans: list[tuple[int, int]] = []
        values: list[str] = []
        while True:
            cell_start = at
            if text.startswith('"', at):
                at += 1
                while True:
                    quote = text.index('"', at)
                    if text.startswith('""', quote):
                        at = quote + 2
                        continue
                    at = quote + 1
                    break
                values.append(text[cell_start + 1 : at - 1].replace('""', '"'))
            else:
                found = _CSV_UNQUOTED_END.search(text, at)
                at = found.start() if found else len(text)
                values.append(text[cell_start:at])
            spans.append((cell_start, at))
            if text.startswith(",", at):
                at += 1
                continue
            break
        end = at
        at += 2 if text.startswith("\r\n", at) else 1
        rows.append(_Row(line, end, spans, values))
        line += text.count("\n", start, at)
    return rows
