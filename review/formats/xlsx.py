"""Excel workbooks (.xlsx, with openpyxl): bilingual tables and glossaries.

A sheet's header is the first row (of its first 20) that names the target column: a title
above it is passed by. Each column is chosen by its header, as in TSV, under the names of
the native formats or the ones clients use (`English`, `Japanese`, `en`, `ja`, `原文`, `訳文`,
`英 (内部用語)`: a note in brackets is passed by; `DOCUMENT_COLUMNS`, `GLOSSARY_COLUMNS`).
Columns for other languages or anything else are not read, and the review says which. A
workbook where no sheet names a target column is one error naming the headers it found and
the ones it knows. A table's segments come from every sheet with such a header (their ids
prefixed with the sheet's name when there are several), a glossary's entries from the first.
Without an `id` column, a first column with no header holds the keys, else each row's
number is its id.

Written back, a reviewed table keeps every cell and every sheet as they were; only the cells
of what the reviewer changed are written (the revision, the status, the note), each in its
column, which is added after the last one when the sheet has none: into the sheets' XML, every
other part of the file kept byte for byte (`xlsx_cells`); where a sheet is not laid out as
that expects, through openpyxl, which cannot keep images and charts, so such a workbook holding
some is not written back. Any other document is written as a new workbook of the segment
fields.
"""

from __future__ import annotations

import datetime
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review.core.model import SEGMENT_FIELDS, Document, Segment
from review.formats.errors import InputError
from review.formats.glossary_table import COLUMNS as GLOSSARY_FIELDS
from review.formats.segments import segment_from_fields
from review.formats.sniff import ZIP_MAGIC, zip_kind

if TYPE_CHECKING:
    from review.formats.xlsx_cells import Value

_TARGETS = ("target", "translation", "japanese", "ja", "ja-jp", "日本語", "日", "ターゲット")

DOCUMENT_COLUMNS: Mapping[str, str] = {
    **{name: name for name in SEGMENT_FIELDS},
    **dict.fromkeys(("key", "keys", "string id", "segment id", "no", "no.", "#", "番号"), "id"),
    **dict.fromkeys(
        ("source text", "english", "en", "en-us", "en-gb", "原文", "英語", "英", "ソース"), "source"
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
        ("source term", "term", "english", "en", "en-us", "en-gb", "原語", "英語", "英", "用語"),
        "source",
    ),
    **dict.fromkeys((*_TARGETS, "target term", "訳語"), "accepted"),
    **dict.fromkeys(("forbidden variants", "禁止訳", "禁止"), "forbidden"),
    **dict.fromkeys(
        ("notes", "comment", "comments", "definition", "備考", "コメント", "定義"), "note"
    ),
}
_TEXT_FIELDS = ("source", "reference", "revision")
_LABEL_ROW = re.compile(r"【[^】]*】")
_HEADER_SEARCH = 20  # rows a title or a legend above the header may take


@dataclass(frozen=True, slots=True)
class XlsxOrigin:
    """The workbook a table was read from, for writing the review back into it."""

    data: bytes
    headers: dict[str, tuple[int, dict[str, int]]]  # sheet → header row, field → column
    places: dict[str, tuple[str, int]]  # segment id → sheet, row
    read: dict[str, Segment]  # as read, to write only what changed
    notices: tuple[str, ...] = ()


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
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
        kind = zip_kind(names)
        if kind != "xlsx":
            if kind == "package":
                message = (
                    "is a CAT tool's package, not an Excel workbook: pass --input-format package"
                )
                raise InputError(path, message)
            raise InputError(path, "is a zip archive, not an Excel workbook")
        return openpyxl.load_workbook(io.BytesIO(data), data_only=values, rich_text=False)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        TypeError,
        OSError,
    ) as exc:
        raise InputError(path, f"not a readable Excel workbook (.xlsx): {exc}") from None


