"""The Variants view: the document's variant groups; promoting one into the glossary."""

from __future__ import annotations

import json
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from review.formats.glossaries import read_glossary
from review.tui.app import ReviewApp
from review.tui.screens.confirm import ConfirmScreen
from review.tui.screens.error import ErrorScreen
from review.tui.screens.main import MainScreen
from review.tui.screens.variants import VariantsScreen
from tests.tui.conftest import SIZE, AppFactory, settle


def variants(app: ReviewApp) -> VariantsScreen:
    screen = app.screen
    assert isinstance(screen, VariantsScreen), screen
    assert screen.loaded
    return screen


def _document(folder: Path, *texts: str) -> Path:
    """A JSONL document of MT lines, with ids 1, 2, …"""
    doc = folder / "d.jsonl"
    rows = (
        json.dumps({"id": str(i), "mt": text}, ensure_ascii=False)
        for i, text in enumerate(texts, 1)
    )
    doc.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return doc


async def _promote(pilot: Pilot[int], app: ReviewApp, spelling: str) -> str:
    """Promote the group of `spelling` from the Variants view, confirming the plan; the plan."""
    await settle(pilot)
    await pilot.press("V")
    await settle(pilot)
    choose(variants(app), spelling)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    plan = str(app.screen.body)
    await pilot.press("y")
    await settle(pilot)
    return plan


def _found(app: ReviewApp, segment: str) -> set[tuple[str, str, str | None]]:
    index = app.session.index_of(segment)
    assert index is not None
    return {(f.kind, f.text, f.suggestion) for f in app.session.findings(index)}


def choose(screen: VariantsScreen, spelling: str) -> None:
    """Highlight the spelling (as the arrow keys would)."""
    for row, item in enumerate(screen._rows):
        if item is not None and screen.shown[item[0]].group.forms[item[1]].text == spelling:
            screen.groups_list.highlighted = row
            return
    raise AssertionError(f"no spelling {spelling}")


