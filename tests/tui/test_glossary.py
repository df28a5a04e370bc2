"""Growing the glossary: from a finding or typed text; durable before saving; saved atomically."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, RadioButton, Select, Static

from review.core.checks import CheckOptions
from review.formats.glossaries import read_glossary
from review.tui.screens.glossary_add import GlossaryAddScreen
from tests.conftest import NAMES_GLOSSARY
from tests.tui.conftest import SIZE, AppFactory, settle


async def test_forbid_a_typed_variant_flags_it_at_once(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("minus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        await pilot.press(*"ジェネレーティブAI", "tab", *"生成AI", "enter")
        assert app.screen is app.main
        await settle(pilot)
        assert app.session.finding_totals().open == 8
        await pilot.press("g", *"s33", "enter")
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.suggestion == "生成AI"
        assert "1 unsaved" in str(app.main.status.render())


async def test_add_a_variant_to_the_entry_of_the_selected_finding(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "minus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        assert screen.query_one("#entry", Select).value == "openai"
        assert screen.query_one("#accepted", Input).value == "OpenAI"
        await pilot.press(*"オープンＡＩ社", "enter")
        assert app.session.glossary is not None
        entry = next(e for e in app.session.glossary.entries if e.id == "openai")
        assert entry.variants[-1].form == "オープンＡＩ社"


async def test_accept_the_flagged_form_as_a_term_and_invalid_input_stays_open(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s11", "enter", "plus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        assert screen.query_one("#accepted", Input).value == "ルダラジュ"
        await pilot.press("enter")
        error = str(screen.query_one("#glossary-error", Static).render())
        assert "ルダラジュ" in error and "forbidden" in error, error
        assert app.screen is screen, "the dialog stays open with the reason"
        await pilot.press("escape")
        assert app.session.pending == []


async def test_a_new_term_with_source_and_type(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        screen.query_one("#accepted", Input).value = "汎用人工知能"
        screen.query_one("#source", Input).value = "artificial general intelligence"
        screen.query_one("#note", Input).value = "write out in full"
        await pilot.press("enter")
        assert app.session.glossary is not None
        entry = app.session.glossary.entries[-1]
        assert (entry.id, entry.accepted, entry.source, entry.type.value) == (
            "汎用人工知能",
            ("汎用人工知能",),
            ("artificial general intelligence",),
            "term",
        )
        await settle(pilot)
        assert app.session.finding_totals().warnings == 1, (
            "s19's source names the term, its MT lacks it"
        )


async def test_additions_survive_a_restart_until_saved(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("minus", *"ジェネレーティブAI", "tab", *"生成AI", "enter")
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(again.session.pending) == 1
        assert again.session.finding_totals().open == 8


async def test_saving_never_touches_the_shipped_glossary(
    make_app: AppFactory, seed_copy: Path
) -> None:
    shipped = NAMES_GLOSSARY.read_bytes()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("minus", *"ジェネレーティブAI", "tab", *"生成AI", "enter")
        await pilot.pause()
        await pilot.press("W")
        assert app.session.pending == []
    assert NAMES_GLOSSARY.read_bytes() == shipped
    beside = seed_copy.with_name("openai-hires.glossary.tsv")
    saved = read_glossary(beside)
    assert len(saved) == len(read_glossary(NAMES_GLOSSARY)) + 1
    assert beside.read_text(encoding="utf-8").startswith("# Names glossary")
    again = make_app(glossary_path=beside)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.session.pending == []
        assert again.session.finding_totals().open == 8


async def test_saving_a_given_glossary_writes_it_in_place(
    make_app: AppFactory, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.tsv"
    shutil.copy(NAMES_GLOSSARY, mine)
    app = make_app(glossary_path=mine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("W")
        assert mine.read_bytes() == NAMES_GLOSSARY.read_bytes(), "nothing to save yet"
        await pilot.press("n", "minus", *"オープンエーアイ社", "enter")
        await pilot.pause()
        await pilot.press("W")
    assert any(
        v.form == "オープンエーアイ社" for e in read_glossary(mine).entries for v in e.variants
    )
    assert not list(tmp_path.glob(".mine.tsv.*")), "no temporary file left behind"


async def test_the_kind_radio_hides_the_variant_field(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("minus")
        screen = app.screen
        assert screen.query_one("#variant", Input).display
        await pilot.click(RadioButton)
        await pilot.pause()
        assert not screen.query_one("#variant", Input).display


async def test_without_a_glossary_the_first_term_starts_one_beside_the_document(
    make_app: AppFactory, seed_copy: Path
) -> None:
    # glossary findings only: the variant discovery would flag オープンAI / OpenAI already
    app = make_app(glossary_path=None, options=CheckOptions(variants=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session.finding_totals().open == 0
        await pilot.press("minus", *"オープンAI", "tab", *"OpenAI", "enter")
        await settle(pilot)
        assert app.session.finding_totals().open == 4
        await pilot.press("W")
    beside = seed_copy.with_name("openai-hires.glossary.tsv")
    assert [e.accepted for e in read_glossary(beside).entries] == [("OpenAI",)]
