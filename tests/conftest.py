"""Hermetic tests: every test works on copies in tmp_path, and the session fails if any test
(subprocesses included) leaves anything under the repository's pairs/ or glossary/, or if a
test in this process opens review state there.

The per-user folders (review state of the installed example, the reviewer's config) point
into a temporary folder for the whole session, subprocesses included, through
REVIEW_DATA_DIR and REVIEW_CONFIG_DIR.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIRS = ROOT / "pairs" / "openai-hires.jsonl"
NAMES_GLOSSARY = ROOT / "glossary" / "names.tsv"
EXAMPLE_CONFIG = ROOT / "pairs" / "review.toml"
SEED_TEXT = ROOT.parent / "shared" / "seeds" / "000_7d3b3e4488a9dca3.txt"

_GUARD_ROOT = Path(os.environ.get("REVIEW_TEST_GUARD_ROOT", ROOT))  # set by test_guard.py
GUARDED = (_GUARD_ROOT / "pairs", _GUARD_ROOT / "glossary")
_SHIPPED = {SEED_PAIRS, NAMES_GLOSSARY, EXAMPLE_CONFIG, *(f / "README.md" for f in GUARDED)}
_violations: list[str] = []


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(_GUARD_ROOT)): (stat.st_size, stat.st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if (stat := path.stat()) and path.is_file()
    }


def _guarded(path: object) -> Path | None:
    """The path, when it lies under a guarded folder and is not a shipped file being read."""
    if not isinstance(path, str | bytes | os.PathLike):
        return None
    try:
        resolved = Path(os.fsdecode(path)).resolve()
    except (OSError, ValueError):
        return None
    if not any(resolved.is_relative_to(folder) for folder in GUARDED):
        return None
    return resolved


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and args:
        path = _guarded(args[0])
        mode = args[1] if len(args) > 1 else "r"
        writing = isinstance(mode, str) and any(c in mode for c in "wax+")
        if path is not None and (writing or path not in _SHIPPED):
            _violations.append(f"{'wrote' if writing else 'read'} {path}")
    elif event == "sqlite3.connect" and args:
        path = _guarded(args[0])
        if path is not None:
            _violations.append(f"opened review state {path}")


@pytest.fixture(scope="session", autouse=True)
def _user_folders() -> Iterator[None]:
    """The per-user data and config folders in a temporary folder, for this process and
    every subprocess a test starts."""
    with tempfile.TemporaryDirectory(prefix="review-user-") as home:
        saved = {name: os.environ.get(name) for name in ("REVIEW_DATA_DIR", "REVIEW_CONFIG_DIR")}
        os.environ["REVIEW_DATA_DIR"] = str(Path(home) / "data")
        os.environ["REVIEW_CONFIG_DIR"] = str(Path(home) / "config")
        os.environ.pop("REVIEW_KEYMAP", None)
        yield
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_BEFORE] = {str(f): _tree(f) for f in GUARDED}
    sys.addaudithook(_audit)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_BEFORE, None)
    if before is None:
        return
    after = {str(f): _tree(f) for f in GUARDED}
    changed = sorted(
        name
        for folder, files in before.items()
        for name in files.keys() | after[folder].keys()
        if files.get(name) != after[folder].get(name)
    )
    problems = [f"changed {name}" for name in changed] + sorted(set(_violations))
    if problems:
        lines = "\n  ".join(problems[:20])
        sys.stderr.write(
            f"\nThe tests touched the repository's pairs/ or glossary/ (tests must work on "
            f"copies in tmp_path):\n  {lines}\n"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_BEFORE = pytest.StashKey[dict[str, dict[str, tuple[int, int]]]]()


def example_copy(folder: Path) -> Path:
    """The shipped example laid out as in the repository, under `folder`: pairs/ with the
    document and its review.toml, glossary/names.tsv. Returns the document."""
    (folder / "pairs").mkdir(parents=True, exist_ok=True)
    (folder / "glossary").mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE_CONFIG, folder / "pairs" / EXAMPLE_CONFIG.name)
    shutil.copy(NAMES_GLOSSARY, folder / "glossary" / NAMES_GLOSSARY.name)
    return Path(shutil.copy(SEED_PAIRS, folder / "pairs" / SEED_PAIRS.name))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The shipped example copied into tmp_path with its config and glossary, so no state
    or output lands in the repository."""
    return example_copy(tmp_path)
