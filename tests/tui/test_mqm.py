"""MQM in the TUI: three errors annotated move the status-bar score; they survive a restart and
reach the exported report; a finding becomes an MQM error with one key; a read-only window
refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton, RadioSet, Select, TextArea
from textual.widgets.text_area import Selection

from review.cli import main
from review.core.state import ReviewState
from review.tui.screens.annotate import (
    AnnotateScreen,
    AnnotationsScreen,
    category_for,
    index_of,
    location_of,
)
from review.tui.screens.error import ErrorScreen
from review.tui.widgets.status_bar import StatusBar
from tests.tui.conftest import SIZE, AppFactory, settle
from tests.tui.test_snapshots import Compare, steady


def status_text(app: object) -> str:
    from textual.app import App

    assert isinstance(app, App)
    bar = app.screen_stack[0].query_one(StatusBar)
    return str(bar.render())


def test_offsets_and_textarea_locations_agree() -> None:
    text = "一行目\n二行目のテキスト"
    for index in range(len(text) + 1):
        assert index_of(text, location_of(text, index)) == index
    assert location_of(text, 5) == (1, 1)


async def test_three_errors_move_the_score_and_survive_a_restart(
    make_app: AppFactory, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "MQM" not in status_text(app), "no score before any error is annotated"
        # 1: s04's “オープンAI ” glossary finding, with one key: a major Terminology error.
        await pilot.press("g", *"s04", "enter")
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause()
        first = status_text(app)
        # 665 source words; 5 points: 100 − 5/665 × 100 = 99.25.
        assert "MQM 99.25 pass (1 error)" in first
        # 2: by hand on s02: select the first four characters, Style, minor, with a note.
        await pilot.press("g", *"s02", "enter")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateScreen)
        dialog.query_one("#mqm-text", TextArea).selection = Selection((0, 0), (0, 4))
        dialog.query_one("#mqm-category", Select).value = "Style"
        dialog.query_one("#mqm-note", Input).value = "stiff"
        await pilot.press("ctrl+s")
        await pilot.pause()
        second = status_text(app)
        assert "MQM 99.10 pass (2 errors)" in second  # 6 points
        # 3: an omission (nothing selected), critical through the number key: a fail.
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("4", "ctrl+s")
        await pilot.pause()
        third = status_text(app)
        assert "MQM 95.34 fail (critical error) (3 errors)" in third  # 31 points
        annotations = app.session.state.annotations()
        assert [(a.segment, a.category, a.severity) for a in annotations] == [
            ("s04", "Terminology", "major"),
            ("s02", "Style", "minor"),
            ("s02", "Accuracy/Omission", "critical"),
        ]
        s02 = app.session.segments[1]
        assert annotations[1].text == s02.mt[:4]
        assert annotations[1].note == "stiff"
        assert annotations[0].origin == "glossary:openai"
        await pilot.press("q")

    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "MQM 95.34 fail (critical error) (3 errors)" in status_text(again)
        await pilot.press("g", *"s02", "enter")
        await pilot.pause()
        mt_pane = again.main.query_one("#pane-mt")
        assert "MQM: 1 critical, 1 minor (o)" in str(mt_pane.border_title)
        # o lists them by position (the omission at 0 first); down, x deletes the minor Style
        # error, and the score follows at once: 30 points.
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(again.screen, AnnotationsScreen)
        await pilot.press("down", "x")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "MQM 95.49 fail (critical error) (2 errors)" in status_text(again)
        await pilot.press("q")

    assert main(["export", str(seed_copy), "--format", "report-json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mqm"]["errors"] == 2
    assert report["mqm"]["verdict"] == "fail (critical error)"
    s04 = next(s for s in report["segments"] if s["id"] == "s04")
    assert s04["annotations"][0]["category"] == "Terminology"


async def test_m_starts_from_the_selected_finding(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter")
        await pilot.pause()
        finding = app.main.findings_panel.selected
        assert finding is not None
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateScreen)
        assert dialog.span() == (finding.start, finding.end)
        category = dialog.query_one("#mqm-category", Select)
        assert category.value == "Terminology"
        area = dialog.query_one("#mqm-text", TextArea)
        area.selection = Selection((0, 3), (0, 3))  # the reviewer clears the span: an omission
        await pilot.pause()
        assert category.value == "Accuracy/Omission"
        area.selection = Selection((0, finding.start), (0, finding.end))
        await pilot.pause()
        assert category.value == "Terminology", "back to the finding's category"
        severity = dialog.query_one("#mqm-severity", RadioSet)
        assert severity.pressed_index == 2, "an error finding starts as major"
        highlighted = severity.query(RadioButton)[2]
        assert highlighted.has_class("-selected"), "the keyboard highlight is on it too"
        await pilot.press("tab", "tab", "tab")  # category, severity, note
        await pilot.press(*"wrong name", "enter")
        await pilot.pause()
        (saved,) = app.session.state.annotations()
        assert (saved.start, saved.end, saved.severity) == (finding.start, finding.end, "major")
        assert saved.note == "wrong name"
        # escape cancels without saving
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.session.state.annotations()) == 1


async def test_a_finding_is_annotated_once(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter", "M")
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert len(app.session.state.annotations()) == 1


async def test_a_read_only_window_refuses_to_annotate(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    app.session.state.read_only = "another review holds it (pid 1)"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter")
        await pilot.pause()
        for key in ("m", "M"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, ErrorScreen)
            assert "another review holds it" in str(app.screen.message)
            await pilot.press("escape")
            await pilot.pause()
    with ReviewState.open(seed_copy) as state:
        assert state.annotations() == []


def test_annotation_dialog_snapshot(snap_compare: Compare, make_app: AppFactory) -> None:
    """s04 with its glossary finding selected, then m: the MT in a read-only text area with
    “オープンAI ” selected, the span named below it, Terminology and “major” chosen from the
    finding, an empty note, Save and Cancel."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("n", "m"))


