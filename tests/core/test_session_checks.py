"""The session shows what review check shows: QA, whole-document checks, config, dismissals."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from review.core.checks import ALL_QA
from review.core.engine import check_document
from review.core.model import Severity
from review.core.session import ReviewSession
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY

GLOSSARY = read_glossary(NAMES_GLOSSARY)


@pytest.fixture
def state(seed_copy: Path) -> Iterator[ReviewState]:
    with ReviewState.open(seed_copy) as opened:
        yield opened


def session_for(path: Path, state: ReviewState) -> ReviewSession:
    return ReviewSession(open_document(path).document, GLOSSARY, state, NAMES_GLOSSARY, ALL_QA)


def all_findings(session: ReviewSession) -> list[tuple[str, str, str, int, int]]:
    session.fill_document_findings()
    return [
        (f.segment, f.kind, f.severity.value, f.start, f.end)
        for i in range(len(session))
        for f in session.findings(i)
    ]


def test_the_session_gives_the_findings_of_review_check(
    seed_copy: Path, state: ReviewState
) -> None:
    session = session_for(seed_copy, state)
    expected = check_document(open_document(seed_copy).document, GLOSSARY, ALL_QA)
    assert all_findings(session) == [
        (f.segment, f.kind, f.severity.value, f.start, f.end) for f in expected
    ]
    kinds = Counter(f[1] for f in all_findings(session))
    assert kinds["quotes"] and kinds["sentence-shape"] and kinds["glossary"] == 7
    totals = session.finding_totals()
    assert totals.complete and totals.open == len(expected)


@pytest.mark.parametrize("processes", [1, 2])
def test_checking_everything_on_workers_gives_the_findings_of_review_check(
    seed_copy: Path, state: ReviewState, processes: int
) -> None:
    session = session_for(seed_copy, state)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    assert session.check_everything(processes=processes, method=method)
    assert session.finding_totals().complete and not session.document_findings_stale()
    expected = check_document(open_document(seed_copy).document, GLOSSARY, ALL_QA)
    assert [f for i in range(len(session)) for f in session.findings(i)] == expected


def test_whole_document_findings_wait_for_their_pass_and_follow_edits(
    seed_copy: Path, state: ReviewState
) -> None:
    session = session_for(seed_copy, state)
    s19 = session.index_of("s19")
    assert s19 is not None
    assert not [f for f in session.findings(s19) if f.kind == "quotes"]  # not run yet
    assert session.document_findings_stale()
    changed = session.fill_document_findings()
    assert s19 in changed and not session.document_findings_stale()
    assert [f for f in session.findings(s19) if f.kind == "quotes"]
    fixed = session.segments[s19].target.replace('"', "「", 1).replace('"', "」", 1)
    session.revise(s19, fixed)
    assert session.document_findings_stale()
    assert not [f for f in session.findings(s19) if f.kind == "quotes"]  # its text moved
    session.fill_document_findings()
    assert not [f for f in session.findings(s19) if f.kind == "quotes"]


def test_a_dismissed_finding_is_hidden_now_and_in_the_next_session(
    seed_copy: Path, state: ReviewState
) -> None:
    session = session_for(seed_copy, state)
    s23 = session.index_of("s23")
    assert s23 is not None
    [run_on] = [f for f in session.findings(s23) if f.kind == "sentence-shape"]
    before = session.finding_totals().warnings
    session.dismiss(s23, run_on, "style of the source")
    assert run_on not in session.findings(s23)
    assert session.finding_totals().warnings == before - 1
    again = session_for(seed_copy, state)
    assert run_on not in again.findings(s23)
    [saved] = again.dismissals()
    assert saved.note == "style of the source" and saved.covers(run_on)
    assert again.undismiss(saved) == s23
    assert run_on in again.findings(s23)


def test_a_read_only_session_refuses_to_dismiss(seed_copy: Path, state: ReviewState) -> None:
    session = session_for(seed_copy, state)
    state.read_only = "another window"
    finding = session.findings(session.index_of("s04") or 0)[0]
    with pytest.raises(Exception, match="read-only"):
        session.dismiss(0, finding)
    assert finding in session.findings(session.index_of("s04") or 0)


def test_configured_severities_reach_the_session(seed_copy: Path, state: ReviewState) -> None:
    options = replace(ALL_QA, severities=(("glossary", Severity.INFO),), off=frozenset({"quotes"}))
    session = ReviewSession(
        open_document(seed_copy).document, GLOSSARY, state, NAMES_GLOSSARY, options
    )
    session.fill_document_findings()
    session.fill_findings()
    found = [f for i in range(len(session)) for f in session.findings(i)]
    assert not [f for f in found if f.kind == "quotes"]
    assert {f.severity for f in found if f.kind == "glossary"} == {Severity.INFO}
    assert session.finding_totals().errors == 0
