"""Applying glossary fixes: one finding, one name everywhere, all names; one undo step."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from review.core.checks import check_document
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from review.tui.screens.confirm import ConfirmScreen
from tests.conftest import NAMES_GLOSSARY
from tests.tui.conftest import SIZE, AppFactory, settle


def dialog_text(screen: object) -> str:
    assert isinstance(screen, ConfirmScreen)
    body = screen.query_one(".dialog-body", Static).render()
    return body.plain if isinstance(body, Text) else str(body)


async def test_apply_the_selected_suggestion(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "s")
        segment = app.session.segments[3]
        assert "OpenAIの共同設立者" in segment.target, "the stray space goes with the variant"
        assert app.main.findings_panel.findings == []
        assert app.session.finding_totals().open == 6
        await pilot.press("s")
        assert app.session.segments[3] is segment, "nothing left to apply"


async def test_fix_one_name_everywhere_after_confirming_the_count(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "f")
        text = dialog_text(app.screen)
        assert "glossary:openai  4×" in text
        assert "4 occurrences in 4 segments: s04, s15, s26, s30" in text
        await pilot.press("n")
        assert app.session.finding_totals().open == 7, "declining changes nothing"
        await pilot.press("f", "y")
        await settle(pilot)
        targets = [s.target for s in app.session.segments]
        assert not any("オープンAI" in t for t in targets)
        assert app.session.finding_totals().open == 3
        saved = open_document(seed_copy).document
        assert sum("OpenAI" in (s.revision or "") for s in saved.segments) == 4


async def test_fix_all_then_one_undo_reverts_all(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        text = dialog_text(app.screen)
        assert "7 occurrences in 6 segments" in text
        assert "“ルダラジュ” → “ルッダラジュ” ×2" in text
        await pilot.press("y")
        await settle(pilot)
        assert app.session.finding_totals().open == 0
        assert app.session.progress().edited == 6
        glossary = read_glossary(NAMES_GLOSSARY)
        assert check_document(open_document(seed_copy).document, glossary) == []
        corpus = app.session.scores.corpus()
        assert corpus.delta is not None and corpus.delta.chrf > 0
        await pilot.press("u")
        assert app.session.finding_totals().open == 7
        assert app.session.progress().edited == 0
        await pilot.press("ctrl+r")
        assert app.session.finding_totals().open == 0


async def test_a_finding_without_a_span_is_not_applied(
    make_app: AppFactory, tmp_path: Path
) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("id\tsource\taccepted\nagi\tAGI\t汎用人工知能\n", encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    doc.write_text(
        '{"id": "a1", "source": "AGI is near.", "mt": "人工的な一般知能は近い。"}\n',
        encoding="utf-8",
    )
    app = make_app(doc, glossary)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.kind == "term-missing"
        await pilot.press("s", "f")
        assert app.session.segments[0].revision is None
        assert app.screen is app.main, "no confirmation for a finding that has no fix"
