"""Adding to a TSV or CSV glossary in place.

New entries become rows at the end of the file; an entry that gains accepted forms, source
forms, forbidden variants or a note gets them at the end of those cells of its own row. A
column the additions need and the header lacks is added at the end of the header. Every
other byte stays as it was: comments, blank lines, column order, quoting, escapes, line ends,
encoding. Forbidden variants written without an arrow are resolved to the closest accepted
form; when a new accepted form would change that, the arrow is written out.
"""

from __future__ import annotations

from pathlib import Path

from review.core.glossary import Entry, EntryType, Glossary, Variant
from review.core.glossary_edit import Growth
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
from review.formats.table_cells import Row, is_data, row_edits, table_rows, writer


def read(file: EncodedText, path: Path, dialect: str) -> Glossary:
    return parse(file.text, path, dialect)


def edits(
    file: EncodedText, path: Path, dialect: str, before: Glossary, growth: Growth
) -> list[Edit]:
    text = file.text
    rows = table_rows(text, dialect)
    header = next(r for r in rows if is_data(r))
    names = [value.strip().lower() for value in header.values]
    write = writer(text, dialect, header)

    changes: list[tuple[Row, dict[str, str]]] = []
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
        result.extend(row_edits(row, columns, values, write))
    if growth.added:
        new_rows = [[cells(entry).get(c, "") for c in columns] for entry in growth.added]
        for entry, new_row in zip(growth.added, new_rows, strict=True):
            if new_row[0].startswith("#"):
                message = f"entry “{entry.id}”: a row that starts with “#” is a comment"
                raise OutputError(path, message, entry.line)
        lines = "".join(write.row(new_row) + file.newline for new_row in new_rows)
        start = "" if not text or text.endswith("\n") else file.newline
        result.append(Edit(len(text), len(text), start + lines))
    return result


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
