"""Reading and writing glossaries, and finding the one that belongs to a document."""

from __future__ import annotations

from pathlib import Path

from review.core.glossary import Glossary
from review.formats import glossary_table
from review.formats.errors import InputError
from review.formats.textio import read_text, write_atomic

GLOSSARY_FORMATS = ("tsv", "csv")
SHIPPED_DIR = Path(__file__).resolve().parent.parent.parent / "glossary"
SHIPPED_DEFAULT = SHIPPED_DIR / "names.tsv"


def _format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in GLOSSARY_FORMATS:
        raise InputError(
            path, f"unsupported glossary format (supported: {', '.join(GLOSSARY_FORMATS)})"
        )
    return fmt


def read_glossary(path: Path, encoding: str | None = None) -> Glossary:
    fmt = _format(path)
    return glossary_table.parse(read_text(path, encoding), path, fmt)


def write_glossary(glossary: Glossary, path: Path) -> None:
    write_atomic(path, glossary_table.render(glossary, _format(path)))


def glossary_for(document: Path) -> Path | None:
    """The glossary beside the document (same stem, `.glossary.tsv` or `.glossary.csv`),
    else the shipped default, else none."""
    for suffix in (".glossary.tsv", ".glossary.csv"):
        beside = document.with_name(document.stem + suffix)
        if beside.is_file():
            return beside
    return SHIPPED_DEFAULT if SHIPPED_DEFAULT.is_file() else None
