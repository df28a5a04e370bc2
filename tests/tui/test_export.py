"""The export dialog: every format the CLI writes, atomically, never over the document unasked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Button, Input, RadioButton

from review.core.workspace import open_document
from review.formats.documents import WRITE_FORMATS, read_document, render_document
from review.tui.screens.confirm import ConfirmScreen
from review.tui.screens.export import ExportScreen, default_name
from tests.tui.conftest import SIZE, AppFactory, one_unit_xliff, settle


@pytest.mark.parametrize(
    "fmt", [f for f in WRITE_FORMATS if f not in ("package", "markdown", "android", "strings")]
)
async def test_export_each_format(make_app: AppFactory, seed_copy: Path, fmt: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "s", "a")
        await pilot.press("ctrl+e")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        button = next(b for b in screen.query(RadioButton) if b.name == fmt)
        await pilot.click(button)
        await pilot.pause()
        assert screen.query_one("#path", Input).value == default_name(seed_copy, fmt)
        await pilot.click("#export")
        await pilot.pause()
        assert app.screen is app.main
    written = seed_copy.with_name(default_name(seed_copy, fmt))
    document = open_document(seed_copy).document
    if fmt == "xlsx":  # a zip: its members carry the time they were written
        assert read_document(written).segments == document.segments
        return
    expected = render_document(document, fmt)
    stamp = re.compile(rb'creationdate="[^"]*"')
    assert stamp.sub(b"", written.read_bytes()) == stamp.sub(b"", expected)
    assert "OpenAIの共同設立者" in expected.decode("utf-8")


async def test_exported_text_passes_the_check_after_fixing_all(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F", "y")
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    corrected = seed_copy.with_name("openai-hires.reviewed.txt")
    assert len(corrected.read_text(encoding="utf-8").splitlines()) == 35
    result = subprocess.run(
        [sys.executable, "-m", "review", "check", str(corrected), "--no-qa"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert "0 findings" in result.stdout


async def test_the_dialog_warns_before_replacing_a_file_or_the_document(
    make_app: AppFactory, seed_copy: Path
) -> None:
    seed_copy.with_name("openai-hires.reviewed.txt").write_text("old\n", encoding="utf-8")
    original = seed_copy.read_bytes()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        screen = app.screen
        assert str(screen.query_one("#export", Button).label) == "Replace"
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen), "an existing file is replaced if asked"
        await pilot.press("n")
        assert app.screen is screen
        screen.query_one("#path", Input).value = seed_copy.name
        await pilot.pause()
        assert screen.query_one("#export", Button).disabled, "not as txt over the jsonl"
        await pilot.press("enter")
        assert app.screen is screen
        await pilot.click(next(b for b in screen.query(RadioButton) if b.name == "jsonl"))
        await pilot.pause()
        screen.query_one("#path", Input).value = seed_copy.name
        await pilot.pause()
        assert str(screen.query_one("#export", Button).label) == "Overwrite document"
        await pilot.press("escape")
        assert app.screen is app.main
    assert seed_copy.read_bytes() == original
    assert seed_copy.with_name("openai-hires.reviewed.txt").read_text(encoding="utf-8") == "old\n"


async def test_the_state_and_the_glossary_are_never_exported_over(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    glossary = app.session.glossary_path
    assert glossary is not None
    before = glossary.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        screen = app.screen
        for name in (str(glossary), seed_copy.name + ".review.sqlite"):
            screen.query_one("#path", Input).value = name
            await pilot.pause()
            assert screen.query_one("#export", Button).disabled, name
            await pilot.press("enter")
            assert app.screen is screen
    assert glossary.read_bytes() == before


async def test_a_failed_export_shows_the_error_modal(make_app: AppFactory, seed_copy: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        app.screen.query_one("#path", Input).value = "no/such/folder/out.txt"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ErrorScreen"
        await pilot.press("escape")
        assert app.screen is app.main


async def test_a_revision_with_broken_tags_is_told_not_a_crash(
    make_app: AppFactory, tmp_path: Path
) -> None:
    target = '今すぐ<g id="1">開く</g>'
    doc = one_unit_xliff(tmp_path / "tags.xlf", 'Open <g id="1">now</g>', target)
    app = make_app(doc, glossary_path=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.main.session.revise(0, "<g1>今すぐ開く")
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ErrorScreen"
        assert "segment “u1”: <g1> is never closed" in app.screen.message
        await pilot.press("escape")
        assert app.screen is app.main
    assert not doc.with_name("tags.reviewed.xlf").exists()


async def test_served_the_export_writes_only_in_the_documents_folder(
    make_app: AppFactory, seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`review serve` names the document's folder in $REVIEW_WRITE_ROOT: an export elsewhere
    (a path typed into the dialog) is refused, one inside written."""
    monkeypatch.setenv("REVIEW_WRITE_ROOT", str(seed_copy.parent))
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.txt"
    app = make_app()
    delivered: list[tuple[Path, str | None]] = []
    monkeypatch.setattr(
        app,
        "deliver_binary",
        lambda path, save_filename=None: delivered.append((path, save_filename)),
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for path in (elsewhere, seed_copy.with_name("inside.txt")):
            await pilot.press("ctrl+e")
            screen = app.screen
            assert isinstance(screen, ExportScreen)
            screen.query_one("#path", Input).value = str(path)
            await pilot.click("#export")
            await pilot.pause()
    assert not elsewhere.exists()
    assert seed_copy.with_name("inside.txt").exists()
    assert delivered == [(seed_copy.with_name("inside.txt"), "inside.txt")], "to the browser too"


def test_markdown_and_packages_are_offered_only_for_their_own_kind() -> None:
    from review.tui.screens.export import offered

    assert "markdown" in offered(Path("notes.md")) and "package" not in offered(Path("notes.md"))
    assert "markdown" not in offered(Path("job.jsonl")) and "package" in offered(Path("job.xlz"))
    assert default_name(Path("notes.md"), "markdown") == "notes.reviewed.md"


def test_android_strings_are_offered_back_over_themselves_only(tmp_path: Path) -> None:
    from review.tui.screens.export import offered, own_format

    strings = tmp_path / "res" / "values-ja" / "strings.xml"
    strings.parent.mkdir(parents=True)
    strings.write_text("<resources/>", encoding="utf-8")
    assert own_format(strings) == "android" and "android" in offered(strings)
    assert default_name(strings, "android") == "strings.xml"  # another .xml would be built in
    assert "android" not in offered(Path("job.xlf"))


def test_apple_strings_are_offered_back_over_themselves_only() -> None:
    from review.tui.screens.export import offered, own_format

    strings = Path("App") / "ja.lproj" / "Localizable.strings"
    assert own_format(strings) == "strings" and "strings" in offered(strings)
    assert default_name(strings, "strings") == "Localizable.strings"  # its source is found by name
    assert "strings" not in offered(Path("job.xlf"))


def test_a_cat_tools_file_is_offered_back_in_its_own_format_and_extension() -> None:
    from review.tui.screens.export import own_format

    assert own_format(Path("job.sdlxliff")) == "xliff"
    assert own_format(Path("app_ja.ts")) == "ts"
    assert default_name(Path("app_ja.ts"), "ts") == "app_ja.reviewed.ts"
    assert default_name(Path("job.sdlxliff"), "xliff") == "job.reviewed.sdlxliff"
    assert (
        own_format(Path("ja.po")) == "po" and default_name(Path("ja.po"), "po") == "ja.reviewed.po"
    )
    assert default_name(Path("job.sdlppx"), "package") == "job.reviewed.sdlrpx"
    assert own_format(Path("job.jsonl")) == "txt"
    assert default_name(Path("job.jsonl"), "txt") == "job.reviewed.txt"
    assert default_name(Path("job.sdlxliff"), "xliff2") == "job.reviewed.xlf"


async def test_enter_in_the_dialog_of_a_po_file_writes_it_back_as_po(
    make_app: AppFactory, tmp_path: Path
) -> None:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Open"\nmsgstr "開く"\n',
        encoding="utf-8",
    )
    app = make_app(po)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    assert (tmp_path / "ja.reviewed.po").read_bytes() == po.read_bytes()


async def test_on_a_short_terminal_the_list_scrolls_to_the_chosen_format(
    make_app: AppFactory, tmp_path: Path
) -> None:
    po = tmp_path / "ja.po"
    po.write_text('msgid "Open"\nmsgstr "開く"\n', encoding="utf-8")
    app = make_app(po)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        formats = screen.query_one("#formats")
        chosen = next(b for b in screen.query(RadioButton) if b.value)
        assert chosen.name == "po"
        top, height = formats.scroll_offset.y, formats.scrollable_content_region.height
        assert top <= chosen.virtual_region.y < top + height, "the chosen format is in view"
        assert screen.query_one(".dialog").max_scroll_y == 0, "the file name and buttons fit"
