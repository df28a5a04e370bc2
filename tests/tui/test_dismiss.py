"""QA findings in the TUI, and dismissing one as a false positive (d) and back (D)."""

from __future__ import annotations

from pathlib import Path

from review.core.checks import ALL_QA
from review.core.engine import check_document
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from review.tui.screens.dismissals import DismissalsScreen
from review.tui.screens.prompt import PromptScreen
from tests.conftest import NAMES_GLOSSARY
from tests.tui.conftest import SIZE, AppFactory, settle


async def test_the_tui_counts_what_review_check_finds(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app(options=ALL_QA)
    expected = check_document(
        open_document(seed_copy).document, read_glossary(NAMES_GLOSSARY), ALL_QA
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        totals = app.session.finding_totals()
        assert totals.complete and totals.open == len(expected) == 19
        assert (totals.errors, totals.warnings, totals.infos) == (7, 11, 1)


async def test_d_dismisses_the_selected_finding_and_D_shows_it_again(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s23", "enter")
        await settle(pilot)
        panel = app.main.findings_panel
        assert [f.kind for f in panel.findings] == ["sentence-shape"]
        warnings = app.session.finding_totals().warnings
        await pilot.press("d")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"ok", "enter")
        await settle(pilot)
        assert panel.findings == []
        assert app.session.finding_totals().warnings == warnings - 1
        with ReviewState.open(seed_copy) as state:
            [saved] = state.dismissals()
        assert (saved.segment, saved.kind, saved.note) == ("s23", "sentence-shape", "ok")
        await pilot.press("D")
        assert isinstance(app.screen, DismissalsScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert [f.kind for f in panel.findings] == ["sentence-shape"]
        assert app.session.finding_totals().warnings == warnings
        await pilot.press("d", "escape")
        assert [f.kind for f in panel.findings] == ["sentence-shape"], "escape cancels"
