"""The documents a command is given: paths, and glob patterns (`tm/**/*.tmx`) that the shell
left alone (quoted) or cannot expand (Windows' cmd), expanded here, in a stable order."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path

from review.formats.errors import InputError

_MAGIC = frozenset("*?[")


def expand(given: Sequence[Path]) -> list[Path]:
    """Each path as given (a missing one is reported where it is read), or a pattern's
    matches, sorted: files, and the folders that are documents (an Xcode .xcloc); `**` spans
    folders. A pattern that matches nothing is an error."""
    documents: list[Path] = []
    seen: set[Path] = set()
    for path in given:
        text = str(path)
        if path.exists() or not _MAGIC & set(text):
            found = [path]
        else:
            found = [
                Path(match)
                for match in sorted(glob.glob(text, recursive=True))
                if Path(match).is_file() or match.endswith(".xcloc")
            ]
            if not found:
                raise InputError(path, "no document matches this pattern")
        for document in found:
            if document not in seen:
                seen.add(document)
                documents.append(document)
    return documents