def test_annotated_segment_snapshot(snap_compare: Compare, make_app: AppFactory) -> None:
    """After M on s04: the MQM score in the status bar, the error marked in the MT pane and
    counted in its title."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("n", "M"))


def test_typing_names_a_category() -> None:
    assert category_for("om") == "Accuracy/Omission"
    assert category_for("o") == "Accuracy/Omission"
    assert category_for("ot") == "Other"
    assert category_for("STY") == "Style"
    assert category_for("gram") == "Fluency/Grammar"
    assert category_for("flu") == "Fluency/Grammar"
    assert category_for("locale c") == "Locale convention"
    assert category_for("translation") == "Non-translation"
    assert category_for("zz") is None


async def test_the_dialog_shows_the_category_it_saves(make_app: AppFactory) -> None:
    """Nothing selected: the dialog says Omission, and saves it; a span: Mistranslation; a
    category the reviewer typed stays whatever the span."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s02", "enter", "m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateScreen)
        category = dialog.query_one("#mqm-category", Select)
        assert category.value == "Accuracy/Omission"
        assert "Accuracy/Omission" in str(category.query_one("SelectCurrent #label").render())
        area = dialog.query_one("#mqm-text", TextArea)
        area.selection = Selection((0, 0), (0, 4))
        await pilot.pause()
        assert category.value == "Accuracy/Mistranslation"
        area.selection = Selection((0, 2), (0, 2))
        await pilot.pause()
        assert category.value == "Accuracy/Omission"
        await pilot.press("ctrl+s")
        await pilot.pause()
        (saved,) = app.session.state.annotations()
        assert (saved.category, saved.start, saved.end) == ("Accuracy/Omission", 2, 2)

        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateScreen)
        category = dialog.query_one("#mqm-category", Select)
        await pilot.press("tab")  # from the text to the category
        assert category.has_focus
        await pilot.press("s", "t", "y")
        assert category.value == "Style", "typing picks it, without opening the list"
        assert not category.expanded
        await pilot.press("3")
        assert dialog.severity().value == "major", "digits still set the severity"
        dialog.query_one("#mqm-text", TextArea).selection = Selection((0, 0), (0, 4))
        await pilot.pause()
        assert category.value == "Style", "the reviewer's choice stays"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [(a.category, a.severity) for a in app.session.state.annotations()][-1] == (
            "Style",
            "major",
        )


async def test_a_key_right_after_a_move_acts_on_the_new_segment(make_app: AppFactory) -> None:
    """A fast typist's n M: the move's redraw is a message still queued when M runs."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        main.segments.move_to_index(3)  # s04; its redraw not handled yet
        main.action_annotate_finding()
        (saved,) = app.session.state.annotations()
        assert (saved.segment, saved.category) == ("s04", "Terminology")
