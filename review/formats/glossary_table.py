"""The native glossary: TSV or CSV, one concept per row.

Columns (header required; only `accepted` is mandatory):
  id           stable id of the concept (defaults to its first accepted form)
  type         person | organisation | product | place | term | other
  source       source-language forms, separated by |
  accepted     accepted target forms, separated by |; the first is preferred
  forbidden    forbidden variants, separated by |, each as `variant → form to use`
               (`=>` works too); without an arrow, the closest accepted form is used
  discouraged  forms that are not wrong but not preferred, separated by |, each as
               `form → preferred form` (or without an arrow, as above): a warning
               (term-preference), fixed by `review fix` only with --include-preferences
  ignore_case  yes to match Latin letters regardless of case
  note         free text

The `discouraged` column is optional on reading and written only when an entry has one, so
older glossaries and older readers keep working. Additions to an existing file are written
into it in place by `table_append`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from review.core.glossary import Entry, EntryType, Glossary, GlossaryError, Variant
from review.formats import delimited
from review.formats.errors import InputError

COLUMNS = ("id", "type", "source", "accepted", "forbidden", "discouraged", "ignore_case", "note")
_ARROW = re.compile(r"\s*(?:→|=>)\s*")
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"", "no", "n", "false", "0"}
_TYPES = ", ".join(t.value for t in EntryType)


_FORMS = re.compile(r"[|\r\n]")  # | between forms, or a line break in a cell (Alt+Enter)


def split_cell(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _FORMS.split(cell) if part.strip())


def parse_variant(
    item: str, accepted: tuple[str, ...], path: Path, line: int, what: str = "forbidden variant"
) -> Variant:
    parts = _ARROW.split(item)
    if len(parts) > 2 or not parts[0]:
        raise InputError(path, f"{what} “{item}” should read `form → form to use`", line)
    if len(parts) == 2:
        return Variant(parts[0], parts[1])
    best = process.extractOne(parts[0], accepted, scorer=fuzz.ratio)
    return Variant(parts[0], best[0] if best else accepted[0])


def parse(text: str, path: Path, dialect: str) -> Glossary:
    unread: list[str] = []
    records = delimited.records(
        text, path, dialect, known=COLUMNS, required=("accepted",), comments=True, unread=unread
    )
    return parse_records(records, path, unread)


def parse_records(
    records: Iterable[tuple[int, dict[str, str]]], path: Path, unread: Sequence[str] = ()
) -> Glossary:
    """A glossary of (line, cells by column) records: a TSV or CSV file's, or a workbook's;
    `unread`, the columns of other names, which a notice names (read once the records are)."""
    entries: list[Entry] = []
    for line, record in records:
        accepted = split_cell(record.get("accepted", ""))
        if not accepted:
            raise InputError(path, "no accepted form", line)
        type_text = record.get("type", "").strip().lower() or "other"
        try:
            entry_type = EntryType(type_text)
        except ValueError:
            message = f"unknown type “{type_text}” (types are: {_TYPES})"
            raise InputError(path, message, line) from None
        flag = record.get("ignore_case", "").strip().lower()
        if flag not in _TRUE | _FALSE:
            raise InputError(path, f"ignore_case must be yes or no, not “{flag}”", line)
        entries.append(
            Entry(
                id=record.get("id", "").strip() or accepted[0],
                type=entry_type,
                source=split_cell(record.get("source", "")),
                accepted=accepted,
                variants=tuple(
                    parse_variant(item, accepted, path, line)
                    for item in split_cell(record.get("forbidden", ""))
                ),
                discouraged=tuple(
                    parse_variant(item, accepted, path, line, "discouraged form")
                    for item in split_cell(record.get("discouraged", ""))
                ),
                ignore_case=flag in _TRUE,
                note=record.get("note", "").strip(),
                line=line,
            )
        )
    try:
        glossary = Glossary(entries, name=str(path))
    except GlossaryError as exc:
        raise InputError(path, str(exc), exc.line) from None
    for name in unread:
        if (meant := _misspelled(name)) is not None:
            raise InputError(
                path,
                f"unknown column “{name}”: did you mean “{meant}”? (a column of your own needs "
                "a name of its own; the glossary's are: " + ", ".join(COLUMNS) + ")",
            )
    if unread:
        glossary.notices.append(f"columns not read: {', '.join(unread)}")
    glossary.notices.extend(_listed(entries))
    return glossary


def _misspelled(name: str) -> str | None:
    """The glossary's column a header's name misspells (forbiden, acepted, notes), whose
    forms would otherwise go unread and unchecked: one or two letters off, not a name of its
    own made of one (source2, source_en)."""
    for column in COLUMNS:
        if (
            name[:1] == column[:1]
            and abs(len(name) - len(column)) <= 1
            and not name[-1:].isdigit()
            and Levenshtein.distance(name, column) <= 2
        ):
            return column
    return None


_LIST_MARKS = "、,;；，"


def _listed(entries: list[Entry]) -> Iterator[str]:
    """A form that looks like a list of forms (サーバ、サーバ－): one form as written, never
    found in a text that writes either; say so, and how forms are separated."""
    for entry in entries:
        for form in [*entry.accepted, *(v.form for v in (*entry.variants, *entry.discouraged))]:
            mark = next((m for m in _LIST_MARKS if m in form.strip(_LIST_MARKS)), None)
            if mark is not None:
                yield (
                    f"line {entry.line}: “{form}” is one form with “{mark}” in it; "
                    "separate forms with | or a line break in the cell"
                )


def variant_item(variant: Variant, arrow: str = " → ") -> str:
    return f"{variant.form}{arrow}{variant.replacement}"


def cells(entry: Entry) -> dict[str, str]:
    """The entry's row, by column."""
    return {
        "id": entry.id,
        "type": entry.type.value,
        "source": " | ".join(entry.source),
        "accepted": " | ".join(entry.accepted),
        "forbidden": " | ".join(variant_item(v) for v in entry.variants),
        "discouraged": " | ".join(variant_item(v) for v in entry.discouraged),
        "ignore_case": "yes" if entry.ignore_case else "",
        "note": entry.note,
    }


def render(glossary: Glossary, dialect: str) -> str:
    columns: tuple[str, ...] = COLUMNS
    if not any(entry.discouraged for entry in glossary.entries):
        columns = tuple(c for c in COLUMNS if c != "discouraged")
    table = [[cells(entry)[column] for column in columns] for entry in glossary.entries]
    return delimited.render(columns, table, dialect)
