"""Running the review TUI on a copy of the shipped example, headless."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from review.core.checks import CheckOptions
from review.core.workspace import Request, Workspace, open_review
from review.tui.app import ReviewApp, review_app

SIZE = (120, 36)
FLAGGED = ["s04", "s11", "s12", "s15", "s16", "s19", "s20", "s26", "s30", "s33"]
"""The example's segments with findings from its glossary (names and preferred terms)."""


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


AppFactory = Callable[..., ReviewApp]

FOUND = Path("<the glossary review finds>")
"""`make_app`'s default: no glossary given, so the one the document's review.toml names
(the example's, copied with it by `seed_copy`), as `review DOC` finds it."""


@pytest.fixture
def make_app(seed_copy: Path) -> Iterator[AppFactory]:
    """Builds a ReviewApp the way `review DOC` does (`open_review`, then `review_app`): the
    saved state over the document, the glossary, the checks (`options` as the base the
    project config applies to); the fixture closes the workspaces afterwards."""
    workspaces: list[Workspace] = []

    def build(
        path: Path = seed_copy,
        glossary_path: Path | None = FOUND,
        keymap: dict[str, str] | None = None,
        options: CheckOptions | None = None,
    ) -> ReviewApp:
        for earlier in workspaces:  # the earlier window has quit: its process would be gone
            earlier.close()
        given = None if glossary_path is FOUND else glossary_path
        request = Request(path, glossary=given, no_glossary=glossary_path is None)
        workspace = open_review(request, for_review=True, base=options or CheckOptions())
        workspaces.append(workspace)
        return review_app(workspace, keymap)

    yield build
    for workspace in workspaces:
        workspace.close()


def one_unit_xliff(path: Path, source: str, target: str) -> Path:
    """An XLIFF 1.2 file of one unit, u1, with this source and target (inline codes as XML)."""
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" '
        'source-language="en" target-language="ja" datatype="plaintext"><body>'
        f'<trans-unit id="u1"><source>{source}</source><target>{target}</target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    return path


async def settle(pilot: Pilot[int]) -> None:
    """Let the workers (scores, findings, filters) finish and their messages arrive."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
