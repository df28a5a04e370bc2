"""Hermetic tests: every test works on copies in tmp_path, and the session fails if any test,
subprocesses included, leaves anything under the repository's pairs/ or glossary/, writes
there, reads there anything but the shipped files, or opens review state there
(`tests/guard_hook.py`; `tests/test_guard.py` proves it).

The per-user folders (review state of the installed example, the reviewer's config) point
into a temporary folder for the whole session, subprocesses included, through
REVIEW_DATA_DIR and REVIEW_CONFIG_DIR.

Under pytest-xdist the controller sets all this up before it starts its workers, which
inherit the environment (and so the guard, through the sitecustomize), take per-user folders
of their own, and leave the check at the end to the controller.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests import guard_hook

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIRS = ROOT / "pairs" / "openai-hires.jsonl"
NAMES_GLOSSARY = ROOT / "glossary" / "names.tsv"
EXAMPLE_CONFIG = ROOT / "pairs" / "review.toml"
SEED_TEXT = ROOT.parent / "shared" / "seeds" / "000_7d3b3e4488a9dca3.txt"

_GUARD_ROOT = Path(os.environ.get("REVIEW_TEST_GUARD_ROOT", ROOT))  # set by test_guard.py
GUARDED = (_GUARD_ROOT / "pairs", _GUARD_ROOT / "glossary")
_SHIPPED = [
    _GUARD_ROOT / shipped.relative_to(ROOT)
    for shipped in (SEED_PAIRS, NAMES_GLOSSARY, EXAMPLE_CONFIG)
] + [folder / "README.md" for folder in GUARDED]
_BEFORE = pytest.StashKey[dict[str, dict[str, tuple[int, int]]]]()
_HOME = pytest.StashKey[Path]()


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(_GUARD_ROOT)): (stat.st_size, stat.st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if (stat := path.stat()) and path.is_file()
    }


def pytest_sessionstart(session: pytest.Session) -> None:
    """Before any test: the per-user folders in a temporary folder, and the guard's audit
    hook in this process and (through a sitecustomize on PYTHONPATH) in every subprocess."""
    worker = getattr(session.config, "workerinput", None)  # set in pytest-xdist's workers
    if worker is not None:
        for variable in ("REVIEW_DATA_DIR", "REVIEW_CONFIG_DIR"):
            os.environ[variable] += f"-{worker['workerid']}"
        return
    home = Path(tempfile.mkdtemp(prefix="review-tests-"))
    session.config.stash[_HOME] = home
    (home / "site").mkdir()
    (home / "site" / "sitecustomize.py").write_text(guard_hook.SITECUSTOMIZE, encoding="utf-8")
    os.environ.update(
        {
            "REVIEW_DATA_DIR": str(home / "data"),
            "REVIEW_CONFIG_DIR": str(home / "config"),
            guard_hook.FOLDERS: os.pathsep.join(str(f.resolve()) for f in GUARDED),
            guard_hook.ALLOWED: os.pathsep.join(str(f.resolve()) for f in _SHIPPED),
            guard_hook.LOG: str(home / "guard.log"),
            guard_hook.HOOK: guard_hook.__file__,
            "PYTHONPATH": os.pathsep.join(
                [str(home / "site"), *filter(None, [os.environ.get("PYTHONPATH")])]
            ),
        }
    )
    os.environ.pop("REVIEW_KEYMAP", None)
    session.config.stash[_BEFORE] = {str(f): _tree(f) for f in GUARDED}
    guard_hook.install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_BEFORE, None)
    home = session.config.stash.get(_HOME, None)
    if before is None or home is None:
        return
    after = {str(f): _tree(f) for f in GUARDED}
    changed = sorted(
        name
        for folder, files in before.items()
        for name in files.keys() | after[folder].keys()
        if files.get(name) != after[folder].get(name)
    )
    log = home / "guard.log"
    seen = log.read_text(encoding="utf-8").splitlines() if log.is_file() else []
    problems = [f"changed {name}" for name in changed] + sorted(set(seen))
    shutil.rmtree(home, ignore_errors=True)
    if problems:
        lines = "\n  ".join(problems[:20])
        sys.stderr.write(
            f"\nThe tests touched the repository's pairs/ or glossary/ (tests must work on "
            f"copies in tmp_path):\n  {lines}\n"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
