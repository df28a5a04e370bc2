"""Revising by hand: edit, save, cancel, start again from the MT, undo, redo, revert."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from review.core.model import Status
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.tui.app import ReviewApp
from review.tui.screens.confirm import UnsavedEditScreen
from tests.tui.conftest import SIZE, AppFactory, one_unit_xliff, settle


async def test_edit_and_save_commits_to_the_state_and_rescores(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s21", "enter")
        await settle(pilot)
        before = app.session.scores.figures(20)
        assert before is not None and before.mt is not None and before.revision is None
        corpus_before = app.session.scores.corpus()
        await pilot.press("e")
        editor = app.main.query_one("#editor", TextArea)
        assert editor.has_focus
        assert editor.text == app.session.segments[20].mt, "the editor starts from the MT"
        editor.text = "こうした採用は、業界の動向と無関係に起きているわけではない。"
        await pilot.press("ctrl+s")
        assert not editor.has_focus and app.main.segments.has_focus
        segment = app.session.segments[20]
        assert segment.revision == "こうした採用は、業界の動向と無関係に起きているわけではない。"
        assert segment.status is Status.EDITED
        on_disk = open_document(seed_copy).document.segments[20]
        assert on_disk.revision == segment.revision, "saved through ReviewState before shown"
        await settle(pilot)
        after = app.session.scores.figures(20)
        assert after is not None and after.revision is not None and after.mt is not None
        assert after.revision.chrf == 100.0 > after.mt.chrf
        corpus_after = app.session.scores.corpus()
        assert corpus_after.revision is not None and corpus_before.revision is not None
        assert corpus_after.revision.chrf > corpus_before.revision.chrf
        header = str(app.main.query_one("#detail-header").render())
        assert "→ 100.00" in header, header


async def test_editing_starts_from_the_current_revision(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.session.revise(1, "改訂済みの文。")
        app.main.show_current()
        await pilot.press("down", "e")
        assert app.main.query_one("#editor", TextArea).text == "改訂済みの文。"
        await pilot.press("ctrl+o")
        assert app.main.query_one("#editor", TextArea).text == app.session.segments[1].mt
        await pilot.press("ctrl+a", *"全部")
        assert app.main.query_one("#editor", TextArea).text == "全部", "typing replaces all"
        await pilot.press("escape", "d")
        assert app.session.segments[1].revision == "改訂済みの文。", "cancel keeps what was saved"


async def test_cancel_of_an_unchanged_edit_closes_at_once(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "escape")
        assert not isinstance(app.screen, UnsavedEditScreen)
        assert app.main.editing is None and app.main.segments.has_focus


async def test_cancel_asks_before_dropping_changes(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", *"XYZ", "escape")
        assert isinstance(app.screen, UnsavedEditScreen), "changes are not dropped unasked"
        await pilot.press("escape")
        editor = app.main.query_one("#editor", TextArea)
        assert app.main.editing == 0 and editor.has_focus, "escape again goes on editing"
        assert editor.text.endswith("XYZ")
        await pilot.press("escape", "d")
        assert app.session.segments[0].revision is None
        assert app.main.segments.has_focus
    with ReviewState.open(seed_copy) as state:
        assert state.undo_step() == [], "nothing was recorded"


async def test_cancel_can_save_the_changes(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        mt = app.session.segments[0].mt
        await pilot.press("e", *"XYZ", "escape", "s")
        assert app.session.segments[0].revision == mt + "XYZ"
        assert app.main.editing is None


async def test_quitting_with_an_unsaved_edit_asks(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", *"XYZ", "ctrl+q")
        assert isinstance(app.screen, UnsavedEditScreen) and app.is_running
        await pilot.press("escape")
        assert app.main.editing == 0 and app.is_running
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
    assert not app.is_running
    on_disk = open_document(seed_copy).document.segments[0]
    assert on_disk.revision == on_disk.mt + "XYZ", "saved before quitting"


async def test_quitting_can_discard_the_edit(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", *"XYZ", "ctrl+q", "d")
        await pilot.pause()
        assert app.session.segments[0].revision is None
    assert not app.is_running


async def test_keys_type_into_the_editor_instead_of_acting(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "end", "a", "x", "n", "q")
        assert app.main.query_one("#editor", TextArea).text.endswith("axnq")
        assert app.session.progress().approved == 0
        assert app.is_running
        # While editing, the footer offers only the editor's keys.
        assert app.main.check_action("approve", ()) is False
        await pilot.press("escape", "d")
        assert app.main.check_action("approve", ()) is True


async def test_undo_and_redo_across_edits(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        app.main.query_one("#editor", TextArea).text = "一つ目"
        await pilot.press("ctrl+s", "down", "e")
        app.main.query_one("#editor", TextArea).text = "二つ目"
        await pilot.press("ctrl+s", "home")
        assert app.session.segments[1].revision == "二つ目"
        await pilot.press("u")
        assert app.session.segments[1].revision is None
        assert app.main.segments.current == 1, "undo goes to the segment it changed"
        await pilot.press("u")
        assert app.session.segments[0].revision is None
        assert app.session.segments[0].status is Status.NEW
        await pilot.press("u")
        assert app.session.progress().edited == 0
        await pilot.press("ctrl+r")
        assert app.session.segments[0].revision == "一つ目"
        await pilot.press("U")
        assert app.session.segments[1].revision == "二つ目"


async def test_revert_to_mt_is_undoable(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter", "s")
        assert app.session.segments[3].revision is not None
        await pilot.press("R")
        assert app.session.segments[3].revision is None
        assert app.session.segments[3].status is Status.NEW
        await pilot.press("u")
        assert app.session.segments[3].revision is not None


async def test_double_click_opens_the_editor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.double_click("#segments", offset=(10, 3))
        await pilot.pause()
        editor = app.main.query_one("#editor", TextArea)
        assert editor.has_focus
        assert editor.text == app.session.segments[1].mt


def _tagged(make_app: AppFactory, tmp_path: Path, source: str) -> ReviewApp:
    """The app on a one-unit XLIFF of this source, its target 今すぐ開く."""
    return make_app(one_unit_xliff(tmp_path / "tags.xlf", source, "今すぐ開く"), glossary_path=None)


async def _editing(pilot: Pilot[int], app: ReviewApp) -> TextArea:
    """The editor opened on the unit, its text 今すぐファイルを開く."""
    await settle(pilot)
    await pilot.press("e")
    editor = app.main.query_one("#editor", TextArea)
    editor.load_text("今すぐファイルを開く")
    return editor


async def test_the_sources_missing_tags_are_inserted_in_order_and_wrap_a_selection(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """OmegaT's ctrl+t, memoQ's F9: the next tag or placeholder the revision lacks."""
    app = _tagged(make_app, tmp_path, 'Open <g id="1">%s</g> now<x id="2"/>')
    async with app.run_test(size=SIZE) as pilot:
        editor = await _editing(pilot, app)
        editor.selection = Selection((0, 3), (0, 7))
        await pilot.press("ctrl+t")
        assert editor.text == "今すぐ<g1>ファイル</g1>を開く"
        assert editor.cursor_location == (0, 16), "after the closing tag"
        editor.move_cursor((0, 7))
        await pilot.press("f9")
        assert editor.text == "今すぐ<g1>%sファイル</g1>を開く"
        editor.move_cursor((0, len("今すぐ<g1>%sファイル</g1>")))
        await pilot.press("ctrl+t")
        assert editor.text == "今すぐ<g1>%sファイル</g1><x2/>を開く"
        await pilot.press("ctrl+t")
        assert editor.text == "今すぐ<g1>%sファイル</g1><x2/>を開く", "nothing left to insert"
        assert any("every tag and placeholder" in n.message for n in app._notifications)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.session.segments[0].revision == "今すぐ<g1>%sファイル</g1><x2/>を開く"


async def test_a_pairs_halves_wrap_a_selection_and_a_lone_code_keeps_it(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """memoQ's and Trados's <bpt>/<ept> are <b1/>…<e1/>; a code that does not wrap goes in at
    the cursor and leaves the selected text as it was."""
    source = 'Open <bpt id="1">&lt;b&gt;</bpt>x<ept id="1">&lt;/b&gt;</ept> %s'
    app = _tagged(make_app, tmp_path, source)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _editing(pilot, app)
        editor.selection = Selection((0, 7), (0, 3))
        await pilot.press("f9")
        assert editor.text == "今すぐ<b1/>ファイル<e1/>を開く"
        editor.selection = Selection((0, 0), (0, 3))
        await pilot.press("ctrl+t")
        assert editor.text == "今すぐ%s<b1/>ファイル<e1/>を開く", "after the selection, kept"
