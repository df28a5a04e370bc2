"""Where and how the TUI writes the glossary it has grown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from review.core.glossary import GlossaryError
from review.core.glossary_edit import Addition
from review.core.places import beside_stem, is_packaged, shipped_glossary
from review.formats.errors import InputError, OutputError
from review.formats.glossaries import read_glossary, render_glossary
from review.formats.glossary_append import append_additions
from review.formats.textio import read_bytes, write_atomic_chunks

BESIDE_SUFFIX = ".glossary.tsv"


def is_shipped(path: Path) -> bool:
    """The shipped example's glossary, or any glossary inside the installed package, or a
    copy of the example's glossary as it ships (a clone's glossary/names.tsv beside an
    installed package): never modified."""
    shipped = shipped_glossary()
    if path.resolve() == shipped.resolve() or is_packaged(path):
        return True
    try:
        return path.name == shipped.name and path.read_bytes() == shipped.read_bytes()
    except OSError:
        return False


def save_target(glossary_path: Path | None, document: Path) -> Path:
    """The glossary the document was opened with; but a shipped glossary is never modified,
    so additions to it go to DOC.glossary.tsv beside the document (in the per-user data
    folder for the installed example), which every later `review DOC` and `review check
    DOC` picks up by itself."""
    if glossary_path is None or is_shipped(glossary_path):
        return beside_stem(document, BESIDE_SUFFIX)
    return glossary_path


def write(path: Path, original: Path | None, additions: Sequence[Addition]) -> None:
    """Atomically, adding the additions not yet saved to the glossary the file holds now and
    changing nothing else in it (see `review.formats.glossary_append`). A new
    DOC.glossary.tsv starts as a copy of the glossary it grows (`original`), comments and
    all, or as a new table."""
    base = _base(path, original)
    try:
        data = append_additions(base, path, additions)
    except GlossaryError as exc:
        raise OutputError(path, f"cannot add to the glossary: {exc}", exc.line) from None
    write_atomic_chunks(path, [data])


def refusal(path: Path, original: Path | None, additions: Sequence[Addition]) -> str | None:
    """Why these additions could not be written to the glossary file (a form its format
    cannot hold, such as | in a table cell), or None: asked before an addition is taken, so
    that one that could never be saved does not stand in the way of every later save."""
    try:
        append_additions(_base(path, original), path, additions)
    except (GlossaryError, OutputError) as exc:
        return str(exc)
    except (InputError, OSError, ValueError):  # the file unreadable now: told when saved
        return None
    return None


def _base(path: Path, original: Path | None) -> bytes:
    """The bytes the additions go into: the file itself when it exists (never overwritten
    by a copy of another), else a copy of `original`, else nothing."""
    if path.is_file():
        return read_bytes(path)
    if original is None:
        return b""
    if original.suffix.lower() == path.suffix.lower():
        return read_bytes(original)
    fmt = path.suffix.lower().lstrip(".")
    return render_glossary(read_glossary(original), fmt).encode("utf-8")
