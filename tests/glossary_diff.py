"""What a glossary save changed: the helpers the format and TUI tests share."""

from __future__ import annotations

import difflib
from dataclasses import replace

from review.core.glossary import Glossary


def bare(glossary: Glossary) -> list[object]:
    """The entries without their line numbers, which a grown file shifts."""
    return [replace(entry, line=None) for entry in glossary.entries]


def changes(old: bytes, new: bytes, encoding: str = "utf-8") -> tuple[list[str], list[str]]:
    """The lines of `old` that `new` changed or lacks, and the lines `new` has instead."""
    a = old.decode(encoding).splitlines(keepends=True)
    b = new.decode(encoding).splitlines(keepends=True)
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added
