"""Documents as TSV or CSV with a header row naming the segment fields."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from review.core.model import SEGMENT_FIELDS, Segment
from review.formats import delimited
from review.formats.segments import changed_fields, segment_from_fields
from review.formats.spliced import Edit, EncodedText
from review.formats.table_cells import is_data, row_edits, table_rows, writer

_OPTIONAL_TEXT = ("source", "reference", "revision")


def parse(text: str, path: Path, dialect: str) -> list[tuple[int, Segment]]:
    return [
        (number, segment_from_fields(_fields(record), path, number))
        for number, record in delimited.records(
            text, path, dialect, known=SEGMENT_FIELDS, required=("id", "mt")
        )
    ]


def _fields(record: Mapping[str, str]) -> dict[str, object]:
    return {
        key: (None if key in _OPTIONAL_TEXT and value == "" else value)
        for key, value in record.items()
    }


def render(segments: list[Segment], dialect: str) -> str:
    table = [
        ["" if value is None else str(value) for value in s.to_dict().values()] for s in segments
    ]
    return delimited.render(SEGMENT_FIELDS, table, dialect)


def edits(
    file: EncodedText, path: Path, dialect: str, segments: list[Segment]
) -> list[Edit] | None:
    """The segments written over the table they were read from: a changed segment's row
    gets the cells that changed, written as the row writes its cells, and a column the
    header lacks is added at its end; None when the segments are not the table's."""
    text = file.text
    before = parse(text, path, dialect)
    if [s.id for _, s in before] != [s.id for s in segments]:
        return None
    rows = table_rows(text, dialect)
    by_line = {row.line: row for row in rows}
    header = next(row for row in rows if is_data(row))
    names = [value.strip().lower() for value in header.values]
    write = writer(text, dialect, header)
    changes: list[tuple[int, dict[str, str]]] = []
    for (number, old), new in zip(before, segments, strict=True):
        if old == new:
            continue
        if number not in by_line:
            return None
        read = dict(zip(names, by_line[number].values, strict=False))
        changed = changed_fields(old, new, _fields(read), path, number)
        changes.append((number, {k: "" if v is None else str(v) for k, v in changed.items()}))
    needed = {column for _, cells in changes for column in cells}
    columns = names + [c for c in SEGMENT_FIELDS if c in needed and c not in names]
    result: list[Edit] = []
    if len(columns) > len(names):
        added = "".join(write.sep + write.name(c) for c in columns[len(names) :])
        result.append(Edit(header.end, header.end, added))
    for number, cells in changes:
        result.extend(row_edits(by_line[number], columns, cells, write))
    return result
