"""Excel workbooks (.xlsx, with openpyxl): bilingual tables and glossaries.

The first worksheet is read. Its header is the first row (of the first 20) that names the
target column, else its first non-empty row: a title above it is passed by. Each column is
chosen by its header, as in TSV, under the names of the native formats or the ones clients use
(`English`, `Japanese`, `原文`, `訳文`, `Comment`…: `DOCUMENT_COLUMNS`, `GLOSSARY_COLUMNS`).
A header the tool does not know is one error naming the sheet, the row and the headers it
knows. A table without an `id` column takes each row's number as its id.

Written back, a reviewed table keeps every cell and every sheet as they were; only the cells
of what the reviewer changed are written (the revision, the status, the note), each in its
column, which is added after the last one when the sheet has none. openpyxl cannot keep
images and charts, so a workbook holding some is not written back: the review goes to
another format instead. Any other document is written as a new workbook of the segment
fields.
"""

from __future__ import annotations

import datetime
import io
import itertools
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review.core.model import SEGMENT_FIELDS, Document, Segment
from review.formats.errors import InputError
from review.formats.glossary_table import COLUMNS as GLOSSARY_FIELDS
from review.formats.segments import segment_from_fields

ZIP_MAGIC = b"PK\x03\x04"
_TARGETS = ("target", "translation", "japanese", "ja", "ja-jp", "日本語", "ターゲット")

DOCUMENT_COLUMNS: Mapping[str, str] = {
    **{name: name for name in SEGMENT_FIELDS},
    **dict.fromkeys(("key", "string id", "segment id", "no", "no.", "#", "番号"), "id"),
    **dict.fromkeys(
        ("source text", "english", "en", "en-us", "en-gb", "原文", "英語", "ソース"), "source"
    ),
    **dict.fromkeys((*_TARGETS, "target text", "machine translation", "訳文", "翻訳"), "mt"),
    **dict.fromkeys(("参照訳",), "reference"),
    **dict.fromkeys(("修正訳", "修正後"), "revision"),
    **dict.fromkeys(("ステータス", "状態"), "status"),
    **dict.fromkeys(("notes", "comment", "comments", "備考", "コメント"), "note"),
}
GLOSSARY_COLUMNS: Mapping[str, str] = {
    **{name: name for name in GLOSSARY_FIELDS},
    **dict.fromkeys(
        ("source term", "term", "english", "en", "en-us", "en-gb", "原語", "英語", "用語"),
        "source",
    ),
    **dict.fromkeys((*_TARGETS, "target term", "訳語"), "accepted"),
    **dict.fromkeys(("forbidden variants", "禁止訳", "禁止"), "forbidden"),
    **dict.fromkeys(
        ("notes", "comment", "comments", "definition", "備考", "コメント", "定義"), "note"
    ),
}
_TEXT_FIELDS = ("source", "reference", "revision")
_HEADER_SEARCH = 20  # rows a title or a legend above the header may take


@dataclass(frozen=True, slots=True)
class XlsxOrigin:
    """The workbook a table was read from, for writing the review back into it."""

    data: bytes
    sheet: str
    header_row: int
    columns: dict[str, int]  # field → 1-based column
    rows: dict[str, int] = field(default_factory=dict)  # segment id → row
    read: dict[str, Segment] = field(default_factory=dict)  # as read, to write only changes


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _workbook(data: bytes, path: Path, *, values: bool) -> Any:
    import openpyxl  # imported when an Excel file is read: most runs never need it

    if not data.startswith(ZIP_MAGIC):
        raise InputError(path, "not an Excel workbook (.xlsx): the file is not a zip archive")
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=values, rich_text=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise InputError(path, f"not a readable Excel workbook (.xlsx): {exc}") from None


