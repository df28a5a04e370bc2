"""Where and how the TUI writes the glossary it has grown."""

from __future__ import annotations

from pathlib import Path

from review.core.glossary import Glossary
from review.formats import glossary_table
from review.formats.errors import OutputError
from review.formats.glossaries import GLOSSARY_FORMATS, SHIPPED_DEFAULT
from review.formats.textio import write_atomic


def save_target(glossary_path: Path | None, document: Path) -> Path:
    """The glossary the document was opened with; but the shipped glossary is never
    modified, so additions to it go to DOC.glossary.tsv beside the document, which every
    later `review DOC` and `review check DOC` picks up by itself."""
    if glossary_path is None or glossary_path.resolve() == SHIPPED_DEFAULT.resolve():
        return document.with_name(document.stem + ".glossary.tsv")
    return glossary_path


def write(glossary: Glossary, path: Path, original: Path | None) -> None:
    """Atomically, keeping the comment lines that head the original file."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in GLOSSARY_FORMATS:
        raise OutputError(
            path, f"cannot write a glossary as “{fmt}” ({', '.join(GLOSSARY_FORMATS)})"
        )
    header = ""
    source = path if path.is_file() else original
    if source is not None and source.is_file():
        lines = source.read_text(encoding="utf-8-sig").splitlines()
        kept = []
        for line in lines:
            if not line.startswith("#"):
                break
            kept.append(line)
        header = "".join(f"{line}\n" for line in kept)
    write_atomic(path, header + glossary_table.render(glossary, fmt))
