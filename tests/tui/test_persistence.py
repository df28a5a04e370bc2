"""Work is never lost: reopening restores it, and a SIGKILL loses nothing committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from textual.widgets import TextArea

from review.core.model import Status
from review.core.workspace import open_document
from tests.conftest import ROOT
from tests.tui.conftest import SIZE, AppFactory, settle


async def test_reopening_restores_edits_and_the_last_segment(
    make_app: AppFactory, seed_copy: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F", "y")
        await pilot.pause()
        await pilot.press("g", *"s21", "enter", "e")
        app.main.query_one("#editor", TextArea).text = "手で直した文。"
        await pilot.press("ctrl+s", "a", "c", *"ok", "enter")
        await pilot.pause()
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        session = again.session
        assert again.main.segments.current == 21, "back where the reviewer left off"
        assert session.segments[20].revision == "手で直した文。"
        assert session.segments[20].status is Status.APPROVED
        assert session.segments[21].note == "ok"
        assert session.finding_totals().open == 0
        assert session.progress().reviewed == 11, "10 fixed by F, and s21"
        await pilot.press("u")
        assert session.segments[21].note == "", "undo works across sessions"


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from review.core.session import ReviewSession
    from review.core.state import ReviewState
    from review.formats.glossaries import read_glossary
    from review.tui.app import ReviewApp
    from review.core.workspace import open_document

    async def main() -> None:
        path, glossary = Path(sys.argv[1]), Path(sys.argv[2])
        state = ReviewState.open(path)
        document = open_document(path).document
        session = ReviewSession(document, read_glossary(glossary), state, glossary)
        app = ReviewApp(session, path)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("n", "s", "a", "g", *"s30", "enter", "x")
            await pilot.pause(0.8)
            print("committed", flush=True)
            await pilot.press("g", *"s35", "enter", "e", *"unsaved")
            await asyncio.sleep(60)

    asyncio.run(main())
    """
)


def test_sigkill_mid_session_loses_nothing_committed(seed_copy: Path) -> None:
    from tests.conftest import NAMES_GLOSSARY

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(seed_copy), str(NAMES_GLOSSARY)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ["PYTHONPATH"]])},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    segments = open_document(seed_copy).document.segments
    assert segments[3].target.startswith("今回の採用は") and "OpenAIの" in segments[3].target
    assert segments[3].status is Status.APPROVED
    assert segments[29].status is Status.REJECTED
    assert segments[34].revision is None, "the edit still in the editor was never committed"