def _table(
    data: bytes, path: Path, known: Mapping[str, str], required: str
) -> tuple[str, int, dict[str, int], list[tuple[int, dict[str, str]]]]:
    """The first sheet's title, header row, field columns and (row, fields) records."""
    sheet = _workbook(data, path, values=True).worksheets[0]
    rows: Iterator[tuple[int, list[str]]] = (
        (number, [_cell_text(v) for v in values])
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
    )
    scanned = list(itertools.islice(rows, _HEADER_SEARCH))
    header_row, header = next(
        ((n, cells) for n, cells in scanned if required in (known.get(_label(c)) for c in cells)),
        next(((n, cells) for n, cells in scanned if any(c.strip() for c in cells)), (0, [])),
    )
    rows = itertools.chain((r for r in scanned if r[0] > header_row), rows)
    where = f"sheet “{sheet.title}”"
    if not header_row:
        raise InputError(path, f"{where} is empty: expected a header row naming the columns")
    columns: dict[str, int] = {}
    for number, name in enumerate(header, start=1):
        label = _label(name)
        if not label:
            continue
        wanted = known.get(label)
        if wanted is None:
            message = f"{where}: unknown column “{name.strip()}” ({_known_names(known)})"
            raise InputError(path, message, header_row)
        if wanted in columns:
            message = (
                f"{where}: two columns are “{wanted}” (the {columns[wanted]}th and the {number}th)"
            )
            raise InputError(path, message, header_row)
        columns[wanted] = number
    if required not in columns:
        raise InputError(path, f"{where}: no “{required}” column in the header", header_row)
    records = [
        (number, {f: cells[c - 1].strip() if f == "id" else cells[c - 1]
                  for f, c in columns.items() if c <= len(cells)})
        for number, cells in rows
        if any(cell.strip() for cell in cells)
    ]  # fmt: skip
    return sheet.title, header_row, columns, records


def _label(header: str) -> str:
    return " ".join(header.split()).casefold()


def _known_names(known: Mapping[str, str]) -> str:
    fields = list(dict.fromkeys(known.values()))
    aliases = [name for name, field_name in known.items() if name != field_name]
    return f"columns it knows: {', '.join(fields)}; also {', '.join(aliases)}"


def parse_document(data: bytes, path: Path) -> tuple[list[tuple[int, Segment]], XlsxOrigin]:
    title, header_row, columns, records = _table(data, path, DOCUMENT_COLUMNS, "mt")
    parsed: list[tuple[int, Segment]] = []
    for number, record in records:
        fields: dict[str, object] = {
            key: None if key in _TEXT_FIELDS and value == "" else value
            for key, value in record.items()
        }
        fields.setdefault("id", str(number))
        fields["mt"] = record.get("mt", "")
        if fields.get("status") == "":
            del fields["status"]
        parsed.append((number, segment_from_fields(fields, path, number)))
    origin = XlsxOrigin(
        data,
        title,
        header_row,
        columns,
        {segment.id: number for number, segment in parsed},
        {segment.id: segment for _, segment in parsed},
    )
    return parsed, origin


def glossary_records(data: bytes, path: Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of a glossary workbook, keyed by the native glossary's columns."""
    return _table(data, path, GLOSSARY_COLUMNS, "accepted")[3]


def _drawings(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return any(
            name.startswith(("xl/drawings/", "xl/charts/", "xl/media/", "xl/embeddings/"))
            for name in archive.namelist()
        )


def render(document: Document) -> bytes:
    """The document as a workbook: written back into the one it was read from, else new."""
    origin = document.origin if isinstance(document.origin, XlsxOrigin) else None
    if origin is None:
        return _new_workbook(document.segments)
    path = document.path or Path("<workbook>")
    if all(origin.read.get(s.id) == s for s in document.segments):
        return origin.data
    if _drawings(origin.data):
        raise InputError(
            path,
            "the workbook holds images or charts, which openpyxl cannot write back; "
            "write the review to another format (-o review.tsv, or --format jsonl)",
        )
    book = _workbook(origin.data, path, values=False)
    sheet = book[origin.sheet]
    columns = dict(origin.columns)
    for segment in document.segments:
        old = origin.read.get(segment.id)
        row = origin.rows.get(segment.id)
        if old is None or row is None:
            raise InputError(path, f"segment “{segment.id}” is not in the workbook it came from")
        changes = {
            "revision": (segment.revision, old.revision),
            "status": (segment.status.value, old.status.value),
            "note": (segment.note, old.note),
        }
        for name, (new, before) in changes.items():
            if new == before:
                continue
            if name not in columns:
                columns[name] = sheet.max_column + 1
                sheet.cell(origin.header_row, columns[name], name)
            sheet.cell(row, columns[name], new if new else None)
    return _saved(book)


def _new_workbook(segments: Iterable[Segment]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "review"
    sheet.append(list(SEGMENT_FIELDS))
    for segment in segments:
        data = segment.to_dict()
        sheet.append([data[name] or None for name in SEGMENT_FIELDS])
    return _saved(book)


def _saved(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
