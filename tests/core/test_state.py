from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from review.core.model import (
    Annotation,
    Dismissal,
    Document,
    Finding,
    Segment,
    Severity,
    Status,
)
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


def test_a_file_that_now_holds_the_revision_keeps_its_review(tmp_path: Path) -> None:
    path = tmp_path / "doc.xlf"
    segment = Segment("1", "あ")
    with ReviewState.open(path) as state:
        state.save(segment, replace(segment.revised("ア"), status=Status.APPROVED))
    exported = Document([Segment("1", "ア")])  # the review written into the document itself
    with ReviewState.open(path) as state:
        document, stale = state.apply(exported)
    [again] = document.segments
    assert (again.mt, again.revision, again.status, stale) == ("あ", "ア", Status.APPROVED, [])


def test_an_edit_is_not_laid_over_another_source(tmp_path: Path) -> None:
    path = tmp_path / "doc.xlf"
    second = Segment("#2", "", source="This is test2")  # units without ids: positional ids
    with ReviewState.open(path) as state:
        state.save(second, second.revised("テスト2の訳"))
    inserted = Document(
        [Segment("#1", "", source="New first"), Segment("#2", "", source="This is test1")]
    )
    with ReviewState.open(path) as state:
        document, stale = state.apply(inserted)
    assert [s.target for s in document.segments] == ["", ""] and stale == ["#2"]


def test_an_edit_made_on_a_qualified_msgid_survives_its_qualifier_read_apart(
    tmp_path: Path,
) -> None:
    """A PO file's `LDAP|Attribute|cn`, saved as that source by an earlier review, is the
    `cn` it is read as now; `Status|cn` is another source."""
    path = tmp_path / "doc.po"
    old = Segment("LDAP|Attribute|cn", "cn", source="LDAP|Attribute|cn")
    with ReviewState.open(path) as state:
        state.save(old, old.revised("共通名 (cn)"))
    for source, kept in (("cn", True), ("Status cn", False), ("LDAP|Attribute|cn", True)):
        now = Document([Segment("LDAP|Attribute|cn", "cn", source=source)])
        with ReviewState.open(path) as state:
            document, stale = state.apply(now)
        assert (document.segments[0].revision == "共通名 (cn)", stale == []) == (kept, kept)


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


def test_dismissals_are_remembered_across_reopening_and_can_be_taken_back(
    tmp_path: Path,
) -> None:
    path = tmp_path / "doc.jsonl"
    finding = Finding("s1", "glossary", Severity.ERROR, 0, 3, "ルダラ", "ルッダラ", "m", "names:1")
    with ReviewState.open(path) as state:
        state.dismiss(Dismissal.of(finding, "a quotation"))
        state.dismiss(Dismissal.of(finding, "spelled so in the quote"))
    with ReviewState.open(path) as state:
        (saved,) = state.dismissals()
        assert saved.covers(finding) and saved.note == "spelled so in the quote"
        moved = Finding(
            "s1", "glossary", Severity.ERROR, 9, 12, "ルダラ", "ルッダラ", "m", "names:1"
        )
        assert saved.covers(moved)
        assert not saved.covers(Finding("s2", *_rest(moved)))
        assert state.undismiss(saved) and not state.undismiss(saved)
        assert state.dismissals() == []


def _rest(finding: Finding) -> tuple[str, Severity, int, int, str, str | None, str, str]:
    return (
        finding.kind,
        finding.severity,
        finding.start,
        finding.end,
        finding.text,
        finding.suggestion,
        finding.message,
        finding.rule,
    )


def test_annotations_get_ids_survive_reopening_and_can_be_removed(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    with ReviewState.open(path) as state:
        first = state.annotate(Annotation("s1", "mt", 0, 3, "ルダラ", "Terminology", "major"))
        second = state.annotate(
            Annotation("s2", "revision", 4, 4, "", "Accuracy/Omission", "minor", note="年が抜け")
        )
    assert 0 < first.id < second.id
    with ReviewState.open(path) as state:
        assert state.annotations() == [first, second]
        assert state.remove_annotation(first.id) and not state.remove_annotation(first.id)
        assert state.annotations() == [second]


def test_a_read_only_state_refuses_dismissals_and_annotations(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    with ReviewState.open(path) as state:
        state.read_only = "another reviewer"
        with pytest.raises(StateError):
            state.annotate(Annotation("s1", "mt", 0, 1, "あ", "Style", "minor"))
        with pytest.raises(StateError):
            state.dismiss(Dismissal("s1", "r", "k", "t"))
