"""Applying glossary fixes: one finding, one name everywhere, all names; one undo step."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from review.core.checks import ALL_QA
from review.core.engine import check_document
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
        open_findings = app.session.finding_totals().open
        await pilot.press("n", "s")
        segment = app.session.segments[3]
        assert "OpenAIの共同設立者" in segment.target, "the stray space goes with the variant"
        assert app.main.findings_panel.findings == []
        assert app.session.finding_totals().open == open_findings - 1
        await pilot.press("s")
        assert app.session.segments[3] is segment, "nothing left to apply"


async def test_fix_one_name_everywhere_after_confirming_the_count(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_findings = app.session.finding_totals().open
        await pilot.press("n", "f")
        text = dialog_text(app.screen)
        assert "glossary:openai  4×" in text
        assert "4 occurrences in 4 segments: s04, s15, s26, s30" in text
        await pilot.press("n")
        assert app.session.finding_totals().open == open_findings, "declining changes nothing"
        await pilot.press("f", "y")
        await settle(pilot)
        targets = [s.target for s in app.session.segments]
        assert not any("オープンAI" in t for t in targets)
        assert app.session.finding_totals().open == open_findings - 4
        saved = open_document(seed_copy).document
        assert sum("OpenAI" in (s.revision or "") for s in saved.segments) == 4


async def test_fix_all_then_one_undo_reverts_all(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_findings = app.session.finding_totals().open
        await pilot.press("F")
        text = dialog_text(app.screen)
        assert "12 occurrences in 10 segments" in text, "names and preferred terms"
        assert "“ルダラジュ” → “ルッダラジュ” ×2" in text
        await pilot.press("y")
        await settle(pilot)
        assert app.session.finding_totals().open == 0
        assert app.session.progress().edited == 10
        glossary = read_glossary(NAMES_GLOSSARY)
        assert check_document(open_document(seed_copy).document, glossary) == []
        corpus = app.session.scores.corpus()
        assert corpus.delta is not None and corpus.delta.chrf > 0
        await pilot.press("u")
        assert app.session.finding_totals().open == open_findings
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
        await pilot.press("s")
        await pilot.pause()
        assert "term-missing finding has no automatic fix" in notices(app)[-1]
        await pilot.press("f")
        assert app.session.segments[0].revision is None
        assert app.screen is app.main, "no confirmation for a finding that has no fix"


def notices(app: object) -> list[str]:
    from textual.app import App

    assert isinstance(app, App)
    return [n.message for n in app._notifications]


async def test_s_applies_a_variant_suggestion_as_one_saved_undoable_edit(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app(glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.kind == "variant" and finding.segment == "s04"
        await pilot.press("s")
        await pilot.pause()
        target = app.session.segments[3].target
        assert "OpenAI の共同設立者" in target and "オープンAI" not in target
        assert "s04: “オープンAI” → “OpenAI”." in notices(app)
        assert open_document(seed_copy).document.segments[3].revision == target, "saved"
        await pilot.press("u")
        assert app.session.segments[3].revision is None
        assert open_document(seed_copy).document.segments[3].revision is None


async def test_s_applies_a_punctuation_suggestion(make_app: AppFactory) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s16", "enter")
        await settle(pilot)
        panel = app.main.findings_panel
        await pilot.press("right_square_bracket")
        finding = panel.selected
        assert finding is not None and finding.kind == "sentence-shape"
        assert (finding.text, finding.suggestion) == ("、", "。")
        await pilot.press("s")
        assert app.session.segments[15].target.endswith("答えている。")
        # a quote pair: the straight quotes become 『』 inside the sentence's 「」
        await pilot.press("g", *"s25", "enter")
        await settle(pilot)
        await pilot.press("right_square_bracket", "s")
        assert "『爆発的オファー』を人々に" in app.session.segments[24].target


async def test_s_on_a_finding_without_a_fix_says_its_kind_has_none(make_app: AppFactory) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s25", "enter")
        await settle(pilot)
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.suggestion is None
        await pilot.press("s")
        await pilot.pause()
        assert app.session.segments[24].revision is None
        assert notices(app)[-1] == (
            "This quotes finding has no automatic fix: edit the revision (e)."
        )
        line = app.main.findings_panel.selected_line
        assert line is not None and "(no automatic fix)" in str(line.render())


async def test_one_occurrence_is_counted_as_one(make_app: AppFactory, tmp_path: Path) -> None:
    doc = tmp_path / "doc.jsonl"
    doc.write_text('{"id": "a1", "mt": "オープンAIの発表。"}\n', encoding="utf-8")
    app = make_app(doc, glossary_path=NAMES_GLOSSARY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Open findings 1 (1 error, 0 warnings, 0 info)" in str(app.main.status.render())
        await pilot.press("F")
        assert "1 occurrence in 1 segment: a1." in dialog_text(app.screen)
        await pilot.press("y")
        await pilot.pause()
        assert "Fixed 1 occurrence in 1 segment." in notices(app)
