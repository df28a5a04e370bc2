"""ReviewApp: the review TUI over one document, and `run`, which the CLI calls."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from review.core.checks import CheckOptions
from review.core.glossary import Glossary
from review.core.model import Document
from review.core.session import ReviewSession
from review.core.state import ReviewState, StateError
from review.tui import keys
from review.tui.screens.error import ErrorScreen
from review.tui.screens.help import key_label
from review.tui.screens.main import MainScreen

KEYMAP_VARIABLE = "REVIEW_KEYMAP"


def parse_keymap(text: str) -> dict[str, str]:
    """`revision.edit=i;status.approve=ctrl+a` → {binding id: keys}."""
    keymap: dict[str, str] = {}
    for item in text.split(";"):
        name, _, key = item.partition("=")
        if name.strip() and key.strip():
            keymap[name.strip()] = key.strip()
    return keymap


class ReviewApp(App[int]):
    CSS_PATH = "review.tcss"
    TITLE = "review"
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.APP)
    # Textual declares these as instance attributes, so they cannot be ClassVar here.
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-short"), (50, "-tall")]  # noqa: RUF012

    def __init__(
        self,
        session: ReviewSession,
        document_path: Path,
        keymap: dict[str, str] | None = None,
        notices: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.document_path = document_path
        self.keymap = keymap or {}
        self.notices = [*(notices or []), *session.glossary_warnings]

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.session, self.document_path)

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every action bound where the palette was opened, with its key, then Textual's."""
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding.description,
                f"key: {key_label(binding, self.keymap)}",
                partial(self.run_action, binding.action, active.node),
            )
        yield from super().get_system_commands(screen)

    def show_error(self, title: str, message: str) -> None:
        self.push_screen(ErrorScreen(title, message))

    async def action_quit(self) -> None:
        self.main.remember_position()
        self.exit(0)


def stale_notices(state: ReviewState, document: Document) -> list[str]:
    """Saved edits the document no longer matches (its MT changed in the file since)."""
    _, stale = state.apply(document)
    if not stale:
        return []
    shown = ", ".join(stale[:5]) + ("…" if len(stale) > 5 else "")
    return [
        f"{len(stale)} saved revisions belong to MT that has changed in the file since "
        f"and were not applied: {shown}"
    ]


def run(
    path: Path,
    document: Document,
    glossary: Glossary | None,
    glossary_path: Path | None,
    options: CheckOptions | None = None,
) -> int:
    """Open the TUI on a document that already has its saved review state laid over it;
    `options` are the checks to run (the CLI's, with the project config applied)."""
    try:
        state = ReviewState.open_for_review(path)
    except StateError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return 2
    with state:
        notices = stale_notices(state, document)
        if state.read_only is not None:
            notices.insert(0, f"Opened read-only: {state.read_only}")
        session = ReviewSession(document, glossary, state, glossary_path, options)
        # The document's objects live as long as the app: keep the cyclic collector from
        # walking them again and again, which costs pauses of 50 ms and more at 100k segments.
        gc.freeze()
        keymap = parse_keymap(os.environ.get(KEYMAP_VARIABLE, ""))
        app = ReviewApp(session, path, keymap, notices)
        app.run()
    return app.return_code or 0