async def test_open_the_view_and_escape_closes_it(make_app: AppFactory) -> None:
    app = make_app(glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        screen = variants(app)
        assert [[f.text for f in s.group.forms] for s in screen.shown] == [
            ["OpenAI", "オープンAI"],
            ["インフラ", "インフラストラクチャー"],
            ["ルダラジュ", "ルッダラジュ"],
            ["スターゲート", "Stargate"],
        ]
        assert all(s.covered_by is None for s in screen.shown)
        summary = str(screen.query_one("#variants-summary", Static).render())
        assert summary.startswith("4 variant groups not in the glossary")
        selected = screen.selected_form
        assert selected is not None and selected[1].text == "OpenAI"
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_promote_a_group_and_its_variants_become_glossary_findings(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app(glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        screen = variants(app)
        choose(screen, "ルッダラジュ")
        await pilot.press("enter")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        body = str(confirm.body)
        assert "accept “ルッダラジュ”" in body and "forbid “ルダラジュ” → “ルッダラジュ”" in body
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is screen
        glossary = app.session.glossary
        assert glossary is not None
        [entry] = glossary.entries
        assert entry.accepted == ("ルッダラジュ",)
        assert [(v.form, v.replacement) for v in entry.variants] == [("ルダラジュ", "ルッダラジュ")]
        covered = [s for s in screen.shown if s.covered_by is not None]
        assert [[f.text for f in s.group.forms] for s in covered] == [
            ["ルダラジュ", "ルッダラジュ"]
        ]
        assert screen.shown[-1] is covered[0], "covered groups go to the end"

        await pilot.press("escape", "g", *"s11", "enter")
        await settle(pilot)
        index = app.session.index_of("s11")
        assert index is not None
        found = [
            (f.kind, f.text, f.suggestion)
            for f in app.session.findings(index)
            if f.kind == "glossary"
        ]
        assert ("glossary", "ルダラジュ", "ルッダラジュ") in found
        assert app.session.plan_fix().total == 2, "f and F fix both occurrences"
        assert len(app.session.pending) == 2

    again = make_app(glossary_path=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [a.describe() for a in again.session.pending] == [
            "accept “ルッダラジュ”",
            "forbid “ルダラジュ” → “ルッダラジュ”",
        ], "the promotion survives a restart"
        assert again.session.plan_fix().total == 2
        await pilot.press("W")
        await pilot.pause()
    saved = read_glossary(seed_copy.with_name("openai-hires.glossary.tsv"))
    [entry] = saved.entries
    assert entry.accepted == ("ルッダラジュ",)
    assert [(v.form, v.replacement) for v in entry.variants] == [("ルダラジュ", "ルッダラジュ")]


async def test_a_promotion_that_would_make_the_glossary_invalid_is_refused(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        screen = variants(app)
        assert all(s.covered_by is not None for s in screen.shown), "the shipped glossary"
        choose(screen, "オープンAI")
        await pilot.press("p")
        await pilot.pause()
        error = app.screen
        assert isinstance(error, ErrorScreen)
        assert "“オープンAI” is forbidden by entry “openai”" in error.message
        await pilot.press("escape")
        choose(screen, "OpenAI")
        await pilot.press("p")
        assert app.screen is screen, "nothing to add: no confirmation"
        assert app.session.pending == []


async def test_go_to_the_first_occurrence_of_a_spelling(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        choose(variants(app), "ルダラジュ")
        await pilot.press("g")
        await settle(pilot)
        main = app.main
        assert app.screen is main
        current = main.segments.current
        assert current is not None and app.session.segments[current].id == "s11"
        selected = main.findings_panel.selected
        assert selected is not None and selected.text == "ルダラジュ"


async def test_an_orthographic_group_lists_and_goes_to_its_occurrences(
    make_app: AppFactory, tmp_path: Path
) -> None:
    doc = _document(
        tmp_path,
        "取扱いに注意してください。",
        "取り扱いの注意を読んでください。",
        "取り扱いは簡単です。",
    )
    app = make_app(doc, glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        await pilot.press("g")  # the suggested spelling, 取り扱い, first in segment 2
        await settle(pilot)
        assert app.screen is app.main
        assert app.session.segments[app.main.segments.current or 0].id == "2"


async def test_promoting_an_okurigana_group_forbids_its_inflected_forms(
    make_app: AppFactory, tmp_path: Path
) -> None:
    doc = _document(tmp_path, "取り扱いに注意。", "取り扱いの説明。", "製品を取扱って下さい。")
    app = make_app(doc, glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        plan = await _promote(pilot, app, "取り扱い")
        assert "forbid “取扱っ” → “取り扱っ”" in plan
        glossary = app.session.glossary
        assert glossary is not None
        [entry] = glossary.entries
        assert ("取扱っ", "取り扱っ") in [(v.form, v.replacement) for v in entry.variants]
        assert ("glossary", "取扱っ", "取り扱っ") in _found(app, "3")


async def test_promoting_a_group_leaves_a_spelling_of_one_kanji_to_the_variant_check(
    make_app: AppFactory, tmp_path: Path
) -> None:
    doc = _document(
        tmp_path, "書類などを提出。", "写しなどは不要。", "住民票等を添付。", "平等に扱う。"
    )
    app = make_app(doc, glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        assert "等: one kanji" in await _promote(pilot, app, "など")
        glossary = app.session.glossary
        assert glossary is not None
        assert [v.form for e in glossary.entries for v in e.variants] == []
        assert not any(kind == "glossary" for kind, _, _ in _found(app, "4"))
        assert ("variant", "等", "など") in _found(app, "3")


async def test_the_highlighted_spelling_stays_in_view_at_80x24(make_app: AppFactory) -> None:
    """The detail pane below the list changed its height with the spelling chosen, so the
    list shrank after it had scrolled: ● Stargate, chosen, sat below the list's last row."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        option_list = variants(app).groups_list
        for _ in range(7):
            await pilot.press("down")
            await settle(pilot)
            line = option_list._index_to_line[option_list.highlighted or 0]
            top, height = option_list.scroll_y, option_list.scrollable_content_region.height
            assert top <= line < top + height
        assert variants(app).selected_form is not None
        assert variants(app).selected_form[1].text == "Stargate"
