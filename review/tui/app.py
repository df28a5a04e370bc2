"""ReviewApp: the review TUI over one document, and `run`, which the CLI calls."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import ModalScreen, Screen

from review.core.session import ReviewSession
from review.core.workspace import Workspace
from review.tui import keys, workers
from review.tui.screens.confirm import UnsavedEditScreen
from review.tui.screens.error import ErrorScreen
from review.tui.screens.help import key_label
from review.tui.screens.main import MainScreen


class ReviewApp(App[int]):
    CSS_PATH = "review.tcss"
    TITLE = "review"
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.APP)
    # Textual declares these as instance attributes, so they cannot be ClassVar here.
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS: list[tuple[int, str]] | None = [  # noqa: RUF012
        (0, "-short"),
        (32, "-medium"),
        (50, "-tall"),
    ]

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
        workers.prepare(session)

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

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """A dialog is read whole: the toasts shown before it, which would cover its lower
        half on a short terminal, go."""
        if isinstance(screen, ModalScreen):
            self.clear_notifications()
        return super().push_screen(screen, *args, **kwargs)

    def show_error(self, title: str, message: str) -> None:
        self.push_screen(ErrorScreen(title, message))

    async def action_quit(self) -> None:
        if isinstance(self.screen, UnsavedEditScreen):
            return
        if self.main.edit_unsaved():
            self.main.ask_about_edit(then=self._quit)
        else:
            self._quit()

    def _quit(self) -> None:
        self.main.remember_position()
        self.exit(0)


def review_app(workspace: Workspace, keymap: dict[str, str] | None = None) -> ReviewApp:
    """The app over a workspace opened for review (`open_review(..., for_review=True)`),
    whose state it edits; `keymap` remaps bindings by id."""
    assert workspace.state is not None, "open the workspace for review"
    session = ReviewSession(
        workspace.document,
        workspace.glossary,
        workspace.state,
        workspace.glossary_path,
        workspace.options,
        mqm=workspace.mqm,
    )
    return ReviewApp(session, workspace.path, keymap, workspace.notices)


def run(workspace: Workspace, keymap: dict[str, str] | None = None) -> int:
    """Run the TUI on a workspace opened for review, until the reviewer quits."""
    app = review_app(workspace, keymap)
    # The document's objects live as long as the app: keep the cyclic collector from
    # walking them again and again, which costs pauses of 50 ms and more at 100k segments.
    gc.freeze()
    app.run()
    return app.return_code or 0
