"""Where the TUI may write files: anywhere the reviewer says, or, served to a browser
(`review serve`), only inside the document's side folder and into the glossary it was
started with, named by $REVIEW_WRITE_ROOT (paths separated as in PATH): the export and
glossary dialogs must not become a way to write any file on the server."""

from __future__ import annotations

import os
from pathlib import Path

WRITE_ROOT = "REVIEW_WRITE_ROOT"


def write_roots() -> list[Path]:
    """The folders (and files) that may be written; none where any may."""
    value = os.environ.get(WRITE_ROOT, "")
    return [Path(part).resolve() for part in value.split(os.pathsep) if part]


def served() -> bool:
    return bool(write_roots())


def outside(path: Path) -> str | None:
    """Where files may be written, when `path` is not there; None when it may be written."""
    roots = write_roots()
    resolved = path.resolve()
    if not roots or any(resolved == root or resolved.is_relative_to(root) for root in roots):
        return None
    folders = [str(root) for root in roots if not root.is_file()]
    files = [str(root) for root in roots if root.is_file()]
    return " and ".join([*(f"in {folder}" for folder in folders), *files])
