from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from review.core.model import Document, Segment, Status
from review.core.state import ReviewState, StateError, state_path


def test_saved_edits_are_laid_over_the_document_and_stale_ones_are_reported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "doc.jsonl"
    first, second = Segment("1", "あ"), Segment("2", "い")
    with ReviewState.open(path) as state:
        state.save(first, first.revised("ア"))
        state.save(second, second.revised("イ"))
        state.put("cursor", "2")
    changed = Document([first, Segment("2", "いい"), Segment("3", "う")])
    with ReviewState.open(path) as state:
        document, stale = state.apply(changed)
        assert state.get("cursor") == "2"
    assert [s.target for s in document.segments] == ["ア", "いい", "う"]
    assert document.segments[0].status is Status.EDITED
    assert stale == ["2"]


def test_undo_and_redo_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    segment = Segment("1", "あ")
    with ReviewState.open(path) as state:
        state.save(segment, segment.revised("ア"))
    with ReviewState.open(path) as state:
        assert [s.revision for s in state.undo_step()] == [None]
        assert [s.revision for s in state.redo_step()] == ["ア"]


def test_a_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    state_path(path).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="not a usable review state"):
        ReviewState.open(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    ReviewState.open(path).close()
    with sqlite3.connect(state_path(path)) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(StateError, match="newer version"):
        ReviewState.open(path)
