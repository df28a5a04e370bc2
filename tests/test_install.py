"""The install users get: a wheel, installed into a fresh venv, run from an unrelated folder.

CI installs the project in editable mode, which finds the example in the clone; this test
proves that a wheel carries the example and its glossary, finds them with importlib.resources,
and writes nothing inside site-packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

_NOT_SOURCE = (".git", "__pycache__", "*.egg-info", "build", "dist", ".*cache", ".hypothesis",
               ".venv", "venv", "*.review.*", "*.reviewed.*", "*.glossary.*")  # fmt: skip


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's bin (Scripts) folder, with the wheel installed; the venv sees the system's
    packages, so the dependencies need no download."""
    work = tmp_path_factory.mktemp("install")
    source = work / "src"  # pip builds in the tree: a copy keeps build/ out of the clone
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"),
         str(source)],
        capture_output=True, text=True, cwd=work,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    (wheel,) = (work / "dist").glob("mt_review-*.whl")
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(work / "venv")
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         "--no-index", str(wheel)],
        capture_output=True, text=True, cwd=work,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    return bin_dir


def _run(bin_dir: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / "review"), *argv], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_the_wheel_runs_from_any_folder_and_checks_its_example(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEW_DATA_DIR", str(tmp_path / "data"))  # a user of its own
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    version = _run(installed, "--version", cwd=cwd)
    assert version.returncode == 0 and version.stdout.startswith("review ")
    where = subprocess.run(
        [str(installed / "python"), "-c", "import review; print(review.__file__)"],
        capture_output=True, text=True, cwd=cwd,
    )  # fmt: skip
    package = Path(where.stdout.strip()).parent
    assert package.is_relative_to(installed.parent), "the wheel, not the editable clone"
    checked = _run(installed, "check", "--format", "json", "--no-qa", cwd=cwd)
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert Path(report["document"]).is_relative_to(package / "example" / "pairs")
    names = [f for f in report["findings"] if f["kind"] == "glossary"]
    assert len(names) == 7 and report["summary"]["error"] == 7
    assert report["glossary"] is not None and report["glossary"].endswith("names.tsv")
    text = _run(installed, "check", cwd=cwd)
    assert text.returncode == 1 and "7 errors" in text.stdout
    assert list(cwd.iterdir()) == [], "nothing written where it runs"


def test_the_example_s_review_state_lives_in_the_user_folder(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEW_DATA_DIR", str(tmp_path / "data"))  # a user of its own
    from review.core.places import data_dir

    code = "from review.core import places; print(places.example())"
    where = subprocess.run(
        [str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    example = Path(where.stdout.strip())
    package = example.parent.parent.parent
    before = sorted(package.rglob("*"))
    checked = json.loads(_run(installed, "check", "--format", "json", cwd=tmp_path).stdout)
    key = next(f["key"] for f in checked["findings"] if f["kind"] == "glossary")
    dismiss = _run(installed, "dismiss", str(example), key, "--note", "house style", cwd=tmp_path)
    assert dismiss.returncode == 0, dismiss.stderr
    again = _run(installed, "check", cwd=tmp_path)
    assert "6 errors" in again.stdout and "1 dismissed finding hidden" in again.stdout
    assert (data_dir() / "example" / "openai-hires.jsonl.review.sqlite").is_file()
    fixed = tmp_path / "fixed.jsonl"
    fix = _run(installed, "fix", str(example), "-o", str(fixed), cwd=tmp_path)
    assert fix.returncode == 0 and fixed.is_file(), fix.stderr
    assert sorted(package.rglob("*")) == before, "nothing written inside site-packages"
