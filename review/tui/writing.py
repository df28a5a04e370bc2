"""Where the TUI may write files: anywhere the reviewer says, or, served to a browser
(`review serve`), only inside the document's side folder, named by $REVIEW_WRITE_ROOT: the
export and glossary dialogs must not become a way to write any file on the server."""

from __future__ import annotations

import os
from pathlib import Path

WRITE_ROOT = "REVIEW_WRITE_ROOT"


def write_root() -> Path | None:
    value = os.environ.get(WRITE_ROOT)
    return Path(value).resolve() if value else None


def outside(path: Path) -> Path | None:
    """The folder `path` must be inside, when it is not; None when it may be written."""
    root = write_root()
    if root is None or path.resolve().is_relative_to(root):
        return None
    return root
