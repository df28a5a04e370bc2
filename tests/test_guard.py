"""The session guard of tests/conftest.py fails a run that leaves or opens review state under
pairs/ or glossary/: tried on a stand-in repository, in a pytest subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, example_copy

PROBES = {
    "clean": "def test_clean() -> None:\n    assert True\n",
    "writes": (
        "from pathlib import Path\n"
        "def test_writes() -> None:\n"
        "    (Path(r'{root}') / 'pairs' / 'doc.jsonl.review.sqlite').write_bytes(b'x')\n"
    ),
    "subprocess": (
        "import subprocess, sys\n"
        "def test_subprocess() -> None:\n"
        "    code = \"open(r'{root}/glossary/doc.glossary.tsv', 'w').write('x')\"\n"
        "    subprocess.run([sys.executable, '-c', code], check=True)\n"
    ),
    "reads": (
        "import sqlite3\n"
        "def test_reads() -> None:\n"
        "    sqlite3.connect(r'{root}/pairs/left.review.sqlite').close()\n"
    ),
    "subprocess-reads": (
        "import subprocess, sys\n"
        "def test_subprocess_reads() -> None:\n"
        "    state = r'{root}/pairs/left.review.sqlite'\n"
        "    code = f'import sqlite3; sqlite3.connect({{state!r}}).close()'\n"
        "    subprocess.run([sys.executable, '-c', code], check=True)\n"
    ),
    "reads-shipped": (
        "def test_reads_shipped() -> None:\n"
        "    open(r'{root}/pairs/openai-hires.jsonl', encoding='utf-8').read()\n"
    ),
}


@pytest.mark.parametrize(("probe", "fails", "workers"),
                         [("clean", False, 0), ("writes", True, 0), ("subprocess", True, 0),
                          ("reads", True, 0), ("subprocess-reads", True, 0),
                          ("reads-shipped", False, 0), ("clean", False, 2), ("reads", True, 2),
                          ("subprocess", True, 2)])  # fmt: skip
def test_the_guard_fails_a_session_that_touches_the_shipped_folders(
    tmp_path: Path, probe: str, fails: bool, workers: int
) -> None:
    """Run by one process, or by pytest-xdist's workers, as `.ci/run` runs the tests."""
    stand_in = tmp_path / "repo"
    example_copy(stand_in)  # the shipped files only: never what a user left beside them
    (stand_in / "pairs" / "left.review.sqlite").write_bytes(b"")
    tests = tmp_path / "probe"
    tests.mkdir()
    (tests / f"test_{probe}.py").write_text(PROBES[probe].format(root=stand_in), "utf-8")
    env = {**os.environ, "REVIEW_TEST_GUARD_ROOT": str(stand_in)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-n", str(workers), "--rootdir", str(tests), str(tests)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert (result.returncode != 0) == fails, result.stdout + result.stderr
    if fails:
        assert "touched the repository's pairs/ or glossary/" in result.stderr
