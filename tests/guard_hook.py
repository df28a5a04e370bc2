"""The repository guard's audit hook: reports every write under the guarded folders, every
read there of a file that is not shipped, and every SQLite database opened there (review
state), to a log file.

tests/conftest.py installs it in the pytest process, and, through a `sitecustomize` it puts
on PYTHONPATH, in every Python subprocess a test starts. This module imports nothing from the
project, so that a subprocess running an installed wheel loads it without the clone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FOLDERS = "REVIEW_TEST_GUARDED"
"""The guarded folders, separated by os.pathsep."""
ALLOWED = "REVIEW_TEST_GUARD_ALLOWED"
"""The shipped files there, which may be read."""
LOG = "REVIEW_TEST_GUARD_LOG"
"""The file each process appends what it saw to."""
HOOK = "REVIEW_TEST_GUARD_HOOK"
"""This file, for the sitecustomize of subprocesses."""

SITECUSTOMIZE = f"""\
import importlib.util, os
_path = os.environ.get("{HOOK}")
if _path:
    _spec = importlib.util.spec_from_file_location("_review_guard_hook", _path)
    _hook = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_hook)
    _hook.install()
"""


def _paths(variable: str) -> list[Path]:
    return [Path(p) for p in os.environ.get(variable, "").split(os.pathsep) if p]


def install() -> None:
    """Add the audit hook to this process, as the environment describes it."""
    folders = _paths(FOLDERS)
    allowed = set(_paths(ALLOWED))
    log = os.environ.get(LOG)
    if not folders or not log:
        return
    busy = False

    def guarded(path: object) -> Path | None:
        if not isinstance(path, str | bytes | os.PathLike):
            return None
        try:
            resolved = Path(os.fsdecode(path)).resolve()
        except (OSError, ValueError):
            return None
        return resolved if any(resolved.is_relative_to(f) for f in folders) else None

    def report(what: str, path: Path) -> None:
        nonlocal busy
        busy = True
        try:
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"{what} {path} (pid {os.getpid()})\n")
        finally:
            busy = False

    def hook(event: str, args: tuple[object, ...]) -> None:
        if busy or not args or event not in ("open", "sqlite3.connect"):
            return
        path = guarded(args[0])
        if path is None:
            return
        if event == "sqlite3.connect":
            report("opened review state", path)
            return
        mode, flags = (args[1], args[2]) if len(args) > 2 else ("r", 0)
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) != 0
        )
        if writing:
            report("wrote", path)
        elif path not in allowed and not path.is_dir():
            report("read", path)

    sys.addaudithook(hook)
