"""The review session: every change committed to the state first; counts, findings, fixes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from review.core.filters import SegmentFilter, next_statuses
from review.core.glossary_edit import Addition, AdditionKind
from review.core.model import Status
from review.core.session import ReviewSession
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY


@pytest.fixture
def session(seed_copy: Path) -> Iterator[ReviewSession]:
    with ReviewState.open(seed_copy) as state:
        yield ReviewSession(
            open_document(seed_copy).document, read_glossary(NAMES_GLOSSARY), state, NAMES_GLOSSARY
        )


def reopened(path: Path) -> list[str | None]:
    return [s.revision for s in open_document(path).document.segments]


def test_a_revision_is_on_disk_when_revise_returns(session: ReviewSession, seed_copy: Path) -> None:
    assert session.revise(3, "改訂")
    assert reopened(seed_copy)[3] == "改訂"
    assert session.segments[3].status is Status.EDITED
    assert not session.revise(3, "改訂"), "the same text again is no change"
    assert session.progress().edited == 1


def test_a_failed_commit_leaves_the_session_unchanged(session: ReviewSession) -> None:
    session.state._db.close()
    with pytest.raises(sqlite3.Error):
        session.revise(3, "改訂")
    assert session.segments[3].revision is None
    assert session.progress().new == 35


def test_statuses_notes_and_revert(session: ReviewSession, seed_copy: Path) -> None:
    session.set_status(0, Status.APPROVED)
    session.set_status(1, Status.REJECTED)
    session.revise(2, "改訂")
    session.set_status(2, Status.APPROVED)
    session.reset_status(2)
    session.reset_status(1)
    session.set_note(0, "  keep  ")
    progress = session.progress()
    assert (progress.new, progress.edited, progress.approved, progress.rejected) == (33, 1, 1, 0)
    assert progress.reviewed == 2
    assert session.segments[0].note == "keep"
    session.revert(2)
    assert session.segments[2].revision is None and session.segments[2].status is Status.NEW
    saved = open_document(seed_copy).document.segments
    assert (saved[0].status, saved[0].note, saved[2].revision) == (Status.APPROVED, "keep", None)


def test_findings_totals_follow_edits(session: ReviewSession) -> None:
    assert session.finding_totals().known == 0
    assert session.fill_findings()
    totals = session.finding_totals()
    assert (totals.errors, totals.warnings, totals.open, totals.complete) == (7, 5, 12, True)
    finding = session.findings(3)[0]
    assert session.apply_finding(3, finding)
    assert session.finding_totals().open == 11
    assert not session.apply_finding(3, finding), "the text no longer has it"
    assert session.cached_finding_count(3) == 0


def test_fixing_a_rule_everywhere_is_one_step(session: ReviewSession, seed_copy: Path) -> None:
    plan = session.plan_fix("glossary:openai")
    assert plan.occurrences == {"glossary:openai": 4}
    assert [session.segments[i].id for i in plan.segments] == ["s04", "s15", "s26", "s30"]
    assert session.fix(plan, "glossary:openai") == 4
    assert session.plan_fix("glossary:openai").total == 0
    assert "スターゲート" in session.segments[14].target, "other rules are left alone"
    assert sum(r is not None for r in reopened(seed_copy)) == 4
    assert sorted(session.undo()) == plan.segments
    assert all(r is None for r in reopened(seed_copy))
    assert sorted(session.redo()) == plan.segments
    assert session.undo() != [] and session.undo() == []


def test_fix_all_plan_counts_every_rule(session: ReviewSession) -> None:
    plan = session.plan_fix()
    assert plan.occurrences == {
        "glossary:openai": 4,
        "glossary:ruddaraju": 2,
        "glossary:stargate": 1,
        "preference:talent": 2,
        "preference:agi": 1,
        "preference:generative-ai": 1,
        "preference:infrastructure": 1,
    }
    assert plan.total == 12 and len(plan.segments) == 10
    assert session.fix(plan) == 10
    assert session.plan_fix().total == 0


def test_filters(session: ReviewSession) -> None:
    session.set_status(0, Status.APPROVED)
    assert session.select(SegmentFilter()) == list(range(35))
    flagged = [3, 10, 11, 14, 15, 18, 19, 25, 29, 32]
    assert session.select(SegmentFilter(with_findings=True)) == flagged
    assert session.select(SegmentFilter(statuses=frozenset({Status.APPROVED}))) == [0]
    assert session.select(SegmentFilter(text="ＳＴＡＲＧＡＴＥ")) == [14, 16]
    both = SegmentFilter(with_findings=True, text="stargate")
    assert session.select(both) == [14]
    assert both.describe() == "with findings · text “stargate”"
    session.revise(16, "別の文")
    assert session.select(SegmentFilter(text="別の文")) == [16], "searches revisions as they are"


def test_status_filter_cycle_returns_to_all() -> None:
    seen = [frozenset[Status]()]
    while True:
        seen.append(next_statuses(seen[-1]))
        if not seen[-1]:
            break
    assert len(seen) == 7


def test_last_position(session: ReviewSession, seed_copy: Path) -> None:
    assert session.last_position() == 0
    session.remember_position(17)
    with ReviewState.open(seed_copy) as state:
        again = ReviewSession(open_document(seed_copy).document, None, state)
        assert again.last_position() == 17


def test_glossary_additions_are_replayed_until_saved(
    session: ReviewSession, seed_copy: Path
) -> None:
    session.fill_findings()
    addition = Addition(AdditionKind.VARIANT, accepted="計算資源", variant="コンピュート")
    session.add_to_glossary(addition)
    assert session.finding_totals().known == 0, "a new glossary means counting again"
    assert session.fill_findings() and session.finding_totals().open == 14
    glossary = read_glossary(NAMES_GLOSSARY)
    with ReviewState.open(seed_copy) as state:
        again = ReviewSession(open_document(seed_copy).document, glossary, state, NAMES_GLOSSARY)
        assert again.pending == [addition]
        assert again.fill_findings() and again.finding_totals().open == 14
        other = ReviewSession(open_document(seed_copy).document, glossary, state, Path("x.tsv"))
        assert other.pending == [] and other.glossary_warnings
    session.glossary_saved(seed_copy.with_name("saved.tsv"))
    with ReviewState.open(seed_copy) as state:
        assert ReviewSession(open_document(seed_copy).document, glossary, state).pending == []


def test_findings_filled_from_another_thread_never_overwrite_newer_text(
    session: ReviewSession,
) -> None:
    worker = threading.Thread(target=session.fill_findings)
    worker.start()
    session.revise(3, session.segments[3].target.replace("オープンAI ", "OpenAI"))
    worker.join()
    assert session.findings(3) == []
    assert session.finding_totals().open == 11


def test_a_segment_its_tool_locked_keeps_its_text_and_status(
    session: ReviewSession, seed_copy: Path
) -> None:
    session.segments[3] = replace(session.segments[3], locked=True, tool_status="Translated")
    before = session.segments[3]
    assert not session.revise(3, "改訂")
    assert not session.set_status(3, Status.APPROVED)
    assert session.set_note(3, "ask the client")  # a note changes neither
    plan = session.plan_fix()
    assert 3 not in plan.segments and plan.segments, "a fix everywhere passes it by"
    session.fix(plan)
    assert (session.segments[3].target, session.segments[3].status) == (before.mt, Status.NEW)
    assert reopened(seed_copy)[3] is None
    session.undo()  # the fix
    session.undo()  # the note
    assert session.segments[3].locked and session.segments[3].tool_status == "Translated"
