"""Hostile surroundings for writes: a read-only directory or a full disk under `fix -o`,
`fix --in-place`, `export -o` and the review state. Tests run as root, where chmod does not
stop a write, so the failures are simulated where the system reports them."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from review.cli import main
from review.core.state import ReviewState, StateError, state_path
from review.core.workspace import open_document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _fail(number: int) -> Any:
    def fail(*_: object, **__: object) -> None:
        raise OSError(number, os.strerror(number))

    return fail


@pytest.mark.parametrize(
    ("patched", "number"),
    [
        ("replace", errno.EROFS),
        ("replace", errno.EACCES),
        ("fsync", errno.ENOSPC),
    ],
)
@pytest.mark.parametrize("command", ["fix", "export"])
def test_a_failed_output_write_is_one_clear_error_and_the_old_file_stays(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seed_copy: Path,
    patched: str,
    number: int,
    command: str,
) -> None:
    out = seed_copy.with_name("out.jsonl")
    out.write_text("previous output\n", encoding="utf-8")
    monkeypatch.setattr(os, patched, _fail(number))
    args = [command, str(seed_copy), "-o", str(out)]
    if command == "export":
        args += ["--format", "jsonl"]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and f"{out}: cannot write: {os.strerror(number)}" in err
    assert out.read_text(encoding="utf-8") == "previous output\n"
    names = sorted(p.name for p in seed_copy.parent.iterdir())
    assert names == ["openai-hires.jsonl", "out.jsonl", "review.toml"]


def test_a_read_only_directory_refuses_the_temporary_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_copy: Path
) -> None:
    def read_only(*_: object, **__: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    before = seed_copy.read_bytes()
    code, _, err = run(capsys, "fix", str(seed_copy), "--in-place")
    assert code == 2 and f"{seed_copy}: cannot write: Read-only file system" in err
    assert seed_copy.read_bytes() == before


def test_a_full_disk_during_fix_in_place_keeps_the_document_and_the_state(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_copy: Path
) -> None:
    segment = open_document(seed_copy).document.segments[0]
    with ReviewState.open(seed_copy) as state:
        state.save(segment, segment.revised("committed before"))
    before = seed_copy.read_bytes()
    monkeypatch.setattr(os, "fsync", _fail(errno.ENOSPC))
    code, _, err = run(capsys, "fix", str(seed_copy), "--in-place")
    assert code == 2 and "No space left on device" in err
    monkeypatch.undo()
    assert seed_copy.read_bytes() == before
    assert open_document(seed_copy).document.segments[0].revision == "committed before"


def test_a_state_that_cannot_be_created_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, seed_copy: Path
) -> None:
    def read_only(*_: object, **__: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(StateError, match=rf"{state_path(seed_copy).name}: not a usable review"):
        ReviewState.open(seed_copy)


def test_a_state_path_taken_by_a_directory_is_a_clear_error(seed_copy: Path) -> None:
    state_path(seed_copy).mkdir()
    with pytest.raises(StateError, match=rf"{state_path(seed_copy).name}: not a usable review"):
        ReviewState.open(seed_copy)
