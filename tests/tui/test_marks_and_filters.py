"""Approve, reject, reset, note; filters by findings, status and text."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from review.core.checks import CheckOptions
from review.core.model import Status
from review.core.workspace import open_document
from tests.tui.conftest import FLAGGED, SIZE, AppFactory, settle


async def test_approve_reject_reset(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert app.session.segments[0].status is Status.APPROVED
        assert app.main.segments.current == 1, "approving moves on to the next segment"
        await pilot.press("x")
        assert app.session.segments[1].status is Status.REJECTED
        await pilot.press("up")
        await pilot.press("r")
        assert app.session.segments[1].status.value == "new"
        progress = app.session.progress()
        assert (progress.reviewed, progress.approved, progress.rejected) == (1, 1, 0)
        status_line = str(app.main.status.render())
        assert "Reviewed 1/35" in status_line and "Approved 1/35" in status_line
    saved = open_document(seed_copy).document
    assert [s.status for s in saved.segments[:2]] == [Status.APPROVED, Status.NEW]


async def test_reset_keeps_a_revision_as_edited(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "s", "a", "up", "r")
        assert app.session.segments[3].status is Status.EDITED


async def test_note_add_change_and_remove(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", *"check with client", "enter")
        assert app.session.segments[0].note == "check with client"
        assert "note: check with client" in str(app.main.query_one("#pane-revision").border_title)
        await pilot.press("c")
        assert app.screen.query_one(Input).value == "check with client"
        await pilot.press("escape")
        assert app.session.segments[0].note == "check with client"
        await pilot.press("c")
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        assert app.session.segments[0].note == ""
        await pilot.press("u")
        assert app.session.segments[0].note == "check with client"
    assert open_document(seed_copy).document.segments[0].note == "check with client"


async def test_only_flagged_segments(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        rows = app.main.segments.rows
        assert [app.session.segments[i].id for i in rows] == FLAGGED
        assert app.main.segments.border_title == "Segments 1/10 (filtered from 35)"
        await pilot.press("w")
        await settle(pilot)
        assert len(app.main.segments.rows) == 35


async def test_status_filter_cycles(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", "a", "x")
        await pilot.press("t")
        await settle(pilot)
        assert len(app.main.segments.rows) == 32, "new"
        await pilot.press("t", "t")
        await settle(pilot)
        assert app.main.segments.rows == [0, 1], "approved"
        await pilot.press("t")
        await settle(pilot)
        assert app.main.segments.rows == [2], "rejected"
        await pilot.press("t")
        await settle(pilot)
        assert len(app.main.segments.rows) == 33, "not approved yet"
        await pilot.press("t")
        await settle(pilot)
        assert len(app.main.segments.rows) == 35


async def test_text_search_matches_any_field_and_width(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.main.query_one("#search", Input).has_focus
        await pilot.press(*"ｚｕｃｋｅｒｂｅｒｇ")
        await pilot.pause(0.3)
        await settle(pilot)
        ids = [app.session.segments[i].id for i in app.main.segments.rows]
        assert ids == ["s23", "s26"], "full-width Latin finds the English source"
        await pilot.press("enter")
        assert app.main.segments.has_focus
        await pilot.press("w")
        await settle(pilot)
        assert [app.session.segments[i].id for i in app.main.segments.rows] == ["s26"]
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.main.segments.rows) == 35
        assert not app.main.filter.active


async def test_a_filter_with_no_match_shows_an_empty_list(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"qqqqq", "enter")
        await settle(pilot)
        assert app.main.segments.rows == []
        assert app.main.segments.current is None
        await pilot.press("a", "e", "n")
        assert app.session.progress().approved == 0
        await pilot.press("escape")
        await settle(pilot)
        assert app.main.segments.current == 0


async def test_a_trados_file_filters_by_its_own_status_and_keeps_locks(
    make_app: AppFactory, tmp_path: Path
) -> None:
    real = Path(__file__).resolve().parent.parent / "data" / "real" / "sdlxliff"
    path = tmp_path / "job.sdlxliff"
    path.write_bytes((real / "mihnita__okapi__test.txt_en-US_fr-FR.sdlxliff").read_bytes())
    app = make_app(path, glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "(file: Translated)" in str(app.main.query_one("#detail-header").render())
        await pilot.press("T")
        await settle(pilot)
        assert app.main.segments.rows == [0, 1], "Translated"
        await pilot.press("T")
        await settle(pilot)
        assert app.main.segments.rows == [2], "Draft"
        await pilot.press("T")
        await settle(pilot)
        assert app.main.segments.rows == [3, 4], "ApprovedSignOff"
        assert "locked" in str(app.main.query_one("#detail-header").render())
        await pilot.press("x", "e")  # the first of them is locked
        assert app.session.segments[3].status is Status.APPROVED
        assert app.main.editing is None
        await pilot.press("T")
        await settle(pilot)
        assert len(app.main.segments.rows) == 5


async def test_an_empty_translation_is_not_approved_and_flagged_errors_are_told(
    make_app: AppFactory, tmp_path: Path
) -> None:
    doc = tmp_path / "d.jsonl"
    doc.write_text(
        '{"id": "e", "source": "Open", "mt": ""}\n'
        '{"id": "f", "source": "Open %s files", "mt": "ファイルを開く"}\n',
        encoding="utf-8",
    )
    app = make_app(doc, glossary_path=None, options=CheckOptions(markup=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert app.session.segments[0].status is Status.NEW
        assert app.main.segments.current == 0
        told = [n.message for n in app._notifications]
        assert any("e has no translation to approve" in m for m in told), told
        await pilot.press("down", "a")
        assert app.session.segments[1].status is Status.APPROVED
        told = [n.message for n in app._notifications]
        assert any("f approved, with 1 error still flagged" in m for m in told), told


async def test_on_a_short_terminal_toasts_do_not_stack_nor_cover_a_dialog(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", "a", "a")
        assert [n.message for n in app._notifications] == ["s03 approved."]
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert list(app._notifications) == []
