"""save_many: one transaction and one undo step for an edit applied to many segments."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from review.core.model import Segment, Status
from review.core.state import _SCHEMA, ReviewState, state_path


def seg(i: int, revision: str | None = None) -> Segment:
    status = Status.NEW if revision is None else Status.EDITED
    return Segment(f"s{i}", f"mt{i}", revision=revision, status=status)


def test_a_step_of_many_edits_undoes_and_redoes_whole(tmp_path: Path) -> None:
    doc = tmp_path / "d.jsonl"
    with ReviewState.open(doc) as state:
        state.save(seg(0), seg(0, "a"))
        state.save_many([(seg(1), seg(1, "b")), (seg(2), seg(2, "c")), (seg(3), seg(3))])
        state.save(seg(4), seg(4, "e"))
        assert [s.id for s in state.undo_step()] == ["s4"]
        assert sorted(s.id for s in state.undo_step()) == ["s1", "s2"]
        assert [s.revision for s in state.undo_step()] == [None]
        assert state.undo_step() == []
        assert [s.revision for s in state.redo_step()] == ["a"]
        assert sorted(s.revision or "" for s in state.redo_step()) == ["b", "c"]
        assert [s.revision for s in state.redo_step()] == ["e"]
        assert state.redo_step() == []


def test_a_new_edit_after_undo_drops_the_redo_tail(tmp_path: Path) -> None:
    with ReviewState.open(tmp_path / "d.jsonl") as state:
        state.save_many([(seg(1), seg(1, "b")), (seg(2), seg(2, "c"))])
        state.undo_step()
        state.save_many([(seg(5), seg(5, "x"))])
        assert state.redo_step() == []
        assert [s.id for s in state.undo_step()] == ["s5"]


def test_steps_work_on_a_state_file_written_before_they_existed(tmp_path: Path) -> None:
    doc = tmp_path / "d.jsonl"
    with sqlite3.connect(state_path(doc)) as db:  # schema 1, as an older version wrote it
        db.executescript(_SCHEMA)
        db.execute("INSERT INTO meta VALUES ('schema', '1')")
        db.execute(
            "INSERT INTO history (id, before, after, at) VALUES (?, ?, ?, 0)",
            ("s0", json.dumps(seg(0).to_dict()), json.dumps(seg(0, "a").to_dict())),
        )
    columns = [
        row[1] for row in sqlite3.connect(state_path(doc)).execute("PRAGMA table_info(history)")
    ]
    assert "step" not in columns
    with ReviewState.open(doc) as state:
        assert [s.revision for s in state.undo_step()] == [None]
        state.save_many([(seg(1), seg(1, "b"))])
        assert [s.id for s in state.undo_step()] == ["s1"]
