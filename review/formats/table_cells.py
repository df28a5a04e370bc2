"""Where each row and cell of a TSV or CSV text is written, and how a cell is written anew:
for editing a table in place, every other byte as it was (quoting, escapes, line ends)."""

from __future__ import annotations

import csv
import io
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from review.formats.delimited import _escape, _unescape
from review.formats.spliced import Edit

_CSV_SPECIAL = re.compile(r'[,"\r\n]')
_CSV_UNQUOTED_END = re.compile(r"[,\r\n]")
_LINE_BREAK = re.compile(r"\r\n?|\n")  # as Python's csv reader counts lines


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    end: int  # offset after the last cell, before the line end
    spans: list[tuple[int, int]]  # each cell as written
    values: list[str]  # each cell as read


def is_data(row: Row) -> bool:
    return any(v.strip() for v in row.values) and not row.values[0].startswith("#")


def row_edits(row: Row, columns: list[str], values: dict[str, str], write: Cells) -> list[Edit]:
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


class Cells(ABC):
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


class TsvCells(Cells):
    def cell(self, raw: str, was: str, value: str) -> str:
        if value.startswith(was):
            grown = raw + _escape(value[len(was) :])
            if _unescape(grown) == value:
                return grown
        return _escape(value)

    def row(self, values: Sequence[str]) -> str:
        return "\t".join(_escape(v) for v in values)


class CsvCells(Cells):
    sep = ","

    def __init__(self, text: str, header: Row) -> None:
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


def tsv_rows(text: str) -> list[Row]:
    rows: list[Row] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.removesuffix("\r")
        spans: list[tuple[int, int]] = []
        at = offset
        for raw in content.split("\t"):
            spans.append((at, at + len(raw)))
            at += len(raw) + 1
        values = [_unescape(text[s:e]) for s, e in spans]
        rows.append(Row(number, offset + len(content), spans, values))
        offset += len(line) + 1
    return rows


def csv_rows(text: str) -> list[Row]:
    """Records as Python's csv reader (excel dialect, strict) reads them, with where each
    cell is written; the text has been read by it already, so it is well formed."""
    rows: list[Row] = []
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
        rows.append(Row(line, end, spans, values))
        line += len(_LINE_BREAK.findall(text, start, at))
    return rows


def table_rows(text: str, dialect: str) -> list[Row]:
    return tsv_rows(text) if dialect == "tsv" else csv_rows(text)


def writer(text: str, dialect: str, header: Row) -> Cells:
    return TsvCells(text) if dialect == "tsv" else CsvCells(text, header)
