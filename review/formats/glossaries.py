"""Reading and writing glossaries, and finding the one that belongs to a document."""

from __future__ import annotations

from pathlib import Path

from review.core.glossary import Glossary
from review.formats.errors import InputError
from review.formats.textio import read_bytes, read_text, write_atomic

GLOSSARY_FORMATS = ("tsv", "csv", "tbx", "yml", "yaml")
_BESIDE = (".glossary.tsv", ".glossary.csv", ".glossary.tbx", ".glossary.yml", ".glossary.yaml")


def _format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in GLOSSARY_FORMATS:
        raise InputError(
            path,
            "unsupported glossary format (supported: .tsv, .csv, .tbx, and prh's .yml/.yaml)",
        )
    return fmt


def read_glossary(path: Path, encoding: str | None = None) -> Glossary:
    """A glossary by extension: TSV/CSV (native), TBX, or a prh dictionary (.yml/.yaml),
    whose specs must pass (see `review.formats.prh`)."""
    fmt = _format(path)
    # each reader is imported when used (TBX needs lxml, prh YAML)
    if fmt == "tbx":
        from review.formats import tbx

        return tbx.read(read_bytes(path), path, encoding)
    if fmt in ("yml", "yaml"):
        from review.formats import prh

        return prh.read(path, encoding)
    from review.formats import glossary_table

    return glossary_table.parse(read_text(path, encoding), path, fmt)


def render_glossary(glossary: Glossary, fmt: str) -> str:
    from review.formats import glossary_table, prh, tbx

    if fmt == "tbx":
        return tbx.render(glossary)
    if fmt in ("yml", "yaml"):
        return prh.render(glossary)
    rules = [entry for entry in glossary.entries if entry.rule is not None]
    if rules:
        raise InputError(
            glossary.name or "glossary",
            f"{len(rules)} entries are prh pattern rules (the first: “{rules[0].id}”), which "
            f"{fmt.upper()} cannot hold; write the glossary as prh YAML (.yml)",
            rules[0].line,
        )
    return glossary_table.render(glossary, fmt)


def write_glossary(glossary: Glossary, path: Path) -> None:
    write_atomic(path, render_glossary(glossary, _format(path)))


def glossary_beside(document: Path) -> Path | None:
    """The glossary beside the document with its stem + `.glossary.tsv`, `.csv`, `.tbx`,
    `.yml` or `.yaml`, or None."""
    for suffix in _BESIDE:
        beside = document.with_name(document.stem + suffix)
        if beside.is_file():
            return beside
    return None
