"""A state file that is corrupted, foreign, newer or older; a full disk under SQLite: each a
clear error naming the file, with nothing lost or overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from review.core.model import Dismissal
from review.core.session import ReviewSession
from review.core.state import _SCHEMA, SCHEMA_VERSION, ReviewState, StateError, state_path
from review.core.workspace import open_document
from review.formats.errors import InputError


def test_a_corrupted_state_file_is_refused_by_name_and_left_untouched(seed_copy: Path) -> None:
    path = state_path(seed_copy)
    garbage = b"SQLite format 3\x00" + bytes(range(256)) * 40
    path.write_bytes(garbage)
    with pytest.raises(StateError, match=rf"{path.name}: not a usable review state"):
        ReviewState.open(seed_copy)
    with pytest.raises(InputError, match=path.name):
        open_document(seed_copy)
    assert path.read_bytes() == garbage


def test_a_foreign_sqlite_file_is_refused_and_not_written_to(seed_copy: Path) -> None:
    path = state_path(seed_copy)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (name TEXT)")
        db.execute("INSERT INTO photos VALUES ('cat.jpg')")
    before = path.read_bytes()
    with pytest.raises(StateError, match=rf"{path.name}: not a review state \(it holds .*photos"):
        ReviewState.open(seed_copy)
    assert path.read_bytes() == before


def test_a_state_with_our_table_names_but_other_columns_is_refused(seed_copy: Path) -> None:
    with sqlite3.connect(state_path(seed_copy)) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE segments (id TEXT PRIMARY KEY)")
    with pytest.raises(StateError, match="table segments lacks mt, note, revision"):
        ReviewState.open(seed_copy)


@pytest.mark.parametrize("version", [str(SCHEMA_VERSION + 1), "banana"])
def test_a_newer_or_unknown_schema_is_refused(seed_copy: Path, version: str) -> None:
    with ReviewState.open(seed_copy) as state:
        state.put("schema", version)
    with pytest.raises(StateError, match=rf"{state_path(seed_copy).name}: .*(newer|schema)"):
        ReviewState.open(seed_copy)


def test_an_older_schema_is_migrated_in_place_and_its_edits_kept(seed_copy: Path) -> None:
    segment = open_document(seed_copy).document.segments[2]
    with sqlite3.connect(state_path(seed_copy)) as db:  # version 1, as an older review wrote it
        for statement in _SCHEMA.split(";"):
            if any(f"EXISTS {table} " in statement for table in ("meta", "history")):
                db.execute(statement)
        db.execute(
            "CREATE TABLE segments (id TEXT PRIMARY KEY, mt TEXT NOT NULL, revision TEXT, "
            "status TEXT NOT NULL, note TEXT NOT NULL, updated REAL NOT NULL)"
        )
        db.execute("INSERT INTO meta VALUES ('schema', '1')")
        db.execute(
            "INSERT INTO segments VALUES (?, ?, 'old edit', 'edited', '', 0)",
            (segment.id, segment.mt),
        )
    with ReviewState.open(seed_copy) as state:
        assert state.get("schema") == str(SCHEMA_VERSION) == "5"
        columns = {row[1] for row in state._db.execute("PRAGMA table_info(history)")}
        assert "step" in columns
        columns = {row[1] for row in state._db.execute("PRAGMA table_info(segments)")}
        assert "source" in columns
        assert state.dismissals() == [] and state.annotations() == []
    assert open_document(seed_copy).document.segments[2].revision == "old edit"


def test_an_inconsistency_dismissed_before_the_split_still_covers_its_shared_translation(
    seed_copy: Path,
) -> None:
    with ReviewState.open(seed_copy) as state:
        state.dismiss(Dismissal("s03", "qa:inconsistency", "inconsistency", "", "same term"))
        state.dismiss(Dismissal("s04", "qa:spacing", "spacing", " ", ""))
        state.put("schema", "4")  # as review wrote it when one kind told both
    with ReviewState.open(seed_copy) as state:
        assert state.get("schema") == str(SCHEMA_VERSION)
        assert sorted((d.segment, d.kind, d.rule, d.note) for d in state.dismissals()) == [
            ("s03", "inconsistency", "qa:inconsistency", "same term"),
            ("s03", "shared-translation", "qa:shared-translation", "same term"),
            ("s04", "spacing", "qa:spacing", ""),
        ]


def test_a_new_state_is_written_at_the_current_version(seed_copy: Path) -> None:
    with ReviewState.open(seed_copy) as state:
        assert state.get("schema") == str(SCHEMA_VERSION)


class _FullDisk:
    """A connection whose writes fail as SQLite's do when the disk is full."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.full = True

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.full and sql.lstrip().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def close(self) -> None:
        self._db.close()


def test_a_full_disk_under_sqlite_loses_no_committed_edit(seed_copy: Path) -> None:
    with ReviewState.open(seed_copy) as state:
        session = ReviewSession(open_document(seed_copy).document, None, state)
        assert session.revise(1, "committed")
        disk = _FullDisk(state._db)
        state._db = disk  # type: ignore[assignment]
        with pytest.raises(sqlite3.OperationalError, match="disk is full"):
            session.revise(2, "refused")
        assert session.segments[2].revision is None, "memory shows only what is on disk"
        disk.full = False
        assert session.revise(3, "after space was freed")
    segments = open_document(seed_copy).document.segments
    assert [s.revision for s in segments[1:4]] == ["committed", None, "after space was freed"]
