"""Saving glossary additions into the glossary file they belong to, in its own format.

A glossary that grew by additions (`review.core.glossary_edit`) is written by adding to the
file's bytes, never by writing the file anew: TSV and CSV (`table_append`), prh YAML
(`prh_append`) and TBX (`tbx_append`) each add the new entries and the new forms of grown
entries where that format keeps them, and every other byte stays as it was. Before anything
is returned, the result is read back with the format's reader: it must hold the grown
glossary (for prh, the rules the grown glossary is written as), or nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from review.core.glossary import Entry, Glossary, GlossaryError
from review.core.glossary_edit import Addition, add_to_glossary, growth
from review.core.rules import PatternRule
from review.formats import prh_append, table_append, tbx_append
from review.formats.errors import InputError, OutputError
from review.formats.glossaries import GLOSSARY_FORMATS, render_glossary
from review.formats.spliced import EncodedText, read_text_file, read_xml_file


def append_additions(data: bytes, path: Path, additions: Sequence[Addition]) -> bytes:
    """`data`, the glossary file at `path`, with the additions (GlossaryError if one does
    not apply to the glossary it holds)."""
    glossary: Glossary | None = _read(_open(data, path), path) if data.strip() else None
    for addition in additions:
        glossary = add_to_glossary(glossary, addition)
    return add_to_file(data, path, glossary or Glossary())


def add_to_file(data: bytes, path: Path, glossary: Glossary) -> bytes:
    """`data`, the glossary file at `path`, with what `glossary` adds to the glossary it
    holds; `glossary` must be that glossary grown by additions (OutputError if it is not,
    or if the file's format cannot hold an addition so that it reads back the same). Empty
    `data` gives a new file."""
    if not data.strip():
        return render_glossary(glossary, _format(path)).encode("utf-8")
    file = _open(data, path)
    before = _read(file, path)
    try:
        grown = growth(before, glossary)
    except GlossaryError as exc:
        raise OutputError(
            path, f"the file changed since it was read ({exc}); reopen it to add to it", exc.line
        ) from None
    if not grown.grown and not grown.added:
        return data
    fmt = _format(path)
    expected: list[PatternRule] | None = None
    if fmt in ("tsv", "csv"):
        edits = table_append.edits(file, path, fmt, before, grown)
    elif fmt == "tbx":
        edits = tbx_append.edits(file, path, before, grown)
    else:
        edits, expected = prh_append.plan(file, path, before, grown, glossary)
    result = file.splice(edits, path)
    _check(result, path, glossary, expected)
    return result


def _format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "xlsx":
        raise OutputError(
            path,
            "an Excel glossary is read, not written: save the additions to a .tsv, .tbx or "
            ".yml glossary",
        )
    if fmt not in GLOSSARY_FORMATS:
        raise OutputError(path, f"cannot write a glossary as “{fmt}”")
    return fmt


def _open(data: bytes, path: Path) -> EncodedText:
    fmt = _format(path)
    if fmt == "tbx":
        return read_xml_file(data, path)
    return read_text_file(data, path, "\r\n" if fmt == "csv" else "\n")


def _read(file: EncodedText, path: Path) -> Glossary:
    fmt = _format(path)
    if fmt == "tbx":
        return tbx_append.read(file, path)
    if fmt in ("tsv", "csv"):
        return table_append.read(file, path, fmt)
    return prh_append.read(file, path)


_TABLE_MARKS = ("|", "→")


def _check(
    result: bytes, path: Path, glossary: Glossary, expected: list[PatternRule] | None
) -> None:
    """OutputError unless `result` reads back as `glossary` (prh: as the `expected` rules)."""
    try:
        back = _read(_open(result, path), path)
    except InputError as exc:
        raise OutputError(path, f"the additions would not read back: {exc.message}") from None
    if expected is not None:
        rules = [entry.rule for entry in back.entries]
        if rules != expected:
            wrong = next((w for w, r in zip(expected, rules, strict=False) if w != r), expected[-1])
            raise OutputError(path, f"rule “{wrong.expected}” would not read back as written")
        return
    for ours, theirs in zip(glossary.entries, back.entries, strict=False):
        if _bare(ours) != _bare(theirs):
            forms = [*ours.accepted, *(v.form for v in ours.variants)]
            marked = next((f for f in forms if any(m in f for m in _TABLE_MARKS)), None)
            why = (
                f": “{marked}” holds {' or '.join(m for m in _TABLE_MARKS if m in marked)}, "
                "which a table reads as a separator between forms "
                "(a TBX or prh glossary can hold it)"
                if marked is not None and path.suffix.lower() in (".tsv", ".csv", ".txt")
                else ""
            )
            raise OutputError(
                path, f"entry “{ours.id}” cannot be written so that it reads back{why}"
            )
    if len(back.entries) != len(glossary.entries):
        raise OutputError(path, "the entries would not read back as they are")


def _bare(entry: Entry) -> Entry:
    return replace(entry, line=None)