@dataclass(frozen=True, slots=True)
class _Table:
    """One sheet's table: its header row, the column of each field, its records, and the
    headers it has no field for."""

    sheet: str
    header_row: int
    columns: dict[str, int]
    records: list[tuple[int, dict[str, str]]]
    unread: list[str]


def _tables(data: bytes, path: Path, known: Mapping[str, str], required: str) -> list[_Table]:
    """The tables of the sheets whose header (in their first 20 rows) names `required`."""
    sheets = _workbook(data, path, values=True).worksheets
    tables: list[_Table] = []
    first: tuple[str, int, list[str]] | None = None  # the first header-like row, for errors
    for sheet in sheets:
        rows: Iterator[tuple[int, list[str]]] = (
            (number, [_cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        scanned = list(itertools.islice(rows, _HEADER_SEARCH))
        header = next(
            ((n, c) for n, c in scanned if required in (known.get(_label(x)) for x in c)), None
        )
        if header is None:
            if first is None:  # the first row of two cells or more: most like a header
                filled = [(n, c) for n, c in scanned if any(x.strip() for x in c)]
                wide = [(n, c) for n, c in filled if sum(1 for x in c if x.strip()) > 1]
                if filled:
                    first = (sheet.title, *(wide or filled)[0])
            continue
        header_row, names = header
        rest = itertools.chain((r for r in scanned if r[0] > header_row), rows)
        tables.append(_table(sheet.title, header_row, names, rest, known, path))
    if not tables:
        where = (
            "the workbook is empty"
            if first is None
            else (
                f"sheet “{first[0]}” row {first[1]} reads "
                + ", ".join(f"“{x.strip()}”" for x in first[2] if x.strip())
            )
        )
        message = (
            f"no sheet has a “{required}” column in its header ({where}; {_known_names(known)})"
        )
        raise InputError(path, message)
    return [t for t in tables if t.records] or tables[:1]


def _table(
    title: str,
    header_row: int,
    names: list[str],
    rows: Iterable[tuple[int, list[str]]],
    known: Mapping[str, str],
    path: Path,
) -> _Table:
    columns: dict[str, int] = {}
    unread: list[str] = []
    for number, name in enumerate(names, start=1):
        wanted = known.get(_label(name))
        if wanted is None:
            if name.strip():
                unread.append(name.strip())
            continue
        if wanted in columns:
            message = f"sheet “{title}”: columns {columns[wanted]} and {number} are both “{wanted}”"
            raise InputError(path, message, header_row)
        columns[wanted] = number
    if "id" not in columns and names and not names[0].strip():
        columns["id"] = 1  # keys in a first column with no header of its own
    records = [
        (number, {f: cells[c - 1] for f, c in columns.items() if c <= len(cells)})
        for number, cells in rows
        if any(cell.strip() for cell in cells)
    ]
    return _Table(title, header_row, columns, records, unread)


_QUALIFIER = re.compile(r"\s*[(（][^)）]*[)）]\s*$")  # 英 (内部用語): the column's note


def _label(header: str) -> str:
    return _QUALIFIER.sub("", " ".join(header.split())).casefold()


def _known_names(known: Mapping[str, str]) -> str:
    fields = list(dict.fromkeys(known.values()))
    aliases = [name for name, field_name in known.items() if name != field_name]
    return f"columns it knows: {', '.join(fields)}; also {', '.join(aliases)}"


def parse_document(data: bytes, path: Path) -> tuple[list[tuple[int, Segment]], XlsxOrigin]:
    tables = _tables(data, path, DOCUMENT_COLUMNS, "mt")
    parsed: list[tuple[int, Segment]] = []
    places: dict[str, tuple[str, int]] = {}
    for table in tables:
        prefix = f"{table.sheet}:" if len(tables) > 1 else ""
        for number, record in table.records:
            fields: dict[str, object] = {
                key: None if key in _TEXT_FIELDS and value == "" else value
                for key, value in record.items()
            }
            fields["id"] = prefix + (record.get("id", "").strip() or str(number))
            fields["mt"] = record.get("mt", "")
            if fields.get("status") == "":
                del fields["status"]
            segment = segment_from_fields(fields, path, number)
            parsed.append((number, segment))
            places[segment.id] = (table.sheet, number)
    unread = sorted({name for table in tables for name in table.unread})
    notices = (f"columns not read: {', '.join(unread)}",) if unread else ()
    origin = XlsxOrigin(
        data,
        {t.sheet: (t.header_row, t.columns) for t in tables},
        places,
        {segment.id: segment for _, segment in parsed},
        notices,
    )
    return parsed, origin


def glossary_records(data: bytes, path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The rows of a glossary workbook's first sheet with a target column, keyed by the
    native glossary's columns, and the columns not read. Rows without an id that give one
    target term are one entry with each row's source term (a client's glossary lists two
    English terms for 合格判定基準 on two rows)."""
    merged: dict[str, tuple[int, dict[str, str]]] = {}
    records: list[tuple[int, dict[str, str]]] = []
    table = _tables(data, path, GLOSSARY_COLUMNS, "accepted")[0]
    for line, record in table.records:
        if _LABEL_ROW.fullmatch(record.get("source", "").strip()):
            continue  # 【注意書き】: a note to the reader in the table, not a term
        key = record.get("accepted", "").strip()
        if record.get("id", "").strip() or key not in merged:
            records.append((line, record))
            merged.setdefault(key, (line, record))
            continue
        first = merged[key][1]
        for column in ("source", "forbidden", "discouraged", "note"):
            parts = [p for p in (first.get(column, ""), record.get(column, "")) if p.strip()]
            first[column] = (" | " if column != "note" else "; ").join(dict.fromkeys(parts))
    return records, table.unread


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
        return _new_workbook(document.segments, document.path or Path("<workbook>"))
    path = document.path or Path("<workbook>")
    if all(origin.read.get(s.id) == s for s in document.segments):
        return origin.data
    from review.formats.xlsx_cells import SheetEdit, write_cells

    values: dict[str, list[Value]] = {}
    for segment in document.segments:
        old = origin.read.get(segment.id)
        place = origin.places.get(segment.id)
        if old is None or place is None:
            raise InputError(path, f"segment “{segment.id}” is not in the workbook it came from")
        changes = {
            "revision": (segment.revision, old.revision),
            "status": (segment.status.value, old.status.value),
            "note": (segment.note, old.note),
        }
        values.setdefault(place[0], []).extend(
            (place[1], name, new or None)
            for name, (new, before) in changes.items()
            if new != before
        )
    edits = {
        sheet: SheetEdit(*origin.headers[sheet], changed)
        for sheet, changed in values.items()
        if changed  # a sheet whose segments are as they were is left as it is
    }
    written = write_cells(origin.data, path, edits)
    if written is not None:
        return written
    if _drawings(origin.data):
        raise InputError(
            path,
            "the workbook holds images or charts, which openpyxl cannot write back; "
            "write the review to another format (-o review.tsv, or --format jsonl)",
        )
    book = _workbook(origin.data, path, values=False)
    for sheet_name, edit in edits.items():
        sheet = book[sheet_name]
        columns = dict(edit.columns)
        for row, name, text in edit.values:
            if name not in columns:
                columns[name] = sheet.max_column + 1
                sheet.cell(edit.header_row, columns[name], name)
            sheet.cell(row, columns[name], text)
    return _saved(book)


def _new_workbook(segments: Iterable[Segment], path: Path) -> bytes:
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "review"
    sheet.append(list(SEGMENT_FIELDS))
    for segment in segments:
        data = segment.to_dict()
        try:
            sheet.append([data[name] or None for name in SEGMENT_FIELDS])
        except IllegalCharacterError:
            raise InputError(
                path,
                f"segment “{segment.id}” holds a control character, which a workbook cannot "
                "hold; write another format (--format jsonl)",
            ) from None
    return _saved(book)


def _saved(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
