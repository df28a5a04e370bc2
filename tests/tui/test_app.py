"""Keys everywhere: footer, help, command palette, keymap; errors in one modal; layout."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.app import SystemCommand

from review.tui import keys
from review.tui.app import ReviewApp
from review.tui.keymap import parse_keymap
from review.tui.screens.error import ErrorScreen
from review.tui.screens.help import HelpScreen, help_renderable
from review.tui.screens.main import MainScreen
from tests.conftest import NAMES_GLOSSARY
from tests.tui.conftest import SIZE, AppFactory, settle


def test_every_binding_has_an_id_and_a_description() -> None:
    bindings = [b for group in keys.ALL_GROUPS for b in group.bindings]
    ids = [b.id for b in bindings]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(b.description for b in bindings)


def test_the_help_lists_every_binding_with_its_id_and_says_where_to_remap(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    for columns in (1, 2):
        console = Console(width=170, record=True)
        console.print(help_renderable({"status.approve": "v"}, config, columns=columns))
        text = console.export_text()
        for group in keys.ALL_GROUPS:
            assert group.title in text
            for binding in group.bindings:
                assert binding.description in text
                assert binding.id is not None and binding.id in text
        assert str(config) in text and "[keys]" in text and '"revision.edit" = "i"' in text
        assert "REVIEW_KEYMAP" in text
        approve = next(line for line in text.splitlines() if "Approve " in line)
        assert approve.split()[:2] == ["v", "Approve"], "the key the keymap gives"


async def test_question_mark_opens_help_and_escape_closes_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == HelpScreen.__name__
        await pilot.press("escape")
        assert type(app.screen).__name__ == MainScreen.__name__


async def test_the_palette_offers_every_action_in_reach(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = list(app.get_system_commands(app.main))
        titles = {c.title for c in commands if isinstance(c, SystemCommand)}
        wanted = {b.description for g in (keys.NAVIGATE, *keys.SCREEN_GROUPS) for b in g.bindings}
        wanted.discard("Clear filters")
        assert wanted <= titles
        approve = next(c for c in commands if c.title == "Approve")
        assert approve.help == "key: a"
        await approve.callback()
        assert app.session.progress().approved == 1


async def test_a_keymap_moves_a_binding(make_app: AppFactory) -> None:
    app = make_app(keymap=parse_keymap("status.approve=v; revision.edit = i"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        assert app.session.progress().approved == 1
        await pilot.press("i")
        assert app.main.editing is not None


async def test_a_failed_save_shows_the_error_and_changes_nothing(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_findings = app.session.finding_totals().open
        app.session.state._db.close()
        await pilot.press("n", "s")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "Could not save" in str(app.screen.title_text)
        await pilot.press("escape")
        segment = app.session.segments[3]
        assert segment.revision is None, "the UI never shows an edit the state did not take"
        assert app.session.finding_totals().open == open_findings


async def test_narrow_terminals_stack_the_texts(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(pilot)
        panes = [
            app.main.query_one(f"#pane-{n}") for n in ("source", "mt", "revision", "reference")
        ]
        assert len({p.region.x for p in panes}) == 1
        assert [p.region.y for p in panes] == sorted(p.region.y for p in panes)
    wide = make_app()
    async with wide.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panes = [
            wide.main.query_one(f"#pane-{n}") for n in ("source", "mt", "revision", "reference")
        ]
        assert len({p.region.y for p in panes}) == 1


async def test_quit_remembers_the_position(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end", "q")
        assert app.return_code == 0
    reopened: ReviewApp = make_app()
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert reopened.main.segments.current == 34


async def test_text_that_looks_like_markup_is_shown_as_written(
    make_app: AppFactory, tmp_path: Path
) -> None:
    doc = tmp_path / "[odd].jsonl"
    doc.write_text(
        '{"id": "[b]1", "mt": "[bold]オープンAI[/] [link=x]", "reference": "OpenAI [/]"}\n',
        encoding="utf-8",
    )
    app = make_app(doc, glossary_path=NAMES_GLOSSARY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", *"[red]note", "enter", "s", "g", *"[b]1", "enter")
        await pilot.pause()
        assert app.session.segments[0].note == "[red]note"
        assert app.session.segments[0].target == "[bold]OpenAI[/] [link=x]"
        title = app.main.query_one("#pane-revision").border_title
        assert title is not None and "[red]note" in title.replace("\\", "")
        assert app.is_running


async def test_stale_saved_edits_are_announced(make_app: AppFactory, seed_copy: Path) -> None:
    from review.core.workspace import Request, open_review

    first = make_app()
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "s")
    text = seed_copy.read_text(encoding="utf-8").replace("オープンAI の共同", "オープンAIの共同")
    seed_copy.write_text(text, encoding="utf-8")
    with open_review(Request(seed_copy), for_review=True) as workspace:
        notices = [n for n in workspace.notices if "1 saved revision for MT" in n]
    assert len(notices) == 1 and "s04" in notices[0]
    app = make_app()
    app.notices.extend(notices)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("s04" in n.message for n in app._notifications)


async def test_ctrl_p_runs_an_action_by_its_description(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Next flagged")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.segments.current == 3
