"""Reading and writing glossaries, and finding the one that belongs to a document."""

from __future__ import annotations

from pathlib import Path

from review.core.glossary import Glossary
from review.core.places import side_folder
from review.formats.config import ProjectConfig
from review.formats.errors import InputError
from review.formats.sniff import sniff
from review.formats.textio import read_bytes, read_text, write_atomic

GLOSSARY_FORMATS = ("tsv", "csv", "tbx", "yml", "yaml", "xlsx")
_BESIDE = (
    ".glossary.tsv",
    ".glossary.csv",
    ".glossary.tbx",
    ".glossary.yml",
    ".glossary.yaml",
    ".glossary.xlsx",
)


def _format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in GLOSSARY_FORMATS:  # a termbase saved as .xml, a workbook renamed
        fmt = {"termbase": "tbx", "xlsx": "xlsx"}.get(sniff(path) or "", fmt)
    if fmt not in GLOSSARY_FORMATS:
        raise InputError(
            path,
            "unsupported glossary format "
            "(supported: .tsv, .csv, .tbx, Excel's .xlsx, and prh's .yml/.yaml)",
        )
    return fmt


def read_glossary(path: Path, encoding: str | None = None) -> Glossary:
    """A glossary by extension: TSV/CSV (native), TBX, an Excel workbook (`xlsx`), or a prh
    dictionary (.yml/.yaml), whose specs must pass (see `review.formats.prh`)."""
    fmt = _format(path)
    # each reader is imported when used (TBX needs lxml, prh YAML)
    if fmt == "tbx":
        from review.formats import tbx

        return tbx.read(read_bytes(path), path, encoding)
    if fmt in ("yml", "yaml"):
        from review.formats import prh

        return prh.read(path, encoding)
    from review.formats import glossary_table

    if fmt == "xlsx":
        from review.formats import xlsx

        records, unread = xlsx.glossary_records(read_bytes(path), path)
        return glossary_table.parse_records(records, path, unread)
    return glossary_table.parse(read_text(path, encoding), path, fmt)


def render_glossary(glossary: Glossary, fmt: str) -> str:
    from review.formats import glossary_table, prh, tbx

    if fmt == "tbx":
        return tbx.render(glossary)
    if fmt == "xlsx":
        raise InputError(
            glossary.name or "glossary",
            "an Excel glossary is read, not written: save the glossary as .tsv, .tbx or .yml",
        )
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
    `.yml` or `.yaml`, or None; for the installed example, the one in the per-user folder
    (where the TUI saves additions) first."""
    for folder in dict.fromkeys((side_folder(document), document.parent)):
        for suffix in _BESIDE:
            beside = folder / (document.stem + suffix)
            if beside.is_file():
                return beside
    return None


NO_GLOSSARY = "no glossary (none beside the document, none in review.toml): names are not checked"


def find_glossary(
    document: Path, given: Path | None, *, no_glossary: bool, config: ProjectConfig
) -> tuple[Path | None, str | None]:
    """The glossary that applies to a document, first found: the one `given` (or none with
    `no_glossary`), the one beside it with its stem, the `glossary = …` of its project config;
    and when there is none (and none was refused), the note that says so."""
    if no_glossary:
        return None, None
    if given is not None:
        return given, None
    path = glossary_beside(document) or config.file("glossary")
    return (None, NO_GLOSSARY) if path is None else (path, None)
