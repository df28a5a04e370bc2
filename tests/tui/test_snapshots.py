"""Snapshots at a fixed terminal size, cursor blink off. Look at the SVGs in __snapshots__
after `pytest --snapshot-update`: they are what a reviewer sees."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.tui.conftest import SIZE, AppFactory, settle

Compare = Callable[..., bool]


def steady(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_main_screen_on_a_flagged_segment(snap_compare: Compare, make_app: AppFactory) -> None:
    """s15: オープンAI and スターゲート highlighted as errors in the MT; the first selected."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("g", *"s15", "enter"))


def test_main_screen_after_fixing_all(snap_compare: Compare, make_app: AppFactory) -> None:
    """After F y on s04: the MT shows the deleted “オープンAI ” struck through, the revision the
    inserted “Open” underlined; scores MT → revision with deltas; no findings left."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("n", "F", "y"))


def test_help_screen(
    snap_compare: Compare, make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where to remap keys, then each binding's key, description and id."""
    monkeypatch.setenv("REVIEW_CONFIG_DIR", "/home/reviewer/.config/review")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("question_mark"))


def test_export_dialog(snap_compare: Compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("ctrl+e"))


def test_editing_a_revision(snap_compare: Compare, make_app: AppFactory) -> None:
    """The editor in the revision pane; the footer offers only its keys."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steady("n", "e"))


def test_unsaved_edit_dialog(snap_compare: Compare, make_app: AppFactory) -> None:
    """Escape on an edit with changes asks before dropping them."""
    assert snap_compare(
        make_app(), terminal_size=SIZE, run_before=steady("n", "e", "X", "Y", "escape")
    )


def test_narrow_terminal_stacks_the_texts(snap_compare: Compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 40), run_before=steady("n"))


def test_variants_view(snap_compare: Compare, make_app: AppFactory) -> None:
    """No glossary: three groups, each with its spellings and counts, the suggested form and
    the evidence; the first spelling selected, its occurrences in context below."""
    assert snap_compare(make_app(glossary_path=None), terminal_size=SIZE, run_before=steady("V"))
