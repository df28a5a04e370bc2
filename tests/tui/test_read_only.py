"""A second window on a document that another process is reviewing opens read-only: it
shows the document, refuses every write with a clear message, and changes nothing."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from review.core.glossary import Glossary
from review.core.model import Status
from review.core.session import ReviewSession
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from review.tui.app import ReviewApp
from review.tui.screens.error import ErrorScreen
from tests.conftest import NAMES_GLOSSARY, ROOT
from tests.tui.conftest import SIZE, AppFactory, settle

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from review.core.state import ReviewState
    from review.core.workspace import open_document
    path = Path(sys.argv[1])
    segment = open_document(path).document.segments[0]
    state = ReviewState.open_for_review(path)
    assert state.read_only is None
    state.save(segment, segment.revised("先に開いた人の訳。"))
    print("holding", flush=True)
    sys.stdin.read()
    """
)


@contextlib.contextmanager
def _held(script: str, document: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process reviewing the document, running `script`, once it says "holding";
    it ends when its standard input closes."""
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(document)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        yield holder
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()


async def test_a_second_reviewer_gets_a_read_only_window_that_saves_nothing(
    seed_copy: Path,
) -> None:
    with _held(_HOLDER, seed_copy):
        document = open_document(seed_copy).document
        glossary: Glossary = read_glossary(NAMES_GLOSSARY)
        with ReviewState.open_for_review(seed_copy) as state:
            assert state.read_only is not None and "another process" in state.read_only
            session = ReviewSession(document, glossary, state, NAMES_GLOSSARY)
            app = ReviewApp(session, seed_copy, None, [f"Opened read-only: {state.read_only}"])
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                assert session.segments[0].revision == "先に開いた人の訳。"
                await pilot.press("a")
                await pilot.pause()
                assert isinstance(app.screen, ErrorScreen)
                assert "read-only" in app.screen.message
                assert session.segments[0].status is Status.EDITED, "not approved on screen"
                await pilot.press("escape", "F", "y")
                await pilot.pause()
                assert isinstance(app.screen, ErrorScreen)
    saved = open_document(seed_copy).document.segments
    assert saved[0].revision == "先に開いた人の訳。"
    assert saved[0].status is Status.EDITED
    assert all(s.revision is None for s in saved[1:]), "the read-only window fixed nothing"


async def test_a_read_only_window_refuses_at_the_key_before_any_typing(
    make_app: AppFactory, seed_copy: Path
) -> None:
    """e, c (note), d (dismiss), + (glossary term) and the one-key changes say at once that
    nothing can be saved here: no editor opens, no prompt asks for text."""
    app = make_app()
    app.session.state.read_only = "openai-hires.jsonl is open for review in another process"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        for key in ("e", "enter", "c", "d", "plus", "s", "f", "F", "a", "u", "m", "M"):
            await pilot.press(key)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ErrorScreen), key
            assert screen.title_text.startswith("Read-only:"), key
            assert "This window is read-only" in screen.message, key
            assert "another process" in screen.message, key
            assert app.main.editing is None
            assert not app.main.query_one("#pane-revision").has_class("-editing")
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is app.main
        await pilot.press("V")
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen), "promoting a variant group"
        assert "This window is read-only" in app.screen.message
    saved = open_document(seed_copy).document.segments
    assert all(s.revision is None and not s.note for s in saved)


_LATER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from review.core.state import ReviewState
    from review.core.workspace import open_document
    path = Path(sys.argv[1])
    segment = open_document(path).document.segments[1]
    state = ReviewState.open_for_review(path)
    print("holding", flush=True)
    sys.stdin.readline()
    state.save(segment, segment.revised("後から保存した訳。"))
    print("saved", flush=True)
    sys.stdin.read()
    """
)


async def test_a_read_only_window_exports_what_the_other_window_saved_since(
    seed_copy: Path,
) -> None:
    with _held(_LATER, seed_copy) as holder:
        document = open_document(seed_copy).document
        with ReviewState.open_for_review(seed_copy) as state:
            assert state.read_only is not None
            session = ReviewSession(document, read_glossary(NAMES_GLOSSARY), state, NAMES_GLOSSARY)
            app = ReviewApp(session, seed_copy, None, [])
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                assert holder.stdin is not None and holder.stdout is not None
                holder.stdin.write("save\n")
                holder.stdin.flush()
                assert holder.stdout.readline() == "saved\n"
                await pilot.press("ctrl+e")
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
    exported = seed_copy.with_name("openai-hires.reviewed.txt").read_text(encoding="utf-8")
    assert exported.splitlines()[1] == "後から保存した訳。"
